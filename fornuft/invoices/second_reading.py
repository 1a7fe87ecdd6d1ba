"""A scan whose first OCR reading left an invoice incomplete is read once more as plain text
lines (Tesseract `--psm 6`), and the words of that reading fill the places the first one left
empty or read as noise. The second result is kept only when it finds more."""

from __future__ import annotations

from fornuft.invoices.ocr_rows import adds_up
from fornuft.invoices.schema import ExtractedInvoice
from fornuft.platform.files.layout import Word

CORE_FIELDS = (
    "supplier_name",
    "invoice_number",
    "issue_date",
    "due_date",
    "total_incl_vat",
    "total_excl_vat",
    "vat_total",
)
NOISE = 0.5  # a first-reading word under this confidence may be replaced by a surer one in its place
SURE = 0.8


MUST_HAVE = ("supplier_name", "invoice_number", "issue_date", "total_incl_vat")


def incomplete(result: ExtractedInvoice) -> bool:
    """Signs that OCR lost text every invoice has: a field no invoice goes without, or a table
    row without its quantity or amount. (Not a missing due date or VAT: some invoices have none,
    and a second reading costs as much as the first.)"""
    if result.status != "ok":
        return False
    if any(result.get(name) is None for name in MUST_HAVE):
        return True
    return not result.lines or any(line.quantity is None or line.line_total is None for line in result.lines)


def completeness(result: ExtractedInvoice) -> tuple[int, int]:
    """(fields found, lines that add up): what a reading got right that it can know of itself."""
    if result.status != "ok":
        return (-1, -1)
    fields = sum(1 for name in CORE_FIELDS if result.get(name) is not None)
    excl, vat, incl = (result.get(name) for name in ("total_excl_vat", "vat_total", "total_incl_vat"))
    if excl is not None and vat is not None and incl is not None and abs(excl + vat - incl) < 1:
        fields += 1  # totals that add up count once more
    lines = sum(1 for line in result.lines if adds_up(line.quantity, line.unit_price, line.line_total))
    return fields, lines


def _overlaps(a: Word, b: Word) -> bool:
    return a.page == b.page and a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def merged(first: list[Word], second: list[Word]) -> list[Word]:
    """The first reading, plus each word of the second that lies where the first read nothing,
    or where the first read only noise and the second reads surely."""
    dropped: set[int] = set()
    added: list[Word] = []
    for word in second:
        under = [index for index, old in enumerate(first) if _overlaps(old, word)]
        if not under:
            added.append(word)
        elif word.conf >= SURE and all(first[index].conf < NOISE for index in under):
            dropped.update(under)
            added.append(word)
    return [word for index, word in enumerate(first) if index not in dropped] + added
