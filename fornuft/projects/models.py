"""The data of projects. Every row belongs to an organization (OrgScopedModel)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel

TITLE_LENGTH = 200


class ProjectStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PLANNED = "planned", _("Plan proposed")
    APPROVED = "approved", _("Allocation approved")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")


class PlanningData(OrgScopedModel):
    """The organization's team file, history and templates (one row per organization)."""

    team_json = models.TextField(_("team (JSON)"), blank=True)
    history_csv = models.TextField(_("history (CSV)"), blank=True)
    templates_json = models.TextField(_("templates (JSON)"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)


class Project(OrgScopedModel):
    title = models.CharField(_("title"), max_length=TITLE_LENGTH)
    client = models.CharField(_("client"), max_length=200, blank=True)
    contact = models.CharField(_("contact"), max_length=200, blank=True)
    location = models.CharField(_("location"), max_length=300, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    budget_amount = models.DecimalField(_("budget"), max_digits=14, decimal_places=2, null=True, blank=True)
    budget_currency = models.CharField(max_length=3, blank=True)
    budget_vat = models.CharField(max_length=5, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.DRAFT)
    stored_file = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+", verbose_name=_("assignment"))
    source_reference = models.CharField(max_length=100, blank=True)
    extraction = models.JSONField(default=dict, blank=True)
    plan = models.JSONField(default=dict, blank=True)
    pins = models.JSONField(default=dict, blank=True)
    feasible = models.BooleanField(null=True)
    finish_date = models.DateField(null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)
    reply_draft = models.TextField(_("reply to the client"), blank=True)
    reply_approved = models.BooleanField(default=False)
    risk = models.FloatField(null=True, blank=True)
    flagged = models.BooleanField(default=False, db_index=True)
    risk_figures = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class StatusPoint(OrgScopedModel):
    """Planned value, earned value and actual cost of a project at one status date."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="status_points")
    date = models.DateField(_("date"))
    budget_at_completion = models.DecimalField(max_digits=14, decimal_places=2)
    planned_value = models.DecimalField(max_digits=14, decimal_places=2)
    earned_value = models.DecimalField(max_digits=14, decimal_places=2)
    actual_cost = models.DecimalField(max_digits=14, decimal_places=2)
    planned_start = models.DateField()
    planned_finish = models.DateField()

    class Meta:
        ordering = ["project", "date"]
        constraints = [models.UniqueConstraint(fields=["project", "date"], name="projects_status_point_once")]


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", _("To review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class TemplateSuggestion(OrgScopedModel):
    """A template learned from a finished project, waiting for a person: a new template for a
    kind of deliverable, or new hours for an existing one. Never applied silently."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="template_suggestions")
    template_key = models.CharField(max_length=100)
    is_new = models.BooleanField(default=False)
    template = models.JSONField(default=dict)
    changes = models.JSONField(default=list, blank=True)  # one line per change, for the reviewer
    status = models.CharField(max_length=10, choices=SuggestionStatus.choices, default=SuggestionStatus.PENDING)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.template_key
