"""What the home page ("Mitt arbeid") shows: each capability says what a person must do now,
and what an administrator must still set up.

A capability names two functions in its manifest:
- `home_items`: `items(user) -> list[HomeItem]`, called with the user's organization active;
  return only what this user's role may open (an empty list is fine);
- `setup_steps`: `steps(organization) -> list[SetupStep]`, the first-run checklist an
  administrator sees until every step is done.

Keep both cheap: a count and a handful of rows on indexed columns (the home page is opened
every morning by everyone).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fornuft.platform.capability import installed_capabilities

ENTRIES_SHOWN = 5


@dataclass
class HomeEntry:
    label: str
    url: str = ""
    detail: str = ""


@dataclass
class HomeItem:
    """One kind of work: "Invoices waiting for my approval", its count, the first few entries
    and where the full list is. `key` is stable ("invoices.approval"), for tests and styling."""

    key: str
    title: str
    count: int
    url: str = ""
    entries: list[HomeEntry] = field(default_factory=list)
    order: int = 50
    urgent: bool = False


@dataclass
class SetupStep:
    key: str
    title: str
    done: bool
    url: str = ""
    help_text: str = ""
    order: int = 50


def _collect(field_name: str, argument) -> list:
    found: list = []
    for capability in installed_capabilities():
        provider = capability.load(field_name)
        if provider is None:
            continue
        found.extend(provider(argument) or [])
    return found


def home_items(user) -> list[HomeItem]:
    """Every capability's work items for `user`, in order; call with the organization active."""
    return sorted(_collect("home_items", user), key=lambda item: (item.order, item.key))


def setup_steps(organization) -> list[SetupStep]:
    """The first-run checklist: every capability's setup steps, in order."""
    return sorted(_collect("setup_steps", organization), key=lambda step: (step.order, step.key))
