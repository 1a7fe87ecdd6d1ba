"""The shared inbox: conversations with filters and search, one conversation with its
messages, history and reply box; assign, state and reply; the quarantine tools (block
sender, delete). Every view checks login, role and (through scoped queries) organization."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.mail import inbox, smtp
from fornuft.mail.models import (
    BlockedSender,
    CannedReply,
    ConversationState,
    MailEvent,
    Message,
    OutgoingReply,
    Stream,
    Thread,
)
from fornuft.mail.rendering import sanitize_html

QUARANTINE_ROLES = (Role.ADMIN, Role.MANAGER)
PAGE_SIZE = 50


@role_required(*inbox.INBOX_ROLES)
def conversation_list(request):
    who = request.GET.get("who") if request.GET.get("who") in inbox.FILTERS else "all"
    state = request.GET.get("state", ConversationState.OPEN)
    state = state if state in (*ConversationState.values, "any") else ConversationState.OPEN
    stream = request.GET.get("stream") if request.GET.get("stream") in Stream.values else Stream.FOCUSED
    query = request.GET.get("q", "").strip()[:200]
    listing = inbox.conversations(request.user, who=who, state="" if state == "any" else state, stream=stream,
                                  query=query)
    page = Paginator(listing, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "mail/conversations.html", {
        "page": page, "who": who, "state": state, "stream": stream, "query": query,
        "states": ConversationState.choices, "can_send": smtp.can_send(request.user.organization),
    })


def _insertion(request, thread) -> str:
    """The reply text after "Insert": what was written, then the canned reply or article."""
    written = request.GET.get("body", "")
    added = inbox.insertion_text(thread.organization, canned_id=request.GET.get("canned", ""),
                                 article_slug=request.GET.get("article", ""))
    if not added:
        return written
    return f"{written.rstrip()}\n\n{added}".strip() if written.strip() else added


@role_required(*inbox.INBOX_ROLES)
def conversation_detail(request, pk: int):
    thread = get_for_org_or_404(Thread.objects.select_related("assignee"), pk=pk)
    shown = list(inbox.visible_messages().filter(thread=thread).order_by("received_at", "pk"))
    if not shown:  # only quarantined or deleted mail: nothing to work on here
        messages.error(request, _("This conversation has no messages you can open."))
        return redirect("mail:conversations")
    for item in shown:
        item.safe_html = sanitize_html(item.body_html, allow_remote_images=False) if item.body_html else None
    language = request.LANGUAGE_CODE[:2] if getattr(request, "LANGUAGE_CODE", "") else "nb"
    canned = list(CannedReply.objects.all())
    canned.sort(key=lambda c: (c.language != language, c.title))  # the reader's language first
    return render(request, "mail/conversation.html", {
        "thread": thread, "shown": shown, "replies": OutgoingReply.objects.filter(thread=thread),
        "events": [(event, history_line(event)) for event in
                   MailEvent.objects.filter(thread=thread).select_related("actor").order_by("-at", "-pk")[:50]],
        "colleagues": inbox.colleagues(), "states": ConversationState.choices, "canned": canned,
        "articles": inbox.knowledge_articles(thread.organization), "body": _insertion(request, thread),
        "can_send": smtp.can_send(thread.organization), "target": inbox.reply_target(thread),
    })


@role_required(*inbox.INBOX_ROLES)
@require_POST
def conversation_assign(request, pk: int):
    thread = get_for_org_or_404(Thread, pk=pk)
    choice = request.POST.get("assignee", "")
    person = None
    if choice == "me":
        person = request.user
    elif choice:
        person = inbox.colleagues().filter(pk=choice).first() if choice.isdigit() else None
        if person is None:
            messages.error(request, _("Choose a colleague from the list."))
            return redirect("mail:conversation", pk=pk)
    try:
        inbox.assign(thread, request.user, person)
    except inbox.InboxError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Assigned to %(name)s.") % {"name": inbox.person_name(person)} if person
                         else _("Nobody is assigned now."))
    return redirect("mail:conversation", pk=pk)


@role_required(*inbox.INBOX_ROLES)
@require_POST
def conversation_state(request, pk: int):
    thread = get_for_org_or_404(Thread, pk=pk)
    try:
        inbox.set_state(thread, request.user, request.POST.get("state", ""))
    except inbox.InboxError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("The conversation is now: %(state)s.") % {"state": thread.get_state_display()})
    return redirect("mail:conversation", pk=pk)


@role_required(*inbox.INBOX_ROLES)
@require_POST
def conversation_reply(request, pk: int):
    thread = get_for_org_or_404(Thread, pk=pk)
    body = request.POST.get("body", "")
    try:
        reply = inbox.send_reply(thread, request.user, body)
    except (inbox.InboxError, smtp.NotSent) as exc:
        messages.error(request, str(exc))
        # the text is kept: the page opens again with it in the reply box
        return redirect(reverse("mail:conversation", args=[pk]) + "?" + _query({"body": body}))
    messages.success(request, _("Sent to %(address)s: the mail server accepted it.") % {"address": reply.to_address})
    if request.POST.get("then") == "done":
        inbox.set_state(thread, request.user, ConversationState.DONE)
    return redirect("mail:conversation", pk=pk)


def _query(values: dict) -> str:
    from urllib.parse import urlencode

    return urlencode(values)


# -- history in words ---------------------------------------------------------------------------
def history_line(event: MailEvent) -> str:
    detail = event.detail or {}
    who = inbox.person_name(event.actor) or _("Fornuft")
    states = dict(ConversationState.choices)
    lines = {
        "assigned": lambda: _("%(who)s assigned the conversation to %(new)s.") % {"who": who, "new": detail.get("new")},
        "unassigned": lambda: _("%(who)s removed the assignment.") % {"who": who},
        "state": lambda: _("%(who)s changed the state from %(old)s to %(new)s.") % {
            "who": who, "old": states.get(str(detail.get("old")), detail.get("old")),
            "new": states.get(str(detail.get("new")), detail.get("new"))},
        "reopened": lambda: _("A new message opened the conversation again."),
        "replied": lambda: _("%(who)s sent a reply to %(to)s.") % {"who": who, "to": detail.get("to")},
        "reply_failed": lambda: _("%(who)s tried to send a reply; it was not sent: %(error)s") % {
            "who": who, "error": detail.get("error")},
        "deleted": lambda: _("%(who)s deleted a message from quarantine.") % {"who": who},
    }
    return lines.get(event.kind, lambda: event.kind)()


# -- quarantine tools ------------------------------------------------------------------------
@role_required(*QUARANTINE_ROLES)
@require_POST
def sender_block(request):
    entry = request.POST.get("address", "")
    if request.POST.get("message", "").isdigit():
        entry = get_for_org_or_404(Message, pk=int(request.POST["message"])).from_address
    try:
        blocked = inbox.block_sender(request.user, entry)
    except inbox.InboxError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Blocked: mail from %(address)s goes to quarantine from now on.")
                         % {"address": blocked.address})
    return redirect("mail:quarantine")


@role_required(*QUARANTINE_ROLES)
@require_POST
def sender_unblock(request, pk: int):
    blocked = get_for_org_or_404(BlockedSender, pk=pk)
    inbox.unblock_sender(request.user, blocked)
    messages.success(request, _("%(address)s is no longer blocked.") % {"address": blocked.address})
    return redirect("mail:quarantine")


@role_required(*QUARANTINE_ROLES)
@require_POST
def message_delete(request, pk: int):
    message = get_for_org_or_404(Message, pk=pk)
    try:
        inbox.delete_message(message, request.user)
    except inbox.InboxError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Deleted from the quarantine. It is kept in the log."))
    return redirect("mail:quarantine")
