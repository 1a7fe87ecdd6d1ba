"""How the shared review queue shows a mail decision's message, and the category choices
a reviewer picks from (declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.governance.corrections import ReviewSubject


def category_choices(organization) -> list[tuple[str, str]]:
    from fornuft.mail.models import Category

    with activate(organization):
        return list(Category.objects.filter(is_active=True).values_list("key", "name"))


def _message(decision):
    from fornuft.mail.models import Message

    if decision.subject_type != "mail.message":
        return None
    return (Message.objects.for_organization(decision.organization_id).select_related("queue")
            .filter(pk=decision.subject_id).first())


def _common(message) -> list[tuple[str, str]]:
    sender = f"{message.from_name} <{message.from_address}>" if message.from_name else message.from_address
    return [(_("From"), sender), (_("Received"), formats.date_format(message.received_at, "SHORT_DATETIME_FORMAT")),
            (_("Status"), message.get_status_display())]


def describe_sorting(decision) -> ReviewSubject | None:
    message = _message(decision)
    if message is None:
        return None
    from fornuft.mail.models import Category

    with activate(message.organization):
        category = Category.objects.filter(key=message.category).values_list("name", flat=True).first()
    return ReviewSubject(
        title=message.subject or _("(no subject)"),
        url=reverse("mail:message-detail", args=[message.pk]),
        summary=[*_common(message), (_("Category"), category or message.category or "—"),
                 (_("Queue"), message.queue.name if message.queue else "—"),
                 (_("Beginning"), message.body_text[:300])],
        values={"category": message.category},
    )


def describe_phishing(decision) -> ReviewSubject | None:
    message = _message(decision)
    if message is None:
        return None
    score = "" if message.phishing_score is None else f" ({message.phishing_score:.2f})"
    return ReviewSubject(
        title=message.subject or _("(no subject)"),
        url=reverse("mail:message-detail", args=[message.pk]),
        summary=[*_common(message), (_("Phishing verdict"), f"{message.get_phishing_verdict_display()}{score}"),
                 (_("Reasons"), "\n".join(str(reason) for reason in message.phishing_reasons[:6]) or "—")],
        values={"verdict": message.phishing_verdict},
    )
