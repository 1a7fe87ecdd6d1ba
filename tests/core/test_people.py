"""Login, logout, user administration and menus per role."""

import pytest

from fornuft.core.models import User
from fornuft.core.roles import Role
from fornuft.testing import factories


def test_login_and_logout(org, client):
    factories.user(org, Role.SUPPORT, username="kari")
    response = client.post("/login/", {"username": "kari", "password": factories.PASSWORD})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    client.post("/logout/")
    assert client.get("/").status_code == 302


def test_wrong_password_shows_a_message(org, client):
    factories.user(org, Role.SUPPORT, username="kari")
    response = client.post("/login/", {"username": "kari", "password": "wrong"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Wrong username or password" in response.content.decode()


def test_admin_creates_a_user_in_the_own_organization(admin_client, org):
    response = admin_client.post("/users/new", {
        "username": "ny.ansatt", "first_name": "Ny", "last_name": "Ansatt", "email": "ny@example.no",
        "role": Role.FINANCE, "password": "fjellvann-og-kaffe-7",
    })
    assert response.status_code == 302
    created = User.objects.get(username="ny.ansatt")
    assert created.organization == org and created.role == Role.FINANCE
    assert created.check_password("fjellvann-og-kaffe-7")


def test_weak_password_is_refused_in_the_form(admin_client):
    response = admin_client.post("/users/new", {
        "username": "svak", "first_name": "S", "last_name": "V", "role": Role.EMPLOYEE, "password": "1234567890",
    })
    assert response.status_code == 400
    assert not User.objects.filter(username="svak").exists()


def test_admin_resets_a_password(admin_client, org):
    person = factories.user(org, Role.EMPLOYEE)
    response = admin_client.post(f"/users/{person.pk}/password", {"password": "nytt-passord-for-fjellet"})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password("nytt-passord-for-fjellet")


@pytest.mark.parametrize("role", [Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR, Role.FINANCE])
def test_only_admins_manage_users(org, login, role):
    client = login(factories.user(org, role))
    assert client.get("/users/").status_code == 403
    assert client.post("/users/new", {"username": "x"}).status_code == 403


@pytest.mark.parametrize(("role", "visible", "hidden"), [
    (Role.ADMIN, ["/users/", "/governance/systems/", "/governance/reviews/"], []),
    (Role.AUDITOR, ["/governance/systems/", "/governance/decisions/"], ["/users/"]),
    (Role.EMPLOYEE, [], ["/users/", "/governance/systems/", "/governance/reviews/", "/tokens/"]),
    (Role.SUPPORT, ["/governance/reviews/"], ["/users/", "/governance/decisions/"]),
])
def test_menu_shows_what_the_role_may_open(org, login, role, visible, hidden):
    client = login(factories.user(org, role))
    html = client.get("/").content.decode()
    for url in visible:
        assert f'href="{url}"' in html, url
        assert client.get(url).status_code == 200, url
    for url in hidden:
        assert f'href="{url}"' not in html, url
        assert client.get(url).status_code == 403, url


def test_auditor_cannot_change_the_registry(org, login):
    factories.ai_system(org, key="x.sorter")
    auditor = login(factories.user(org, Role.AUDITOR))
    assert auditor.get("/governance/systems/x.sorter/").status_code == 200
    assert auditor.post("/governance/systems/x.sorter/settings", {"status": "paused"}).status_code == 403


def test_admin_change_to_a_system_is_logged(org, admin_client, admin_user):
    system = factories.ai_system(org, key="x.sorter")
    response = admin_client.post("/governance/systems/x.sorter/settings", {
        "owner": "IT", "status": "paused", "oversight_mode": system.oversight_mode,
        "confidence_threshold": "0.85", "next_review": "",
    })
    assert response.status_code == 302
    system.refresh_from_db()
    assert system.status == "paused" and system.confidence_threshold == 0.85
    changes = {(c.field, c.old_value, c.new_value, c.changed_by_id) for c in system.changes.all()}
    assert ("status", "active", "paused", admin_user.pk) in changes
    assert ("confidence_threshold", "0.7", "0.85", admin_user.pk) in changes


def test_norwegian_is_the_default_language(org, login):
    client = login(factories.user(org, Role.ADMIN))
    html = client.get("/").content.decode()
    assert '<html lang="nb">' in html
    assert "Mitt arbeid" in html
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert "My work" in client.get("/").content.decode()
