"""Figures for pilots and dashboards, computed from the attributed roll-ups (see measurement.py)
with the arithmetic in roi.py."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Q, Sum
from django.utils import timezone

from fornuft.adoption import measurement, roi
from fornuft.adoption.models import AdoptionSettings, Pilot, Thumb, UserActivity
from fornuft.core.models import Department


def settings_for(organization) -> AdoptionSettings:
    found = AdoptionSettings.objects.for_organization(organization).first()
    return found or AdoptionSettings(organization=organization)


@dataclass
class Totals:
    items: float = 0
    straight_through: float = 0
    reviews_resolved: float = 0
    corrections: float = 0
    overrides: float = 0
    touch_seconds: float = 0
    hours_saved: float = 0
    cost_saved: float = 0
    items_with_baseline: float = 0

    def add(self, row: measurement.Row, baseline: tuple[float, float] | None) -> None:
        self.items += row.items
        self.straight_through += row.straight_through
        self.reviews_resolved += row.reviews_resolved
        self.corrections += row.corrections
        self.overrides += row.overrides
        self.touch_seconds += row.touch_seconds
        if baseline is not None:
            minutes, hourly_cost = baseline
            # items × (baseline − human minutes per item) / 60, summed row by row.
            hours = row.items * minutes / 60.0 - row.touch_seconds / 3600.0
            self.items_with_baseline += row.items
            self.hours_saved += hours
            self.cost_saved += roi.cost_saved(hours, hourly_cost)

    @property
    def straight_through_rate(self) -> float | None:
        return roi.straight_through_rate(round(self.items), round(self.straight_through - self.overrides))

    @property
    def human_minutes_per_item(self) -> float | None:
        return self.touch_seconds / 60.0 / self.items if self.items else None

    @property
    def touch_hours(self) -> float:
        return self.touch_seconds / 3600.0

    @property
    def error_rate_pct(self) -> float | None:
        return (self.corrections + self.overrides) / self.items * 100.0 if self.items else None


def baselines(pilots: list[Pilot]) -> tuple[dict, dict]:
    """(system key, department) → (minutes, hourly cost), and system key → the first pilot's."""
    exact: dict[tuple[str, int], tuple[float, float]] = {}
    by_system: dict[str, tuple[float, float]] = {}
    for pilot in pilots:
        if pilot.baseline_minutes_per_item <= 0:
            continue
        value = (pilot.baseline_minutes_per_item, pilot.hourly_cost_nok)
        for system in pilot.systems.all():
            exact.setdefault((system.key, pilot.department_id), value)
            by_system.setdefault(system.key, value)
    return exact, by_system


def _baseline_for(row, exact, by_system):
    return exact.get((row.system_key, row.department_id)) or by_system.get(row.system_key)


@dataclass
class PilotKpis:
    pilot: Pilot
    days_elapsed: int
    totals: Totals
    hours_per_month: float
    cost_per_month: float
    error_reduction_pct: float | None
    payback_months: float | None
    roi_pct: float | None
    fte: float
    targets: dict = field(default_factory=dict)
    weeks: list = field(default_factory=list)

    @property
    def all_targets_met(self) -> bool:
        return bool(self.targets) and all(met for _target, _actual, met in self.targets.values())


def pilot_kpis(pilot: Pilot, today: date | None = None) -> PilotKpis | None:
    """KPIs over the pilot's 90-day window (up to today); None before it starts."""
    today = today or timezone.localdate()
    if pilot.start_date is None or pilot.start_date > today:
        return None
    end = min(today, pilot.end_date - timedelta(days=1))
    days = (end - pilot.start_date).days + 1
    keys = {system.key for system in pilot.systems.all()}
    organization = pilot.organization
    all_rows = measurement.rows(organization, pilot.start_date, end)
    value = (pilot.baseline_minutes_per_item, pilot.hourly_cost_nok)
    totals = Totals()
    weekly: dict[date, Totals] = defaultdict(Totals)
    for row in all_rows:
        if row.system_key in keys and row.department_id == pilot.department_id:
            totals.add(row, value)
            weekly[row.day - timedelta(days=row.day.weekday())].add(row, value)
    per_month = 30.0 / days
    hours_per_month = totals.hours_saved * per_month
    cost_per_month = totals.cost_saved * per_month
    error_reduction = None
    if totals.error_rate_pct is not None:
        error_reduction = roi.error_reduction_percent(pilot.baseline_error_rate_pct, totals.error_rate_pct)
    investment = pilot.investment
    targets = {
        "hours": (pilot.target_hours_saved_per_month, hours_per_month,
                  hours_per_month >= pilot.target_hours_saved_per_month),
    }
    if pilot.target_error_reduction_pct:
        targets["errors"] = (pilot.target_error_reduction_pct, error_reduction,
                             error_reduction is not None and error_reduction >= pilot.target_error_reduction_pct)
    if pilot.target_cost_reduction_nok:
        targets["cost"] = (pilot.target_cost_reduction_nok, cost_per_month,
                           cost_per_month >= pilot.target_cost_reduction_nok)
    yearly_hours = settings_for(organization).yearly_hours
    return PilotKpis(
        pilot=pilot, days_elapsed=days, totals=totals, hours_per_month=hours_per_month,
        cost_per_month=cost_per_month, error_reduction_pct=error_reduction,
        payback_months=roi.payback_months(investment, cost_per_month),
        roi_pct=roi.roi_percent(investment, cost_per_month, 12), fte=roi.fte(hours_per_month * 12, yearly_hours),
        targets=targets, weeks=sorted(weekly.items()),
    )


@dataclass
class Dashboard:
    totals: Totals
    weeks: list[str]
    hours_per_week: list[float]
    straight_through_per_week: list[float | None]
    items_per_week: list[float]
    months: list[str]
    cost_per_month: list[float]
    savings_per_month: list[float]
    net_position: list[float]
    systems: list[tuple[str, Totals]]
    departments: list[dict]
    fte_per_year: float
    payback_month: str | None
    yearly_hours: float
    first_day: date | None = None
    last_day: date | None = None
    # No-code apps (fornuft.apps): per app, its runs and the time its finished rows saved.
    apps: list[dict] = field(default_factory=list)

    @property
    def payback_date(self) -> date | None:
        """The first day of the month the cumulative net position turned positive."""
        if self.payback_month is None:
            return None
        year, month = self.payback_month.split("-")
        return date(int(year), int(month), 1)


def _month_key(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def dashboard(organization, department_id: int | None = None, weeks: int = 26, today: date | None = None) -> Dashboard:
    """Everything the ROI dashboard shows, over the last `weeks` weeks."""
    today = today or timezone.localdate()
    first = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    pilots = measurement.active_pilots(organization)
    exact, by_system = baselines(pilots)
    # Cost, savings and the payback curve run from the first pilot's start (its investment
    # counts even when it began before the window); the other figures cover the window.
    since = min([first] + [pilot.start_date for pilot in pilots if pilot.start_date])
    totals = Totals()
    week_totals: dict[date, Totals] = defaultdict(Totals)
    month_savings: dict[str, float] = defaultdict(float)
    systems: dict[str, Totals] = defaultdict(Totals)
    departments: dict[int | None, Totals] = defaultdict(Totals)
    first_day: date | None = None
    last_day: date | None = None
    for row in measurement.rows(organization, since, today, pilots):
        if department_id is not None and row.department_id != department_id:
            continue
        baseline = _baseline_for(row, exact, by_system)
        if baseline is not None:
            hours = row.items * baseline[0] / 60.0 - row.touch_seconds / 3600.0
            month_savings[_month_key(row.day)] += roi.cost_saved(hours, baseline[1])
        if row.day < first:
            continue
        totals.add(row, baseline)
        week_totals[row.day - timedelta(days=row.day.weekday())].add(row, baseline)
        systems[row.system_key].add(row, baseline)
        departments[row.department_id].add(row, baseline)
        if row.items or row.touch_seconds:
            first_day = row.day if first_day is None or row.day < first_day else first_day
            last_day = row.day if last_day is None or row.day > last_day else last_day
    week_starts = [first + timedelta(weeks=i) for i in range(weeks)]
    labels = [f"{start.isocalendar()[1]:02d}/{start.isocalendar()[0] % 100:02d}" for start in week_starts]
    # Months covering the window; costs from pilots' investments (one-off in the start month) and running costs.
    months: list[str] = []
    cursor = date(since.year, since.month, 1)
    while cursor <= today:
        months.append(_month_key(cursor))
        cursor = date(cursor.year + (cursor.month == 12), cursor.month % 12 + 1, 1)
    app_rows = _app_savings(organization, since, first, today, by_system, totals, month_savings) \
        if department_id is None else []
    savings = month_savings
    costs = dict.fromkeys(months, 0.0)
    for pilot in pilots:
        if pilot.start_date is None or (department_id is not None and pilot.department_id != department_id):
            continue
        start_key = _month_key(pilot.start_date)
        for month in months:
            if month == start_key:
                costs[month] += pilot.investment.one_off
            if month >= start_key:
                costs[month] += pilot.monthly_running_nok
    net: list[float] = []
    position = 0.0
    payback_month = None
    for month in months:
        was_negative = position < 0
        position += savings.get(month, 0.0) - costs[month]
        net.append(round(position))
        if was_negative and position >= 0 and payback_month is None:
            payback_month = month
    settings = settings_for(organization)
    days = max(1, (last_day - first_day).days + 1) if first_day and last_day else 1
    activity = _adoption(organization, today)
    department_names = dict(Department.objects.for_organization(organization)
                            .values_list("pk", "name"))
    department_rows = []
    for dept, dept_totals in departments.items():
        department_rows.append({"id": dept, "name": department_names.get(dept), "totals": dept_totals,
                                **activity.get(dept, {})})
    for dept, values in activity.items():
        if dept not in departments and (department_id is None or dept == department_id):
            department_rows.append({"id": dept, "name": department_names.get(dept), "totals": Totals(), **values})
    department_rows.sort(key=lambda entry: -entry["totals"].hours_saved)
    return Dashboard(
        totals=totals, weeks=labels,
        hours_per_week=[round(week_totals[start].hours_saved, 1) for start in week_starts],
        straight_through_per_week=[
            round(rate * 100, 1) if (rate := week_totals[start].straight_through_rate) is not None else None
            for start in week_starts],
        items_per_week=[round(week_totals[start].items) for start in week_starts],
        months=months, cost_per_month=[round(costs[m]) for m in months],
        savings_per_month=[round(savings.get(m, 0.0)) for m in months], net_position=net,
        systems=sorted(systems.items(), key=lambda item: -item[1].items),
        departments=department_rows,
        fte_per_year=roi.fte(totals.hours_saved * 365.0 / days, settings.yearly_hours),
        payback_month=payback_month, yearly_hours=settings.yearly_hours, first_day=first_day, last_day=last_day,
        apps=app_rows,
    )


def _app_savings(organization, since: date, first: date, today: date, by_system: dict, totals: Totals,
                 month_savings: dict) -> list[dict]:
    """The apps' own measure of time saved (finished rows × the minutes the builder says one
    row saves) counts in the totals and the payback, at the default hourly cost; an app a
    pilot already measures (its system has the pilot's baseline) is counted there instead."""
    try:
        from fornuft.apps.services import organization_figures
    except ImportError:  # apps not installed
        return []
    hourly_cost = settings_for(organization).default_hourly_cost
    for entry in organization_figures(organization, since, today):   # the payback runs from `since`
        if entry["system_key"] not in by_system:
            for month, minutes in entry["months"].items():
                month_savings[month] += roi.cost_saved(minutes / 60.0, hourly_cost)
    found = []
    for entry in organization_figures(organization, first, today):   # the figures cover the window
        counted_by_pilot = entry["system_key"] in by_system
        hours = entry["minutes_saved"] / 60.0
        if not counted_by_pilot:
            totals.hours_saved += hours
            totals.cost_saved += roi.cost_saved(hours, hourly_cost)
        found.append({**entry, "hours_saved": round(hours, 2), "cost_saved": round(roi.cost_saved(hours, hourly_cost)),
                      "counted_by_pilot": counted_by_pilot})
    return found


def _adoption(organization, today: date) -> dict[int | None, dict]:
    """Per department over the last 30 days: active users, actions, thumbs up share."""
    since = today - timedelta(days=29)
    result: dict[int | None, dict] = defaultdict(lambda: {"active_users": 0, "actions": 0, "thumbs_up": 0,
                                                          "thumbs": 0})
    activity = (UserActivity.objects.for_organization(organization).filter(day__gte=since)
                .values("department_id").annotate(users=Count("user_id", distinct=True)))
    for group in activity:
        result[group["department_id"]]["active_users"] = group["users"]
    for group in (UserActivity.objects.for_organization(organization).filter(day__gte=since)
                  .values("department_id").annotate(n=Sum("actions"))):
        result[group["department_id"]]["actions"] = group["n"]
    thumbs = (Thumb.objects.for_organization(organization).filter(created_at__date__gte=since)
              .values("user__department_id").annotate(n=Count("id"), up=Count("id", filter=Q(up=True))))
    for group in thumbs:
        result[group["user__department_id"]]["thumbs"] = group["n"]
        result[group["user__department_id"]]["thumbs_up"] = group["up"]
    for values in result.values():
        values["thumbs_up_pct"] = round(values["thumbs_up"] / values["thumbs"] * 100) if values["thumbs"] else None
    return dict(result)

