"""The menu entry of contracts. roles=None shows it to every role; give a frozenset of
fornuft.core.roles.Role values to narrow it."""

from django.utils.translation import gettext_lazy as _

from fornuft.web.navigation import NavItem

ITEMS = [NavItem(_("Contracts"), "contracts:contract-list", None, "main", 60)]
