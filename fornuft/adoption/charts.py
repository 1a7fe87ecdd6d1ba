"""Chart data ({labels, values} / {labels, datasets}) for charts.js, from dashboard figures."""

from __future__ import annotations

from django.utils.translation import gettext as _

from fornuft.adoption import roi


def dashboard_charts(board) -> dict:
    return {
        "hours": {"labels": board.weeks, "values": board.hours_per_week, "label": _("Hours saved")},
        "straight": {"labels": board.weeks, "values": board.straight_through_per_week,
                     "label": _("Straight-through (%)")},
        "cost": {"labels": board.months, "datasets": [
            {"label": _("Cost (NOK)"), "data": board.cost_per_month, "backgroundColor": "#b5573b"},
            {"label": _("Savings (NOK)"), "data": board.savings_per_month, "backgroundColor": "#2f6f73"},
        ]},
        "payback": {"labels": board.months, "datasets": [
            {"label": _("Cumulative net (NOK)"), "data": board.net_position, "borderColor": "#2f6f73",
             "backgroundColor": "#2f6f73"},
        ]},
    }


def pilot_charts(result) -> dict:
    weeks = [start.strftime("%d.%m") for start, _totals in result.weeks]
    months = list(range(0, 13))
    curve = roi.payback_curve(result.pilot.investment, [result.cost_per_month] * 12)
    return {
        "hours": {"labels": weeks, "values": [round(totals.hours_saved, 1) for _s, totals in result.weeks],
                  "label": _("Hours saved")},
        "payback": {"labels": [str(month) for month in months], "datasets": [
            {"label": _("Cumulative net (NOK)"), "data": [round(value) for value in curve],
             "borderColor": "#2f6f73", "backgroundColor": "#2f6f73"}]},
    }
