"""The pages of projects: thin views that call the services. Managers and administrators only
(the allocation is theirs to approve)."""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.projects import exports, services
from fornuft.projects.explain import localized
from fornuft.projects.models import Project, ProjectStatus, TemplateSuggestion

ROLES = (Role.MANAGER, Role.ADMIN)
MAX_UPLOAD = services.MAX_ASSIGNMENT_BYTES
ASSIGNMENT_SUFFIXES = (".eml", ".txt", ".pdf", ".docx")


def _upload_text(upload, limit: int = 5_000_000) -> str:
    if upload.size > limit:
        raise ValueError(_("The file is too large."))
    data = upload.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


@role_required(*ROLES)
@require_http_methods(["GET", "POST"])
def project_list(request):
    org = request.organization
    if request.method == "POST":
        upload = request.FILES.get("assignment")
        try:
            if upload is None:
                raise ValueError(_("Choose an assignment file."))
            if not upload.name.lower().endswith(ASSIGNMENT_SUFFIXES):
                raise ValueError(_("An assignment is an .eml, .txt, .pdf or .docx file."))
            if upload.size > MAX_UPLOAD:
                raise ValueError(_("The file is too large."))
            project = services.receive_assignment(org, upload.read(), filename=upload.name, actor=request.user)
        except ValueError as exc:
            messages.error(request, str(exc))
            return redirect("projects:project-list")
        return redirect("projects:project-detail", project.pk)
    context = {"projects": services.list_projects(org), "flagged": services.flagged_projects(org)}
    return render(request, "projects/project_list.html", context)


@role_required(*ROLES)
def project_detail(request, pk: int):
    project = get_for_org_or_404(Project, pk=pk)
    plan = project.plan or {}
    tasks = plan.get("tasks", [])
    people = {a["task"]: a["person"] for a in plan.get("assignments", [])}
    start = min((date.fromisoformat(t["start"]) for t in tasks), default=None)
    gantt = {
        "labels": [f"{t['id']} {t['name'][:40]}" for t in tasks],
        "bars": [[(date.fromisoformat(t["start"]) - start).days, (date.fromisoformat(t["end"]) - start).days + 1]
                 for t in tasks] if start else [],
        "people": [people.get(t["id"], "–") for t in tasks],
        "start": start.isoformat() if start else "",
    }
    load = exports.weekly_load(plan)
    team = sorted({a["person"] for a in plan.get("assignments", [])} |
                  {p for p in (project.pins or {}).values()})
    try:
        from fornuft.projects.team import parse_team

        team = [p.name for p in parse_team(services.planning_data(request.organization).team_json)]
    except ValueError:
        pass
    rows = [{**t, "person": people.get(t["id"], ""), "pinned": (project.pins or {}).get(t["id"], "")} for t in tasks]
    context = {"project": project, "plan": plan, "rows": rows, "gantt": gantt,
               "explanation": localized(plan),
               "load": {"labels": load["weeks"],
                        "datasets": [{"label": p, "data": v} for p, v in load["people"].items()]},
               "team": team, "status_points": list(project.status_points.all())}
    return render(request, "projects/project_detail.html", context)


@role_required(*ROLES)
@require_POST
def project_replan(request, pk: int):
    project = get_for_org_or_404(Project, pk=pk)
    pins = {key[4:]: value for key, value in request.POST.items() if key.startswith("pin_") and value}
    try:
        services.plan_project(request.organization, project, actor=request.user, pins=pins)
    except ValueError as exc:
        messages.error(request, str(exc))
    return redirect("projects:project-detail", project.pk)


@role_required(*ROLES)
@require_POST
def project_approve(request, pk: int):
    project = get_for_org_or_404(Project, pk=pk)
    try:
        notified = services.approve_allocation(request.organization, project, request.user)
    except ValueError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Allocation approved; %(count)d people notified.") % {"count": len(notified)})
    return redirect("projects:project-detail", project.pk)


@role_required(*ROLES)
@require_POST
def project_finish(request, pk: int):
    """The project is done: its real hours become template suggestions; the risk model relearns."""
    project = get_for_org_or_404(Project, pk=pk)
    if project.status == ProjectStatus.FINISHED:
        messages.error(request, _("The project is already finished."))
        return redirect("projects:project-detail", project.pk)
    created = services.finish_project(request.organization, project, request.user)
    messages.success(request, _("The project is finished; %(count)d template suggestions to review.")
                     % {"count": len(created)})
    if created:
        return redirect("projects:settings")
    return redirect("projects:project-detail", project.pk)


@role_required(*ROLES)
@require_POST
def suggestion_decide(request, pk: int):
    suggestion = get_for_org_or_404(TemplateSuggestion, pk=pk)
    try:
        services.decide_template_suggestion(request.organization, suggestion, request.user,
                                            accept=request.POST.get("decision") == "accept")
    except ValueError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Template updated.") if request.POST.get("decision") == "accept"
                         else _("Suggestion rejected."))
    return redirect("projects:settings")


@role_required(*ROLES)
@require_POST
def project_reply(request, pk: int):
    project = get_for_org_or_404(Project, pk=pk)
    services.approve_reply(request.organization, project, request.user, request.POST.get("reply", ""))
    messages.success(request, _("The reply is approved."))
    return redirect("projects:project-detail", project.pk)


@role_required(*ROLES)
def project_export(request, pk: int, kind: str):
    project = get_for_org_or_404(Project, pk=pk)
    try:
        content, content_type, name = services.export(project, kind)
    except ValueError as exc:
        return HttpResponse(str(exc), status=404)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@role_required(*ROLES)
@require_POST
def project_status(request, pk: int):
    project = get_for_org_or_404(Project, pk=pk)
    try:
        values = {
            "date": date.fromisoformat(request.POST.get("date", "")),
            "budget_at_completion": float(request.POST.get("budget_at_completion", "")),
            "planned_value": float(request.POST.get("planned_value", "")),
            "earned_value": float(request.POST.get("earned_value", "")),
            "actual_cost": float(request.POST.get("actual_cost", "")),
            "planned_start": date.fromisoformat(request.POST.get("planned_start", "")),
            "planned_finish": date.fromisoformat(request.POST.get("planned_finish", "")),
        }
        if min(v for k, v in values.items() if isinstance(v, float)) < 0:
            raise ValueError(_("Figures must be zero or more."))
        if values["planned_finish"] <= values["planned_start"]:
            raise ValueError(_("The planned finish must be after the planned start."))
        services.add_status_point(request.organization, project, **values)
    except ValueError as exc:
        messages.error(request, str(exc) or _("Check the status figures."))
    return redirect("projects:project-detail", project.pk)


@role_required(*ROLES)
@require_POST
def status_upload(request):
    upload = request.FILES.get("status")
    try:
        if upload is None:
            raise ValueError(_("Choose a STATUS.csv file."))
        results = services.import_status_csv(request.organization, _upload_text(upload), actor=request.user)
    except ValueError as exc:
        messages.error(request, str(exc))
    else:
        flagged = sum(1 for r in results if r["flag"])
        messages.success(request, _("%(count)d projects assessed, %(flagged)d flagged.")
                         % {"count": len(results), "flagged": flagged})
    return redirect("projects:project-list")


@role_required(*ROLES)
@require_http_methods(["GET", "POST"])
def planning_settings(request):
    org = request.organization
    data = services.planning_data(org)
    if request.method == "POST":
        try:
            services.save_planning_data(
                org,
                team_json=request.POST.get("team_json", "")[:2_000_000],
                history_csv=request.POST.get("history_csv", "")[:5_000_000],
                templates_json=request.POST.get("templates_json", "")[:2_000_000],
            )
        except ValueError as exc:
            messages.error(request, str(exc))
            return render(request, "projects/settings.html",
                          {"data": request.POST, "suggestions": services.template_suggestions(org)}, status=400)
        messages.success(request, _("Saved."))
        return redirect("projects:settings")
    return render(request, "projects/settings.html", {"data": data, "suggestions": services.template_suggestions(org)})
