"""`allocate`: tasks and a team into a plan. Checks the pins, splits a task too big for any one
person before the deadline across several, works out each task's possible durations and weekly
demand and who can take it, then schedules (greedy, then CP-SAT) and explains the result."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from fornuft.projects.explain import Line, gettext_noop
from fornuft.projects.planner.explanation import _result
from fornuft.projects.planner.solver import _demand_units, _durations, _greedy, _longest_chain, _Setup, _solve
from fornuft.projects.planner.tasks import MAX_TASKS, UNITS, PlanError, Task, _qualified, order_tasks
from fornuft.projects.planner.work_calendar import Calendar, first_working_day, working_days
from fornuft.projects.team import Person


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
    """A person's free hours from the start to the deadline: each week's capacity for the working
    days of it that fall in the window (a first week from the start, a last one to a mid-week deadline)."""
    total = 0.0
    for week in range(calendar.week_of(deadline) + 1):
        monday = calendar.monday(week)
        days = working_days(max(calendar.start, monday), min(deadline, monday + timedelta(days=4)))
        total += person.capacity(monday) * days / 5
    return total


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
