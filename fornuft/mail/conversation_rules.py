"""Plain rules of the shared inbox (no database): which subject two messages share, whether a
message is bulk mail for the "Other" tab, and whether a sender is blocked."""

from __future__ import annotations

import re

# Reply and forward prefixes in the languages our customers write (Outlook translates them).
_PREFIX = re.compile(r"^\s*((re|sv|aw|fw|fwd|vs|vb|wg|tr|ang|antw)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_TAG = re.compile(r"^\s*\[[^\]]{1,40}\]\s*")  # a mailing-list or ticket tag, "[Sak 123]"
_SPACE = re.compile(r"\s+")


def subject_key(subject: str) -> str:
    """The subject without reply/forward prefixes, list tags, case and extra spaces:
    "SV: Re: [Sak 12]  Tilbud" → "tilbud"."""
    text = subject or ""
    while True:
        stripped = _TAG.sub("", _PREFIX.sub("", text))
        if stripped == text:
            break
        text = stripped
    return _SPACE.sub(" ", text).strip().lower()[:200]


# Senders that are machines, not people: their mail is notification or bulk.
_MACHINE_SENDER = re.compile(
    r"^(no-?reply|do-?not-?reply|donotreply|noreply|notifications?|notify|newsletter|nyhetsbrev|news|"
    r"mailer-daemon|postmaster|bounce[s]?|info-?mail|marketing|kampanje|alerts?|varsel|automated)"
    r"([+._-][^@]*)?@", re.IGNORECASE)
_BULK_PRECEDENCE = {"bulk", "list", "junk", "auto_reply"}


def bulk_reasons(headers: dict, from_address: str) -> list[str]:
    """Why a message is a newsletter, notification or bulk mail (empty: a person wrote it).
    `headers` holds lower-cased header names, as `ParsedMessage.headers` does."""
    reasons = []
    if headers.get("list-unsubscribe"):
        reasons.append("list-unsubscribe")
    if headers.get("list-id"):
        reasons.append("list-id")
    if (headers.get("precedence") or "").strip().lower() in _BULK_PRECEDENCE:
        reasons.append("precedence")
    auto = (headers.get("auto-submitted") or "").strip().lower()
    if auto and auto != "no":
        reasons.append("auto-submitted")
    if _MACHINE_SENDER.match(from_address or ""):
        reasons.append("sender")
    return reasons


def normalise_block(entry: str) -> str:
    """An address to block as stored: "Kari <Kari@X.no>" → "kari@x.no"; "x.no" or "@x.no" → "@x.no".
    Returns "" when the text is neither an address nor a domain."""
    text = (entry or "").strip().lower()
    match = re.search(r"<([^>]+)>", text)
    if match:
        text = match.group(1).strip()
    if "@" in text and not text.startswith("@"):
        local, _, domain = text.rpartition("@")
        return text if local and "." in domain and " " not in text else ""
    domain = text.lstrip("@")
    if re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain):
        return "@" + domain
    return ""


def sender_blocked(address: str, blocked: list[str]) -> bool:
    """Whether `address` is on the list (an exact address, or "@domain" for the whole domain)."""
    address = (address or "").strip().lower()
    if not address:
        return False
    domain = "@" + address.rpartition("@")[2]
    return address in blocked or domain in blocked
