"""Intake's personal-data provider: recordings (voice is personal data), transcripts and
notes of offers and service reports. Found by governance's data-subject search, export,
erasure and retention purge. Retention removes the audio (default 90 days) and keeps the
approved documents and the text a person has read."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.governance.privacy.core_providers import delete_stored_file
from fornuft.governance.privacy.providers import ExportRecord, Hit, PersonalDataProvider, SubjectQuery
from fornuft.intake.models import Offer, ServiceReport

AUDIO_SUFFIXES = (".wav", ".mp3", ".m4a", ".ogg", ".opus", ".webm", ".aac", ".flac", ".mp4")


def _rows(organization):
    return [(Offer, "intake.offer"), (ServiceReport, "intake.servicereport")]


def search(organization, query: SubjectQuery) -> list[Hit]:
    terms = [t for t in (query.name, query.email, query.phone) if t]
    if not terms:
        return []
    hits: list[Hit] = []
    for model, record_type in _rows(organization):
        condition = Q()
        for term in terms:
            condition |= Q(transcript__icontains=term)
        for row in model.objects.for_organization(organization).filter(condition)[:1000]:
            hits.append(Hit("intake.recordings", record_type, str(row.pk), f"{row.created_at:%Y-%m-%d} {row}"[:100],
                            subjects=[(record_type, str(row.pk))]))
    return hits


def _model(hit: Hit):
    return Offer if hit.record_type == "intake.offer" else ServiceReport


def export(organization, hit: Hit) -> ExportRecord:
    row = _model(hit).objects.for_organization(organization).get(pk=hit.record_id)
    files = []
    audio = row.stored_file if isinstance(row, Offer) else row.note_audio
    if audio is not None and (audio.filename or "").lower().endswith(AUDIO_SUFFIXES):
        try:
            files.append((audio.filename, audio.read_bytes()))
        except OSError:
            pass
    return ExportRecord({"transcript": row.transcript, "extracted": row.extracted, "status": row.status,
                         "created_at": row.created_at.isoformat()}, files)


def _drop_audio(row) -> bool:
    """Deletes the recording of an offer or a report; the text stays."""
    if isinstance(row, Offer):
        audio = row.stored_file
        if audio is None or not (audio.filename or "").lower().endswith(AUDIO_SUFFIXES):
            return False
        row.stored_file = None
        row.audio_deleted_at = timezone.now()
        row.save(update_fields=["stored_file", "audio_deleted_at"])
    else:
        audio = row.note_audio
        if audio is None:
            return False
        row.note_audio = None
        row.audio_deleted_at = timezone.now()
        row.save(update_fields=["note_audio", "audio_deleted_at"])
    delete_stored_file(audio)
    return True


def erase(organization, hit: Hit) -> str:
    row = _model(hit).objects.for_organization(organization).filter(pk=hit.record_id).first()
    if row is None:
        return "already gone"
    _drop_audio(row)
    row.transcript = ""
    row.save(update_fields=["transcript"])
    return "recording and transcript deleted"


def purge(organization, cutoff, *, dry_run: bool = False) -> int:
    """Deletes recordings older than the cutoff (retention); returns how many."""
    count = 0
    for model, _type in _rows(organization):
        old = model.objects.for_organization(organization).filter(created_at__lt=cutoff, audio_deleted_at=None)
        for row in old.iterator(chunk_size=200):
            audio = row.stored_file if model is Offer else row.note_audio
            if audio is None or (model is Offer and not (audio.filename or "").lower().endswith(AUDIO_SUFFIXES)):
                continue
            count += 1
            if not dry_run:
                _drop_audio(row)
    return count


PROVIDERS = [
    PersonalDataProvider("intake.recordings", _("Dictations and service notes"), search, export, erase,
                         category="voice", category_label=_("Voice recordings and transcripts"), purge=purge,
                         default_keep_days=90),
]
