"""`check_plan`: every convention a plan breaks (skills, weekly capacity, dependencies, hours
adding up, start, deadline), so a plan from any source can be checked against the team."""

from __future__ import annotations

from datetime import date, timedelta

from fornuft.projects.planner.work_calendar import monday_of, working_days
from fornuft.projects.team import Person
from fornuft.projects.templates import canonical_skill


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
