"""The shared inbox's actions: the one function per action that views (and later the API
and CLI) call. Each change to a conversation is written to its history (`MailEvent`).

- `conversations(user, …)`: the conversations a filter and a search select;
- `assign(thread, actor, person)` / `assign(thread, actor, None)`;
- `set_state(thread, actor, state)`: open, pending, done;
- `send_reply(thread, actor, body)`: through the organization's SMTP server; an
  `OutgoingReply` marked SENT exists only once the server accepted the mail;
- `block_sender(…)`, `unblock_sender(…)`, `delete_message(…)`: the quarantine tools;
- `insertion_text(…)`: a canned reply or a knowledge-base article as reply text.
"""

from __future__ import annotations

from email.utils import make_msgid

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core.roles import Role
from fornuft.core.tenancy import organization_users
from fornuft.mail import conversation_rules, smtp
from fornuft.mail.models import (
    BlockedSender,
    CannedReply,
    ConversationState,
    MailEvent,
    Message,
    MessageStatus,
    OutgoingReply,
    ReplyStatus,
    Stream,
    Thread,
)

INBOX_ROLES = (Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE, Role.HR)
FILTERS = ("all", "mine", "unassigned")


class InboxError(ValueError):
    """The action does not fit the conversation as it is now (the text says why)."""


def visible_messages():
    """Messages a person works with in the inbox: not quarantined, not deleted."""
    return Message.objects.exclude(status=MessageStatus.QUARANTINED).filter(deleted_at__isnull=True)


def conversations(user, *, who: str = "all", state: str = ConversationState.OPEN, stream: str = Stream.FOCUSED,
                  query: str = ""):
    """Conversations with at least one visible message, newest first. `who`: all, mine or
    unassigned; `state`: open, pending, done or "" for any; `query` searches subject, sender and
    text of every message in the conversation (icontains, the same on SQLite and PostgreSQL)."""
    visible = visible_messages().filter(thread=OuterRef("pk"))
    listing = Thread.objects.filter(Exists(visible)).select_related("assignee")
    if who == "mine":
        listing = listing.filter(assignee=user)
    elif who == "unassigned":
        listing = listing.filter(assignee__isnull=True)
    if state in ConversationState.values:
        listing = listing.filter(state=state)
    query = (query or "").strip()[:200]
    if query:
        # a search looks in both tabs: a person searching wants the mail wherever it was sorted
        # SQLite's LIKE ignores case only for A–Z: the usual spellings of æ, ø, å are tried too
        condition = Q()
        for spelling in {query, query.lower(), query.upper(), query.capitalize()}:
            condition |= (Q(subject__icontains=spelling) | Q(from_address__icontains=spelling)
                          | Q(from_name__icontains=spelling) | Q(body_text__icontains=spelling))
        found = visible.filter(condition)
        listing = listing.filter(Exists(found))
    elif stream in Stream.values:
        listing = listing.filter(stream=stream)
    counted = Q(messages__deleted_at__isnull=True) & ~Q(messages__status=MessageStatus.QUARANTINED)
    return listing.annotate(message_count=Count("messages", filter=counted, distinct=True)).order_by(
        "-last_message_at", "-pk")


def colleagues():
    """The people a conversation can be assigned to."""
    return organization_users().filter(is_active=True, role__in=INBOX_ROLES).order_by("first_name", "username")


def _event(thread, actor, kind: str, **detail) -> MailEvent:
    return MailEvent.objects.create(organization=thread.organization, thread=thread, actor=actor, kind=kind,
                                    detail=detail)


def assign(thread: Thread, actor, person) -> Thread:
    """Makes `person` (None: nobody) responsible for the conversation."""
    if person is not None and person.role not in INBOX_ROLES:
        raise InboxError(_("This person cannot work in the inbox."))
    if (person.pk if person else None) == thread.assignee_id:
        return thread
    with transaction.atomic():
        old = thread.assignee
        thread.assignee = person
        thread.save(update_fields=["assignee"])
        # the home page's "Mail assigned to me" counts messages, so they follow the conversation
        thread.messages.update(assignee=person)
        if person is None:
            _event(thread, actor, "unassigned", old=person_name(old))
        else:
            _event(thread, actor, "assigned", old=person_name(old), new=person_name(person))
    return thread


def set_state(thread: Thread, actor, state: str) -> Thread:
    if state not in ConversationState.values:
        raise InboxError(_("Choose open, pending or done."))
    if state == thread.state:
        return thread
    with transaction.atomic():
        old = thread.state
        thread.state = state
        thread.save(update_fields=["state"])
        if state == ConversationState.DONE:
            thread.messages.filter(status__in=[MessageStatus.ROUTED, MessageStatus.RELEASED]).update(
                status=MessageStatus.DONE)
        _event(thread, actor, "state", old=old, new=state)
    return thread


def person_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.username


def reply_target(thread: Thread) -> Message | None:
    """The customer's latest message in the conversation: the one a reply answers."""
    return visible_messages().filter(thread=thread).order_by("-received_at", "-pk").first()


def reply_subject(subject: str) -> str:
    subject = subject or _("(no subject)")
    return subject if conversation_rules.subject_key(subject) != subject.strip().lower() else f"Re: {subject}"


def send_reply(thread: Thread, actor, body: str) -> OutgoingReply:
    """Sends `body` to the customer through the organization's SMTP server. Returns the SENT
    reply; raises `smtp.NotSent` (the failure is written to the history) when it did not leave,
    and `InboxError` for an empty text or a conversation without an address to answer."""
    body = (body or "").strip()
    if not body:
        raise InboxError(_("Write a reply before sending."))
    target = reply_target(thread)
    to_address = (target.reply_to or target.from_address) if target else ""
    if target is None or not to_address:
        raise InboxError(_("This conversation has no address to reply to."))
    subject = reply_subject(target.subject or thread.subject)[:500]
    sender = smtp.sender_for(thread.organization) or ""
    domain = sender.rpartition("@")[2].strip(">") or "fornuft.local"
    message_id = make_msgid(domain=domain)
    headers = {"Message-ID": message_id}
    if target.message_id:
        references = [r for r in [target.in_reply_to, target.message_id] if r]
        headers.update({"In-Reply-To": target.message_id, "References": " ".join(references)})
    email = EmailMessage(subject, body, to=[to_address], headers=headers)
    try:
        smtp.send(thread.organization, email)
    except smtp.NotSent as exc:
        _event(thread, actor, "reply_failed", error=str(exc)[:300])
        raise
    with transaction.atomic():
        reply = OutgoingReply.objects.create(organization=thread.organization, thread=thread, author=actor,
                                             to_address=to_address, subject=subject, body=body,
                                             message_id=message_id, status=ReplyStatus.SENT)
        Thread.objects.filter(pk=thread.pk).update(last_message_at=timezone.now())
        _event(thread, actor, "replied", to=to_address)
    return reply


def insertion_text(organization, *, canned_id: str = "", article_slug: str = "") -> str:
    """The text a canned reply or a knowledge-base article adds to a reply ("" if not found)."""
    if canned_id.isdigit():
        canned = CannedReply.objects.filter(pk=int(canned_id)).first()
        return canned.body if canned else ""
    if article_slug:
        from fornuft.assistant.services import article_text

        return article_text(organization, article_slug)
    return ""


def knowledge_articles(organization) -> list[dict]:
    from fornuft.assistant.services import published_articles

    return published_articles(organization)


# -- quarantine tools -------------------------------------------------------------------
def block_sender(actor, entry: str) -> BlockedSender:
    """Future mail from this address (or "@domain") goes to quarantine."""
    address = conversation_rules.normalise_block(entry)
    if not address:
        raise InboxError(_("Write an e-mail address or a domain (for example @example.com)."))
    blocked, created = BlockedSender.objects.get_or_create(address=address, defaults={"created_by": actor})
    if created:
        MailEvent.objects.create(actor=actor, kind="blocked", detail={"address": address})
    return blocked


def unblock_sender(actor, blocked: BlockedSender) -> None:
    with transaction.atomic():
        MailEvent.objects.create(actor=actor, kind="unblocked", detail={"address": blocked.address})
        blocked.delete()


def delete_message(message: Message, actor) -> Message:
    """Removes a quarantined message from view. The row, its stored bytes and its decisions
    stay (the decision log is append-only); the history records who deleted it."""
    if message.status != MessageStatus.QUARANTINED:
        raise InboxError(_("Only messages in quarantine can be deleted."))
    if message.deleted_at is not None:
        return message
    with transaction.atomic():
        message.deleted_at = timezone.now()
        message.save(update_fields=["deleted_at"])
        MailEvent.objects.create(organization=message.organization, message=message, thread=message.thread,
                                 actor=actor, kind="deleted",
                                 detail={"from": message.from_address, "subject": message.subject[:200]})
    return message
