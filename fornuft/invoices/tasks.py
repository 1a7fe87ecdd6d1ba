"""Background work: extraction (OCR can take seconds a page) runs in the task queue."""

from django.db import transaction
from huey.contrib.djhuey import db_task

from fornuft.core.sweep import StuckItems

# Processing has not finished while an invoice is in one of these states.
PENDING_STATUSES = ("received", "extracted")


@db_task()
def process_invoice_task(invoice_id: int, pending_only: bool = False) -> None:
    """Processes one invoice; with `pending_only`, only if it is still waiting (a repeat is harmless)."""
    from fornuft.invoices import services
    from fornuft.invoices.models import Invoice

    # The id is all a task gets; the invoice's own organization is activated by process_invoice.
    invoice = Invoice.objects.all_organizations().filter(pk=invoice_id).select_related("organization").first()
    if invoice is None or (pending_only and invoice.status not in PENDING_STATUSES):
        return
    services.process_invoice(invoice)


def _requeue_invoice(invoice) -> None:
    from fornuft.invoices import services

    services.event(invoice, "requeued", "processing did not finish; queued again")
    transaction.on_commit(lambda pk=invoice.pk: process_invoice_task(pk, pending_only=True))


def _fail_invoice(invoice, reason: str) -> None:
    from fornuft.invoices import services

    services.fail_invoice(invoice, reason)


STUCK_ITEMS = [StuckItems("documents.invoice", "documents.Invoice", PENDING_STATUSES, since="updated_at",
                          requeue=_requeue_invoice, fail=_fail_invoice)]
