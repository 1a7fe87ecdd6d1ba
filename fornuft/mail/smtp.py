"""Outgoing mail through the organization's own SMTP server (set up in the UI).

`connection_for(organization)` gives a Django mail connection to that server, or `None`
when the organization has none and the installation's EMAIL_BACKEND is to be used.
`can_send(organization)` says whether mail can really leave at all: the organization's
server, or an installation backend that sends (the default one only prints).
`send(organization, email)` returns only when the server accepted the message; otherwise it
raises `NotSent` with a readable reason, so "sent" is never said of mail that did not leave.

The password is stored encrypted (`fornuft.mail.credentials`, Fernet with a key derived
from SECRET_KEY); when none is stored, FORNUFT_SMTP_PASSWORD from the environment is used,
so an operator can keep it out of the database altogether.
"""

from __future__ import annotations

import os
import smtplib
import ssl

from django.core.mail import EmailMessage
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.mail.credentials import SecretUnreadable, decrypt_secret
from fornuft.mail.models import OutgoingServer, SmtpSecurity

TIMEOUT_SECONDS = 20


class NotSent(Exception):
    """The mail did not leave; the text says why in the reader's language."""


def server_for(organization) -> OutgoingServer | None:
    return OutgoingServer.objects.for_organization(organization).first()


def password_for(server: OutgoingServer) -> str:
    if server.secret_encrypted:
        return decrypt_secret(server.secret_encrypted)
    return os.environ.get("FORNUFT_SMTP_PASSWORD", "")


def can_send(organization) -> bool:
    from fornuft.mail.home import outgoing_mail_configured

    return server_for(organization) is not None or outgoing_mail_configured()


def connection_for(organization):
    """A connection to the organization's server, or None (use the installation's backend)."""
    from django.core.mail.backends.smtp import EmailBackend

    server = server_for(organization)
    if server is None:
        return None
    return EmailBackend(host=server.host, port=server.port, username=server.username or None,
                        password=password_for(server) or None, use_tls=server.security == SmtpSecurity.STARTTLS,
                        use_ssl=server.security == SmtpSecurity.SSL, timeout=TIMEOUT_SECONDS, fail_silently=False)


def sender_for(organization) -> str | None:
    """"Name <address>" of the organization's server, or None for DEFAULT_FROM_EMAIL."""
    from email.utils import formataddr

    server = server_for(organization)
    if server is None:
        return None
    return formataddr((server.from_name, server.from_address)) if server.from_name else server.from_address


def send(organization, email: EmailMessage) -> None:
    """Sends `email`; returns only when the server accepted it for at least one recipient."""
    from fornuft.mail.home import outgoing_mail_configured

    connection = connection_for(organization)
    if connection is None and not outgoing_mail_configured():
        raise NotSent(_("No outgoing mail server (SMTP) is set up, so nothing was sent."))
    email.connection = connection
    email.from_email = sender_for(organization) or email.from_email
    try:
        try:
            accepted = email.send(fail_silently=False)
        finally:
            _close_quietly(connection)
    except SecretUnreadable:
        raise NotSent(_("The stored SMTP password cannot be read; enter it again in the mail settings.")) from None
    except UnicodeEncodeError:  # smtplib sends the login as ASCII
        raise NotSent(_("The user name or password has letters the mail server login cannot carry "
                        "(such as æ, ø or å).")) from None
    except smtplib.SMTPAuthenticationError:
        raise NotSent(_("The mail server did not accept the user name or password.")) from None
    except smtplib.SMTPRecipientsRefused:
        raise NotSent(_("The mail server refused the recipient address.")) from None
    except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
        raise NotSent(_("The mail server could not be reached or refused the mail (%(error)s).")
                      % {"error": str(exc)[:200] or exc.__class__.__name__}) from None
    if not accepted:
        raise NotSent(_("The mail server did not accept the mail."))


def _close_quietly(connection) -> None:
    """Django keeps a half-opened connection (login refused) until the next open; close it now."""
    if connection is None:
        return
    for attribute in ("_partial_connection", "connection"):
        smtp_connection = getattr(connection, attribute, None)
        if smtp_connection is not None:
            smtp_connection.close()  # the socket only: QUIT could wait on a server that just refused us
            setattr(connection, attribute, None)


def send_test_mail(organization, to_address: str) -> OutgoingServer:
    """Sends a short test mail through the organization's server and records the result on it.
    Raises `NotSent` (after recording it) when the server did not accept it."""
    server = server_for(organization)
    if server is None:
        raise NotSent(_("Save the mail server settings first."))
    email = EmailMessage(_("Test mail from Fornuft"),
                         _("This is a test mail. Replies from the shared inbox are sent through this server."),
                         to=[to_address])
    try:
        send(organization, email)
    except NotSent as exc:
        server.last_test_at, server.last_test_ok, server.last_error = timezone.now(), False, str(exc)[:500]
        server.save(update_fields=["last_test_at", "last_test_ok", "last_error"])
        raise
    server.last_test_at, server.last_test_ok, server.last_error = timezone.now(), True, ""
    server.save(update_fields=["last_test_at", "last_test_ok", "last_error"])
    return server
