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
from fornuft.mail.models import Message


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


PROVIDERS = [
    PersonalDataProvider("mail.messages", _("Mail messages"), search_messages, export_message, erase_message,
                         category="mail", category_label=_("E-mail messages"), purge=purge_messages,
                         default_keep_days=730),
]
