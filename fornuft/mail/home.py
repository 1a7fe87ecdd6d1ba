"""The mail part of the home page: mail waiting in my team's queue, quarantine for those who
release it; for the administrator, connecting a mailbox and outgoing mail."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.core.roles import Role
from fornuft.platform.home import ENTRIES_SHOWN, HomeEntry, HomeItem, SetupStep

WAITING = ("routed", "review")
TEAM_QUEUES = {Role.FINANCE: "finance", Role.HR: "hr", Role.SUPPORT: "support"}


def items(user) -> list[HomeItem]:
    from fornuft.mail.models import Message, MessageStatus

    found: list[HomeItem] = []
    queue = TEAM_QUEUES.get(user.role)
    if queue:
        waiting = Message.objects.filter(status__in=WAITING, queue__key=queue)
        if user.role == Role.HR:
            title = _("New mail for HR (applications and more)")
        else:
            title = _("Mail waiting in my team's queue")
        found.append(_messages_item(f"mail.queue.{queue}", title, waiting,
                                    reverse("mail:inbox") + f"?queue={queue}", order=20))
    mine = Message.objects.filter(status__in=WAITING, assignee=user)
    if mine.exists():
        found.append(_messages_item("mail.assigned", _("Mail assigned to me"), mine,
                                    reverse("mail:conversations") + "?who=mine", order=15))
    if user.role in (Role.ADMIN, Role.MANAGER):
        quarantined = Message.objects.filter(status=MessageStatus.QUARANTINED, deleted_at__isnull=True)
        found.append(_messages_item("mail.quarantine", _("Mail in quarantine"), quarantined,
                                    reverse("mail:quarantine"), order=60))
    return found


def _messages_item(key, title, queryset, url, order) -> HomeItem:
    count = queryset.count()
    first = list(queryset.order_by("-received_at").only("id", "subject", "from_name", "from_address")
                 [:ENTRIES_SHOWN]) if count else []
    entries = [HomeEntry(message.subject or _("(no subject)"), reverse("mail:message-detail", args=[message.pk]),
                         message.from_name or message.from_address) for message in first]
    return HomeItem(key, title, count, url, entries, order=order)


NOT_SENDING = ("console", "locmem", "dummy", "filebased")


def outgoing_mail_configured() -> bool:
    """Whether mail can really leave: a mail backend that sends (the default only prints)."""
    backend = str(getattr(settings, "EMAIL_BACKEND", "")).rsplit(".", 2)[-2:][0]
    return bool(backend) and backend not in NOT_SENDING


def steps(organization) -> list[SetupStep]:
    from fornuft.core.tenancy import activate
    from fornuft.mail.models import Mailbox
    from fornuft.mail.smtp import can_send

    with activate(organization):
        connected = Mailbox.objects.filter(is_enabled=True).exists()
        sending = can_send(organization)
    return [
        SetupStep("mail.mailbox", _("Connect a mailbox"), connected, reverse("mail:settings"),
                  _("The company's shared address (post@…): Fornuft sorts what arrives."), order=10),
        SetupStep("mail.smtp", _("Set up outgoing mail (SMTP)"), sending,
                  reverse("mail:inbox-settings"), _("So that replies and acknowledgements are really sent."), order=20),
    ]
