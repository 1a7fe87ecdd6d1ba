"""The menu entries of intake."""

from django.utils.translation import gettext_lazy as _

from fornuft.web.navigation import NavItem

ITEMS = [
    NavItem(_("Offers"), "intake:offer-list", None, "main", 60),
    NavItem(_("Service reports"), "intake:report-list", None, "main", 61),
]
