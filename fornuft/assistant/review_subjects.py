"""How the shared review queue shows an assistant decision: the conversation, the customer's
question and the answer given (declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fornuft.core.tenancy import activate
from fornuft.governance.corrections import ReviewSubject

REASONS = {
    "no_answer": gettext_lazy("No good answer in the knowledge base"),
    "asked_for_human": gettext_lazy("The customer asked for a person"),
    "negative_sentiment": gettext_lazy("The customer is frustrated"),
    "sensitive_topic": gettext_lazy("Sensitive topic"),
}


def describe_answer(decision) -> ReviewSubject | None:
    from fornuft.assistant.models import Message

    if decision.subject_type != "assistant.message":
        return None
    answer = (Message.objects.for_organization(decision.organization_id).select_related("conversation")
              .filter(pk=decision.subject_id).first())
    if answer is None:
        return None
    with activate(answer.organization):
        question = (Message.objects.filter(conversation_id=answer.conversation_id, role=Message.Role.CUSTOMER,
                                           pk__lt=answer.pk).order_by("-pk").values_list("text", flat=True).first())
    conversation = answer.conversation
    return ReviewSubject(
        title=_("Answer in conversation #%(number)s") % {"number": conversation.pk},
        url=reverse("assistant:conversation", args=[conversation.pk]),
        summary=[(_("The customer asked"), (question or "—")[:500]), (_("The assistant answered"), answer.text[:800]),
                 (_("Sources"), ", ".join(str(source) for source in answer.sources) or "—"),
                 (_("Intent"), conversation.intent or "—")],
        values={"intent": conversation.intent},
    )


def describe_conversation(decision) -> ReviewSubject | None:
    from fornuft.assistant.models import Conversation

    if decision.subject_type != "assistant.conversation":
        return None
    conversation = Conversation.objects.for_organization(decision.organization_id).filter(
        pk=decision.subject_id).first()
    if conversation is None:
        return None
    reason = REASONS.get(conversation.escalation_reason, conversation.escalation_reason)
    return ReviewSubject(
        title=_("Conversation #%(number)s") % {"number": conversation.pk},
        url=reverse("assistant:conversation", args=[conversation.pk]),
        summary=[(_("Handed to a person because"), f"{reason} {conversation.sensitive_topic}".strip() or "—"),
                 (_("Status"), conversation.get_status_display()),
                 (_("Summary"), conversation.summary or "—"), (_("Intent"), conversation.intent or "—")],
        values={"intent": conversation.intent},
    )
