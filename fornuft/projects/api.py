"""`/api/v1/projects/`: the JSON API of projects (logged-in users, scoped to their organization).
Thin: validate with a schema, call one service, return."""

from __future__ import annotations

from datetime import datetime

from ninja import Router, Schema, Status

from fornuft.projects import services

router = Router(tags=["projects"])


class ItemIn(Schema):
    title: str


class ItemOut(Schema):
    id: int
    title: str
    created_at: datetime


@router.get("/items", response=list[ItemOut])
def list_items(request):
    """The organization's items, newest first."""
    return services.list_items(request.organization)


@router.post("/items", response={201: ItemOut})
def create_item(request, payload: ItemIn):
    """Adds an item (400 with the reason when the title is empty or too long)."""
    return Status(201, services.create_item(request.organization, payload.title))
