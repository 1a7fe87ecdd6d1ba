"""The data of security: sign-ins (with their own retention), incidents with a timeline,
the organization's security settings, announced travel and confirmed exceptions.
Every row belongs to an organization (OrgScopedModel)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from fornuft.core.tenancy import OrgScopedModel

ACCOUNT_LENGTH = 254


class SignInEvent(OrgScopedModel):
    """One sign-in attempt, normalised from its source (signins.SignIn)."""

    time = models.DateTimeField(_("time"), db_index=True)
    account = models.CharField(_("account"), max_length=ACCOUNT_LENGTH, blank=True, db_index=True)
    ip = models.GenericIPAddressField(_("address"), null=True, blank=True)
    success = models.BooleanField(_("succeeded"))
    country = models.CharField(_("country"), max_length=8, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    device = models.CharField(_("device"), max_length=200, blank=True)
    app = models.CharField(_("application"), max_length=200, blank=True)
    source = models.CharField(_("source"), max_length=20)

    class Meta:
        ordering = ["-time", "-pk"]
        indexes = [models.Index(fields=["organization", "time"])]


class Severity(models.TextChoices):
    HIGH = "high", _("High")
    MEDIUM = "medium", _("Medium")
    LOW = "low", _("Low")


SEVERITY_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2}


class IncidentStatus(models.TextChoices):
    OPEN = "open", _("Open")
    INVESTIGATING = "investigating", _("Investigating")
    RESOLVED = "resolved", _("Resolved")
    FALSE_POSITIVE = "false_positive", _("False alarm")


OPEN_STATUSES = (IncidentStatus.OPEN, IncidentStatus.INVESTIGATING)


class IncidentKind(models.TextChoices):
    LOGIN = "login", _("Sign-in")
    RANSOMWARE = "ransomware", _("Ransomware")


class Incident(OrgScopedModel):
    kind = models.CharField(_("kind"), max_length=12, choices=IncidentKind.choices)
    rule = models.CharField(_("rule"), max_length=40)
    severity = models.CharField(_("severity"), max_length=8, choices=Severity.choices)
    status = models.CharField(_("status"), max_length=16, choices=IncidentStatus.choices,
                              default=IncidentStatus.OPEN)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("owner"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    account = models.CharField(_("account"), max_length=ACCOUNT_LENGTH, blank=True)
    ip = models.CharField(_("address"), max_length=64, blank=True)
    path = models.CharField(_("path"), max_length=500, blank=True)
    files = models.JSONField(_("files"), default=list, blank=True)
    reason = models.TextField(_("reason"))
    first_seen = models.DateTimeField(_("first seen"))
    last_seen = models.DateTimeField(_("last seen"))
    alerts = models.PositiveIntegerField(_("alerts"), default=1)
    dedup_key = models.CharField(max_length=400, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-last_seen", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_rule_display()} {self.account or self.ip or self.path}"

    def get_rule_display(self) -> str:
        from fornuft.security.rules import rule_label

        return str(rule_label(self.rule))

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class IncidentEntry(OrgScopedModel):
    """One line of an incident's timeline: an alert, a note, a change of status or owner, a notification."""

    class Kind(models.TextChoices):
        ALERT = "alert", _("Alert")
        NOTE = "note", _("Note")
        STATUS = "status", _("Status")
        OWNER = "owner", _("Owner")
        NOTIFIED = "notified", _("Notified")

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="entries")
    time = models.DateTimeField(_("time"))
    kind = models.CharField(max_length=10, choices=Kind.choices)
    text = models.TextField(_("text"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")

    class Meta:
        ordering = ["time", "pk"]


class SecuritySettings(OrgScopedModel):
    """The organization's rule thresholds, VPN allow-list, notification policy and watcher response."""

    thresholds = models.JSONField(_("thresholds"), default=dict, blank=True)
    vpn_networks = models.TextField(_("VPN and trusted networks"), blank=True,
                                    help_text=_("One network (CIDR) or address per line."))
    notify_email = models.EmailField(_("notify by e-mail"), blank=True)
    webhook_url = models.URLField(_("webhook"), blank=True)
    # severity → list of channels ("mail", "webhook")
    policy = models.JSONField(_("notification policy"), default=dict, blank=True)
    watcher_command = models.CharField(_("command on a ransomware alert"), max_length=500, blank=True)
    digest_email = models.EmailField(_("weekly digest to"), blank=True)
    # The scheduled Microsoft Graph pull; the client secret is read from the environment
    # variable named here, never stored.
    graph_tenant_id = models.CharField(_("Microsoft Entra tenant id"), max_length=100, blank=True)
    graph_client_id = models.CharField(_("app registration (client) id"), max_length=100, blank=True)
    graph_secret_env = models.CharField(_("environment variable with the client secret"), max_length=100,
                                        default="FORNUFT_GRAPH_CLIENT_SECRET")
    graph_last_pulled = models.DateTimeField(_("last pulled from Microsoft Graph"), null=True, blank=True)
    graph_last_error = models.TextField(_("last Microsoft Graph error"), blank=True)
    graph_recent_ids = models.JSONField(default=list, blank=True)  # [[id, createdDateTime], ...] in the overlap

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="security_settings_one_per_org")]


class KnownTravel(OrgScopedModel):
    """An announced trip: sign-ins from `country` in this period are expected for `account`."""

    account = models.CharField(_("account"), max_length=ACCOUNT_LENGTH)
    country = models.CharField(_("country"), max_length=2)
    start = models.DateField(_("from"))
    end = models.DateField(_("to"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["-start"]


class BaselineException(OrgScopedModel):
    """A value confirmed as normal for an account (false-positive feedback): a country, a device, an hour."""

    account = models.CharField(max_length=ACCOUNT_LENGTH)
    kind = models.CharField(max_length=10)
    value = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "account", "kind", "value"],
                                               name="security_exception_unique")]
