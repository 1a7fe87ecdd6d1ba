from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.web.navigation import NavItem

_READERS = frozenset({Role.ADMIN, Role.MANAGER, Role.AUDITOR, Role.FINANCE})

ITEMS = [
    NavItem(_("ROI and savings"), "adoption:dashboard", _READERS, "main", 61),
    NavItem(_("Processes"), "adoption:process-list", _READERS, "main", 62),
    NavItem(_("Pilots"), "adoption:pilot-list", _READERS, "main", 63),
    NavItem(_("AI budget"), "adoption:budget", _READERS, "main", 64),
    NavItem(_("Roadmap"), "adoption:roadmap", None, "main", 65),
    NavItem(_("Ideas and adoption"), "adoption:change", None, "main", 66),
]
