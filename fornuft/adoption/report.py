"""The management report for the managing director: HTML → PDF with WeasyPrint, nb or en."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone, translation

from fornuft.adoption import kpis, services
from fornuft.adoption.models import BudgetYear, RoadmapItem


def report_context(organization) -> dict:
    from fornuft.adoption.report_charts import report_charts
    from fornuft.governance.models import AISystem
    from fornuft.governance.readable import system_name

    board = kpis.dashboard(organization)
    budget = BudgetYear.objects.for_organization(organization).order_by("-year").first()
    names = {system.key: system_name(system) for system in AISystem.objects.for_organization(organization)}
    return {
        "charts": report_charts(board),
        # Systems by their name in the reader's language, not their key.
        "systems": [(names.get(key, key), totals) for key, totals in board.systems],
        "organization": organization,
        "today": timezone.localdate(),
        "board": board,
        "pilots": services.pilot_overview(organization),
        "ranking": services.ranked_processes(organization)[:5],
        "budget": services.budget_summary(budget) if budget else None,
        "roadmap": RoadmapItem.objects.for_organization(organization).select_related("owner"),
    }


def management_report(organization, language: str = "nb") -> bytes:
    """The report as PDF bytes, in Norwegian bokmål (nb) or English (en)."""
    from weasyprint import HTML  # heavy: imported only when a report is made

    with translation.override(language):
        html = render_to_string("adoption/report.html", {**report_context(organization), "language": language})
    return HTML(string=html).write_pdf()
