"""`/api/v1/intake/`: the JSON API of intake (logged-in users, scoped to their organization).
Thin: validate with a schema, call one service, return."""

from __future__ import annotations

from decimal import Decimal

from ninja import Field, Query, Router, Schema, Status

from fornuft.intake import services

router = Router(tags=["intake"])


class ProductIn(Schema):
    product_id: str = Field(..., max_length=64)
    name: str = Field(..., max_length=200)
    description: str = Field("", max_length=4000)
    unit: str = Field("", max_length=20)
    price: Decimal | None = Field(None, ge=0, max_digits=12, decimal_places=2)
    synonyms: str = Field("", max_length=1000)


class SearchQuery(Schema):
    q: str = Field("", max_length=200)


class ProductOut(Schema):
    product_id: str
    name: str
    description: str
    unit: str
    price: Decimal | None
    synonyms: str


class EquipmentOut(Schema):
    id: int
    manufacturer: str
    model: str
    serial_number: str
    year: int | None
    customer: str


@router.get("/products", response=list[ProductOut])
def list_products(request, filters: Query[SearchQuery]):
    """The catalogue, or the products whose name, id or synonym matches `q` (fuzzy)."""
    return services.search_products(request.organization, filters.q, limit=200)


@router.post("/products", response={201: ProductOut})
def save_product(request, payload: ProductIn):
    """Adds a product or updates the one with the same product_id."""
    return Status(201, services.save_product(request.organization, **payload.dict()))


@router.get("/equipment", response=list[EquipmentOut])
def list_equipment(request, filters: Query[SearchQuery]):
    """The equipment register (search by serial number, model, manufacturer or customer)."""
    return services.list_equipment(request.organization, filters.q)
