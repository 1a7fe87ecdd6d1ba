"""Time series from a table: `series,date,value` rows (series optional) grouped per series,
their step (daily, weekly, monthly, quarterly, yearly or a fixed number of days) inferred
from the dates, and future dates that continue that step. Plain Python, no Django."""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from fornuft.insights.tabular import TableProblem, date_format, open_table, parse_date, parse_number

DEFAULT_SERIES = "total"


@dataclass
class Observation:
    row: int
    day: date
    value: float | None
    currency: str | None = None


@dataclass
class RawSeries:
    name: str
    observations: list[Observation] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    """The distance between two periods: `days` days, or `months` months (month ends kept)."""

    days: int = 0
    months: int = 0
    month_end: bool = False

    @property
    def label(self) -> str:
        if self.months == 1:
            return "monthly"
        if self.months == 3:
            return "quarterly"
        if self.months == 12:
            return "yearly"
        if self.months:
            return f"every {self.months} months"
        if self.days == 1:
            return "daily"
        if self.days == 7:
            return "weekly"
        return f"every {self.days} days"

    @property
    def season_length(self) -> int:
        """The usual season: 7 for days, 52 for weeks, 12 for months, 4 for quarters, else 1."""
        if self.months:
            return {1: 12, 3: 4, 6: 2}.get(self.months, 1)
        return {1: 7, 7: 52}.get(self.days, 1)

    def add(self, day: date, periods: int = 1) -> date:
        if self.days:
            return day + timedelta(days=self.days * periods)
        month_index = day.year * 12 + (day.month - 1) + self.months * periods
        year, month = divmod(month_index, 12)
        month += 1
        last = calendar.monthrange(year, month)[1]
        return date(year, month, last if self.month_end else min(day.day, last))

    def index(self, origin: date, day: date) -> float:
        """Periods from `origin` to `day` (fractional when `day` is between periods)."""
        if self.days:
            return (day - origin).days / self.days
        months = (day.year - origin.year) * 12 + (day.month - origin.month)
        if self.month_end:
            return months / self.months
        return (months + (day.day - origin.day) / 30.4) / self.months


def infer_step(days: list[date]) -> Step | None:
    """The step of sorted, distinct dates: the most common gap, read as months when the gaps
    are 28–31, 89–92 or 365–366 days. None with fewer than two dates."""
    if len(days) < 2:
        return None
    gaps = Counter((b - a).days for a, b in zip(days, days[1:], strict=False))
    gap = min(gaps.most_common(), key=lambda item: (-item[1], item[0]))[0]
    month_end = all(d.day == calendar.monthrange(d.year, d.month)[1] for d in days)
    same_day = len({d.day for d in days}) == 1
    if 28 <= gap <= 31 and (month_end or same_day or _mostly_months(days, 1)):
        return Step(months=1, month_end=month_end and not same_day)
    if 89 <= gap <= 92:
        return Step(months=3, month_end=month_end and not same_day)
    if 181 <= gap <= 184:
        return Step(months=6, month_end=month_end and not same_day)
    if 365 <= gap <= 366:
        return Step(months=12, month_end=month_end and not same_day)
    return Step(days=max(1, gap))


def _mostly_months(days: list[date], months: int) -> bool:
    return sum(
        1 for a, b in zip(days, days[1:], strict=False) if (b.year * 12 + b.month) - (a.year * 12 + a.month) == months
    ) >= 0.8 * (len(days) - 1)


def future_dates(last: date, step: Step, horizon: int) -> list[date]:
    return [step.add(last, k) for k in range(1, horizon + 1)]


def _columns(header: list[str], mapping: dict[str, str] | None) -> tuple[int | None, int, int, bool]:
    """(series, date, value) column indexes and whether the first row is a header."""
    mapping = {k: v.lower() for k, v in (mapping or {}).items()}
    names = {name: index for index, name in enumerate(header)}
    if mapping:
        missing = [mapping[key] for key in ("date", "value") if mapping.get(key) not in names]
        if missing:
            raise TableProblem(f"row 1: no column named {missing[0]!r} (columns: {', '.join(header)})")
        series = names.get(mapping["series"]) if mapping.get("series") else None
        return series, names[mapping["date"]], names[mapping["value"]], True
    if "date" in names and "value" in names:
        return names.get("series"), names["date"], names["value"], True
    # No header: two columns are date,value; three are series,date,value.
    if len(header) in (2, 3) and date_format(header[-2]):
        return (0 if len(header) == 3 else None), len(header) - 2, len(header) - 1, False
    raise TableProblem(
        f"row 1: expected the columns series,date,value (series optional); found {', '.join(header) or 'nothing'}"
    )


def read_series(path: str | Path, mapping: dict[str, str] | None = None) -> list[RawSeries]:
    """The series of a CSV/Excel file, in order of first appearance. Raises TableProblem with
    the row and column for text in the value column, a bad date, or mixed date formats."""
    table = open_table(path)
    series_col, date_col, value_col, has_header = _columns(table.header, mapping)
    date_name = table.header[date_col] if has_header else "date"
    value_name = table.header[value_col] if has_header else "value"
    found: dict[str, RawSeries] = {}
    first_format: tuple[str, int] | None = None

    def add(row: int, cells: list[str]) -> None:
        nonlocal first_format
        width = max(date_col, value_col, series_col or 0) + 1
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        text = cells[date_col]
        fmt = date_format(text)
        if fmt and first_format is None:
            first_format = (fmt, row)
        elif fmt and first_format and fmt != first_format[0]:
            raise TableProblem(
                f"row {row}, column {date_name!r}: {text!r} is written {fmt}, but row {first_format[1]} "
                f"uses {first_format[0]}; write every date the same way (YYYY-MM-DD is safest)",
                code="mixed_date_formats",
            )
        day = parse_date(text, row=row, column=date_name)
        value, currency = parse_number(cells[value_col], row=row, column=value_name)
        name = (cells[series_col] if series_col is not None else "") or DEFAULT_SERIES
        found.setdefault(name, RawSeries(name)).observations.append(Observation(row, day, value, currency))

    if not has_header:
        add(1, table.header)
    for row, cells in table.rows:
        add(row, cells)
    if not found:
        raise TableProblem("the file has a header but no data rows")
    return list(found.values())
