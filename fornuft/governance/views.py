"""Registry, decision log and review queue pages."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, require_role, role_required
from fornuft.core.roles import GOVERNANCE_READERS, REVIEWERS, Role
from fornuft.governance import queries, review, services
from fornuft.governance.forms import DecisionFilterForm, SystemSettingsForm
from fornuft.governance.models import AISystem, Decision, ReviewStatus, ReviewTask

PAGE_SIZE = 50


@role_required(*GOVERNANCE_READERS)
def system_list(request):
    return render(request, "governance/system_list.html", {"systems": queries.systems_with_open_reviews()})


@role_required(*GOVERNANCE_READERS)
def system_detail(request, key: str):
    system = get_for_org_or_404(AISystem, key=key)
    form = SystemSettingsForm(instance=system) if request.user.role == Role.ADMIN else None
    context = {
        "system": system,
        "form": form,
        "versions": system.model_versions.all()[:20],
        "recent": Decision.objects.filter(system=system).order_by("-seq")[:10],
        "changes": system.changes.select_related("changed_by")[:20],
        "decision_count": Decision.objects.filter(system=system).count(),
    }
    return render(request, "governance/system_detail.html", context)


@role_required(Role.ADMIN)
@require_POST
def system_update(request, key: str):
    system = get_for_org_or_404(AISystem, key=key)
    form = SystemSettingsForm(request.POST, instance=AISystem.objects.get(pk=system.pk))
    if not form.is_valid():
        messages.error(request, _("Please correct the errors below."))
        return render(request, "governance/system_detail.html", {"system": system, "form": form}, status=400)
    changes = {name: form.cleaned_data[name] for name in form.changed_data}
    services.update_system(system, request.user, **changes)
    messages.success(request, _("Saved."))
    return redirect("governance:system-detail", key=system.key)


@role_required(*GOVERNANCE_READERS)
def decision_list(request):
    from fornuft.governance import views_explorer

    form = DecisionFilterForm(request.GET or None)
    decisions = views_explorer.filtered(request, form).only(
        "id", "seq", "system_key", "model_version", "subject_type", "subject_id", "confidence", "actor",
        "needs_review", "created_at", "output_json",
    )
    page = Paginator(decisions, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "governance/decision_list.html", {
        "form": form, "page": page, "query": query.urlencode(),
        "subject": request.GET.get("subject", ""), "review": request.GET.get("review", ""),
        "oversight": views_explorer.oversight_for_filter(request),
    })


@role_required(*GOVERNANCE_READERS)
def decision_detail(request, seq: int):
    from fornuft.governance import explorer

    decision = get_for_org_or_404(Decision, seq=seq)
    return render(request, "governance/decision_detail.html", {
        "decision": decision,
        "output": json.dumps(decision.output, indent=2, ensure_ascii=False),
        "explanation": decision.explanation,
        "readable": explorer.readable_explanation(decision.explanation),
        "review_task": ReviewTask.objects.filter(decision=decision).select_related("resolved_by", "resolution").first(),
        "history": Decision.objects.filter(subject_type=decision.subject_type, subject_id=decision.subject_id)
        .exclude(pk=decision.pk).order_by("seq")[:50],
    })


@role_required(*REVIEWERS, Role.AUDITOR)
def review_list(request):
    status = request.GET.get("status", ReviewStatus.OPEN)
    tasks = ReviewTask.objects.filter(status=status).select_related("decision", "system", "resolved_by")
    page = Paginator(tasks.order_by("-opened_at"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "governance/review_list.html",
                  {"page": page, "status": status, "statuses": ReviewStatus.choices})


def _correction_fields(task: ReviewTask) -> list[tuple[str, str]]:
    output = task.decision.output
    if isinstance(output, dict):
        return [(key, "" if value is None else str(value)) for key, value in output.items()
                if isinstance(value, str | int | float | bool) or value is None]
    return [("value", str(output))]


@role_required(*REVIEWERS, Role.AUDITOR)
def review_detail(request, pk: int):
    task = get_for_org_or_404(ReviewTask.objects.select_related("decision", "system"), pk=pk)
    return render(request, "governance/review_detail.html", {
        "task": task,
        "fields": _correction_fields(task),
        "output": json.dumps(task.decision.output, indent=2, ensure_ascii=False),
        "explanation": task.decision.explanation,
    })


def _coerce(original, text: str):
    if isinstance(original, bool):
        return text.lower() in {"1", "true", "yes", "ja", "on"}
    if isinstance(original, int | float):
        try:
            return type(original)(text)
        except ValueError:
            return text
    return text


@role_required(*REVIEWERS)
@require_POST
def review_resolve(request, pk: int):
    require_role(request.user, *REVIEWERS)
    task = get_for_org_or_404(ReviewTask.objects.select_related("decision", "system"), pk=pk)
    correction = None
    if request.POST.get("verdict") == "correct":
        output = task.decision.output
        if isinstance(output, dict):
            correction = dict(output)
            for key, _value in _correction_fields(task):
                if f"field_{key}" in request.POST:
                    correction[key] = _coerce(output.get(key), request.POST[f"field_{key}"].strip())
        else:
            correction = {"value": request.POST.get("field_value", "")}
    touch = request.POST.get("touch_seconds")
    try:
        touch_seconds = max(0.0, float(touch)) if touch else None
    except ValueError:
        touch_seconds = None
    try:
        review.resolve_review(task, request.user, correction=correction,
                              comment=request.POST.get("comment", "")[:2000], touch_seconds=touch_seconds)
    except review.ReviewAlreadyResolved as exc:
        messages.warning(request, str(exc))
        return redirect("governance:review-list")
    messages.success(request, _("Review resolved."))
    next_task = ReviewTask.objects.filter(status=ReviewStatus.OPEN).order_by("opened_at").first()
    if next_task is not None:
        return redirect("governance:review-detail", pk=next_task.pk)
    return redirect("governance:review-list")
