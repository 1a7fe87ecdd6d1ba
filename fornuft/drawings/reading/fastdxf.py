"""A fast reader for plain ASCII DXF: the same `Sheet` as `dxf.read_sheet`, from the group-code
stream directly, without building ezdxf's full document (which costs ~1 s for a 1 MB drawing).

It reads only what a title block and a parts list are made of: TEXT, MTEXT, block references
with their attributes (also nested, with their placement), LINE and polylines, the units and
the layer names, per layout. Anything it does not know well enough to give exactly ezdxf's
answer raises `Unsupported`, and the caller reads the file with ezdxf instead: binary DXF,
tables (ACAD_TABLE), extruded (3D-placed) references, a malformed tag stream."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from fornuft.drawings.reading.problems import DrawingProblem
from fornuft.drawings.reading.sheet import Sheet, TextItem

WANTED = {"TEXT", "MTEXT", "LINE", "LWPOLYLINE", "POLYLINE", "INSERT"}
REFUSED = {"ACAD_TABLE"}  # ezdxf knows how to read its cells; we do not try
SKIPPED = {"ARC", "CIRCLE", "ELLIPSE", "SPLINE", "HATCH", "SOLID", "3DFACE", "POINT", "DIMENSION", "LEADER",
           "MLEADER", "MULTILEADER", "RAY", "XLINE", "TRACE", "IMAGE", "WIPEOUT", "VIEWPORT", "REGION", "3DSOLID",
           "BODY", "MESH", "HELIX", "TOLERANCE", "SHAPE", "OLE2FRAME", "ATTDEF"}


class Unsupported(Exception):
    """This file needs the full reader."""


class Record:
    """One record of the tag stream (from its group code 0 to the next), parsed only when it is
    looked into: most records of a drawing (arcs, hatches, dimensions) never are."""

    __slots__ = ("kind", "_text", "_start", "_end", "_codes", "_values", "_tags", "children")

    def __init__(self, kind: str, text: str, start: int, end: int) -> None:
        self.kind = kind
        self._text, self._start, self._end = text, start, end
        self._codes: list[str] | None = None
        self._values: list[str] = []
        self._tags: list[tuple[int, str]] | None = None
        self.children: list[Record] = []  # ATTRIBs of an INSERT, VERTEXes of a POLYLINE

    def _lines(self) -> tuple[list[str], list[str]]:
        if self._codes is None:
            lines = self._text[self._start:self._end].splitlines()
            self._codes = list(map(str.strip, lines[0::2]))
            self._values = lines[1::2]
            if len(self._values) < len(self._codes):
                self._values.append("")
        return self._codes, self._values

    @property
    def tags(self) -> list[tuple[int, str]]:
        if self._tags is None:
            codes, values = self._lines()
            try:
                self._tags = [(int(code), value if code in TEXT_CODES else value.strip())
                              for code, value in zip(codes, values, strict=True)]
            except ValueError:
                raise Unsupported("a group code that is not a number") from None
        return self._tags

    def first(self, code: int, default: str | None = None) -> str | None:
        """The value of the record's first tag with this code (a search in C, no parse)."""
        codes, values = self._lines()
        name = CODE_NAMES.get(code) or str(code)
        try:
            index = codes.index(name)
        except ValueError:
            return default
        value = values[index]
        return value if name in TEXT_CODES else value.strip()

    def number(self, code: int, default: float) -> float:
        value = self.first(code)
        return default if value is None else float(value)

    def line(self) -> tuple[tuple[float, float], tuple[float, float]]:
        """A LINE's two ends; most writers put 10 20 30 11 21 31 in a row, read here at once."""
        codes, values = self._lines()
        try:
            at = codes.index("10")
        except ValueError:
            at = -1
        if at >= 0 and codes[at + 1:at + 6] == ["20", "30", "11", "21", "31"]:
            return ((float(values[at]), float(values[at + 1])), (float(values[at + 3]), float(values[at + 4])))
        return self.point(10) or (0.0, 0.0), self.point(11) or (0.0, 0.0)

    def point(self, x_code: int) -> tuple[float, float] | None:
        x, y = self.first(x_code), self.first(x_code + 10)
        return None if x is None or y is None else (float(x), float(y))


# --- the tag stream -------------------------------------------------------------------------------

CODE_NAMES = {code: str(code) for code in range(1100)}
TEXT_CODES = ("1", "3")  # a text's leading and trailing spaces are part of it (MTEXT comes in 250-character chunks)
# A record starts with a line "0" and a line naming its kind. A value "0" is always followed by a
# group-code line, which is digits only, so requiring a letter in the kind keeps the two apart.
RECORD_START = re.compile(r"^[ \t]*0[ \t]*\r?\n[ \t]*([0-9A-Z_]*[A-Z_][0-9A-Z_]*)[ \t]*\r?$\n?", re.M)


def _caret_decode(value: str) -> str:
    from ezdxf.tools.text import caret_decode

    return caret_decode(value)


def _records(text: str) -> dict[str, list[Record]]:
    """Section name → its records (each starting at a group code 0), up to EOF; what follows
    EOF is ignored, as ezdxf does. The tags of a section before its first record (the
    header's variables) are one record named after the section. The records are found by a
    scan in C; only those that may be read are made into objects."""
    if not text.lstrip().startswith("0"):
        raise Unsupported("the stream does not start with a group code 0")
    matches = list(RECORD_START.finditer(text))
    sections: dict[str, list[Record]] = {}
    current: list[Record] | None = None
    for number, match in enumerate(matches):
        kind = match.group(1)
        start = match.end()
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        if kind == "SECTION":
            head = text[start:end].split("\n", 2)
            if len(head) < 2 or head[0].strip() != "2":
                raise Unsupported("a section without a name")
            current = sections.setdefault(head[1].strip(), [])
            current.append(Record(head[1].strip(), text, start, end))
        elif kind == "ENDSEC":
            current = None
        elif kind == "EOF":
            break
        elif current is None:
            raise Unsupported("a record outside any section")
        elif kind in SKIPPED:
            continue  # arcs, circles, hatches, dimensions …: never read, so never made
        else:
            current.append(Record(kind, text, start, end))
    return sections


def _nest(records: list[Record]) -> list[Record]:
    """INSERT + ATTRIB… + SEQEND and POLYLINE + VERTEX… + SEQEND become one record each."""
    nested: list[Record] = []
    owner: Record | None = None
    for record in records:
        if owner is not None:
            if record.kind in ("ATTRIB", "VERTEX"):
                owner.children.append(record)
                continue
            owner = None
            if record.kind == "SEQEND":
                continue
        if record.kind == "SEQEND":
            continue
        nested.append(record)
        if record.kind == "POLYLINE" or (record.kind == "INSERT" and record.first(66) == "1"):
            owner = record
    return nested


# --- placement of block references ----------------------------------------------------------------

Affine = tuple[float, float, float, float, float, float]  # x' = a x + c y + e, y' = b x + d y + f


def _apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _compose(inner: Affine, outer: Affine | None) -> Affine:
    """First `inner`, then `outer`."""
    if outer is None:
        return inner
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a2 * a1 + c2 * b1, b2 * a1 + d2 * b1, a2 * c1 + c2 * d1, b2 * c1 + d2 * d1,
            a2 * e1 + c2 * f1 + e2, b2 * e1 + d2 * f1 + f2)


def _insert_matrix(insert: Record, base: tuple[float, float]) -> Affine:
    for code in (210, 220):
        if float(insert.first(code, "0") or 0) != 0.0:
            raise Unsupported("a block reference placed in 3D")
    if float(insert.first(230, "1") or 1) <= 0:
        raise Unsupported("a mirrored extrusion")
    sx, sy = insert.number(41, 1.0), insert.number(42, 1.0)
    angle = math.radians(insert.number(50, 0.0))
    cos, sin = math.cos(angle), math.sin(angle)
    ix, iy = insert.point(10) or (0.0, 0.0)
    bx, by = base
    a, b, c, d = cos * sx, sin * sx, -sin * sy, cos * sy
    return a, b, c, d, ix - (a * bx + c * by), iy - (b * bx + d * by)


# --- the sheet ------------------------------------------------------------------------------------


@dataclass
class _Drawing:
    blocks: dict[str, tuple[tuple[float, float], list[Record]]]
    layouts: list[list[Record]]
    units: int
    layers: list[str]


def read_sheet_fast(data: bytes, *, max_entities: int) -> Sheet:
    """The sheet, or `Unsupported` when the full reader must do it."""
    from fornuft.drawings.reading.dxf import INSUNITS, _declared_encoding

    if data.startswith(b"AutoCAD Binary DXF"):
        raise Unsupported("binary DXF")
    text = data.decode(_declared_encoding(data), errors="replace")
    drawing = _drawing(_records(text))
    sheet = Sheet()
    sheet.units = INSUNITS.get(drawing.units)
    sheet.layers = drawing.layers
    budget = [max_entities]
    for page, entities in enumerate(drawing.layouts):
        _collect(drawing, entities, sheet, page, budget, 0, None)
    return sheet


def _drawing(sections: dict[str, list[Record]]) -> _Drawing:
    header = sections.get("HEADER", [])
    variables: dict[str, str] = {}
    for record in header:  # the header is one record of $NAME (9) / value pairs
        tags = record.tags
        for index, (code, value) in enumerate(tags):
            if code == 9 and index + 1 < len(tags):
                variables[value] = tags[index + 1][1]
    version = variables.get("$ACADVER", "AC1009")
    # ezdxf's default units (m) when the header does not say, except for files older than R12
    units = int(float(variables.get("$INSUNITS") or (6 if version >= "AC1009" else 0)))
    tables = sections.get("TABLES", [])
    layers = [r.first(2, "") for r in tables if r.kind == "LAYER"]
    for required in ("0", "Defpoints"):  # ezdxf adds the layers every drawing must have
        if not any(name.lower() == required.lower() for name in layers):
            layers.append(required)
    record_names = {r.first(5): r.first(2, "") for r in tables if r.kind == "BLOCK_RECORD"}

    blocks: dict[str, tuple[tuple[float, float], list[Record]]] = {}
    name, base, content = None, (0.0, 0.0), []
    for record in sections.get("BLOCKS", []):
        if record.kind == "BLOCK":
            name, base, content = record.first(2, ""), record.point(10) or (0.0, 0.0), []
        elif record.kind == "ENDBLK":
            if name is not None:
                blocks[name.lower()] = (base, _nest(content))
            name = None
        elif name is not None:
            content.append(record)
    for record in sections.get("ENTITIES", []):
        if record.kind in REFUSED:
            raise Unsupported(record.kind)
    for _, entities in blocks.values():
        if any(r.kind in REFUSED for r in entities):
            raise Unsupported("a table in a block")

    entities = _nest(sections.get("ENTITIES", []))
    # Only the entities read are asked which space they are in (asking costs a parse).
    model = [r for r in entities if r.kind not in WANTED or r.first(67) != "1"]
    paper = [r for r in entities if r.kind in WANTED and r.first(67) == "1"]
    spaces = {"*model_space": model, "*paper_space": paper}
    order = _layout_blocks(sections.get("OBJECTS", []), record_names)
    layouts = []
    for block_name in order:
        key = block_name.lower()
        own = blocks.get(key, ((0.0, 0.0), []))[1]
        layouts.append(spaces.get(key, []) + own if key in spaces else own)
    return _Drawing(blocks, layouts, units, layers)


def _layout_blocks(objects: list[Record], record_names: dict) -> list[str]:
    """The block of each layout, in ezdxf's order: the entries of the ACAD_LAYOUT dictionary."""
    by_handle = {r.first(5): r for r in objects}
    objects = [r for r in objects if r.kind != "OBJECTS"]  # the section's own (empty) record
    root = objects[0] if objects and objects[0].kind == "DICTIONARY" else None
    layout_dict = None
    if root is not None:
        entries = root.tags
        for index, (code, value) in enumerate(entries):
            if code == 3 and value == "ACAD_LAYOUT" and index + 1 < len(entries):
                layout_dict = by_handle.get(entries[index + 1][1])
    if layout_dict is None:
        if objects:
            raise Unsupported("layouts without an ACAD_LAYOUT dictionary")
        return ["*Model_Space", "*Paper_Space"]  # R12: model space and one paper space
    order = []
    for code, value in layout_dict.tags:
        if code != 350:
            continue
        layout = by_handle.get(value)
        if layout is None or layout.kind != "LAYOUT":
            raise Unsupported("a layout entry without its LAYOUT")
        owners = [v for c, v in layout.tags if c == 330]
        name = record_names.get(owners[-1]) if owners else None
        if not name:
            raise Unsupported("a layout without its block")
        order.append(name)
    if not order or order[0].lower() != "*model_space" and "*Model_Space" not in order:
        raise Unsupported("no model space layout")
    return order


def _collect(drawing: _Drawing, entities: list[Record], sheet: Sheet, page: int, budget: list[int], depth: int,
             transform: Affine | None) -> None:
    from fornuft.drawings.reading.dxf import MAX_BLOCK_DEPTH

    for entity in entities:
        budget[0] -= 1
        if budget[0] < 0:
            raise DrawingProblem("the drawing expands to too many entities through its block references "
                                 "and is refused (a DXF bomb)", "too_large")
        kind = entity.kind
        if kind not in WANTED:
            continue
        if kind in ("TEXT", "MTEXT"):
            item = _text_item(entity, page, transform)
            if item is not None:
                sheet.texts.append(item)
        elif kind == "LINE":
            start, end = entity.line()
            if transform is not None:
                start, end = _apply(transform, *start), _apply(transform, *end)
            sheet.lines.append((start[0], start[1], end[0], end[1], page))
        elif kind in ("LWPOLYLINE", "POLYLINE"):
            _polyline(entity, sheet, page, transform)
        elif kind == "INSERT":
            _insert(drawing, entity, sheet, page, budget, depth, transform, MAX_BLOCK_DEPTH)


def _insert(drawing, entity: Record, sheet: Sheet, page: int, budget, depth: int, transform,
            max_depth: int) -> None:
    for attrib in entity.children:
        item = _text_item(attrib, page, transform)
        tag = attrib.first(2, "") or ""
        sheet.attributes.append((tag, item.text if item else ""))
        if item is not None and not int(attrib.first(70, "0") or 0) & 1:
            item.attribute = tag or "?"
            sheet.texts.append(item)
    if depth >= max_depth:
        return
    found = drawing.blocks.get((entity.first(2, "") or "").lower())
    if found is None:
        return
    base, content = found
    rows = max(1, int(float(entity.first(71, "1") or 1)))
    cols = max(1, int(float(entity.first(70, "1") or 1)))
    if rows * cols > 1:
        budget[0] -= rows * cols * len(content)
        if budget[0] < 0:
            raise DrawingProblem("the drawing expands to too many entities through its block arrays "
                                 "and is refused (a DXF bomb)", "too_large")
        if rows * cols > 1000:
            return
    _collect(drawing, content, sheet, page, budget, depth + 1, _compose(_insert_matrix(entity, base), transform))


def _polyline(entity: Record, sheet: Sheet, page: int, transform) -> None:
    if entity.kind == "LWPOLYLINE":
        xs = [float(v) for c, v in entity.tags if c == 10]
        ys = [float(v) for c, v in entity.tags if c == 20]
        points = list(zip(xs, ys, strict=False))
    else:
        points = [vertex.point(10) or (0.0, 0.0) for vertex in entity.children]
    if len(points) > 200:
        return
    if int(entity.first(70, "0") or 0) & 1 and points:
        points.append(points[0])
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        if transform is not None:
            (ax, ay), (bx, by) = _apply(transform, ax, ay), _apply(transform, bx, by)
        sheet.lines.append((ax, ay, bx, by, page))


def _text_item(entity: Record, page: int, transform: Affine | None) -> TextItem | None:
    from fornuft.drawings.reading.dxf import _ATTACH_X, _ATTACH_Y, _HALIGN, _VALIGN, CHAR_WIDTH, _clean

    if entity.kind == "MTEXT":
        from ezdxf.tools.text import plain_mtext

        content = "".join(v for c, v in entity.tags if c == 3) + (entity.first(1, "") or "")
        raw = plain_mtext(_caret_decode(content) if "^" in content else content, split=False)
        text = _clean(raw)
        height = entity.number(40, 2.5) or 2.5
        insert = entity.point(10) or (0.0, 0.0)
        lines = max(1, raw.count("\n") + 1)
        longest = max((len(part) for part in raw.split("\n")), default=0)
        width = entity.number(41, 0.0) or longest * height * CHAR_WIDTH
        width = min(width, longest * height * CHAR_WIDTH) if longest else width
        total_height = height * (1 + 1.4 * (lines - 1))
        attach = int(entity.number(71, 1) or 1)
        fx, fy = _ATTACH_X.get(attach, 0.0), _ATTACH_Y.get(attach, 1.0)
    else:
        content = entity.first(1, "") or ""
        text = _clean(_caret_decode(content) if "^" in content else content)
        height = entity.number(40, 2.5) or 2.5
        halign = int(entity.number(72, 0) or 0)
        valign = int(entity.number(74 if entity.kind == "ATTRIB" else 73, 0) or 0)
        insert = entity.point(10) or (0.0, 0.0)
        align = entity.point(11)
        if (halign or valign) and align is not None:
            insert = align
        width = len(text) * height * CHAR_WIDTH * (entity.number(41, 1.0) or 1.0)
        total_height = height
        fx, fy = _HALIGN.get(halign, 0.0), _VALIGN.get(valign, 0.0)
        if halign in (3, 5) and align is not None:
            start = entity.point(10) or (0.0, 0.0)
            insert, width, fx = start, max(abs(align[0] - start[0]), 1e-9), 0.0
    if not text:
        return None
    x, y = insert
    scale = 1.0
    if transform is not None:
        x, y = _apply(transform, x, y)
        scale = math.hypot(transform[0], transform[1]) or 1.0
    width, total_height, height = width * scale, total_height * scale, height * scale
    x0, y0 = x - fx * width, y - fy * total_height
    return TextItem(text=text, x0=x0, y0=y0, x1=x0 + width, y1=y0 + total_height, height=height, page=page)
