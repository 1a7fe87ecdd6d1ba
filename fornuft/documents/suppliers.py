"""The supplier register as other capabilities see it (the phishing shield asks here)."""

from __future__ import annotations


def known_bank_accounts(organization, sender_domain: str) -> set[str] | None:
    """Bank accounts (11-digit strings, IBANs) on file for the supplier mailing from
    `sender_domain`, or None when no supplier is registered for that domain."""
    return None
