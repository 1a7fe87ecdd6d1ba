"""Staffing plans: who works how many hours on which skill each week, so that the unmet
demand (shortfall) is the least possible and, among plans with that shortfall, the cost is
the least. Solved exactly with OR-Tools CP-SAT in hundredths of an hour. Plain Python.

Conventions (the `fornuft staffing plan` contract):
- `week` is the Monday of the ISO week; any date in the week, or `2026-W03`, is accepted.
- A person's capacity in a week is min(hours_per_week − hours booked that week,
  max_hours_per_week), never below zero. A booking `{"from", "to", "hours_per_week"}` that
  overlaps a week takes its full weekly hours in that week (as in `fornuft project plan`).
- Demand does not carry over between weeks; a person only works on skills they hold
  (compared without case and surrounding spaces)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from fornuft.insights.tabular import TableProblem, monday, open_table, parse_date, parse_number

SCALE = 100  # hundredths of an hour
MAX_PEOPLE = 2_000
MAX_DEMAND_ROWS = 100_000
SOLVER_SECONDS = 30.0


@dataclass
class Booking:
    start: date
    end: date
    hours_per_week: float


@dataclass
class Person:
    name: str
    skills: list[str]
    hours_per_week: float
    max_hours_per_week: float | None = None
    cost_per_hour: float = 0.0
    booked: list[Booking] = field(default_factory=list)

    def booked_hours(self, week: date) -> float:
        """Hours booked in the ISO week starting `week`: every booking that overlaps the week
        takes its full weekly hours (the rule of the projects capability's team file)."""
        sunday = week + timedelta(days=6)
        return sum(b.hours_per_week for b in self.booked if b.start <= sunday and b.end >= week)

    def capacity(self, week: date) -> float:
        free = self.hours_per_week - self.booked_hours(week)
        if self.max_hours_per_week is not None:
            free = min(free, self.max_hours_per_week)
        return max(0.0, free)


def _key(skill: str) -> str:
    return " ".join(skill.strip().lower().split())


def _number(value, where: str, *, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TableProblem(f"{where}: {value!r} is not a number")
    if value != value or value < minimum or value > 1e7:
        raise TableProblem(f"{where}: {value!r} is out of range")
    return float(value)


def _date(value, where: str) -> date:
    if not isinstance(value, str):
        raise TableProblem(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise TableProblem(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def parse_team(data) -> list[Person]:
    """The people of a team file (`{"people": [...]}`); TableProblem names the person and field."""
    if isinstance(data, list):
        data = {"people": data}
    if not isinstance(data, dict) or not isinstance(data.get("people"), list):
        raise TableProblem('the team file must be {"people": [{"name", "skills", "hours_per_week", ...}]}')
    people = data["people"]
    if len(people) > MAX_PEOPLE:
        raise TableProblem(f"the team has more than {MAX_PEOPLE} people")
    out = []
    for index, raw in enumerate(people, start=1):
        where = f"people[{index}]"
        if not isinstance(raw, dict):
            raise TableProblem(f"{where}: expected an object")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise TableProblem(f"{where}: 'name' is missing")
        where = f"people[{index}] ({name})"
        skills = raw.get("skills", [])
        if isinstance(skills, str):
            skills = [skills]
        if not isinstance(skills, list) or not all(isinstance(s, str) for s in skills):
            raise TableProblem(f"{where}: 'skills' must be a list of strings")
        hours = _number(raw.get("hours_per_week", 0), f"{where}, hours_per_week")
        maximum = raw.get("max_hours_per_week")
        maximum = None if maximum is None else _number(maximum, f"{where}, max_hours_per_week")
        cost = _number(raw.get("cost_per_hour", 0) or 0, f"{where}, cost_per_hour")
        bookings = []
        for b_index, booking in enumerate(raw.get("booked") or [], start=1):
            b_where = f"{where}, booked[{b_index}]"
            if not isinstance(booking, dict):
                raise TableProblem(f"{b_where}: expected an object")
            start = _date(booking.get("from"), f"{b_where}, from")
            end = _date(booking.get("to"), f"{b_where}, to")
            if end < start:
                raise TableProblem(f"{b_where}: 'to' is before 'from'")
            bookings.append(
                Booking(start, end, _number(booking.get("hours_per_week", 0), f"{b_where}, hours_per_week"))
            )
        out.append(Person(name.strip(), [s.strip() for s in skills if s.strip()], hours, maximum, cost, bookings))
    names = [p.name for p in out]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise TableProblem(f"the team names {twice[0]!r} twice")
    return out


def read_team(path: str | Path) -> list[Person]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TableProblem(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TableProblem(f"{path}: cannot be read ({exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TableProblem(f"{path.name}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})") from None
    return parse_team(data)


def parse_week(text: str, *, row: int, column: str = "week") -> date:
    return monday(parse_date(text, row=row, column=column))


def read_demand(path: str | Path) -> dict[tuple[date, str], float]:
    """(week Monday, skill) -> hours; rows of the same week and skill are added up."""
    table = open_table(path)
    header = table.header
    missing = [c for c in ("week", "skill", "hours") if c not in header]
    if missing:
        raise TableProblem(f"row 1: no column {missing[0]!r}; expected week,skill,hours")
    w, s, h = header.index("week"), header.index("skill"), header.index("hours")
    demand: dict[tuple[date, str], float] = {}
    count = 0
    for row, cells in table.rows:
        count += 1
        if count > MAX_DEMAND_ROWS:
            raise TableProblem(f"row {row}: more than {MAX_DEMAND_ROWS:,} demand rows (the limit)", code="too_large")
        cells = cells + [""] * (max(w, s, h) + 1 - len(cells))
        week = parse_week(cells[w], row=row)
        skill = cells[s].strip()
        if not skill:
            raise TableProblem(f"row {row}, column 'skill': the skill is empty")
        hours, _ = parse_number(cells[h], row=row, column="hours")
        if hours is None:
            hours = 0.0
        if hours < 0:
            raise TableProblem(f"row {row}, column 'hours': {cells[h]!r} is negative")
        key = (week, skill)
        demand[key] = demand.get(key, 0.0) + hours
    return demand


def plan(demand: dict[tuple[date, str], float], people: list[Person], *, seconds: float = SOLVER_SECONDS) -> dict:
    """The staffing plan in the contract's shape (plus `status`, `load` per person per week)."""
    from ortools.sat.python import cp_model

    weeks = sorted({week for week, _ in demand})
    rows = sorted(demand, key=lambda key: (key[0], key[1]))
    skills_of = [{_key(s) for s in person.skills} for person in people]
    capacity = {
        (p, week): int(round(person.capacity(week) * SCALE)) for p, person in enumerate(people) for week in weeks
    }
    cost = [int(round(person.cost_per_hour * 100)) for person in people]  # øre per hour

    model = cp_model.CpModel()
    x: dict[tuple[int, int], object] = {}
    short = {}
    for r, (week, skill) in enumerate(rows):
        need = int(round(demand[(week, skill)] * SCALE))
        terms = []
        for p in range(len(people)):
            if _key(skill) in skills_of[p] and capacity[(p, week)] > 0 and need > 0:
                x[(r, p)] = model.NewIntVar(0, min(need, capacity[(p, week)]), f"x{r}_{p}")
                terms.append(x[(r, p)])
        short[r] = model.NewIntVar(0, need, f"s{r}")
        model.Add(sum(terms) + short[r] == need)
    for p in range(len(people)):
        for week in weeks:
            terms = [x[(r, p)] for r, (w, _) in enumerate(rows) if w == week and (r, p) in x]
            if terms:
                model.Add(sum(terms) <= capacity[(p, week)])

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 2
    total_short = sum(short.values())
    model.Minimize(total_short)
    status = solver.Solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise RuntimeError("The solver found no plan in time.")
    optimal = status == cp_model.OPTIMAL
    best_short = int(round(solver.ObjectiveValue()))
    if any(cost):
        model.Add(total_short == best_short)
        model.Minimize(sum(cost[p] * var for (_r, p), var in x.items()))
        for var in x.values():
            model.AddHint(var, solver.Value(var))
        status = solver.Solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            raise RuntimeError("The solver found no plan in time.")
        optimal = optimal and status == cp_model.OPTIMAL

    out_weeks = []
    total_cost = 0.0
    load: dict[str, dict[str, float]] = {person.name: {} for person in people}
    for r, (week, skill) in enumerate(rows):
        assigned = []
        for p, person in enumerate(people):
            if (r, p) in x:
                value = solver.Value(x[(r, p)])
                if value > 0:
                    hours = value / SCALE
                    assigned.append({"person": person.name, "hours": round(hours, 2)})
                    total_cost += hours * person.cost_per_hour
                    load[person.name][week.isoformat()] = round(load[person.name].get(week.isoformat(), 0.0) + hours, 2)
        assigned.sort(key=lambda a: (-a["hours"], a["person"]))
        out_weeks.append(
            {
                "week": week.isoformat(),
                "skill": skill,
                "demand_hours": round(demand[(week, skill)], 2),
                "assigned": assigned,
                "shortfall_hours": round(solver.Value(short[r]) / SCALE, 2),
            }
        )
    return {
        "weeks": out_weeks,
        "total_shortfall_hours": round(sum(w["shortfall_hours"] for w in out_weeks), 2),
        "total_cost": round(total_cost, 2),
        "status": "optimal" if optimal else "feasible",
        "capacity": {
            person.name: {week.isoformat(): round(capacity[(p, week)] / SCALE, 2) for week in weeks}
            for p, person in enumerate(people)
        },
        "load": load,
    }


def contract(result: dict) -> dict:
    """Only the keys of the `fornuft staffing plan --json` contract."""
    return {key: result[key] for key in ("weeks", "total_shortfall_hours", "total_cost")}


def shortfall_suggestions(result: dict) -> list[dict]:
    """Per skill: total shortfall and the weeks it falls in (hire or subcontract)."""
    per_skill: dict[str, dict] = {}
    for row in result["weeks"]:
        if row["shortfall_hours"] > 0:
            entry = per_skill.setdefault(row["skill"], {"skill": row["skill"], "hours": 0.0, "weeks": []})
            entry["hours"] = round(entry["hours"] + row["shortfall_hours"], 2)
            entry["weeks"].append(row["week"])
    return sorted(per_skill.values(), key=lambda e: -e["hours"])
