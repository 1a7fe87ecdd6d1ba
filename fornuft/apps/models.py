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
    # sha256 of the token another system sends to the app's webhook address (the token is
    # shown once, when made); empty: the webhook trigger is closed.
    webhook_token_hash = models.CharField(max_length=64, blank=True)
    # sha256 of the secret in the public link to the app's form (trigger "Form submitted"
    # with "public"); empty: the form is open only to logged-in users of the organization.
    form_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
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
    # What started it: "mail:12", "document:34", "schedule:2026-Q4", "webhook", "csv", "form" ...
    source = models.CharField(_("started by"), max_length=120, blank=True, db_index=True)
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


class AppSettings(OrgScopedModel):
    """An organization's settings for apps: the hosts its apps may call webhooks on (within
    the installation's FORNUFT_APPS_WEBHOOK_HOSTS)."""

    webhook_hosts = models.TextField(_("webhook hosts"), blank=True,
                                     help_text=_("One host name per line, for example hooks.example.no."))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="appsettings_one_per_org")]

    def hosts(self) -> list[str]:
        return [h.strip().lower() for h in self.webhook_hosts.replace(",", "\n").splitlines() if h.strip()]


class AppTask(OrgScopedModel):
    """A task an app made (action "Create a task"), or a record it routed to a queue or person
    that is not a mail."""

    app = models.ForeignKey(App, on_delete=models.CASCADE, related_name="tasks")
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="tasks")
    row = models.PositiveIntegerField(default=0)
    title = models.CharField(_("title"), max_length=300)
    assignee = models.CharField(_("assigned to"), max_length=200, blank=True)
    record = models.JSONField(default=dict, blank=True)
    done = models.BooleanField(_("done"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["done", "-created_at", "-pk"]


class AppTag(OrgScopedModel):
    """A tag an app put on what started the run (a mail, a document) or on the run's row."""

    app = models.ForeignKey(App, on_delete=models.CASCADE, related_name="tags")
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="tags")
    row = models.PositiveIntegerField(default=0)
    subject = models.CharField(max_length=120, help_text="what was tagged: mail:12, document:34, run:5")
    tag = models.CharField(_("tag"), max_length=100)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organization", "subject"], name="apptag_org_subject")]
