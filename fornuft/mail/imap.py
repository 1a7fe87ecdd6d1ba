"""Fetching mail over IMAP (TLS, STARTTLS; password or OAuth2/XOAUTH2 login).

`fetch_new(settings, handle)` logs in, selects the folder read-only, asks for UIDs above
the last one seen (UIDVALIDITY changes start over; duplicates are caught by intake),
and hands each raw message to `handle(uid, raw)`. Polling runs as a periodic task;
the mailbox's state (last UID, errors) lives on the `Mailbox` row.
"""

from __future__ import annotations

import imaplib
import re
import ssl
from collections.abc import Callable
from dataclasses import dataclass

TIMEOUT_SECONDS = 30
BATCH = 50


class ImapError(Exception):
    """Connecting, logging in or fetching failed; the message says what to check."""


@dataclass
class ImapSettings:
    host: str
    port: int
    username: str
    secret: str
    security: str = "ssl"  # ssl | starttls | none
    auth_method: str = "password"  # password | xoauth2
    folder: str = "INBOX"
    last_uid: int = 0
    uid_validity: int = 0


def xoauth2_string(username: str, access_token: str) -> bytes:
    """The SASL XOAUTH2 initial response (as Microsoft 365 and Google Workspace expect)."""
    return f"user={username}\x01auth=Bearer {access_token}\x01\x01".encode()


def connect(settings: ImapSettings, ssl_context: ssl.SSLContext | None = None) -> imaplib.IMAP4:
    context = ssl_context or ssl.create_default_context()
    client: imaplib.IMAP4
    try:
        if settings.security == "ssl":
            client = imaplib.IMAP4_SSL(settings.host, settings.port, ssl_context=context, timeout=TIMEOUT_SECONDS)
        else:
            client = imaplib.IMAP4(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
            if settings.security == "starttls":
                client.starttls(ssl_context=context)
    except ssl.SSLError as exc:
        raise ImapError(f"TLS with {settings.host}:{settings.port} failed ({exc.reason or exc}); check the "
                        "security setting and the server certificate") from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"cannot connect to {settings.host}:{settings.port}: {exc}") from None
    try:
        if settings.auth_method == "xoauth2":
            client.authenticate("XOAUTH2", lambda _challenge: xoauth2_string(settings.username, settings.secret))
        else:
            client.login(settings.username, settings.secret)
    except imaplib.IMAP4.error as exc:
        _quietly_logout(client)
        text = exc.args[0].decode(errors="replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ImapError(f"login as {settings.username} failed: {text}; check the user name and "
                        f"{'token' if settings.auth_method == 'xoauth2' else 'password'}") from None
    return client


def _quietly_logout(client) -> None:
    try:
        client.logout()
    except (OSError, imaplib.IMAP4.error):
        pass


def _uid_validity(client) -> int:
    typ, data = client.response("UIDVALIDITY")
    if data and data[0]:
        try:
            return int(data[0])
        except (TypeError, ValueError):
            return 0
    return 0


def fetch_new(settings: ImapSettings, handle: Callable[[int, bytes], None], *,
              ssl_context: ssl.SSLContext | None = None, limit: int | None = None) -> tuple[int, int, int]:
    """Fetches messages newer than `settings.last_uid`; returns (fetched, last_uid, uid_validity)."""
    client = connect(settings, ssl_context)
    try:
        typ, data = client.select(_quote(settings.folder), readonly=True)
        if typ != "OK":
            raise ImapError(f"folder {settings.folder!r} cannot be opened: {data!r}")
        validity = _uid_validity(client)
        last_uid = settings.last_uid if validity == settings.uid_validity else 0
        typ, data = client.uid("SEARCH", f"UID {last_uid + 1}:*")
        if typ != "OK":
            raise ImapError(f"searching {settings.folder!r} failed: {data!r}")
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > last_uid)
        if limit is not None:
            uids = uids[:limit]
        fetched = 0
        for start in range(0, len(uids), BATCH):
            chunk = uids[start:start + BATCH]
            typ, data = client.uid("FETCH", ",".join(str(u) for u in chunk), "(UID BODY.PEEK[])")
            if typ != "OK":
                raise ImapError(f"fetching messages failed: {data!r}")
            for item in data:
                if not isinstance(item, tuple) or len(item) < 2:
                    continue
                match = re.search(rb"UID (\d+)", item[0])
                if not match:
                    continue
                uid = int(match.group(1))
                handle(uid, item[1])
                fetched += 1
                last_uid = max(last_uid, uid)
        return fetched, last_uid, validity
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"IMAP error on {settings.host}: {exc}") from None
    finally:
        _quietly_logout(client)


def _quote(folder: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_./-]+", folder):
        return folder
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
