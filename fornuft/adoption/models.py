"""Adoption data: processes, pilots, measurements (daily roll-ups), budget, roadmap, change."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.adoption import roi
from fornuft.core.tenancy import OrgScopedModel

PILOT_DAYS = 90
_positive = [MinValueValidator(0)]


class AdoptionSettings(OrgScopedModel):
    yearly_hours = models.FloatField(_("yearly hours per full-time employee"), default=roi.DEFAULT_YEARLY_HOURS,
                                     validators=[MinValueValidator(1)])
    default_hourly_cost = models.FloatField(_("default hourly cost (NOK)"), default=750, validators=_positive)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="adoption_settings_one_per_org")]


class DataAvailability(models.TextChoices):
    NONE = "none", _("Not available")
    PARTIAL = "partial", _("Partly available")
    AVAILABLE = "available", _("Available in digital form")


class Process(OrgScopedModel):
    name = models.CharField(_("name"), max_length=200)
    department = models.ForeignKey("core.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   verbose_name=_("department"))
    description = models.TextField(_("description"), blank=True)
    volume_per_month = models.FloatField(_("volume per month"), validators=_positive)
    minutes_per_item = models.FloatField(_("minutes per item"), validators=_positive)
    error_rate_pct = models.FloatField(_("error / rework rate (%)"), default=0,
                                       validators=[MinValueValidator(0), MaxValueValidator(100)])
    hourly_cost_nok = models.FloatField(_("hourly cost (NOK)"), validators=_positive)
    rule_based = models.PositiveSmallIntegerField(
        _("how rule-based (1–5)"), default=3, validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 = judgement every time, 5 = the same rules every time"))
    data_availability = models.CharField(_("data availability"), max_length=10, choices=DataAvailability.choices,
                                         default=DataAvailability.PARTIAL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def facts(self) -> roi.ProcessFacts:
        return roi.ProcessFacts(
            name=self.name, volume_per_month=self.volume_per_month, minutes_per_item=self.minutes_per_item,
            hourly_cost=self.hourly_cost_nok, rule_based=self.rule_based, data_availability=self.data_availability,
            error_rate_pct=self.error_rate_pct, key=self.pk,
        )


class PilotStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    BASELINE = "baseline", _("Measuring baseline")
    RUNNING = "running", _("Running")
    GO = "go", _("Go: scale up")
    NO_GO = "no_go", _("No-go: stopped")


class Pilot(OrgScopedModel):
    """One department, one use case, KPIs fixed before the start, a 90-day window."""

    name = models.CharField(_("name"), max_length=200)
    department = models.ForeignKey("core.Department", on_delete=models.PROTECT, verbose_name=_("department"))
    process = models.ForeignKey(Process, on_delete=models.SET_NULL, null=True, blank=True,
                                verbose_name=_("process"))
    use_case = models.TextField(_("use case"))
    systems = models.ManyToManyField("governance.AISystem", blank=True, related_name="pilots",
                                     verbose_name=_("AI systems"))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("owner"))
    status = models.CharField(_("status"), max_length=10, choices=PilotStatus.choices, default=PilotStatus.PLANNED)
    # KPI targets, fixed before the start.
    target_hours_saved_per_month = models.FloatField(_("target: hours saved per month"), validators=_positive)
    target_error_reduction_pct = models.FloatField(_("target: error reduction (%)"), default=0,
                                                   validators=[MinValueValidator(0), MaxValueValidator(100)])
    target_cost_reduction_nok = models.FloatField(_("target: cost reduction per month (NOK)"), default=0,
                                                  validators=_positive)
    # Baseline, measured or entered over 2–4 weeks before the start.
    baseline_start = models.DateField(_("baseline from"), null=True, blank=True)
    baseline_end = models.DateField(_("baseline to"), null=True, blank=True)
    baseline_items = models.PositiveIntegerField(_("items in the baseline period"), default=0)
    baseline_minutes_per_item = models.FloatField(_("baseline minutes per item"), default=0, validators=_positive)
    baseline_error_rate_pct = models.FloatField(_("baseline error rate (%)"), default=0,
                                                validators=[MinValueValidator(0), MaxValueValidator(100)])
    hourly_cost_nok = models.FloatField(_("hourly cost (NOK)"), default=750, validators=_positive)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    # Investment (NOK).
    licences_nok = models.FloatField(_("licences (NOK)"), default=0, validators=_positive)
    hardware_nok = models.FloatField(_("hardware (NOK)"), default=0, validators=_positive)
    implementation_nok = models.FloatField(_("implementation (NOK)"), default=0, validators=_positive)
    training_nok = models.FloatField(_("training (NOK)"), default=0, validators=_positive)
    monthly_running_nok = models.FloatField(_("running cost per month (NOK)"), default=0, validators=_positive)
    # Go / no-go review at day 90.
    review_notes = models.TextField(_("review notes"), blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    scaled_from = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="scaled_to", verbose_name=_("scaled from"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-start_date", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def end_date(self):
        return self.start_date + timedelta(days=PILOT_DAYS) if self.start_date else None

    @property
    def investment(self) -> roi.Investment:
        return roi.Investment(self.licences_nok, self.hardware_nok, self.implementation_nok, self.training_nok,
                              self.monthly_running_nok)

    def day(self, today=None) -> int | None:
        """Days since the start (1 on the first day), or None before it."""
        if not self.start_date:
            return None
        today = today or timezone.localdate()
        return (today - self.start_date).days + 1 if today >= self.start_date else None

    def review_due(self, today=None) -> bool:
        day = self.day(today)
        return self.status == PilotStatus.RUNNING and day is not None and day >= PILOT_DAYS


class RollupSource(models.TextChoices):
    LOG = "log", _("Decision log")
    IMPORTED = "imported", _("Imported history (baseline)")


class DailyRollup(OrgScopedModel):
    """What the decision log and review queue recorded on one day, per AI system and department.

    Rows with source=log are recomputed from the log by `measurement.refresh`; rows with
    source=imported hold history from before Fornuft (entered or imported), never the log.
    Automatic items carry department=None (the log does not know it); reviews and
    human decisions carry the department of the person.
    """

    day = models.DateField()
    source = models.CharField(max_length=10, choices=RollupSource.choices, default=RollupSource.LOG)
    system = models.ForeignKey("governance.AISystem", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    system_key = models.CharField(max_length=80)
    department = models.ForeignKey("core.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    items = models.PositiveIntegerField(default=0)  # automatic decisions
    straight_through = models.PositiveIntegerField(default=0)  # automatic, no review needed
    reviews_opened = models.PositiveIntegerField(default=0)
    reviews_resolved = models.PositiveIntegerField(default=0)
    corrections = models.PositiveIntegerField(default=0)  # reviews resolved with a correction
    overrides = models.PositiveIntegerField(default=0)  # a person's decision outside the review queue
    touch_seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["day"]
        indexes = [models.Index(fields=["organization", "day"], name="adoption_rollup_org_day")]


class UserActivity(OrgScopedModel):
    """Per person and day: decisions made, reviews resolved, thumbs given (for adoption)."""

    day = models.DateField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    department = models.ForeignKey("core.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    actions = models.PositiveIntegerField(default=0)
    source = models.CharField(max_length=10, choices=RollupSource.choices, default=RollupSource.LOG)

    class Meta:
        indexes = [models.Index(fields=["organization", "day"], name="adoption_activity_org_day")]


class RollupState(OrgScopedModel):
    refreshed_at = models.DateTimeField(null=True, blank=True)
    refreshed_through = models.DateField(null=True, blank=True)
    decisions_seen = models.BigIntegerField(default=0)
    seconds = models.FloatField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="adoption_rollupstate_one")]


class Thumb(OrgScopedModel):
    """A person's thumbs up or down on one AI output (any capability may record these)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    system = models.ForeignKey("governance.AISystem", on_delete=models.CASCADE, related_name="+")
    decision = models.ForeignKey("governance.Decision", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    up = models.BooleanField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "decision"], name="adoption_thumb_once",
                                               condition=models.Q(decision__isnull=False))]


class BudgetYear(OrgScopedModel):
    year = models.PositiveIntegerField(_("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    it_budget_nok = models.FloatField(_("IT budget (NOK)"), validators=[MinValueValidator(0)])
    ai_share_pct = models.FloatField(_("planned AI share (%)"), default=3.0,
                                     validators=[MinValueValidator(0), MaxValueValidator(100)])

    class Meta:
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["organization", "year"], name="adoption_budget_year")]

    def __str__(self) -> str:
        return str(self.year)

    @property
    def ai_budget_nok(self) -> float:
        return self.it_budget_nok * self.ai_share_pct / 100.0


class BudgetAllocation(OrgScopedModel):
    budget = models.ForeignKey(BudgetYear, on_delete=models.CASCADE, related_name="allocations")
    pilot = models.ForeignKey(Pilot, on_delete=models.SET_NULL, null=True, blank=True, related_name="allocations",
                              verbose_name=_("pilot"))
    label = models.CharField(_("what"), max_length=200)
    planned_nok = models.FloatField(_("planned (NOK)"), validators=_positive)
    actual_nok = models.FloatField(_("actual (NOK)"), default=0, validators=_positive)

    class Meta:
        ordering = ["label"]

    @property
    def difference_nok(self) -> float:
        """Actual − planned: positive means overspent."""
        return self.actual_nok - self.planned_nok


class Phase(models.TextChoices):
    NOW = "now", _("Now (0–3 months)")
    NEXT = "next", _("Next (3–6 months)")
    LATER = "later", _("Then (6–12 months)")


class RoadmapItem(OrgScopedModel):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    phase = models.CharField(_("phase"), max_length=10, choices=Phase.choices)
    quarter = models.PositiveSmallIntegerField(_("quarter (1–4)"), validators=[MinValueValidator(1),
                                                                                MaxValueValidator(4)])
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("owner"))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0, validators=[MaxValueValidator(100)])
    generated_key = models.CharField(max_length=60, blank=True)
    pilot = models.ForeignKey(Pilot, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    process = models.ForeignKey(Process, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["quarter", "due_date", "title"]


class IdeaStatus(models.TextChoices):
    NEW = "new", _("New")
    CONSIDERING = "considering", _("Being considered")
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")
    DECLINED = "declined", _("Declined")


class Idea(OrgScopedModel):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    department = models.ForeignKey("core.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    kind = models.CharField(_("kind"), max_length=10, default="idea",
                            choices=[("idea", _("Idea")), ("feedback", _("Feedback"))])
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("description"))
    status = models.CharField(_("status"), max_length=12, choices=IdeaStatus.choices, default=IdeaStatus.NEW)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]


class CommunicationItem(OrgScopedModel):
    title = models.CharField(_("message"), max_length=200)
    audience = models.CharField(_("audience"), max_length=120)
    channel = models.CharField(_("channel"), max_length=80)
    planned_date = models.DateField(_("date"))
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("owner"))
    done = models.BooleanField(_("done"), default=False)

    class Meta:
        ordering = ["planned_date"]
