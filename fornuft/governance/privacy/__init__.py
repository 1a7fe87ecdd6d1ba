"""Personal-data detection and redaction (GDPR). `redact(text)` is what every capability
calls before text leaves the system or enters a log."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"\b\d{11}\b")


def redact(text: str) -> str:
    """Replaces personal data in `text` with typed placeholders such as [EMAIL]."""
    text = _EMAIL.sub("[EMAIL]", text or "")
    return _LONG_NUMBER.sub("[NUMBER]", text)
