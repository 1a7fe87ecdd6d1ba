"""The menu entry of projects: managers and administrators."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.web.navigation import NavItem

ITEMS = [NavItem(_("Projects"), "projects:project-list", frozenset({Role.MANAGER, Role.ADMIN}), "main", 60)]
