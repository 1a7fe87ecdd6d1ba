"""Earned value and earned schedule for running projects; plain data, no Django.

    rows = read_status_csv(text)                # StatusCsvError on a malformed file
    for series in group_by_project(rows):
        figures = compute(series)               # Figures for the latest status point

Definitions (docs/projects.md):
- CPI = EV / AC, SPI = EV / PV at the latest status date.
- Earned schedule: time is days since the planned start. PV(t) is the piecewise linear curve
  through (planned start, 0), every status point (date, PV) and (planned finish, BAC).
  ES = the latest t with PV(t) <= EV (ES = planned duration once EV >= BAC); AT = days from
  the planned start to the status date; SPI(t) = ES / AT.
- EAC = BAC / CPI; forecast finish = planned start + planned duration / SPI(t).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from datetime import date, timedelta

STATUS_COLUMNS = (
    "project",
    "date",
    "budget_at_completion",
    "planned_value",
    "earned_value",
    "actual_cost",
    "planned_start",
    "planned_finish",
)
MAX_ROWS = 200_000


class StatusCsvError(ValueError):
    """The status file cannot be read; str() names the line and the problem."""


@dataclass(frozen=True)
class StatusRow:
    project: str
    date: date
    bac: float
    pv: float
    ev: float
    ac: float
    planned_start: date
    planned_finish: date


@dataclass
class Figures:
    project: str
    date: date
    bac: float
    cpi: float | None
    spi: float | None
    spi_t: float | None
    es_days: float
    at_days: int
    eac: float
    forecast_finish: date
    planned_start: date
    planned_finish: date
    percent_complete: float
    history: list[dict] = field(default_factory=list)

    @property
    def planned_days(self) -> int:
        return max(1, (self.planned_finish - self.planned_start).days)

    @property
    def cost_overrun(self) -> float:
        """Expected overrun of the budget as a fraction (0.12 = 12 % over)."""
        return self.eac / self.bac - 1 if self.bac > 0 else 0.0

    @property
    def schedule_overrun(self) -> float:
        return (self.forecast_finish - self.planned_start).days / self.planned_days - 1


def _number(value: str, name: str, line: int) -> float:
    try:
        number = float(value.strip().replace(" ", "").replace(",", "."))
    except ValueError:
        raise StatusCsvError(f"line {line}: {name} {value!r} is not a number") from None
    if not math.isfinite(number) or number < 0:
        raise StatusCsvError(f"line {line}: {name} {value!r} must be a number of zero or more")
    return number


def _date(value: str, name: str, line: int) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise StatusCsvError(f"line {line}: {name} {value!r} is not a date (YYYY-MM-DD)") from None


def read_status_csv(text: str) -> list[StatusRow]:
    """Parses STATUS.csv (header `project,date,budget_at_completion,planned_value,earned_value,
    actual_cost,planned_start,planned_finish`). Raises StatusCsvError naming the bad line."""
    if not text.strip():
        raise StatusCsvError("the status file is empty")
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        raise StatusCsvError(f"line 1: {exc}") from None
    missing = [c for c in STATUS_COLUMNS if c not in header]
    if missing:
        raise StatusCsvError(f"line 1: missing column(s) {', '.join(missing)}; expected {','.join(STATUS_COLUMNS)}")
    index = {c: header.index(c) for c in STATUS_COLUMNS}
    rows: list[StatusRow] = []
    try:
        for line, record in enumerate(reader, start=2):
            if not any(cell.strip() for cell in record):
                continue
            if len(record) < len(header):
                raise StatusCsvError(f"line {line}: {len(record)} fields, expected {len(header)}")
            if len(rows) >= MAX_ROWS:
                raise StatusCsvError(f"more than {MAX_ROWS} status rows")
            value = {c: record[i] for c, i in index.items()}
            project = value["project"].strip()
            if not project:
                raise StatusCsvError(f"line {line}: the project is empty")
            row = StatusRow(
                project=project[:200],
                date=_date(value["date"], "date", line),
                bac=_number(value["budget_at_completion"], "budget_at_completion", line),
                pv=_number(value["planned_value"], "planned_value", line),
                ev=_number(value["earned_value"], "earned_value", line),
                ac=_number(value["actual_cost"], "actual_cost", line),
                planned_start=_date(value["planned_start"], "planned_start", line),
                planned_finish=_date(value["planned_finish"], "planned_finish", line),
            )
            if row.planned_finish <= row.planned_start:
                raise StatusCsvError(f"line {line}: planned_finish must be after planned_start")
            rows.append(row)
    except csv.Error as exc:
        raise StatusCsvError(f"line {reader.line_num}: {exc}") from None
    if not rows:
        raise StatusCsvError("the status file has a header but no rows")
    return rows


def group_by_project(rows: list[StatusRow]) -> list[list[StatusRow]]:
    """Rows per project in first-seen order, each sorted by date (a later row for the same
    date replaces the earlier)."""
    grouped: dict[str, dict[date, StatusRow]] = {}
    for row in rows:
        grouped.setdefault(row.project, {})[row.date] = row
    return [sorted(points.values(), key=lambda r: r.date) for points in grouped.values()]


def pv_curve(series: list[StatusRow]) -> list[tuple[float, float]]:
    """(days since planned start, PV) points of the interpolated planned-value curve."""
    latest = series[-1]
    start, finish = latest.planned_start, latest.planned_finish
    points: dict[float, float] = {0.0: 0.0}
    for row in series:
        points[float((row.date - start).days)] = row.pv
    points[float((finish - start).days)] = latest.bac
    return sorted(points.items())


def earned_schedule(curve: list[tuple[float, float]], ev: float, bac: float, planned_days: float) -> float:
    """ES in days: the latest time on the PV curve whose PV is at most EV."""
    if ev >= bac > 0:
        return float(planned_days)
    best = 0.0
    for (t0, p0), (t1, p1) in zip(curve, curve[1:], strict=False):
        if t1 <= 0:
            continue
        if p0 <= ev and p1 <= ev:
            best = max(best, t1)
        elif p0 <= ev < p1:
            best = max(best, t0 + (ev - p0) / (p1 - p0) * (t1 - t0))
        elif p1 <= ev < p0:  # a falling PV curve (a re-plan); still the latest crossing
            best = max(best, t0 + (p0 - ev) / (p0 - p1) * (t1 - t0))
    return max(0.0, best)


def _ratio(a: float, b: float) -> float | None:
    return a / b if b > 0 else None


def _point(series: list[StatusRow]) -> dict:
    """Figures at the last row of `series` (sorted), using only that row and the ones before."""
    latest = series[-1]
    planned_days = max(1, (latest.planned_finish - latest.planned_start).days)
    es = earned_schedule(pv_curve(series), latest.ev, latest.bac, planned_days)
    at = (latest.date - latest.planned_start).days
    spi_t = es / at if at > 0 else None
    cpi = _ratio(latest.ev, latest.ac)
    if cpi:
        eac = latest.bac / cpi
    else:  # nothing earned yet: at least what is spent, at least the budget
        eac = max(latest.bac, latest.ac)
    if spi_t:
        forecast = latest.planned_start + timedelta(days=round(min(planned_days / spi_t, 365 * 50)))
    elif at > 0:  # nothing earned after the start: no finish can be forecast from the trend
        forecast = max(latest.planned_finish, latest.date) + timedelta(days=at)
    else:
        forecast = latest.planned_finish
    return {
        "date": latest.date,
        "cpi": cpi,
        "spi": _ratio(latest.ev, latest.pv),
        "spi_t": spi_t,
        "es_days": es,
        "at_days": at,
        "eac": eac,
        "forecast_finish": forecast,
        "planned_days": planned_days,
        "cost_overrun": eac / latest.bac - 1 if latest.bac > 0 else 0.0,
        "schedule_overrun": (forecast - latest.planned_start).days / planned_days - 1,
        "percent_complete": min(1.0, latest.ev / latest.bac) if latest.bac > 0 else 0.0,
        "ev": latest.ev,
        "ac": latest.ac,
    }


def compute(series: list[StatusRow]) -> Figures:
    """Earned-value figures at the latest status point of one project's rows (sorted by date);
    `history` holds the same figures at every earlier status point."""
    history = [_point(series[: i + 1]) for i in range(len(series))]
    latest, last = series[-1], history[-1]
    return Figures(
        project=latest.project,
        date=latest.date,
        bac=latest.bac,
        cpi=last["cpi"],
        spi=last["spi"],
        spi_t=last["spi_t"],
        es_days=last["es_days"],
        at_days=last["at_days"],
        eac=last["eac"],
        forecast_finish=last["forecast_finish"],
        planned_start=latest.planned_start,
        planned_finish=latest.planned_finish,
        percent_complete=last["percent_complete"],
        history=history,
    )
