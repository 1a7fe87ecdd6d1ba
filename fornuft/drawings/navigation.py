"""The menu entry of the drawing register."""

from django.utils.translation import gettext_lazy as _

from fornuft.drawings.ai_systems import DRAWING_ROLES
from fornuft.web.navigation import NavItem

ITEMS = [NavItem(_("Drawings"), "drawings:drawing-list", DRAWING_ROLES, "main", 60)]
