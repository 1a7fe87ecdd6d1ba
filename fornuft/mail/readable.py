"""Mail's stored English reasons as the reader's language writes them (the message keeps
the English text the phishing shield wrote, so the log reads the same for everyone)."""

from __future__ import annotations

from django.utils.translation import gettext as _


def phishing_reason(text) -> str:
    text = str(text or "")
    return _(text) if text else ""
