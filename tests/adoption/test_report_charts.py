"""The management report's charts: server-drawn SVG (WeasyPrint runs no JavaScript) with
numbers and months as the reader's language writes them."""

from types import SimpleNamespace

import pytest
from django.utils import translation

from fornuft.adoption.report_charts import bar_chart, line_chart, month_label, report_charts


def _board():
    return SimpleNamespace(
        weeks=["10/26", "11/26", "12/26"], hours_per_week=[12.0, 30.5, 41.0],
        months=["2026-01", "2026-02", "2026-03"], cost_per_month=[150_000, 4_000, 4_000],
        savings_per_month=[20_000, 35_000, 52_000], net_position=[-130_000, -99_000, -51_000])


def test_axis_numbers_and_months_in_bokmal_and_english():
    board = _board()
    with translation.override("nb"):
        charts = report_charts(board)
        assert month_label("2026-03") in charts["cost"]
        assert "150\u00a0000" in charts["cost"] or "150 000" in charts["cost"]
        assert "−" in charts["payback"] or "-150" in charts["payback"] or "-100" in charts["payback"]
        assert "Timer spart per uke" in charts["hours"]
    with translation.override("en"):
        charts = report_charts(board)
        assert "150,000" in charts["cost"] and "March 2026" in charts["cost"]


def test_charts_are_valid_svg_and_escape_labels():
    from xml.etree import ElementTree

    svg = bar_chart(["<b>", "x"], [("A & B", [1.0, 2.0], "#000000")], title="<script>")
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own SVG; well-formed means nothing leaked
    assert root.tag.endswith("svg") and "<script>" not in svg
    assert ElementTree.fromstring(line_chart([], [], title="t", name="n")) is not None  # noqa: S314


def test_an_empty_series_still_draws_an_axis():
    svg = bar_chart(["a"], [("x", [0.0], "#000000")], title="t")
    assert "<line" in svg


@pytest.mark.parametrize("key", ["2026-13", "bad", ""])
def test_odd_month_keys_are_shown_as_they_are(key):
    assert month_label(key) == key
