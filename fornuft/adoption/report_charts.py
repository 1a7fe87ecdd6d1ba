"""Charts for the management report PDF, drawn as inline SVG on the server (WeasyPrint runs
no JavaScript, so the dashboard's Chart.js charts cannot be used). Axis numbers are written
as the reader's language writes them ("12 450" / "12,450"), months as "nov. 2026"."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from html import escape

from django.utils import formats
from django.utils.translation import gettext as _

from fornuft.core.formatting import number

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 64, 12, 14, 34
TEAL, RUST, GRID = "#2f6f73", "#b5573b", "#dddddd"


def month_label(key: str) -> str:
    """"2026-11" → "nov. 2026" (nb) / "Nov. 2026" (en)."""
    try:
        year, month = key.split("-")
        return formats.date_format(date(int(year), int(month), 1), "N Y")
    except (ValueError, AttributeError):
        return str(key)


def _nice_step(span: float, ticks: int = 4) -> float:
    raw = span / ticks if span > 0 else 1.0
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _scale(values: list[float]) -> tuple[float, float, float]:
    """Lowest and highest axis value (zero always included) and the tick step."""
    low, high = min([0.0, *values]), max([0.0, *values])
    if low == high:
        high = low + 1
    step = _nice_step(high - low)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _frame(title: str, low: float, high: float, step: float, places: int) -> tuple[list[str], Callable[[float], float]]:
    plot_h = HEIGHT - TOP - BOTTOM

    def y(value: float) -> float:
        return TOP + plot_h * (1 - (value - low) / (high - low))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
             f'role="img" aria-label="{escape(title)}" font-family="DejaVu Sans, sans-serif" font-size="10">',
             f"<title>{escape(title)}</title>"]
    tick = low
    while tick <= high + step / 1000:
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                     f'stroke="{"#999" if tick == 0 else GRID}" stroke-width="0.6"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y(tick) + 3:.1f}" text-anchor="end" fill="#555">'
                     f"{escape(number(tick, places))}</text>")
        tick += step
    return parts, y


def _x_labels(labels: list[str], slot: float, every: int) -> list[str]:
    parts = []
    for index, label in enumerate(labels):
        if index % every == 0:
            x = LEFT + slot * (index + 0.5)
            parts.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 14}" text-anchor="middle" fill="#555">'
                         f"{escape(label)}</text>")
    return parts


def bar_chart(labels: list[str], series: list[tuple[str, list[float], str]], *, title: str,
              places: int = 0) -> str:
    """Bars for one or more series [(name, values, colour)] side by side per label."""
    values = [v or 0.0 for _name, data, _colour in series for v in data]
    low, high, step = _scale(values)
    parts, y = _frame(title, low, high, step, places)
    slot = (WIDTH - LEFT - RIGHT) / max(1, len(labels))
    bar = slot * 0.8 / max(1, len(series))
    for number_in_group, (_name, data, colour) in enumerate(series):
        for index, value in enumerate(data):
            value = value or 0.0
            x = LEFT + slot * index + slot * 0.1 + bar * number_in_group
            top, bottom = sorted((y(value), y(0)))
            parts.append(f'<rect x="{x:.1f}" y="{top:.1f}" width="{bar:.1f}" height="{max(0.5, bottom - top):.1f}" '
                         f'fill="{colour}"/>')
    parts += _x_labels(labels, slot, max(1, math.ceil(len(labels) / 9)))
    parts += _legend(series)
    parts.append("</svg>")
    return "".join(parts)


def line_chart(labels: list[str], values: list[float], *, title: str, name: str, colour: str = TEAL,
               places: int = 0) -> str:
    low, high, step = _scale([v or 0.0 for v in values])
    parts, y = _frame(title, low, high, step, places)
    slot = (WIDTH - LEFT - RIGHT) / max(1, len(labels))
    points = " ".join(f"{LEFT + slot * (i + 0.5):.1f},{y(v or 0.0):.1f}" for i, v in enumerate(values))
    if points:
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
    parts += _x_labels(labels, slot, max(1, math.ceil(len(labels) / 9)))
    parts += _legend([(name, values, colour)])
    parts.append("</svg>")
    return "".join(parts)


def _legend(series) -> list[str]:
    parts, x = [], LEFT
    for name, _data, colour in series:
        parts.append(f'<rect x="{x}" y="{HEIGHT - 11}" width="9" height="9" fill="{colour}"/>'
                     f'<text x="{x + 13}" y="{HEIGHT - 3}" fill="#333">{escape(str(name))}</text>')
        x += 24 + 7 * len(str(name))
    return parts


def report_charts(board) -> dict[str, str]:
    """The report's three charts as SVG markup: hours saved per week, cost against savings
    per month, and the cumulative net position (the payback curve)."""
    months = [month_label(key) for key in board.months]
    return {
        "hours": bar_chart(board.weeks, [(_("Hours saved"), board.hours_per_week, TEAL)],
                           title=_("Hours saved per week"), places=0),
        "cost": bar_chart(months, [(_("Cost (NOK)"), board.cost_per_month, RUST),
                                   (_("Savings (NOK)"), board.savings_per_month, TEAL)],
                          title=_("Cost and savings per month"), places=0),
        "payback": line_chart(months, board.net_position, title=_("Cumulative net (NOK)"),
                              name=_("Cumulative net (NOK)")),
    }
