"""Invoice API: list, read, upload, approve, reject (errors as {"error": {"code", "message"}})."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ninja import Field, File, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile

from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import Role

router = Router(tags=["invoices"])
ROLES = (Role.FINANCE, Role.ADMIN, Role.MANAGER)


class InvoiceOut(Schema):
    id: int
    status: str
    message: str
    filename: str
    format: str
    document_type: str
    supplier_id: int | None
    supplier_name: str
    invoice_number: str
    issue_date: date | None
    due_date: date | None
    currency: str
    total_incl_vat: Decimal | None
    approver_id: int | None
    created_at: datetime
    data: dict[str, Any]


class DecisionIn(Schema):
    note: str = Field("", max_length=2000)


@router.get("/invoices", response=list[InvoiceOut])
def list_invoices(request, status: str = "", q: str = "", limit: int = 100):
    require_role(request.user, *ROLES)
    from fornuft.invoices import services

    return list(services.search(request.organization, status, q)[: max(1, min(limit, 500))])


@router.get("/invoices/{invoice_id}", response=InvoiceOut)
def get_invoice(request, invoice_id: int):
    require_role(request.user, *ROLES)
    from fornuft.invoices.models import Invoice

    return get_for_org_or_404(Invoice, pk=invoice_id)


@router.post("/invoices", response={201: InvoiceOut})
def upload_invoice(request, file: UploadedFile = File(...)):  # noqa: B008
    """Takes in one EHF/XML, PDF or image file; extraction runs in the background."""
    require_role(request.user, *ROLES)
    from fornuft.invoices import services

    try:
        invoice = services.upload_invoice(
            request.organization,
            file,
            filename=file.name or "",
            content_type=file.content_type or "",
            source="api",
            reference=request.user.get_username(),
        )
    except services.UploadRefused as exc:
        if exc.reason == "too_large":
            raise HttpError(413, str(exc)) from None
        raise ValueError(str(exc)) from None
    return Status(201, invoice)


def _decide(request, invoice_id: int, action: str, note: str):
    require_role(request.user, *ROLES)
    from fornuft.invoices import services
    from fornuft.invoices.models import Invoice

    invoice = get_for_org_or_404(Invoice, pk=invoice_id)
    try:
        return (services.approve if action == "approve" else services.reject)(invoice, request.user, note)
    except services.WorkflowError as exc:
        raise ValueError(str(exc)) from None


@router.post("/invoices/{invoice_id}/approve", response=InvoiceOut)
def approve_invoice(request, invoice_id: int, payload: DecisionIn):
    return _decide(request, invoice_id, "approve", payload.note)


@router.post("/invoices/{invoice_id}/reject", response=InvoiceOut)
def reject_invoice(request, invoice_id: int, payload: DecisionIn):
    return _decide(request, invoice_id, "reject", payload.note)
