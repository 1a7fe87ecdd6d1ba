"""Per-supplier learning from a person's corrections: where on the page the corrected value
stood and which label it stood beside. `FieldFinder.apply_hints` uses both on the supplier's
next invoices. Plain data: segments are [page, x0, y0, x1, y1, text]."""

from __future__ import annotations

import re

from fornuft.invoices.fields import KIND, amounts_in
from fornuft.invoices.numbers import parse_amount, parse_date


def _position_in(kind: str, value: str, text: str) -> int | None:
    """Character offset of `value` inside `text`, or None."""
    if kind == "amount":
        amount_target = parse_amount(value)
        for amount, raw in amounts_in(text):
            if amount_target is not None and amount == amount_target:
                return text.find(raw)
        return None
    if kind == "date":
        target = parse_date(value)
        if target is None:
            return None
        from fornuft.invoices.numbers import DATE_RE

        for match in DATE_RE.finditer(text):
            if parse_date(match.group()) == target or parse_date(match.group(), month_first=True) == target:
                return match.start()
        return None
    compact = re.sub(r"\s", "", value).lower()
    if not compact:
        return None
    haystack = text.lower()
    index = haystack.find(value.lower())
    if index < 0:
        squeezed = re.sub(r"\s", "", haystack)
        if compact in squeezed:
            return 0
        return None
    return index


def learn_hint(segments: list[list], field: str, value: str) -> dict | None:
    """{"label", "box"} for `field` whose corrected value is `value`, or None when not on the page."""
    kind = KIND.get(field)
    if kind is None or not value:
        return None
    for index, (page, x0, y0, x1, y1, text) in enumerate(segments):
        offset = _position_in(kind, str(value), text)
        if offset is None:
            continue
        label = text[:offset].strip(" :#.-")
        if not re.search(r"[A-Za-zÆØÅæøå]", label):
            label = _neighbour_label(segments, index)
        width = x1 - x0
        value_x0 = x0 + width * offset / max(len(text), 1)
        return {"label": label[-40:].strip(" :#.-"), "box": [page, round(value_x0, 4), y0, x1, y1]}
    return None


def _neighbour_label(segments: list[list], index: int) -> str:
    page, x0, y0, x1, y1, _text = segments[index]
    height = y1 - y0
    left = [
        s for s in segments if s[0] == page and s[3] <= x0 + 0.005 and abs((s[2] + s[4]) / 2 - (y0 + y1) / 2) < height
    ]
    if left:
        return max(left, key=lambda s: s[3])[5]
    above = [
        s
        for s in segments
        if s[0] == page and s[4] <= y0 + 0.002 and y0 - s[4] < 3 * height and s[1] < x1 and s[3] > x0
    ]
    if above:
        return max(above, key=lambda s: s[4])[5]
    return ""
