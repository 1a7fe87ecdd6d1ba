"""Mail actions as services: the same function behind the page, the API and the CLI."""

import json
import smtplib

import pytest
from click.testing import CliRunner
from django.core import mail as django_mail
from django.utils import translation

from fornuft.cli import cli
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.governance import training_data
from fornuft.governance.models import Decision
from fornuft.mail import intake, services
from fornuft.mail.models import AcknowledgementDraft, Attachment, DraftStatus, Message, MessageStatus
from fornuft.testing import factories

from .conftest import make_eml

pytestmark = pytest.mark.django_db

PHISH_WITH_PDF = make_eml(sender="Konto <a@b.click>", subject="Verify your account", message_id="<pp@b.click>",
                          body="Verify your account and confirm your password immediately.",
                          auth="mx; spf=fail; dkim=fail; dmarc=fail",
                          attachments=[("faktura.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")])
QUOTATION = make_eml(subject="Request for quotation", message_id="<rq2@x.com>", sender="Peter Holm <peter@x.com>",
                     body="Could you send us a quotation for an energy audit of our office?")


@pytest.fixture
def person(org):
    return factories.user(org, Role.ADMIN, username="it-admin")


def test_quarantine_is_logged_as_the_persons_decision_and_learned_from(org, person):
    message = intake.ingest(org, make_eml(subject="Hei", message_id="<q1@kunde.no>")).message
    services.quarantine_message(message, person)
    stored = Message.objects.all_organizations().get(pk=message.pk)
    assert stored.status == MessageStatus.QUARANTINED and stored.queue is None
    decision = Decision.objects.all_organizations().get(organization=org, seq=stored.phishing_decision_seq)
    assert decision.actor == f"user:{person.pk}" and decision.output["verdict"] == "phishing"
    assert training_data.examples(org, "mail.phishing").filter(subject_id=str(message.pk), label="phishing").exists()


def test_release_routes_the_message_and_hands_its_attachment_to_invoices(org, person):
    message = intake.ingest(org, PHISH_WITH_PDF).message
    assert message.status == MessageStatus.QUARANTINED
    with activate(org):
        assert Attachment.objects.get(message=message).document_reference == ""  # quarantine holds it back
    services.release_message(message, person)
    assert message.status in (MessageStatus.ROUTED, MessageStatus.RELEASED)
    with activate(org):
        assert Attachment.objects.get(message=message).document_reference.split(":")[0].endswith(".invoice")
    with translation.override("en"), pytest.raises(services.MailActionError, match="not in quarantine"):
        services.release_message(message, person)


def test_an_acknowledgement_is_sent_once_with_the_persons_edits(org, person):
    message = intake.ingest(org, QUOTATION).message
    draft = AcknowledgementDraft.objects.all_organizations().get(message=message)
    with pytest.raises(services.MailActionError):
        services.send_acknowledgement(draft, person, body="  ")
    assert django_mail.outbox == []
    services.send_acknowledgement(draft, person, body="Thank you, Peter.")
    assert (draft.status, draft.approved_by) == (DraftStatus.SENT, person)
    assert [m.body for m in django_mail.outbox] == ["Thank you, Peter."]
    with translation.override("en"), pytest.raises(services.MailActionError, match="already handled"):
        services.send_acknowledgement(draft, person)
    with pytest.raises(services.MailActionError):
        services.discard_acknowledgement(draft, person)


def test_a_mail_server_error_keeps_the_draft_and_the_page_says_so(org, login, settings, monkeypatch):
    message = intake.ingest(org, QUOTATION).message
    draft = AcknowledgementDraft.objects.all_organizations().get(message=message)

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(services, "send_mail", refuse)
    client = login(factories.user(org, Role.SUPPORT, username="support-s"))
    response = client.post(f"/mail/drafts/{draft.pk}/", {"action": "send", "subject": "Re", "body": "Takk"},
                           follow=True)
    assert "kunne ikke sendes" in response.content.decode()  # the page speaks the user's language (nb)
    draft.refresh_from_db()
    assert draft.status == DraftStatus.DRAFT


def test_api_quarantine_and_release_use_the_services(org, admin_client):
    message = intake.ingest(org, make_eml(subject="Hei", message_id="<q2@kunde.no>")).message
    assert admin_client.post(f"/api/v1/mail/messages/{message.pk}/quarantine").json()["status"] == "quarantined"
    assert admin_client.post(f"/api/v1/mail/messages/{message.pk}/release").json()["status"] in ("routed",
                                                                                                  "released")
    again = admin_client.post(f"/api/v1/mail/messages/{message.pk}/release", HTTP_ACCEPT_LANGUAGE="en")
    assert again.status_code == 400 and "not in quarantine" in json.dumps(again.json())


@pytest.mark.django_db(transaction=True)
def test_cli_quarantine_release_and_reprocess(org, monkeypatch):
    message = intake.ingest(org, make_eml(subject="Hei", message_id="<q3@kunde.no>")).message
    result = CliRunner().invoke(cli, ["mail", "quarantine", str(message.pk), "--org", org.slug])
    assert result.exit_code == 0 and "quarantined" in result.output
    result = CliRunner().invoke(cli, ["mail", "release", str(message.pk), "--org", org.slug])
    assert result.exit_code == 0, result.output
    with translation.override("en"):
        result = CliRunner().invoke(cli, ["mail", "release", str(message.pk), "--org", org.slug])
    assert result.exit_code == 1 and "not in quarantine" in result.output and "Traceback" not in result.output
    assert "no message 999999" in CliRunner().invoke(cli, ["mail", "release", "999999", "--org", org.slug]).output

    def broken(*args, **kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(intake, "sort_message", broken)
    failed = intake.ingest(org, make_eml(subject="Hei igjen", message_id="<q4@kunde.no>")).message
    assert failed.status == MessageStatus.FAILED
    monkeypatch.undo()
    result = CliRunner().invoke(cli, ["mail", "reprocess", "--failed", "--org", org.slug])
    assert result.exit_code == 0 and f"message {failed.pk}: " in result.output and "failed" not in result.output
    assert Message.objects.all_organizations().get(pk=failed.pk).status != MessageStatus.FAILED
