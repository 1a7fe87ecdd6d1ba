"""A logging filter that redacts personal data from log records before they are written.

Add it to a handler in LOGGING to make every log line pass through `redact()`:

    "filters": {"redact": {"()": "fornuft.governance.privacy.logfilter.RedactPersonalData"}},
    "handlers": {"console": {..., "filters": ["redact"]}},
"""

from __future__ import annotations

import logging


class RedactPersonalData(logging.Filter):
    """Replaces personal data in the message (after %-formatting) with typed placeholders."""

    def filter(self, record: logging.LogRecord) -> bool:
        from fornuft.governance.privacy import redact

        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True
        redacted = redact(message)
        if redacted != message:
            record.msg = redacted
            record.args = None
        return True
