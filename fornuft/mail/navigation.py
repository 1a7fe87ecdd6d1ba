from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.web.navigation import NavItem

ITEMS = [
    NavItem(_("Inbox"), "mail:inbox", frozenset({Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE, Role.HR}),
            "main", 20),
    NavItem(_("Shared inbox"), "mail:conversations",
            frozenset({Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE, Role.HR}), "main", 19),
    NavItem(_("Replies and mail server"), "mail:inbox-settings", frozenset({Role.ADMIN, Role.MANAGER, Role.SUPPORT}),
            "settings", 31),
    NavItem(_("Quarantine"), "mail:quarantine", frozenset({Role.ADMIN, Role.MANAGER}), "main", 21),
    NavItem(_("Mail model"), "mail:model", frozenset({Role.ADMIN, Role.MANAGER, Role.AUDITOR}), "governance", 40),
    NavItem(_("Mail settings"), "mail:settings", frozenset({Role.ADMIN}), "settings", 30),
]
