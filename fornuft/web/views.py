from __future__ import annotations

from django.shortcuts import render

from fornuft.core.permissions import role_required
from fornuft.governance import queries


@role_required()
def dashboard(request):
    figures = queries.dashboard_figures(request.organization)
    per_day = queries.decisions_per_day(request.organization)
    chart = {"labels": [day.strftime("%d.%m") for day, _count in per_day], "values": [c for _d, c in per_day]}
    context = {**figures, "chart": chart}
    if request.user.can_read_governance:
        from fornuft.governance.views_registry import reminders

        due = reminders(request.organization)
        context["compliance_reminders"] = sum(len(items) for items in due.values())
    return render(request, "web/dashboard.html", context)


def forbidden(request, exception=None):
    return render(request, "web/error.html", {"status": 403, "exception": exception}, status=403)


def not_found(request, exception=None):
    return render(request, "web/error.html", {"status": 404}, status=404)


def server_error(request):
    return render(request, "web/error.html", {"status": 500}, status=500)
