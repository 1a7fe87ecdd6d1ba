"""The bill of materials: from an ACAD_TABLE, or from a header row of texts ("Pos", "Delenr.",
"Beskrivelse", "Antall", "Materiale") and the rows of texts above or below it.

Title rows ("Stykkliste") and header rows are left out; quantity is a number."""

from __future__ import annotations

from statistics import median

from fornuft.drawings.reading import values
from fornuft.drawings.reading.labels import LabelIndex, normalize
from fornuft.drawings.reading.sheet import Sheet, TextItem

COLUMNS = ("item", "part_number", "description", "quantity", "material")


def _header_fields(cells: list[str], index: LabelIndex) -> dict[int, str]:
    mapped: dict[int, str] = {}
    for i, cell in enumerate(cells):
        field = index.bom.get(normalize(cell)) if cell and len(cell) <= 30 else None
        if field and field not in mapped.values():
            mapped[i] = field
    return mapped


def _is_header(mapped: dict[int, str]) -> bool:
    fields = set(mapped.values())
    return len(fields) >= 3 or (len(fields) == 2 and bool(fields & {"description", "part_number"})
                                and bool(fields & {"quantity", "item"}))


def _row(cells: dict[str, str]) -> dict | None:
    row = {key: (cells.get(key) or "").strip() or None for key in COLUMNS}
    if not any(row[key] for key in ("item", "part_number", "description")):
        return None
    row["quantity"] = values.number(row["quantity"])
    return row


def bom_from_table(rows: list[list[str]], index: LabelIndex) -> list[dict]:
    for h, cells in enumerate(rows):
        mapped = _header_fields(cells, index)
        if not _is_header(mapped):
            continue
        body = rows[h + 1:] if h < len(rows) - 1 else list(reversed(rows[:h]))
        result = []
        for cells_ in body:
            if _is_header(_header_fields(cells_, index)):
                continue
            row = _row({field: cells_[i] for i, field in mapped.items() if i < len(cells_)})
            if row:
                result.append(row)
        return _ordered(result)
    return []


def _ordered(rows: list[dict]) -> list[dict]:
    items = [values.number(r["item"]) if r["item"] and r["item"].strip().isdigit() else None for r in rows]
    if rows and all(i is not None for i in items):
        return [r for _i, r in sorted(zip(items, rows, strict=False), key=lambda pair: pair[0])]
    return rows


def _line_rows(items: list[TextItem], tol: float) -> list[list[TextItem]]:
    rows: list[list[TextItem]] = []
    for item in sorted(items, key=lambda t: -t.cy):
        if rows and abs(rows[-1][0].cy - item.cy) <= tol:
            rows[-1].append(item)
        else:
            rows.append([item])
    return rows


def bom_from_texts(sheet: Sheet, index: LabelIndex) -> tuple[list[dict], set[int]]:
    """The parts list drawn with lines and texts, and the indexes of the texts it used."""
    texts = sheet.texts
    if not texts:
        return [], set()
    best: tuple[list[dict], set[int]] = ([], set())
    by_page: dict[int, list[int]] = {}
    for i, t in enumerate(texts):
        by_page.setdefault(t.page, []).append(i)
    for page, indexes in by_page.items():
        headers = [i for i in indexes if index.bom.get(normalize(texts[i].text)) and len(texts[i].text) <= 30]
        if len(headers) < 2:
            continue
        heights = [texts[i].height for i in headers]
        tol = 0.6 * median(heights)
        for header_row in _line_rows([texts[i] for i in headers], tol):
            mapped = _header_fields([t.text for t in sorted(header_row, key=lambda t: t.x0)], index)
            if not _is_header(mapped):
                continue
            rows, used = _rows_for_header(sheet, page, indexes, sorted(header_row, key=lambda t: t.x0), index)
            if len(rows) > len(best[0]):
                best = (rows, used)
    return best


def _columns(header: list[TextItem], index: LabelIndex, lines) -> list[tuple[float, float, str | None]]:
    """Column spans (left, right, field) from the header texts, cut at drawn lines where there are any."""
    fields = [index.bom.get(normalize(t.text)) for t in header]
    y = median(t.cy for t in header)
    h = median(t.height for t in header)
    left, right = header[0].x0 - 6 * h, header[-1].x1 + 30 * h
    cuts = sorted({round(x0, 3) for x0, y0, x1, y1 in lines
                   if abs(x1 - x0) <= 0.1 * h and min(y0, y1) - 0.1 * h <= y <= max(y0, y1) + 0.1 * h
                   and left <= x0 <= right})
    if len(cuts) >= 2:
        spans = list(zip(cuts, cuts[1:], strict=False))
        columns = []
        for t, field in zip(header, fields, strict=False):
            span = next((s for s in spans if s[0] <= t.cx <= s[1]), None)
            if span is None or any(c[0] == span[0] for c in columns):
                break
            columns.append((span[0], span[1], field))
        else:
            return columns
    columns = []
    for i, (t, field) in enumerate(zip(header, fields, strict=False)):
        lo = (header[i - 1].x1 + t.x0) / 2 if i else t.x0 - 6 * h
        hi = (t.x1 + header[i + 1].x0) / 2 if i + 1 < len(header) else t.x1 + 30 * h
        columns.append((lo, hi, field))
    return columns


def _rows_for_header(sheet: Sheet, page: int, indexes: list[int], header: list[TextItem], index: LabelIndex):
    texts = sheet.texts
    lines = [(x0, y0, x1, y1) for x0, y0, x1, y1, p in sheet.lines if p == page]
    columns = _columns(header, index, lines)
    lo, hi = columns[0][0], columns[-1][1]
    h = median(t.height for t in header)
    hy = median(t.cy for t in header)
    # The table's height, where its column rules say: rows outside them belong to something else.
    rules = [(min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in lines
             if abs(x1 - x0) <= 0.1 * h and min(y0, y1) - 0.1 * h <= hy <= max(y0, y1) + 0.1 * h
             and lo - 0.5 * h <= x0 <= hi + 0.5 * h]
    table_lo, table_hi = float("-inf"), float("inf")
    if len(rules) >= 2:
        xs = {round(x0 / (0.2 * h)) for x0, y0, x1, y1 in lines if abs(x1 - x0) <= 0.1 * h
              and min(y0, y1) - 0.1 * h <= hy <= max(y0, y1) + 0.1 * h and lo - 0.5 * h <= x0 <= hi + 0.5 * h}
        pieces = sorted((min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in lines
                        if abs(x1 - x0) <= 0.1 * h and round(x0 / (0.2 * h)) in xs)
        merged: list[list[float]] = []
        for a, b in pieces:
            if merged and a <= merged[-1][1] + 0.2 * h:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        for a, b in merged:
            if a - 0.1 * h <= hy <= b + 0.1 * h:
                table_lo, table_hi = a, b
    header_ids = {id(t) for t in header}
    pool = [i for i in indexes if id(texts[i]) not in header_ids and texts[i].x1 > lo and texts[i].x0 < hi
            and (texts[i].cx >= lo and texts[i].cx <= hi)]
    best_rows: list[dict] = []
    best_used: set[int] = set()
    for direction in (-1, 1):  # rows below the header, then above it
        side = [i for i in pool if (texts[i].cy - hy) * direction > 0.5 * h]
        side.sort(key=lambda i: abs(texts[i].cy - hy))
        groups: list[list[int]] = []
        for i in side:
            if groups and abs(texts[groups[-1][0]].cy - texts[i].cy) <= 0.6 * max(h, texts[i].height):
                groups[-1].append(i)
            else:
                groups.append([i])
        rows: list[dict] = []
        used: set[int] = set()
        last_y = hy
        pitch = None
        for group in groups:
            y = median(texts[i].cy for i in group)
            if not table_lo - 0.2 * h <= y <= table_hi + 0.2 * h:
                break
            step = abs(y - last_y)
            if pitch is not None and step > 2.6 * pitch:
                break
            if pitch is None and step > 6 * h:
                break
            if any(index.field_of(texts[i].text) in ("drawing_number", "title", "revision", "date", "drawn_by",
                                                     "checked_by", "scale", "sheet", "project", "company")
                   or normalize(texts[i].text) in index.bom_titles for i in group):
                break
            cells: dict[str, list[str]] = {}
            for i in sorted(group, key=lambda i: texts[i].x0):
                field = _column_of(texts[i], columns)
                if field:
                    cells.setdefault(field, []).append(texts[i].text)
            row = _row({k: " ".join(v) for k, v in cells.items()})
            if row is None:
                break
            if rows and not row["item"] and all(r["item"] for r in rows) and (row["part_number"] or
                                                                              row["quantity"] is not None):
                break  # a row without its position number under numbered rows: past the table's end
            if not row["item"] and not row["part_number"] and rows and row["description"] and len(cells) == 1:
                if pitch is not None and step > 1.2 * pitch or _looks_like_a_firm(row["description"]):
                    break  # text below the table (the firm's name over the title block), not a wrapped line
                rows[-1]["description"] = f"{rows[-1]['description'] or ''} {row['description']}".strip()
            else:
                rows.append(row)
            used.update(group)
            pitch = step if pitch is None else min(pitch, step) if step > 0.5 * h else pitch
            last_y = y
        if len(rows) > len(best_rows):
            best_rows, best_used = rows, used
    return _ordered(best_rows), best_used | {i for i in indexes if id(texts[i]) in header_ids}


def _looks_like_a_firm(text: str) -> bool:
    from fornuft.drawings.reading.titleblock import COMPANY_SUFFIX

    return bool(COMPANY_SUFFIX.search(text.strip())) or (text.isupper() and len(text.split()) >= 3)


def _column_of(item: TextItem, columns) -> str | None:
    best, overlap = None, 0.0
    for lo, hi, field in columns:
        o = min(hi, item.x1) - max(lo, item.x0)
        if lo <= item.cx <= hi:
            o += 1e-6  # a tie goes to the column holding the centre
        if o > overlap:
            best, overlap = field, o
    return best
