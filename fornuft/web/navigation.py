"""Menu entries. Each capability lists its own (the `navigation` of its manifest, by
convention `<app>/navigation.py: ITEMS`); the base layout shows the entries the user's
role may open."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import GOVERNANCE_READERS, REVIEWERS, Role
from fornuft.platform.capability import capability_entries

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


@dataclass(frozen=True)
class NavItem:
    label: StrOrPromise
    url_name: str
    roles: frozenset[str] | None = None  # None: every role
    section: str = "main"
    order: int = 50


ITEMS = [
    NavItem(_("My work"), "dashboard", order=0),
    NavItem(_("Review queue"), "governance:review-list", frozenset(REVIEWERS | {Role.AUDITOR}), "main", 5),
    NavItem(_("Overview"), "governance:overview", frozenset(GOVERNANCE_READERS), "governance", 5),
    NavItem(_("AI systems"), "governance:system-list", frozenset(GOVERNANCE_READERS), "governance", 20),
    NavItem(_("Decision log"), "governance:decision-list", frozenset(GOVERNANCE_READERS), "governance", 30),
    NavItem(_("Users"), "user-list", frozenset({Role.ADMIN}), "settings", 10),
    # API tokens are for integrations; an employee has none to make.
    NavItem(_("API tokens"), "token-list", frozenset(set(Role.values) - {Role.EMPLOYEE}), "settings", 20),
]

SECTIONS = [("main", _("Work")), ("governance", _("Governance")), ("settings", _("Settings"))]


@cache
def all_items() -> tuple[NavItem, ...]:
    return tuple(sorted(capability_entries("navigation"), key=lambda item: item.order))


def menu_for(user) -> list[tuple[StrOrPromise, list[NavItem]]]:
    visible = [item for item in all_items() if item.roles is None or user.role in item.roles]
    return [(label, [item for item in visible if item.section == key]) for key, label in SECTIONS
            if any(item.section == key for item in visible)]
