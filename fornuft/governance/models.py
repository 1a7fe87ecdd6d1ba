"""The governance spine: AI systems, their model versions, the decision log and reviews."""

from __future__ import annotations

import json
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedManager, OrgScopedModel, OrgScopedQuerySet


class RiskClass(models.TextChoices):
    PROHIBITED = "prohibited", _("Prohibited")
    HIGH = "high", _("High risk")
    LIMITED = "limited", _("Limited risk (transparency)")
    MINIMAL = "minimal", _("Minimal risk")


class OversightMode(models.TextChoices):
    # A person reviews decisions below the confidence threshold; the rest take effect.
    ON_THE_LOOP = "on_the_loop", _("Review below the confidence threshold")
    # Every decision waits for a person before it takes effect.
    IN_THE_LOOP = "in_the_loop", _("Every decision reviewed by a person")


class SystemStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")


class AISystem(OrgScopedModel):
    key = models.CharField(_("key"), max_length=80)
    name = models.CharField(_("name"), max_length=200)
    purpose = models.TextField(_("purpose"))
    owner = models.CharField(_("owner"), max_length=200, help_text=_("Role or person accountable"))
    model_name = models.CharField(_("model"), max_length=200)
    model_version = models.CharField(_("model version"), max_length=100, default="1")
    data_categories = models.JSONField(_("data categories"), default=list)
    risk_class = models.CharField(_("risk class"), max_length=20, choices=RiskClass.choices)
    risk_rationale = models.TextField(_("risk rationale"), blank=True)
    oversight_mode = models.CharField(
        _("human oversight"), max_length=20, choices=OversightMode.choices, default=OversightMode.ON_THE_LOOP
    )
    confidence_threshold = models.FloatField(_("confidence threshold"), default=0.7)
    status = models.CharField(_("status"), max_length=10, choices=SystemStatus.choices, default=SystemStatus.ACTIVE)
    next_review = models.DateField(_("next review"), null=True, blank=True)
    built_in = models.BooleanField(default=False)
    provider = models.CharField(_("provider"), max_length=200, default="Fornuft (built in)")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organization", "key"], name="aisystem_unique_key")]

    def __str__(self) -> str:
        return self.name

    @property
    def needs_review_always(self) -> bool:
        return self.oversight_mode == OversightMode.IN_THE_LOOP or self.risk_class == RiskClass.HIGH


class ModelOutcome(models.TextChoices):
    ACTIVATED = "activated", _("Activated")
    REJECTED = "rejected", _("Rejected (worse on held-out examples)")
    RETIRED = "retired", _("Retired (a newer version replaced it)")


class ModelVersion(OrgScopedModel):
    """One trained model of an AI system, with its evaluation; at most one is active.
    The one version table of the house: every trainer goes through
    `fornuft.governance.model_store`, which writes these rows."""

    system = models.ForeignKey(AISystem, on_delete=models.CASCADE, related_name="model_versions")
    version = models.CharField(max_length=100)
    trained_at = models.DateTimeField(default=timezone.now)
    training_examples = models.PositiveIntegerField(default=0)
    # A few headline figures (shown in the registry and the Annex IV documentation) …
    metrics = models.JSONField(default=dict, blank=True)
    # … and the whole evaluation on held-out examples, with the baseline it was compared to.
    report = models.JSONField(default=dict, blank=True)
    # The signed model file, relative to FORNUFT_MODEL_DIR ("" for versions recorded without one).
    file_name = models.CharField(max_length=300, blank=True)
    outcome = models.CharField(max_length=20, choices=ModelOutcome.choices, default=ModelOutcome.ACTIVATED)
    notes = models.TextField(blank=True)
    is_active = models.BooleanField(default=False)

    class Meta:
        ordering = ["-trained_at"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "system", "version"], name="modelversion_unique"),
        ]


class AppendOnlyQuerySet(OrgScopedQuerySet):
    def update(self, **kwargs):
        raise PermissionError("the decision log is append-only: entries cannot be updated")

    def delete(self):
        raise PermissionError("the decision log is append-only: entries cannot be deleted")

    def _raw_delete(self, using=None):
        raise PermissionError("the decision log is append-only: entries cannot be deleted")


class DecisionManager(OrgScopedManager.from_queryset(AppendOnlyQuerySet)):  # type: ignore[misc]
    pass


class Decision(OrgScopedModel):
    """One automated (or human) decision. Never updated, never deleted: each row carries
    the sha256 of its canonical record plus the previous row's hash (per organization)."""

    seq = models.BigIntegerField()
    system = models.ForeignKey(AISystem, on_delete=models.PROTECT, related_name="decisions")
    system_key = models.CharField(max_length=80)
    model_version = models.CharField(max_length=100)
    subject_type = models.CharField(max_length=60)
    subject_id = models.CharField(max_length=80)
    output_json = models.TextField()
    confidence = models.FloatField(null=True)
    explanation_json = models.TextField()
    actor = models.CharField(max_length=160, help_text="'system' or 'user:<id>'")
    actor_user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    needs_review = models.BooleanField(default=False)
    created_at = models.DateTimeField()
    # Which columns the hash covers (chain.py); empty for records from before format 2.
    hash_version = models.PositiveSmallIntegerField(null=True, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    objects: ClassVar[DecisionManager] = DecisionManager()

    class Meta:
        ordering = ["-seq"]
        constraints = [models.UniqueConstraint(fields=["organization", "seq"], name="decision_unique_seq")]
        indexes = [
            models.Index(fields=["organization", "system", "-seq"], name="decision_org_system"),
            models.Index(fields=["organization", "created_at"], name="decision_org_created"),
            models.Index(fields=["organization", "subject_type", "subject_id"], name="decision_org_subject"),
        ]

    @property
    def output(self):
        return json.loads(self.output_json)

    @property
    def explanation(self):
        return json.loads(self.explanation_json)

    @property
    def is_automatic(self) -> bool:
        return self.actor == "system"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError("the decision log is append-only: entries cannot be updated")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("the decision log is append-only: entries cannot be deleted")


class ChainHead(models.Model):
    """The newest sequence number and hash of each organization's chain. Writers lock
    this row (UPDATE first), so concurrent writers append one after another."""

    organization = models.OneToOneField("core.Organization", on_delete=models.CASCADE, primary_key=True)
    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)


class ReviewStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACCEPTED = "accepted", _("Accepted")
    CORRECTED = "corrected", _("Corrected")


class ReviewTask(OrgScopedModel):
    decision = models.OneToOneField(Decision, on_delete=models.PROTECT, related_name="review")
    system = models.ForeignKey(AISystem, on_delete=models.PROTECT, related_name="reviews")
    reason = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.OPEN)
    opened_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    resolution = models.ForeignKey(
        Decision, on_delete=models.PROTECT, null=True, blank=True, related_name="resolves"
    )
    comment = models.TextField(blank=True)
    # Active seconds a person spent (measured in the review UI); falls back to open → resolve.
    touch_seconds = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at"]
        indexes = [models.Index(fields=["organization", "status", "-opened_at"], name="review_org_status")]

    @property
    def duration_seconds(self) -> float | None:
        if self.resolved_at is None:
            return None
        return (self.resolved_at - self.opened_at).total_seconds()


class RegistryChange(OrgScopedModel):
    """Who changed what in the registry, old → new."""

    system = models.ForeignKey(AISystem, on_delete=models.CASCADE, related_name="changes")
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)
    field = models.CharField(max_length=80)
    old_value = models.TextField(blank=True)
    new_value = models.TextField(blank=True)

    class Meta:
        ordering = ["-changed_at"]


# ---------------------------------------------------------------------------
# Compliance: risk classification, obligations, registry profile, reviews,
# GDPR (retention, data-subject requests), AI literacy and the AI-use policy.
# ---------------------------------------------------------------------------


class SystemKind(models.TextChoices):
    BUILT_IN = "built_in", _("Built into Fornuft")
    OWN = "own", _("The organization's own system")
    EXTERNAL = "external", _("External tool used by employees")


class SystemProfile(OrgScopedModel):
    """What the registry knows about a system beyond the spine's fields (Annex IV material)."""

    system = models.OneToOneField(AISystem, on_delete=models.CASCADE, related_name="profile")
    kind = models.CharField(_("kind"), max_length=20, choices=SystemKind.choices, default=SystemKind.BUILT_IN)
    intended_users = models.CharField(_("intended users"), max_length=300, blank=True)
    training_data = models.TextField(_("training data"), blank=True)
    vendor_url = models.URLField(_("vendor web page"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    review_interval_days = models.PositiveIntegerField(_("review interval (days)"), default=365)
    classification_fingerprint = models.CharField(max_length=64, blank=True)


class RiskAssessment(OrgScopedModel):
    """One run through the risk questionnaire: answers, result, who and when."""

    system = models.ForeignKey(AISystem, on_delete=models.CASCADE, related_name="assessments")
    answers = models.JSONField(default=dict)
    path = models.JSONField(default=list)
    result = models.CharField(max_length=20, choices=RiskClass.choices)
    rationale = models.TextField()
    assessed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    assessed_at = models.DateTimeField(default=timezone.now)
    fingerprint = models.CharField(max_length=64)

    class Meta:
        ordering = ["-assessed_at"]


class ObligationState(models.TextChoices):
    TODO = "todo", _("To do")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    NOT_APPLICABLE = "not_applicable", _("Not applicable")


class ObligationStatus(OrgScopedModel):
    system = models.ForeignKey(AISystem, on_delete=models.CASCADE, related_name="obligations")
    key = models.CharField(max_length=60)
    state = models.CharField(max_length=20, choices=ObligationState.choices, default=ObligationState.TODO)
    note = models.TextField(blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "system", "key"], name="obligation_unique")]


class RegulationDate(OrgScopedModel):
    """When a part of the AI Act applies; seeded from obligations.DEFAULT_DATES, editable."""

    key = models.CharField(max_length=60)
    label = models.CharField(_("what applies"), max_length=300)
    article = models.CharField(_("legal basis"), max_length=120)
    applies_from = models.DateField(_("applies from"))

    class Meta:
        ordering = ["applies_from"]
        constraints = [models.UniqueConstraint(fields=["organization", "key"], name="regulationdate_unique")]


class SystemReview(OrgScopedModel):
    """A periodic review of one AI system, and the date of the next."""

    system = models.ForeignKey(AISystem, on_delete=models.CASCADE, related_name="periodic_reviews")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    reviewed_at = models.DateTimeField(default=timezone.now)
    findings = models.TextField(_("findings"))
    next_review = models.DateField(_("next review"))

    class Meta:
        ordering = ["-reviewed_at"]


class RetentionPolicy(OrgScopedModel):
    category = models.CharField(_("data category"), max_length=60)
    keep_days = models.PositiveIntegerField(_("keep for (days)"))
    enabled = models.BooleanField(_("purge automatically"), default=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    last_purged_at = models.DateTimeField(null=True, blank=True)
    last_purged_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["category"]
        constraints = [models.UniqueConstraint(fields=["organization", "category"], name="retention_unique")]


class RequestKind(models.TextChoices):
    ACCESS = "access", _("Access (Art. 15) – export")
    ERASURE = "erasure", _("Erasure (Art. 17)")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DONE = "done", _("Completed")
    REJECTED = "rejected", _("Rejected")


class DataSubjectRequest(OrgScopedModel):
    """A person's request to see or erase their data; the answer is due within a month (Art. 12(3))."""

    kind = models.CharField(_("request"), max_length=10, choices=RequestKind.choices)
    subject_name = models.CharField(_("name"), max_length=200, blank=True)
    subject_email = models.CharField(_("email"), max_length=254, blank=True)
    subject_phone = models.CharField(_("phone"), max_length=40, blank=True)
    subject_national_id = models.CharField(_("fødselsnummer"), max_length=11, blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    due_at = models.DateTimeField(_("answer due"))
    status = models.CharField(max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    receipt = models.JSONField(default=dict, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-received_at"]

    @property
    def overdue(self) -> bool:
        return self.status == RequestStatus.OPEN and timezone.now() > self.due_at


class LiteracyLevel(models.IntegerChoices):
    NONE = 0, _("Not trained")
    BASIC = 1, _("Basic user")
    SUPERUSER = 2, _("Superuser")
    CHAMPION = 3, _("AI champion")


class TrainingCourse(OrgScopedModel):
    name = models.CharField(_("course"), max_length=200)
    level = models.PositiveSmallIntegerField(_("gives level"), choices=LiteracyLevel.choices)
    description = models.TextField(_("description"), blank=True)
    valid_months = models.PositiveIntegerField(_("valid for (months)"), default=24)

    class Meta:
        ordering = ["level", "name"]

    def __str__(self) -> str:
        return self.name


class TrainingRecord(OrgScopedModel):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="training_records")
    course = models.ForeignKey(TrainingCourse, on_delete=models.PROTECT, related_name="records")
    completed_on = models.DateField(_("completed"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["-completed_on"]


class LiteracyRequirement(OrgScopedModel):
    """People with `role`, or the reviewers of `system`, must hold at least `level`."""

    role = models.CharField(_("role"), max_length=20, blank=True)
    system = models.ForeignKey(AISystem, on_delete=models.CASCADE, null=True, blank=True,
                               related_name="literacy_requirements")
    level = models.PositiveSmallIntegerField(_("required level"), choices=LiteracyLevel.choices)
    reason = models.CharField(_("why"), max_length=300, blank=True)


class PolicyDocument(OrgScopedModel):
    """The organization's AI-use policy in one language; generated, then edited by people."""

    language = models.CharField(max_length=5)
    body = models.TextField()
    generated_at = models.DateTimeField(default=timezone.now)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "language"], name="policy_unique_language")]


class ExampleSource(models.TextChoices):
    REVIEW = "review", _("Review queue")
    UI = "ui", _("Correction on the item's page")
    IMPORT = "import", _("Imported labels")
    RELEASE = "release", _("Released from quarantine")
    REPORT = "report", _("Reported as phishing")


class TrainingExample(OrgScopedModel):
    """A person's label for one input: every correction of every AI system, wherever it was
    made (review queue, the item's own page, an import), and what each system's trainer reads.

    `text` is the input as the trainer sees it; it is copied from the subject, so erasing the
    subject erases its examples too (`training_data.erase_examples_about`)."""

    system_key = models.CharField(max_length=80)
    subject_type = models.CharField(max_length=60, blank=True)
    subject_id = models.CharField(max_length=80, blank=True)
    text = models.TextField(blank=True)
    label = models.CharField(max_length=80, blank=True)
    fields = models.JSONField(default=dict, blank=True)
    source = models.CharField(max_length=20, choices=ExampleSource.choices)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["organization", "system_key", "-created_at"], name="example_org_system"),
            models.Index(fields=["organization", "subject_type", "subject_id"], name="example_org_subject"),
        ]
