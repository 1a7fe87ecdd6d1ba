"""ROI dashboard, process inventory and pilots. Budget, roadmap and change: views_plan.py."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.adoption import charts, kpis, measurement, services
from fornuft.adoption.forms import DecisionForm, PilotForm, ProcessForm, ScaleForm, SettingsForm, StartPilotForm
from fornuft.adoption.models import AdoptionSettings, Pilot, PilotStatus, Process
from fornuft.core.models import Department
from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role

EDITORS = (Role.ADMIN, Role.MANAGER)
READERS = (Role.ADMIN, Role.MANAGER, Role.AUDITOR, Role.FINANCE)


def _can_edit(request) -> bool:
    return request.user.role in EDITORS


@role_required(*READERS)
def dashboard(request):
    department_id = None
    if request.GET.get("department"):
        department = get_for_org_or_404(Department, pk=request.GET["department"]) \
            if request.GET["department"].isdigit() else None
        if department is None:
            raise Http404
        department_id = department.pk
    board = kpis.dashboard(request.organization, department_id=department_id)
    return render(request, "adoption/dashboard.html", {
        "board": board, "charts": charts.dashboard_charts(board), "state": measurement.state(request.organization),
        "departments": Department.objects.all(), "department_id": department_id, "can_edit": _can_edit(request),
        "settings_form": SettingsForm(instance=kpis.settings_for(request.organization)) if _can_edit(request) else None,
    })


@role_required(*EDITORS)
@require_POST
def refresh(request):
    state = measurement.refresh(request.organization)
    messages.success(request, _("Figures refreshed from %(count)s logged decisions in %(seconds).1f s.")
                     % {"count": state.decisions_seen, "seconds": state.seconds})
    return redirect("adoption:dashboard")


@role_required(*EDITORS)
@require_POST
def settings_update(request):
    instance = AdoptionSettings.objects.filter().first() or AdoptionSettings(organization=request.organization)
    form = SettingsForm(request.POST, instance=instance)
    if form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("adoption:dashboard")


# --- Processes -------------------------------------------------------------------------

@role_required(*READERS)
def process_list(request):
    form = ProcessForm(request.POST or None) if _can_edit(request) else None
    if request.method == "POST":
        if form is None:
            raise Http404
        if form.is_valid():
            form.save()
            messages.success(request, _("Process added."))
            return redirect("adoption:process-list")
    ranking = services.ranked_processes(request.organization)
    return render(request, "adoption/process_list.html", {"ranking": ranking, "form": form,
                                                           "can_edit": _can_edit(request)},
                  status=400 if form is not None and form.errors else 200)


@role_required(*READERS)
def process_edit(request, pk: int):
    process = get_for_org_or_404(Process, pk=pk)
    if request.method == "POST" and not _can_edit(request):
        raise Http404
    form = ProcessForm(request.POST or None, instance=process)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("adoption:process-list")
    return render(request, "adoption/form.html", {"form": form, "title": process.name,
                                                  "back": "adoption:process-list", "can_edit": _can_edit(request)},
                  status=400 if form.errors else 200)


@role_required(*EDITORS)
@require_POST
def process_to_pilot(request, pk: int):
    process = get_for_org_or_404(Process, pk=pk)
    try:
        pilot = services.pilot_from_process(process, owner=request.user)
    except services.AdoptionError as exc:
        messages.error(request, str(exc))
        return redirect("adoption:process-list")
    messages.success(request, _("Pilot planned from the process. Define KPIs and the baseline before the start."))
    return redirect("adoption:pilot-edit", pk=pilot.pk)


# --- Pilots ----------------------------------------------------------------------------

@role_required(*READERS)
def pilot_list(request):
    return render(request, "adoption/pilot_list.html", {
        "overview": services.pilot_overview(request.organization), "can_edit": _can_edit(request)})


@role_required(*EDITORS)
def pilot_new(request):
    form = PilotForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        pilot = form.save()
        messages.success(request, _("Pilot created."))
        return redirect("adoption:pilot-detail", pk=pilot.pk)
    return render(request, "adoption/form.html", {"form": form, "title": _("New pilot"), "back": "adoption:pilot-list",
                                                  "can_edit": True}, status=400 if form.errors else 200)


@role_required(*EDITORS)
def pilot_edit(request, pk: int):
    pilot = get_for_org_or_404(Pilot, pk=pk)
    form = PilotForm(request.POST or None, instance=pilot)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("adoption:pilot-detail", pk=pilot.pk)
    return render(request, "adoption/form.html", {"form": form, "title": pilot.name, "back": "adoption:pilot-list",
                                                  "can_edit": True}, status=400 if form.errors else 200)


@role_required(*READERS)
def pilot_detail(request, pk: int):
    pilot = get_for_org_or_404(Pilot.objects.select_related("department", "owner", "scaled_from"), pk=pk)
    result = kpis.pilot_kpis(pilot)
    return render(request, "adoption/pilot_detail.html", {
        "pilot": pilot, "kpis": result, "charts": charts.pilot_charts(result) if result else None,
        "can_edit": _can_edit(request), "start_form": StartPilotForm(initial={"start_date": timezone.localdate()}),
        "decision_form": DecisionForm(), "scale_form": ScaleForm(), "statuses": PilotStatus,
        "scaled_to": pilot.scaled_to.select_related("department"),
    })


def _pilot_action(request, pk, action):
    pilot = get_for_org_or_404(Pilot, pk=pk)
    try:
        action(pilot)
    except services.AdoptionError as exc:
        messages.error(request, str(exc))
    return redirect("adoption:pilot-detail", pk=pilot.pk)


@role_required(*EDITORS)
@require_POST
def pilot_start(request, pk: int):
    form = StartPilotForm(request.POST)
    start = form.cleaned_data["start_date"] if form.is_valid() else None
    return _pilot_action(request, pk, lambda pilot: services.start_pilot(pilot, start))


@role_required(*EDITORS)
@require_POST
def pilot_measure_baseline(request, pk: int):
    return _pilot_action(request, pk, services.measure_baseline)


@role_required(*EDITORS)
@require_POST
def pilot_decide(request, pk: int):
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose go or no-go."))
        return redirect("adoption:pilot-detail", pk=pk)
    return _pilot_action(request, pk, lambda pilot: services.decide_pilot(
        pilot, request.user, form.cleaned_data["verdict"] == "go", form.cleaned_data["notes"]))


@role_required(*EDITORS)
@require_POST
def pilot_scale(request, pk: int):
    form = ScaleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose the department to scale to."))
        return redirect("adoption:pilot-detail", pk=pk)
    pilot = get_for_org_or_404(Pilot, pk=pk)
    try:
        copy = services.scale_pilot(pilot, form.cleaned_data["department"], owner=request.user)
    except services.AdoptionError as exc:
        messages.error(request, str(exc))
        return redirect("adoption:pilot-detail", pk=pk)
    messages.success(request, _("The pilot's setup was copied to %(department)s. Measure its baseline, then start it.")
                     % {"department": copy.department.name})
    return redirect("adoption:pilot-detail", pk=copy.pk)
