"""API authentication (session + CSRF, or personal tokens), error format, OpenAPI, health."""

import pytest
from django.test import Client

from fornuft.core.models import ApiToken
from fornuft.core.roles import Role
from fornuft.testing import factories

pytestmark = pytest.mark.postgres


def test_token_is_stored_hashed_and_authenticates(org, admin_user, client):
    token, key = ApiToken.issue(admin_user, "integration")
    assert key.startswith("fnt_") and key not in token.key_hash
    response = client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200
    assert response.json()["username"] == admin_user.username
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_token_use_is_recorded_at_most_once_a_minute(org, admin_user, client):
    """A read over the API writes nothing when the token was used in the last minute."""
    from datetime import timedelta

    from django.utils import timezone

    token, key = ApiToken.issue(admin_user, "reader")
    recent = timezone.now() - timedelta(seconds=10)
    ApiToken.objects.all_organizations().filter(pk=token.pk).update(last_used_at=recent)
    client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}")
    token.refresh_from_db()
    assert token.last_used_at == recent
    stale = timezone.now() - timedelta(minutes=5)
    ApiToken.objects.all_organizations().filter(pk=token.pk).update(last_used_at=stale)
    client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}")
    token.refresh_from_db()
    assert token.last_used_at > stale


def test_revoked_or_unknown_token_is_refused_with_the_error_format(org, admin_user, client, login):
    token, key = ApiToken.issue(admin_user, "old")
    login(admin_user).post(f"/tokens/{token.pk}/revoke")
    response = client.get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 401
    assert response.json() == {"error": {"code": "invalid_token", "message": "The API token is unknown or revoked."}}
    assert client.get("/api/v1/me").json()["error"]["code"] == "not_authenticated"


def test_token_created_in_the_ui_is_shown_once(admin_client):
    response = admin_client.post("/tokens/new", {"name": "ERP"})
    assert response.status_code == 200
    key = response.context["new_key"]
    assert Client().get("/api/v1/me", HTTP_AUTHORIZATION=f"Bearer {key}").status_code == 200
    assert key not in admin_client.get("/tokens/").content.decode()


def test_session_post_without_csrf_token_is_refused(org, admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = client.post("/api/v1/users", {"username": "x", "password": "long-enough-pass-1"},
                           content_type="application/json")
    assert response.status_code == 403


def test_token_requests_need_no_csrf(org, admin_user):
    _token, key = ApiToken.issue(admin_user, "t")
    client = Client(enforce_csrf_checks=True)
    response = client.post("/api/v1/users", {"username": "nyansatt", "password": "fjordhest-lang-42", "role": "hr"},
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 201, response.content
    assert response.json()["role"] == "hr"


def test_roles_are_checked_in_the_api(org, login):
    employee = login(factories.user(org, Role.EMPLOYEE))
    response = employee.get("/api/v1/governance/systems")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_invalid_input_has_the_error_format(admin_client):
    response = admin_client.post("/api/v1/users", {"username": 5}, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_input"


def test_weak_password_is_refused_with_a_reason(admin_client):
    response = admin_client.post("/api/v1/users", {"username": "svak", "password": "123"},
                                 content_type="application/json")
    assert response.status_code == 400
    assert "too short" in response.json()["error"]["message"]


def test_openapi_is_published_to_logged_in_users(client, admin_client):
    assert client.get("/api/docs").status_code == 302
    assert client.get("/api/v1/openapi.json").status_code == 401
    schema = admin_client.get("/api/v1/openapi.json").json()
    assert "/api/v1/governance/decisions" in schema["paths"]


def test_health_reports_database_queue_and_disk(client, db):
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] and body["queue"]["ok"] and body["disk"]["free_bytes"] > 0
