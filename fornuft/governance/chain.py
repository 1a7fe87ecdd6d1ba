"""The hash chain behind the decision log, and its verification.

Each record's hash is sha256(previous hash + canonical JSON of the record), per
organization, starting from 64 zeros. Altering, removing or reordering any row breaks
the chain at that row, and `verify()` names it.

Hash formats (`Decision.hash_version`): format 2 covers every column of a decision.
Format 1 (records written before it, `hash_version` empty) left out `system_id`,
`actor_user_id` and `needs_review`; such records still verify under format 1 rather than
being re-hashed, because recomputing hashes is exactly what a forger does and would
erase the evidence that the old records were never changed. A format-1 record after a
format-2 record is itself a break (a downgrade).

A chain that was rewritten and then re-hashed from the start is internally consistent;
only something outside the database can tell. `verify()` therefore also compares the
chain with the signed checkpoints (`checkpoints.py`): a record whose hash differs from
a checkpoint, or a log that ends before the newest checkpoint, is reported.
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


CURRENT_FORMAT = 2


def canonical_record_v2(organization_id, seq, system_id, system_key, model_version, subject_type, subject_id,
                        output_json, confidence, explanation_json, actor, actor_user_id, needs_review,
                        created_at) -> str:
    """Format 2: every column of a decision (the id and the hashes aside) in a fixed order."""
    return _dumps([
        2, organization_id, seq, system_id, system_key, model_version, subject_type, subject_id,
        output_json, confidence, explanation_json, actor, actor_user_id, bool(needs_review), timestamp(created_at),
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


FIELDS = ("id", "organization_id", "seq", "system_id", "system_key", "model_version", "subject_type", "subject_id",
          "output_json", "confidence", "explanation_json", "actor", "actor_user_id", "needs_review", "created_at",
          "hash_version", "prev_hash", "hash")


@dataclass(frozen=True)
class Anchor:
    """A signed checkpoint: record `seq` of the chain had hash `head` at `at`."""

    seq: int
    head: str
    at: str


def _checkpoint_problem(count: int, latest: Anchor) -> str:
    if count == 0:
        return (f"the log is empty, but the signed checkpoint of {latest.at} recorded #{latest.seq}: "
                "the organization's log was wiped")
    return (f"the log ends at #{count}, but the signed checkpoint of {latest.at} recorded #{latest.seq}: "
            "records were removed from the end (truncated or rolled back)")


def _sqlite_stamp(stored: str) -> str:
    """`timestamp()` of a datetime as SQLite stores it (UTC, "2026-12-07 01:02:03[.123456]"),
    without parsing it: verification reads 100,000 of these a second."""
    return f"{stored[:10]}T{stored[11:26]}{'.000000' if len(stored) == 19 else ''}Z"


def _rows(organization_id: int):
    """Every record of one chain in FIELDS order, by seq. On SQLite read raw (no ORM
    converters, the time as its stored text); elsewhere through the ORM."""
    from django.db import connection

    from fornuft.governance.models import Decision

    if connection.vendor != "sqlite":
        yield from (Decision.objects.for_organization(organization_id)
                    .order_by("seq").values_list(*FIELDS).iterator(chunk_size=5000))
        return
    columns = ", ".join("CAST(created_at AS TEXT)" if name == "created_at" else name for name in FIELDS)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM governance_decision WHERE organization_id = %s "  # noqa: S608
                       "ORDER BY seq", [organization_id])
        while batch := cursor.fetchmany(5000):
            yield from batch


def verify_rows(organization_id: int, rows: Iterable[tuple], head: tuple[int, str] | None,
                progress: Callable[[int], None] | None = None,
                anchors: dict[int, Anchor] | None = None) -> ChainReport:
    """Walks rows (FIELDS order, by seq) and returns where the chain first breaks.

    `anchors` are signed checkpoints by sequence number; the chain must pass through each
    of them and reach the newest one.
    """
    expected_prev = GENESIS
    expected_seq = 1
    count = 0
    newest_format = 1
    anchors = anchors or {}
    sha256 = hashlib.sha256
    for row in rows:
        (row_id, org_id, seq, system_id, system_key, model_version, subject_type, subject_id, output_json,
         confidence, explanation_json, actor, actor_user_id, needs_review, created_at, hash_version,
         prev_hash, stored_hash) = row
        count += 1
        if progress is not None and count % 10000 == 0:
            progress(10000)

        def broken(problem: str) -> ChainReport:
            return ChainReport(organization_id, count, False, seq, row_id, problem)  # noqa: B023

        if seq != expected_seq:
            return broken(f"expected record #{expected_seq} but found #{seq} (a record was removed or reordered)")
        if prev_hash != expected_prev:
            return broken("its link to the previous record does not match (removed, inserted or reordered)")
        stamp = _sqlite_stamp(created_at) if created_at.__class__ is str else timestamp(created_at)
        if hash_version == 2:
            newest_format = 2
            canonical = _dumps([
                2, org_id, seq, system_id, system_key, model_version, subject_type, subject_id, output_json,
                confidence, explanation_json, actor, actor_user_id, bool(needs_review), stamp,
            ])
        elif hash_version is None and newest_format == 1:
            canonical = _dumps([
                org_id, seq, system_key, model_version, subject_type, subject_id,
                output_json, confidence, explanation_json, actor, stamp,
            ])
        else:
            return broken(f"its hash format ({hash_version or 1}) is older than the records before it "
                          "(the format was changed to escape the check)")
        if sha256((prev_hash + canonical).encode()).hexdigest() != stored_hash:
            return broken("its content does not match its hash (the record was altered)")
        if anchors and seq in anchors and anchors[seq].head != stored_hash:
            return broken(f"its hash differs from the signed checkpoint of {anchors[seq].at}: the log was "
                          "rewritten and its hashes recomputed")
        expected_prev = stored_hash
        expected_seq += 1
    if anchors:
        latest = anchors[max(anchors)]
        if count < latest.seq:
            return ChainReport(organization_id, count, False, count + 1, None, _checkpoint_problem(count, latest))
    if head is not None and (head[0] != count or head[1] != expected_prev):
        return ChainReport(organization_id, count, False, head[0], None,
                           f"the newest records are missing: the chain head says #{head[0]}, the log ends at #{count}")
    return ChainReport(organization_id, count, True)


def verify(organization=None, progress: Callable[[int], None] | None = None,
           anchors: dict[int, dict[int, Anchor]] | None = None) -> list[ChainReport]:
    """Verifies the chain of one organization, or of every organization, against the
    signed checkpoints (`anchors` by organization id; default: the checkpoint file)."""
    from fornuft.core import tenancy
    from fornuft.core.models import Organization
    from fornuft.governance import checkpoints
    from fornuft.governance.models import ChainHead

    if anchors is None:
        anchors = checkpoints.anchors()
    organizations = [organization] if organization is not None else list(Organization.objects.order_by("pk"))
    reports = []
    if organization is None:
        known = {org.pk for org in organizations}
        for gone in sorted(set(anchors) - known):
            latest = anchors[gone][max(anchors[gone])]
            reports.append(ChainReport(gone, 0, False, 1, None, "the organization is gone from the database, but "
                                       f"the signed checkpoint of {latest.at} recorded #{latest.seq}"))
    for org in organizations:
        with tenancy.activate(org):
            rows = _rows(org.pk)
            head = ChainHead.objects.filter(organization_id=org.pk).values_list("seq", "hash").first()
            reports.append(verify_rows(org.pk, rows, head, progress, anchors.get(org.pk)))
    return sorted(reports, key=lambda report: report.organization_id)


def count_records(organization=None) -> int:
    from fornuft.governance.models import Decision

    # Counting every organization's records (for the progress bar) crosses organizations.
    queryset = Decision.objects.all_organizations()
    if organization is not None:
        queryset = queryset.filter(organization=organization)
    return queryset.count()
