"""Recording automated decisions: the one function every capability calls.

    from fornuft.governance.decisions import record_decision

    decision = record_decision(
        organization, "mail.classifier",
        subject=("mail.message", message.pk),
        output={"category": "invoice"}, confidence=0.93,
        explanation={"top_features": [["faktura", 1.2], ["forfall", 0.8]]},
    )
    if decision.needs_review: ...   # a ReviewTask is open; wait for a person

The record is chained (see `chain.py`); if the confidence is under the system's
threshold, or the system's oversight mode or risk class demands it, or the system is
paused, a review task is opened in the same transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django.db import connection, transaction

from fornuft.governance import chain
from fornuft.governance.models import AISystem, ChainHead, Decision, ReviewTask, SystemStatus
from fornuft.governance.registry import get_system

_LOCK_HEAD_SQL = {
    "postgresql": "SELECT seq, hash FROM governance_chainhead WHERE organization_id = %s FOR UPDATE",
    "sqlite": "SELECT seq, hash FROM governance_chainhead WHERE organization_id = %s",
}
_heads_known: set[tuple[str, int]] = set()


def _ensure_chain_head(organization_id: int) -> None:
    """Creates the organization's chain head once (cheap after the first call per process)."""
    key = (connection.alias, organization_id)
    if key in _heads_known:
        return
    ChainHead.objects.get_or_create(organization_id=organization_id)
    _heads_known.add(key)


def _subject(subject) -> tuple[str, str]:
    if isinstance(subject, tuple):
        subject_type, subject_id = subject
        return str(subject_type), str(subject_id)
    meta = subject._meta
    return f"{meta.app_label}.{meta.model_name}", str(subject.pk)


def _actor(actor) -> tuple[str, Any]:
    if actor is None:
        return "system", None
    return f"user:{actor.pk}", actor


def review_reason(system: AISystem, confidence: float | None, actor_user) -> str | None:
    """Why a decision needs a person, or None when it may take effect on its own."""
    if actor_user is not None:
        return None
    if system.status == SystemStatus.PAUSED:
        return "system paused"
    if system.needs_review_always:
        return "every decision is reviewed"
    if confidence is not None and confidence < system.confidence_threshold:
        return f"confidence {confidence:.2f} below threshold {system.confidence_threshold:.2f}"
    return None


def record_decision(
    organization,
    system: str | AISystem,
    *,
    subject,
    output: dict | list | str | int | float | bool | None,
    confidence: float | None = None,
    explanation: dict | list | None = None,
    actor=None,
    model_version: str | None = None,
    open_review: bool = True,
) -> Decision:
    """Appends one decision to the organization's chain; returns it.

    `subject` is a model instance or a `(type, id)` pair: a reference, never personal
    data. `actor` is None for the system, or the User who decided. `needs_review` on the
    result tells the caller whether a person must look before the decision takes effect.
    """
    if not isinstance(system, AISystem):
        system = get_system(organization, system)
    subject_type, subject_id = _subject(subject)
    actor_label, actor_user = _actor(actor)
    reason = review_reason(system, confidence, actor_user) if open_review else None
    output_json = chain.canonical_json(output)
    explanation_json = chain.canonical_json(explanation if explanation is not None else {})
    version = model_version or system.model_version
    if confidence is not None:
        confidence = float(confidence)

    _ensure_chain_head(organization.pk)
    with transaction.atomic(), connection.cursor() as cursor:
        # Lock the organization's chain head: FOR UPDATE on PostgreSQL; on SQLite the
        # IMMEDIATE transaction mode (settings) already holds the write lock from BEGIN.
        cursor.execute(_LOCK_HEAD_SQL[connection.vendor], [organization.pk])
        row = cursor.fetchone()
        if row is None:  # the head vanished under the process cache (a flushed database)
            cursor.execute("INSERT INTO governance_chainhead (organization_id, seq, hash) VALUES (%s, 0, %s)",
                           [organization.pk, chain.GENESIS])
            row = (0, chain.GENESIS)
        previous_seq, prev_hash = row
        seq = previous_seq + 1
        created_at = datetime.now(tz=UTC)
        record_hash = chain.record_hash(
            prev_hash,
            chain.canonical_record_v2(
                organization.pk, seq, system.pk, system.key, version, subject_type, subject_id,
                output_json, confidence, explanation_json, actor_label,
                actor_user.pk if actor_user is not None else None, reason is not None, created_at,
            ),
        )
        decision = Decision(
            organization_id=organization.pk,
            seq=seq,
            system=system,
            system_key=system.key,
            model_version=version,
            subject_type=subject_type,
            subject_id=subject_id,
            output_json=output_json,
            confidence=confidence,
            explanation_json=explanation_json,
            actor=actor_label,
            actor_user=actor_user,
            needs_review=reason is not None,
            created_at=created_at,
            hash_version=chain.CURRENT_FORMAT,
            prev_hash=prev_hash,
            hash=record_hash,
        )
        decision.save(force_insert=True)
        cursor.execute("UPDATE governance_chainhead SET seq = %s, hash = %s WHERE organization_id = %s",
                       [seq, record_hash, organization.pk])
        if reason is not None:
            ReviewTask.objects.create(
                organization_id=organization.pk, decision=decision, system=system, reason=reason,
                opened_at=created_at,
            )
    return decision


def decisions_about(organization, subject) -> list[Decision]:
    """Every decision about one subject, oldest first (an item's whole story)."""
    subject_type, subject_id = _subject(subject)
    return list(
        Decision.objects.for_organization(organization).filter(subject_type=subject_type, subject_id=subject_id)
        .order_by("seq")
    )
