"""Shared-inbox API (under /api/v1/mail/conversations): list and search conversations,
assign, change state, reply. The same services as the pages (`fornuft.mail.inbox`)."""

from __future__ import annotations

from datetime import datetime

from django.core.paginator import Paginator
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.mail import inbox, smtp
from fornuft.mail.models import ConversationState, Stream, Thread

router = Router(tags=["mail"])


class ConversationOut(Schema):
    id: int
    subject: str
    correspondent: str
    state: str
    stream: str
    assignee: str | None
    last_message_at: datetime
    message_count: int = 0

    @staticmethod
    def resolve_assignee(obj):
        return obj.assignee.username if obj.assignee_id else None


class ConversationPage(Schema):
    count: int
    page: int
    pages: int
    items: list[ConversationOut]


class ConversationQuery(Schema):
    who: str = Field("all", pattern="^(all|mine|unassigned)$")
    state: str = Field(ConversationState.OPEN, pattern="^(open|pending|done|any)$")
    stream: str = Field(Stream.FOCUSED, pattern="^(focused|other)$")
    q: str = Field("", max_length=200)
    page: int = 1


class AssignIn(Schema):
    assignee: str | None = Field(None, description='"me", a user id, or null for nobody')


class StateIn(Schema):
    state: str = Field(pattern="^(open|pending|done)$")


class ReplyIn(Schema):
    body: str = Field(min_length=1, max_length=100_000)


class ReplyOut(Schema):
    id: int
    to_address: str
    subject: str
    status: str
    message_id: str


@router.get("", response=ConversationPage)
def list_conversations(request, filters: Query[ConversationQuery]):
    require_role(request.user, *inbox.INBOX_ROLES)
    listing = inbox.conversations(request.user, who=filters.who, state="" if filters.state == "any" else filters.state,
                                  stream=filters.stream, query=filters.q)
    page = Paginator(listing, 50).get_page(filters.page)
    return {"count": page.paginator.count, "page": page.number, "pages": page.paginator.num_pages,
            "items": list(page)}


def _conversation(pk: int) -> Thread:
    return get_for_org_or_404(Thread.objects.select_related("assignee"), pk=pk)


@router.post("/{conversation_pk}/assign", response=ConversationOut)
def assign(request, conversation_pk: int, payload: AssignIn):
    require_role(request.user, *inbox.INBOX_ROLES)
    thread = _conversation(conversation_pk)
    person = None
    if payload.assignee == "me":
        person = request.user
    elif payload.assignee:
        person = inbox.colleagues().filter(pk=payload.assignee).first() if payload.assignee.isdigit() else None
        if person is None:
            raise ValueError("No colleague with that id can work in the inbox.")
    return inbox.assign(thread, request.user, person)


@router.post("/{conversation_pk}/state", response=ConversationOut)
def set_state(request, conversation_pk: int, payload: StateIn):
    require_role(request.user, *inbox.INBOX_ROLES)
    return inbox.set_state(_conversation(conversation_pk), request.user, payload.state)


@router.post("/{conversation_pk}/reply", response=ReplyOut)
def reply(request, conversation_pk: int, payload: ReplyIn):
    """Sends the reply through the organization's SMTP server; 502 when the server did not accept it."""
    require_role(request.user, *inbox.INBOX_ROLES)
    try:
        return inbox.send_reply(_conversation(conversation_pk), request.user, payload.body)
    except smtp.NotSent as exc:
        raise HttpError(502, str(exc)) from None
