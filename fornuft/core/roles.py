"""The roles a person can have in an organization, and what each may do."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    MANAGER = "manager", _("Manager")
    FINANCE = "finance", _("Finance")
    HR = "hr", _("HR")
    SUPPORT = "support", _("Customer service")
    EMPLOYEE = "employee", _("Employee")
    AUDITOR = "auditor", _("Auditor (read-only governance)")


# Who may see the governance pages (registry, decision log). Auditors read, never write.
GOVERNANCE_READERS = {Role.ADMIN, Role.MANAGER, Role.AUDITOR}
# Who may resolve review tasks; capabilities narrow this per system (e.g. finance for invoices).
REVIEWERS = {Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.HR, Role.SUPPORT}
