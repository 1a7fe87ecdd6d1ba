"""The title block: from block attributes first, then from labels beside values.

A label is a text that is only a label ("Tegningsnr.", "Scale:"); its value is the nearest
text to its right on the same line or just below it in the same cell. Drawn grid lines keep a
value in its cell: a value below a label is not taken across a horizontal line, nor one to the
right across more than one vertical line. Every value is given to one label at most, nearest
pairs first, and labels of fields we do not report ("Kunde", "Godkjent") take their values too,
so a client's name never becomes the company. A label with no value nearby stays null."""

from __future__ import annotations

import re
from dataclasses import replace

from fornuft.drawings.reading import values
from fornuft.drawings.reading.labels import LabelIndex, normalize
from fornuft.drawings.reading.sheet import Sheet, TextItem

FIELDS = ("drawing_number", "title", "revision", "date", "drawn_by", "checked_by", "scale", "sheet", "project",
          "company")

COMPANY_SUFFIX = re.compile(
    r"\b(AS|ASA|A/S|ApS|AB|Oy|Oyj|Ltd|Limited|GmbH|Inc|LLC|ANS|DA|SA|BV|NUF|plc|Group|Gruppen|Engineering|"
    r"Rådgivning|Arkitekter|Consult|Consulting)\.?$"
)


def _split_inline_labels(item: TextItem, index: LabelIndex) -> list[TextItem]:
    """"Tegnet: OKH  Kontr.: PS" -> two items; positions shared out by character count."""
    text = item.text
    starts = [0]
    for match in re.finditer(r"\s{2,}|\s*\|\s*", text):
        rest = text[match.end():]
        if index.split_inline(rest) or index.field_of(rest.split(":")[0]) and ":" in rest:
            starts.append(match.end())
    if len(starts) == 1:
        return [item]
    pieces = []
    width = item.x1 - item.x0
    for a, b in zip(starts, [*starts[1:], len(text)], strict=False):
        part = text[a:b].strip(" |")
        if part:
            x0 = item.x0 + width * a / max(len(text), 1)
            x1 = item.x0 + width * b / max(len(text), 1)
            pieces.append(replace(item, text=part, x0=x0, x1=x1))
    return pieces


class _Label:
    __slots__ = ("field", "item")

    def __init__(self, field: str, item: TextItem):
        self.field, self.item = field, item


def _separated(lines, a: TextItem, b: TextItem, *, below: bool) -> int:
    """How many drawn lines run between label `a` and value `b` (horizontal lines for a value below,
    vertical lines for a value to the right)."""
    count = 0
    tol = 0.15 * a.height
    if below:
        top, bottom = a.y0 + tol, b.y1 - tol
        left, right = max(a.x0, b.x0), min(a.x1, b.x1)
        if right < left:
            left = right = (a.cx + b.cx) / 2
        ys = set()
        for x0, y0, x1, y1 in lines:
            if abs(y1 - y0) <= tol and bottom < y0 < top and min(x0, x1) <= right and max(x0, x1) >= left:
                ys.add(round(y0 / max(tol, 1e-9)))
        count = len(ys)
    else:
        lo, hi = a.x1 - tol, b.x0 + tol
        y = (a.cy + b.cy) / 2
        xs = set()
        for x0, y0, x1, y1 in lines:
            if abs(x1 - x0) <= tol and lo < x0 < hi and min(y0, y1) <= y <= max(y0, y1):
                xs.add(round(x0 / max(tol, 1e-9)))
        count = len(xs)
    return count


def _distance(label: TextItem, value: TextItem) -> tuple[float, bool] | None:
    """How far `value` sits from `label` in label heights, and whether it is below; None if not beside it."""
    h = max(label.height, 1e-9)
    hh = max(label.height, value.height)
    # To the right, on the same line.
    if abs(value.cy - label.cy) <= 0.6 * hh and value.x0 >= label.x1 - 1.0 * h:
        gap = max(0.0, value.x0 - label.x1)
        if gap <= 30 * h:
            return 0.4 + gap / h * 0.25, False
    # Below, in the same column.
    gap = label.y0 - value.y1
    if -0.3 * h <= gap <= 3.0 * hh and value.x1 >= label.x0 - 2 * h and value.x0 <= label.x1 + 2 * h:
        return 0.5 + max(gap, 0) / h + 0.15 * abs(value.x0 - label.x0) / h, True
    return None


def find_title_block(sheet: Sheet, index: LabelIndex, exclude: set[int] | None = None) -> dict:
    """The ten title-block fields (None where nothing is printed) and how many were found."""
    found: dict[str, str | None] = dict.fromkeys(FIELDS)
    sheet_count: str | None = None
    _from_attributes(sheet, index, found)
    attr_count = None
    for tag, value in sheet.attributes:
        if index.field_of(re.sub(r"\d+$", "", tag.replace("_", " "))) == "_sheet_count" and value.strip():
            attr_count = value.strip()
    exclude = exclude or set()

    items: list[TextItem] = []
    for i, item in enumerate(sheet.texts):
        if i not in exclude:
            items.extend(_split_inline_labels(item, index))
    labels: list[_Label] = []
    candidates: list[TextItem] = []
    direct: dict[str, list[tuple[str, TextItem]]] = {}
    weak: dict[str, list[tuple[str, TextItem]]] = {}
    for item in items:
        field = index.field_of(item.text)
        if field:
            labels.append(_Label(field, item))
            continue
        inline = index.split_inline_strength(item.text)
        if inline and inline[2]:
            if inline[0] != "_other":  # "Kunde: Hansen AS" is somebody else's field
                direct.setdefault(inline[0], []).append((inline[1], item))
            continue
        if inline:  # "Project 7731 Hydro": a value beside a label, or a label and its value
            weak.setdefault(inline[0], []).append((inline[1], item))
        candidates.append(item)

    lines_by_page: dict[int, list] = {}
    if labels and sheet.lines:
        pad = 40 * max(label.item.height for label in labels)
        box = (min(lb.item.x0 for lb in labels) - pad, min(lb.item.y0 for lb in labels) - pad,
               max(lb.item.x1 for lb in labels) + pad, max(lb.item.y1 for lb in labels) + pad)
        for x0, y0, x1, y1, page in sheet.lines:
            if max(x0, x1) >= box[0] and min(x0, x1) <= box[2] and max(y0, y1) >= box[1] and min(y0, y1) <= box[3]:
                lines_by_page.setdefault(page, []).append((x0, y0, x1, y1))

    pairs = []
    for li, label in enumerate(labels):
        for ci, cand in enumerate(candidates):
            if cand.page != label.item.page:
                continue
            scored = _distance(label.item, cand)
            if scored is None:
                continue
            distance, below = scored
            lines = lines_by_page.get(label.item.page)
            if lines:
                crossings = _separated(lines, label.item, cand, below=below)
                if crossings > 1:
                    continue
                if below and crossings:
                    distance += 1.5  # a row of labels over a row of values: the next cell down
            pairs.append((distance, li, ci))
    pairs.sort()
    taken_labels: set[int] = set()
    taken_values: set[int] = set()
    assigned: dict[str, list[tuple[float, TextItem, TextItem]]] = {}
    for distance, li, ci in pairs:
        if li in taken_labels or ci in taken_values:
            continue
        taken_labels.add(li)
        taken_values.add(ci)
        assigned.setdefault(labels[li].field, []).append((distance, labels[li].item, candidates[ci]))

    # A value wrapped onto more lines in its cell: the lines right below it, left edges aligned.
    free = [c for ci, c in enumerate(candidates) if ci not in taken_values]
    for group in assigned.values():
        for n, (distance, label, value) in enumerate(group):
            group[n] = (distance, label, _continued(value, free, lines_by_page.get(value.page)))

    taken_ids = {id(candidates[ci]) for ci in taken_values}
    for field, options in weak.items():
        for text, item in options:
            if id(item) not in taken_ids:
                direct.setdefault(field, []).append((text, item))

    anchors = [lb.item for lb in labels if lb.field in FIELDS]
    anchors += [item for item in items if item.attribute and _tag_field(normalize(item.attribute)) in FIELDS]
    for field in FIELDS:
        if found[field]:
            continue
        options = [(text, item) for text, item in direct.get(field, [])]
        options += [(value.text, label) for _d, label, value in sorted(assigned.get(field, []), key=lambda t: t[0])]
        if not options:
            continue
        if len(options) > 1 and anchors:
            options.sort(key=lambda o: _spread(o[1], anchors))
        found[field] = options[0][0]
    counts = [text for text, _item in direct.get("_sheet_count", [])]
    counts += [value.text for _d, _label, value in assigned.get("_sheet_count", [])]
    sheet_count = attr_count or (counts[0] if counts else None)

    if not found["company"]:
        used = {id(v) for group in assigned.values() for _d, _l, v in group}
        companies = [c for c in candidates if id(c) not in used and COMPANY_SUFFIX.search(c.text.strip())
                     and len(c.text) <= 60 and not c.attribute]
        if companies and anchors:
            companies.sort(key=lambda c: _spread(c, anchors))
            if _spread(companies[0], anchors) < 60 * max(a.height for a in anchors):
                found["company"] = companies[0].text
    return _normalised(found, sheet_count)


def _continued(value: TextItem, free: list[TextItem], lines) -> TextItem:
    text, last = value.text, value
    for _ in range(3):
        below = [c for c in free if c.page == value.page and abs(c.x0 - last.x0) <= 0.6 * last.height
                 and 0 <= last.y0 - c.y1 <= 0.9 * last.height and 0.5 * last.height <= c.height <= 1.6 * last.height]
        if not below:
            break
        nxt = max(below, key=lambda c: c.y1)
        if lines and _separated(lines, last, nxt, below=True):
            break
        free.remove(nxt)
        text, last = f"{text} {nxt.text}", nxt
    return value if last is value else replace(value, text=text, y0=last.y0)


def _spread(item: TextItem, anchors: list[TextItem]) -> float:
    """Median distance from `item` to the title-block labels: small inside the title block."""
    distances = sorted(abs(item.cx - a.cx) + abs(item.cy - a.cy) for a in anchors if a.page == item.page)
    if not distances:
        return float("inf")
    return distances[len(distances) // 2]


def _from_attributes(sheet: Sheet, index: LabelIndex, found: dict) -> None:
    titles: list[str] = []
    for tag, value in sheet.attributes:
        value = value.strip()
        if not value:
            continue
        key = re.sub(r"\d+$", "", tag.replace("_", " ").replace("-", " ")).strip()
        field = index.field_of(key) or index.field_of(tag)
        if field is None:
            field = _tag_field(normalize(tag))
        if field == "title":
            titles.append(value)
        elif field in FIELDS and not found[field]:
            found[field] = value
    if titles:
        found["title"] = " ".join(titles)


_TAG_WORDS = (
    ("drawing_number", ("dwgno", "drawingno", "drawingnumber", "tegnnr", "tegningsnr", "dwgnr", "docno", "dokno",
                        "drgno", "dwgnum")),
    ("checked_by", ("checked", "kontroll", "chk", "kontr", "ktr")),
    ("drawn_by", ("drawn", "tegnet", "author", "drw", "dwn", "drn", "teikna", "tegn")),
    ("revision", ("rev",)),
    ("date", ("date", "dato")),
    ("scale", ("scale", "malestokk", "skala", "mst")),
    ("sheet", ("sheet", "blad", "sht")),
    ("project", ("project", "prosjekt", "proj", "prj", "oppdrag")),
    ("company", ("company", "firma", "firm")),
    ("title", ("title", "tittel", "ttl", "benevnelse")),
)
# Short tags CAD title blocks use, whole: "DT" is a date, "SC" a scale, "RV" a revision.
_SHORT_TAGS = {"dt": "date", "sc": "scale", "scl": "scale", "sh": "sheet", "rv": "revision", "nr": "drawing_number",
               "no": "drawing_number", "dwg": "drawing_number", "tt": "title", "ti": "title", "by": "drawn_by"}
_NOT_OURS = ("cust", "client", "kunde", "byggherre", "appr", "godkj", "owner", "eier")


def _tag_field(tag: str) -> str | None:
    if tag in _SHORT_TAGS:
        return _SHORT_TAGS[tag]
    if any(tag.startswith(w) for w in _NOT_OURS):
        return None
    for field, words in _TAG_WORDS:
        if any(tag.startswith(w) for w in words):
            return field
    return None


def _normalised(found: dict, sheet_count: str | None) -> dict:
    result = dict(found)
    result["date"] = values.iso_date(found["date"]) if found["date"] else None
    result["sheet"] = values.sheet(found["sheet"], sheet_count)
    result["scale"] = values.scale(found["scale"])
    result["revision"] = values.revision(found["revision"])
    for key in ("drawing_number", "title", "drawn_by", "checked_by", "project", "company"):
        if result[key]:
            result[key] = result[key].strip(" :") or None
    return result
