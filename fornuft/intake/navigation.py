"""The menu entry of intake."""

from django.utils.translation import gettext_lazy as _

from fornuft.web.navigation import NavItem

ITEMS = [NavItem(_("Offers and service"), "intake:catalogue", None, "main", 60)]
