"""The data of insights. Every row belongs to an organization (OrgScopedModel).

A `Dataset` (sales, SAF-T, quote history, time registration, staffing demand) has
numbered `DatasetVersion`s: each import is stored in the blob store first, then checked,
and keeps its problems. A `Run` is one forecast, staffing plan or price suggestion with
its inputs and result (the decision log refers to it)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel

NAME_LENGTH = 200


class DatasetKind(models.TextChoices):
    SALES = "sales", _("Sales (CSV or Excel)")
    SAFT = "saft", _("SAF-T Financial")
    BIDS = "bids", _("Quote history (won and lost)")
    TIME = "time", _("Time registration")
    DEMAND = "demand", _("Staffing demand")


class Dataset(OrgScopedModel):
    name = models.CharField(_("name"), max_length=NAME_LENGTH)
    kind = models.CharField(_("kind"), max_length=20, choices=DatasetKind.choices, default=DatasetKind.SALES)
    mapping = models.JSONField(_("column mapping"), default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "pk"]
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="insights_dataset_unique_name")]

    def __str__(self) -> str:
        return self.name

    def latest(self):
        return self.versions.order_by("-number").first()


class VersionStatus(models.TextChoices):
    CHECKED = "checked", _("Checked")
    REFUSED = "refused", _("Refused")


class DatasetVersion(OrgScopedModel):
    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    stored_file = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, related_name="+")
    filename = models.CharField(max_length=255, blank=True)
    status = models.CharField(max_length=20, choices=VersionStatus.choices, default=VersionStatus.CHECKED)
    error = models.TextField(blank=True)
    row_count = models.PositiveIntegerField(default=0)
    series_count = models.PositiveIntegerField(default=0)
    problems = models.JSONField(default=list, blank=True)  # [{"series", "code", "message", "fix", "dates"}]
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["dataset", "number"], name="insights_version_unique_number")]

    def __str__(self) -> str:
        return f"{self.dataset.name} v{self.number}"


class RunKind(models.TextChoices):
    FORECAST = "forecast", _("Forecast")
    STAFFING = "staffing", _("Staffing plan")
    PRICE = "price", _("Price suggestion")
    DIGEST = "digest", _("Management digest")


class Run(OrgScopedModel):
    kind = models.CharField(max_length=20, choices=RunKind.choices)
    version = models.ForeignKey(DatasetVersion, null=True, blank=True, on_delete=models.CASCADE, related_name="runs")
    parameters = models.JSONField(default=dict, blank=True)
    result = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.created_at:%Y-%m-%d %H:%M}"
