"""Personal-data detection and redaction (GDPR). `redact(text)` is what every capability
calls before text leaves the system or enters a log.

    >>> redact("Ring Kari Nordmann på 912 34 567")
    'Ring [PERSON] på [PHONE]'

Detection lives in `pii.py` (plain logic, nb/en); data-subject requests, retention and
the personal-data providers in the sibling modules.
"""

from __future__ import annotations


def redact(text: str) -> str:
    """Replaces personal data in `text` with typed placeholders such as [EMAIL]."""
    from fornuft.governance.privacy.pii import redact as _redact

    return _redact(text or "")


def detect(text: str, kinds=None):
    """The personal data found in `text` (see `pii.detect`)."""
    from fornuft.governance.privacy.pii import detect as _detect

    return _detect(text, kinds)
