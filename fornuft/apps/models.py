"""The data of no-code apps: the app, its saved versions (the app JSON), uploaded tables,
and its runs with one row per block. Every row belongs to an organization."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel
from fornuft.platform.workitems import WorkItem

NAME_LENGTH = 200


class AppStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    PAUSED = "paused", _("Paused")


class App(OrgScopedModel):
    name = models.CharField(_("name"), max_length=NAME_LENGTH)
    description = models.TextField(_("description"), blank=True)
    purpose = models.TextField(_("purpose"), blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
                              verbose_name=_("owner"))
    status = models.CharField(_("status"), max_length=12, choices=AppStatus.choices, default=AppStatus.DRAFT)
    template = models.CharField(_("template"), max_length=40, blank=True)
    system = models.ForeignKey("governance.AISystem", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+", verbose_name=_("AI system"))
    published_version = models.PositiveIntegerField(_("published version"), null=True, blank=True)
    minutes_saved_per_run_row = models.FloatField(_("minutes saved per row"), default=2.0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name


class AppVersion(OrgScopedModel):
    app = models.ForeignKey(App, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    definition = models.JSONField(_("app JSON"))
    note = models.CharField(_("note"), max_length=500, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["app", "number"], name="appversion_unique_number")]


class AppTable(OrgScopedModel):
    """An uploaded CSV table (a register for lookups) or a table the app writes rows to."""

    name = models.CharField(_("name"), max_length=100)
    columns = models.JSONField(default=list)
    rows = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="apptable_unique_name")]


class Run(WorkItem):
    """One run of an app: the input rows are stored before the run starts."""

    app = models.ForeignKey(App, on_delete=models.CASCADE, related_name="runs")
    version = models.PositiveIntegerField(_("version"))
    test = models.BooleanField(_("test run"), default=False)
    input_rows = models.JSONField(default=list)
    result = models.JSONField(default=dict, blank=True)
    rows_done = models.PositiveIntegerField(default=0)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]


class RunStep(OrgScopedModel):
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="steps")
    node = models.CharField(max_length=40)
    block = models.CharField(max_length=60)
    rows = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)
    outputs = models.JSONField(default=list)
    failed = models.BooleanField(default=False)

    class Meta:
        ordering = ["pk"]
