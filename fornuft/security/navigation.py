"""The menu entry of security: IT administrators and managers."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.web.navigation import NavItem

ITEMS = [NavItem(_("Security"), "security:dashboard", frozenset({Role.ADMIN, Role.MANAGER}), "main", 60)]
