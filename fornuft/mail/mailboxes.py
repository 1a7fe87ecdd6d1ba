"""Polling configured mailboxes (IMAP, Maildir, drop folder) into the pipeline."""

from __future__ import annotations

import logging
from pathlib import Path

from django.utils import timezone

from fornuft.mail import intake, sources
from fornuft.mail.credentials import SecretUnreadable, decrypt_secret, encrypt_secret
from fornuft.mail.models import Mailbox, MailboxKind

logger = logging.getLogger(__name__)


def set_secret(mailbox: Mailbox, plain: str) -> None:
    """Stores a password or OAuth2 token encrypted (see `credentials`)."""
    mailbox.secret_encrypted = encrypt_secret(plain)


def imap_settings(mailbox: Mailbox):
    from fornuft.mail.imap import ImapSettings

    return ImapSettings(host=mailbox.host, port=mailbox.port, username=mailbox.username,
                        secret=decrypt_secret(mailbox.secret_encrypted), security=mailbox.security,
                        auth_method=mailbox.auth_method, folder=mailbox.folder or "INBOX",
                        last_uid=mailbox.last_uid, uid_validity=mailbox.uid_validity)


def poll(mailbox: Mailbox, *, ssl_context=None) -> int:
    """Fetches what is new in one mailbox; returns how many messages were taken in. Errors
    are kept on the mailbox (`last_error`) and re-raised as ValueError for the caller."""
    from fornuft.mail.imap import ImapError, fetch_new

    organization = mailbox.organization
    classifier = intake.load_classifier(organization)
    context = intake._context(organization)
    count = 0

    def take(source: str, raw: bytes) -> None:
        nonlocal count
        outcome = intake.ingest(organization, raw, source=source, mailbox=mailbox, context=context,
                                classifier=classifier)
        count += int(outcome.created)

    try:
        if mailbox.kind == MailboxKind.IMAP:
            fetched, last_uid, validity = fetch_new(
                imap_settings(mailbox), lambda uid, raw: take(f"imap://{mailbox.host}/{mailbox.folder};UID={uid}", raw),
                ssl_context=ssl_context)
            mailbox.last_uid, mailbox.uid_validity = last_uid, validity
        elif mailbox.kind == MailboxKind.MAILDIR:
            for item in sources.iter_maildir(Path(mailbox.path)):
                take(item.source, item.data)
        else:
            sources.drain_drop_folder(Path(mailbox.path), lambda item: take(item.source, item.data))
        mailbox.last_error = ""
    except (ImapError, SecretUnreadable, OSError) as exc:
        mailbox.last_error = str(exc)[:2000]
        raise ValueError(str(exc)) from None
    finally:
        mailbox.last_polled_at = timezone.now()
        Mailbox.objects.for_organization(mailbox.organization_id).filter(pk=mailbox.pk).update(
            last_uid=mailbox.last_uid, uid_validity=mailbox.uid_validity, last_error=mailbox.last_error,
            last_polled_at=mailbox.last_polled_at)
    return count


def poll_all() -> dict:
    """Polls every enabled mailbox of every organization, each with its organization
    active; one failure does not stop the rest."""
    from fornuft.core import tenancy

    results: dict[int, int | str] = {}
    # The poller serves every organization; each mailbox is then polled inside its own.
    for mailbox in Mailbox.objects.all_organizations().filter(is_enabled=True).select_related("organization"):
        try:
            with tenancy.activate(mailbox.organization):
                results[mailbox.pk] = poll(mailbox)
        except ValueError as exc:
            logger.warning("mailbox %s: %s", mailbox.pk, exc)
            results[mailbox.pk] = str(exc)
    return results
