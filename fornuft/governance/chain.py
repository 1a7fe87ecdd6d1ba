"""The hash chain behind the decision log, and its verification.

Each record's hash is sha256(previous hash + canonical JSON of the record), per
organization, starting from 64 zeros. Altering, removing or reordering any row breaks
the chain at that row, and `verify()` names it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

GENESIS = "0" * 64
_dumps = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode


def canonical_json(value) -> str:
    """JSON with sorted keys and no spaces: the same value always gives the same text."""
    return _dumps(value)


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_record(organization_id, seq, system_key, model_version, subject_type, subject_id,
                     output_json, confidence, explanation_json, actor, created_at) -> str:
    return _dumps([
        organization_id, seq, system_key, model_version, subject_type, subject_id,
        output_json, confidence, explanation_json, actor, timestamp(created_at),
    ])


def record_hash(prev_hash: str, canonical: str) -> str:
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


@dataclass
class ChainReport:
    organization_id: int
    records: int
    intact: bool
    first_bad_seq: int | None = None
    first_bad_id: int | None = None
    problem: str = ""


FIELDS = ("id", "organization_id", "seq", "system_key", "model_version", "subject_type", "subject_id",
          "output_json", "confidence", "explanation_json", "actor", "created_at", "prev_hash", "hash")


def verify_rows(organization_id: int, rows: Iterable[tuple], head: tuple[int, str] | None,
                progress: Callable[[int], None] | None = None) -> ChainReport:
    """Walks rows (FIELDS order, by seq) and returns where the chain first breaks."""
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    sha256 = hashlib.sha256
    for row in rows:
        (row_id, org_id, seq, system_key, model_version, subject_type, subject_id,
         output_json, confidence, explanation_json, actor, created_at, prev_hash, stored_hash) = row
        count += 1
        if progress is not None and count % 10000 == 0:
            progress(10000)

        def broken(problem: str) -> ChainReport:
            return ChainReport(organization_id, count, False, seq, row_id, problem)  # noqa: B023

        if seq != expected_seq:
            return broken(f"expected record #{expected_seq} but found #{seq} (a record was removed or reordered)")
        if prev_hash != expected_prev:
            return broken("its link to the previous record does not match (removed, inserted or reordered)")
        canonical = _dumps([
            org_id, seq, system_key, model_version, subject_type, subject_id,
            output_json, confidence, explanation_json, actor, timestamp(created_at),
        ])
        if sha256((prev_hash + canonical).encode()).hexdigest() != stored_hash:
            return broken("its content does not match its hash (the record was altered)")
        expected_prev = stored_hash
        expected_seq += 1
    if head is not None and (head[0] != count or head[1] != expected_prev):
        return ChainReport(organization_id, count, False, head[0], None,
                           f"the newest records are missing: the chain head says #{head[0]}, the log ends at #{count}")
    return ChainReport(organization_id, count, True)


def verify(organization=None, progress: Callable[[int], None] | None = None) -> list[ChainReport]:
    """Verifies the chain of one organization, or of every organization."""
    from fornuft.core.models import Organization
    from fornuft.governance.models import ChainHead, Decision

    organizations = [organization] if organization is not None else list(Organization.objects.order_by("pk"))
    reports = []
    for org in organizations:
        rows = (
            Decision.objects.all_organizations()
            .filter(organization_id=org.pk)
            .order_by("seq")
            .values_list(*FIELDS)
            .iterator(chunk_size=5000)
        )
        head = ChainHead.objects.filter(organization_id=org.pk).values_list("seq", "hash").first()
        reports.append(verify_rows(org.pk, rows, head, progress))
    return reports


def count_records(organization=None) -> int:
    from fornuft.governance.models import Decision

    queryset = Decision.objects.all_organizations()
    if organization is not None:
        queryset = queryset.filter(organization=organization)
    return queryset.count()
