"""The schedule itself: each task gets a person and a number of weeks, within everyone's weekly
capacity, after its dependencies. A greedy list schedule always gives an answer and is the hint
for CP-SAT, which shortens the plan, keeps it before the deadline where it can, prefers cheaper
hours and one person per deliverable."""

from __future__ import annotations

import math
from dataclasses import dataclass

from fornuft.projects.planner.tasks import UNITS, Task, _qualified
from fornuft.projects.planner.work_calendar import Calendar
from fornuft.projects.team import Person


def _durations(task: Task, candidates: list[Person]) -> list[int]:
    """Week counts the task may take: compressed (90 % of the best weekly hours) and relaxed (50 %)."""
    best = max((p.hours_per_week for p in candidates), default=37.5) or 37.5
    fast = max(1, math.ceil(task.hours / (0.9 * best)))
    relaxed = max(1, math.ceil(task.hours / (0.5 * best)))
    middle = max(1, math.ceil(task.hours / (0.7 * best)))
    return sorted({fast, middle, relaxed})


def _duration(task: Task, candidates: list[Person]) -> int:
    return _durations(task, candidates)[0]


def _demand_units(task: Task, duration: int, first_week_days: int) -> int:
    """The most hours in any one week of the task (tenths, rounded up): conservative for every start."""
    total_days = first_week_days + 5 * (duration - 1)
    return math.ceil(task.hours * UNITS * 5 / total_days - 1e-9)


@dataclass
class _Setup:
    tasks: list[Task]
    people: list[Person]
    calendar: Calendar
    horizon: int
    modes: dict[str, list[tuple[int, int]]]  # task -> [(weeks, most units in one week)]
    candidates: dict[str, list[int]]
    capacity: list[list[int]]  # person -> week -> units

    def fits(self, p: int, need: int) -> bool:
        return max(self.capacity[p], default=0) >= need


def _greedy(setup: _Setup, pins: dict[str, int]):
    """List scheduling: each task in dependency order to the candidate and duration that finish
    it first (then the lighter load, then the cheaper). Always returns a schedule; a task nobody
    can take is left unassigned."""
    free = [row[:] for row in setup.capacity]
    start: dict[str, int] = {}
    weeks: dict[str, int] = {}
    person_of: dict[str, int | None] = {}
    for task in setup.tasks:
        ready = max((start[d] + weeks[d] for d in task.depends_on), default=0)
        options = [pins[task.id]] if task.id in pins else setup.candidates[task.id]
        best = None
        for p in options:
            cost = setup.people[p].cost_per_hour or 0
            for d, need in setup.modes[task.id]:
                w = ready
                while w + d <= setup.horizon and any(free[p][x] < need for x in range(w, w + d)):
                    w += 1
                if w + d > setup.horizon:
                    continue
                key = (w + d, -d, cost)
                if best is None or key < best[0]:
                    best = (key, p, w, d, need)
        if best is None:
            start[task.id], weeks[task.id], person_of[task.id] = ready, setup.modes[task.id][0][0], None
        else:
            _, p, w, d, need = best
            for x in range(w, w + d):
                free[p][x] -= need
            start[task.id], weeks[task.id], person_of[task.id] = w, d, p
    return start, weeks, person_of


def _solve(setup: _Setup, pins: dict[str, int], deadline_week: int | None, hint, time_limit: float):
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    H = setup.horizon
    hint_start, hint_weeks, hint_person = hint
    start, end, chosen = {}, {}, {}
    per_person: dict[int, tuple[list, list]] = {p: ([], []) for p in range(len(setup.people))}
    lateness = []
    for task in setup.tasks:
        modes = setup.modes[task.id]
        s = model.new_int_var(0, H, f"s_{task.id}")
        e = model.new_int_var(0, H, f"e_{task.id}")
        start[task.id], end[task.id] = s, e
        model.add_hint(s, min(hint_start[task.id], H))
        options = [pins[task.id]] if task.id in pins else setup.candidates[task.id]
        literals = []
        for m, (d, need) in enumerate(modes):
            for p in options:
                if not setup.fits(p, need):
                    continue
                a = model.new_bool_var(f"a_{task.id}_{p}_{m}")
                chosen[task.id, p, m] = a
                literals.append(a)
                model.add_hint(a, hint_person.get(task.id) == p and hint_weeks[task.id] == d)
                model.add(e == s + d).only_enforce_if(a)
                interval = model.new_optional_fixed_size_interval_var(s, d, a, f"i_{task.id}_{p}_{m}")
                per_person[p][0].append(interval)
                per_person[p][1].append(need)
        if literals:
            model.add_exactly_one(literals)
        else:
            model.add(e == s + modes[0][0])
        if deadline_week is not None:
            late = model.new_int_var(0, H, f"late_{task.id}")
            model.add(late >= e - (deadline_week + 1))
            lateness.append(late)
    for task in setup.tasks:
        for dep in task.depends_on:
            model.add(start[task.id] >= end[dep])
    for p, (intervals, demands) in per_person.items():
        if not intervals:
            continue
        top = max(setup.capacity[p])
        for w, cap in enumerate(setup.capacity[p]):
            if cap < top:
                intervals.append(model.new_fixed_size_interval_var(w, 1, f"b_{p}_{w}"))
                demands.append(top - cap)
        model.add_cumulative(intervals, demands, top)
    makespan = model.new_int_var(0, H, "makespan")
    model.add_max_equality(makespan, list(end.values()))
    objective = [makespan * 1000, sum(end.values())]
    if lateness:
        max_late = model.new_int_var(0, H, "max_late")
        model.add_max_equality(max_late, lateness)
        objective.append(max_late * 1_000_000)
    hours_of = {t.id: t.hours for t in setup.tasks}
    for (task_id, p, _m), a in chosen.items():
        cost = setup.people[p].cost_per_hour or 0
        if cost:  # in hundreds: a week saved (1000) outweighs NOK 100 000 of cost difference
            objective.append(a * int(round(hours_of[task_id] * cost / 100)))
    # Continuity: one person per deliverable where it can be had.
    groups: dict[str, set[str]] = {}
    for task in setup.tasks:
        groups.setdefault(task.deliverable or task.id, set()).add(task.id)
    for g, members in groups.items():
        if len(members) < 2:
            continue
        users: dict[int, object] = {}
        for (t, p, _m), a in chosen.items():
            if t in members:
                if p not in users:
                    users[p] = model.new_bool_var(f"u_{g}_{p}")
                    objective.append(users[p] * 200)
                model.add_implication(a, users[p])
    model.minimize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit)
    solver.parameters.num_workers = 2
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    starts = {t.id: int(solver.value(start[t.id])) for t in setup.tasks}
    weeks = {t.id: int(solver.value(end[t.id])) - starts[t.id] for t in setup.tasks}
    person_of: dict[str, int | None] = {t.id: None for t in setup.tasks}
    for (task_id, p, _m), a in chosen.items():
        if solver.value(a):
            person_of[task_id] = p
    return starts, weeks, person_of


def _longest_chain(tasks: list[Task], people: list[Person]) -> int:
    finish: dict[str, int] = {}
    for task in tasks:
        d = _duration(task, _qualified(task, people))
        finish[task.id] = max((finish[x] for x in task.depends_on), default=0) + d
    return max(finish.values(), default=0)
