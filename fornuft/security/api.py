"""`/api/v1/security/`: incidents, alerts pushed by a watcher or another tool, and sign-in imports.
Administrators and managers read; administrators (and API tokens of admins) write."""

from __future__ import annotations

from datetime import datetime

from ninja import Router, Schema, Status
from pydantic import Field

from fornuft.core.permissions import require_role
from fornuft.core.roles import Role
from fornuft.security import services
from fornuft.security.models import Incident

router = Router(tags=["security"])

READERS = (Role.ADMIN, Role.MANAGER)


class IncidentOut(Schema):
    id: int
    kind: str
    rule: str
    severity: str
    status: str
    account: str
    ip: str
    path: str
    files: list[str]
    reason: str
    first_seen: datetime
    last_seen: datetime
    alerts: int
    owner_id: int | None


class EntryOut(Schema):
    time: datetime
    kind: str
    text: str


class IncidentDetailOut(IncidentOut):
    timeline: list[EntryOut]


class IncidentUpdateIn(Schema):
    status: str | None = Field(None, max_length=20)
    owner_id: int | None = Field(None, ge=0, le=2**62)
    note: str = Field("", max_length=4000)


class AlertIn(Schema):
    """One alert in the command-line contract's shape (`fornuft security logins` or `watch`)."""

    rule: str = Field(min_length=1, max_length=40)
    severity: str = Field("medium", max_length=10)
    reason: str = Field("", max_length=4000)
    user: str | None = Field(None, max_length=254)
    ip: str | None = Field(None, max_length=64)
    path: str | None = Field(None, max_length=500)
    files: list[str] = Field(default_factory=list, max_length=1000)
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    time: datetime | None = None


class ImportIn(Schema):
    content: str = Field(min_length=1, max_length=20_000_000)
    format: str = Field("auto", max_length=10)
    name: str = Field("", max_length=200)


class ImportOut(Schema):
    events: int
    skipped: int
    format: str
    incidents: list[int]


def _detail(incident: Incident, entries) -> dict:
    data = {f: getattr(incident, f) for f in IncidentOut.model_fields if f != "id"}
    return {**data, "id": incident.pk, "timeline": [{"time": e.time, "kind": e.kind, "text": e.text}
                                                    for e in entries]}


@router.get("/incidents", response=list[IncidentOut])
def list_incidents(request, status: str = "open", kind: str = ""):
    """Incidents, most recent first (status: open, resolved, false_positive, … or empty for all)."""
    require_role(request.user, *READERS)
    return services.list_incidents(request.organization, status=status, kind=kind)


@router.get("/incidents/{incident_id}", response=IncidentDetailOut)
def get_incident(request, incident_id: int):
    require_role(request.user, *READERS)
    from django.http import Http404

    try:
        incident = services.get_incident(request.organization, incident_id)
    except Incident.DoesNotExist:
        raise Http404 from None
    return _detail(incident, services.timeline(request.organization, incident))


@router.post("/incidents/{incident_id}", response=IncidentOut)
def update_incident(request, incident_id: int, payload: IncidentUpdateIn):
    """Changes status or owner, adds a note (400 with the reason for an unknown status)."""
    require_role(request.user, Role.ADMIN)
    from django.http import Http404

    try:
        return services.update_incident(request.organization, incident_id, user=request.user, status=payload.status,
                                        owner_id=payload.owner_id, note=payload.note)
    except Incident.DoesNotExist:
        raise Http404 from None


@router.post("/alerts", response={201: IncidentOut})
def post_alert(request, payload: AlertIn):
    """Files an alert as an incident, deduplicated against the open ones (a watcher's webhook target)."""
    require_role(request.user, Role.ADMIN)
    return Status(201, services.raise_alert(request.organization, payload.model_dump(exclude_none=True)))


@router.post("/signins", response={201: ImportOut})
def import_signins(request, payload: ImportIn):
    """Imports a sign-in log (its text), judged against the stored baseline."""
    require_role(request.user, Role.ADMIN)
    if payload.format not in ("auto", "fornuft", "entra", "sshd", "windows", "csv"):
        raise ValueError("Unknown format.")
    result = services.import_signins(request.organization, payload.content.encode(), fmt=payload.format,
                                     name=payload.name)
    return Status(201, {**result, "incidents": [i.pk for i in result["incidents"]]})
