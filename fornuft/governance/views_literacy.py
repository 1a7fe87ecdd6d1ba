"""AI literacy (Art. 4) matrix and training records; the AI-use policy."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import GOVERNANCE_READERS, Role
from fornuft.core.tenancy import organization_users
from fornuft.governance import literacy, policy
from fornuft.governance.forms_compliance import RequirementForm, TrainingRecordForm
from fornuft.governance.models import LiteracyLevel, LiteracyRequirement

LITERACY_READERS = (*GOVERNANCE_READERS, Role.HR)
LITERACY_WRITERS = (Role.ADMIN, Role.HR)


@role_required(*LITERACY_READERS)
def literacy_matrix(request):
    literacy.ensure_courses(request.organization)
    rows = literacy.status_for_organization(request.organization)
    can_edit = request.user.role in LITERACY_WRITERS
    return render(request, "governance/compliance/literacy.html", {
        "rows": rows, "gaps": [row for row in rows if row.gap], "levels": LiteracyLevel.choices[1:],
        "record_form": TrainingRecordForm(users=organization_users().filter(is_active=True)) if can_edit else None,
        "requirement_form": RequirementForm() if request.user.role == Role.ADMIN else None,
        "requirements": LiteracyRequirement.objects.select_related("system"),
        "can_edit": can_edit,
    })


@role_required(*LITERACY_WRITERS)
@require_POST
def training_record_create(request):
    users = organization_users().filter(is_active=True)
    form = TrainingRecordForm(request.POST, users=users)
    if not form.is_valid():
        messages.error(request, _("Pick at least one person, a course and the completion date."))
        return redirect("governance:literacy")
    people = list(users.filter(pk__in=form.cleaned_data["users"]))
    if len(people) != len(form.cleaned_data["users"]):
        raise Http404
    try:
        with transaction.atomic():
            for user in people:
                literacy.record_training(request.organization, user, form.cleaned_data["course"],
                                         form.cleaned_data["completed_on"], request.user)
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect("governance:literacy")
    messages.success(request, _("Training recorded for %(count)s people.") % {"count": len(people)})
    return redirect("governance:literacy")


@role_required(Role.ADMIN)
@require_POST
def requirement_create(request):
    form = RequirementForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.non_field_errors()) or _("Check the requirement."))
        return redirect("governance:literacy")
    LiteracyRequirement.objects.create(organization=request.organization, role=form.cleaned_data["role"] or "",
                                       system=form.cleaned_data["system"], level=form.cleaned_data["level"],
                                       reason=form.cleaned_data["reason"])
    messages.success(request, _("Requirement added."))
    return redirect("governance:literacy")


@role_required(Role.ADMIN)
@require_POST
def requirement_delete(request, pk: int):
    get_for_org_or_404(LiteracyRequirement, pk=pk).delete()
    messages.success(request, _("Requirement removed."))
    return redirect("governance:literacy")


@role_required()
def policy_view(request, language: str):
    if language not in policy.LANGUAGES:
        raise Http404
    document = policy.current(request.organization, language)
    is_admin = request.user.role == Role.ADMIN
    if request.method == "POST":
        if not is_admin:
            messages.error(request, _("Only administrators edit the policy."))
            return redirect("governance:policy", language=language)
        try:
            if request.POST.get("action") == "regenerate":
                policy.regenerate(request.organization, language, request.user)
                messages.success(request, _("Policy regenerated from the registry."))
            else:
                policy.save_edit(request.organization, language, request.POST.get("body", ""), request.user)
                messages.success(request, _("Policy saved."))
        except ValueError as exc:
            messages.error(request, str(exc))
        return redirect("governance:policy", language=language)
    return render(request, "governance/compliance/policy.html", {
        "document": document, "html": policy.as_html(document), "language": language,
        "languages": policy.LANGUAGES, "is_admin": is_admin, "editing": is_admin and request.GET.get("edit") == "1"})
