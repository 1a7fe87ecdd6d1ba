"""The quote a dictation gives, as plain data: `Offer` (customer, contact, lines, labour hours,
validity, notes, what the catalogue did not know, confidence) and its `OfferLine`s, with the JSON
the rest of intake stores and shows. Kept apart so documents and corrections can use the shape
without the reading rules."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class OfferLine:
    product_id: str | None
    description: str
    quantity: float
    unit: str | None
    unit_price: float | None
    list_price: float | None = None
    discount_percent: float | None = None
    image: str = ""
    match_score: float | None = None
    spoken_as: str = ""
    counted: bool = True  # False while the count is the 1 assumed when none was said

    def as_json(self) -> dict:
        return {"product_id": self.product_id, "description": self.description, "quantity": _num(self.quantity),
                "unit": self.unit, "unit_price": _num(self.unit_price)}


@dataclass
class Offer:
    language: str
    customer: str | None
    contact: str | None
    lines: list[OfferLine] = field(default_factory=list)
    labour_hours: float | None = None
    valid_until: date | None = None
    notes: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def total_excl_vat(self) -> float | None:
        priced = [line for line in self.lines if line.unit_price is not None]
        if not priced:
            return None
        return round(sum(line.quantity * line.unit_price for line in priced), 2)

    def quote_json(self) -> dict:
        return {
            "customer": self.customer,
            "items": [line.as_json() for line in self.lines],
            "total_excl_vat": _num(self.total_excl_vat),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
        }

    def as_dict(self) -> dict:
        data = asdict(self)
        data["valid_until"] = self.valid_until.isoformat() if self.valid_until else None
        data["total_excl_vat"] = self.total_excl_vat
        return data


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    value = round(float(value), 2)
    return int(value) if value == int(value) else value
