"""Documents data models: invoices, the supplier register, approval rules, accounting export."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel
from fornuft.platform.workitems import WorkItem


class InvoiceStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    EXTRACTED = "extracted", _("Extracted")
    NEEDS_REVIEW = "needs_review", _("Needs review")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    EXPORTED = "exported", _("Exported")
    NOT_INVOICE = "not_invoice", _("Not an invoice")
    FAILED = "failed", _("Failed")


class Supplier(OrgScopedModel):
    name = models.CharField(_("name"), max_length=200)
    org_number = models.CharField(_("organisation number"), max_length=20, blank=True, db_index=True)
    vat_number = models.CharField(_("VAT number"), max_length=30, blank=True)
    email_domain = models.CharField(
        _("email domain"),
        max_length=120,
        blank=True,
        db_index=True,
        help_text=_("The domain the supplier sends email from, e.g. leverandor.no"),
    )
    bank_accounts = models.JSONField(
        _("bank accounts"), default=list, blank=True, help_text=_("Accounts on file (11 digits or IBAN)")
    )
    default_approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("default approver"),
    )
    cost_centre = models.CharField(_("cost centre"), max_length=50, blank=True)
    # What people's corrections taught: {field: {"label": str, "box": [page, x0, y0, x1, y1]}}
    learned_hints = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["organization", "org_number"], name="supplier_org_number")]

    def __str__(self) -> str:
        return self.name


class ApprovalRule(OrgScopedModel):
    """The first active rule (lowest position) that matches an invoice picks its approver."""

    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveIntegerField(_("order"), default=100)
    order_reference_prefix = models.CharField(_("order reference starts with"), max_length=60, blank=True)
    project = models.CharField(_("project"), max_length=60, blank=True)
    cost_centre = models.CharField(_("cost centre"), max_length=50, blank=True)
    supplier = models.ForeignKey(Supplier, on_delete=models.CASCADE, null=True, blank=True)
    min_amount = models.DecimalField(_("from amount"), max_digits=14, decimal_places=2, null=True, blank=True)
    max_amount = models.DecimalField(_("up to amount"), max_digits=14, decimal_places=2, null=True, blank=True)
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("approver")
    )
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.name


class Invoice(WorkItem):
    """A platform work item: `stored_file`, `status`, `problems`, `attempts` and `decisions()`
    come from `WorkItem`; processing is the step list in `services.STEPS`."""

    # Every invoice is made from a stored file, so unlike the platform's default it is required.
    stored_file = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, related_name="+")
    view_file = models.ForeignKey(
        "core.StoredFile",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The PDF embedded in an EHF invoice",
    )
    filename = models.CharField(max_length=255, blank=True)
    source = models.CharField(max_length=20, default="upload")
    reference = models.CharField(max_length=200, blank=True)
    status = models.CharField(
        max_length=20, choices=InvoiceStatus.choices, default=InvoiceStatus.RECEIVED, db_index=True
    )
    message = models.TextField(blank=True)
    format = models.CharField(max_length=10, blank=True)
    document_type = models.CharField(max_length=20, blank=True)
    supplier = models.ForeignKey(Supplier, on_delete=models.SET_NULL, null=True, blank=True, related_name="invoices")
    supplier_name = models.CharField(max_length=200, blank=True)
    invoice_number = models.CharField(max_length=60, blank=True, db_index=True)
    issue_date = models.DateField(null=True, blank=True)
    due_date = models.DateField(null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True)
    total_incl_vat = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    order_reference = models.CharField(max_length=60, blank=True)
    project = models.CharField(max_length=60, blank=True)
    cost_centre = models.CharField(max_length=50, blank=True)
    data = models.JSONField(default=dict, blank=True)  # the extraction in the CLI/API schema
    boxes = models.JSONField(default=dict, blank=True)
    labels = models.JSONField(default=dict, blank=True)
    layout = models.JSONField(default=list, blank=True)  # text segments with positions, for learning
    pages = models.PositiveIntegerField(default=0)
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    exported_at = models.DateTimeField(null=True, blank=True)
    decision_seq = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organization", "status", "-created_at"], name="invoice_org_status")]

    def __str__(self) -> str:
        return f"{self.supplier_name or self.filename} {self.invoice_number}".strip()

    def failure_fields(self, reason: str) -> dict:
        """A failed invoice shows people why in `message`; `updated_at` moves too, because
        `mark_failed` writes with an update that skips auto_now."""
        return {"message": reason[:2000], "updated_at": timezone.now()}

    @property
    def validation(self) -> list[dict]:
        return self.data.get("validation", [])

    @property
    def errors(self) -> list[dict]:
        return [v for v in self.validation if v.get("severity") == "error"]


class InvoiceEvent(OrgScopedModel):
    """The invoice's history: who did what, when."""

    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    action = models.CharField(max_length=40)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]


class AccountingWebhook(OrgScopedModel):
    """Where approved invoices are sent (the accounting system's endpoint)."""

    url = models.URLField(_("URL"), max_length=500)
    secret = models.CharField(
        _("shared secret"),
        max_length=200,
        blank=True,
        help_text=_("Signs each delivery (X-Fornuft-Signature: sha256 HMAC)"),
    )
    active = models.BooleanField(default=True)

    def __str__(self) -> str:
        return self.url
