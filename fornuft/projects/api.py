"""`/api/v1/projects/`: the JSON API of projects (managers and administrators of the
organization). Thin: validate with a schema, call one service, return."""

from __future__ import annotations

from datetime import date

from ninja import Field, Router, Schema
from ninja.errors import HttpError

from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import Role
from fornuft.projects import services
from fornuft.projects.models import Project

router = Router(tags=["projects"])
ROLES = (Role.MANAGER, Role.ADMIN)


class ProjectOut(Schema):
    id: int
    title: str
    client: str
    deadline: date | None
    status: str
    feasible: bool | None
    finish_date: date | None
    risk: float | None
    flagged: bool


class StatusIn(Schema):
    csv: str = Field(..., max_length=5_000_000)


class RiskOut(Schema):
    project: str
    cpi: float | None
    spi: float | None
    spi_t: float | None
    eac: float | None
    forecast_finish: date
    risk: float
    flag: bool
    reasons: list[str]


@router.get("/projects", response=list[ProjectOut])
def list_projects(request):
    """The organization's projects, newest first."""
    require_role(request.user, *ROLES)
    return services.list_projects(request.organization)


@router.get("/projects/{project_id}/plan")
def project_plan(request, project_id: int):
    """The plan object of a project (the `fornuft project plan` shape)."""
    require_role(request.user, *ROLES)
    plan = get_for_org_or_404(Project, pk=project_id).plan
    # The translatable copy of the explanation is for the plan page; the API keeps the CLI's keys.
    return {key: value for key, value in plan.items() if key != "explanation_lines"}


@router.post("/status", response=list[RiskOut])
def import_status(request, payload: StatusIn):
    """Imports STATUS.csv rows and returns each project's risk (400 with the reason when malformed)."""
    require_role(request.user, *ROLES)
    try:
        return services.import_status_csv(request.organization, payload.csv, actor=request.user)
    except ValueError as exc:
        raise HttpError(400, str(exc)) from None
