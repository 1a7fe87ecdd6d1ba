"""The organization's SMTP server, set up in the UI: saved with an encrypted password, checked
with "Send test mail" against a local aiosmtpd server (with and without a login), and used
for acknowledgements; only administrators change it."""

import pytest

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.mail import smtp
from fornuft.mail.credentials import decrypt_secret
from fornuft.mail.models import OutgoingServer
from fornuft.testing import factories
from fornuft.testing.smtp import local_smtp

# the local test server asks for a login without TLS (it has no certificate); aiosmtpd warns about that
pytestmark = [pytest.mark.django_db, pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")]


@pytest.fixture
def admin(org):
    from django.test import Client

    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org, Role.ADMIN, username="admin-smtp", email="it@nordlys.no"))
    return client


def save_server(admin, server, **extra):
    fields = {"host": server.host, "port": server.port, "security": "none", "username": "",
              "from_address": "post@nordlys.no", "from_name": "Nordlys", "secret": ""}
    fields.update(extra)
    return admin.post("/mail/settings/inbox/smtp", fields, follow=True)


def test_save_and_send_a_test_mail_with_login_password_stored_encrypted(org, admin):
    with local_smtp(user="post@nordlys.no", password="hemmelig-123") as server:
        response = save_server(admin, server, username="post@nordlys.no", secret="hemmelig-123")
        assert "Mail server saved." in response.content.decode()
        with tenancy.activate(org):
            stored = OutgoingServer.objects.get()
        assert "hemmelig-123" not in stored.secret_encrypted
        assert decrypt_secret(stored.secret_encrypted) == "hemmelig-123"
        response = admin.post("/mail/settings/inbox/smtp/test", {"to": "it@nordlys.no"}, follow=True)
    assert "Test mail sent to it@nordlys.no: the mail server accepted it." in response.content.decode()
    [received] = server.received
    assert received["To"] == "it@nordlys.no" and received["From"] == "Nordlys <post@nordlys.no>"
    stored.refresh_from_db()
    assert stored.last_test_ok is True
    # saving again without a password keeps the stored one
    with local_smtp() as other:
        save_server(admin, other, username="post@nordlys.no")
    stored.refresh_from_db()
    assert decrypt_secret(stored.secret_encrypted) == "hemmelig-123"


def test_a_wrong_password_or_no_server_is_reported_not_called_sent(org, admin):
    with local_smtp(user="post@nordlys.no", password="riktig") as server:
        save_server(admin, server, username="post@nordlys.no", secret="feil")
        response = admin.post("/mail/settings/inbox/smtp/test", {"to": "it@nordlys.no"}, follow=True)
        assert "did not accept the user name or password" in response.content.decode()
        assert server.received == []
    # the server is gone now: a clear message, never a traceback
    response = admin.post("/mail/settings/inbox/smtp/test", {"to": "it@nordlys.no"}, follow=True)
    page = response.content.decode()
    assert response.status_code == 200 and "The test mail was not sent" in page and "could not be reached" in page
    with tenancy.activate(org):
        assert OutgoingServer.objects.get().last_test_ok is False
    assert "Write the address" in admin.post("/mail/settings/inbox/smtp/test", {"to": "nei"},
                                             follow=True).content.decode()


def test_password_from_the_environment_when_none_is_stored(org, admin, monkeypatch):
    monkeypatch.setenv("FORNUFT_SMTP_PASSWORD", "fra-miljoet")
    with local_smtp(user="post@nordlys.no", password="fra-miljoet") as server:
        save_server(admin, server, username="post@nordlys.no")
        response = admin.post("/mail/settings/inbox/smtp/test", {"to": "it@nordlys.no"}, follow=True)
        assert "the mail server accepted it" in response.content.decode() and len(server.received) == 1
        # a password SMTP logins cannot carry gets a message, not a traceback
        monkeypatch.setenv("FORNUFT_SMTP_PASSWORD", "blåbær")
        response = admin.post("/mail/settings/inbox/smtp/test", {"to": "it@nordlys.no"}, follow=True)
    assert response.status_code == 200 and "such as æ, ø or å" in response.content.decode()


def test_bad_settings_get_a_clear_message(admin):
    response = admin.post("/mail/settings/inbox/smtp", {"host": "", "port": "x", "security": "none",
                                                        "from_address": "ikke-en-adresse"})
    assert response.status_code == 200 and "Check the fields marked below." in response.content.decode()


def test_acknowledgements_go_through_the_organizations_server(org, admin):
    from fornuft.mail import intake, services
    from fornuft.mail.models import AcknowledgementDraft, Message, RoutingRule
    from tests.mail.conftest import make_eml

    with tenancy.activate(org):
        intake.ensure_setup(org)
        RoutingRule.objects.update(send_acknowledgement=True)
    message = intake.ingest(org, make_eml(subject="Forespørsel om tilbud", body="Kan dere gi et tilbud på dette?")
                            ).message
    with tenancy.activate(org):
        draft = AcknowledgementDraft.objects.filter(message=Message.objects.get(pk=message.pk)).first()
    assert draft is not None, "every rule sends an acknowledgement, so this inquiry must get one"
    with local_smtp() as server:
        save_server(admin, server)
        with tenancy.activate(org):
            services.send_acknowledgement(draft, None)
    assert [m["To"] for m in server.received] == ["kari@kunde.no"]


def test_only_administrators_change_the_server_and_everyone_in_the_inbox_sees_the_canned_replies(org, login):
    support = login(factories.user(org, Role.SUPPORT, username="support-s"))
    assert support.post("/mail/settings/inbox/smtp", {"host": "x"}).status_code == 403
    assert support.post("/mail/settings/inbox/smtp/test", {"to": "a@b.no"}).status_code == 403
    assert support.get("/mail/settings/inbox/").status_code == 200
    support.post("/mail/settings/inbox/canned", {"title": "Takk", "language": "nb", "body": "Takk for mailen."})
    with tenancy.activate(org):
        from fornuft.mail.models import CannedReply

        assert CannedReply.objects.get().title == "Takk"
    finance = login(factories.user(org, Role.FINANCE, username="finance-s"))
    assert finance.get("/mail/settings/inbox/").status_code == 403
    assert smtp.server_for(org) is None
