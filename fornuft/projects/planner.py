"""Work breakdown, estimates and team allocation; plain data in and out, no Django.

    tasks = build_tasks(deliverables, library=..., history=..., people=...)
    plan = allocate(tasks, people, start=date, deadline=date|None, pins={task_id: person})

Conventions (the `fornuft project plan` contract): time is planned in ISO weeks; a task runs
whole weeks from a Monday (or from `start` in the first week) to a Friday, and its hours are
spread evenly over its working days (Mon–Fri). A person's capacity in a week is
hours_per_week minus every booking that overlaps the week. A task starts on or after the end
of each dependency and on or after `start`; its assignments add up to its hours.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from fornuft.projects.explain import Line, gettext_noop, texts
from fornuft.projects.related_skills import related_people
from fornuft.projects.team import HistoryRow, Person
from fornuft.projects.template_skills import is_required, main_skill, stand_in
from fornuft.projects.templates import (
    canonical_skill,
    find_cycle,
    match_template,
    normalize,
    seed_library,
    skills_in_text,
)

MAX_TASKS = 2000
UNITS = 10  # hours are planned in tenths
DEFAULT_HOURS = 16.0


class PlanError(ValueError):
    """The plan cannot be made from this input (too large, circular); str() is for a person."""


@dataclass
class Task:
    id: str
    name: str
    skill: str
    hours: float
    depends_on: list[str] = field(default_factory=list)
    deliverable: str = ""
    estimate_low: float | None = None
    estimate_high: float | None = None
    estimate_source: str = "template"
    # The template's skill nobody in the team lists, when the task went to a stand-in skill
    # (template_skills); empty when the task keeps the skill it was given.
    template_skill: str = ""


# --- estimates ---------------------------------------------------------------------------


def _tokens(text: str) -> set[str]:
    return {t for t in normalize(text).split() if len(t) > 2}


def estimate_hours(name: str, skill: str, default: float, history: list[HistoryRow]) -> tuple[float, float, float, str]:
    """(hours, low, high, source) from the actual hours of similar past tasks."""
    canonical = canonical_skill(skill)
    same_skill = [r for r in history if canonical_skill(r.skill) == canonical]
    words = _tokens(name)
    similar = []
    for row in same_skill:
        other = _tokens(row.task)
        if words and other and len(words & other) / len(words | other) >= 0.3:
            similar.append(row)
    if len(similar) >= 2:
        actual = sorted(r.actual_hours for r in similar)
        low, high = _quantile(actual, 0.1), _quantile(actual, 0.9)
        return (
            round(statistics.median(actual), 1),
            round(low, 1),
            round(high, 1),
            f"history: {len(similar)} similar tasks",
        )
    ratios = [r.actual_hours / r.estimated_hours for r in same_skill if r.estimated_hours and r.estimated_hours > 0]
    if len(ratios) >= 2:
        ratio = statistics.median(ratios)
        hours = round(default * ratio, 1)
        return (
            hours,
            round(default * _quantile(sorted(ratios), 0.1), 1),
            round(default * _quantile(sorted(ratios), 0.9), 1),
            f"template × {ratio:.2f} (actual/estimated for {canonical} in {len(ratios)} past tasks)",
        )
    return default, round(default * 0.7, 1), round(default * 1.4, 1), "template (no history)"


def _quantile(sorted_values: list[float], q: float) -> float:
    if len(sorted_values) == 1:
        return sorted_values[0]
    position = q * (len(sorted_values) - 1)
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


# --- work breakdown ----------------------------------------------------------------------


def team_skill_names(people: list[Person], library: dict | None = None) -> dict[str, str]:
    """canonical skill -> the team's own spelling of it."""
    names: dict[str, str] = {}
    for person in people:
        for skill in person.skills:
            names.setdefault(canonical_skill(skill, library), skill)
    return names


def build_tasks(
    deliverables: list[str],
    *,
    skills: list[str] | None = None,
    skills_listed: bool = False,
    library: dict | None = None,
    history: list[HistoryRow] | None = None,
    people: list[Person] | None = None,
    glossary=None,
) -> list[Task]:
    """Tasks for the deliverables: a matching template's tasks, or one task per deliverable.
    Skills are written as the team writes them, so a plan can be checked against the team.
    `skills` are the assignment's skills; `skills_listed` says the client listed them as
    required (a skills section), which makes every one of them a hard requirement. A skill
    that is only our vocabulary and that nobody holds goes to a stand-in (template_skills)."""
    library = library or seed_library()
    history = history or []
    spelled = team_skill_names(people or [], library)
    required = [canonical_skill(s, library) for s in (skills or [])]
    listed = set(required) if skills_listed else set()

    def staffed(skill: str, main: str) -> tuple[str, str]:
        """(the skill the task is planned with, the template skill it stands in for or "")."""
        if people is None or skill in spelled or is_required(skill, main, listed, library):
            return skill, ""
        main_held = main if main in spelled else None
        if main_held is None and main and not is_required(main, main, listed, library):
            main_held = stand_in(main, "", spelled, library)
        other = main_held if main_held and main_held != skill else stand_in(skill, "", spelled, library)
        return (other, skill) if other else (skill, "")

    tasks: list[Task] = []
    if len(deliverables) > MAX_TASKS:
        raise PlanError(
            f"{len(deliverables)} deliverables: at most {MAX_TASKS} tasks are planned at once; split the project"
        )
    for deliverable in deliverables:
        # The company's jargon is read through its glossary: "FK" finds the moisture-survey template.
        read_as = glossary.expand(deliverable) if glossary else deliverable
        template = match_template(read_as, library)
        if template is None:
            found = skills_in_text(read_as, library)
            skill = found[0] if found else (required[0] if required else "prosjektledelse")
            hours, low, high, source = estimate_hours(deliverable, skill, DEFAULT_HOURS, history)
            skill, vocabulary = staffed(skill, skill)
            tasks.append(
                Task(
                    f"T{len(tasks) + 1}",
                    deliverable[:200],
                    spelled.get(skill, skill),
                    hours,
                    [],
                    deliverable,
                    low,
                    high,
                    source,
                    vocabulary,
                )
            )
            continue
        local: dict[str, str] = {}
        main = main_skill(template, library)
        for item in template["tasks"]:
            task_id = f"T{len(tasks) + 1}"
            local[item["id"]] = task_id
            skill = canonical_skill(item["skill"], library)
            name = item["name"]
            if normalize(deliverable) not in normalize(name):
                name = f"{name} – {deliverable}"
            hours, low, high, source = estimate_hours(item["name"], skill, float(item["hours"]), history)
            skill, vocabulary = staffed(skill, main)
            tasks.append(
                Task(
                    task_id,
                    name[:200],
                    spelled.get(skill, skill),
                    hours,
                    [local[d] for d in item.get("depends_on", [])],
                    deliverable,
                    low,
                    high,
                    source,
                    vocabulary,
                )
            )
        if len(tasks) > MAX_TASKS:
            raise PlanError(f"more than {MAX_TASKS} tasks: split the project")
    return tasks


# --- calendar ----------------------------------------------------------------------------


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def working_days(first: date, last: date) -> int:
    if last < first:
        return 0
    days = (last - first).days + 1
    full, rest = divmod(days, 7)
    count = full * 5
    for offset in range(rest):
        if (first + timedelta(days=full * 7 + offset)).weekday() < 5:
            count += 1
    return count


def first_working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@dataclass
class Calendar:
    start: date  # the first working day on or after --start

    @property
    def week0(self) -> date:
        return monday_of(self.start)

    def monday(self, week: int) -> date:
        return self.week0 + timedelta(weeks=week)

    def task_start(self, week: int) -> date:
        return self.start if week == 0 else self.monday(week)

    def task_end(self, week: int, duration: int) -> date:
        return self.monday(week + duration - 1) + timedelta(days=4)

    def week_of(self, day: date) -> int:
        return (monday_of(day) - self.week0).days // 7

    def deadline_week(self, deadline: date) -> int:
        """The last week whose Friday is on or before the deadline."""
        week = self.week_of(deadline)
        return week if deadline.weekday() >= 4 else week - 1

    def weekly_hours(self, hours: float, week: int, duration: int) -> dict[int, float]:
        """Hours per week index of a task spread evenly over its working days."""
        first, last = self.task_start(week), self.task_end(week, duration)
        total = working_days(first, last)
        out = {}
        for w in range(week, week + duration):
            a = max(first, self.monday(w))
            b = min(last, self.monday(w) + timedelta(days=4))
            out[w] = hours * working_days(a, b) / total
        return out


# --- allocation --------------------------------------------------------------------------


def _qualified(task: Task, people: list[Person]) -> list[Person]:
    wanted = canonical_skill(task.skill)
    return [p for p in people if any(canonical_skill(s) == wanted for s in p.skills)]


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


def order_tasks(tasks: list[Task]) -> list[Task]:
    """Tasks in dependency order; PlanError on a cycle or an unknown dependency."""
    ids = {t.id for t in tasks}
    if len(ids) != len(tasks):
        raise PlanError("two tasks have the same id")
    for task in tasks:
        for dep in task.depends_on:
            if dep not in ids:
                raise PlanError(f"task {task.id} depends on {dep}, which is not a task")
    cycle = find_cycle({t.id: list(t.depends_on) for t in tasks})
    if cycle:
        raise PlanError(f"circular dependency: {' -> '.join(cycle)}")
    done: set[str] = set()
    order: list[Task] = []
    pending = list(tasks)
    while pending:
        rest = []
        for task in pending:
            if all(d in done for d in task.depends_on):
                order.append(task)
                done.add(task.id)
            else:
                rest.append(task)
        pending = rest
    return order


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


def allocate(
    tasks: list[Task],
    people: list[Person],
    *,
    start: date,
    deadline: date | None = None,
    pins: dict[str, str] | None = None,
    time_limit: float = 5.0,
) -> dict:
    """The plan: task dates, assignments, feasibility, finish date and explanations."""
    if len(tasks) > MAX_TASKS:
        raise PlanError(f"{len(tasks)} tasks: at most {MAX_TASKS} are planned at once; split the project")
    tasks = order_tasks(tasks)
    calendar = Calendar(first_working_day(start))
    names = {p.name: i for i, p in enumerate(people)}
    pin_index: dict[str, int] = {}
    notes: list[Line] = []
    task_ids = {t.id for t in tasks}
    for task_id, name in (pins or {}).items():
        if name not in names:
            raise PlanError(f"pinned person {name!r} is not in the team")
        if task_id not in task_ids:
            raise PlanError(f"pinned task {task_id!r} is not in the plan")
        pin_index[task_id] = names[name]
    first_week_days = working_days(calendar.start, calendar.week0 + timedelta(days=4))
    tasks, split_notes = split_large_tasks(tasks, people, calendar, deadline, set(pin_index))
    notes += split_notes
    total_hours = sum(t.hours for t in tasks)
    weekly = sum(p.hours_per_week for p in people) or 1
    deadline_week = calendar.deadline_week(deadline) if deadline else None
    horizon = max(_longest_chain(tasks, people) + int(total_hours / weekly * 2) + 12, (deadline_week or 0) + 12)
    horizon = min(horizon, 260)
    capacity = [[int(p.capacity(calendar.monday(w)) * UNITS) for w in range(horizon)] for p in people]
    modes: dict[str, list[tuple[int, int]]] = {}
    candidates: dict[str, list[int]] = {}
    for task in tasks:
        qualified = [names[p.name] for p in _qualified(task, people)]
        if task.id in pin_index and pin_index[task.id] not in qualified:
            qualified.append(pin_index[task.id])
            notes.append(Line(gettext_noop("%(task)s: %(person)s is pinned without the skill %(skill)s."),
                              task=task.id, person=people[pin_index[task.id]].name, skill=task.skill))
        durations = _durations(task, [people[i] for i in qualified])
        modes[task.id] = [(d, _demand_units(task, d, first_week_days)) for d in durations]
        # The weekly demand is sized for a start in a short first week, so a small task may fit
        # nobody's week at its longest duration (15 h from a Thursday = 38 h a week): stretch it
        # a week at a time until someone qualified can take it.
        most = max((max(capacity[i], default=0) for i in qualified), default=0)
        while qualified and most and all(need > most for _, need in modes[task.id]) and modes[task.id][-1][0] < 52:
            longer = modes[task.id][-1][0] + 1
            modes[task.id].append((longer, _demand_units(task, longer, first_week_days)))
        candidates[task.id] = [i for i in qualified if any(max(capacity[i]) >= need for _, need in modes[task.id])]
    setup = _Setup(tasks, people, calendar, horizon, modes, candidates, capacity)
    for task_id, p in pin_index.items():
        if not any(setup.fits(p, need) for _, need in modes[task_id]):
            raise PlanError(f"{people[p].name} has too few free hours a week for task {task_id}")
    hint = _greedy(setup, pin_index)
    solved = _solve(setup, pin_index, deadline_week, hint, time_limit) if tasks else None
    if solved is None and tasks:
        notes.append(Line(gettext_noop(
            "The optimizer found no better plan in time; this is the first feasible schedule.")))
    starts, weeks, person_of = solved or hint
    return _result(setup, starts, weeks, person_of, pin_index, deadline, notes)


def _free_hours_until(person: Person, calendar: Calendar, deadline: date) -> float:
    """A person's free hours from the start to the deadline (whole weeks; the first counted in part)."""
    last = calendar.deadline_week(deadline)
    first_share = working_days(calendar.start, calendar.week0 + timedelta(days=4)) / 5
    return sum(person.capacity(calendar.monday(w)) * (first_share if w == 0 else 1) for w in range(last + 1))


def split_large_tasks(
    tasks: list[Task], people: list[Person], calendar: Calendar, deadline: date | None, pinned: set[str]
) -> tuple[list[Task], list[Line]]:
    """A task too big for any one qualified person before the deadline is split into parts for
    several of them ("T3.1", "T3.2"), hours shared by their free time; what depended on the task
    depends on every part. Without a deadline, or with one person able to do it, nothing changes."""
    if not deadline:
        return tasks, []
    out: list[Task] = []
    notes: list[Line] = []
    parts_of: dict[str, list[str]] = {}
    for task in tasks:
        qualified = _qualified(task, people)
        free = sorted(((_free_hours_until(p, calendar, deadline), p.name) for p in qualified), reverse=True)
        # 80 %: a person's free weeks are seldom all usable for one task (dependencies, other tasks).
        usable = [(0.8 * hours, name) for hours, name in free if hours > 0]
        if task.id in pinned or len(usable) < 2 or task.hours <= usable[0][0]:
            out.append(task)
            continue
        chosen, covered = [], 0.0
        for hours, name in usable:
            chosen.append((hours, name))
            covered += hours
            if covered >= task.hours:
                break
        total_free = sum(h for h, _ in chosen)
        shares = [round(task.hours * h / total_free * 2) / 2 for h, _ in chosen]
        shares[-1] = round(task.hours - sum(shares[:-1]), 2)
        ids = []
        for k, hours in enumerate(shares, start=1):
            if hours <= 0:
                continue
            ids.append(f"{task.id}.{k}")
            out.append(Task(
                f"{task.id}.{k}", f"{task.name} (part {k} of {len(chosen)})", task.skill, hours,
                list(task.depends_on), task.deliverable,
                task.estimate_low * hours / task.hours if task.estimate_low is not None else None,
                task.estimate_high * hours / task.hours if task.estimate_high is not None else None,
                task.estimate_source,
                task.template_skill,
            ))
        parts_of[task.id] = ids
        notes.append(Line(
            gettext_noop("%(task)s (%(hours)s h) is split across %(count)s people with '%(skill)s': no one has "
                         "that much free time before %(deadline)s (most: %(person)s, %(free)s h)."),
            task=f"{task.id} {task.name}", hours=f"{task.hours:g}", count=len(ids), skill=task.skill,
            deadline=deadline.isoformat(), person=free[0][1], free=f"{free[0][0]:g}",
        ))
    out = [
        replace(task, depends_on=[x for d in task.depends_on for x in parts_of.get(d, [d])])
        if any(d in parts_of for d in task.depends_on) else task
        for task in out
    ]
    return (order_tasks(out) if parts_of else out), notes


def _booked_lines(setup: _Setup, late: list[dict], deadline: date) -> list[Line]:
    """Why late tasks are late when their people are booked: who has the skill and from when
    they are free."""
    cal = setup.calendar
    last = max(0, min(cal.deadline_week(deadline), setup.horizon - 1))
    lines = []
    by_id = {t.id: t for t in setup.tasks}
    for item in late:
        task = by_id.get(item["id"])
        if task is None:
            continue
        people = [(i, setup.people[i]) for i, p in enumerate(setup.people) if p in _qualified(task, setup.people)]
        booked = [(i, p) for i, p in people if all(setup.capacity[i][w] == 0 for w in range(last + 1))]
        if people and len(booked) == len(people):
            free_from = []
            for i, person in booked:
                week = next((w for w in range(last + 1, setup.horizon) if setup.capacity[i][w] > 0), None)
                free_from.append(
                    Line(gettext_noop("%(person)s (free from %(date)s)"), person=person.name,
                         date=cal.monday(week).isoformat())
                    if week is not None
                    else Line(gettext_noop("%(person)s (free after the planning horizon)"), person=person.name)
                )
            lines.append(Line(
                gettext_noop("%(task)s: everyone with '%(skill)s' is fully booked until the deadline: %(people)s."),
                task=f"{task.id} {task.name}", skill=task.skill, people=_joined(free_from),
            ))
    return lines


def _longest_chain(tasks: list[Task], people: list[Person]) -> int:
    finish: dict[str, int] = {}
    for task in tasks:
        d = _duration(task, _qualified(task, people))
        finish[task.id] = max((finish[x] for x in task.depends_on), default=0) + d
    return max(finish.values(), default=0)


def _result(setup: _Setup, starts, weeks, person_of, pins, deadline: date | None, notes: list[Line]) -> dict:
    cal = setup.calendar
    out_tasks, assignments = [], []
    explanation: list[Line] = []
    options: list[Line] = []
    feasible = True
    finish = None
    unassigned: list[Task] = []
    missing: list[Task] = []
    for task in setup.tasks:
        s, d = starts[task.id], weeks[task.id]
        first, last = cal.task_start(s), cal.task_end(s, d)
        finish = max(finish, last) if finish else last
        out_tasks.append(
            {
                "id": task.id,
                "name": task.name,
                "skill": task.skill,
                "hours": task.hours,
                "depends_on": list(task.depends_on),
                "start": first.isoformat(),
                "end": last.isoformat(),
                "deliverable": task.deliverable,
                "estimate": {"low": task.estimate_low, "high": task.estimate_high, "source": task.estimate_source},
            }
        )
        p = person_of.get(task.id)
        if p is None and not _qualified(task, setup.people):
            # Nobody holds the skill: the work is bought in, so the team's share is 0 h and the
            # estimate goes to the subcontractor (the task keeps its dates: dependents wait).
            out_tasks[-1].update(hours=0.0, missing_skill=True, subcontract_hours=task.hours)
            missing.append(task)
            continue
        if p is None:
            unassigned.append(task)
            continue
        assignments.append({"task": task.id, "person": setup.people[p].name, "hours": task.hours})
        if task.template_skill:
            explanation.append(Line(
                gettext_noop("Nobody lists '%(template_skill)s'; %(task)s goes to %(skill)s (%(person)s)."),
                template_skill=task.template_skill, task=f"{task.id} {task.name}", skill=task.skill,
                person=setup.people[p].name,
            ))
        explanation.append(_why(setup, task, p, s, d, pins))
    for task in missing:
        feasible = False
        explanation += _missing_skill_lines(task, setup.people)
        options.append(Line(gettext_noop("Option: take in a subcontractor for %(skill)s (%(hours)s h, %(task)s)."),
                            skill=task.skill, hours=f"{task.hours:g}", task=task.id))
        if task.deliverable:
            options.append(Line(gettext_noop("Option: drop the deliverable '%(deliverable)s'."),
                                deliverable=task.deliverable))
    for task in unassigned:
        feasible = False
        explanation.append(Line(
            gettext_noop("Infeasible: everyone with '%(skill)s' is fully booked; no one has %(hours)s h a week "
                         "free for %(task)s."),
            skill=task.skill, hours=f"{setup.modes[task.id][-1][1] / UNITS:g}", task=f"{task.id} {task.name}",
        ))
        options.append(Line(gettext_noop("Option: take in a subcontractor for %(skill)s (%(hours)s h, %(task)s)."),
                            skill=task.skill, hours=f"{task.hours:g}", task=task.id))
        if task.deliverable:
            options.append(Line(gettext_noop("Option: drop the deliverable '%(deliverable)s'."),
                                deliverable=task.deliverable))
    if deadline and finish and finish > deadline:
        feasible = False
        late = [t for t in out_tasks if t["end"] > deadline.isoformat()]
        explanation.append(Line(
            gettext_noop("Infeasible: the plan needs until %(finish)s; the deadline is %(deadline)s "
                         "(%(count)s task(s) end after it)."),
            finish=finish.isoformat(), deadline=deadline.isoformat(), count=len(late),
        ))
        explanation += _booked_lines(setup, late, deadline)
        options.append(Line(gettext_noop("Option: move the deadline to %(date)s."), date=finish.isoformat()))
        skills = sorted({t["skill"] for t in late})
        options.append(Line(gettext_noop("Option: take in a subcontractor for %(skills)s to run tasks in parallel."),
                            skills=", ".join(skills)))
        by_deliverable: dict[str, float] = {}
        for t in late:
            if t["deliverable"]:
                by_deliverable[t["deliverable"]] = by_deliverable.get(t["deliverable"], 0) + t["hours"]
        if by_deliverable:
            biggest = max(by_deliverable, key=by_deliverable.get)
            options.append(Line(gettext_noop("Option: drop the deliverable '%(deliverable)s' (%(hours)s h late)."),
                                deliverable=biggest, hours=f"{by_deliverable[biggest]:g}"))
    summary = []
    if finish:
        counts = {"tasks": len(setup.tasks), "hours": f"{sum(t.hours for t in setup.tasks):g}",
                  "people": len({a["person"] for a in assignments}), "finish": finish.isoformat()}
        summary.append(
            Line(gettext_noop("%(tasks)s tasks, %(hours)s h, %(people)s people; finish %(finish)s, "
                              "deadline %(deadline)s."), deadline=deadline.isoformat(), **counts)
            if deadline
            else Line(gettext_noop("%(tasks)s tasks, %(hours)s h, %(people)s people; finish %(finish)s, "
                                   "no deadline given."), **counts)
        )
    lines = summary + notes + explanation + _dedupe(options)
    return {
        "tasks": out_tasks,
        "assignments": assignments,
        "feasible": feasible,
        "finish_date": finish.isoformat() if finish else None,
        "explanation": texts(lines),
        "options": texts(_dedupe(options)),
        # The same lines as templates and values, for the plan page to show in the user's language.
        "explanation_lines": [line.as_json() for line in lines],
    }


def _missing_skill_lines(task: Task, people: list[Person]) -> list[Line]:
    """The "missing skill" warning for a task nobody can staff, and who comes closest."""
    lines = [Line(
        gettext_noop("Missing skill: no one in the team has the skill '%(skill)s' needed for %(task)s; it is "
                     "listed as work to buy in (%(hours)s h to a subcontractor, 0 h for the team)."),
        skill=task.skill, task=f"{task.id} {task.name}", hours=f"{task.hours:g}",
    )]
    closest = related_people(task.skill, people)
    if closest:
        names = [Line(gettext_noop("%(person)s (%(skill)s, fit %(fit)s)"), person=name, skill=own, fit=f"{fit:.0%}")
                 for name, own, fit in closest[:3]]
        lines.append(Line(
            gettext_noop("Proposed with a lower fit for %(task)s (not assigned; a manager decides): %(people)s "
                         "– a related discipline, not '%(skill)s'."),
            task=task.id, people=_joined(names), skill=task.skill,
        ))
    return lines


def _joined(parts: list[Line]) -> Line:
    """Translatable parts joined with commas, as one value of a line."""
    template = ", ".join(f"%(p{i})s" for i in range(len(parts)))
    return Line(template, **{f"p{i}": part for i, part in enumerate(parts)})


def _dedupe(items: list[Line]) -> list[Line]:
    """The first of each line (by its English text), in order."""
    seen: dict[str, Line] = {}
    for item in items:
        seen.setdefault(str(item), item)
    return list(seen.values())


def _why(setup: _Setup, task: Task, p: int, s: int, d: int, pins) -> Line:
    person = setup.people[p]
    cal = setup.calendar
    free = [setup.capacity[p][w] / UNITS for w in range(s, s + d)]
    others = [setup.people[i].name for i in setup.candidates[task.id] if i != p]
    first, last = cal.monday(s).isocalendar()[1], cal.monday(s + d - 1).isocalendar()[1]
    weeks = (
        Line(gettext_noop("week %(week)s"), week=first)
        if d == 1
        else Line(gettext_noop("weeks %(first)s–%(last)s"), first=first, last=last)
    )
    reason = (
        Line(gettext_noop("pinned by the project manager"))
        if task.id in pins
        else Line(gettext_noop("has %(skill)s"), skill=task.skill)
    )
    cost = Line(gettext_noop(", %(price)s/h"), price=f"{person.cost_per_hour:g}") if person.cost_per_hour else ""
    also = (
        Line(gettext_noop("; also possible: %(people)s"), people=", ".join(others[:5]))
        if others
        else Line(gettext_noop("; the only one with this skill and time"))
    )
    return Line(
        gettext_noop("%(task)s → %(person)s: %(reason)s, %(free)s h a week free in %(weeks)s%(cost)s%(also)s."),
        task=f"{task.id} {task.name}", person=person.name, reason=reason, free=f"{min(free):g}", weeks=weeks,
        cost=cost, also=also,
    )


def check_plan(plan: dict, people: list[Person], start: date, deadline: date | None = None) -> list[str]:
    """Every broken convention (skills, weekly capacity, dependencies, hours, start, deadline)."""
    problems = []
    by_name = {p.name: p for p in people}
    tasks = {t["id"]: t for t in plan["tasks"]}
    load: dict[tuple[str, date], float] = {}
    for task in plan["tasks"]:
        first, last = date.fromisoformat(task["start"]), date.fromisoformat(task["end"])
        if first < start:
            problems.append(f"{task['id']} starts before the start")
        for dep in task["depends_on"]:
            if first < date.fromisoformat(tasks[dep]["end"]):
                problems.append(f"{task['id']} starts before {dep} ends")
        given = sum(a["hours"] for a in plan["assignments"] if a["task"] == task["id"])
        if plan["feasible"] and abs(given - task["hours"]) > 1e-6:
            problems.append(f"{task['id']}: assignments add up to {given}, not {task['hours']}")
        total = working_days(first, last)
        for a in plan["assignments"]:
            if a["task"] != task["id"]:
                continue
            person = by_name[a["person"]]
            wanted = canonical_skill(task["skill"])
            if not any(canonical_skill(s) == wanted for s in person.skills) and task["skill"] not in person.skills:
                problems.append(f"{person.name} lacks {task['skill']} for {task['id']}")
            monday = monday_of(first)
            while monday <= last:
                days = working_days(max(first, monday), min(last, monday + timedelta(days=4)))
                load[person.name, monday] = load.get((person.name, monday), 0) + a["hours"] * days / total
                monday += timedelta(days=7)
    for (name, monday), hours in load.items():
        if hours > by_name[name].capacity(monday) + 1e-6:
            problems.append(
                f"{name} has {hours:.1f} h in week {monday.isocalendar()[1]} ({by_name[name].capacity(monday):g} free)"
            )
    if plan["feasible"] and deadline and plan["finish_date"] and plan["finish_date"] > deadline.isoformat():
        problems.append("feasible, but finishes after the deadline")
    return problems
