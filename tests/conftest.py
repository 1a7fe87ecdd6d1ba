import pytest
from django.test import Client

from fornuft.core.roles import Role
from fornuft.testing import factories


@pytest.fixture
def org(db):
    return factories.organization("Nordlys Test AS")


@pytest.fixture
def other_org(db):
    return factories.organization("Sørvest Konkurrent AS")


@pytest.fixture
def make_user(db):
    return factories.user


@pytest.fixture
def admin_user(org):
    return factories.user(org, Role.ADMIN, username="admin-a")


@pytest.fixture
def login(client):
    """login(user) -> a Client logged in as that user."""

    def log_in(user):
        fresh = Client()
        fresh.force_login(user)
        return fresh

    return log_in


@pytest.fixture
def admin_client(admin_user, login):
    return login(admin_user)
