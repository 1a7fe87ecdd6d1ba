"""The stuck-item sweep: items are the source of truth for work still to do.

A message or invoice that sits in a processing state (received, extracted …) longer
than `stuck_after()` lost its task somewhere: its worker died, the queue was flushed, or
the process that stored it stopped before it queued the work. The sweep (a periodic
task, every minute) queues its processing again; after `MAX_ATTEMPTS` tries the item is
marked failed with the reason, where a person can see it and retry.

Each capability lists what of its items can get stuck (`stuck_items` in its manifest,
`capability.py`), e.g. in its `tasks.py`:

    STUCK_ITEMS = [StuckItems("documents.invoice", "documents.Invoice", ("received", "extracted"),
                              since="updated_at", requeue=..., fail=...)]

The attempt count and last re-queue time are kept in the queue's storage, next to the
worker heartbeats, so that no capability needs a field for them.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

log = logging.getLogger("fornuft.sweep")

MAX_ATTEMPTS = 3
DEFAULT_STUCK_AFTER_MINUTES = 15
REQUEUED_PREFIX = "fornuft:requeued:"
BATCH = 500


@dataclass(frozen=True)
class StuckItems:
    """One kind of item that can be left in a non-final state by a dead worker."""

    label: str
    model: str  # "app_label.ModelName"
    pending_statuses: tuple[str, ...]
    since: str  # the field holding when the item last moved on (created, updated)
    requeue: Callable[[object], None]  # queue its processing again (the task must tolerate a repeat)
    fail: Callable[[object, str], None]  # mark it failed with the reason

    def model_class(self):
        from django.apps import apps

        return apps.get_model(self.model)


def stuck_after() -> timedelta:
    """FORNUFT_STUCK_AFTER_MINUTES (default 15): longer than any normal processing takes."""
    minutes = os.environ.get("FORNUFT_STUCK_AFTER_MINUTES", "")
    return timedelta(minutes=float(minutes) if minutes.strip() else DEFAULT_STUCK_AFTER_MINUTES)


def kinds() -> list[StuckItems]:
    from fornuft.platform.capability import capability_entries

    return capability_entries("stuck_items")


def _mark_key(kind: StuckItems, pk) -> str:
    return f"{REQUEUED_PREFIX}{kind.label}:{pk}"


def _stuck(kind: StuckItems, older_than: timedelta):
    """Items of one kind past the timeout that were not queued again within it either."""
    from huey.contrib.djhuey import HUEY

    cutoff = timezone.now() - older_than
    # The sweeper serves every organization; each item is queued again by its own id.
    candidates = (kind.model_class().objects.all_organizations()
                  .filter(status__in=kind.pending_statuses, **{f"{kind.since}__lt": cutoff})
                  .order_by("pk")[:BATCH])
    for item in candidates:
        mark = HUEY.get(_mark_key(kind, item.pk), peek=True) or {"attempts": 0, "at": 0.0}
        if getattr(item, kind.since).timestamp() > mark["at"]:
            mark = {"attempts": 0, "at": 0.0}  # it moved on since it was last queued again: count afresh
        if mark["at"] < cutoff.timestamp():
            yield item, mark


def stuck_counts(older_than: timedelta | None = None) -> dict[str, int]:
    """How many items of each kind are stuck now (for /health)."""
    older_than = stuck_after() if older_than is None else older_than
    return {kind.label: sum(1 for _ in _stuck(kind, older_than)) for kind in kinds()}


def sweep_stuck_items(older_than: timedelta | None = None) -> dict:
    """Queues stuck items again, or fails those tried too often; returns labels and ids."""
    from huey.contrib.djhuey import HUEY

    older_than = stuck_after() if older_than is None else older_than
    result: dict = {"requeued": [], "failed": []}
    for kind in kinds():
        for item, mark in list(_stuck(kind, older_than)):
            key = _mark_key(kind, item.pk)
            if mark["attempts"] >= MAX_ATTEMPTS:
                kind.fail(item, f"stopped {mark['attempts']} times while being processed (the background worker "
                                "died or its task was lost); retry it once the cause is fixed")
                HUEY.delete(key)
                log.error("stuck item failed", extra={"item": kind.label, "id": item.pk})
                result["failed"].append(f"{kind.label}:{item.pk}")
                continue
            HUEY.put(key, {"attempts": mark["attempts"] + 1, "at": time.time()})
            kind.requeue(item)
            log.warning("stuck item queued again", extra={"item": kind.label, "id": item.pk,
                                                          "attempt": mark["attempts"] + 1})
            result["requeued"].append(f"{kind.label}:{item.pk}")
    _forget_old_marks()
    return result


def _forget_old_marks(older_than_seconds: float = 7 * 24 * 3600) -> None:
    """An item that finished after a re-queue leaves its mark behind; old marks go."""
    from huey.contrib.djhuey import HUEY

    from fornuft.core.worker import entries

    for key, mark in entries(REQUEUED_PREFIX).items():
        if time.time() - mark.get("at", 0) > older_than_seconds:
            HUEY.delete(key)
