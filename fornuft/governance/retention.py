"""Retention: a policy per data category (days to keep), applied by a nightly purge.

The purge deletes stored content through each provider's `purge(organization, cutoff)`;
the decision log is never touched: its entries refer to records by type and id and hold
no personal data, so the hash chain stays valid after the records are gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from fornuft.governance.privacy.providers import categories, providers


@dataclass
class PurgeLine:
    category: str
    cutoff: datetime
    count: int


def policies(organization) -> list:
    """The organization's retention policies, one per category (created with defaults)."""
    from fornuft.governance.models import RetentionPolicy

    rows = RetentionPolicy.objects.for_organization(organization)
    existing = {row.category: row for row in rows}
    for category, (_label, default_days) in categories().items():
        if category not in existing:
            existing[category] = RetentionPolicy.objects.create(
                organization=organization, category=category, keep_days=default_days or 365)
    return sorted(existing.values(), key=lambda row: row.category)


def set_policy(organization, category: str, keep_days: int, enabled: bool, user):
    from fornuft.governance.models import RetentionPolicy

    if category not in categories():
        raise ValueError(f"unknown data category {category!r}")
    if keep_days < 1:
        raise ValueError("Keep data for at least one day.")
    row, _created = RetentionPolicy.objects.for_organization(organization).update_or_create(
        organization=organization, category=category,
        defaults={"keep_days": keep_days, "enabled": enabled, "updated_by": user, "updated_at": timezone.now()})
    return row


def purge_organization(organization, *, dry_run: bool = False, now: datetime | None = None) -> list[PurgeLine]:
    """Applies every enabled policy of one organization; returns what was (or would be) deleted."""
    now = now or timezone.now()
    lines = []
    for policy in policies(organization):
        if not policy.enabled:
            continue
        cutoff = now - timedelta(days=policy.keep_days)
        count = 0
        for candidate in providers():
            if candidate.category != policy.category or candidate.purge is None:
                continue
            count += candidate.purge(organization, cutoff, dry_run=dry_run)
        if not dry_run:
            policy.last_purged_at = now
            policy.last_purged_count = count
            policy.save(update_fields=["last_purged_at", "last_purged_count"])
        lines.append(PurgeLine(policy.category, cutoff, count))
    return lines


def purge_all() -> dict[str, int]:
    """The nightly purge: each organization in turn, with that organization active."""
    from fornuft.core import tenancy
    from fornuft.core.models import Organization

    totals = {}
    for organization in Organization.objects.all():
        with tenancy.activate(organization):
            totals[organization.slug] = sum(line.count for line in purge_organization(organization))
    return totals
