from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.web.navigation import NavItem

_AGENTS = frozenset({Role.SUPPORT, Role.ADMIN, Role.MANAGER})
ITEMS = [
    NavItem(_("Customer chats"), "assistant:inbox", _AGENTS, "main", 30),
    NavItem(_("Knowledge base"), "assistant:article-list", _AGENTS, "main", 31),
    NavItem(_("Assistant KPIs"), "assistant:kpis", _AGENTS, "main", 32),
    NavItem(_("Chat widget"), "assistant:settings", frozenset({Role.ADMIN, Role.MANAGER}), "settings", 40),
]
