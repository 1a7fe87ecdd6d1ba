"""Offers and service reports as work items: the input is stored before anything reads it,
processing runs as pipeline steps (a failure marks the item failed with the reason, and
`retry` runs it again from the stored input), every automated decision is logged, and
nothing goes to a customer before a person approves it.

Offer: received → transcribed (the transcript waits for a person to read and correct it)
→ drafted (quote PDF + slides) → approved (→ sent). Typed text skips the speech step.
Service report: received → drafted → approved (→ sent)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core import blobs
from fornuft.core.tenancy import activate
from fornuft.governance.decisions import record_decision
from fornuft.intake import audio as audio_module
from fornuft.intake import pipeline
from fornuft.intake.models import Offer, ServiceReport
from fornuft.platform.workitems import Step, StopPipeline, retry, run_pipeline

MAX_AUDIO_UPLOAD = 200 * 1024 * 1024
# A dictation longer than this is transcribed by the task queue, its progress shown on its page,
# instead of keeping the upload's request open for minutes.
BACKGROUND_AUDIO_SECONDS = 60
AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".ogg", ".opus", ".webm", ".aac", ".flac", ".mp4")


@dataclass
class Work:
    organization: object
    language: str | None = None


def _store(organization, data: bytes, filename: str, label: str, limit: int):
    try:
        return blobs.store(organization, data, filename=filename[:255], source_label=label, size_limit=limit)
    except blobs.BlobTooLarge:
        raise ValueError(_("The file is larger than %(mb)d MB.") % {"mb": limit // 1024 // 1024}) from None
    except blobs.BlobEmpty:
        raise ValueError(_("The file is empty.")) from None


# --- offers ---------------------------------------------------------------------------------

class TranscribeOffer(Step):
    name = "transcribe"
    # Outside a transaction, so that the progress saved while a long recording is heard shows on
    # the offer's page at once; the transcript is written in one save at the end.
    atomic = False

    def able_to_run(self, item, work) -> bool:
        return not item.transcript and item.stored_file_id is not None and item.status != "typed"

    def run(self, item, work) -> None:
        from fornuft.intake import services

        data = item.stored_file.read_bytes()
        try:
            heard = pipeline.transcribe(data, item.language or None, _progress_saver(item),
                                        pipeline.catalogue_prompt(services.plain_catalogue(work.organization)))
        except pipeline.IntakeProblem as exc:
            raise ValueError(str(exc)) from None
        item.transcript = heard.text
        item.language = item.language or heard.language or ""
        item.status = "transcribed"
        item.transcribed_percent = 100
        item.save(update_fields=["transcript", "language", "status", "transcribed_percent"])
        record_decision(work.organization, "intake.speech", subject=item,
                        output={"words": len(heard.text.split()), "seconds": round(heard.seconds, 1)},
                        confidence=None, explanation={"model": heard.model}, open_review=False)
        raise StopPipeline("the transcript waits for a person")


def _progress_saver(item: Offer):
    """A speech progress callback that saves the percentage on the offer, every 5 points."""

    def save(done: float, total: float) -> None:
        percent = min(100, int(100 * done / total)) if total else 100
        if item.transcribed_percent is None or percent >= item.transcribed_percent + 5:
            item.transcribed_percent = percent
            Offer.objects.for_organization(item.organization_id).filter(pk=item.pk).update(
                transcribed_percent=percent)

    return save


def draft_offer(item: Offer, organization) -> None:
    """Extraction + documents from the (corrected) transcript; logs decision intake.offer."""
    from fornuft.intake import services

    offer = pipeline.offer_from_text(item.transcript, services.plain_catalogue(organization), item.language or None)
    with _documents_dir() as folder:
        files = pipeline.write_offer_files(offer, folder, f"offer-{item.pk}",
                                           branding=services.branding(organization))
        item.quote_pdf = blobs.store(organization, Path(files["quote_pdf"]).read_bytes(),
                                     filename=f"quote-{item.pk}.pdf", source_label="intake")
        item.slides_pptx = blobs.store(organization, Path(files["slides_pptx"]).read_bytes(),
                                       filename=f"slides-{item.pk}.pptx", source_label="intake")
    item.language = offer.language
    item.extracted = {**offer.quote_json(), "contact": offer.contact, "notes": offer.notes,
                      "labour_hours": offer.labour_hours, "unmatched": offer.unmatched}
    item.title = (offer.customer or _("Offer"))[:200]
    item.status = "drafted"
    item.save()
    record_decision(organization, "intake.offer", subject=item, output=offer.quote_json(),
                    confidence=offer.confidence,
                    explanation={"matched": [{"product_id": line.product_id, "said": line.spoken_as,
                                              "score": line.match_score} for line in offer.lines],
                                 "unmatched": offer.unmatched, "language": offer.language})


class _documents_dir:
    def __enter__(self):
        import tempfile

        self._tmp = tempfile.TemporaryDirectory(prefix="fornuft-intake-")
        return Path(self._tmp.name)

    def __exit__(self, *exc):
        self._tmp.cleanup()


class DraftOffer(Step):
    name = "draft"

    def able_to_run(self, item, work) -> bool:
        return bool(item.transcript)

    def run(self, item, work) -> None:
        draft_offer(item, work.organization)


OFFER_STEPS = [TranscribeOffer(), DraftOffer()]


def create_offer(organization, *, user=None, audio: bytes | None = None, filename: str = "", text: str = "",
                 language: str = "") -> Offer:
    """Stores the dictation, then transcribes it (audio: waits for the transcript to be read) or
    drafts the quote at once (typed text). A recording over BACKGROUND_AUDIO_SECONDS is transcribed
    by the task queue after the commit. ValueError for an unusable upload; a failing step leaves
    the offer failed with the reason, ready for retry."""
    text = (text or "").strip()
    if not audio and not text:
        raise ValueError(_("Record or upload a dictation, or type the text."))
    if audio and not filename.lower().endswith(AUDIO_SUFFIXES):
        raise ValueError(_("Send the recording as WAV, MP3, M4A, OGG or WebM."))
    if len(text) > 100_000:
        raise ValueError(_("The text is too long."))
    with activate(organization), transaction.atomic():
        stored = _store(organization, audio if audio else text.encode(), filename or "dictation.txt", "intake",
                        MAX_AUDIO_UPLOAD)
        offer = Offer.objects.create(organization=organization, stored_file=stored, created_by=user,
                                     language=language if language in {"nb", "en"} else "", transcript=text,
                                     status="received" if audio else "typed")
        if audio and (audio_module.probe_duration(audio) or 0) > BACKGROUND_AUDIO_SECONDS:
            from fornuft.intake.tasks import process_offer_task

            offer_id = offer.pk
            transaction.on_commit(lambda: process_offer_task(offer_id))
            return offer
    process_offer(offer, organization)
    return offer


def process_offer(offer: Offer, organization) -> None:
    """Runs the offer's steps (the task queue's entry for a long recording)."""
    with activate(organization):
        run_pipeline(offer, OFFER_STEPS, Work(organization))


def update_transcript(offer: Offer, organization, text: str) -> Offer:
    """A person's corrected transcript; the quote and slides are made again from it."""
    text = text.strip()
    if not text:
        raise ValueError(_("The transcript is empty."))
    with activate(organization):
        offer.transcript = text[:100_000]
        offer.save(update_fields=["transcript"])
        run_pipeline(offer, [DraftOffer()], Work(organization))
    return offer


def retry_offer(offer: Offer, organization) -> Offer:
    with activate(organization):
        retry(offer, OFFER_STEPS, Work(organization))
    return offer


# --- service reports ------------------------------------------------------------------------

class TranscribeNote(Step):
    name = "transcribe"

    def able_to_run(self, item, work) -> bool:
        return not item.transcript and item.note_audio_id is not None

    def run(self, item, work) -> None:
        try:
            heard = pipeline.transcribe(item.note_audio.read_bytes(), item.language or None)
        except pipeline.IntakeProblem as exc:
            raise ValueError(str(exc)) from None
        item.transcript = heard.text
        item.save(update_fields=["transcript"])


class DraftReport(Step):
    name = "draft"

    def run(self, item, work) -> None:
        draft_report(item, work.organization)


def draft_report(item: ServiceReport, organization) -> None:
    from fornuft.intake import photo, services

    images = [stored.read_bytes() for stored in item.photos.all()]
    try:
        reading = photo.read_nameplates(images)
    except photo.PhotoProblem as exc:
        raise ValueError(str(exc)) from None
    equipment_fields = reading.nameplate.equipment_json()
    if reading.is_nameplate:
        equipment, created = services.find_or_create_equipment(organization, equipment_fields,
                                                               reading.nameplate.ratings)
        item.equipment = equipment
    else:
        created = False
    note = pipeline.service_note(item.transcript)
    language = item.language or (pipeline.note_language(item.transcript) if item.transcript else "nb")
    with _documents_dir() as folder:
        files = pipeline.write_service_report(equipment_fields, reading.nameplate.ratings, note, item.transcript,
                                              images, folder, f"report-{item.pk}", language,
                                              branding=services.branding(organization))
        item.report_pdf = blobs.store(organization, Path(files["report_pdf"]).read_bytes(),
                                      filename=f"service-report-{item.pk}.pdf", source_label="intake")
    item.language = language
    item.extracted = {"equipment": equipment_fields, "ratings": reading.nameplate.ratings,
                      "is_nameplate": reading.is_nameplate, "new_equipment": created, **note.as_dict()}
    item.status = "drafted"
    item.save()
    record_decision(organization, "intake.service_report", subject=item,
                    output={"equipment": equipment_fields, "findings": note.findings, "actions": note.actions},
                    confidence=reading.nameplate.confidence if reading.is_nameplate else 0.0,
                    explanation={"rotation": reading.rotation, "is_nameplate": reading.is_nameplate,
                                 "ratings": reading.nameplate.ratings, "ocr_lines": len(reading.text.splitlines())})


REPORT_STEPS = [TranscribeNote(), DraftReport()]


def create_service_report(organization, *, user=None, photos: list[tuple[str, bytes]], audio: bytes | None = None,
                          audio_name: str = "", text: str = "", language: str = "") -> ServiceReport:
    """Stores the photos (and the voice note), then reads them and drafts the report."""
    from fornuft.intake.photo import PhotoProblem, check_photo

    if not photos:
        raise ValueError(_("Take or upload a photo of the nameplate."))
    for name, data in photos:
        try:
            check_photo(data)
        except PhotoProblem as exc:
            raise ValueError(f"{name}: {exc}") from None
    with activate(organization), transaction.atomic():
        stored = [_store(organization, data, name, "intake", 25 * 1024 * 1024) for name, data in photos]
        note_audio = (_store(organization, audio, audio_name or "note.webm", "intake", MAX_AUDIO_UPLOAD)
                      if audio else None)
        report = ServiceReport.objects.create(organization=organization, stored_file=stored[0], created_by=user,
                                              note_audio=note_audio, transcript=(text or "").strip()[:100_000],
                                              language=language if language in {"nb", "en"} else "")
        report.photos.set(stored)
    with activate(organization):
        run_pipeline(report, REPORT_STEPS, Work(organization))
    return report


def retry_report(report: ServiceReport, organization) -> ServiceReport:
    with activate(organization):
        retry(report, REPORT_STEPS, Work(organization))
    return report


# --- approval and sending -------------------------------------------------------------------

def approve(item, organization, user, email: str = "") -> None:
    """A person approves the draft; with an e-mail address the customer copy goes out now."""
    if item.status != "drafted":
        raise ValueError(_("Only a finished draft can be approved."))
    system = "intake.offer" if isinstance(item, Offer) else "intake.service_report"
    with activate(organization), transaction.atomic():
        item.status = "approved"
        item.approved_by = user
        item.save(update_fields=["status", "approved_by"])
        record_decision(organization, system, subject=item, output={"approved": True}, actor=user,
                        explanation={"sent_to": bool(email)}, open_review=False)
    if email:
        send_copy(item, organization, email)


def send_copy(item, organization, email: str) -> None:
    from django.core.exceptions import ValidationError
    from django.core.mail import EmailMessage
    from django.core.validators import validate_email

    try:
        validate_email(email)
    except ValidationError:
        raise ValueError(_("The e-mail address is not valid.")) from None
    if item.status not in {"approved", "sent"}:
        raise ValueError(_("Approve the draft before it is sent."))
    if isinstance(item, Offer):
        subject = _("Quote from %(company)s") % {"company": organization.name}
        files = [(f"quote-{item.pk}.pdf", item.quote_pdf, "application/pdf")]
    else:
        subject = _("Service report from %(company)s") % {"company": organization.name}
        files = [(f"service-report-{item.pk}.pdf", item.report_pdf, "application/pdf")]
    message = EmailMessage(subject, _("Please find the document attached."), to=[email])
    for name, stored, mime in files:
        if stored is not None:
            message.attach(name, stored.read_bytes(), mime)
    message.send()
    with activate(organization):
        item.status = "sent"
        if isinstance(item, Offer):
            item.sent_to = email
            item.save(update_fields=["status", "sent_to"])
        else:
            item.customer_email = email
            item.save(update_fields=["status", "customer_email"])


def mark_audio_deleted(item) -> None:
    item.audio_deleted_at = timezone.now()
    item.save(update_fields=["audio_deleted_at"])
