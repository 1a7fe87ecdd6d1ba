"""Export of approved invoices: CSV and JSON files, and delivery to an accounting system's
webhook (JSON POST signed with HMAC-SHA256 in X-Fornuft-Signature)."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import urllib.error
import urllib.request

from django.utils import timezone

from fornuft.invoices.models import AccountingWebhook, Invoice, InvoiceStatus
from fornuft.invoices.services import event

CSV_COLUMNS = [
    "id",
    "status",
    "supplier_name",
    "supplier_org_number",
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
    "project",
    "cost_centre",
    "approved_by",
    "approved_at",
]
TIMEOUT_SECONDS = 10


def record(invoice: Invoice) -> dict:
    data = invoice.data or {}
    row = {column: data.get(column) for column in CSV_COLUMNS}
    row.update(
        {
            "id": invoice.pk,
            "status": invoice.status,
            "project": invoice.project or None,
            "cost_centre": invoice.cost_centre or None,
            "approved_by": invoice.decided_by.get_username() if invoice.decided_by is not None else None,
            "approved_at": invoice.decided_at.isoformat() if invoice.decided_at else None,
        }
    )
    return row


def to_csv(invoices) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=";")
    writer.writeheader()
    for invoice in invoices:
        writer.writerow({k: ("" if v is None else v) for k, v in record(invoice).items()})
    return buffer.getvalue()


def to_json(invoices) -> str:
    items = []
    for invoice in invoices:
        item = record(invoice)
        item["lines"] = (invoice.data or {}).get("lines", [])
        items.append(item)
    return json.dumps({"invoices": items}, ensure_ascii=False, indent=2)


def mark_exported(invoices, user=None, how: str = "file") -> int:
    count = 0
    for invoice in invoices:
        if invoice.status == InvoiceStatus.APPROVED:
            invoice.status, invoice.exported_at = InvoiceStatus.EXPORTED, timezone.now()
            invoice.save(update_fields=["status", "exported_at", "updated_at"])
            event(invoice, "exported", how, actor=user)
            count += 1
    return count


def send_to_webhook(invoice: Invoice, user=None) -> tuple[bool, str]:
    """POSTs one approved invoice to the organization's accounting webhook; (ok, message)."""
    hook = AccountingWebhook.objects.for_organization(invoice.organization).filter(active=True).first()
    if hook is None:
        return False, "No accounting webhook is configured."
    if invoice.status != InvoiceStatus.APPROVED:
        return False, "Only approved invoices are sent to accounting."
    body = json.dumps(
        {"invoice": record(invoice) | {"lines": invoice.data.get("lines", [])}}, ensure_ascii=False
    ).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": "Fornuft/1"}
    if hook.secret:
        headers["X-Fornuft-Signature"] = "sha256=" + hmac.new(hook.secret.encode(), body, hashlib.sha256).hexdigest()
    request = urllib.request.Request(hook.url, data=body, headers=headers, method="POST")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as exc:
        message = f"The accounting system answered HTTP {exc.code}."
        event(invoice, "export_failed", message, actor=user)
        return False, message
    except (urllib.error.URLError, OSError) as exc:
        message = f"The accounting system could not be reached ({getattr(exc, 'reason', exc)})."
        event(invoice, "export_failed", message, actor=user)
        return False, message
    mark_exported([invoice], user, how=f"webhook HTTP {status}")
    return True, f"Sent (HTTP {status})."
