"""Registry pages beyond the spine: compliance overview, own/external systems, the risk
questionnaire, obligations, profile, periodic reviews, Annex IV documentation, dates."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib import messages
from django.db import transaction
from django.db.models import Case, Value, When
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import GOVERNANCE_READERS, Role
from fornuft.governance import documentation, literacy, obligations, risk, services
from fornuft.governance.forms_compliance import PeriodicReviewForm, ProfileForm, SystemCreateForm
from fornuft.governance.models import (
    AISystem,
    DataSubjectRequest,
    RegistryChange,
    RegulationDate,
    RequestStatus,
    RiskClass,
    SystemReview,
)
from fornuft.governance.reauth import recent_password_required

REMINDER_DAYS = 30
RISK_ORDER = (RiskClass.PROHIBITED, RiskClass.HIGH, RiskClass.LIMITED, RiskClass.MINIMAL)


def reminders(organization) -> dict:
    """What needs attention: reviews due, stale classifications, requests near their deadline, training gaps."""
    soon = timezone.localdate() + timedelta(days=REMINDER_DAYS)
    systems = list(AISystem.objects.filter(organization=organization).order_by("name"))
    return {
        "reviews_due": [s for s in systems if s.next_review and s.next_review <= soon],
        "stale": [s for s in systems if risk.is_stale(s)],
        "requests": list(DataSubjectRequest.objects.filter(organization=organization, status=RequestStatus.OPEN)
                         .order_by("due_at")),
        "gaps": literacy.gaps(organization),
    }


@role_required(*GOVERNANCE_READERS)
def compliance_overview(request):
    organization = request.organization
    return render(request, "governance/compliance/overview.html", {
        **reminders(organization),
        "dates": obligations.regulation_dates(organization),
        "today": timezone.localdate(),
        "systems": AISystem.objects.filter(organization=organization).annotate(risk_order=Case(
            *(When(risk_class=value, then=Value(index)) for index, value in enumerate(RISK_ORDER)),
            default=Value(len(RISK_ORDER)))).order_by("risk_order", "name"),
        "is_admin": request.user.role == Role.ADMIN,
    })


@role_required(Role.ADMIN)
def system_create(request):
    form = SystemCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        system = services.register_system(
            request.organization, request.user, key=data["key"], name=data["name"], purpose=data["purpose"],
            owner=data["owner"], provider=data["provider"], model_name=data["model_name"],
            data_categories=data["data_categories"], oversight_mode=data["oversight_mode"], kind=data["kind"],
            vendor_url=data["vendor_url"], intended_users=data["intended_users"],
        )
        messages.success(request, _("Registered. Now answer the risk questionnaire."))
        return redirect("governance:system-classify", key=system.key)
    return render(request, "governance/compliance/system_create.html", {"form": form},
                  status=400 if request.method == "POST" else 200)


def _answers_from(data) -> dict:
    return {key[2:]: data[key] for key in data if key.startswith("q_") and key[2:] in risk.QUESTIONS}


@role_required(*GOVERNANCE_READERS)
def system_classify(request, key: str):
    system = get_for_org_or_404(AISystem, key=key)
    source = request.POST if request.method == "POST" else request.GET
    answers = _answers_from(source)
    evaluation = risk.evaluate(answers)
    if request.method == "POST" and source.get("action") == "save":
        if request.user.role != Role.ADMIN:
            messages.error(request, _("Only administrators can change a classification."))
            return redirect("governance:system-classify", key=system.key)
        try:
            risk.classify(system, answers, request.user)
        except risk.ClassificationIncomplete as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Classification saved: %(result)s.") % {
                "result": system.get_risk_class_display()})
            return redirect("governance:system-classify", key=system.key)
    steps = [{**step, "text": risk.QUESTIONS[step["question"]].text} for step in evaluation.steps]
    return render(request, "governance/compliance/classify.html", {
        "system": system, "steps": steps, "evaluation": evaluation, "next": evaluation.next_question,
        "answers": {step["question"]: "yes" if step["answer"] else "no" for step in evaluation.steps},
        "stages": risk.STAGES, "assessments": system.assessments.select_related("assessed_by")[:10],
        "stale": risk.is_stale(system), "is_admin": request.user.role == Role.ADMIN,
        "result_label": RiskClass(evaluation.result).label if evaluation.result else "",
    })


@role_required(Role.ADMIN)
@require_POST
def obligation_update(request, key: str):
    system = get_for_org_or_404(AISystem, key=key)
    try:
        obligations.set_state(system, request.POST.get("obligation", ""), request.POST.get("state", ""),
                              request.user, request.POST.get("note", ""))
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect("governance:system-detail", key=system.key)
    messages.success(request, _("Saved."))
    return redirect("governance:system-detail", key=system.key)


@role_required(Role.ADMIN)
@require_POST
def profile_update(request, key: str):
    system = get_for_org_or_404(AISystem, key=key)
    form = ProfileForm(request.POST)
    if not form.is_valid():
        messages.error(request, "; ".join(f"{field}: {' '.join(str(e) for e in errors)}"
                                          for field, errors in form.errors.items()))
        return redirect("governance:system-detail", key=system.key)
    data = form.cleaned_data
    profile = documentation.profile_for(system)
    with transaction.atomic():
        system_fields = {name: data[name] for name in ("purpose", "model_name", "provider", "data_categories")}
        if system.built_in:
            # The code owns a built-in system's purpose, model and data categories (synced on migrate).
            system_fields = {"provider": data["provider"]}
        services.update_system(system, request.user, **system_fields)
        logged = []
        for name in ("intended_users", "training_data", "review_interval_days"):
            old = getattr(profile, name)
            if old != data[name]:
                logged.append(RegistryChange(organization=request.organization, system=system,
                                             changed_by=request.user, field=f"profile.{name}",
                                             old_value=str(old), new_value=str(data[name])))
                setattr(profile, name, data[name])
        profile.save()
        RegistryChange.objects.bulk_create(logged)
    if risk.is_stale(system):
        messages.warning(request, _("The system changed since it was classified: answer the questionnaire again."))
    else:
        messages.success(request, _("Saved."))
    return redirect("governance:system-detail", key=system.key)


@role_required(Role.ADMIN)
@require_POST
def periodic_review(request, key: str):
    system = get_for_org_or_404(AISystem, key=key)
    form = PeriodicReviewForm(request.POST)
    if not form.is_valid() or form.cleaned_data["next_review"] <= timezone.localdate():
        messages.error(request, _("Write the findings and pick a next review date in the future."))
        return redirect("governance:system-detail", key=system.key)
    with transaction.atomic():
        SystemReview.objects.create(organization=request.organization, system=system, reviewed_by=request.user,
                                    findings=form.cleaned_data["findings"],
                                    next_review=form.cleaned_data["next_review"])
        services.update_system(system, request.user, next_review=form.cleaned_data["next_review"])
    messages.success(request, _("Review recorded."))
    return redirect("governance:system-detail", key=system.key)


@role_required(*GOVERNANCE_READERS)
@recent_password_required
def system_documentation(request, key: str, fmt: str):
    system = get_for_org_or_404(AISystem, key=key)
    stamp = timezone.localdate().isoformat()
    if fmt == "pdf":
        response = HttpResponse(documentation.pdf(system), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="{system.key}-annex-iv-{stamp}.pdf"'
        return response
    response = HttpResponse(documentation.markdown(system), content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{system.key}-annex-iv-{stamp}.md"'
    return response


@role_required(*GOVERNANCE_READERS)
def regulation_dates(request):
    rows = obligations.regulation_dates(request.organization)
    if request.method == "POST":
        if request.user.role != Role.ADMIN:
            messages.error(request, _("Only administrators can change the dates."))
            return redirect("governance:regulation-dates")
        changed = 0
        for row in rows:
            value = request.POST.get(f"date_{row.pk}", "")
            try:
                new = date.fromisoformat(value) if value else row.applies_from
            except ValueError:
                messages.error(request, _("“%(value)s” is not a date (use YYYY-MM-DD).") % {"value": value})
                return redirect("governance:regulation-dates")
            if new != row.applies_from:
                RegulationDate.objects.filter(pk=row.pk).update(applies_from=new)
                changed += 1
        messages.success(request, _("%(count)s date(s) updated.") % {"count": changed})
        return redirect("governance:regulation-dates")
    return render(request, "governance/compliance/dates.html",
                  {"dates": rows, "today": timezone.localdate(), "is_admin": request.user.role == Role.ADMIN})
