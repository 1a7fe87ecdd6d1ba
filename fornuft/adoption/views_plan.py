"""Budget planner, roadmap, change and adoption, and the management report."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.adoption import kpis, report, services
from fornuft.adoption.forms import AllocationForm, BudgetYearForm, CommunicationForm, IdeaForm, RoadmapItemForm
from fornuft.adoption.models import BudgetYear, CommunicationItem, Idea, IdeaStatus, Phase, RoadmapItem
from fornuft.adoption.views import EDITORS, READERS, _can_edit
from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role


@role_required(*READERS)
def budget(request):
    year_form = BudgetYearForm(request.POST or None, prefix="year",
                               initial={"year": timezone.localdate().year}) if _can_edit(request) else None
    if request.method == "POST":
        if year_form is None:
            raise Http404
        if year_form.is_valid():
            year = year_form.cleaned_data["year"]
            existing = BudgetYear.objects.filter(year=year).first()
            if existing:
                year_form = BudgetYearForm(request.POST, prefix="year", instance=existing)
                year_form.is_valid()
            year_form.save()
            messages.success(request, _("Budget saved."))
            return redirect("adoption:budget")
    summaries = [services.budget_summary(year) for year in BudgetYear.objects.prefetch_related("allocations__pilot")]
    return render(request, "adoption/budget.html", {
        "summaries": summaries, "year_form": year_form, "allocation_form": AllocationForm(prefix="alloc"),
        "can_edit": _can_edit(request)}, status=400 if year_form is not None and year_form.errors else 200)


@role_required(*EDITORS)
@require_POST
def allocation_add(request, year_pk: int):
    year = get_for_org_or_404(BudgetYear, pk=year_pk)
    form = AllocationForm(request.POST, prefix="alloc")
    if form.is_valid():
        allocation = form.save(commit=False)
        allocation.budget = year
        allocation.save()
        messages.success(request, _("Allocation added."))
    else:
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            for error in errors:
                messages.error(request, f"{label}: {error}" if label else str(error))
    return redirect("adoption:budget")


@role_required(*READERS, Role.EMPLOYEE, Role.HR, Role.SUPPORT)
def roadmap(request):
    items = list(RoadmapItem.objects.select_related("owner"))
    quarters = [(quarter, [item for item in items if item.quarter == quarter]) for quarter in (1, 2, 3, 4)]
    return render(request, "adoption/roadmap.html", {"quarters": quarters, "can_edit": _can_edit(request),
                                                     "phases": Phase, "form": RoadmapItemForm()})


@role_required(*EDITORS)
@require_POST
def roadmap_generate(request):
    created = services.generate_roadmap(request.organization)
    messages.success(request, _("%(count)s roadmap items generated from the inventory and pilots.")
                     % {"count": len(created)})
    return redirect("adoption:roadmap")


@role_required(*EDITORS)
def roadmap_item(request, pk: int | None = None):
    item = get_for_org_or_404(RoadmapItem, pk=pk) if pk else None
    form = RoadmapItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("adoption:roadmap")
    return render(request, "adoption/form.html", {"form": form, "title": item.title if item else _("New item"),
                                                  "back": "adoption:roadmap", "can_edit": True},
                  status=400 if form.errors else 200)


@role_required()
def change(request):
    """Adoption per department, the ideas box (everyone may post) and the communication plan."""
    idea_form = IdeaForm(request.POST or None, prefix="idea")
    if request.method == "POST":
        if idea_form.is_valid():
            idea = idea_form.save(commit=False)
            idea.author = request.user
            idea.department = request.user.department
            idea.save()
            messages.success(request, _("Thank you! Your idea was posted."))
            return redirect("adoption:change")
    can_read = request.user.role in READERS
    board = kpis.dashboard(request.organization) if can_read else None
    return render(request, "adoption/change.html", {
        "board": board, "ideas": Idea.objects.select_related("author", "department")[:100],
        "idea_form": idea_form, "communication": CommunicationItem.objects.select_related("owner"),
        "communication_form": CommunicationForm(prefix="comm"), "can_edit": _can_edit(request),
        "idea_statuses": IdeaStatus.choices,
    }, status=400 if idea_form.errors else 200)


@role_required(*EDITORS)
@require_POST
def idea_status(request, pk: int):
    idea = get_for_org_or_404(Idea, pk=pk)
    if request.POST.get("status") in IdeaStatus.values:
        idea.status = request.POST["status"]
        idea.save(update_fields=["status"])
    return redirect("adoption:change")


@role_required(*EDITORS)
@require_POST
def communication_add(request):
    form = CommunicationForm(request.POST, prefix="comm")
    if form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("adoption:change")


@role_required(*EDITORS)
@require_POST
def communication_done(request, pk: int):
    item = get_for_org_or_404(CommunicationItem, pk=pk)
    item.done = not item.done
    item.save(update_fields=["done"])
    return redirect("adoption:change")


@role_required(*READERS)
def report_pdf(request):
    language = request.GET.get("lang", "nb")
    if language not in ("nb", "en"):
        language = "nb"
    pdf = report.management_report(request.organization, language)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="fornuft-roi-{language}.pdf"'
    return response
