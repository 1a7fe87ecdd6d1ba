"""AI systems of the documents capability."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

# The same roles as the invoice pages (invoices/views.py ROLES): a review must not let
# anyone change an invoice they could not open.
INVOICE_ROLES = frozenset({Role.FINANCE, Role.ADMIN, Role.MANAGER})

# What a reviewer may correct on an invoice; correcting re-runs its checks (services.apply_correction).
INVOICE_FIELDS = (
    CorrectableField("supplier_name", _("Supplier"), suggestions="fornuft.invoices.review_subjects.supplier_names"),
    CorrectableField("supplier_org_number", _("Organisation number"), max_length=20),
    CorrectableField("invoice_number", _("Invoice number"), max_length=60),
    CorrectableField("issue_date", _("Invoice date"), kind="date"),
    CorrectableField("due_date", _("Due date"), kind="date"),
    CorrectableField("total_excl_vat", _("Total excl. VAT"), kind="amount"),
    CorrectableField("vat_total", _("VAT"), kind="amount"),
    CorrectableField("total_incl_vat", _("Total incl. VAT"), kind="amount"),
    CorrectableField("kid", _("KID"), max_length=25),
    CorrectableField("bank_account", _("Bank account"), max_length=40),
    CorrectableField("order_reference", _("Order reference"), max_length=60),
)

SYSTEMS = [
    AISystemDeclaration(
        key="invoices.extraction",
        name=gettext_noop("Invoice extraction and checks"),
        purpose="Reads supplier invoices (EHF, PDF, scans), extracts their fields, checks them against "
        "Norwegian rules and the supplier register, and routes them for approval.",
        owner="Finance",
        model_name="Layout-aware label/value extraction + Tesseract OCR + rule checks; learns labels per supplier",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Prepares invoices for a person's approval; no payment is made without an approver. "
        "Fraud signals (changed bank account) always go to review.",
        data_categories=("invoice data", "supplier contact data", "bank accounts"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.75,
        review_hook="fornuft.invoices.services.on_review_resolved",
        reviewer_roles=INVOICE_ROLES,
        review_subject="fornuft.invoices.review_subjects.describe_invoice",
        review_subjects="fornuft.invoices.review_subjects.describe_invoices",
        # Money and fraud signals (a changed bank account): each invoice is looked at on its own.
        bulk_accept=False,
        readable_output="fornuft.invoices.readable.decision_rows",
        correctable_fields=INVOICE_FIELDS,
        model_version="1",
    ),
]
