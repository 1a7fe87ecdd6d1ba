"""The demo company is deterministic and idempotent."""

from django.apps import apps

from fornuft.core.demo import DEMO_LOGINS, DEMO_PASSWORD, demo_logins_work, load_demo
from fornuft.core.models import User
from fornuft.testing import factories


def _row_counts() -> dict[str, int]:
    counts = {}
    for model in apps.get_models():
        manager = model._default_manager
        queryset = manager.all_organizations() if hasattr(manager, "all_organizations") else manager.all()
        counts[model._meta.label] = queryset.count()
    return counts


def test_demo_company_is_created_once(db):
    organization = load_demo()
    first = _row_counts()
    load_demo()
    assert _row_counts() == first
    staff = User.objects.filter(organization=organization)
    assert 40 <= staff.count() <= 80
    assert organization.name == "Nordfjell Rådgivning AS"
    assert staff.values("department").distinct().count() >= 6
    for username, role in DEMO_LOGINS:
        user = User.objects.get(organization=organization, username=username)
        assert user.role == role and user.check_password(DEMO_PASSWORD)


def test_demo_logins_work(db, client):
    load_demo()
    assert client.post("/login/", {"username": "leder", "password": DEMO_PASSWORD}).status_code == 302
    assert client.get("/").status_code == 200


def test_demo_logins_work_beside_another_organizations_admin(db, client):
    """Usernames are unique per organization: a customer's own `admin` neither blocks the
    demo's nor takes its login; `serve` advertises the demo password only once it works."""
    factories.user(factories.organization("Kunde AS"), username="admin")
    assert not demo_logins_work()
    demo = load_demo()
    assert demo_logins_work()
    assert client.post("/login/", {"username": "admin", "password": DEMO_PASSWORD}).status_code == 302
    assert client.get("/api/v1/me").json()["organization"] == demo.name
    admin = User.objects.get(organization=demo, username="admin")
    admin.set_password("et-nytt-hemmelig-passord")
    admin.save()
    assert not demo_logins_work()
