"""How the shared review queue shows a mail decision's message, and the category choices
a reviewer picks from (declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from fornuft.core.formatting import number
from fornuft.core.tenancy import activate
from fornuft.governance.corrections import ReviewSubject

BODY_CHARS = 20_000


def category_choices(organization) -> list[tuple[str, str]]:
    from fornuft.mail.models import Category

    with activate(organization):
        return [(key, _(name)) for key, name in Category.objects.filter(is_active=True).values_list("key", "name")]


def _messages(decisions) -> dict[str, object]:
    """The messages of `decisions` by id, in one query per organization."""
    from fornuft.mail.models import Message

    wanted: dict[int, set[str]] = {}
    for decision in decisions:
        if decision.subject_type == "mail.message":
            wanted.setdefault(decision.organization_id, set()).add(decision.subject_id)
    found = {}
    for organization_id, ids in wanted.items():
        numbers = [int(value) for value in ids if str(value).isdigit()]
        for message in (Message.objects.for_organization(organization_id).select_related("queue")
                        .filter(pk__in=numbers)):
            found[(organization_id, str(message.pk))] = message
    return found


def _message(decision):
    return _messages([decision]).get((decision.organization_id, decision.subject_id))


def _common(message) -> list[tuple[str, str]]:
    sender = f"{message.from_name} <{message.from_address}>" if message.from_name else message.from_address
    return [(_("From"), sender), (_("Received"), formats.date_format(message.received_at, "SHORT_DATETIME_FORMAT")),
            (_("Status"), message.get_status_display())]


def _category_names(organization_ids) -> dict[tuple[int, str], str]:
    from fornuft.mail.models import Category

    names = {}
    for organization_id in set(organization_ids):
        for key, name in Category.objects.for_organization(organization_id).values_list("key", "name"):
            names[(organization_id, key)] = _(name)
    return names


def _sorting(message, categories) -> ReviewSubject:
    category = categories.get((message.organization_id, message.category))
    return ReviewSubject(
        title=message.subject or _("(no subject)"),
        url=reverse("mail:message-detail", args=[message.pk]),
        summary=[*_common(message), (_("Category"), category or message.category or "—"),
                 (_("Queue"), message.queue.name if message.queue else "—")],
        values={"category": message.category},
        body=message.body_text[:BODY_CHARS],
    )


def describe_sorting(decision) -> ReviewSubject | None:
    message = _message(decision)
    if message is None:
        return None
    return _sorting(message, _category_names([message.organization_id]))


def describe_sorting_many(decisions) -> dict[int, ReviewSubject]:
    messages = _messages(decisions)
    categories = _category_names(organization for organization, _pk in messages)
    return {decision.pk: _sorting(message, categories) for decision in decisions
            if (message := messages.get((decision.organization_id, decision.subject_id))) is not None}


def _phishing(message) -> ReviewSubject:
    from fornuft.mail.readable import phishing_reason

    score = "" if message.phishing_score is None else f" ({number(message.phishing_score, 2)})"
    return ReviewSubject(
        title=message.subject or _("(no subject)"),
        url=reverse("mail:message-detail", args=[message.pk]),
        summary=[*_common(message), (_("Phishing verdict"), f"{message.get_phishing_verdict_display()}{score}"),
                 (_("Reasons"), "\n".join(phishing_reason(reason) for reason in message.phishing_reasons[:6]) or "—")],
        values={"verdict": message.phishing_verdict},
        body=message.body_text[:BODY_CHARS],
    )


def describe_phishing(decision) -> ReviewSubject | None:
    message = _message(decision)
    return None if message is None else _phishing(message)


def describe_phishing_many(decisions) -> dict[int, ReviewSubject]:
    messages = _messages(decisions)
    return {decision.pk: _phishing(message) for decision in decisions
            if (message := messages.get((decision.organization_id, decision.subject_id))) is not None}
