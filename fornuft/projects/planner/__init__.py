"""Work breakdown, estimates and team allocation; plain data in and out, no Django.

    tasks = build_tasks(deliverables, library=..., history=..., people=...)
    plan = allocate(tasks, people, start=date, deadline=date|None, pins={task_id: person})

Conventions (the `fornuft project plan` contract): time is planned in ISO weeks; a task runs
whole weeks from a Monday (or from `start` in the first week) to a Friday, and its hours are
spread evenly over its working days (Mon–Fri). A person's capacity in a week is
hours_per_week minus every booking that overlaps the week. A task starts on or after the end
of each dependency and on or after `start`; its assignments add up to its hours.

The modules, in the order a plan is made:

    tasks          Task, PlanError, the limits; who is qualified; dependency order
    estimates      hours with a range from the company's history
    breakdown      build_tasks: deliverables → tasks (templates, stand-in skills)
    work_calendar  ISO weeks and working days; Calendar maps week numbers to dates
    allocation     allocate: pins, splitting large tasks, durations, then solve and explain
    solver         the greedy schedule and CP-SAT
    explanation    the returned plan and the translatable lines that explain it
    check          check_plan: every convention a plan breaks

The names below are the ones the rest of Fornuft imports from `fornuft.projects.planner`.
"""

from fornuft.projects.planner.allocation import allocate, split_large_tasks
from fornuft.projects.planner.breakdown import build_tasks, team_skill_names
from fornuft.projects.planner.check import check_plan
from fornuft.projects.planner.estimates import estimate_hours
from fornuft.projects.planner.tasks import DEFAULT_HOURS, MAX_TASKS, UNITS, PlanError, Task, order_tasks
from fornuft.projects.planner.work_calendar import Calendar, first_working_day, monday_of, working_days

__all__ = [
    "DEFAULT_HOURS",
    "MAX_TASKS",
    "UNITS",
    "Calendar",
    "PlanError",
    "Task",
    "allocate",
    "build_tasks",
    "check_plan",
    "estimate_hours",
    "first_working_day",
    "monday_of",
    "order_tasks",
    "split_large_tasks",
    "team_skill_names",
    "working_days",
]
