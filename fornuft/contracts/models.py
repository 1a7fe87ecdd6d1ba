"""The contract register: contracts (work items, with versions), their clauses, risks and
deadlines, and the organization's playbook. Every row belongs to an organization."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel
from fornuft.platform.workitems import WorkItem

TITLE_LENGTH = 200


class ContractStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    ANALYSED = "analysed", _("Analysed")
    REVIEW = "review", _("Needs review")
    APPROVED = "approved", _("Approved")
    NOT_CONTRACT = "not_contract", _("Not a contract")
    FAILED = "failed", _("Failed")


class Contract(WorkItem):
    """One version of one contract. A new draft of the same contract (same family) is a new row
    with the next version number; `family` ties the versions together."""

    title = models.CharField(_("title"), max_length=TITLE_LENGTH, blank=True)
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    source = models.CharField(_("source"), max_length=20, default="upload")
    reference = models.CharField(_("reference"), max_length=100, blank=True)
    family = models.CharField(_("contract family"), max_length=120, blank=True, db_index=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    previous = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                                 verbose_name=_("previous version"))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="+", verbose_name=_("owner"))
    text = models.TextField(_("text"), blank=True)
    language = models.CharField(_("language"), max_length=5, blank=True)
    contract_type = models.CharField(_("contract type"), max_length=20, blank=True, db_index=True)
    counterparty = models.CharField(_("counterparty"), max_length=200, blank=True, db_index=True)
    parties = models.JSONField(_("parties"), default=list, blank=True)
    signed_date = models.DateField(_("signed"), null=True, blank=True)
    effective_date = models.DateField(_("effective"), null=True, blank=True)
    expiration_date = models.DateField(_("expires"), null=True, blank=True)
    auto_renewal = models.BooleanField(_("renews automatically"), null=True, blank=True)
    renewal_term_months = models.PositiveIntegerField(_("renewal term (months)"), null=True, blank=True)
    notice_period_days = models.PositiveIntegerField(_("notice period (days)"), null=True, blank=True)
    notice_deadline = models.DateField(_("notice deadline"), null=True, blank=True)
    governing_law = models.CharField(_("governing law"), max_length=8, blank=True)
    value_amount = models.DecimalField(_("value"), max_digits=16, decimal_places=2, null=True, blank=True)
    value_currency = models.CharField(_("currency"), max_length=3, blank=True)
    risk_light = models.CharField(_("risk"), max_length=6, blank=True, db_index=True)
    analysis = models.JSONField(_("analysis"), default=dict, blank=True)
    corrected = models.JSONField(_("corrected fields"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title or self.filename or f"#{self.pk}"

    @property
    def next_deadline(self):
        deadline = self.deadlines.order_by("date").first() if self.pk else None
        return deadline.date if deadline else None


class Clause(OrgScopedModel):
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="clauses")
    clause_type = models.CharField(_("clause type"), max_length=40, db_index=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField(_("text"))
    confidence = models.FloatField(_("confidence"), default=0.0)

    class Meta:
        ordering = ["start", "pk"]


class Risk(OrgScopedModel):
    SEVERITIES = (("high", _("High")), ("medium", _("Medium")), ("low", _("Low")))

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="risks")
    code = models.CharField(_("code"), max_length=64)
    severity = models.CharField(_("severity"), max_length=6, choices=SEVERITIES)
    clause_type = models.CharField(_("clause type"), max_length=40, blank=True)
    reason = models.TextField(_("reason"))

    class Meta:
        ordering = ["pk"]


class DeadlineKind(models.TextChoices):
    NOTICE = "notice", _("Last day to give notice")
    EXPIRY = "expiry", _("Expires")
    RENEWAL = "renewal", _("Renews")


class Deadline(OrgScopedModel):
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="deadlines")
    kind = models.CharField(_("kind"), max_length=10, choices=DeadlineKind.choices)
    date = models.DateField(_("date"), db_index=True)
    reminders_sent = models.JSONField(_("reminders sent"), default=list, blank=True)

    class Meta:
        ordering = ["date", "pk"]


class PlaybookText(OrgScopedModel):
    """The organization's playbook as YAML (empty: the built-in default)."""

    yaml = models.TextField(_("playbook (YAML)"), blank=True)
    calendar_token = models.CharField(max_length=64, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    def ensure_token(self) -> str:
        if not self.calendar_token:
            self.calendar_token = secrets.token_urlsafe(32)
            self.save(update_fields=["calendar_token", "updated_at"])
        return self.calendar_token
