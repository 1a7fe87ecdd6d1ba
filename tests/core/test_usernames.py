"""Usernames are unique per organization: another organization's names stay hidden,
and everyone still logs in with just a username (or username@organization)."""

import pytest
from django.test import Client

from fornuft.core import services
from fornuft.testing import factories

pytestmark = pytest.mark.postgres
PASSWORD = factories.PASSWORD


def test_two_organizations_may_both_have_an_ansatt(org, other_org):
    first = factories.user(org, username="ansatt")
    second = factories.user(other_org, username="ansatt")
    assert first.pk != second.pk


def test_a_taken_name_in_another_organization_is_not_revealed(org, other_org, admin_client):
    factories.user(other_org, username="hemmelig.person")
    response = admin_client.post("/api/v1/users", {"username": "hemmelig.person", "password": "fjordhest-lang-42"},
                                 content_type="application/json")
    assert response.status_code == 201


def test_login_with_a_username_unique_across_organizations(org, other_org):
    factories.user(org, username="kari")
    client = Client()
    response = client.post("/login/", {"username": "kari", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/api/v1/me").json()["username"] == "kari"


def test_same_name_different_passwords_logs_in_the_right_person(org, other_org):
    factories.user(org, username="ola")
    other = services.create_user(other_org, "ola", password="et-helt-annet-passord-9", validate=False)
    client = Client()
    assert client.post("/login/", {"username": "ola", "password": "et-helt-annet-passord-9"}).status_code == 302
    assert client.get("/api/v1/me").json()["id"] == other.pk


def test_same_name_and_password_needs_the_organization(org, other_org):
    factories.user(org, username="per")
    mine = factories.user(other_org, username="per")
    assert Client().post("/login/", {"username": "per", "password": PASSWORD}).status_code == 200  # ambiguous
    client = Client()
    response = client.post("/login/", {"username": f"per@{other_org.slug}", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/api/v1/me").json()["id"] == mine.pk
