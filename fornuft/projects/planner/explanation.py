"""The plan as it is returned: task dates, assignments, feasibility and the finish date, with
the lines that explain it to a person (who does what and why, who is booked until when, which
skill nobody has and who comes closest) and the options when it is infeasible (a subcontractor,
a later deadline, a dropped deliverable). Lines are translatable templates (fornuft/projects/explain.py)."""

from __future__ import annotations

from datetime import date

from fornuft.projects.explain import Line, gettext_noop, texts
from fornuft.projects.planner.deadline_day import end_on_deadline
from fornuft.projects.planner.solver import _Setup
from fornuft.projects.planner.tasks import UNITS, Task, _qualified
from fornuft.projects.related_skills import related_people
from fornuft.projects.team import Person


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


def _result(setup: _Setup, starts, weeks, person_of, pins, deadline: date | None, notes: list[Line]) -> dict:
    cal = setup.calendar
    out_tasks, assignments = [], []
    explanation: list[Line] = []
    options: list[Line] = []
    feasible = True
    finish = None
    unassigned: list[Task] = []
    missing: list[Task] = []
    why_at: dict[str, int] = {}  # task id -> its "who and why" line, redone if the task changes hands
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
        why_at[task.id] = len(explanation)
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
    if deadline and finish and finish > deadline and not unassigned:
        moved = end_on_deadline(out_tasks, assignments, setup.people, deadline, set(pins))
        if moved is not None:
            (out_tasks, assignments), finish = moved, deadline
            index = {person.name: i for i, person in enumerate(setup.people)}
            by_id = {task.id: task for task in setup.tasks}
            for a in assignments:
                if a["task"] in why_at:
                    s = starts[a["task"]]
                    explanation[why_at[a["task"]]] = _why(
                        setup, by_id[a["task"]], index[a["person"]], s, weeks[a["task"]], pins)
            notes = [*notes, Line(gettext_noop(
                "Tasks in the deadline's week end on %(deadline)s (mid-week), within each person's daily hours."),
                deadline=deadline.isoformat())]
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
