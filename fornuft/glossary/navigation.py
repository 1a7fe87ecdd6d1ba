"""The menu entry of the glossary."""

from django.utils.translation import gettext_lazy as _

from fornuft.web.navigation import NavItem

ITEMS = [NavItem(_("Glossary"), "glossary:entry-list", None, "settings", 62)]
