"""`/api/v1/drawings/`: the drawing register as JSON (logged-in users, scoped to their organization).
Thin: validate with a schema, call one service, return."""

from __future__ import annotations

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from fornuft.drawings import services

router = Router(tags=["drawings"])


class DrawingOut(Schema):
    number: str
    title: str
    project: str
    company: str
    revision: str | None


class RevisionOut(Schema):
    id: int
    drawing_number: str | None
    status: str
    message: str
    title_block: dict
    bom: list[dict]
    units: str | None
    layers: list[str]


class UseIn(Schema):
    drawing_number: str = Field(..., max_length=100)
    revision: str = Field("", max_length=40)
    used_by: str = Field(..., max_length=300)
    url: str = Field("", max_length=300)
    is_open: bool = True


class UseOut(Schema):
    drawing_number: str
    revision: str
    used_by: str
    is_open: bool


class WarningOut(Schema):
    drawing_number: str
    revision: str | None
    used_by: str
    current_revision: str


@router.get("/drawings", response=list[DrawingOut])
def list_drawings(request):
    """The register: each drawing number with its newest revision."""
    result = []
    for drawing in services.list_drawings(request.organization):
        current = drawing.current()
        result.append({"number": drawing.number, "title": drawing.title, "project": drawing.project,
                       "company": drawing.company, "revision": current.revision if current else None})
    return result


@router.get("/revisions/{revision_id}", response=RevisionOut)
def get_revision(request, revision_id: int):
    """What was read from one uploaded drawing file (the `fornuft cad read` fields)."""
    try:
        revision = services.get_revision(request.organization, revision_id)
    except ValueError as exc:
        raise HttpError(404, str(exc)) from None
    return {"id": revision.pk, "drawing_number": revision.drawing.number if revision.drawing_id else None,
            "status": revision.status, "message": revision.message, "title_block": revision.title_block,
            "bom": revision.bom, "units": revision.units or None, "layers": revision.layers}


@router.post("/uses", response={201: UseOut})
def record_use(request, payload: UseIn):
    """Notes that an open project, quote or order uses a revision (400 when number or user is missing)."""
    use = services.record_use(request.organization, payload.drawing_number, payload.revision, payload.used_by,
                              url=payload.url, is_open=payload.is_open)
    return Status(201, use)


@router.get("/warnings", response=list[WarningOut])
def supersede_warnings(request):
    """Open uses of a revision older than the newest in the register."""
    return services.supersede_warnings(request.organization)
