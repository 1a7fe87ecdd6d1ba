"""Registry, decision log and review queue pages."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import GOVERNANCE_READERS, REVIEWERS, Role
from fornuft.governance import corrections, explorer, queries, readable, review, services
from fornuft.governance.forms import DecisionFilterForm, SystemSettingsForm
from fornuft.governance.models import AISystem, Decision, ReviewStatus, ReviewTask

PAGE_SIZE = 50


@role_required(*GOVERNANCE_READERS)
def overview(request):
    """The governance figures: decisions today and per day, open reviews, systems, reminders."""
    from fornuft.governance.views_registry import reminders

    figures = queries.dashboard_figures(request.organization)
    per_day = queries.decisions_per_day(request.organization)
    chart = {"labels": [formats.date_format(day, "d.m") for day, _count in per_day],
             "values": [count for _day, count in per_day]}
    due = reminders(request.organization)
    return render(request, "governance/overview.html", {
        **figures, "chart": chart, "compliance_reminders": sum(len(items) for items in due.values())})


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
    tasks = review.visible_reviews(request.user).filter(status=status).select_related(
        "decision", "system", "resolved_by")
    page = Paginator(tasks.order_by("-opened_at"), PAGE_SIZE).get_page(request.GET.get("page"))
    tasks_on_page = list(page)
    resolvable = set(review.resolvable_reviews(request.user).filter(pk__in=[t.pk for t in tasks_on_page])
                     .values_list("pk", flat=True)) if status == ReviewStatus.OPEN else set()
    subjects = corrections.describe_many([task.decision for task in tasks_on_page])
    bulk_ok = {task.system_id: review.bulk_acceptable(task.system) for task in tasks_on_page}
    rows = [(task, subjects[task.decision.pk], task.pk in resolvable, task.pk in resolvable and bulk_ok[task.system_id])
            for task in tasks_on_page]
    return render(request, "governance/review_list.html", {
        "page": page, "rows": rows, "status": status, "statuses": ReviewStatus.choices,
        "can_bulk": any(row[3] for row in rows),
    })


def _review_page(request, task: ReviewTask, form=None, status: int = 200, assistance=None, subject=None):
    from fornuft.platform.llm.assist import offered

    subject = subject or corrections.describe(task.decision)
    can_resolve = review.may_resolve(request.user, task.system) and task.status == ReviewStatus.OPEN
    return render(request, "governance/review_detail.html", {
        "assist_actions": offered(subject) if can_resolve else (),
        "assistance": assistance,
        "task": task,
        "subject": subject,
        "can_resolve": can_resolve,
        "form": form or (corrections.CorrectionForm(task, subject) if can_resolve else None),
        "output_rows": readable.output_rows(task.decision.output, task.system.key),
        "explanation": task.decision.explanation,
        "readable": readable.explanation_rows(task.decision.explanation, task.system.key),
    }, status=status)


@role_required(*REVIEWERS, Role.AUDITOR)
def review_detail(request, pk: int):
    task = get_for_org_or_404(review.visible_reviews(request.user).select_related("decision", "system"), pk=pk)
    return _review_page(request, task)


@role_required(*REVIEWERS)
@require_POST
def review_assist(request, pk: int):
    """The language model's help on request (summary, draft reply, second opinion), shown as AI-generated."""
    from fornuft.platform.llm.assist import assist

    task = get_for_org_or_404(review.visible_reviews(request.user).select_related("decision", "system"), pk=pk)
    if not review.may_resolve(request.user, task.system):
        raise review.ReviewNotAllowed(task)
    subject = corrections.describe(task.decision)
    try:
        assistance = assist(request.organization, task, subject, request.POST.get("action", ""),
                            corrections.declared_fields(task.system.key))
    except ValueError:
        messages.error(request, _("The language model cannot help with this review."))
        return redirect("governance:review-detail", pk=pk)
    if not assistance.texts:
        messages.warning(request, _("The language model gave no usable answer; carry on without it."))
    return _review_page(request, task, assistance=assistance, subject=subject)


@role_required(*REVIEWERS)
@require_POST
def review_resolve(request, pk: int):
    task = get_for_org_or_404(review.visible_reviews(request.user).select_related("decision", "system"), pk=pk)
    if not review.may_resolve(request.user, task.system):
        raise review.ReviewNotAllowed(task)
    correction = None
    if request.POST.get("verdict") == "correct":
        form = corrections.form_from_post(task, request.POST)
        if not form.is_valid():
            messages.error(request, _("Please correct the errors below."))
            return _review_page(request, task, form, status=400)
        correction = form.correction()
        if not correction:
            messages.error(request, _("Nothing was changed: change a field, or accept the proposal as it is."))
            return _review_page(request, task, form, status=400)
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
    except corrections.CorrectionInvalid as exc:
        messages.error(request, str(exc))
        return _review_page(request, task, status=400)
    messages.success(request, _("Review resolved."))
    next_task = review.resolvable_reviews(request.user).filter(status=ReviewStatus.OPEN).order_by("opened_at").first()
    if next_task is not None:
        return redirect("governance:review-detail", pk=next_task.pk)
    return redirect("governance:review-list")


@role_required(*REVIEWERS)
@require_POST
def review_bulk(request):
    """Accepts the selected reviews; only those the person's role may resolve are touched."""
    if request.POST.get("action") != "accept":
        messages.error(request, _("Choose what to do with the selected reviews."))
        return redirect("governance:review-list")
    ids = [int(value) for value in request.POST.getlist("ids") if value.isdigit()]
    selected = review.visible_reviews(request.user).filter(pk__in=ids, status=ReviewStatus.OPEN).select_related(
        "decision", "system")
    allowed = set(review.resolvable_reviews(request.user, selected).values_list("pk", flat=True))
    accepted = refused = 0
    for task in selected:
        if task.pk not in allowed or not review.bulk_acceptable(task.system):
            refused += 1
            continue
        try:
            review.resolve_review(task, request.user)
            accepted += 1
        except review.ReviewAlreadyResolved:
            refused += 1
    if accepted:
        messages.success(request, _("%(count)d reviews accepted.") % {"count": accepted})
    if refused:
        messages.warning(request, _("%(count)d reviews were left open: not yours to resolve, already resolved, "
                                    "or to be looked at one by one.")
                         % {"count": refused})
    return redirect("governance:review-list")
