"""Measuring from the decision log and the review queue, through daily roll-ups.

`refresh(org)` recomputes the log's roll-up rows (per day, AI system and department) for
the days that may have changed; the huey task runs it every ten minutes. Dashboards only
read roll-ups, so they stay fast over millions of decisions.

Day buckets (Europe/Oslo):
* items, straight-through and reviews opened: the day of the automatic decision;
* reviews resolved, corrections and touch time: the day the person resolved the review;
* overrides (a person's decision outside the review queue): the day it was made.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from fornuft.adoption.models import DailyRollup, Pilot, PilotStatus, RollupSource, RollupState, Thumb, UserActivity
from fornuft.governance.models import ChainHead, Decision, ReviewStatus, ReviewTask

COUNTERS = ("items", "straight_through", "reviews_opened", "reviews_resolved", "corrections", "overrides",
            "touch_seconds")


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, datetime.min.time()))


def _first_day(organization) -> date | None:
    first = (Decision.objects.for_organization(organization)
             .order_by("seq").values_list("created_at", flat=True).first())
    return timezone.localdate(first) if first else None


@transaction.atomic
def refresh(organization, since: date | None = None, full: bool = False) -> RollupState:
    """Recomputes the organization's log roll-ups from `since` (default: the day before the
    last refresh, or everything on the first run / with `full`). Returns the refresh state."""
    started = time.perf_counter()
    state, _created = RollupState.objects.for_organization(organization).get_or_create(organization=organization)
    if since is None:
        if full or state.refreshed_through is None:
            since = _first_day(organization)
        else:
            since = state.refreshed_through - timedelta(days=1)
    today = timezone.localdate()
    rollups = DailyRollup.objects.for_organization(organization).filter(source=RollupSource.LOG)
    activity = UserActivity.objects.for_organization(organization).filter(source=RollupSource.LOG)
    if since is None:  # nothing logged yet
        rollups.delete()
        activity.delete()
    else:
        rollups.filter(day__gte=since).delete()
        activity.filter(day__gte=since).delete()
        _build(organization, since)
    state.refreshed_at = timezone.now()
    state.refreshed_through = today
    # The chain head's sequence number is the number of logged decisions (no count over the log).
    state.decisions_seen = ChainHead.objects.filter(organization_id=organization.pk).values_list(
        "seq", flat=True).first() or 0
    state.seconds = time.perf_counter() - started
    state.save()
    return state


def _build(organization, since: date) -> None:
    start = _start_of(since)
    rows: dict[tuple, dict] = defaultdict(lambda: dict.fromkeys(COUNTERS, 0))
    people: dict[tuple, int] = defaultdict(int)
    # A person's decision that resolves no review is an override. Fetching the resolutions
    # first keeps SQLite from joining the whole log against the review table.
    resolutions = set(ReviewTask.objects.for_organization(organization)
                      .filter(resolved_at__gte=start - timedelta(days=1), resolution__isnull=False)
                      .order_by().values_list("resolution_id", flat=True))
    log = Decision.objects.for_organization(organization).order_by()
    # One day at a time: each query is an index range on (organization, created_at) and needs
    # no per-row date function, which keeps a full refresh over millions of rows quick.
    day, last = since, timezone.localdate()
    while day <= last:
        decisions = log.filter(created_at__gte=_start_of(day), created_at__lt=_start_of(day + timedelta(days=1)))
        automatic = (decisions.filter(actor="system").values("system_id", "system_key")
                     .annotate(n=Count("id"), ok=Count("id", filter=Q(needs_review=False))))
        for group in automatic:
            row = rows[(day, group["system_id"], group["system_key"], None)]
            row["items"] += group["n"]
            row["straight_through"] += group["ok"]
            row["reviews_opened"] += group["n"] - group["ok"]
        human = decisions.filter(actor_user__isnull=False).values_list(
            "pk", "system_id", "system_key", "actor_user_id", "actor_user__department_id")
        for pk, system_id, key, user_id, dept in human.iterator(chunk_size=5000):
            people[(day, user_id, dept)] += 1
            if pk not in resolutions:
                rows[(day, system_id, key, dept)]["overrides"] += 1
        day += timedelta(days=1)

    resolved = (ReviewTask.objects.for_organization(organization)
                .filter(resolved_at__gte=start).exclude(status=ReviewStatus.OPEN)
                .order_by().annotate(day=TruncDate("resolved_at"), department_id=F("resolved_by__department_id"))
                .values("day", "system_id", "system__key", "department_id")
                .annotate(n=Count("id"), corrected=Count("id", filter=Q(status=ReviewStatus.CORRECTED)),
                          touch=Coalesce(Sum("touch_seconds"), 0.0)))
    for group in resolved:
        row = rows[(group["day"], group["system_id"], group["system__key"], group["department_id"])]
        row["reviews_resolved"] += group["n"]
        row["corrections"] += group["corrected"]
        row["touch_seconds"] += group["touch"]

    DailyRollup.objects.bulk_create([
        DailyRollup(organization=organization, day=day, system_id=system_id, system_key=key, department_id=dept,
                    source=RollupSource.LOG, **counters)
        for (day, system_id, key, dept), counters in rows.items()
    ], batch_size=1000)

    thumbs = (Thumb.objects.for_organization(organization).filter(created_at__gte=start).order_by()
              .annotate(day=TruncDate("created_at")).values("day", "user_id", "user__department_id")
              .annotate(n=Count("id")))
    for group in thumbs:
        people[(group["day"], group["user_id"], group["user__department_id"])] += group["n"]
    UserActivity.objects.bulk_create([
        UserActivity(organization=organization, day=day, user_id=user_id, department_id=dept, actions=n,
                     source=RollupSource.LOG)
        for (day, user_id, dept), n in people.items()
    ], batch_size=1000)


# --- Reading ---------------------------------------------------------------------------

@dataclass
class Row:
    day: date
    system_key: str
    department_id: int | None
    items: float = 0
    straight_through: float = 0
    reviews_opened: float = 0
    reviews_resolved: float = 0
    corrections: float = 0
    overrides: float = 0
    touch_seconds: float = 0
    imported: bool = False


def active_pilots(organization) -> list[Pilot]:
    return list(Pilot.objects.for_organization(organization).filter(start_date__isnull=False)
                .exclude(status=PilotStatus.NO_GO).prefetch_related("systems").order_by("start_date", "pk"))


def rows(organization, date_from: date | None = None, date_to: date | None = None,
         pilots: list[Pilot] | None = None) -> list[Row]:
    """Roll-ups with automatic items attributed to departments.

    The log does not know which department an automatic decision served. Items of a
    system on a day go to the departments of the pilots using that system that had
    started by then, in proportion to the reviews their people resolved for it that
    day (equally when none did); systems in no pilot stay unattributed (None).
    """
    queryset = DailyRollup.objects.for_organization(organization)
    if date_from:
        queryset = queryset.filter(day__gte=date_from)
    if date_to:
        queryset = queryset.filter(day__lte=date_to)
    pilots = active_pilots(organization) if pilots is None else pilots
    users_of: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for pilot in pilots:
        for system in pilot.systems.all():
            if pilot.start_date is not None:
                users_of[system.key].append((pilot.start_date, pilot.department_id))
    result: list[Row] = []
    unattributed: list[Row] = []
    reviewed: dict[tuple, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for values in queryset.values_list("day", "system_key", "department_id", "source", *COUNTERS).iterator():
        day, key, dept, source = values[:4]
        row = Row(day, key, dept, **dict(zip(COUNTERS, values[4:], strict=True)),
                  imported=source == RollupSource.IMPORTED)
        if dept is None and not row.imported:
            unattributed.append(row)
        else:
            result.append(row)
            if dept is not None:
                reviewed[(day, key)][dept] += row.reviews_resolved
    for row in unattributed:
        departments = sorted({dept for start, dept in users_of.get(row.system_key, []) if start <= row.day})
        if not departments:
            result.append(row)
            continue
        weights = [reviewed[(row.day, row.system_key)].get(dept, 0.0) for dept in departments]
        total = sum(weights)
        if total == 0:
            weights, total = [1.0] * len(departments), float(len(departments))
        for dept, weight in zip(departments, weights, strict=True):
            share = weight / total
            counters = {name: getattr(row, name) * share for name in COUNTERS}
            result.append(Row(row.day, row.system_key, dept, **counters))
    return result


def state(organization) -> RollupState | None:
    return RollupState.objects.for_organization(organization).first()
