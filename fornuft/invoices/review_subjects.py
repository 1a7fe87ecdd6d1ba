"""How the shared review queue shows an invoice decision (declared in ai_systems.py): the
invoice's pages with the fields it read highlighted, its figures and problems."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.core.formatting import money, short_date
from fornuft.governance.corrections import ReviewPage, ReviewSubject

MAX_PAGES = 4


def supplier_names(organization) -> list[str]:
    """The organization's known suppliers, for the reviewer's supplier picker."""
    from fornuft.invoices.models import Supplier

    return list(Supplier.objects.for_organization(organization).order_by("name")
                .values_list("name", flat=True).distinct()[:500])


def _box_style(box) -> str:
    if not box or len(box) != 5:
        return ""
    _page, x0, y0, x1, y1 = box
    pad = 0.003
    return (f"left:{(x0 - pad) * 100:.2f}%;top:{(y0 - pad) * 100:.2f}%;"
            f"width:{(x1 - x0 + 2 * pad) * 100:.2f}%;height:{(y1 - y0 + 2 * pad) * 100:.2f}%")


def _pages(invoice) -> list[ReviewPage]:
    from fornuft.invoices.ai_systems import INVOICE_FIELDS

    if invoice.format == "ehf" and not invoice.view_file_id:
        return []
    labels = {f.name: str(f.label) for f in INVOICE_FIELDS}
    pages = []
    for number in range(min(invoice.pages or 1, MAX_PAGES)):
        boxes = [{"field": name, "label": labels.get(name, name), "style": _box_style(box)}
                 for name, box in (invoice.boxes or {}).items()
                 if name in labels and box and len(box) == 5 and box[0] == number]
        pages.append(ReviewPage(url=reverse("invoices:invoice-page", args=[invoice.pk, number]), boxes=boxes))
    return pages


def _problems(data) -> str:
    from fornuft.invoices.readable import finding

    return "\n".join(finding(v) for v in data.get("validation", []) if v.get("severity") == "error")


def _subject(invoice, *, full: bool) -> ReviewSubject:
    from fornuft.invoices.ai_systems import INVOICE_FIELDS

    data = invoice.data or {}
    supplier = data.get("supplier_name") or invoice.supplier_name or _("unknown supplier")
    number = data.get("invoice_number") or invoice.invoice_number
    title = (_("Invoice %(number)s from %(supplier)s") % {"number": number, "supplier": supplier} if number
             else _("Invoice from %(supplier)s") % {"supplier": supplier})
    return ReviewSubject(
        title=title,
        url=reverse("invoices:invoice-detail", args=[invoice.pk]),
        summary=[(_("Total incl. VAT"), money(data.get("total_incl_vat"))),
                 (_("Due date"), short_date(data.get("due_date"))),
                 (_("File"), invoice.filename or "—"), (_("Status"), invoice.get_status_display()),
                 (_("Problems"), _problems(data) or invoice.message or "—")],
        values={f.name: data.get(f.name) for f in INVOICE_FIELDS},
        pages=_pages(invoice) if full else [],
    )


def _invoices(decisions) -> dict:
    from fornuft.invoices.models import Invoice

    wanted: dict[int, list[int]] = {}
    for decision in decisions:
        if decision.subject_type == "documents.invoice" and str(decision.subject_id).isdigit():
            wanted.setdefault(decision.organization_id, []).append(int(decision.subject_id))
    found = {}
    for organization_id, ids in wanted.items():
        for invoice in Invoice.objects.for_organization(organization_id).filter(pk__in=ids):
            found[(organization_id, str(invoice.pk))] = invoice
    return found


def describe_invoice(decision) -> ReviewSubject | None:
    invoice = _invoices([decision]).get((decision.organization_id, decision.subject_id))
    return None if invoice is None else _subject(invoice, full=True)


def describe_invoices(decisions) -> dict[int, ReviewSubject]:
    invoices = _invoices(decisions)
    return {decision.pk: _subject(invoice, full=False) for decision in decisions
            if (invoice := invoices.get((decision.organization_id, decision.subject_id))) is not None}
