"""The assistant's personal-data provider: chat conversations, found by the contact details
a customer left at a hand-off (e-mail, phone) or by what they wrote. Reached by governance's
data-subject search, export and erasure."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from fornuft.assistant.models import Conversation, Message
from fornuft.governance.privacy.providers import ExportRecord, Hit, PersonalDataProvider, SubjectQuery

RECORD = "assistant.conversation"


def search(organization, query: SubjectQuery) -> list[Hit]:
    condition = Q()
    if query.email:
        condition |= Q(contact_email__iexact=query.email) | Q(messages__text__icontains=query.email)
    if query.phone:
        digits = query.phone_digits
        # Stored as "+47 912 34 567": match the national digits however they were grouped.
        grouped = f"{digits[:3]} {digits[3:5]} {digits[5:]}" if len(digits) == 8 else digits
        condition |= Q(contact_phone__contains=grouped) | Q(messages__text__icontains=query.phone)
    if query.name:
        condition |= Q(messages__role=Message.Role.CUSTOMER, messages__text__icontains=query.name)
    if not condition:
        return []
    rows = Conversation.objects.for_organization(organization).filter(condition).distinct()[:1000]
    return [Hit("assistant.conversations", RECORD, str(row.pk),
                f"{row.created_at:%Y-%m-%d} #{row.pk} {row.contact_email or row.contact_phone}".strip()[:100],
                subjects=[(RECORD, str(row.pk))]) for row in rows]


def export(organization, hit: Hit) -> ExportRecord:
    row = Conversation.objects.for_organization(organization).get(pk=hit.record_id)
    return ExportRecord({
        "created_at": row.created_at.isoformat(), "language": row.language, "status": row.status,
        "contact_email": row.contact_email, "contact_phone": row.contact_phone, "csat": row.csat,
        "messages": [{"role": m.role, "text": m.text, "at": m.created_at.isoformat()}
                     for m in row.messages.order_by("created_at", "pk")],
    })


def erase(organization, hit: Hit) -> str:
    """Deletes the conversation and its messages; decisions about it keep only the id."""
    deleted, _detail = Conversation.objects.for_organization(organization).filter(pk=hit.record_id).delete()
    return "conversation and messages deleted" if deleted else "already gone"


PROVIDERS = [
    # No retention purge yet: deleting old chats would also remove the KPI and training history;
    # whether and after how long is the organization's decision, not a default to slip in here.
    PersonalDataProvider("assistant.conversations", _("Chat conversations"), search, export, erase,
                         category="chat", category_label=_("Customer chats and contact details")),
]
