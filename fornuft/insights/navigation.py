"""The menu entries of insights (planning roles)."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.web.navigation import NavItem

PLANNERS = frozenset({Role.ADMIN, Role.MANAGER, Role.FINANCE})

ITEMS = [
    NavItem(_("Insights"), "insights:dataset-list", PLANNERS, "main", 70),
    NavItem(_("Price suggestions"), "insights:price", PLANNERS, "main", 71),
    NavItem(_("Staffing"), "insights:staffing", frozenset({Role.ADMIN, Role.MANAGER}), "main", 72),
]
