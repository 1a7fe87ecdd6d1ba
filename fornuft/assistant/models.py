"""Assistant data: the knowledge base (versioned articles), settings per organization
(widget key, opening hours), conversations and messages; intent training examples live in
governance.TrainingExample (system assistant.answer)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel


def new_widget_key() -> str:
    return "wk_" + secrets.token_urlsafe(18)


def new_public_id() -> str:
    return secrets.token_urlsafe(16)


class AssistantSettings(OrgScopedModel):
    widget_key = models.CharField(_("widget key"), max_length=40, unique=True, default=new_widget_key)
    allowed_origins = models.TextField(
        _("allowed web sites"), blank=True,
        help_text=_("One origin per line (https://example.no); empty: the organization's own site."))
    opens = models.TimeField(_("opens"), default="08:00")
    closes = models.TimeField(_("closes"), default="16:00")
    weekdays = models.CharField(_("open weekdays"), max_length=20, default="0,1,2,3,4",
                                help_text=_("0 = Monday … 6 = Sunday, comma-separated."))
    response_hours = models.PositiveIntegerField(_("expected response time (working hours)"), default=4)
    frustration_threshold = models.FloatField(_("frustration threshold"), default=0.6)
    synonyms = models.TextField(_("synonyms"), blank=True, help_text=_("One group per line: faktura, regning"))
    # How the widget looks on the company's site (fornuft/assistant/appearance.py).
    widget_colour = models.CharField(_("widget colour"), max_length=7, default="#1f4e79")
    greeting_nb = models.CharField(_("greeting (Norwegian)"), max_length=500, blank=True)
    greeting_en = models.CharField(_("greeting (English)"), max_length=500, blank=True)
    widget_logo = models.BinaryField(_("logo picture"), blank=True, default=b"")
    widget_logo_type = models.CharField(max_length=20, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="assistant_one_settings_per_org")]


class Article(OrgScopedModel):
    slug = models.SlugField(_("article id"), max_length=100)
    title = models.CharField(_("title"), max_length=200)
    language = models.CharField(_("language"), max_length=2, default="nb", choices=[("nb", "Norsk"),
                                                                                     ("en", "English")])
    tags = models.CharField(_("tags"), max_length=200, blank=True)
    body = models.TextField(_("text (Markdown)"))
    version = models.PositiveIntegerField(default=1)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]
        constraints = [models.UniqueConstraint(fields=["organization", "slug"], name="assistant_article_slug")]

    def __str__(self) -> str:
        return self.title


class ArticleVersion(OrgScopedModel):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    body = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-version"]


class Conversation(OrgScopedModel):
    class Status(models.TextChoices):
        BOT = "bot", _("Assistant answering")
        WAITING = "waiting", _("Waiting for a person")
        # Outside opening hours the customer is asked how we can reach them before the hand-off.
        CONTACT = "contact", _("Waiting for the customer's contact details")
        AGENT = "agent", _("Person has taken over")
        CLOSED = "closed", _("Closed")

    public_id = models.CharField(max_length=40, unique=True, default=new_public_id)
    channel = models.CharField(max_length=20, default="widget")
    language = models.CharField(max_length=2, default="nb")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BOT)
    escalation_reason = models.CharField(max_length=30, blank=True)
    sensitive_topic = models.CharField(max_length=30, blank=True)
    intent = models.CharField(max_length=80, blank=True)
    sentiment = models.CharField(max_length=10, default="neutral")
    frustration = models.FloatField(default=0.0)
    summary = models.TextField(blank=True)
    suggested_articles = models.JSONField(default=list, blank=True)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    escalated_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    csat = models.PositiveSmallIntegerField(null=True, blank=True)
    contact_email = models.EmailField(_("customer's email"), blank=True)
    contact_phone = models.CharField(_("customer's phone"), max_length=20, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_email or self.contact_phone)

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["organization", "status"])]


class Message(OrgScopedModel):
    class Role(models.TextChoices):
        CUSTOMER = "customer", _("Customer")
        ASSISTANT = "assistant", _("Assistant")
        AGENT = "agent", _("Agent")
        SYSTEM = "system", _("Notice")

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=10, choices=Role.choices)
    text = models.TextField()
    sources = models.JSONField(default=list, blank=True)
    options = models.JSONField(default=list, blank=True)
    resolved_query = models.TextField(blank=True)
    confidence = models.FloatField(null=True, blank=True)
    frustration = models.FloatField(default=0.0)
    unanswered = models.BooleanField(default=False)
    feedback = models.SmallIntegerField(null=True, blank=True)   # +1 / -1
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
