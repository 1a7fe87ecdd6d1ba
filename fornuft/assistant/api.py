"""REST API for other channels and integrations (authenticated; organization-scoped)."""

from __future__ import annotations

from typing import Literal

from ninja import Field, Router, Schema

from fornuft.assistant import services
from fornuft.assistant.models import Article, Conversation
from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import Role

router = Router(tags=["assistant"])
AGENTS = (Role.SUPPORT, Role.ADMIN, Role.MANAGER)


class AskIn(Schema):
    message: str = Field(min_length=1, max_length=services.CUSTOMER_MESSAGE_MAX)
    session: str | None = Field(None, max_length=40)
    channel: str = Field("api", max_length=20)
    language: Literal["nb", "en"] = "nb"


class TextIn(Schema):
    text: str = Field(min_length=1, max_length=20_000)


class ArticleIn(Schema):
    slug: str = Field(min_length=1, max_length=100)
    title: str = Field(min_length=1, max_length=services.ARTICLE_TITLE_MAX)
    body: str = Field(min_length=1, max_length=services.ARTICLE_BODY_MAX)
    language: Literal["nb", "en"] = "nb"
    tags: str = Field("", max_length=services.ARTICLE_TAGS_MAX)


def _message(m) -> dict:
    return {"id": m.pk, "role": m.role, "text": m.text, "sources": m.sources, "options": m.options,
            "created_at": m.created_at.isoformat() if m.created_at else None}


def _conversation(c, with_messages: bool = False) -> dict:
    data = {"id": c.pk, "session": c.public_id, "status": c.status, "channel": c.channel, "language": c.language,
            "intent": c.intent or None, "sentiment": c.sentiment, "escalation_reason": c.escalation_reason or None,
            "summary": c.summary, "suggested_articles": c.suggested_articles, "csat": c.csat,
            "created_at": c.created_at.isoformat()}
    if with_messages:
        data["messages"] = [_message(m) for m in c.messages.all()]
    return data


@router.post("/ask")
def ask(request, payload: AskIn):
    """Send a customer message (another channel: SMS, app, e-mail bridge). Give `session` to continue."""
    require_role(request.user, *AGENTS)
    if payload.session:
        conversation = get_for_org_or_404(Conversation, public_id=payload.session)
    else:
        conversation = services.start_conversation(request.organization, channel=payload.channel[:20],
                                                   language="en" if payload.language == "en" else "nb")
    new = services.customer_message(conversation, payload.message)
    conversation.refresh_from_db()
    return {"session": conversation.public_id, "status": conversation.status,
            "messages": [_message(m) for m in new]}


@router.get("/conversations")
def conversations(request, status: Conversation.Status | None = None):
    require_role(request.user, *AGENTS)
    rows = Conversation.objects.all()
    if status:
        rows = rows.filter(status=status)
    return [_conversation(c) for c in rows[:200]]


@router.get("/conversations/{pk}")
def conversation(request, pk: int):
    require_role(request.user, *AGENTS)
    return _conversation(get_for_org_or_404(Conversation, pk=pk), with_messages=True)


@router.post("/conversations/{pk}/reply")
def reply(request, pk: int, payload: TextIn):
    require_role(request.user, *AGENTS)
    message = services.agent_reply(get_for_org_or_404(Conversation, pk=pk), request.user, payload.text)
    return _message(message)


@router.get("/articles")
def articles(request):
    require_role(request.user, *AGENTS)
    return [{"slug": a.slug, "title": a.title, "language": a.language, "tags": a.tags, "version": a.version,
             "body": a.body} for a in Article.objects.all()]


@router.post("/articles")
def save_article(request, payload: ArticleIn):
    require_role(request.user, Role.SUPPORT, Role.ADMIN, Role.MANAGER)
    article = services.save_article(request.organization, user=request.user, **payload.dict())
    return {"slug": article.slug, "version": article.version}


@router.post("/suggest-reply")
def suggest_reply(request, payload: TextIn):
    """A suggested answer for a customer e-mail, for an agent to edit and send."""
    require_role(request.user, *AGENTS)
    return services.suggest_reply(request.organization, payload.text)
