"""Adoption actions: pilots (start, go / no-go, scale), the roadmap, the budget, thumbs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from fornuft.adoption import kpis, roi
from fornuft.adoption.models import (
    BudgetYear,
    Phase,
    Pilot,
    PilotStatus,
    Process,
    RoadmapItem,
    Thumb,
)


class AdoptionError(ValueError):
    """An action that cannot be done in the pilot's current state (shown to the person)."""


def ranked_processes(organization) -> list[roi.Ranking]:
    processes = Process.objects.for_organization(organization).select_related("department")
    by_pk = {process.pk: process for process in processes}
    ranking = roi.rank_processes(process.facts() for process in processes)
    for entry in ranking:
        entry.process = by_pk[entry.facts.key]  # type: ignore[attr-defined]
    return ranking


# --- Pilots ----------------------------------------------------------------------------

def pilot_from_process(process: Process, **fields) -> Pilot:
    """A planned pilot for a quick win, with the process's figures as its baseline."""
    hours = process.volume_per_month * process.minutes_per_item / 60.0
    potential = roi.automation_potential(process.rule_based, process.data_availability, process.error_rate_pct)
    defaults = {
        "name": _("Pilot: %(process)s") % {"process": process.name},
        "department": process.department,
        "process": process,
        "use_case": process.description or process.name,
        "target_hours_saved_per_month": round(hours * potential * 0.5, 1),
        "baseline_minutes_per_item": process.minutes_per_item,
        "baseline_error_rate_pct": process.error_rate_pct,
        "hourly_cost_nok": process.hourly_cost_nok,
    }
    defaults.update(fields)
    if defaults["department"] is None:
        raise AdoptionError(_("Give the process a department first: a pilot runs in one department."))
    return Pilot.objects.create(organization=process.organization, **defaults)


def start_pilot(pilot: Pilot, start: date | None = None) -> Pilot:
    """Starts the 90-day window. KPIs and the baseline must be in place first."""
    if pilot.status not in (PilotStatus.PLANNED, PilotStatus.BASELINE):
        raise AdoptionError(_("Only a planned pilot can be started."))
    problems = []
    if pilot.target_hours_saved_per_month <= 0 and not pilot.target_cost_reduction_nok \
            and not pilot.target_error_reduction_pct:
        problems.append(_("define at least one KPI target"))
    if pilot.baseline_minutes_per_item <= 0:
        problems.append(_("enter or measure the baseline minutes per item"))
    if pilot.baseline_start and pilot.baseline_end:
        weeks = ((pilot.baseline_end - pilot.baseline_start).days + 1) / 7
        if not 2 <= weeks <= 4.5:
            problems.append(_("the baseline period should last 2–4 weeks"))
    if not pilot.systems.exists():
        problems.append(_("link the AI systems the pilot uses"))
    if problems:
        raise AdoptionError(_("The pilot cannot start yet: %(problems)s.") % {"problems": "; ".join(problems)})
    pilot.start_date = start or timezone.localdate()
    pilot.status = PilotStatus.RUNNING
    pilot.save()
    return pilot


def measure_baseline(pilot: Pilot) -> Pilot:
    """Takes the baseline from what was logged in the baseline period: while the pilot's
    systems ran with every decision reviewed by a person (in the loop), the touch time per
    item and the correction rate are the manual way's minutes per item and error rate."""
    from fornuft.adoption import measurement

    if not pilot.baseline_start or not pilot.baseline_end:
        raise AdoptionError(_("Enter the baseline period (2–4 weeks) first."))
    keys = {system.key for system in pilot.systems.all()}
    totals = kpis.Totals()
    for row in measurement.rows(pilot.organization, pilot.baseline_start, pilot.baseline_end):
        if row.system_key in keys and row.department_id in (pilot.department_id, None):
            totals.add(row, None)
    if totals.items < 1 or totals.touch_seconds <= 0:
        raise AdoptionError(_("Nothing with human touch time was logged for the pilot's systems in the baseline "
                              "period; enter the baseline figures by hand."))
    pilot.baseline_items = round(totals.items)
    pilot.baseline_minutes_per_item = round(totals.touch_seconds / 60.0 / totals.items, 2)
    pilot.baseline_error_rate_pct = round(totals.error_rate_pct or 0.0, 2)
    pilot.status = PilotStatus.BASELINE if pilot.status == PilotStatus.PLANNED else pilot.status
    pilot.save()
    return pilot


def decide_pilot(pilot: Pilot, user, go: bool, notes: str = "", today: date | None = None) -> Pilot:
    """The go / no-go review at day 90."""
    if pilot.status != PilotStatus.RUNNING:
        raise AdoptionError(_("Only a running pilot can be reviewed."))
    day = pilot.day(today)
    if day is None or day < 90:
        raise AdoptionError(_("The go / no-go review is at day 90; the pilot is at day %(day)s.")
                            % {"day": day or 0})
    pilot.status = PilotStatus.GO if go else PilotStatus.NO_GO
    pilot.review_notes = notes
    pilot.reviewed_at = timezone.now()
    pilot.reviewed_by = user
    pilot.save()
    return pilot


@transaction.atomic
def scale_pilot(pilot: Pilot, department, owner=None) -> Pilot:
    """Copies a successful pilot's setup (use case, systems, KPIs, investment template)
    to another department as a new planned pilot; its baseline is measured anew."""
    if pilot.status != PilotStatus.GO:
        raise AdoptionError(_("Only a pilot with a go decision can be scaled."))
    if department is None or department.pk == pilot.department_id:
        raise AdoptionError(_("Choose another department than the pilot's own."))
    if department.organization_id != pilot.organization_id:
        raise AdoptionError(_("Unknown department."))
    copy = Pilot.objects.create(
        organization=pilot.organization, name=f"{pilot.name} – {department.name}", department=department,
        process=pilot.process, use_case=pilot.use_case, owner=owner, scaled_from=pilot,
        target_hours_saved_per_month=pilot.target_hours_saved_per_month,
        target_error_reduction_pct=pilot.target_error_reduction_pct,
        target_cost_reduction_nok=pilot.target_cost_reduction_nok,
        baseline_minutes_per_item=pilot.baseline_minutes_per_item,
        baseline_error_rate_pct=pilot.baseline_error_rate_pct, hourly_cost_nok=pilot.hourly_cost_nok,
        licences_nok=pilot.licences_nok, training_nok=pilot.training_nok,
        monthly_running_nok=pilot.monthly_running_nok,
    )
    copy.systems.set(pilot.systems.all())
    return copy


# --- Budget ----------------------------------------------------------------------------

@dataclass
class BudgetSummary:
    budget: BudgetYear
    band_low: float
    band_high: float
    planned: float
    actual: float
    in_band: bool
    remaining: float


def budget_summary(budget: BudgetYear) -> BudgetSummary:
    low, high = roi.ai_budget_band(budget.it_budget_nok)
    allocations = list(budget.allocations.all())
    planned = sum(allocation.planned_nok for allocation in allocations)
    actual = sum(allocation.actual_nok for allocation in allocations)
    return BudgetSummary(budget, low, high, planned, actual, low <= budget.ai_budget_nok <= high,
                         budget.ai_budget_nok - planned)


# --- Roadmap ---------------------------------------------------------------------------

# key, phase, quarter, title, description (translated when generated)
ROADMAP_TEMPLATE = [
    ("situation", Phase.NOW, 1, gettext_noop("Situation analysis"),
     gettext_noop("Map the processes, volumes and time thieves.")),
    ("quick-win", Phase.NOW, 1, gettext_noop("First quick win"),
     gettext_noop("Automate the top-ranked process: %(process)s.")),
    ("privacy", Phase.NOW, 1, gettext_noop("Privacy check"),
     gettext_noop("DPIA where needed; check data categories of each AI system.")),
    ("competence", Phase.NEXT, 2, gettext_noop("Competence programme"),
     gettext_noop("Training for everyone who uses or reviews AI output.")),
    ("policy", Phase.NEXT, 2, gettext_noop("AI policy"),
     gettext_noop("Rules for use, human oversight and data, approved by management.")),
    ("pilot", Phase.NEXT, 2, gettext_noop("Pilot with KPIs"),
     gettext_noop("90-day pilot: %(pilot)s.")),
    ("infrastructure", Phase.NEXT, 3, gettext_noop("Infrastructure"),
     gettext_noop("Server capacity, backups and access for the next step.")),
    ("next-roadmap", Phase.LATER, 4, gettext_noop("Roadmap for next year"),
     gettext_noop("Plan the next 12 months from the measured results.")),
    ("budget", Phase.LATER, 4, gettext_noop("Budget"),
     gettext_noop("AI share of next year's IT budget (2–5 %%).")),
    ("partners", Phase.LATER, 4, gettext_noop("Partners"),
     gettext_noop("Choose suppliers and partners for the next steps.")),
    ("scale", Phase.LATER, 3, gettext_noop("Scale the first successes"),
     gettext_noop("Roll out what passed the go review: %(scaled)s.")),
]


def generate_roadmap(organization, start: date | None = None) -> list[RoadmapItem]:
    """Creates the 12-month roadmap from the inventory and pilots. Items already generated
    (same key) are left as the people edited them; returns the new ones."""
    start = start or timezone.localdate()
    ranking = ranked_processes(organization)
    top = ranking[0].process if ranking else None  # type: ignore[attr-defined]
    pilots = list(Pilot.objects.for_organization(organization).order_by("created_at"))
    pilot = next((p for p in pilots if p.status in (PilotStatus.RUNNING, PilotStatus.PLANNED,
                                                    PilotStatus.BASELINE)), pilots[0] if pilots else None)
    successes = [p.name for p in pilots if p.status == PilotStatus.GO]
    existing = set(RoadmapItem.objects.for_organization(organization)
                   .values_list("generated_key", flat=True))
    context = {
        "process": top.name if top else _("the biggest time thief in the inventory"),
        "pilot": pilot.name if pilot else _("one department, one use case"),
        "scaled": ", ".join(successes) if successes else _("the pilots with a go decision"),
    }
    created = []
    for key, phase, quarter, title, description in ROADMAP_TEMPLATE:
        if key in existing:
            continue
        created.append(RoadmapItem.objects.create(
            organization=organization, generated_key=key, phase=phase, quarter=quarter, title=_(title),
            description=_(description) % context, due_date=start + timedelta(days=91 * quarter - 1),
            process=top if key == "quick-win" else None, pilot=pilot if key == "pilot" else None,
        ))
    return created


# --- Thumbs: the API other capabilities call -------------------------------------------

def record_thumb(user, system, up: bool, decision=None) -> Thumb:
    """Stores a person's thumbs up / down on an AI output (`system` is an AISystem or its key).

    Calling again for the same decision changes the vote instead of adding one.
    """
    from fornuft.governance.registry import get_system

    if isinstance(system, str):
        system = get_system(user.organization, system)
    if decision is not None:
        if decision.organization_id != user.organization_id:
            raise AdoptionError(_("Unknown decision."))
        thumb, _created = Thumb.objects.for_organization(user.organization_id).update_or_create(
            organization_id=user.organization_id, user=user, decision=decision,
            defaults={"system": system, "up": bool(up), "created_at": timezone.now()},
        )
        return thumb
    return Thumb.objects.create(organization_id=user.organization_id, user=user, system=system,
                                                   up=bool(up))


def pilot_overview(organization, today: date | None = None) -> list[tuple[Pilot, kpis.PilotKpis | None]]:
    pilots = (Pilot.objects.for_organization(organization)
              .select_related("department", "owner").prefetch_related("systems"))
    return [(pilot, kpis.pilot_kpis(pilot, today)) for pilot in pilots]
