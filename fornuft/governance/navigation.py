"""Menu entries of the compliance pages (the spine's entries live in fornuft/web/navigation.py)."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import GOVERNANCE_READERS, Role
from fornuft.web.navigation import NavItem

READERS = frozenset(GOVERNANCE_READERS)

ITEMS = [
    NavItem(_("Compliance"), "governance:compliance", READERS, "governance", 15),
    NavItem(_("Data-subject requests"), "governance:request-list", READERS, "governance", 40),
    NavItem(_("Retention"), "governance:retention", READERS, "governance", 42),
    NavItem(_("Records of processing"), "governance:processing-records", READERS, "governance", 44),
    NavItem(_("AI literacy"), "governance:literacy", READERS | {Role.HR}, "governance", 46),
    NavItem(_("Redact text"), "governance:redact", None, "governance", 48),
]
