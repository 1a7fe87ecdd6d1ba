"""Mail API: list and read messages, re-categorize, release from quarantine, model versions."""

from __future__ import annotations

from datetime import datetime

from django.core.paginator import Paginator
from ninja import Field, Query, Router, Schema

from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.mail import services, training
from fornuft.mail.models import Category, Message, MessageStatus
from fornuft.mail.views import MAIL_READERS, QUARANTINE_ROLES

router = Router(tags=["mail"])
router.add_router("/conversations", "fornuft.mail.api_inbox.router")


class PhishingOut(Schema):
    verdict: str
    score: float | None
    reasons: list[str]


class MessageOut(Schema):
    id: int
    message_id: str
    subject: str
    from_address: str
    received_at: datetime
    category: str
    confidence: float | None
    language: str
    urgency: str
    sentiment: str
    status: str
    queue: str | None
    phishing: PhishingOut
    problems: list[str]

    @staticmethod
    def resolve_queue(obj):
        return obj.queue.key if obj.queue_id else None

    @staticmethod
    def resolve_phishing(obj):
        return {"verdict": obj.phishing_verdict, "score": obj.phishing_score, "reasons": obj.phishing_reasons}


class MessageDetailOut(MessageOut):
    body_text: str
    thread_id: int | None


class MessagePage(Schema):
    count: int
    page: int
    pages: int
    items: list[MessageOut]


class MessageQuery(Schema):
    queue: str = ""
    status: str = ""
    category: str = ""
    page: int = 1


class CategoryIn(Schema):
    category: str = Field(max_length=50)


class VersionOut(Schema):
    version: int
    created_at: datetime
    is_active: bool
    outcome: str
    training_examples: int
    macro_f1: float | None

    @staticmethod
    def resolve_version(obj):
        return int(obj.version)

    @staticmethod
    def resolve_created_at(obj):
        return obj.trained_at

    @staticmethod
    def resolve_macro_f1(obj):
        return obj.report.get("macro_f1")


@router.get("/messages", response=MessagePage)
def list_messages(request, filters: Query[MessageQuery]):
    require_role(request.user, *MAIL_READERS)
    messages = Message.objects.filter(deleted_at__isnull=True).select_related("queue").order_by("-received_at", "-pk")
    if request.user.role not in QUARANTINE_ROLES:
        messages = messages.exclude(status=MessageStatus.QUARANTINED)
    if filters.queue:
        messages = messages.filter(queue__key=filters.queue)
    if filters.status:
        messages = messages.filter(status=filters.status)
    if filters.category:
        messages = messages.filter(category=filters.category)
    page = Paginator(messages, 50).get_page(filters.page)
    return {"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
            "items": list(page)}


@router.get("/messages/{message_pk}", response=MessageDetailOut)
def get_message(request, message_pk: int):
    require_role(request.user, *MAIL_READERS)
    message = get_for_org_or_404(Message.objects.select_related("queue"), pk=message_pk)
    if message.status == MessageStatus.QUARANTINED:
        require_role(request.user, *QUARANTINE_ROLES)
    return message


@router.post("/messages/{message_pk}/category", response=MessageOut)
def set_category(request, message_pk: int, payload: CategoryIn):
    require_role(request.user, *MAIL_READERS)
    message = get_for_org_or_404(Message, pk=message_pk)
    if not Category.objects.filter(key=payload.category, is_active=True).exists():
        raise ValueError(f"unknown category {payload.category!r}")
    return training.recategorize(message, payload.category, request.user)


@router.post("/messages/{message_pk}/release", response=MessageOut)
def release(request, message_pk: int):
    require_role(request.user, *QUARANTINE_ROLES)
    message = get_for_org_or_404(Message, pk=message_pk)
    return services.release_message(message, request.user)


@router.post("/messages/{message_pk}/quarantine", response=MessageOut)
def quarantine(request, message_pk: int):
    require_role(request.user, *QUARANTINE_ROLES)
    message = get_for_org_or_404(Message, pk=message_pk)
    return services.quarantine_message(message, request.user)


@router.get("/model/versions", response=list[VersionOut])
def model_versions(request):
    require_role(request.user, *MAIL_READERS, "auditor")
    from fornuft.governance.models import ModelVersion

    versions = ModelVersion.objects.filter(system__key="mail.classifier").order_by("-trained_at", "-pk")[:50]
    return [v for v in versions if v.version.isdigit()]
