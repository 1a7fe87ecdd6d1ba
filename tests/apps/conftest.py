import pytest
from django.utils import timezone, translation

from fornuft.governance.literacy import ensure_courses, record_training
from fornuft.governance.models import LiteracyLevel
from fornuft.testing import factories


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def org(db):
    return factories.organization()


def trained(org, level=LiteracyLevel.CHAMPION, role="manager"):
    """A user with the given AI-literacy level (recorded through governance)."""
    user = factories.user(org, role=role)
    if level:
        course = next(c for c in ensure_courses(org) if c.level == level)
        record_training(org, user, course, timezone.localdate(), user)
    return user


@pytest.fixture
def champion(org):
    return trained(org)


@pytest.fixture
def worker(django_capture_on_commit_callbacks):
    """Runs the queued worker task as the transaction would commit (huey runs it at once in tests)."""
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)
    return run
