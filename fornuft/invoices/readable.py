"""The invoice checks' findings as the reader's language writes them (the invoice keeps the
check's code and English message)."""

from __future__ import annotations

from django.utils.translation import gettext as _


def finding(item: dict) -> str:
    message = str(item.get("message") or "")
    return _(message) if message else str(item.get("code") or "")
