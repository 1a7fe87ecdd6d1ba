"""The actions of projects. Views, the API, the CLI, tasks and mail call these and nothing else;
another capability uses projects only through this module.

Flow: an assignment (mail in category `project_assignment`, or an upload) is stored, extracted
(decision `projects.extraction`) and planned (decision `projects.allocation`, always reviewed:
a manager approves the allocation before anyone is notified). Status points come from CSV or
the page; each import re-assesses the risk (decision `projects.risk`).
"""

from __future__ import annotations

import json
import logging
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.projects import exports
from fornuft.projects.models import (
    PlanningData,
    Project,
    ProjectStatus,
    StatusPoint,
    SuggestionStatus,
    TemplateSuggestion,
)

logger = logging.getLogger(__name__)
MAX_ASSIGNMENT_BYTES = 25_000_000
KEY_FIELDS = ("client", "title", "deadline", "deliverables")


# --- planning data -----------------------------------------------------------------------


def _glossary(organization):
    """The organization's glossary, through which project texts name skills and templates."""
    from django.apps import apps

    if not apps.is_installed("fornuft.glossary"):
        return None
    from fornuft.glossary.services import glossary_for

    return glossary_for(organization) or None

def planning_data(organization) -> PlanningData:
    with activate(organization):
        data, _created = PlanningData.objects.get_or_create(organization=organization)
        return data


def save_planning_data(organization, *, team_json: str | None = None, history_csv: str | None = None,
                       templates_json: str | None = None) -> PlanningData:
    """Validates and stores the team file, history and templates; ValueError says what is wrong."""
    from fornuft.projects.team import parse_history, parse_team
    from fornuft.projects.templates import validate_library

    data = planning_data(organization)
    if team_json is not None:
        parse_team(team_json)
        data.team_json = team_json
    if history_csv is not None:
        if history_csv.strip():
            parse_history(history_csv)
        data.history_csv = history_csv
    if templates_json is not None:
        if templates_json.strip():
            try:
                validate_library(json.loads(templates_json))
            except json.JSONDecodeError as exc:
                raise ValueError(_("The templates are not JSON: %(error)s") % {"error": exc.msg}) from None
        data.templates_json = templates_json
    with activate(organization):
        data.save()
    return data


def _library(data: PlanningData):
    return json.loads(data.templates_json) if data.templates_json.strip() else None


# --- assignments -------------------------------------------------------------------------

def receive_assignment(organization, source, *, filename: str, reference: str = "", actor=None,
                       start: date | None = None) -> Project:
    """Stores the assignment, extracts it, plans it when a team is known; returns the draft.
    `source` is bytes or a StoredFile. ValueError (for a person) when it cannot be read."""
    from fornuft.core import blobs
    from fornuft.governance.decisions import record_decision
    from fornuft.projects.extraction import extract, read_assignment
    from fornuft.projects.plan import extraction_json

    with activate(organization):
        stored = source if hasattr(source, "sha256") else blobs.store(
            organization, source, filename=filename, source_label="projects", size_limit=MAX_ASSIGNMENT_BYTES)
        data = stored.read_bytes()
        assignment = read_assignment(data, filename or stored.filename)
        reference_day = start or assignment.reference_date or timezone.localdate()
        fields = extract(assignment, reference=reference_day, glossary=_glossary(organization))
        extracted = extraction_json(fields)
        budget = extracted["budget"] or {}
        with transaction.atomic():
            project = Project.objects.create(
                organization=organization,
                title=(extracted["title"] or filename or _("Untitled assignment"))[:200],
                client=(extracted["client"] or "")[:200],
                contact=(extracted["contact"] or "")[:200],
                location=(extracted["location"] or "")[:300],
                deadline=fields.get("deadline"),
                start=reference_day,
                budget_amount=Decimal(str(budget["amount"])) if budget else None,
                budget_currency=budget.get("currency", ""),
                budget_vat=extracted["budget_vat"] or "",
                stored_file=stored,
                source_reference=reference[:100],
                extraction=extracted,
            )
            confidence = min(fields.confidence.get(k, 0) for k in KEY_FIELDS)
            record_decision(
                organization, "projects.extraction", subject=project,
                output={k: extracted[k] for k in ("client", "title", "deadline", "budget", "deliverables")},
                confidence=confidence, actor=actor,
                explanation={"confidence": extracted["confidence"],
                             "low": [k for k in KEY_FIELDS if fields.confidence.get(k, 0) < 0.6]},
            )
    if planning_data(organization).team_json.strip():
        try:
            plan_project(organization, project, actor=actor)
        except ValueError as exc:
            project.plan = {"error": str(exc)}
            with activate(organization):
                project.save(update_fields=["plan"])
    return project


def receive_assignment_mail(organization, stored_file, *, reference: str = "") -> Project | None:
    """Called by mail intake for a message sorted as `project_assignment`: makes a project draft
    once per message (the same reference twice gives the first draft)."""
    with activate(organization):
        existing = Project.objects.filter(source_reference=reference).first() if reference else None
    if existing:
        return existing
    try:
        return receive_assignment(organization, stored_file, filename=stored_file.filename or "mail.eml",
                                  reference=reference)
    except ValueError as exc:
        logger.info("assignment mail %s not planned: %s", reference, exc)
        return None


def plan_project(organization, project: Project, *, actor=None, pins: dict | None = None) -> Project:
    """(Re-)plans the project with the organization's team, history and templates; the
    allocation is logged and waits for a manager's approval."""
    from fornuft.governance.decisions import record_decision
    from fornuft.projects.planner import allocate, build_tasks
    from fornuft.projects.team import parse_history, parse_team
    from fornuft.projects.template_skills import skills_are_listed

    data = planning_data(organization)
    if not data.team_json.strip():
        raise ValueError(_("Add the team first (Projects → Team)."))
    people = parse_team(data.team_json)
    history = parse_history(data.history_csv) if data.history_csv.strip() else []
    extracted = project.extraction or {}
    deliverables = extracted.get("deliverables") or [project.title]
    tasks = build_tasks(deliverables, skills=extracted.get("skills"), skills_listed=skills_are_listed(extracted),
                        library=_library(data), history=history, people=people, glossary=_glossary(organization))
    if pins is not None:
        project.pins = {k: v for k, v in pins.items() if v}
    start = project.start or timezone.localdate()
    result = allocate(tasks, people, start=start, deadline=project.deadline, pins=project.pins or None)
    with activate(organization), transaction.atomic():
        project.plan = result
        project.feasible = result["feasible"]
        project.finish_date = date.fromisoformat(result["finish_date"]) if result["finish_date"] else None
        project.status = ProjectStatus.PLANNED
        project.approved_by, project.approved_at = None, None
        project.reply_draft = reply_draft(project)
        project.reply_approved = False
        project.save()
        record_decision(
            organization, "projects.allocation", subject=project,
            output={"assignments": result["assignments"], "feasible": result["feasible"],
                    "finish_date": result["finish_date"]},
            confidence=1.0 if result["feasible"] else 0.0, actor=actor,
            explanation={"why": result["explanation"][:50], "pins": project.pins},
        )
    return project


def approve_allocation(organization, project: Project, user) -> list[str]:
    """A manager approves the proposed allocation; the people assigned are notified. Returns
    the names notified."""
    if not project.plan.get("assignments"):
        raise ValueError(_("There is no allocation to approve."))
    with activate(organization):
        project.status = ProjectStatus.APPROVED
        project.approved_by, project.approved_at = user, timezone.now()
        project.save(update_fields=["status", "approved_by", "approved_at"])
    return notify_assignees(organization, project)


def finish_project(organization, project: Project, user, *, actual_hours: dict | None = None) -> list:
    """Marks a project finished. What it really took becomes template suggestions for a person
    to review (never applied silently), and a training run of the organization's risk model is
    queued (it learns from finished projects). Returns the new suggestions."""
    from fornuft.projects.tasks import train_risk_model_task
    from fornuft.projects.team import parse_history
    from fornuft.projects.template_learning import actual_hours_from_history, suggestions_for

    data = planning_data(organization)
    history = parse_history(data.history_csv) if data.history_csv.strip() else []
    found = suggestions_for(project.plan or {}, _library(data), actual=actual_hours,
                            from_history=actual_hours_from_history(project.title, history))
    with activate(organization), transaction.atomic():
        project.status = ProjectStatus.FINISHED
        project.save(update_fields=["status"])
        created = [TemplateSuggestion.objects.create(organization=organization, project=project, **item)
                   for item in found]
        transaction.on_commit(lambda: train_risk_model_task(organization.pk))
    return created


def template_suggestions(organization) -> list:
    with activate(organization):
        return list(TemplateSuggestion.objects.filter(status=SuggestionStatus.PENDING)
                    .select_related("project").order_by("pk"))


def decide_template_suggestion(organization, suggestion, user, *, accept: bool) -> None:
    """A person accepts (the template is written into the organization's templates) or rejects."""
    from fornuft.projects.template_learning import apply_suggestion
    from fornuft.projects.templates import seed_library

    if suggestion.status != SuggestionStatus.PENDING:
        raise ValueError(_("This suggestion was already decided."))
    if accept:
        data = planning_data(organization)
        library = apply_suggestion(_library(data) or seed_library(), suggestion.template)
        save_planning_data(organization, templates_json=json.dumps(library, ensure_ascii=False, indent=1))
    with activate(organization):
        suggestion.status = SuggestionStatus.ACCEPTED if accept else SuggestionStatus.REJECTED
        suggestion.decided_by = user
        suggestion.save(update_fields=["status", "decided_by"])


def notify_assignees(organization, project: Project) -> list[str]:
    """One notification per person assigned (mail when the team file gives an address)."""
    from django.core.mail import send_mail

    from fornuft.projects.team import parse_team

    data = planning_data(organization)
    addresses = {}
    try:
        raw = json.loads(data.team_json)
        addresses = {p.get("name"): p.get("email") for p in raw.get("people", []) if isinstance(p, dict)}
        parse_team(data.team_json)
    except (ValueError, AttributeError):
        pass
    tasks = {t["id"]: t for t in project.plan.get("tasks", [])}
    per_person: dict[str, list[str]] = {}
    for a in project.plan.get("assignments", []):
        task = tasks.get(a["task"], {})
        per_person.setdefault(a["person"], []).append(
            f"{task.get('name', a['task'])}: {a['hours']:g} h, {task.get('start')} – {task.get('end')}")
    for person, lines in per_person.items():
        address = addresses.get(person)
        if address:
            send_mail(_("New tasks in %(project)s") % {"project": project.title}, "\n".join(lines), None, [address],
                      fail_silently=True)
    return sorted(per_person)


def reply_draft(project: Project) -> str:
    """A reply to the client with scope, price and date, for a person to approve before sending."""
    deliverables = project.extraction.get("deliverables") or [project.title]
    hours = sum(t["hours"] for t in project.plan.get("tasks", []))
    lines = [_("Hello %(name)s,") % {"name": project.contact or project.client or ""}, "",
             _("Thank you for the assignment \"%(title)s\". We propose:") % {"title": project.title}]
    lines += [f"- {d}" for d in deliverables]
    if project.budget_amount is not None:
        lines.append(_("Price: within your budget of %(amount)s %(currency)s.")
                     % {"amount": f"{project.budget_amount:,.0f}".replace(",", " "),
                        "currency": project.budget_currency or "NOK"})
    lines.append(_("Estimated effort: %(hours)s hours.") % {"hours": f"{hours:g}"})
    if project.finish_date:
        lines.append(_("Delivery: %(date)s.") % {"date": project.finish_date.isoformat()})
    lines += ["", _("Best regards")]
    return "\n".join(lines)


def approve_reply(organization, project: Project, user, text: str) -> Project:
    with activate(organization):
        project.reply_draft = text[:20_000]
        project.reply_approved = True
        project.save(update_fields=["reply_draft", "reply_approved"])
    return project


def list_projects(organization) -> list[Project]:
    with activate(organization):
        return list(Project.objects.all())


def flagged_projects(organization) -> list[Project]:
    with activate(organization):
        return list(Project.objects.filter(flagged=True).order_by("-risk"))


# --- status and risk ---------------------------------------------------------------------

def import_status_csv(organization, text: str, *, actor=None) -> list[dict]:
    """Stores the status rows (a project is found by title, else created as running) and
    assesses each project's risk. StatusCsvError (ValueError) on a malformed file."""
    from fornuft.projects.earned_value import read_status_csv

    rows = read_status_csv(text)
    touched: dict[int, Project] = {}
    with activate(organization), transaction.atomic():
        for row in rows:
            project = Project.objects.filter(title=row.project).first()
            if project is None:
                project = Project.objects.create(organization=organization, title=row.project,
                                                 status=ProjectStatus.RUNNING)
            StatusPoint.objects.update_or_create(
                organization=organization, project=project, date=row.date,
                defaults={"budget_at_completion": Decimal(str(row.bac)), "planned_value": Decimal(str(row.pv)),
                          "earned_value": Decimal(str(row.ev)), "actual_cost": Decimal(str(row.ac)),
                          "planned_start": row.planned_start, "planned_finish": row.planned_finish},
            )
            touched[project.pk] = project
    return [assess_project(organization, project, actor=actor) for project in touched.values()]


def assess_project(organization, project: Project, *, actor=None) -> dict:
    from fornuft.governance.decisions import record_decision
    from fornuft.projects.earned_value import StatusRow
    from fornuft.projects.risk import assess
    from fornuft.projects.risk_learning import organization_model

    with activate(organization):
        points = list(project.status_points.all())
    if not points:
        raise ValueError(_("The project has no status yet."))
    series = [StatusRow(project.title, p.date, float(p.budget_at_completion), float(p.planned_value),
                        float(p.earned_value), float(p.actual_cost), p.planned_start, p.planned_finish)
              for p in points]
    result = assess(series, organization_model(organization))
    with activate(organization), transaction.atomic():
        project.risk, project.flagged, project.risk_figures = result["risk"], result["flag"], result
        project.save(update_fields=["risk", "flagged", "risk_figures"])
        record_decision(organization, "projects.risk", subject=project,
                        output={"risk": result["risk"], "flag": result["flag"]},
                        confidence=abs(result["risk"] - 0.5) * 2, actor=actor,
                        explanation={"reasons": result["reasons"], "cpi": result["cpi"], "spi_t": result["spi_t"]})
    return result


def add_status_point(organization, project: Project, **values) -> dict:
    """One status entered on the page; returns the new assessment."""
    with activate(organization):
        StatusPoint.objects.update_or_create(organization=organization, project=project, date=values.pop("date"),
                                             defaults=values)
    return assess_project(organization, project)


def weekly_digest(organization) -> str:
    """The text of the managers' weekly digest: flagged projects with their reasons."""
    flagged = flagged_projects(organization)
    if not flagged:
        return _("No projects are flagged this week.")
    lines = [_("Projects at risk this week:")]
    for project in flagged:
        reasons = "; ".join(project.risk_figures.get("reasons", [])[:3])
        lines.append(f"- {project.title}: {_('risk')} {project.risk:.0%}. {reasons}")
    return "\n".join(lines)


def send_weekly_digest(organization) -> int:
    """Mails the digest to the organization's managers and administrators; returns how many."""
    from django.contrib.auth import get_user_model
    from django.core.mail import send_mail

    from fornuft.core.roles import Role

    users = get_user_model().objects.filter(organization=organization, role__in=[Role.MANAGER, Role.ADMIN],
                                            is_active=True).exclude(email="")
    recipients = [u.email for u in users]
    if recipients:
        send_mail(_("Projects: weekly early warning"), weekly_digest(organization), None, recipients,
                  fail_silently=True)
    return len(recipients)


# --- exports -----------------------------------------------------------------------------

def export(project: Project, kind: str) -> tuple[bytes, str, str]:
    """(content, content type, file name) of the plan as csv, msproject (XML) or ical."""
    if kind == "csv":
        return exports.plan_csv(project.plan).encode("utf-8-sig"), "text/csv", f"project-{project.pk}.csv"
    if kind == "msproject":
        return exports.ms_project_xml(project.title, project.plan), "application/xml", f"project-{project.pk}.xml"
    if kind == "ical":
        return exports.ical(project.title, project.plan, project.pk).encode(), "text/calendar", \
            f"project-{project.pk}.ics"
    raise ValueError(_("Unknown export."))
