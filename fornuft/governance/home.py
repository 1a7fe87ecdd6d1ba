"""The governance part of the home page: reviews this person may resolve now; for the
administrator, the first AI system to classify."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from fornuft.core.roles import Role
from fornuft.platform.home import ENTRIES_SHOWN, HomeEntry, HomeItem, SetupStep


def items(user) -> list[HomeItem]:
    from fornuft.governance import readable, review
    from fornuft.governance.models import ReviewStatus

    if user.role not in {Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.HR, Role.SUPPORT}:
        return []
    waiting = review.resolvable_reviews(user).filter(status=ReviewStatus.OPEN)
    count = waiting.count()
    first = list(waiting.select_related("system").order_by("opened_at")[:ENTRIES_SHOWN]) if count else []
    entries = [HomeEntry(readable.system_name(task.system), reverse("governance:review-detail", args=[task.pk]),
                         readable.reason(task.reason)) for task in first]
    return [HomeItem("governance.reviews", _("Reviews waiting for me"), count,
                     reverse("governance:review-list"), entries, order=10, urgent=bool(count))]


def steps(organization) -> list[SetupStep]:
    from fornuft.core.tenancy import activate
    from fornuft.governance.models import RiskAssessment

    with activate(organization):
        classified = RiskAssessment.objects.exists()
    return [SetupStep("governance.classify", _("Classify the first AI system"), classified,
                      reverse("governance:system-list"),
                      _("Answer the risk questions for one AI system (EU AI Act)."), order=90)]
