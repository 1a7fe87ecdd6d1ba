"""Work that can end on a deadline in the middle of a week.

The schedule is made in whole weeks, so a task ends on a Friday. With a deadline on a Wednesday,
a nine-hour job started on Monday would end Friday and the plan would call it late, although one
person can do it by Wednesday. So: when every late task ends in the deadline's own week and
starts no later than the deadline, those tasks end on the deadline day instead, provided each
person's hours per working day stay within their free time (a fifth of the week's capacity).
The day rate is the solver's own measure (its weekly demand is five days at the task's rate), so
the plan stays within every weekly capacity too.
"""

from __future__ import annotations

from datetime import date, timedelta

from fornuft.projects.planner.work_calendar import monday_of
from fornuft.projects.team import Person
from fornuft.projects.templates import canonical_skill

_EPSILON = 1e-6


def end_on_deadline(
    out_tasks: list[dict], assignments: list[dict], people: list[Person], deadline: date, pinned: set[str]
) -> tuple[list[dict], list[dict]] | None:
    """(tasks, assignments) with the late tasks ending on the deadline day, or None when that
    cannot be done. The late tasks may change hands among the people who hold their skill (a job
    split across four people goes back to four people when it must be done by Wednesday); the
    biggest is placed first, with whoever has most day hours left."""
    iso = deadline.isoformat()
    late = {t["id"] for t in out_tasks if t["end"] > iso}
    if not late or deadline.weekday() >= 5:
        return None
    if any(t["id"] in late and (monday_of(date.fromisoformat(t["end"])) != monday_of(deadline) or t["start"] > iso)
           for t in out_tasks):
        return None
    moved = [dict(t, end=iso) if t["id"] in late else t for t in out_tasks]
    tasks = {t["id"]: t for t in moved}
    load: dict[tuple[str, date], float] = {}
    kept = [a for a in assignments if a["task"] not in late or a["task"] in pinned]
    for a in kept:
        if not _add(load, a["person"], tasks[a["task"]], a["hours"], people, check=False):
            return None
    given = []
    for a in sorted((a for a in assignments if a["task"] in late and a["task"] not in pinned),
                    key=lambda a: -a["hours"]):
        task = tasks[a["task"]]
        wanted = canonical_skill(task["skill"])
        qualified = [p for p in people if any(canonical_skill(s) == wanted for s in p.skills)]
        qualified.sort(key=lambda p: -_day_hours_left(load, p, task))
        if not any(_add(load, p.name, task, a["hours"], people, check=True) for p in qualified[:1]):
            return None
        given.append(dict(a, person=qualified[0].name))
    if any(rate > _day_capacity(people, name, day) + _EPSILON for (name, day), rate in load.items()):
        return None
    order = {t["id"]: i for i, t in enumerate(moved)}
    return moved, sorted(kept + given, key=lambda a: order[a["task"]])


def _days(task: dict) -> list[date]:
    first, last = date.fromisoformat(task["start"]), date.fromisoformat(task["end"])
    return [first + timedelta(days=k) for k in range((last - first).days + 1)
            if (first + timedelta(days=k)).weekday() < 5]


def _day_capacity(people: list[Person], name: str, day: date) -> float:
    person = next(p for p in people if p.name == name)
    return person.capacity(monday_of(day)) / 5


def _day_hours_left(load: dict, person: Person, task: dict) -> float:
    return min((person.capacity(monday_of(d)) / 5 - load.get((person.name, d), 0.0) for d in _days(task)), default=0.0)


def _add(load: dict, name: str, task: dict, hours: float, people: list[Person], *, check: bool) -> bool:
    """Adds the task's hours, spread evenly over its working days, to the person's day load;
    with `check`, only when every day stays within the person's day capacity."""
    days = _days(task)
    if not days:
        return False
    rate = hours / len(days)
    if check and any(load.get((name, d), 0.0) + rate > _day_capacity(people, name, d) + _EPSILON for d in days):
        return False
    for d in days:
        load[name, d] = load.get((name, d), 0.0) + rate
    return True
