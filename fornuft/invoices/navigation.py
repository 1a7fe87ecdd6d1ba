from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.web.navigation import NavItem

INVOICE_ROLES = frozenset({Role.FINANCE, Role.ADMIN, Role.MANAGER})
ITEMS = [
    NavItem(_("Invoices"), "invoices:invoice-list", INVOICE_ROLES, "main", 40),
    NavItem(_("Suppliers"), "invoices:supplier-list", INVOICE_ROLES, "main", 41),
    NavItem(_("Approval rules"), "invoices:rule-list", frozenset({Role.FINANCE, Role.ADMIN}), "settings", 45),
]
