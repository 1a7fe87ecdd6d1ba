"""Background work: extraction (OCR can take seconds a page) runs in the task queue."""

from huey.contrib.djhuey import db_task


@db_task()
def process_invoice_task(invoice_id: int) -> None:
    from fornuft.invoices import services
    from fornuft.invoices.models import Invoice

    invoice = Invoice.objects.all_organizations().filter(pk=invoice_id).select_related("organization").first()
    if invoice is not None:
        services.process_invoice(invoice)
