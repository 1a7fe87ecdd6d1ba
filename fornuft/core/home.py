"""The core part of the first-run checklist: invite the people who will work in Fornuft."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.platform.home import SetupStep


def steps(organization) -> list[SetupStep]:
    from fornuft.core.models import User

    invited = User.objects.filter(organization=organization, is_active=True).count() > 1
    return [SetupStep("core.users", _("Invite your colleagues"), invited, reverse("user-list"),
                      _("Give each person the role that fits their work."), order=40)]
