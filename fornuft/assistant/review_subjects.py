"""How the shared review queue shows an assistant decision: the conversation as it was held
(turn by turn), the customer's question and the answer given (declared in ai_systems.py)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fornuft.core.formatting import number
from fornuft.core.tenancy import activate
from fornuft.governance.corrections import ReviewSubject

REASONS = {
    "no_answer": gettext_lazy("No good answer in the knowledge base"),
    "asked_for_human": gettext_lazy("The customer asked for a person"),
    "negative_sentiment": gettext_lazy("The customer is frustrated"),
    "sensitive_topic": gettext_lazy("Sensitive topic"),
}
# The five sensitive topics of fornuft/assistant/understanding.py, as words.
TOPICS = {
    "legal_threat": gettext_lazy("legal threat"),
    "injury": gettext_lazy("injury"),
    "safety_incident": gettext_lazy("safety incident"),
    "contract_termination": gettext_lazy("contract termination"),
    "data_protection": gettext_lazy("data protection"),
    "staff_complaint": gettext_lazy("complaint about staff"),
}
TRANSCRIPT_TURNS = 60


def topic_label(code: str) -> str:
    return str(TOPICS.get(code, code.replace("_", " "))) if code else ""


def reason_label(code: str) -> str:
    return str(REASONS.get(code, code or "—"))


def intent_label(intent: str) -> str:
    """An intent key as words ("opening_hours" -> "Opening hours")."""
    if not intent:
        return "—"
    words = intent.replace("_", " ").replace("-", " ").strip()
    return _(words[:1].upper() + words[1:])


def intent_choices(organization) -> list[str]:
    """Intents a reviewer may pick: those already used and the knowledge base's tags."""
    from fornuft.assistant.models import Article, Conversation

    with activate(organization):
        used = set(Conversation.objects.exclude(intent="").values_list("intent", flat=True).distinct()[:300])
        for tags in Article.objects.filter(is_published=True).values_list("tags", flat=True)[:500]:
            used.update(tag.strip() for tag in (tags or "").split(",") if tag.strip())
    return sorted(used)[:500]


def _transcript(conversation) -> list[tuple[str, str]]:
    from fornuft.assistant.models import Message

    with activate(conversation.organization_id):
        turns = list(Message.objects.filter(conversation=conversation).order_by("created_at", "pk")
                     .values_list("role", "text")[:TRANSCRIPT_TURNS])
    labels = dict(Message.Role.choices)
    return [(str(labels.get(role, role)), text) for role, text in turns]


def _answer(answer, question: str | None, *, full: bool) -> ReviewSubject:
    conversation = answer.conversation
    confidence = "" if answer.confidence is None else number(answer.confidence, 2)
    return ReviewSubject(
        title=_("Answer in conversation #%(number)s") % {"number": conversation.pk},
        url=reverse("assistant:conversation", args=[conversation.pk]),
        summary=[(_("The customer asked"), (question or "—")[:500]), (_("The assistant answered"), answer.text[:800]),
                 (_("Sources"), ", ".join(str(source) for source in answer.sources) or "—"),
                 (_("Intent"), intent_label(conversation.intent)), (_("Confidence"), confidence or "–")],
        values={"intent": conversation.intent},
        transcript=_transcript(conversation) if full else [],
    )


def _answers(decisions) -> dict:
    from fornuft.assistant.models import Message

    wanted: dict[int, list[int]] = {}
    for decision in decisions:
        if decision.subject_type == "assistant.message" and str(decision.subject_id).isdigit():
            wanted.setdefault(decision.organization_id, []).append(int(decision.subject_id))
    found = {}
    for organization_id, ids in wanted.items():
        answers = list(Message.objects.for_organization(organization_id).select_related("conversation")
                       .filter(pk__in=ids))
        questions: dict[int, str] = {}
        with activate(organization_id):
            candidates = (Message.objects.filter(conversation_id__in={a.conversation_id for a in answers},
                                                 role=Message.Role.CUSTOMER)
                          .order_by("pk").values_list("conversation_id", "pk", "text"))
            by_conversation: dict[int, list[tuple[int, str]]] = {}
            for conversation_id, pk, text in candidates:
                by_conversation.setdefault(conversation_id, []).append((pk, text))
        for answer in answers:
            before = [text for pk, text in by_conversation.get(answer.conversation_id, []) if pk < answer.pk]
            questions[answer.pk] = before[-1] if before else None
            found[(organization_id, str(answer.pk))] = (answer, questions[answer.pk])
    return found


def describe_answer(decision) -> ReviewSubject | None:
    hit = _answers([decision]).get((decision.organization_id, decision.subject_id))
    return None if hit is None else _answer(*hit, full=True)


def describe_answers(decisions) -> dict[int, ReviewSubject]:
    found = _answers(decisions)
    return {decision.pk: _answer(*hit, full=False) for decision in decisions
            if (hit := found.get((decision.organization_id, decision.subject_id))) is not None}


def _conversation(conversation, *, full: bool) -> ReviewSubject:
    reason = reason_label(conversation.escalation_reason)
    topic = f" ({topic_label(conversation.sensitive_topic)})" if conversation.sensitive_topic else ""
    return ReviewSubject(
        title=_("Conversation #%(number)s") % {"number": conversation.pk},
        url=reverse("assistant:conversation", args=[conversation.pk]),
        summary=[(_("Handed to a person because"), f"{reason}{topic}"),
                 (_("Status"), conversation.get_status_display()),
                 (_("Summary"), conversation.summary or "—"), (_("Intent"), intent_label(conversation.intent))],
        values={"intent": conversation.intent},
        transcript=_transcript(conversation) if full else [],
    )


def _conversations(decisions) -> dict:
    from fornuft.assistant.models import Conversation

    wanted: dict[int, list[int]] = {}
    for decision in decisions:
        if decision.subject_type == "assistant.conversation" and str(decision.subject_id).isdigit():
            wanted.setdefault(decision.organization_id, []).append(int(decision.subject_id))
    found = {}
    for organization_id, ids in wanted.items():
        for conversation in Conversation.objects.for_organization(organization_id).filter(pk__in=ids):
            found[(organization_id, str(conversation.pk))] = conversation
    return found


def describe_conversation(decision) -> ReviewSubject | None:
    conversation = _conversations([decision]).get((decision.organization_id, decision.subject_id))
    return None if conversation is None else _conversation(conversation, full=True)


def describe_conversations(decisions) -> dict[int, ReviewSubject]:
    found = _conversations(decisions)
    return {decision.pk: _conversation(conversation, full=False) for decision in decisions
            if (conversation := found.get((decision.organization_id, decision.subject_id))) is not None}
