"""How the shared review queue shows a project decision (declared in ai_systems.py): the
extracted draft, the proposed allocation or the early warning, with a link to the project."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.core.formatting import money, short_date


def _project(decision):
    from fornuft.projects.models import Project

    if decision.subject_type != "projects.project":
        return None
    return Project.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id).first()


def _subject(project, title: str, fields, summary):
    from fornuft.governance.corrections import ReviewSubject

    values = {}
    for f in fields:
        value = getattr(project, f.name)
        values[f.name] = "" if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)
    return ReviewSubject(title=title % {"title": project}, url=reverse("projects:project-detail", args=[project.pk]),
                         summary=summary, values=values)


def describe_extraction(decision):
    from fornuft.projects.ai_systems import EXTRACTION_FIELDS

    project = _project(decision)
    if project is None:
        return None
    deliverables = (project.extraction or {}).get("deliverables") or []
    return _subject(project, _("Assignment: %(title)s"), EXTRACTION_FIELDS, [
        (_("Client"), project.client or "—"),
        (_("Deadline"), short_date(project.deadline) if project.deadline else "—"),
        (_("Budget"), money(project.budget_amount) if project.budget_amount is not None else "—"),
        (_("Deliverables"), "\n".join(str(d) for d in deliverables[:10]) or "—"),
    ])


def describe_allocation(decision):
    from fornuft.projects.ai_systems import ALLOCATION_FIELDS

    project = _project(decision)
    if project is None:
        return None
    assignments = (project.plan or {}).get("assignments") or []
    lines = [f"{a.get('task', '')}: {a.get('person', '')}" for a in assignments[:10] if isinstance(a, dict)]
    return _subject(project, _("Team allocation: %(title)s"), ALLOCATION_FIELDS, [
        (_("Feasible"), "—" if project.feasible is None else _("yes") if project.feasible else _("no")),
        (_("Finish"), short_date(project.finish_date) if project.finish_date else "—"),
        (_("Assignments"), "\n".join(lines) or "—"),
    ])


def describe_risk(decision):
    from fornuft.projects.ai_systems import RISK_FIELDS

    project = _project(decision)
    if project is None:
        return None
    reasons = (project.risk_figures or {}).get("reasons") or []
    subject = _subject(project, _("Early warning: %(title)s"), RISK_FIELDS, [
        (_("Risk"), "—" if project.risk is None else f"{project.risk:.0%}"),
        (_("Reasons"), "\n".join(str(r) for r in reasons[:10]) or "—"),
    ])
    subject.values["flagged"] = "yes" if project.flagged else "no"
    return subject
