"""What a person's verdict in the shared review queue does to a project (the governance
`review_hook` of each projects system, declared in ai_systems.py).

- `projects.extraction`: corrected fields (title, client, contact, deadline, budget) are written
  to the project and to its extraction (confidence 1.0: a person gave them), and kept as a
  training example of how the extraction should have read this assignment. A corrected
  deadline re-plans the project (in the background).
- `projects.allocation`: a corrected start or deadline is written back and the project is
  re-planned; the new plan waits for a manager's approval again.
- `projects.risk`: "at risk" set by a person overrides the flag and is kept as an example.
Accepting changes nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import transaction

from fornuft.core.tenancy import activate

TEXT_FIELDS = {"title": 200, "client": 200, "contact": 200}


def _project(task):
    from fornuft.projects.models import Project

    if task.decision.subject_type != "projects.project":
        return None
    return Project.objects.for_organization(task.organization).filter(pk=task.decision.subject_id).first()


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _amount(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _replan_later(project) -> None:
    from fornuft.projects.tasks import plan_project

    organization_id, project_id = project.organization_id, project.pk
    transaction.on_commit(lambda: plan_project(organization_id, project_id))


def _keep_example(project, system_key: str, fields: dict, user) -> None:
    from fornuft.governance.training_data import add_example

    add_example(project.organization, system_key, subject=project, source="review", user=user,
                text=(project.extraction or {}).get("scope") or "", fields=fields)


def on_extraction_reviewed(task, correction, user) -> None:
    project = _project(task)
    if project is None or not correction:
        return
    extraction = dict(project.extraction or {})
    confidence = dict(extraction.get("confidence") or {})
    changed = {}
    for name, value in correction.items():
        if name in TEXT_FIELDS:
            text = (str(value or "")).strip()[: TEXT_FIELDS[name]]
            setattr(project, name, text)
            extraction[name] = text or None
            changed[name] = text
        elif name == "deadline":
            project.deadline = _date(value)
            extraction["deadline"] = project.deadline.isoformat() if project.deadline else None
            changed[name] = extraction["deadline"]
        elif name == "budget_amount":
            project.budget_amount = _amount(value)
            budget = extraction.get("budget") or {}
            extraction["budget"] = ({"amount": float(project.budget_amount),
                                     "currency": budget.get("currency") or project.budget_currency or "NOK"}
                                    if project.budget_amount is not None else None)
            changed[name] = float(project.budget_amount) if project.budget_amount is not None else None
        else:
            continue
        confidence[name if name != "budget_amount" else "budget"] = 1.0
    if not changed:
        return
    extraction["confidence"] = confidence
    project.extraction = extraction
    with activate(project.organization):
        project.save()
        # How the extraction should have read this assignment: a training example.
        _keep_example(project, "projects.extraction", changed, user)
    if "deadline" in changed and project.plan:
        _replan_later(project)


def on_allocation_reviewed(task, correction, user) -> None:
    project = _project(task)
    if project is None or not correction:
        return
    if "start" in correction:
        project.start = _date(correction["start"]) or project.start
    if "deadline" in correction:
        project.deadline = _date(correction["deadline"])
    with activate(project.organization):
        project.save(update_fields=["start", "deadline"])
    _replan_later(project)


def on_risk_reviewed(task, correction, user) -> None:
    project = _project(task)
    if project is None or not correction or "flagged" not in correction:
        return
    project.flagged = correction["flagged"] == "yes"
    figures = dict(project.risk_figures or {})
    figures["flag"] = project.flagged
    figures.setdefault("reasons", []).append("set by a person in the review queue")
    project.risk_figures = figures
    with activate(project.organization):
        project.save(update_fields=["flagged", "risk_figures"])
        _keep_example(project, "projects.risk", {"flagged": project.flagged, "risk": project.risk}, user)


HOOKS = {
    "projects.extraction": on_extraction_reviewed,
    "projects.allocation": on_allocation_reviewed,
    "projects.risk": on_risk_reviewed,
}


def on_review_resolved(task, correction, user) -> None:
    """The review hook of every projects system: the verdict goes to the project."""
    hook = HOOKS.get(task.system.key)
    if hook is not None:
        hook(task, correction, user)
