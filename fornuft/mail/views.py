"""Inbox per team queue, message view, re-categorize, quarantine and release, drafts."""

from __future__ import annotations

from smtplib import SMTPException

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.mail import services, smtp, training
from fornuft.mail.models import (
    AcknowledgementDraft,
    BlockedSender,
    Category,
    Message,
    MessageStatus,
    TeamQueue,
)
from fornuft.mail.rendering import sanitize_html

MAIL_READERS = (Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE, Role.HR)
QUARANTINE_ROLES = (Role.ADMIN, Role.MANAGER)
PAGE_SIZE = 50
LIST_FIELDS = ("id", "subject", "from_name", "from_address", "received_at", "category", "confidence", "language",
               "urgency", "sentiment", "phishing_verdict", "phishing_score", "status", "queue_id", "problems")


# A team's own queue opens first for people in that team's role (the others start with all mail).
ROLE_QUEUES = {Role.FINANCE: "finance", Role.HR: "hr", Role.SUPPORT: "support"}


def _team_queue(user, queues) -> str:
    key = ROLE_QUEUES.get(user.role, "all")
    return key if any(queue.key == key for queue in queues) else "all"


def _name_categories(items) -> None:
    names = dict(Category.objects.values_list("key", "name"))
    for item in items:
        item.category_name = names.get(item.category, item.category)


@role_required(*MAIL_READERS)
def inbox(request):
    queues = list(TeamQueue.objects.annotate(
        waiting=Count("messages", filter=Q(messages__status__in=[MessageStatus.ROUTED, MessageStatus.REVIEW]))))
    selected = request.GET.get("queue") or _team_queue(request.user, queues)
    listing = Message.objects.exclude(status=MessageStatus.QUARANTINED).only(*LIST_FIELDS)
    if selected == "all":
        pass
    elif selected == "review":
        listing = listing.filter(status=MessageStatus.REVIEW)
    elif selected == "failed":
        listing = listing.filter(status=MessageStatus.FAILED)
    elif selected:
        listing = listing.filter(queue__key=selected)
    page = Paginator(listing.order_by("-received_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    _name_categories(page)
    return render(request, "mail/inbox.html", {
        "queues": queues, "selected": selected, "page": page,
        "review_count": Message.objects.filter(status=MessageStatus.REVIEW).count(),
        "quarantine_count": Message.objects.filter(status=MessageStatus.QUARANTINED, deleted_at__isnull=True).count(),
    })


@role_required(*MAIL_READERS)
def message_detail(request, pk: int):
    message = get_for_org_or_404(Message.objects.select_related("queue", "thread", "mailbox"), pk=pk)
    if message.status == MessageStatus.QUARANTINED and request.user.role not in QUARANTINE_ROLES:
        messages.error(request, _("This message is in quarantine. Ask an administrator to look at it."))
        return redirect("mail:inbox")
    allow_images = request.GET.get("images") == "1"
    safe = sanitize_html(message.body_html, allow_remote_images=allow_images) if message.body_html else None
    thread = []
    if message.thread_id:
        thread = list(Message.objects.filter(thread_id=message.thread_id).exclude(pk=message.pk)
                      .only("id", "subject", "from_address", "received_at").order_by("received_at"))
    draft = AcknowledgementDraft.objects.filter(message=message).first()
    _name_categories([message])
    return render(request, "mail/message_detail.html", {
        "can_send": smtp.can_send(message.organization),
        "message": message, "safe_html": safe, "allow_images": allow_images, "thread": thread,
        "attachments": message.attachments.all(), "draft": draft,
        "categories": Category.objects.filter(is_active=True), "can_quarantine": request.user.role in QUARANTINE_ROLES,
    })


@role_required(*MAIL_READERS)
@require_POST
def message_recategorize(request, pk: int):
    message = get_for_org_or_404(Message, pk=pk)
    category = request.POST.get("category", "")
    if not Category.objects.filter(key=category, is_active=True).exists():
        messages.error(request, _("Choose one of the categories."))
        return redirect("mail:message-detail", pk=pk)
    training.recategorize(message, category, request.user)
    messages.success(request, _("Category saved. Fornuft learns from this correction."))
    return redirect("mail:message-detail", pk=pk)


@role_required(*QUARANTINE_ROLES)
def quarantine_list(request):
    listing = Message.objects.filter(status=MessageStatus.QUARANTINED, deleted_at__isnull=True).only(
        *LIST_FIELDS, "phishing_reasons", "blocked_sender")
    page = Paginator(listing.order_by("-received_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    _name_categories(page)
    return render(request, "mail/quarantine.html", {"page": page, "blocked": BlockedSender.objects.all()})


@role_required(*QUARANTINE_ROLES)
@require_POST
def message_release(request, pk: int):
    message = get_for_org_or_404(Message, pk=pk)
    try:
        services.release_message(message, request.user)
    except services.MailActionError as exc:
        messages.error(request, str(exc))
        return redirect("mail:quarantine")
    messages.success(request, _("Released. The message is in its queue, and the shield learns from this."))
    return redirect("mail:message-detail", pk=pk)


@role_required(*QUARANTINE_ROLES)
@require_POST
def message_quarantine(request, pk: int):
    message = get_for_org_or_404(Message, pk=pk)
    services.quarantine_message(message, request.user)
    messages.success(request, _("Moved to quarantine."))
    return redirect("mail:quarantine")


@role_required(*MAIL_READERS)
@require_POST
def draft_update(request, pk: int):
    """Approve-and-send or discard an acknowledgement draft (a person always decides)."""
    draft = get_for_org_or_404(AcknowledgementDraft.objects.select_related("message"), pk=pk)
    try:
        if request.POST.get("action") == "discard":
            services.discard_acknowledgement(draft, request.user)
            messages.success(request, _("Draft discarded."))
        else:
            services.send_acknowledgement(draft, request.user, subject=request.POST.get("subject"),
                                          body=request.POST.get("body"))
            if smtp.can_send(draft.organization):
                messages.success(request, _("Acknowledgement sent."))
            else:  # "sent" only when it really left: the default backend only prints it
                messages.warning(request, _("Approved, but not sent: no outgoing mail server (SMTP) is set up. "
                                            "Ask the administrator to set it up."))
    except services.MailActionError as exc:
        messages.error(request, str(exc))
    except (OSError, SMTPException, smtp.NotSent) as exc:  # the mail server refused or cannot be reached
        messages.error(request, _("The acknowledgement could not be sent (%(error)s). It is still a draft.")
                       % {"error": exc})
    return redirect("mail:message-detail", pk=draft.message_id)
