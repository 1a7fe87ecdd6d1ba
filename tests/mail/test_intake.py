"""The whole pipeline against the real database and blob store."""

import io
import zipfile

import pytest

from fornuft.core import blobs
from fornuft.core.models import StoredFile
from fornuft.core.tenancy import activate
from fornuft.governance.models import Decision, ReviewTask
from fornuft.mail import intake
from fornuft.mail.models import AcknowledgementDraft, Attachment, Message, MessageStatus, Thread

from .conftest import make_eml

pytestmark = pytest.mark.django_db

SALES = make_eml(subject="Forespørsel om tilbud på rådgivning",
                 body="Hei, vi ønsker et tilbud på rådgivning for rehabilitering av kontorbygget vårt. "
                      "Hva er timeprisen deres, og når kan dere starte?", message_id="<sales-1@kunde.no>")


def test_raw_message_is_stored_first_and_processed(org):
    outcome = intake.ingest(org, SALES, source="test.eml")
    message = outcome.message
    assert outcome.created
    assert message.stored_file.read_bytes() == SALES and message.content_hash == blobs.put(SALES)[0]
    assert message.category == "sales_inquiry" and message.language == "nb"
    assert message.phishing_verdict == "clean"
    assert message.status in (MessageStatus.ROUTED, MessageStatus.REVIEW)
    assert message.queue.key == "sales"
    systems = set(Decision.objects.all_organizations().filter(subject_id=str(message.pk))
                  .values_list("system_key", flat=True))
    assert systems == {"mail.classifier", "mail.phishing"}
    decision = Decision.objects.all_organizations().get(seq=message.category_decision_seq, organization=org)
    assert decision.output["category"] == "sales_inquiry" and decision.explanation["top_features"]
    draft = AcknowledgementDraft.objects.all_organizations().get(message=message)
    assert draft.language == "nb" and "Takk for henvendelsen" in draft.body and draft.status == "draft"


def test_duplicates_by_content_and_by_message_id(org):
    first = intake.ingest(org, SALES, source="a.eml")
    again = intake.ingest(org, SALES, source="b.eml")
    assert not again.created and again.message.pk == first.message.pk
    resent = SALES.replace(b"Date:", b"X-Delivered-To: other@nordfjell.no\nDate:")  # other bytes, same message
    assert not intake.ingest(org, resent, source="c.eml").created
    assert Message.objects.for_organization(org).count() == 1


def test_threads_follow_in_reply_to_and_references(org):
    root = intake.ingest(org, make_eml(message_id="<root@kunde.no>", subject="Befaring")).message
    reply = intake.ingest(org, make_eml(message_id="<r1@nordfjell.no>", in_reply_to="<root@kunde.no>",
                                        subject="SV: Befaring", body="Torsdag passer.")).message
    later = intake.ingest(org, make_eml(message_id="<r2@kunde.no>", references="<root@kunde.no> <r1@nordfjell.no>",
                                        subject="SV: SV: Befaring", body="Flott.")).message
    other = intake.ingest(org, make_eml(message_id="<new@kunde.no>", subject="Noe annet")).message
    assert root.thread_id == reply.thread_id == later.thread_id != other.thread_id
    assert Thread.objects.for_organization(org).count() == 2


def test_phishing_goes_to_quarantine_and_is_never_deleted(org):
    org.domain = "nordfjell.no"
    org.save()
    raw = make_eml(sender="Nordfjell IT <it@nordfje1l.no>", subject="Passordet ditt utløper",
                   body="Passordet ditt utløper i dag. Bekreft kontoen din og logg inn på kontoen umiddelbart.",
                   html='<a href="http://203.0.113.9/login">https://nordfjell.no/login</a>')
    message = intake.ingest(org, raw).message
    assert message.phishing_verdict == "phishing" and message.status == MessageStatus.QUARANTINED
    assert message.queue is None and message.phishing_reasons
    assert Message.objects.all_organizations().filter(pk=message.pk).exists()


def test_low_confidence_goes_to_review(org):
    message = intake.ingest(org, make_eml(subject="?", body="ok")).message
    assert message.confidence < 0.6
    assert message.status == MessageStatus.REVIEW
    assert ReviewTask.objects.all_organizations().filter(decision__seq=message.category_decision_seq,
                                                         organization=org).exists()


def test_attachments_are_stored_and_handed_to_invoices(org, monkeypatch):
    received = []

    def receive_attachment(organization, stored_file, *, source, reference):
        received.append((organization.pk, stored_file.sha256, source, reference))
        return None

    monkeypatch.setattr("fornuft.invoices.services.receive_attachment", receive_attachment)
    raw = make_eml(subject="Faktura 2025-117", body="Vedlagt faktura, forfall 30 dager.",
                   attachments=[("faktura.pdf", b"%PDF-1.4 faktura", "application/pdf")])
    message = intake.ingest(org, raw).message
    attachment = Attachment.objects.all_organizations().get(message=message)
    assert attachment.stored.read_bytes() == b"%PDF-1.4 faktura"
    assert received == [(org.pk, attachment.stored.sha256, "mail", str(message.pk))]


def test_quarantined_attachments_are_not_handed_over(org, monkeypatch):
    received = []
    monkeypatch.setattr("fornuft.invoices.services.receive_attachment", lambda *a, **k: received.append(a))
    raw = make_eml(sender="Erik <a@b.click>", subject="Verify your account",
                   body="Verify your account and confirm your password immediately.",
                   auth="mx; spf=fail; dkim=fail; dmarc=fail",
                   attachments=[("invoice.html", b"<form>", "text/html")])
    message = intake.ingest(org, raw).message
    assert message.status == MessageStatus.QUARANTINED and received == []


@pytest.mark.parametrize("raw", [
    b"",
    b"\xff\xfe\x00garbage\x80",
    b"From: a@b.no\r\nContent-Type: multipart/mixed; boundary=Q\r\n\r\n--Q\r\nContent-Type: text/plain; "
    b"charset=nonsense\r\n\r\n\xe6\xf8\xe5",
])
def test_bad_input_is_stored_and_marked(org, raw):
    outcome = intake.ingest(org, raw, source="bad.eml")
    message = outcome.message
    assert outcome.created and message.problems
    assert message.stored_file.read_bytes() == raw
    assert message.status != MessageStatus.FAILED


def test_zip_bomb_attachment_is_marked(org):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", b"\0" * (80 * 1024 * 1024))
    message = intake.ingest(org, make_eml(attachments=[("data.zip", bomb.getvalue(), "application/zip")])).message
    attachment = Attachment.objects.all_organizations().get(message=message)
    assert "zip bomb" in attachment.problem
    assert message.phishing_verdict == "phishing" and message.status == MessageStatus.QUARANTINED


def test_a_program_disguised_as_a_pdf_is_quarantined(org):
    raw = make_eml(attachments=[("faktura.pdf.exe", b"MZ\x90\x00", "application/octet-stream")])
    message = intake.ingest(org, raw).message
    assert message.status == MessageStatus.QUARANTINED
    assert any("hides its real type" in reason for reason in message.phishing_reasons)


def test_hundred_megabyte_message_is_stored_and_marked(org, settings):
    raw = b"From: a@b.no\r\nSubject: stor\r\nMessage-ID: <big@b.no>\r\n\r\n" + b"A" * (100 * 1024 * 1024)
    message = intake.ingest(org, raw, source="big.eml").message
    assert message.size == len(raw) and message.stored_file.size == len(raw)
    assert any("only the start was analysed" in p for p in message.problems)
    settings.FORNUFT_MAIL_MAX_BYTES = 10 * 1024 * 1024
    raw2 = raw.replace(b"<big@b.no>", b"<big2@b.no>")
    message2 = intake.ingest(org, raw2, source="big2.eml").message
    assert message2.stored_file.size == intake.HEAD_BYTES_WHEN_TOO_LARGE
    assert any("larger than the mail limit" in p for p in message2.problems)


def test_a_failing_step_marks_the_message_and_the_next_one_goes_through(org, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(intake, "sort_message", broken)
    failed = intake.ingest(org, make_eml(message_id="<f1@x.no>")).message
    assert failed.status == MessageStatus.FAILED and "model exploded" in failed.problems[-1]
    assert failed.stored_file.read_bytes()
    monkeypatch.undo()
    assert intake.ingest(org, make_eml(message_id="<f2@x.no>")).message.status != MessageStatus.FAILED
    again = intake.reprocess(Message.objects.all_organizations().get(pk=failed.pk))
    assert again.status != MessageStatus.FAILED and not any("model exploded" in p for p in again.problems)


def test_messages_stay_in_their_organization(org, other_org):
    mine = intake.ingest(org, SALES).message
    theirs = intake.ingest(other_org, SALES).message  # the same bytes may reach two companies
    assert mine.pk != theirs.pk
    with activate(org):
        assert list(Message.objects.values_list("pk", flat=True)) == [mine.pk]
    assert StoredFile.objects.all_organizations().filter(sha256=mine.content_hash).count() == 2


class _FixedModel:
    """A fake sorter that reads every message the same way: a purchase order it cannot
    place between a customer's work order and a supplier's mail."""

    classes_ = ["project_assignment", "supplier", "other"]

    def __init__(self, feature_labels):
        self.feature_labels_ = feature_labels

    def explain_many(self, texts, top_n=5):
        probabilities = {"project_assignment": 0.5, "supplier": 0.4, "other": 0.1}
        return [{"label": "project_assignment", "confidence": 0.5, "probabilities": dict(probabilities),
                 "top_features": [], "per_class": {}} for _text in texts]


def test_what_people_said_about_a_sender_weighs_in_when_its_next_message_is_sorted():
    from fornuft.mail.parsing import parse_message
    from fornuft.mail.phishing import OrgContext

    context = OrgContext(domain="nordfjell.no", known_domains={"eiendom.example", "grossist.example"})
    order = "Innkjøpsordre vedlagt, bekreft mottak."

    def sorted_as(sender, feature_labels):
        classifier = intake.Classifier(_FixedModel(feature_labels), "test", None)
        message, _work = intake.analyse(parse_message(make_eml(sender=sender, body=order)), classifier=classifier,
                                        context=context)
        return message.category

    # a known correspondent leans toward supplier mail until people's corrections show it is a customer
    corrected = {"from:eiendom.example": {"customer_support": 2}}
    assert sorted_as("Drift <drift@eiendom.example>", {}) == "supplier"
    assert sorted_as("Drift <drift@eiendom.example>", corrected) == "project_assignment"
    # mail from a sender nobody corrected is sorted as before
    assert sorted_as("Ordre <ordre@grossist.example>", corrected) == "supplier"
