"""A task of a plan and what every planning step shares: the limits (at most MAX_TASKS tasks;
hours planned in tenths), `PlanError` for input a plan cannot be made from, who is qualified for
a task, and the tasks in dependency order (a cycle or an unknown dependency is a PlanError)."""

from __future__ import annotations

from dataclasses import dataclass, field

from fornuft.projects.team import Person
from fornuft.projects.templates import canonical_skill, find_cycle

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


def _qualified(task: Task, people: list[Person]) -> list[Person]:
    wanted = canonical_skill(task.skill)
    return [p for p in people if any(canonical_skill(s) == wanted for s in p.skills)]


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
