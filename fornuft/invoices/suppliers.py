"""The supplier register as other capabilities see it (the phishing shield asks here)."""

from __future__ import annotations


def _normalise_domain(domain: str) -> str:
    domain = (domain or "").strip().lower().rstrip(".")
    if "@" in domain:
        domain = domain.rsplit("@", 1)[1]
    return domain


def known_bank_accounts(organization, sender_domain: str) -> set[str] | None:
    """Bank accounts (11-digit strings, IBANs) on file for the supplier mailing from
    `sender_domain`, or None when no supplier is registered for that domain."""
    from fornuft.core import identifiers
    from fornuft.invoices.models import Supplier

    domain = _normalise_domain(sender_domain)
    if not domain:
        return None
    candidates = {domain}
    parts = domain.split(".")
    for index in range(1, len(parts) - 1):  # faktura.leverandor.no → leverandor.no
        candidates.add(".".join(parts[index:]))
    suppliers = list(
        Supplier.objects.for_organization(organization).filter(email_domain__in=candidates)
    )
    if not suppliers:
        return None
    accounts: set[str] = set()
    for supplier in suppliers:
        for account in supplier.bank_accounts or []:
            compact = str(account).replace(" ", "").replace(".", "").upper()
            accounts.add(identifiers.digits(compact) if compact.isdigit() else compact)
    return accounts
