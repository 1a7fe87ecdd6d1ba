"""How the shared review queue shows an invoice decision (declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.governance.corrections import ReviewSubject


def _amount(value) -> str:
    if value in (None, ""):
        return "—"
    from decimal import Decimal, InvalidOperation

    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    whole, _sep, cents = f"{amount:,.2f}".partition(".")
    return f"{whole.replace(',', chr(0xA0))},{cents} kr"  # Norwegian: 1 250,00 kr


def _date(value) -> str:
    from datetime import date

    from django.utils import formats

    try:
        return formats.date_format(date.fromisoformat(str(value)[:10]), "SHORT_DATE_FORMAT")
    except ValueError:
        return str(value or "—")


def describe_invoice(decision) -> ReviewSubject | None:
    from fornuft.invoices.ai_systems import INVOICE_FIELDS
    from fornuft.invoices.models import Invoice

    if decision.subject_type != "documents.invoice":
        return None
    invoice = Invoice.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id).first()
    if invoice is None:
        return None
    data = invoice.data or {}
    supplier = data.get("supplier_name") or invoice.supplier_name or _("unknown supplier")
    number = data.get("invoice_number") or invoice.invoice_number
    title = (_("Invoice %(number)s from %(supplier)s") % {"number": number, "supplier": supplier} if number
             else _("Invoice from %(supplier)s") % {"supplier": supplier})
    problems = [v.get("message") or v.get("code") for v in data.get("validation", []) if v.get("severity") == "error"]
    return ReviewSubject(
        title=title,
        url=reverse("invoices:invoice-detail", args=[invoice.pk]),
        summary=[(_("Total incl. VAT"), _amount(data.get("total_incl_vat"))),
                 (_("Due date"), _date(data.get("due_date"))),
                 (_("File"), invoice.filename or "—"), (_("Status"), invoice.get_status_display()),
                 (_("Problems"), "\n".join(problems) or invoice.message or "—")],
        values={f.name: data.get(f.name) for f in INVOICE_FIELDS},
    )
