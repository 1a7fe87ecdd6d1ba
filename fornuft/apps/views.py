"""The pages of no-code apps: thin views that call the services. Everyone in the
organization may see and run published apps; building, testing and publishing need the
superuser or AI-champion literacy level (checked in the services)."""

from __future__ import annotations

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from fornuft.apps import blocks, graph, services, starters
from fornuft.apps.models import App, Run
from fornuft.core.permissions import get_for_org_or_404

MAX_JSON_UPLOAD = 2 * 1024 * 1024


def _error_page(request, template, context, error):
    return render(request, template, {**context, "error": error}, status=400 if error else 200)


@login_required
@require_http_methods(["GET", "POST"])
def app_list(request):
    error = None
    if request.method == "POST":
        try:
            upload = request.FILES.get("file")
            if upload is not None:
                if upload.size > MAX_JSON_UPLOAD:
                    raise ValueError(_("An app file is at most 2 MB."))
                try:
                    data = json.loads(upload.read().decode("utf-8-sig"))
                except (UnicodeDecodeError, json.JSONDecodeError):
                    raise ValueError(_("The file is not app JSON.")) from None
                app = services.import_app(request.organization, request.user, data)
            else:
                app = services.create_app(request.organization, request.user, request.POST.get("name", ""),
                                          template=request.POST.get("template", ""))
        except (ValueError, PermissionError) as exc:
            error = str(exc)
        else:
            return redirect("apps:builder", app_id=app.pk)
    context = {"apps": services.list_apps(request.organization), "templates": starters.TEMPLATES.values(),
               "can_build": services.literacy_level(request.user) >= 2}
    return _error_page(request, "apps/app_list.html", context, error)


def _questions(definition):
    from fornuft.governance import risk

    suggested = services.suggested_answers(definition)
    return [{"id": q.id, "text": q.text, "article": q.article, "stage": q.stage,
             "suggested": suggested.get(q.id)} for q in risk.QUESTIONS.values()]


@login_required
@require_http_methods(["GET", "POST"])
def app_detail(request, app_id: int):
    app = get_for_org_or_404(App, pk=app_id)
    error = None
    if request.method == "POST":
        answers = {key[2:]: value == "yes" for key, value in request.POST.items()
                   if key.startswith("q_") and value in ("yes", "no")}
        try:
            services.publish(app, request.user, answers)
        except (ValueError, PermissionError) as exc:
            error = str(exc)
        else:
            return redirect("apps:app-detail", app_id=app.pk)
    version = services.latest_version(app)
    versions = list(app.versions.all()[:20])
    context = {"app": app, "version": version, "versions": versions, "problems": graph.check_app(version.definition),
               "questions": _questions(version.definition), "blockers": services.run_blockers(app),
               "high_risk_warning": services.annex_iii_warning(version.definition),
               "runs": services.list_runs(app), "figures": services.app_figures(app),
               "starts": _starts(app), "tasks": list(app.tasks.filter(done=False)[:50]),
               "can_build": services.literacy_level(request.user) >= 2}
    return _error_page(request, "apps/app_detail.html", context, error)


def _starts(app) -> dict:
    """The triggers of the published version: what can start the app without a person."""
    from fornuft.apps.triggers import _published_definition

    definition = _published_definition(app)
    found = {}
    for node in definition.get("nodes", []):
        block = str(node.get("block") or "")
        if block.startswith("trigger."):
            found[block.split(".", 1)[1]] = {"on": True, **(node.get("config") or {})}   # {} would read as false
    return found


@login_required
def app_diff(request, app_id: int):
    app = get_for_org_or_404(App, pk=app_id)
    try:
        old, new = int(request.GET.get("old", 0)), int(request.GET.get("new", 0))
        changes = services.diff_versions(app, old, new)
    except ValueError:
        return HttpResponse(_("No such version."), status=404)
    return render(request, "apps/app_diff.html", {"app": app, "old": old, "new": new, "changes": changes})


@login_required
def app_export(request, app_id: int):
    app = get_for_org_or_404(App, pk=app_id)
    response = JsonResponse(services.export_app(app), json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="app-{app.pk}.json"'
    return response


@login_required
def builder(request, app_id: int):
    app = get_for_org_or_404(App, pk=app_id)
    version = services.latest_version(app)
    return render(request, "apps/builder.html", {
        "app": app, "version": version, "definition": version.definition, "catalogue": blocks.catalogue(),
        "can_build": services.literacy_level(request.user) >= 2, "builder_text": _builder_text()})


def _builder_text() -> dict:
    return {
        "refused": _("This connection is not allowed."), "app": _("The app"), "name": _("Name"),
        "purpose": _("Purpose (needed to publish)"), "use": _("The app is used for (AI Act, Annex III)"),
        "use_employment": _("recruitment, selection or managing workers"),
        "use_credit": _("creditworthiness or access to essential services"),
        "use_education": _("admission to or assessment in education"), "use_biometrics": _("biometrics"),
        "no_settings": _("This block has no settings."), "saved": _("Saved as version %s."),
        "failed": _("Something went wrong."), "bad_json": _("The example input is not valid JSON."),
        "hint_list": _("One per line."), "hint_fields": _("One field name per line."),
        "hint_categories": _("One example per line: category: example text"),
        "hint_criteria": _("One per line: name | formula | weight | worst | best"),
        "hint_rules": _("One per line: when (formula) | then (label)"),
        "cat_trigger": _("Triggers"), "cat_understanding": _("Understanding"), "cat_data": _("Data and computation"),
        "cat_decision": _("Decision"), "cat_action": _("Actions"),
    }


@login_required
@require_POST
def builder_save(request, app_id: int):
    app = get_for_org_or_404(App, pk=app_id)
    if len(request.body) > MAX_JSON_UPLOAD:
        return JsonResponse({"error": _("The app is too large.")}, status=400)
    try:
        payload = json.loads(request.body.decode("utf-8"))
        version, problems = services.save_version(app, request.user, payload.get("definition"),
                                                  str(payload.get("note") or ""))
    except (ValueError, AttributeError, UnicodeDecodeError):
        return JsonResponse({"error": _("This is not app JSON.")}, status=400)
    except PermissionError as exc:
        return JsonResponse({"error": str(exc)}, status=403)
    return JsonResponse({"number": version.number, "problems": problems})


@login_required
@require_POST
def builder_test(request, app_id: int):
    """Runs the latest version on the example rows given in the builder (a test run)."""
    app = get_for_org_or_404(App, pk=app_id)
    try:
        services.check_builder(request.user)
        payload = json.loads(request.body.decode("utf-8"))
        rows = payload.get("rows")
        if isinstance(rows, dict):
            rows = [rows]
        if not isinstance(rows, list) or len(rows) > 100:
            raise ValueError(_("Give up to 100 example rows."))
        run = services.start_run(app, request.user, rows, test=True)
    except PermissionError as exc:
        return JsonResponse({"error": str(exc)}, status=403)
    except (ValueError, AttributeError, UnicodeDecodeError) as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"run": run.pk, "url": f"/apps/runs/{run.pk}/"})


@login_required
@require_http_methods(["GET", "POST"])
def run_detail(request, run_id: int):
    run = get_for_org_or_404(Run, pk=run_id)
    if request.method == "POST" and run.status == "failed":
        services.retry_run(run)
        return redirect("apps:run-detail", run_id=run.pk)
    steps = list(run.steps.all())
    template = "apps/run_steps.html" if request.headers.get("HX-Request") else "apps/run_detail.html"
    return render(request, template, {"run": run, "steps": steps, "app": run.app})


@login_required
@require_POST
def run_start(request, app_id: int):
    """Runs the published app on an uploaded CSV table."""
    from fornuft.apps.tables import TableProblem, check_size, read_table

    app = get_for_org_or_404(App, pk=app_id)
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise ValueError(_("Choose a CSV file."))
        check_size(upload.size)
        rows = read_table(upload.read())
        run = services.start_run(app, request.user, rows, source="csv")
    except (TableProblem, ValueError) as exc:
        return render(request, "apps/run_refused.html", {"app": app, "error": str(exc)}, status=400)
    return redirect("apps:run-detail", run_id=run.pk)
