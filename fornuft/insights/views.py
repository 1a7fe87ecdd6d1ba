"""The pages of insights: thin views that call the services. Every page needs a login, a
planning role and works in the user's organization."""

from __future__ import annotations

import json

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.insights import services
from fornuft.insights.models import Dataset, DatasetKind, DatasetVersion, Run, RunKind, VersionStatus

PLANNERS = (Role.ADMIN, Role.MANAGER, Role.FINANCE)
MAX_TEAM_BYTES = 1024 * 1024


def _upload(request, field: str = "file"):
    upload = request.FILES.get(field)
    if upload is None:
        raise ValueError(_("Choose a file."))
    if upload.size > services.MAX_UPLOAD_BYTES:
        raise ValueError(_("The file is larger than %(mb)d MB.") % {"mb": services.MAX_UPLOAD_BYTES // (1024 * 1024)})
    return upload.name, upload.read()


@role_required(*PLANNERS)
@require_http_methods(["GET", "POST"])
def dataset_list(request):
    error = None
    if request.method == "POST":
        try:
            name, data = _upload(request)
            version = services.import_file(
                request.organization,
                name,
                data,
                kind=request.POST.get("kind") or DatasetKind.SALES,
                dataset_name=request.POST.get("name", "").strip() or None,
            )
        except ValueError as exc:
            error = str(exc)
        else:
            return redirect("insights:dataset-detail", pk=version.dataset_id)
    context = {
        "datasets": services.list_datasets(request.organization),
        "kinds": DatasetKind.choices,
        "error": error,
        "runs": services.list_runs(request.organization, limit=10),
    }
    return render(request, "insights/dataset_list.html", context, status=400 if error else 200)


@role_required(*PLANNERS)
@require_http_methods(["GET", "POST"])
def dataset_detail(request, pk: int):
    dataset = get_for_org_or_404(Dataset, pk=pk)
    error = None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "mapping":
                services.set_mapping(
                    request.organization,
                    dataset,
                    {key: request.POST.get(key, "") for key in ("series", "date", "value")},
                )
                return redirect("insights:dataset-detail", pk=dataset.pk)
            if action == "forecast":
                version = dataset.latest()
                if version is None:
                    raise ValueError(_("Import a file first."))
                horizon = _int(request.POST.get("horizon"), services.DEFAULT_HORIZON, 1, 520)
                season = _int(request.POST.get("season_length"), 0, 0, 400) or None
                run = services.run_forecast(request.organization, version, horizon=horizon, season_length=season)
                return redirect("insights:run-detail", pk=run.pk)
            raise ValueError(_("Unknown action."))
        except ValueError as exc:
            error = str(exc)
    latest = dataset.latest()
    context = {
        "dataset": dataset,
        "versions": dataset.versions.all(),
        "latest": latest,
        "error": error,
        "columns": services.file_columns(latest) if latest and dataset.kind == DatasetKind.SALES else [],
        "forecast": services.latest_forecast(request.organization, dataset),
        "refused": latest is not None and latest.status == VersionStatus.REFUSED,
    }
    return render(request, "insights/dataset_detail.html", context, status=400 if error else 200)


def _int(raw, default: int, lo: int, hi: int) -> int:
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ValueError(_("Write a whole number.")) from None
    if not lo <= value <= hi:
        raise ValueError(_("Choose a number from %(lo)d to %(hi)d.") % {"lo": lo, "hi": hi})
    return value


def _heatmap(result: dict) -> dict:
    """Load per person and week as share of capacity (for the heatmap table)."""
    weeks = sorted({row["week"] for row in result.get("weeks", [])})
    rows = []
    for person, loads in result.get("load", {}).items():
        cells = []
        for week in weeks:
            hours = loads.get(week, 0.0)
            capacity = result.get("capacity", {}).get(person, {}).get(week, 0.0)
            share = hours / capacity if capacity else 0.0
            cells.append(
                {
                    "hours": hours,
                    "capacity": capacity,
                    "percent": round(100 * share),
                    "alpha": round(0.1 + 0.8 * min(share, 1.0), 2),
                }
            )
        rows.append({"person": person, "cells": cells})
    skills = sorted({row["skill"] for row in result.get("weeks", [])})
    by_skill = []
    for skill in skills:
        cells = []
        for week in weeks:
            row = next((r for r in result["weeks"] if r["week"] == week and r["skill"] == skill), None)
            demand = row["demand_hours"] if row else 0.0
            short = row["shortfall_hours"] if row else 0.0
            cells.append(
                {"demand": demand, "short": short, "alpha": round(0.1 + 0.8 * (short / demand if demand else 0), 2)}
            )
        by_skill.append({"skill": skill, "cells": cells})
    return {"weeks": weeks, "people": rows, "skills": by_skill}


@role_required(*PLANNERS)
def run_detail(request, pk: int):
    run = get_for_org_or_404(Run, pk=pk)
    context = {"run": run, "result": run.result}
    if run.kind == RunKind.FORECAST:
        labels = {
            "history": _("History"),
            "mean": _("Forecast"),
            "hi80": _("80 % interval"),
            "lo80": "",
            "hi95": _("95 % interval"),
            "lo95": "",
        }
        context["charts"] = [
            {
                "id": f"forecast-{i}",
                "data_id": f"forecast-{i}-data",
                "series": s,
                "data": {"history": s.get("history", []), "forecast": s["forecast"], "labels": labels},
            }
            for i, s in enumerate(run.result.get("series", []))
        ]
    elif run.kind == RunKind.STAFFING:
        context["heatmap"] = _heatmap(run.result)
    elif run.kind == RunKind.PRICE:
        context["chart"] = {
            "curve": run.result.get("curve", []),
            "labels": {"probability": _("Win probability (%)"), "margin": _("Expected margin")},
        }
    return render(request, "insights/run_detail.html", context)


@role_required(*PLANNERS)
@require_http_methods(["GET", "POST"])
def price(request):
    error = None
    histories = [
        v
        for d in services.list_datasets(request.organization)
        if d.kind == DatasetKind.BIDS
        for v in [d.latest()]
        if v is not None and v.status == VersionStatus.CHECKED
    ]
    if request.method == "POST":
        try:
            version = None
            if request.POST.get("version"):
                try:
                    version = get_for_org_or_404(DatasetVersion, pk=_int(request.POST["version"], 0, 1, 2**62))
                except Http404:
                    raise ValueError(_("Choose a quote history.")) from None
            cost = _float(request.POST.get("cost"))
            run = services.suggest_price(
                request.organization,
                version,
                segment=request.POST.get("segment", "")[:100],
                service=request.POST.get("service", "")[:100],
                cost=cost,
                markup=_float(request.POST.get("markup") or "0.25", allow_zero=True),
            )
        except ValueError as exc:
            error = str(exc)
        else:
            return redirect("insights:run-detail", pk=run.pk)
    context = {
        "histories": histories,
        "error": error,
        "runs": services.list_runs(request.organization, RunKind.PRICE, 10),
    }
    return render(request, "insights/price.html", context, status=400 if error else 200)


def _float(raw, allow_zero: bool = False) -> float:
    try:
        value = float(str(raw).replace(",", ".").replace(" ", ""))
    except (TypeError, ValueError):
        raise ValueError(_("Write a number.")) from None
    if value != value or value < 0 or (value == 0 and not allow_zero) or value > 1e12:
        raise ValueError(_("Write a positive number."))
    return value


@role_required(Role.ADMIN, Role.MANAGER)
@require_http_methods(["GET", "POST"])
def staffing(request):
    error = None
    demands = [
        v
        for d in services.list_datasets(request.organization)
        if d.kind == DatasetKind.DEMAND
        for v in [d.latest()]
        if v is not None and v.status == VersionStatus.CHECKED
    ]
    histories = [
        v
        for d in services.list_datasets(request.organization)
        if d.kind == DatasetKind.TIME
        for v in [d.latest()]
        if v is not None and v.status == VersionStatus.CHECKED
    ]
    if request.method == "POST" and request.POST.get("action") == "demand":
        try:
            history = None
            if request.POST.get("history"):
                try:
                    history = get_for_org_or_404(DatasetVersion, pk=_int(request.POST.get("history"), 0, 1, 2**62))
                except Http404:
                    raise ValueError(_("Choose a time registration data set as history.")) from None
            weeks = _int(request.POST.get("weeks"), 12, 1, 156)
            services.forecast_staffing_demand(request.organization, weeks=weeks, history=history)
        except (ValueError, ObjectDoesNotExist) as exc:
            error = str(exc)
        else:
            return redirect("insights:staffing")
    elif request.method == "POST":
        try:
            try:
                version = get_for_org_or_404(DatasetVersion, pk=_int(request.POST.get("version"), 0, 1, 2**62))
            except Http404:
                raise ValueError(_("Choose a demand file.")) from None
            upload = request.FILES.get("team")
            if upload is None or upload.size > MAX_TEAM_BYTES:
                raise ValueError(_("Choose a team file (JSON, at most 1 MB)."))
            try:
                team = json.loads(upload.read().decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise ValueError(_("The team file is not valid JSON.")) from None
            run = services.plan_staffing(request.organization, version, team)
        except (ValueError, ObjectDoesNotExist, RuntimeError) as exc:
            error = str(exc)
        else:
            return redirect("insights:run-detail", pk=run.pk)
    context = {
        "demands": demands,
        "histories": histories,
        "error": error,
        "runs": services.list_runs(request.organization, RunKind.STAFFING, 10),
    }
    return render(request, "insights/staffing.html", context, status=400 if error else 200)


@role_required(*PLANNERS)
def digest(request):
    return render(request, "insights/digest.html", {"digest": services.monthly_digest(request.organization)})
