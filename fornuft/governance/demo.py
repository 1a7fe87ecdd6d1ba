"""Governance demo data: the built-in systems are synced by the registry; nothing else yet."""


def load(organization) -> None:
    """Adds governance demo data; safe to run again."""
