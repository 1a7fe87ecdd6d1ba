"""Line items: find a table header by its column words (nb/en and neighbours), take the
columns' positions from it, and read each row below by position until the totals."""

from __future__ import annotations

import re
from decimal import Decimal

from fornuft.invoices import ocr_rows
from fornuft.invoices.fields import amounts_in
from fornuft.invoices.labels import CARRIED_RE, match_labels
from fornuft.invoices.numbers import parse_amount
from fornuft.invoices.schema import Line
from fornuft.platform.files.layout import Segment, TextLine

COLUMNS = {
    # an article number column ("Varenr", "Art.nr", "Item no"): its code is not part of the description
    "item_number": r"art(?:ikkel)?\.?\s*-?\s*(?:nr|nummer|no)\.?|varenr\.?|varenummer|vare\s*-?\s*nr\.?|"
    r"item\s*(?:no|number|#)\.?|produktnr\.?|product\s*(?:no|code)\.?|sku|kode|code",
    # the unit of measure ("stk", "m", "kWh") beside the quantity
    "unit": r"enh\.?|enhet|eining|uom",
    "description": r"beskrivelse|description|varetekst|vare|tekst|produkt|product|item|artikkel|artikel|"
    r"omschrijving|d[ée]signation|title|tjeneste|ytelse|spesifikasjon|specifikasjon|beschreibung|service",
    "quantity": r"antall|ant\.?|qty|quantity|aantal|menge|nombre|mengde|hoeveelheid|stk\.?|units?",
    "list_price": r"listepris|list\s*price|veil\.?\s*pris|bruttopris|gross\s*price|katalogpris|ordin[æe]r\s*pris",
    "discount": r"rabatt|discount|disc\.?|rab\.?",
    "unit_price": r"nettopris|netto\s*pris|net\s*price|"
    r"enhetspris|á\s*pris|a-?pris|pris\s*per|stykkpris|unit\s*price|price|rate|prijs|vk-?preis|"
    r"p\.?u\.?|pris|einzelpreis",
    "vat_rate": r"mva\s*%?|mva-?sats|vat\s*%?|tax(?:es)?|btw|tva|mwst|sats",
    "line_total": r"beløp|belop|sum|amount|total|bedrag|montant|zeilenbetrag|linjesum|netto|gesamt|line\s*total",
}
COLUMN_RES = {name: re.compile(rf"^\s*(?:{pattern})\b", re.IGNORECASE) for name, pattern in COLUMNS.items()}
NUMBER_RE = re.compile(r"-?\d[\d .,\u00a0]*")


def _column_of(text: str) -> str | None:
    for name in (
        "list_price",
        "discount",
        "unit_price",
        "item_number",
        "unit",
        "quantity",
        "vat_rate",
        "line_total",
        "description",
    ):
        if COLUMN_RES[name].match(text):
            return name
    return None


def _split_headers(segment: Segment) -> list[Segment]:
    """A header cell run into the next one ("Mva Beløp eks. mva", when a scan lost the rule or
    gap between them) split where a second column name starts."""
    parts: list[Segment] = []
    current: list = []
    for index, word in enumerate(segment.words):
        so_far = " ".join(w.text for w in current)
        starts = _column_of(" ".join(w.text for w in segment.words[index:]))
        if (
            current
            and starts not in (None, "description")
            and _is_column_name(so_far)
            and not _is_column_name(f"{so_far} {word.text}")  # "Unit price" is one name, not "Unit" + "price"
            and starts != _column_of(so_far)
        ):
            parts.append(Segment(current))
            current = []
        current.append(word)
    parts.append(Segment(current))
    return parts


def _is_column_name(text: str) -> bool:
    text = text.strip(" :.")
    return any(re.fullmatch(rf"(?:{pattern})\.?", text, re.IGNORECASE) for pattern in COLUMNS.values())


def find_header(line: TextLine) -> list[tuple[str, Segment]] | None:
    columns: list[tuple[str, Segment]] = []
    for segment in [part for cell in line.segments for part in _split_headers(cell)]:
        name = _column_of(segment.text)
        if name and name not in [c for c, _ in columns]:
            columns.append((name, segment))
    names = {c for c, _ in columns}
    if len(columns) >= 3 and "description" in names and names & {"line_total", "unit_price"}:
        description = dict(columns)["description"]
        for segment in line.segments:
            if segment.x1 < description.x0 and all(segment is not seg for _c, seg in columns):
                # a column left of the description ("Pos", "Nr", an article number a scan misread):
                # its codes are not part of the description
                columns.append(("item_number", segment))
        return columns
    return None


def _with_missing_columns(header: list[tuple[str, Segment]], earlier: list[tuple[str, Segment]] | None):
    """A table header repeated on a later page keeps the columns of the first one: a scan that
    lost the word "Antall" there has not lost the quantity column."""
    if not earlier:
        return header
    names = {name for name, _ in header}
    kept = list(header)
    for name, segment in earlier:
        overlaps = any(seg.x0 < segment.x1 and segment.x0 < seg.x1 for _n, seg in kept)
        if name not in names and not overlaps:
            kept.append((name, segment))
    return kept


def _assign(columns: list[tuple[str, Segment]], segment: Segment) -> str:
    """The column a cell belongs to: the right-most header that starts before the cell ends.
    Works for left-aligned text and right-aligned numbers under left, centred or right headers."""
    ordered = sorted(columns, key=lambda c: c[1].x0)
    chosen = ordered[0][0]
    for name, header in ordered:
        if header.x0 < segment.x1 - 0.002:
            chosen = name
    return chosen


def _doubt_skipped(line: TextLine, doubts: dict | None) -> None:
    """A row inside the table that shows an amount but could not be read as a line item."""
    if doubts is not None and amounts_in(line.text) and "lines" not in doubts:
        doubts["lines"] = f"a row in the table could not be read: {line.text[:60]}"


def _check_carried(line: TextLine, items: list[Line], doubts: dict | None) -> None:
    """A carried-forward sum equals the lines read so far; when it doesn't, some were missed or misread."""
    amounts = amounts_in(line.text)
    if doubts is None or not amounts or not items:
        return
    carried = amounts[-1][0]
    so_far = sum((item.line_total for item in items if item.line_total is not None), Decimal(0))
    if abs(abs(carried) - abs(so_far)) > Decimal("0.02") + Decimal("0.01") * len(items):
        doubts["lines"] = "the carried-forward sum does not match the lines read"


def _net_price(cells: dict, quantity, price, total):
    """The price actually charged per unit on a line with a list price and a discount: the net
    price when printed, else list price less the discount when that gives the line's amount;
    None (the line can't be checked) when nothing fits."""
    if quantity in (None, 0) or total is None:
        return price
    if price is not None and abs(quantity * price - total) <= Decimal("0.02"):
        return price
    lists = amounts_in(cells.get("list_price", ""))
    discount = _first_number(cells.get("discount", "")) if cells.get("discount") else Decimal(0)
    if lists and discount is not None:
        net = lists[0][0] * (1 - discount / 100)
        if abs(quantity * net - total) <= Decimal("0.02") + abs(quantity) * Decimal("0.005"):
            return (total / quantity).quantize(Decimal("0.01"))
    return None


def _first_number(text: str) -> Decimal | None:
    match = NUMBER_RE.search(text.replace("%", " "))
    return parse_amount(match.group().strip()) if match else None


def _is_totals_line(line: TextLine) -> bool:
    first = line.segments[0].text
    found = match_labels(first)
    return bool(found) and found[0][0] in ("total_excl_vat", "total_incl_vat", "vat_total") and found[0][1] >= 0.45


def _cell_box(
    columns: list[tuple[str, Segment]], name: str, line: TextLine, assigned: list[tuple[str, Segment]]
) -> tuple[float, float, float, float]:
    """Where column `name`'s cell of `line` lies: between this row's cells of the neighbouring
    columns (or their headers), one text line high."""
    order = [c[0] for c in sorted(columns, key=lambda c: c[1].x0)]
    position = order.index(name)
    header = dict(columns)[name]
    before = [seg.x1 for col, seg in assigned if order.index(col) < position]
    after = [seg.x0 for col, seg in assigned if order.index(col) > position]
    left = max(max(before) + 0.005 if before else 0.0, header.x0 - 0.06)
    right = min(min(after) - 0.005 if after else 1.0, header.x1 + 0.06)
    heights = sorted(w.height for w in line.words)
    middle = sorted((w.y0 + w.y1) / 2 for w in line.words)[len(line.words) // 2]
    half = 0.8 * heights[len(heights) // 2]
    return left, middle - half, right, middle + half


def _remembering(cell_reader):
    """The same cell is never sent to OCR twice (a quantity re-read for two reasons)."""
    seen: dict = {}

    def read(page, box):
        key = (page, *(round(v, 4) for v in box))
        if key not in seen:
            seen[key] = cell_reader(page, box)
        return seen[key]

    return read


def _reread_numbers(cell_reader, columns, line: TextLine, assigned, readings: list, price, total):
    """(quantity, unit price) of a scanned row that does not add up: the quantity and price cells
    read again on their own (and with a lost decimal comma put back), else the whole stretch
    between description and amount. `readings`: the quantities read so far, best first."""
    names = {c for c, _ in columns}
    quantities, prices = list(readings), [price]
    if "quantity" in names:
        quantities.append(ocr_rows.one_number(cell_reader(line.page, _cell_box(columns, "quantity", line, assigned))))
    if "unit_price" in names:
        prices.append(ocr_rows.one_number(cell_reader(line.page, _cell_box(columns, "unit_price", line, assigned))))
    quantities += ocr_rows.lost_separator(quantities)
    prices += ocr_rows.lost_separator(prices)
    for q in quantities:  # the first reading first: a second one is taken only when it makes the row add up
        for p in prices:
            if ocr_rows.adds_up(q, p, total):
                return q, p
    description = next((seg for name, seg in reversed(assigned) if name == "description"), None)
    amount = next((seg for name, seg in assigned if name == "line_total"), None)
    found = ocr_rows.reread_row(cell_reader, line, description, amount, total)
    return found if found is not None else (readings[0], price)


def extract_lines(lines: list[TextLine], cell_reader=None, doubts: dict | None = None) -> tuple[list[Line], list]:
    """(line items, words of each item for highlighting). With `cell_reader(page, box) -> text`
    (OCR), a number cell that came out empty or garbled is read again on its own. What makes the
    reading doubtful (a carried-forward sum that the lines don't reach) goes into `doubts["lines"]`."""
    items: list[Line] = []
    boxes: list = []
    columns = None
    table_page = None
    if cell_reader is not None:
        cell_reader = _remembering(cell_reader)  # the page where the current columns were last seen to hold
    for line in lines:
        header = find_header(line)
        if header:
            columns, table_page = _with_missing_columns(header, columns), line.page
            continue
        if CARRIED_RE.search(line.text):
            _check_carried(line, items, doubts)
            table_page = None  # "Sum overføres" ends the page's part: what follows must prove itself
            continue
        if columns is None:
            continue
        if _is_totals_line(line):
            columns = None
            continue
        cells: dict[str, str] = {}
        assigned: list[tuple[str, Segment]] = []
        for segment in line.segments:
            name = _assign(columns, segment)
            cells[name] = (cells.get(name, "") + " " + segment.text).strip()
            if re.search(r"\d", segment.text) or name == "description":
                assigned.append((name, segment))
        totals = amounts_in(cells.get("line_total", ""))
        prices = amounts_in(cells.get("unit_price", ""))
        total = totals[-1][0] if totals else None
        price = prices[0][0] if prices else None
        description = cells.get("description", "").strip()
        if total is None and price is None:
            _doubt_skipped(line, doubts)
            continue
        if not description or not re.search(r"[A-Za-zÆØÅæøå]", description):
            _doubt_skipped(line, doubts)
            continue
        quantity = _first_number(cells.get("quantity", "")) if cells.get("quantity") else None
        first_quantity = quantity
        column_names = {c for c, _ in columns}
        garbled = quantity is None or not re.fullmatch(r"[\d.,\s]+", cells.get("quantity", ""))
        inconsistent = (
            quantity is not None
            and price is not None
            and total is not None
            and abs(quantity * price - total) > Decimal("0.02")
        )
        if cell_reader is not None and "quantity" in column_names and (garbled or inconsistent):
            reread = cell_reader(line.page, _cell_box(columns, "quantity", line, assigned))
            candidate = ocr_rows.one_number(reread)
            if candidate is not None:
                agrees = (
                    candidate is not None
                    and price is not None
                    and total is not None
                    and abs(candidate * price - total) <= Decimal("0.02")
                )
                if agrees or (garbled and not ocr_rows.adds_up(quantity, price, total)):
                    quantity = candidate  # a first reading that adds up is kept over a garbled cell's re-read
        if cell_reader is not None and total is None and "line_total" in column_names:
            # the amount column lost on a scan: its cell read again, taken when quantity × price gives it
            amount = ocr_rows.one_number(cell_reader(line.page, _cell_box(columns, "line_total", line, assigned)))
            if ocr_rows.adds_up(quantity, price, amount):
                total = amount
        if cell_reader is not None and total is not None and not ocr_rows.adds_up(quantity, price, total):
            quantity, price = _reread_numbers(
                cell_reader, columns, line, assigned, [quantity, first_quantity], price, total
            )
        if quantity is None and "quantity" in column_names and doubts is not None and "lines" not in doubts:
            # a row without a quantity in a table that has one: a note or a sum, or a cell not read
            doubts["lines"] = f"a row without a quantity: {line.text[:60]}"
        if column_names & {"list_price", "discount"}:
            price = _net_price(cells, quantity, price, total)
        if line.page != table_page:
            # a new page without a repeated header: its letterhead ("Leverandør AS … Faktura 123")
            # comes before the table goes on, so a row counts only once it proves itself a line
            proves = (
                quantity is not None
                and total is not None
                and (price is None or abs(quantity * price - total) <= Decimal("0.02"))
            )
            if not proves:
                continue
            table_page = line.page
        rate_text = cells.get("vat_rate", "")
        rate_match = re.search(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*%?", rate_text)
        rate = parse_amount(rate_match.group(1)) if rate_match else None
        items.append(
            Line(description=description, quantity=quantity, unit_price=price, line_total=total, vat_rate=rate)
        )
        boxes.append(line.words)
    return items, boxes
