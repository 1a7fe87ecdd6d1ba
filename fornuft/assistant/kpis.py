"""Assistant KPIs: containment, escalations by reason, first response time, CSAT, per day."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from statistics import median

from django.db.models import Avg
from django.utils import timezone
from django.utils.translation import gettext

from fornuft.assistant.models import Conversation, Message
from fornuft.core import tenancy


def compute(organization, days: int = 30) -> dict:
    since = timezone.now() - timedelta(days=days)
    with tenancy.activate(organization):
        conversations = Conversation.objects.filter(created_at__gte=since)
        rows = list(conversations.values("pk", "created_at", "escalated_at", "escalation_reason",
                                         "first_response_at", "csat"))
        asked = set(Message.objects.filter(role=Message.Role.CUSTOMER, conversation__created_at__gte=since)
                    .values_list("conversation_id", flat=True))
        feedback = Message.objects.filter(role=Message.Role.ASSISTANT, feedback__isnull=False,
                                          conversation__created_at__gte=since)
        thumbs = Counter(feedback.values_list("feedback", flat=True))
        csat = conversations.filter(csat__isnull=False).aggregate(avg=Avg("csat"))["avg"]
    engaged = [r for r in rows if r["pk"] in asked]
    escalated = [r for r in engaged if r["escalated_at"]]
    reasons = Counter(r["escalation_reason"] or "other" for r in escalated)
    waits = [(r["first_response_at"] - r["escalated_at"]).total_seconds() / 60 for r in escalated
             if r["first_response_at"] and r["escalated_at"]]
    per_day: dict[str, list[int]] = {}
    for r in engaged:
        day = timezone.localtime(r["created_at"]).strftime("%Y-%m-%d")
        total, handed = per_day.get(day, [0, 0])
        per_day[day] = [total + 1, handed + bool(r["escalated_at"])]
    labels = sorted(per_day)
    return {
        "days": days,
        "conversations": len(engaged),
        "containment": round(1 - len(escalated) / len(engaged), 3) if engaged else None,
        "escalated": len(escalated),
        "reasons": {"labels": list(reasons), "values": list(reasons.values())},
        "first_response_minutes": round(median(waits), 1) if waits else None,
        "csat": round(csat, 2) if csat is not None else None,
        "thumbs_up": thumbs.get(1, 0), "thumbs_down": thumbs.get(-1, 0),
        "daily": {"labels": labels, "datasets": [
            {"label": gettext("Conversations"), "values": [per_day[d][0] for d in labels]},
            {"label": gettext("Handed to a person"), "values": [per_day[d][1] for d in labels]}]},
    }
