"""The mail app's personal-data provider (sender, recipients, body, the raw .eml and the
attachments), found by governance's data-subject search, export, erasure and retention
purge (see fornuft/governance/privacy/providers.py)."""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import ProtectedError, Q
from django.utils.translation import gettext_lazy as _

from fornuft.governance.privacy.core_providers import delete_stored_file
from fornuft.governance.privacy.providers import ExportRecord, Hit, PersonalDataProvider, SubjectQuery
from fornuft.mail.models import BlockedSender, Message, OutgoingReply


def search_messages(organization, query: SubjectQuery) -> list[Hit]:
    conditions = []
    if query.email:
        conditions += [Q(from_address__iexact=query.email), Q(to_addresses__icontains=query.email),
                       Q(reply_to__iexact=query.email)]
    if query.name:
        conditions += [Q(from_name__iexact=query.name), Q(body_text__icontains=query.name)]
    if query.phone:
        conditions += [Q(body_text__contains=query.phone), Q(body_text__contains=query.phone_digits)]
    if query.national_id:
        conditions.append(Q(body_text__contains=query.national_id))
    if not conditions:
        return []
    rows = (Message.objects.for_organization(organization)
            .filter(reduce(or_, conditions)).only("pk", "subject", "received_at")[:1000])
    return [Hit("mail.messages", "mail.message", str(m.pk), f"{m.received_at:%Y-%m-%d} {m.subject[:80]}",
                subjects=[("mail.message", str(m.pk))]) for m in rows]


def export_message(organization, hit: Hit) -> ExportRecord:
    message = Message.objects.for_organization(organization).get(pk=hit.record_id)
    data = {field: getattr(message, field) for field in (
        "subject", "from_name", "from_address", "reply_to", "to_addresses", "body_text", "language", "category",
        "status")}
    data["received_at"] = message.received_at.isoformat()
    files = []
    stored = [message.stored_file] if message.stored_file_id else []
    stored += [a.stored for a in message.attachments.all() if a.stored_id]
    for item in stored:
        try:
            files.append((item.filename or f"file-{item.pk}", item.read_bytes()))
        except OSError:
            data.setdefault("missing_files", []).append(item.filename)
    return ExportRecord(data, files)


def _delete_message(message) -> bool:
    from django.db import transaction

    from fornuft.governance.training_data import erase_examples_about

    stored = [message.stored_file] if message.stored_file_id else []
    stored += [a.stored for a in message.attachments.all() if a.stored_id]
    try:
        with transaction.atomic():
            # The training examples hold a copy of the message's text: they go with it.
            erase_examples_about(message.organization, "mail.message", [message.pk])
            message.delete()
    except ProtectedError:
        return False
    for item in stored:
        delete_stored_file(item)
    return True


def erase_message(organization, hit: Hit) -> str:
    message = Message.objects.for_organization(organization).filter(pk=hit.record_id).first()
    if message is None:
        return "already gone"
    return "deleted" if _delete_message(message) else "kept: another record still refers to it"


def purge_messages(organization, cutoff, *, dry_run: bool = False) -> int:
    old = Message.objects.for_organization(organization).filter(received_at__lt=cutoff)
    if dry_run:
        return old.count()
    return sum(_delete_message(message) for message in old.iterator(chunk_size=500))


# -- replies sent from the shared inbox: the customer's address and what we wrote to them --------
def search_replies(organization, query: SubjectQuery) -> list[Hit]:
    conditions = []
    if query.email:
        conditions.append(Q(to_address__iexact=query.email))
    if query.name:
        conditions.append(Q(body__icontains=query.name))
    if query.phone:
        conditions += [Q(body__contains=query.phone), Q(body__contains=query.phone_digits)]
    if not conditions:
        return []
    rows = (OutgoingReply.objects.for_organization(organization).filter(reduce(or_, conditions))
            .only("pk", "subject", "created_at")[:1000])
    return [Hit("mail.replies", "mail.reply", str(r.pk), f"{r.created_at:%Y-%m-%d} {r.subject[:80]}") for r in rows]


def export_reply(organization, hit: Hit) -> ExportRecord:
    reply = OutgoingReply.objects.for_organization(organization).get(pk=hit.record_id)
    return ExportRecord({"to_address": reply.to_address, "subject": reply.subject, "body": reply.body,
                         "status": reply.status, "sent_at": reply.created_at.isoformat()})


def erase_reply(organization, hit: Hit) -> str:
    deleted, _rows = OutgoingReply.objects.for_organization(organization).filter(pk=hit.record_id).delete()
    return "deleted" if deleted else "already gone"


def purge_replies(organization, cutoff, *, dry_run: bool = False) -> int:
    old = OutgoingReply.objects.for_organization(organization).filter(created_at__lt=cutoff)
    if dry_run:
        return old.count()
    return old.delete()[0]


def search_blocked(organization, query: SubjectQuery) -> list[Hit]:
    if not query.email:
        return []
    rows = BlockedSender.objects.for_organization(organization).filter(address__iexact=query.email)
    return [Hit("mail.blocked", "mail.blocked_sender", str(b.pk), b.address) for b in rows]


def export_blocked(organization, hit: Hit) -> ExportRecord:
    blocked = BlockedSender.objects.for_organization(organization).get(pk=hit.record_id)
    return ExportRecord({"address": blocked.address, "blocked_at": blocked.created_at.isoformat()})


def erase_blocked(organization, hit: Hit) -> str:
    deleted, _rows = BlockedSender.objects.for_organization(organization).filter(pk=hit.record_id).delete()
    return "deleted" if deleted else "already gone"


PROVIDERS = [
    PersonalDataProvider("mail.messages", _("Mail messages"), search_messages, export_message, erase_message,
                         category="mail", category_label=_("E-mail messages"), purge=purge_messages,
                         default_keep_days=730),
    PersonalDataProvider("mail.replies", _("Replies from the shared inbox"), search_replies, export_reply,
                         erase_reply, category="mail", category_label=_("E-mail messages"), purge=purge_replies,
                         default_keep_days=730),
    PersonalDataProvider("mail.blocked", _("Blocked senders"), search_blocked, export_blocked, erase_blocked,
                         category="mail", category_label=_("E-mail messages")),
]
