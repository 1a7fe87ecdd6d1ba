"""Builders for test messages (real RFC 5322 bytes made with the standard library)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest


def make_eml(*, subject="Hei", body="Hei, dette er en test.", sender="Kari Kunde <kari@kunde.no>",
             to="post@nordfjell.no", html=None, reply_to=None, message_id=None, in_reply_to=None,
             references=None, auth=None, attachments=(), headers=None) -> bytes:
    """One message as bytes; `attachments` is [(filename, bytes, maintype/subtype)]."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2025, 4, 2, 9, 30, tzinfo=UTC))
    message["Message-ID"] = message_id or make_msgid(domain="test.example")
    if reply_to:
        message["Reply-To"] = reply_to
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    if auth:
        message["Authentication-Results"] = auth
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    if html:
        message.add_alternative(html, subtype="html")
    for filename, data, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


@pytest.fixture
def eml():
    return make_eml
