"""The one schema every extractor fills (EHF, text PDF, OCR), and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from fornuft.invoices.numbers import format_amount, format_quantity

HEADER_FIELDS = (
    "supplier_name",
    "supplier_org_number",
    "supplier_vat_number",
    "buyer_name",
    "invoice_number",
    "issue_date",
    "due_date",
    "currency",
    "total_excl_vat",
    "vat_total",
    "total_incl_vat",
    "kid",
    "bank_account",
    "iban",
    "order_reference",
)
AMOUNT_FIELDS = ("total_excl_vat", "vat_total", "total_incl_vat")
DATE_FIELDS = ("issue_date", "due_date")
REQUIRED_FIELDS = ("supplier_name", "invoice_number", "issue_date", "total_incl_vat")

ERROR = "error"
WARNING = "warning"
REVIEW = "review"  # not a fault: the reader could not read something well enough to check it


@dataclass
class Finding:
    code: str
    severity: str
    message: str
    field: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "severity": self.severity, "message": self.message}


@dataclass
class Line:
    description: str = ""
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    line_total: Decimal | None = None
    vat_rate: Decimal | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "description": self.description or None,
            "quantity": format_quantity(self.quantity),
            "unit_price": format_amount(self.unit_price),
            "line_total": format_amount(self.line_total),
            "vat_rate": format_quantity(self.vat_rate),
        }


@dataclass
class Box:
    """Where a value was found: page (0-based) and a rectangle in fractions of the page
    (x0, y0 from the top-left), so the UI can draw it over any rendering size."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float

    def as_list(self) -> list[float]:
        return [self.page, round(self.x0, 4), round(self.y0, 4), round(self.x1, 4), round(self.y1, 4)]


@dataclass
class ExtractedInvoice:
    source: str = ""
    format: str = ""  # "ehf" | "pdf_text" | "ocr" | "text"
    document_type: str = "invoice"  # "invoice" | "credit_note" | "not_invoice"
    fields: dict[str, Any] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    vat_breakdown: list[dict[str, Any]] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    boxes: dict[str, Box] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # field -> label text it was found beside
    validation: list[Finding] = field(default_factory=list)
    status: str = "ok"  # "ok" | "not_invoice" | "failed"
    message: str = ""
    pages: int = 0
    text: str = ""
    attachments: list[dict[str, Any]] = field(default_factory=list)
    allowance_total: Decimal = Decimal(0)  # document-level allowances and charges (EHF)
    charge_total: Decimal = Decimal(0)
    segments: list[list] = field(default_factory=list)  # [page, x0, y0, x1, y1, text] for learning
    rotations: dict[str, list[float]] = field(default_factory=dict)  # OCR: page -> rotations applied
    # figures the reader is unsure of (figure -> why): the arithmetic checks never accuse on them
    doubts: dict[str, str] = field(default_factory=dict)
    # reasons for a person to look that are not faults of the invoice (e.g. an unreadable line table)
    review: list[Finding] = field(default_factory=list)

    def get(self, name: str) -> Any:
        return self.fields.get(name)

    def set(self, name: str, value: Any, confidence: float, box: Box | None = None, label: str = "") -> None:
        self.fields[name] = value
        self.confidence[name] = round(max(0.0, min(1.0, confidence)), 3)
        if box is not None:
            self.boxes[name] = box
        if label:
            self.labels[name] = label

    def add(self, code: str, severity: str, message: str, field_name: str = "") -> None:
        if not any(f.code == code and f.field == field_name and f.message == message for f in self.validation):
            self.validation.append(Finding(code, severity, message, field_name))

    def to_review(self, code: str, message: str, field_name: str = "") -> None:
        """A reason for a person to look that says nothing wrong about the invoice itself."""
        if not any(f.code == code and f.message == message for f in self.review):
            self.review.append(Finding(code, REVIEW, message, field_name))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.validation if f.severity == ERROR]

    def as_json(self) -> dict[str, Any]:
        """The CLI / API contract: amounts as two-decimal strings, dates ISO, null for missing."""
        data: dict[str, Any] = {
            "source": self.source,
            "format": self.format or None,
            "document_type": self.document_type,
        }
        for name in HEADER_FIELDS:
            value = self.fields.get(name)
            if name in AMOUNT_FIELDS:
                value = format_amount(value)
            elif name in DATE_FIELDS:
                value = value.isoformat() if value else None
            data[name] = value if value not in ("", None) else None
        data["lines"] = [line.as_dict() for line in self.lines]
        data["validation"] = [finding.as_dict() for finding in self.validation]
        data["review"] = [finding.as_dict() for finding in self.review]
        if self.doubts:
            data["doubts"] = dict(self.doubts)
        data["confidence"] = {name: self.confidence.get(name, 0.0) for name in HEADER_FIELDS}
        if self.status != "ok":
            data["status"] = self.status
            data["message"] = self.message
        return data


def from_json(data: dict[str, Any]) -> ExtractedInvoice:
    """Rebuilds an ExtractedInvoice from its JSON form (e.g. after a person's correction)."""
    from decimal import InvalidOperation

    from fornuft.invoices.numbers import parse_amount, parse_date

    def number(value):
        if value in (None, ""):
            return None
        try:
            return Decimal(str(value).strip())
        except InvalidOperation:
            return parse_amount(str(value))

    result = ExtractedInvoice(
        source=data.get("source") or "",
        format=data.get("format") or "",
        document_type=data.get("document_type") or "invoice",
    )
    for name in HEADER_FIELDS:
        value = data.get(name)
        if name in AMOUNT_FIELDS:
            value = number(value)
        elif name in DATE_FIELDS:
            value = parse_date(value) if value else None
        result.fields[name] = value if value != "" else None
    result.confidence = dict(data.get("confidence") or {})
    result.doubts = dict(data.get("doubts") or {})
    for line in data.get("lines") or []:
        result.lines.append(
            Line(
                description=line.get("description") or "",
                quantity=number(line.get("quantity")),
                unit_price=number(line.get("unit_price")),
                line_total=number(line.get("line_total")),
                vat_rate=number(line.get("vat_rate")),
            )
        )
    return result
