"""The compliance panel on a system's page: classification, obligations, oversight figures,
profile, periodic reviews and documentation export."""

from __future__ import annotations

from datetime import timedelta

from django import template
from django.utils import timezone

from fornuft.core.roles import Role
from fornuft.core.tenancy import organization_users
from fornuft.governance import documentation, explorer, obligations, risk
from fornuft.governance.models import ObligationState

register = template.Library()


@register.inclusion_tag("governance/compliance/_system_panel.html", takes_context=True)
def compliance_panel(context, system):
    request = context["request"]
    profile = documentation.profile_for(system)
    soon = timezone.localdate() + timedelta(days=30)
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "system": system,
        "profile": profile,
        "assessment": risk.latest_assessment(system),
        "stale": risk.is_stale(system),
        "checklist": obligations.checklist(system),
        "states": ObligationState.choices,
        "figures": explorer.oversight_figures(system),
        "overseers": organization_users().filter(pk__in=obligations.oversight_persons(system)).order_by("last_name"),
        "reviews": system.periodic_reviews.select_related("reviewed_by")[:10],
        "is_admin": request.user.role == Role.ADMIN,
        "suggested_next": timezone.localdate() + timedelta(days=profile.review_interval_days),
        "review_due": system.next_review is not None and system.next_review <= soon,
    }


@register.filter
def percent(value):
    if value is None:
        return "–"
    return f"{value * 100:.0f} %"
