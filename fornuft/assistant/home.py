"""The assistant part of the home page: chats waiting for a person and chats I have taken
over; for the administrator, pasting the chat widget on the website."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.core.roles import Role
from fornuft.platform.home import ENTRIES_SHOWN, HomeEntry, HomeItem, SetupStep

AGENTS = (Role.SUPPORT, Role.ADMIN, Role.MANAGER)


def _item(key, title, queryset, order, urgent=False) -> HomeItem:
    from fornuft.assistant.review_subjects import reason_label

    count = queryset.count()
    first = list(queryset.order_by("escalated_at", "pk")[:ENTRIES_SHOWN]) if count else []
    entries = [HomeEntry(conversation.summary[:80] or _("Conversation #%(number)s") % {"number": conversation.pk},
                         reverse("assistant:conversation", args=[conversation.pk]),
                         reason_label(conversation.escalation_reason)) for conversation in first]
    return HomeItem(key, title, count, reverse("assistant:inbox"), entries, order=order, urgent=urgent and bool(count))


def items(user) -> list[HomeItem]:
    from fornuft.assistant.models import Conversation

    if user.role not in AGENTS:
        return []
    found = [_item("assistant.waiting", _("Chats waiting for a person"),
                   Conversation.objects.filter(status=Conversation.Status.WAITING), order=11, urgent=True)]
    mine = Conversation.objects.filter(status=Conversation.Status.AGENT, assigned_to=user)
    if mine.exists():
        found.append(_item("assistant.mine", _("Chats I have taken over"), mine, order=13))
    return found


def steps(organization) -> list[SetupStep]:
    from fornuft.assistant.models import Conversation
    from fornuft.core.tenancy import activate

    with activate(organization):
        used = Conversation.objects.filter(channel="widget").exists()
    return [SetupStep("assistant.widget", _("Paste the chat widget on the website"), used,
                      reverse("assistant:settings"),
                      _("One line of HTML; done when the first customer has chatted."), order=30)]
