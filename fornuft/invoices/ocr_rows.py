"""Second readings of a scanned table row whose numbers did not come through: Tesseract's page
layout drops lone numbers in columns, reads "20 344,2" as "234420" or "1,1038" as "1103".
A row is settled by arithmetic — quantity × unit price = line amount — never by a guess: a
re-read is taken only when it makes the row add up."""

from __future__ import annotations

import re
from decimal import Decimal

from fornuft.invoices.numbers import parse_amount
from fornuft.platform.files.layout import Segment, TextLine

TOLERANCE = Decimal("0.02")
MAX_QUANTITY = Decimal(1_000_000)


def adds_up(quantity, price, total) -> bool:
    return (
        quantity is not None
        and price is not None
        and total is not None
        and 0 < abs(quantity) < MAX_QUANTITY
        and abs(quantity * price - total) <= TOLERANCE
    )


def _row_band(line: TextLine, left: float, right: float) -> tuple[float, float, float, float]:
    heights = sorted(w.height for w in line.words)
    middle = sorted((w.y0 + w.y1) / 2 for w in line.words)[len(line.words) // 2]
    half = 0.8 * heights[len(heights) // 2]
    return left, middle - half, right, middle + half


def one_number(text: str) -> Decimal | None:
    """`text` as one number ("20 344,2", "1,1038", "6"), or None when it is not exactly one."""
    text = text.strip(" .,-'‘’")  # a speck of the unit or the rule beside the cell: "12.", "24-"
    if not re.fullmatch(r"\d{1,3}(?: \d{3})*(?:[.,]\d{1,4})?|\d+(?:[.,]\d{1,4})?", text):
        return None
    return parse_amount(text)


def split_quantity_and_price(text: str, total: Decimal) -> tuple[Decimal, Decimal] | None:
    """The one way to read the numbers of `text` as quantity, then unit price, that gives `total`."""
    tokens = re.findall(r"\d[\d.,]*", text)
    found = []
    for cut in range(1, len(tokens)):
        quantity, price = one_number(" ".join(tokens[:cut])), one_number(" ".join(tokens[cut:]))
        if adds_up(quantity, price, total):
            found.append((quantity, price))
    return found[0] if len(found) == 1 else None


def reread_row(
    cell_reader, line: TextLine, description: Segment | None, amount: Segment | None, total: Decimal
) -> tuple[Decimal, Decimal] | None:
    """Reads the stretch between the description and the line amount again, digits only, and
    returns (quantity, unit price) when exactly one reading of it makes the row add up."""
    if cell_reader is None or description is None or amount is None or amount.x0 - description.x1 < 0.02:
        return None
    text = cell_reader(line.page, _row_band(line, description.x1 + 0.004, amount.x0 - 0.004))
    return split_quantity_and_price(text, total) if text else None


def lost_separator(readings: list[Decimal | None]) -> list[Decimal]:
    """The whole-number readings with a decimal comma put back one, two or three places from the
    right ("203442" for "20 344,2"): OCR drops a comma more often than any digit. Offered only
    as candidates; a row takes one only when it then adds up to the printed amount."""
    shifted = []
    for value in readings:
        if value is not None and value == value.to_integral_value() and abs(value) >= 10:
            shifted += [value / Decimal(10) ** places for places in (1, 2, 3)]
    return shifted
