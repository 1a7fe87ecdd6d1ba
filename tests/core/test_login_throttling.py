"""Failed logins are throttled per username and per address (django-axes), with a clear
message in Norwegian and English and an audit trail."""

import logging

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.test import Client, override_settings

from fornuft.testing import factories

pytestmark = pytest.mark.postgres


def _fail(client, username, address="10.0.0.5", times=1):
    for _ in range(times):
        response = client.post("/login/", {"username": username, "password": "feil-passord"}, REMOTE_ADDR=address)
    return response


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_username_is_locked_after_repeated_failures_from_anywhere(org, caplog):
    factories.user(org, username="kari")
    client = Client()
    assert _fail(client, "kari", "10.0.0.1", times=2).status_code == 200
    with caplog.at_level(logging.WARNING, logger="fornuft.security"):
        locked = _fail(client, "kari", "10.0.0.2")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode() or "For mange" in locked.content.decode()
    # Even the right password is refused now, from a third address.
    right = client.post("/login/", {"username": "kari", "password": factories.PASSWORD}, REMOTE_ADDR="10.0.0.3")
    assert right.status_code == 429
    assert AccessFailureLog.objects.filter(username="kari").count() >= 3
    assert any(getattr(r, "event", "") == "login_lockout" and r.username == "kari" for r in caplog.records)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_an_address_is_locked_after_failures_across_usernames(org):
    factories.user(org, username="kari")
    client = Client()
    for name in ("a", "b", "c"):
        _fail(client, name, "10.9.9.9")
    response = client.post("/login/", {"username": "kari", "password": factories.PASSWORD}, REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 429
    assert AccessAttempt.objects.filter(ip_address="10.9.9.9").exists()
    # Another address logs in as usual.
    assert client.post("/login/", {"username": "kari", "password": factories.PASSWORD},
                       REMOTE_ADDR="10.1.1.1").status_code == 302


@override_settings(AXES_FAILURE_LIMIT=2)
def test_the_lockout_message_is_in_norwegian_by_default_and_in_english(org):
    nb = _fail(Client(), "per", times=3)
    assert nb.status_code == 429
    text = nb.content.decode()
    assert "For mange mislykkede innlogginger" in text and "15 minutter" in text
    en = Client(HTTP_ACCEPT_LANGUAGE="en")
    en.cookies["django_language"] = "en"
    text = _fail(en, "per2", "10.7.7.7", times=3).content.decode()
    assert "Too many failed logins" in text and "15 minutes" in text


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_successful_login_resets_the_count(org):
    factories.user(org, username="kari")
    client = Client()
    _fail(client, "kari", times=2)
    assert client.post("/login/", {"username": "kari", "password": factories.PASSWORD},
                       REMOTE_ADDR="10.0.0.5").status_code == 302
    assert _fail(Client(), "kari", times=2).status_code == 200
