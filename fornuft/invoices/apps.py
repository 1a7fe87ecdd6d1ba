from django.apps import AppConfig


class InvoicesConfig(AppConfig):
    name = "fornuft.invoices"
    # The app began as "documents". Keeping that label keeps existing installs' tables
    # (documents_invoice, …), their migration history and the decision log's subject type
    # ("documents.invoice", part of the hash chain) valid without a data migration.
    label = "documents"
    verbose_name = "Invoices"
