"""Turns people's corrections into intent training data."""

from __future__ import annotations


def on_review_resolved(task, correction, user) -> None:
    """Review hook for assistant.answer / assistant.escalation: a correction with an `intent`
    becomes a training example for the organization's intent model."""
    if not correction or not correction.get("intent"):
        return
    from fornuft.assistant.models import IntentExample, Message
    from fornuft.core import tenancy

    decision = task.decision
    organization = decision.organization
    with tenancy.activate(organization):
        text = ""
        if decision.subject_type == "assistant.conversation":
            first = Message.objects.filter(conversation_id=decision.subject_id, role="customer").order_by("pk").first()
            text = first.text if first else ""
        elif decision.subject_type == "assistant.message":
            answer = Message.objects.filter(pk=decision.subject_id).first()
            if answer:
                question = Message.objects.filter(conversation_id=answer.conversation_id, role="customer",
                                                  pk__lt=answer.pk).order_by("-pk").first()
                text = question.text if question else ""
        if text:
            IntentExample.objects.create(organization=organization, text=text[:2000],
                                         intent=str(correction["intent"])[:80], created_by=user, source="review")

