"""Staffing demand per skill and ISO week, from three sources, as rows for `staffing plan`:

- booked work (approved or running projects): every task's hours spread over the working
  days (Monday–Friday) between its start and end, as the projects planner loads people;
- the pipeline (projects not yet approved, or a pipeline.csv), the same way but each task's
  hours multiplied by the probability of winning it;
- history (time registration, one series per skill): the weekly hours each skill has
  carried, forecast ahead with the same models as sales forecasts.

Known work and history overlap — past projects are in the history — so they are not added
up: a week's demand for a skill is the known work (booked + weighted pipeline), topped up to
the history forecast where the history says more work usually comes. Plain Python."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from fornuft.insights.tabular import TableProblem, monday, open_table, parse_date, parse_number

MAX_PIPELINE_ROWS = 100_000
MAX_WEEKS = 156
DEFAULT_WIN_PROBABILITY = 0.5
BOOKED_STATUSES = ("approved", "running")
PIPELINE_STATUSES = ("draft", "planned")


@dataclass(frozen=True)
class WorkItem:
    source: str  # project title or pipeline name
    skill: str
    hours: float
    start: date
    end: date
    probability: float = 1.0  # 1.0 for booked work


def _working_days(first: date, last: date) -> int:
    return sum(1 for k in range((last - first).days + 1) if (first + timedelta(days=k)).weekday() < 5)


def weekly_hours(item: WorkItem) -> dict[date, float]:
    """The item's hours per ISO week (Monday), in proportion to its working days in each
    week; an item without working days (a weekend) lands in its start week."""
    total = _working_days(item.start, item.end)
    if total == 0 or item.end < item.start:
        return {monday(item.start): item.hours}
    out: dict[date, float] = {}
    week = monday(item.start)
    while week <= item.end:
        days = _working_days(max(item.start, week), min(item.end, week + timedelta(days=6)))
        if days:
            out[week] = out.get(week, 0.0) + item.hours * days / total
        week += timedelta(days=7)
    return out


def items_from_projects(projects: list[dict], win_probability: float = DEFAULT_WIN_PROBABILITY) -> list[WorkItem]:
    """Work items from project plans ({"title", "status", "plan": {"tasks": [...]}}): approved
    and running projects are booked; draft and proposed ones are pipeline at `win_probability`;
    finished ones are left out (their hours are in the history)."""
    items = []
    for project in projects:
        status = project.get("status", "")
        if status in BOOKED_STATUSES:
            probability = 1.0
        elif status in PIPELINE_STATUSES:
            probability = win_probability
        else:
            continue
        for task in (project.get("plan") or {}).get("tasks", []):
            try:
                start, end = date.fromisoformat(task["start"]), date.fromisoformat(task["end"])
                hours = float(task["hours"])
            except (KeyError, TypeError, ValueError):
                continue  # a plan without dates cannot be placed in weeks
            if task.get("skill") and hours > 0:
                items.append(WorkItem(project.get("title", ""), task["skill"], hours, start, end, probability))
    return items


def read_pipeline(path: str | Path, default_probability: float = DEFAULT_WIN_PROBABILITY) -> list[WorkItem]:
    """pipeline.csv: name,skill,hours,start,end[,probability] — probability 0..1 or a percent;
    without it, `default_probability`."""
    table = open_table(path)
    header = table.header
    missing = [c for c in ("skill", "hours", "start", "end") if c not in header]
    if missing:
        raise TableProblem(f"row 1: no column {missing[0]!r}; expected name,skill,hours,start,end,probability")
    col = {
        name: header.index(name) for name in ("name", "skill", "hours", "start", "end", "probability") if name in header
    }
    items = []
    for count, (row, cells) in enumerate(table.rows, start=1):
        if count > MAX_PIPELINE_ROWS:
            raise TableProblem(
                f"row {row}: more than {MAX_PIPELINE_ROWS:,} pipeline rows (the limit)", code="too_large"
            )
        cells = cells + [""] * (max(col.values()) + 1 - len(cells))
        skill = cells[col["skill"]].strip()
        if not skill:
            raise TableProblem(f"row {row}, column 'skill': the skill is empty")
        hours, _ = parse_number(cells[col["hours"]], row=row, column="hours")
        if hours is None or hours < 0:
            raise TableProblem(f"row {row}, column 'hours': {cells[col['hours']]!r} is not a number of hours")
        start = parse_date(cells[col["start"]], row=row, column="start")
        end = parse_date(cells[col["end"]], row=row, column="end")
        if end < start:
            raise TableProblem(f"row {row}, column 'end': {end} is before the start {start}")
        probability = default_probability
        if "probability" in col and cells[col["probability"]].strip():
            raw = cells[col["probability"]].strip()
            value, _ = parse_number(raw.rstrip("%").strip(), row=row, column="probability")
            value = value / 100 if raw.endswith("%") or (value is not None and value > 1) else value
            if value is None or not 0 <= value <= 1:
                raise TableProblem(f"row {row}, column 'probability': {raw!r} is not between 0 and 1 (or 0–100 %)")
            probability = value
        name = cells[col["name"]].strip() if "name" in col else f"row {row}"
        items.append(WorkItem(name, skill, hours, start, end, probability))
    return items


def history_forecast(raws, first_week: date, weeks: int) -> dict[tuple[date, str], float]:
    """Each skill's weekly hours (time registration series, any step from daily to weekly)
    summed per ISO week and forecast `weeks` ahead from `first_week`; a skill with fewer than
    four weeks of history is left out (too little to say anything)."""
    from fornuft.ml.forecast import forecast

    out: dict[tuple[date, str], float] = {}
    for raw in raws:
        per_week: dict[date, float] = {}
        for o in raw.observations:
            if o.value is not None:
                per_week[monday(o.day)] = per_week.get(monday(o.day), 0.0) + o.value
        if len(per_week) < 4:
            continue
        start, last = min(per_week), max(per_week)
        grid = [start + timedelta(weeks=k) for k in range((last - start).days // 7 + 1)]
        values = [per_week.get(w, 0.0) for w in grid]  # a week without registrations had no hours
        ahead = (first_week - last).days // 7 - 1 + weeks
        if ahead < 1:
            continue
        season = 52 if len(values) >= 2 * 52 + 2 else 1
        result = forecast(values, min(ahead, MAX_WEEKS * 2), season, nonnegative=True, quick=True)
        for k, value in enumerate(result.mean):
            week = last + timedelta(weeks=k + 1)
            if first_week <= week < first_week + timedelta(weeks=weeks):
                out[(week, raw.name)] = max(0.0, value)
    return out


def forecast_demand(
    items: list[WorkItem], first_week: date, weeks: int, history: dict[tuple[date, str], float] | None = None
) -> list[dict]:
    """Rows {"week", "skill", "hours", "booked_hours", "pipeline_hours", "history_hours"} for
    `weeks` ISO weeks from `first_week`, sorted by week and skill; weeks with no demand for a
    skill are left out. Skills are matched without case and surrounding spaces."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"The number of weeks must be between 1 and {MAX_WEEKS} (got {weeks}).")
    first_week = monday(first_week)
    window = {first_week + timedelta(weeks=k) for k in range(weeks)}
    names: dict[str, str] = {}
    booked: dict[tuple[date, str], float] = {}
    pipeline: dict[tuple[date, str], float] = {}
    for item in items:
        key_skill = " ".join(item.skill.lower().split())
        names.setdefault(key_skill, item.skill.strip())
        target = booked if item.probability >= 1.0 else pipeline
        for week, hours in weekly_hours(item).items():
            if week in window:
                target[(week, key_skill)] = target.get((week, key_skill), 0.0) + hours * item.probability
    from_history: dict[tuple[date, str], float] = {}
    for (week, skill), hours in (history or {}).items():
        key_skill = " ".join(skill.lower().split())
        names.setdefault(key_skill, skill.strip())
        if week in window:
            from_history[(week, key_skill)] = from_history.get((week, key_skill), 0.0) + hours
    rows = []
    for week, key_skill in sorted(set(booked) | set(pipeline) | set(from_history)):
        known = booked.get((week, key_skill), 0.0) + pipeline.get((week, key_skill), 0.0)
        hours = max(known, from_history.get((week, key_skill), 0.0))
        if hours <= 0:
            continue
        rows.append(
            {
                "week": week.isoformat(),
                "skill": names[key_skill],
                "hours": round(hours, 2),
                "booked_hours": round(booked.get((week, key_skill), 0.0), 2),
                "pipeline_hours": round(pipeline.get((week, key_skill), 0.0), 2),
                "history_hours": round(from_history.get((week, key_skill), 0.0), 2),
            }
        )
    return rows


def as_demand_csv(rows: list[dict]) -> str:
    """The rows as demand.csv (week,skill,hours), the input of `fornuft staffing plan`."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["week", "skill", "hours"])
    for row in rows:
        writer.writerow([row["week"], row["skill"], f"{row['hours']:g}"])
    return out.getvalue()
