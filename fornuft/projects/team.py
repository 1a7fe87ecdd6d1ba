"""The team file and the history file a plan reads; plain data, no Django.

team.json: {"people": [{"name", "skills": [str], "hours_per_week", "booked": [{"from", "to",
"hours_per_week"}], "cost_per_hour"?}]}
history.csv: project,task,skill,estimated_hours,actual_hours
"""

from __future__ import annotations

import csv
import io
import json
import math
from dataclasses import dataclass, field
from datetime import date, timedelta

MAX_PEOPLE = 2000
MAX_HISTORY_ROWS = 100_000


class TeamError(ValueError):
    """The team or history file is malformed; str() names the problem."""


@dataclass(frozen=True)
class Booking:
    start: date
    end: date
    hours_per_week: float


@dataclass
class Person:
    name: str
    skills: list[str]
    hours_per_week: float
    booked: list[Booking] = field(default_factory=list)
    cost_per_hour: float | None = None

    def capacity(self, monday: date) -> float:
        """Hours free in the ISO week starting `monday`: every booking that overlaps the week
        takes its full weekly hours."""
        sunday = monday + timedelta(days=6)
        taken = sum(b.hours_per_week for b in self.booked if b.start <= sunday and b.end >= monday)
        return max(0.0, self.hours_per_week - taken)


@dataclass(frozen=True)
class HistoryRow:
    project: str
    task: str
    skill: str
    estimated_hours: float
    actual_hours: float


def _number(value, what: str, low: float = 0, high: float = 168) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TeamError(f"{what} must be a number")
    if not math.isfinite(value) or not low <= value <= high:
        raise TeamError(f"{what} must be between {low:g} and {high:g}")
    return float(value)


def _date(value, what: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise TeamError(f"{what} {value!r} is not a date (YYYY-MM-DD)") from None


def parse_team(text: str) -> list[Person]:
    """Reads team.json. Raises TeamError with the person and field at fault."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TeamError(f"the team file is not JSON: {exc.msg} (line {exc.lineno})") from None
    people_raw = data.get("people") if isinstance(data, dict) else None
    if not isinstance(people_raw, list):
        raise TeamError('the team file must be {"people": [...]}')
    if not people_raw:
        raise TeamError("the team has no people")
    if len(people_raw) > MAX_PEOPLE:
        raise TeamError(f"{len(people_raw)} people: at most {MAX_PEOPLE} are planned")
    people: list[Person] = []
    names: set[str] = set()
    for index, raw in enumerate(people_raw, start=1):
        if not isinstance(raw, dict):
            raise TeamError(f"person {index} must be an object")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise TeamError(f"person {index} has no name")
        name = name.strip()[:200]
        if name in names:
            raise TeamError(f"{name} is listed twice")
        names.add(name)
        skills = raw.get("skills", [])
        if not isinstance(skills, list) or not all(isinstance(s, str) for s in skills):
            raise TeamError(f"{name}: skills must be a list of strings")
        hours = _number(raw.get("hours_per_week"), f"{name}: hours_per_week")
        bookings = []
        for booking in raw.get("booked", []) or []:
            if not isinstance(booking, dict):
                raise TeamError(f"{name}: each booking must be an object")
            start = _date(booking.get("from"), f"{name}: booking from")
            end = _date(booking.get("to"), f"{name}: booking to")
            if end < start:
                raise TeamError(f"{name}: a booking ends before it starts")
            bookings.append(
                Booking(start, end, _number(booking.get("hours_per_week"), f"{name}: booking hours_per_week"))
            )
        cost = raw.get("cost_per_hour", raw.get("hourly_cost"))
        people.append(
            Person(
                name=name,
                skills=[s.strip()[:100] for s in skills if s.strip()][:100],
                hours_per_week=hours,
                booked=bookings,
                cost_per_hour=_number(cost, f"{name}: cost_per_hour", 0, 100_000) if cost is not None else None,
            )
        )
    return people


HISTORY_COLUMNS = ("project", "task", "skill", "estimated_hours", "actual_hours")


def parse_history(text: str) -> list[HistoryRow]:
    """Reads history.csv. Raises TeamError naming the bad line."""
    if not text.strip():
        raise TeamError("the history file is empty")
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = [h.strip().lower() for h in next(reader)]
        missing = [c for c in HISTORY_COLUMNS if c not in header]
        if missing:
            raise TeamError(
                f"history line 1: missing column(s) {', '.join(missing)}; expected {','.join(HISTORY_COLUMNS)}"
            )
        index = {c: header.index(c) for c in HISTORY_COLUMNS}
        rows: list[HistoryRow] = []
        for line, record in enumerate(reader, start=2):
            if not any(c.strip() for c in record):
                continue
            if len(record) < len(header):
                raise TeamError(f"history line {line}: {len(record)} fields, expected {len(header)}")
            if len(rows) >= MAX_HISTORY_ROWS:
                raise TeamError(f"history: more than {MAX_HISTORY_ROWS} rows")
            values = {}
            for column in ("estimated_hours", "actual_hours"):
                raw = record[index[column]].strip().replace(",", ".")
                try:
                    values[column] = float(raw) if raw else math.nan
                except ValueError:
                    raise TeamError(f"history line {line}: {column} {raw!r} is not a number") from None
                if values[column] < 0 or math.isinf(values[column]):
                    raise TeamError(f"history line {line}: {column} must be zero or more")
            if math.isnan(values["actual_hours"]):
                continue
            rows.append(
                HistoryRow(
                    record[index["project"]].strip()[:200],
                    record[index["task"]].strip()[:200],
                    record[index["skill"]].strip()[:100],
                    values["estimated_hours"],
                    values["actual_hours"],
                )
            )
    except csv.Error as exc:
        raise TeamError(f"history line {reader.line_num}: {exc}") from None
    return rows
