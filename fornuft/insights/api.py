"""`/api/v1/insights/`: data sets, forecasts, price suggestions and staffing plans (logged-in
users with a planning role, scoped to their organization). Thin: schema, one service, return."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from ninja import Router, Schema, Status
from pydantic import Field

from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import Role
from fornuft.insights import services
from fornuft.insights.forecasting import MAX_HORIZON
from fornuft.insights.models import DatasetVersion, Run

router = Router(tags=["insights"])

PLANNERS = (Role.ADMIN, Role.MANAGER, Role.FINANCE)


class VersionOut(Schema):
    id: int
    number: int
    filename: str
    status: str
    error: str
    row_count: int
    series_count: int
    problems: list[dict]
    created_at: datetime


class DatasetOut(Schema):
    id: int
    name: str
    kind: str
    versions: list[VersionOut]


@router.get("/datasets", response=list[DatasetOut])
def list_datasets(request):
    """The organization's data sets with their versions (newest first) and the problems found."""
    require_role(request.user, *PLANNERS)
    return [
        {"id": d.pk, "name": d.name, "kind": d.kind, "versions": list(d.versions.all())}
        for d in services.list_datasets(request.organization)
    ]


class RunOut(Schema):
    id: int
    kind: str
    parameters: dict
    result: dict
    created_at: datetime


class ForecastIn(Schema):
    version_id: int = Field(..., ge=1, le=2**62)
    horizon: int = Field(services.DEFAULT_HORIZON, ge=1, le=MAX_HORIZON)
    season_length: int | None = Field(None, ge=1, le=400)


@router.post("/forecasts", response={201: RunOut})
def create_forecast(request, payload: ForecastIn):
    """Forecasts each series of a version and their total (400 when the version was refused)."""
    require_role(request.user, *PLANNERS)
    version = get_for_org_or_404(DatasetVersion, pk=payload.version_id)
    return Status(
        201,
        services.run_forecast(
            request.organization, version, horizon=payload.horizon, season_length=payload.season_length
        ),
    )


class PriceIn(Schema):
    version_id: int | None = Field(None, ge=1, le=2**62)
    segment: str = Field("", max_length=100)
    service: str = Field("", max_length=100)
    cost: float = Field(..., gt=0, le=1e12)
    markup: float = Field(0.25, ge=0, le=10)


@router.post("/prices", response={201: RunOut})
def suggest_price(request, payload: PriceIn):
    """The price with the highest expected margin, its win probability, range and reasons."""
    require_role(request.user, *PLANNERS)
    version = get_for_org_or_404(DatasetVersion, pk=payload.version_id) if payload.version_id else None
    return Status(
        201,
        services.suggest_price(
            request.organization,
            version,
            segment=payload.segment,
            service=payload.service,
            cost=payload.cost,
            markup=payload.markup,
        ),
    )


class BookingIn(Schema):
    from_: str = Field(..., alias="from", max_length=10)
    to: str = Field(..., max_length=10)
    hours_per_week: float = Field(..., ge=0, le=168)


class PersonIn(Schema):
    name: str = Field(..., min_length=1, max_length=200)
    skills: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list, max_length=50)
    hours_per_week: float = Field(..., ge=0, le=168)
    max_hours_per_week: float | None = Field(None, ge=0, le=168)
    cost_per_hour: float = Field(0, ge=0, le=1e6)
    booked: list[BookingIn] = Field(default_factory=list, max_length=200)


class StaffingIn(Schema):
    version_id: int = Field(..., ge=1, le=2**62)
    people: list[PersonIn] = Field(..., max_length=500)


@router.post("/staffing-plans", response={201: RunOut})
def plan_staffing(request, payload: StaffingIn):
    """The staffing plan with the least shortfall, then the least cost, for a demand version."""
    require_role(request.user, Role.ADMIN, Role.MANAGER)
    version = get_for_org_or_404(DatasetVersion, pk=payload.version_id)
    team = {
        "people": [
            {
                **p.dict(exclude={"booked"}),
                "skills": [s[:100] for s in p.skills],
                "booked": [{"from": b.from_, "to": b.to, "hours_per_week": b.hours_per_week} for b in p.booked],
            }
            for p in payload.people
        ]
    }
    return Status(201, services.plan_staffing(request.organization, version, team))


class DemandIn(Schema):
    weeks: int = Field(services.DEFAULT_HORIZON, ge=1, le=156)
    first_week: date | None = None
    history_version_id: int | None = Field(None, ge=1, le=2**62)
    win_probability: float | None = Field(None, ge=0, le=1)


@router.post("/demand-forecasts", response={201: VersionOut})
def forecast_demand(request, payload: DemandIn):
    """Demand per skill and week from the organization's projects (booked, and proposed ones
    weighted by the win probability), optionally topped up from a time registration history;
    stored as the next version of the "Demand forecast" data set (400 when there is none)."""
    require_role(request.user, Role.ADMIN, Role.MANAGER)
    history = None
    if payload.history_version_id is not None:
        history = get_for_org_or_404(DatasetVersion, pk=payload.history_version_id)
    version = services.forecast_staffing_demand(
        request.organization,
        first_week=payload.first_week,
        weeks=payload.weeks,
        history=history,
        win_probability=payload.win_probability,
    )
    return Status(201, version)


@router.get("/runs/{run_id}", response=RunOut)
def get_run(request, run_id: int):
    """One forecast, price suggestion or staffing plan."""
    require_role(request.user, *PLANNERS)
    return get_for_org_or_404(Run, pk=run_id)
