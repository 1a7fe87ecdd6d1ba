"""Data-subject requests (GDPR Art. 15 access, Art. 17 erasure): search every registered
personal-data provider for a person, export what was found as a ZIP (JSON + the original
files), erase it with a receipt, and track the one-month deadline (Art. 12(3))."""

from __future__ import annotations

import calendar
import hashlib
import io
import json
import re
import zipfile
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from fornuft.governance.privacy.providers import Hit, SubjectQuery, provider, providers

__all__ = ["SubjectQuery", "Hit", "search", "export_zip", "erase", "open_request", "due_date"]


def due_date(received: datetime) -> datetime:
    """One month after `received` (the same day next month, or that month's last day)."""
    year, month = (received.year + 1, 1) if received.month == 12 else (received.year, received.month + 1)
    day = min(received.day, calendar.monthrange(year, month)[1])
    return received.replace(year=year, month=month, day=day)


def search(organization, query: SubjectQuery) -> list[Hit]:
    """Every record any provider holds about the person, provider by provider."""
    hits: list[Hit] = []
    for candidate in providers():
        hits.extend(candidate.search(organization, query))
    return hits


def _decisions_about(organization, hits: list[Hit]) -> list[dict]:
    from django.db.models import Q

    from fornuft.governance.models import Decision

    subjects = {subject for hit in hits for subject in hit.subjects}
    user_ids = [int(sid) for stype, sid in subjects if stype == "core.user"]
    if not subjects:
        return []
    condition = Q()
    for subject_type, subject_id in subjects:
        condition |= Q(subject_type=subject_type, subject_id=subject_id)
    if user_ids:
        condition |= Q(actor_user_id__in=user_ids)
    rows = Decision.objects.for_organization(organization).filter(condition).order_by("seq")
    return [{"seq": d.seq, "system": d.system_key, "model_version": d.model_version,
             "subject": f"{d.subject_type}:{d.subject_id}", "output": d.output, "confidence": d.confidence,
             "explanation": d.explanation, "decided_by": d.actor, "created_at": d.created_at.isoformat()}
            for d in rows[:10000]]


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)[:120] or "file"


def export_zip(organization, query: SubjectQuery, hits: list[Hit] | None = None) -> bytes:
    """A ZIP with manifest.json, one JSON file per record, the original files, and the
    decision-log entries about the person's records."""
    hits = search(organization, query) if hits is None else hits
    buffer = io.BytesIO()
    manifest = {"generated_at": timezone.now().isoformat(), "organization": organization.name,
                "query": query.as_dict(), "records": []}
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for index, hit in enumerate(hits, start=1):
            record = provider(hit.provider).export(organization, hit)
            base = f"{index:04d}-{_safe_name(hit.provider)}-{_safe_name(hit.record_id)}"
            files = []
            for name, content in record.files:
                path = f"files/{base}/{_safe_name(name)}"
                archive.writestr(path, content)
                files.append(path)
            archive.writestr(f"records/{base}.json", json.dumps(
                {"provider": hit.provider, "type": hit.record_type, "id": hit.record_id, "data": record.data,
                 "files": files}, ensure_ascii=False, indent=2, default=str))
            manifest["records"].append({"provider": hit.provider, "type": hit.record_type, "id": hit.record_id,
                                        "json": f"records/{base}.json", "files": files})
        decisions = _decisions_about(organization, hits)
        archive.writestr("decisions.json", json.dumps(decisions, ensure_ascii=False, indent=2, default=str))
        manifest["decisions"] = len(decisions)
        archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def erase(organization, query: SubjectQuery, user, request=None, hits: list[Hit] | None = None) -> dict:
    """Erases (or anonymises) every record found; returns the receipt, which names what was
    done to each record but holds no personal data (only a hash of the query)."""
    hits = search(organization, query) if hits is None else hits
    actions = []
    with transaction.atomic():
        for hit in hits:
            outcome = provider(hit.provider).erase(organization, hit)
            actions.append({"provider": hit.provider, "type": hit.record_type, "id": hit.record_id, "action": outcome})
        digest = hashlib.sha256(json.dumps(query.as_dict(), sort_keys=True).encode()).hexdigest()
        receipt = {"erased_at": timezone.now().isoformat(), "erased_by": f"user:{user.pk}" if user else "system",
                   "query_sha256": digest, "records": actions,
                   "decision_log": "kept: entries hold references only (GDPR Art. 17(3)(b), AI Act Art. 26(6))"}
        if request is not None:
            from fornuft.governance.models import RequestStatus

            request.receipt = receipt
            request.status = RequestStatus.DONE
            request.completed_at = timezone.now()
            request.handled_by = user
            request.save()
    return receipt


def open_request(organization, kind: str, query: SubjectQuery, received_at: datetime | None = None, notes: str = ""):
    from fornuft.governance.models import DataSubjectRequest

    received = received_at or timezone.now()
    return DataSubjectRequest.objects.create(
        organization=organization, kind=kind, subject_name=query.name, subject_email=query.email,
        subject_phone=query.phone, subject_national_id=query.national_id, received_at=received,
        due_at=due_date(received), notes=notes,
    )


def query_for(request) -> SubjectQuery:
    return SubjectQuery(name=request.subject_name, email=request.subject_email, phone=request.subject_phone,
                        national_id=request.subject_national_id)
