"""User administration: search, change of role, deactivation, and the rule that an
organization always keeps an active administrator. Admins of one organization never
see or change another organization's users."""

import pytest
from django.test import Client

from fornuft.core.models import User
from fornuft.core.roles import Role
from fornuft.testing import factories


def _deactivated(person):
    person.is_active = False
    person.save(update_fields=["is_active"])
    return person


def test_search_finds_by_name_and_email(admin_client, org):
    factories.user(org, Role.FINANCE, username="kari.nordmann", first_name="Kari", last_name="Nordmann",
                   email="kari@nordlys.no")
    factories.user(org, Role.HR, username="ola.hansen", first_name="Ola", last_name="Hansen", email="ola@nordlys.no")
    html = admin_client.get("/users/", {"q": "nordm"}).content.decode()
    assert "kari.nordmann" in html and "ola.hansen" not in html
    html = admin_client.get("/users/", {"q": "ola@nordlys"}).content.decode()
    assert "ola.hansen" in html and "kari.nordmann" not in html


def test_search_with_no_match_says_so(admin_client):
    html = admin_client.get("/users/", {"q": "finnes-ikke"}, HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Ingen brukere passer til søket." in html


def test_admin_changes_a_role(admin_client, org):
    person = factories.user(org, Role.EMPLOYEE)
    response = admin_client.post(f"/users/{person.pk}/role", {"role": Role.FINANCE})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.role == Role.FINANCE


def test_unknown_role_is_refused_with_a_message(admin_client, org):
    person = factories.user(org, Role.EMPLOYEE)
    response = admin_client.post(f"/users/{person.pk}/role", {"role": "superhero"}, follow=True,
                                 HTTP_ACCEPT_LANGUAGE="en")
    assert "Choose one of the roles in the list." in response.content.decode()
    person.refresh_from_db()
    assert person.role == Role.EMPLOYEE


def test_deactivated_user_cannot_log_in_and_loses_the_session(admin_client, org):
    person = factories.user(org, Role.SUPPORT, username="kari")
    own_session = Client()
    assert own_session.post("/login/", {"username": "kari", "password": factories.PASSWORD}).status_code == 302
    assert own_session.get("/").status_code == 200

    assert admin_client.post(f"/users/{person.pk}/active", {"active": "0"}).status_code == 302
    person.refresh_from_db()
    assert not person.is_active
    assert own_session.get("/").status_code == 302  # the open session ends
    fresh = Client()
    assert fresh.post("/login/", {"username": "kari", "password": factories.PASSWORD}).status_code == 200
    assert fresh.get("/").status_code == 302


def test_reactivated_user_logs_in_again(admin_client, org):
    person = _deactivated(factories.user(org, Role.SUPPORT, username="kari"))
    admin_client.post(f"/users/{person.pk}/active", {"active": "1"})
    person.refresh_from_db()
    assert person.is_active
    assert Client().post("/login/", {"username": "kari", "password": factories.PASSWORD}).status_code == 302


def test_deactivated_user_api_token_stops_working(org, admin_client):
    from fornuft.core.models import ApiToken

    person = factories.user(org, Role.SUPPORT)
    _token, key = ApiToken.issue(person, "integration")
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    admin_client.post(f"/users/{person.pk}/active", {"active": "0"})
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 401


def test_last_admin_can_neither_demote_nor_deactivate_themselves(admin_client, admin_user):
    response = admin_client.post(f"/users/{admin_user.pk}/role", {"role": Role.EMPLOYEE}, follow=True,
                                 HTTP_ACCEPT_LANGUAGE="nb")
    assert "er den siste administratoren" in response.content.decode()
    response = admin_client.post(f"/users/{admin_user.pk}/active", {"active": "0"}, follow=True,
                                 HTTP_ACCEPT_LANGUAGE="nb")
    assert "er den siste administratoren" in response.content.decode()
    admin_user.refresh_from_db()
    assert admin_user.role == Role.ADMIN and admin_user.is_active


def test_an_admin_may_step_down_when_another_active_admin_remains(admin_client, admin_user, org):
    factories.user(org, Role.ADMIN)
    admin_client.post(f"/users/{admin_user.pk}/role", {"role": Role.MANAGER})
    admin_user.refresh_from_db()
    assert admin_user.role == Role.MANAGER


def test_a_deactivated_admin_does_not_count_as_the_remaining_admin(admin_client, admin_user, org):
    _deactivated(factories.user(org, Role.ADMIN))
    admin_client.post(f"/users/{admin_user.pk}/active", {"active": "0"})
    admin_user.refresh_from_db()
    assert admin_user.is_active


def test_admin_cannot_see_or_change_users_of_another_organization(admin_client, other_org):
    stranger = factories.user(other_org, Role.ADMIN, username="konkurrent", email="sjef@konkurrent.no")
    factories.user(other_org, Role.ADMIN)
    for query in ({"q": "konkurrent"}, {}):
        html = admin_client.get("/users/", query).content.decode()
        assert "sjef@konkurrent.no" not in html and f"/users/{stranger.pk}/" not in html
    assert admin_client.post(f"/users/{stranger.pk}/role", {"role": Role.EMPLOYEE}).status_code == 404
    assert admin_client.post(f"/users/{stranger.pk}/active", {"active": "0"}).status_code == 404
    assert admin_client.get(f"/users/{stranger.pk}/password").status_code == 404
    stranger.refresh_from_db()
    assert stranger.role == Role.ADMIN and stranger.is_active


@pytest.mark.parametrize("role", [Role.MANAGER, Role.EMPLOYEE, Role.AUDITOR, Role.HR])
def test_only_admins_change_roles_or_deactivate(org, login, role):
    person = factories.user(org, Role.EMPLOYEE)
    client = login(factories.user(org, role))
    assert client.post(f"/users/{person.pk}/role", {"role": Role.ADMIN}).status_code == 403
    assert client.post(f"/users/{person.pk}/active", {"active": "0"}).status_code == 403
    person.refresh_from_db()
    assert person.role == Role.EMPLOYEE and person.is_active


def test_anonymous_is_sent_to_login(client, org):
    person = factories.user(org, Role.EMPLOYEE)
    response = client.post(f"/users/{person.pk}/active", {"active": "0"})
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_changes_need_post(admin_client, org):
    person = factories.user(org, Role.EMPLOYEE)
    assert admin_client.get(f"/users/{person.pk}/active").status_code == 405


def test_password_is_required_without_oidc(admin_client):
    response = admin_client.post("/users/new", {"username": "uten", "first_name": "U", "last_name": "P",
                                                "role": Role.EMPLOYEE}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "Enter a password." in response.content.decode()
    assert not User.objects.filter(username="uten").exists()
