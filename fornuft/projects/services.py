"""The actions of projects. Views, the API, the CLI, tasks and the demo call these and nothing
else; another capability uses projects only through this module."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.projects.models import TITLE_LENGTH, Item


def create_item(organization, title: str) -> Item:
    """Stores a new item for the organization; ValueError says what is wrong with the title."""
    title = title.strip()
    if not title:
        raise ValueError(_("Give the item a title."))
    if len(title) > TITLE_LENGTH:
        raise ValueError(_("The title is too long (at most %(limit)d characters).") % {"limit": TITLE_LENGTH})
    with activate(organization), transaction.atomic():
        return Item.objects.create(organization=organization, title=title)


def list_items(organization) -> list[Item]:
    """The organization's items, newest first."""
    with activate(organization):
        return list(Item.objects.all())
