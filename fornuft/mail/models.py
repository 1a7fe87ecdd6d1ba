"""Mail data models: mailboxes, messages and their threads, categories, routing,
training examples, classifier versions and acknowledgement drafts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel
from fornuft.platform.workitems import WorkItem

DEFAULT_CATEGORIES = [
    ("sales_inquiry", _("Sales inquiry")),
    ("customer_support", _("Customer support")),
    ("invoice", _("Invoice")),
    ("job_application", _("Job application")),
    ("project_assignment", _("Project assignment")),
    ("supplier", _("Supplier")),
    ("newsletter", _("Newsletter")),
    ("other", _("Other")),
]


class Category(OrgScopedModel):
    """A category an organization sorts mail into; `key` is what the model predicts."""

    key = models.SlugField(_("key"), max_length=50)
    name = models.CharField(_("name"), max_length=100)
    description = models.CharField(_("description"), max_length=300, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["organization", "key"], name="mail_category_unique_key")]

    def __str__(self) -> str:
        return self.name


class TeamQueue(OrgScopedModel):
    """A team's inbox (sales, customer service, finance …)."""

    key = models.SlugField(_("key"), max_length=50)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organization", "key"], name="mail_queue_unique_key")]

    def __str__(self) -> str:
        return self.name


class RoutingRule(OrgScopedModel):
    """Category (plus optional sender and keywords) → a team queue or a person."""

    name = models.CharField(_("name"), max_length=100)
    category_key = models.SlugField(_("category"), max_length=50)
    sender_contains = models.CharField(_("sender contains"), max_length=200, blank=True)
    keywords = models.CharField(_("keywords (comma separated, any)"), max_length=300, blank=True)
    queue = models.ForeignKey(TeamQueue, on_delete=models.CASCADE, null=True, blank=True, related_name="rules",
                              verbose_name=_("queue"))
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+", verbose_name=_("person"))
    priority = models.IntegerField(_("priority"), default=100, help_text=_("Lower runs first"))
    send_acknowledgement = models.BooleanField(_("draft an acknowledgement"), default=False)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["priority", "pk"]

    def __str__(self) -> str:
        return self.name


class KnownCorrespondent(OrgScopedModel):
    """A domain the organization corresponds with (customers, suppliers, partners)."""

    domain = models.CharField(_("domain"), max_length=200)
    name = models.CharField(_("name"), max_length=200, blank=True)
    bank_accounts = models.CharField(_("bank accounts"), max_length=500, blank=True,
                                     help_text=_("Account numbers or IBANs this correspondent is paid to"))

    def account_list(self) -> list[str]:
        return [a for a in self.bank_accounts.replace(",", " ").split() if a]

    class Meta:
        ordering = ["domain"]
        constraints = [models.UniqueConstraint(fields=["organization", "domain"], name="mail_known_unique_domain")]

    def __str__(self) -> str:
        return self.domain


class MailboxKind(models.TextChoices):
    IMAP = "imap", _("IMAP")
    MAILDIR = "maildir", _("Maildir folder")
    DROP_FOLDER = "drop_folder", _("Drop folder (.eml files)")


class Security(models.TextChoices):
    SSL = "ssl", _("TLS (IMAPS, port 993)")
    STARTTLS = "starttls", _("STARTTLS (port 143)")
    NONE = "none", _("None (local test servers only)")


class AuthMethod(models.TextChoices):
    PASSWORD = "password", _("Password")
    XOAUTH2 = "xoauth2", _("OAuth2 access token (XOAUTH2)")


class Mailbox(OrgScopedModel):
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=MailboxKind.choices, default=MailboxKind.IMAP)
    host = models.CharField(_("server"), max_length=200, blank=True)
    port = models.PositiveIntegerField(_("port"), default=993)
    security = models.CharField(_("security"), max_length=10, choices=Security.choices, default=Security.SSL)
    username = models.CharField(_("user name"), max_length=200, blank=True)
    auth_method = models.CharField(_("login"), max_length=10, choices=AuthMethod.choices,
                                   default=AuthMethod.PASSWORD)
    secret_encrypted = models.TextField(blank=True, help_text="Fernet token; see fornuft.mail.secrets")
    folder = models.CharField(_("folder"), max_length=200, default="INBOX")
    path = models.CharField(_("folder path"), max_length=500, blank=True)
    is_enabled = models.BooleanField(_("enabled"), default=True)
    last_uid = models.BigIntegerField(default=0)
    uid_validity = models.BigIntegerField(default=0)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ConversationState(models.TextChoices):
    OPEN = "open", _("Open")
    PENDING = "pending", _("Pending")
    DONE = "done", _("Done")


class Stream(models.TextChoices):
    FOCUSED = "focused", _("Focused")
    OTHER = "other", _("Other")


class Thread(OrgScopedModel):
    """A conversation in the shared inbox: the messages that answer one another, with a
    person responsible for it and a state (open → pending → done)."""

    subject = models.CharField(max_length=500, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    last_message_at = models.DateTimeField(default=timezone.now)
    subject_key = models.CharField(max_length=200, blank=True, db_index=True)
    correspondent = models.CharField(max_length=254, blank=True)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+", verbose_name=_("assigned to"))
    state = models.CharField(_("state"), max_length=10, default=ConversationState.OPEN,
                             choices=ConversationState.choices)
    stream = models.CharField(max_length=10, default=Stream.FOCUSED, choices=Stream.choices)

    class Meta:
        ordering = ["-last_message_at"]


class MessageStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    ROUTED = "routed", _("In queue")
    REVIEW = "review", _("Waiting for review")
    QUARANTINED = "quarantined", _("Quarantined")
    RELEASED = "released", _("Released from quarantine")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class Verdict(models.TextChoices):
    CLEAN = "clean", _("Clean")
    SUSPICIOUS = "suspicious", _("Suspicious")
    PHISHING = "phishing", _("Phishing")


class Message(WorkItem):
    """A received message: a work item whose stored input is the raw RFC 5322 bytes."""
    mailbox = models.ForeignKey(Mailbox, on_delete=models.SET_NULL, null=True, blank=True, related_name="messages")
    source = models.CharField(max_length=500, blank=True, help_text="file path, mailbox and UID …")
    message_id = models.CharField(max_length=300, blank=True, db_index=True)
    content_hash = models.CharField(max_length=64)
    thread = models.ForeignKey(Thread, on_delete=models.SET_NULL, null=True, blank=True, related_name="messages")
    in_reply_to = models.CharField(max_length=300, blank=True)
    subject = models.CharField(_("subject"), max_length=500, blank=True)
    from_name = models.CharField(max_length=200, blank=True)
    from_address = models.CharField(_("from"), max_length=254, blank=True)
    reply_to = models.CharField(max_length=254, blank=True)
    to_addresses = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    size = models.BigIntegerField(default=0)
    body_text = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    category = models.SlugField(_("category"), max_length=50, blank=True)
    confidence = models.FloatField(_("confidence"), null=True, blank=True)
    urgency = models.CharField(_("urgency"), max_length=10, blank=True)
    sentiment = models.CharField(_("sentiment"), max_length=10, blank=True)
    phishing_verdict = models.CharField(_("phishing verdict"), max_length=12, choices=Verdict.choices, blank=True)
    phishing_score = models.FloatField(null=True, blank=True)
    phishing_reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=MessageStatus.choices,
                              default=MessageStatus.RECEIVED)
    queue = models.ForeignKey(TeamQueue, on_delete=models.SET_NULL, null=True, blank=True, related_name="messages")
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    model_version = models.CharField(max_length=40, blank=True)
    category_decision_seq = models.BigIntegerField(null=True, blank=True)
    phishing_decision_seq = models.BigIntegerField(null=True, blank=True)
    is_bulk = models.BooleanField(default=False)  # newsletter, notification or bulk mail: "Other"
    blocked_sender = models.BooleanField(default=False)  # quarantined because its sender is blocked
    deleted_at = models.DateTimeField(null=True, blank=True)  # removed from view; the row and its log stay

    class Meta:
        ordering = ["-received_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["organization", "content_hash"],
                                               name="mail_message_unique_hash")]
        indexes = [models.Index(fields=["organization", "status", "queue"], name="mail_msg_status_queue")]

    def __str__(self) -> str:
        return self.subject or f"message {self.pk}"

    @property
    def is_quarantined(self) -> bool:
        return self.status == MessageStatus.QUARANTINED


class Attachment(OrgScopedModel):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    stored = models.ForeignKey("core.StoredFile", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    filename = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=150, blank=True)
    size = models.BigIntegerField(default=0)
    problem = models.CharField(max_length=300, blank=True)
    document_reference = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["pk"]


class DraftStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENT = "sent", _("Approved and sent")
    DISCARDED = "discarded", _("Discarded")


class AcknowledgementDraft(OrgScopedModel):
    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="acknowledgement")
    language = models.CharField(max_length=5, default="nb")
    to_address = models.CharField(max_length=254)
    subject = models.CharField(_("subject"), max_length=500)
    body = models.TextField(_("text"))
    status = models.CharField(max_length=10, choices=DraftStatus.choices, default=DraftStatus.DRAFT)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)


# -- the shared inbox: conversations, their history, replies and the tools around them -----
class MailEvent(OrgScopedModel):
    """One line of a conversation's (or a message's) history: assigned, state changed, reply
    sent, deleted from quarantine … Append-only, so a deleted message stays accounted for."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="events")
    message = models.ForeignKey(Message, on_delete=models.CASCADE, null=True, blank=True, related_name="events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+")
    kind = models.CharField(max_length=30)
    detail = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]


class SmtpSecurity(models.TextChoices):
    STARTTLS = "starttls", _("STARTTLS (port 587)")
    SSL = "ssl", _("TLS (SMTPS, port 465)")
    NONE = "none", _("None (local test servers only)")


class OutgoingServer(OrgScopedModel):
    """The organization's SMTP server for replies and acknowledgements. The password is stored
    encrypted (`fornuft.mail.credentials`) or read from FORNUFT_SMTP_PASSWORD."""

    host = models.CharField(_("server"), max_length=200)
    port = models.PositiveIntegerField(_("port"), default=587)
    security = models.CharField(_("security"), max_length=10, choices=SmtpSecurity.choices,
                                default=SmtpSecurity.STARTTLS)
    username = models.CharField(_("user name"), max_length=200, blank=True)
    secret_encrypted = models.TextField(blank=True)
    from_address = models.EmailField(_("sender address"), max_length=254)
    from_name = models.CharField(_("sender name"), max_length=200, blank=True)
    last_test_at = models.DateTimeField(null=True, blank=True)
    last_test_ok = models.BooleanField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="mail_one_outgoing_server")]


class ReplyStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Not sent")


class OutgoingReply(OrgScopedModel):
    """A reply written in the inbox. `status` is SENT only once the SMTP server accepted it."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    to_address = models.CharField(max_length=254)
    subject = models.CharField(max_length=500)
    body = models.TextField()
    message_id = models.CharField(max_length=300, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=ReplyStatus.choices)
    error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]


class CannedReply(OrgScopedModel):
    title = models.CharField(_("title"), max_length=150)
    language = models.CharField(_("language"), max_length=2, default="nb",
                                choices=[("nb", "Norsk bokmål"), ("en", "English")])
    body = models.TextField(_("text"))

    class Meta:
        ordering = ["language", "title"]

    def __str__(self) -> str:
        return self.title


class BlockedSender(OrgScopedModel):
    """Mail from this address (or from any address at this domain when it starts with "@")
    goes to quarantine. Removing the row lets the sender through again."""

    address = models.CharField(_("address or @domain"), max_length=254)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["address"]
        constraints = [models.UniqueConstraint(fields=["organization", "address"], name="mail_blocked_unique")]

    def __str__(self) -> str:
        return self.address
