"""Adoption demo data for the demo company."""


def load(organization) -> None:
    """Adds this capability's demo data; safe to run again (changes nothing the second time)."""
