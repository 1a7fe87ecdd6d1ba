"""Adoption API: ROI figures, processes, pilots, thumbs on AI outputs, ideas."""

from __future__ import annotations

from datetime import date

from ninja import Router, Schema, Status
from pydantic import Field

from fornuft.adoption import kpis, roi, services
from fornuft.adoption.models import DataAvailability, Idea, Pilot, Process
from fornuft.core.models import Department
from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import Role
from fornuft.governance.models import AISystem, Decision

router = Router(tags=["adoption"])

EDITORS = (Role.ADMIN, Role.MANAGER)
READERS = (Role.ADMIN, Role.MANAGER, Role.AUDITOR, Role.FINANCE)


class TotalsOut(Schema):
    items: float
    straight_through_rate: float | None
    touch_hours: float
    corrections: float
    overrides: float
    hours_saved: float
    cost_saved: float


def _totals(totals: kpis.Totals) -> dict:
    return {"items": round(totals.items, 2), "straight_through_rate": totals.straight_through_rate,
            "touch_hours": round(totals.touch_hours, 3), "corrections": round(totals.corrections, 2),
            "overrides": round(totals.overrides, 2), "hours_saved": round(totals.hours_saved, 3),
            "cost_saved": round(totals.cost_saved, 2)}


class DashboardOut(Schema):
    totals: TotalsOut
    fte_per_year: float
    weeks: list[str]
    hours_per_week: list[float]
    straight_through_per_week: list[float | None]
    months: list[str]
    cost_per_month: list[float]
    savings_per_month: list[float]
    net_position: list[float]
    payback_month: str | None


@router.get("/dashboard", response=DashboardOut)
def dashboard(request, department: int | None = None):
    require_role(request.user, *READERS)
    if department is not None:
        department = get_for_org_or_404(Department, pk=department).pk
    board = kpis.dashboard(request.organization, department_id=department)
    return {**board.__dict__, "totals": _totals(board.totals)}


class ProcessIn(Schema):
    name: str = Field(min_length=1, max_length=200)
    department: int | None = Field(None, ge=1, le=2**62)
    description: str = Field("", max_length=5000)
    # Upper bounds keep the arithmetic finite (1e308 × 1e308 is infinity, which JSON cannot carry).
    volume_per_month: float = Field(gt=0, le=10_000_000)
    minutes_per_item: float = Field(gt=0, le=100_000)
    error_rate_pct: float = Field(0, ge=0, le=100)
    hourly_cost_nok: float = Field(gt=0, le=100_000)
    rule_based: int = Field(3, ge=1, le=5)
    data_availability: DataAvailability = DataAvailability.PARTIAL


class RankingOut(Schema):
    id: int
    name: str
    department: str | None
    hours_per_month: float
    potential: float
    addressable_hours_per_month: float
    addressable_cost_per_year: float
    reasons: list[str]


def _ranking(entry) -> dict:
    process = entry.process
    return {"id": process.pk, "name": process.name,
            "department": process.department.name if process.department else None,
            "hours_per_month": round(entry.hours_per_month, 2), "potential": round(entry.potential, 3),
            "addressable_hours_per_month": round(entry.addressable_hours_per_month, 2),
            "addressable_cost_per_year": round(entry.addressable_cost_per_year, 2), "reasons": entry.reasons}


@router.get("/processes", response=list[RankingOut])
def ranked_processes(request):
    """Processes ranked by automation potential × time consumed, with the reasoning."""
    require_role(request.user, *READERS)
    return [_ranking(entry) for entry in services.ranked_processes(request.organization)]


@router.post("/processes", response={201: RankingOut})
def create_process(request, payload: ProcessIn):
    require_role(request.user, *EDITORS)
    data = payload.dict()
    department_id = data.pop("department")
    department = get_for_org_or_404(Department, pk=department_id) if department_id else None
    process = Process.objects.create(department=department, **data)
    entry = roi.rank_processes([process.facts()])[0]
    entry.process = process  # type: ignore[attr-defined]
    return Status(201, _ranking(entry))


class PilotOut(Schema):
    id: int
    name: str
    department: str
    status: str
    start_date: date | None
    end_date: date | None
    systems: list[str]
    target_hours_saved_per_month: float
    target_error_reduction_pct: float
    target_cost_reduction_nok: float
    days_elapsed: int | None = None
    measured: TotalsOut | None = None
    hours_per_month: float | None = None
    cost_per_month: float | None = None
    error_reduction_pct: float | None = None
    payback_months: float | None = None
    roi_pct: float | None = None
    fte: float | None = None


def _pilot(pilot: Pilot) -> dict:
    result = kpis.pilot_kpis(pilot)
    data = {"id": pilot.pk, "name": pilot.name, "department": pilot.department.name, "status": pilot.status,
            "start_date": pilot.start_date, "end_date": pilot.end_date,
            "systems": [system.key for system in pilot.systems.all()],
            "target_hours_saved_per_month": pilot.target_hours_saved_per_month,
            "target_error_reduction_pct": pilot.target_error_reduction_pct,
            "target_cost_reduction_nok": pilot.target_cost_reduction_nok}
    if result is not None:
        data.update(days_elapsed=result.days_elapsed, measured=_totals(result.totals),
                    hours_per_month=result.hours_per_month, cost_per_month=result.cost_per_month,
                    error_reduction_pct=result.error_reduction_pct, payback_months=result.payback_months,
                    roi_pct=result.roi_pct, fte=result.fte)
    return data


@router.get("/pilots", response=list[PilotOut])
def list_pilots(request):
    require_role(request.user, *READERS)
    return [_pilot(pilot) for pilot in Pilot.objects.select_related("department").prefetch_related("systems")]


@router.get("/pilots/{pilot_id}", response=PilotOut)
def get_pilot(request, pilot_id: int):
    require_role(request.user, *READERS)
    return _pilot(get_for_org_or_404(Pilot.objects.select_related("department"), pk=pilot_id))


class ThumbIn(Schema):
    up: bool
    decision_seq: int | None = Field(None, ge=1, le=2**62)
    system: str | None = Field(None, max_length=100)


class ThumbOut(Schema):
    id: int
    system: str
    up: bool
    decision_seq: int | None


@router.post("/thumbs", response={201: ThumbOut})
def give_thumb(request, payload: ThumbIn):
    """Thumbs up / down on an AI output: name the decision (preferred) or the system."""
    require_role(request.user)
    decision = None
    if payload.decision_seq is not None:
        decision = get_for_org_or_404(Decision.objects.select_related("system"), seq=payload.decision_seq)
        system = decision.system
    elif payload.system:
        system = get_for_org_or_404(AISystem, key=payload.system)
    else:
        raise ValueError("Give decision_seq (the decision you rate) or system (the AI system's key).")
    thumb = services.record_thumb(request.user, system, payload.up, decision=decision)
    return Status(201, {"id": thumb.pk, "system": system.key, "up": thumb.up,
                 "decision_seq": decision.seq if decision else None})


class IdeaIn(Schema):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=20_000)
    kind: str = Field("idea", pattern="^(idea|feedback)$")


class IdeaOut(Schema):
    id: int
    title: str
    kind: str
    status: str


@router.post("/ideas", response={201: IdeaOut})
def post_idea(request, payload: IdeaIn):
    require_role(request.user)
    idea = Idea.objects.create(author=request.user, department=request.user.department, **payload.dict())
    return Status(201, idea)
