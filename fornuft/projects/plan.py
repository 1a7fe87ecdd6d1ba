"""From an assignment file to the `fornuft project plan` object; plain data, no Django.

    plan_assignment(data, filename, team_text, history_text=None, start=None) -> dict

Raises AssignmentError, TeamError, TemplateError or PlanError (all ValueError, str() for a
person) on input it cannot plan from.
"""

from __future__ import annotations

from datetime import date

from fornuft.projects.extraction import AssignmentError, extract, read_assignment
from fornuft.projects.planner import PlanError, allocate, build_tasks
from fornuft.projects.planner.effort import raise_to_stated_effort, stated_effort
from fornuft.projects.planner.requirements import unmet_requirements
from fornuft.projects.team import TeamError, parse_history, parse_team
from fornuft.projects.template_skills import skills_are_listed
from fornuft.projects.templates import TemplateError, seed_library, validate_library

__all__ = ["AssignmentError", "PlanError", "TeamError", "TemplateError", "plan_assignment", "extraction_json"]


def extraction_json(fields) -> dict:
    values = fields.values
    deadline = values.get("deadline")
    return {
        "client": values.get("client"),
        "contact": values.get("contact"),
        "title": values.get("title"),
        "scope": values.get("scope"),
        "deadline": deadline.isoformat() if deadline else None,
        "milestones": values.get("milestones", []),
        "budget": values.get("budget"),
        "budget_vat": values.get("budget_vat"),
        "location": values.get("location"),
        "deliverables": values.get("deliverables", []),
        "skills": values.get("skills", []),
        "constraints": values.get("constraints", []),
        "confidence": dict(fields.confidence),
    }


def plan_assignment(
    data: bytes,
    filename: str,
    team_text: str,
    history_text: str | None = None,
    start: date | None = None,
    *,
    library: dict | None = None,
    pins: dict[str, str] | None = None,
    time_limit: float = 5.0,
    glossary=None,
) -> dict:
    people = parse_team(team_text)
    history = parse_history(history_text) if history_text is not None else []
    library = validate_library(library) if library is not None else seed_library()
    assignment = read_assignment(data, filename)
    start = start or assignment.reference_date or date.today()  # noqa: DTZ011 - the local calendar day
    fields = extract(assignment, reference=start, glossary=glossary)
    extracted = extraction_json(fields)
    deliverables = extracted["deliverables"]
    explanation_head: list[str] = []
    if not deliverables:
        # Without a deliverable list, the title stands for the whole assignment.
        basis = extracted["title"] or extracted["scope"]
        if basis:
            deliverables_for_tasks = [basis]
            explanation_head.append("No deliverables were listed; the plan is one piece of work for the title.")
        else:
            raise AssignmentError("the assignment names no deliverables and no title: nothing to plan")
    else:
        deliverables_for_tasks = deliverables
    # Qualified people the client demands in its own words ("krever autorisert …") that nobody
    # in the team is: work to buy in, so the plan is infeasible as it stands.
    team_skills = [skill for person in people for skill in person.skills]
    text = "\n".join(part.text for part in assignment.parts)
    listed = extracted["skills"] if skills_are_listed(extracted) else []
    unmet = unmet_requirements(text, team_skills, library, listed=listed)
    tasks = build_tasks(
        deliverables_for_tasks, skills=extracted["skills"], skills_listed=skills_are_listed(extracted),
        library=library, history=history, people=people, glossary=glossary, unmet=unmet,
    )
    # "anslått ca. 300 timer": the client's own measure of the work, when larger than ours.
    tasks = raise_to_stated_effort(tasks, stated_effort(text))
    deadline = fields.get("deadline")
    if deadline and deadline < start:
        explanation_head.append(f"The deadline {deadline.isoformat()} is before the start {start.isoformat()}.")
    plan = allocate(tasks, people, start=start, deadline=deadline, pins=pins, time_limit=time_limit)
    if not deadline:
        explanation_head.append("The assignment gives no delivery date; the plan finishes as early as it can.")
    low = [
        name
        for name, c in fields.confidence.items()
        if c < 0.5 and name in ("client", "title", "deadline", "deliverables", "budget")
    ]
    if low:
        explanation_head.append(f"Low confidence, to be checked by a person: {', '.join(low)}.")
    return {
        "source": filename,
        "client": extracted["client"],
        "title": extracted["title"],
        "deadline": extracted["deadline"],
        "budget": extracted["budget"],
        "location": extracted["location"],
        "deliverables": deliverables,
        "tasks": plan["tasks"],
        "assignments": plan["assignments"],
        "feasible": plan["feasible"],
        "finish_date": plan["finish_date"],
        "explanation": explanation_head + plan["explanation"],
        "options": plan["options"],
        "extraction": extracted,
        "start": start.isoformat(),
    }
