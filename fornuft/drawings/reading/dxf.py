"""A DXF file -> a `Sheet`: texts with positions, block attributes, lines, tables, units, layers.

ezdxf reads ASCII and binary DXF of every version; a damaged file is read again with
`ezdxf.recover`, which repairs what it can. Texts inside blocks are reached through the block
references (with their placement applied), to a limited depth and count, so a drawing made of
nested references cannot blow up (a "DXF bomb"): above `max_entities` the file is refused.
"""

from __future__ import annotations

import io
import math
import re

from fornuft.drawings.reading.problems import DrawingProblem
from fornuft.drawings.reading.sheet import Sheet, TextItem

MAX_BYTES = 64 * 1024 * 1024
MAX_ENTITIES = 500_000
MAX_BLOCK_DEPTH = 4

INSUNITS = {1: "in", 2: "ft", 3: "mi", 4: "mm", 5: "cm", 6: "m", 7: "km", 8: "µin", 9: "mil", 10: "yd",
            11: "Å", 12: "nm", 13: "µm", 14: "dm", 15: "dam", 16: "hm", 17: "Gm", 18: "AU", 19: "ly", 20: "pc"}

_ENTITY_START = re.compile(rb"\n[ \t]*0[ \t]*\r?\n")


def count_entities_estimate(data: bytes) -> int:
    """How many records (group code 0) an ASCII DXF holds, counted without parsing it."""
    return len(_ENTITY_START.findall(data))


def check_size(data: bytes, *, max_entities: int = MAX_ENTITIES, max_bytes: int = MAX_BYTES) -> None:
    """DrawingProblem for a file too big to read, or one that is not DXF at all."""
    if len(data) > max_bytes:
        raise DrawingProblem(f"the file is {len(data) // (1024 * 1024)} MB; drawings above "
                             f"{max_bytes // (1024 * 1024)} MB are refused", "too_large")
    if not data.startswith(b"AutoCAD Binary DXF"):
        head = data[:4096].lstrip()
        if not head or not (head.startswith(b"0") or head.startswith(b"999")):
            raise DrawingProblem("not a DXF file (it does not begin with a DXF group code)", "unsupported")
        if count_entities_estimate(data) > max_entities:
            raise DrawingProblem(f"the drawing holds more than {max_entities:,} entities and is refused "
                                 "(a DXF bomb or a drawing too large to read here)", "too_large")


def load(data: bytes, *, max_entities: int = MAX_ENTITIES, max_bytes: int = MAX_BYTES):
    """The ezdxf document; DrawingProblem for a file that is too big, not DXF or beyond repair."""
    check_size(data, max_entities=max_entities, max_bytes=max_bytes)
    is_binary = data.startswith(b"AutoCAD Binary DXF")
    from ezdxf import recover

    notes: list[str] = []
    doc = None
    try:
        doc = _read_binary(data) if is_binary else _read_text(data)
    except Exception:  # noqa: BLE001 - any parse failure goes to the repairing reader
        doc = None
    if doc is None:
        try:
            doc, auditor = recover.read(io.BytesIO(data))
        except Exception as exc:  # noqa: BLE001
            raise DrawingProblem(f"not a readable DXF file: {_one_line(exc)}") from None
        if auditor.has_errors:
            notes.append(f"repaired: {len(auditor.errors)} error(s) in the file")
        if auditor.has_fixes and not is_binary:
            notes.append(f"repaired: {len(auditor.fixes)} fix(es)")
    if len(doc.entitydb) > max_entities:
        raise DrawingProblem(f"the drawing holds more than {max_entities:,} entities and is refused", "too_large")
    return doc, notes


def _read_binary(data: bytes):
    from ezdxf.document import Drawing
    from ezdxf.lldxf.tagger import binary_tags_loader

    return Drawing.load(binary_tags_loader(data, errors="surrogateescape"))


def _read_text(data: bytes):
    import ezdxf
    from ezdxf.lldxf.validator import is_dxf_stream

    encoding = _declared_encoding(data)
    text = data.decode(encoding, errors="replace")
    stream = io.StringIO(text)
    if not is_dxf_stream(stream):
        raise ValueError("not a DXF stream")
    stream.seek(0)
    return ezdxf.read(stream)


def _declared_encoding(data: bytes) -> str:
    """The encoding the header names ($DWGCODEPAGE before R2007; UTF-8 from R2007 on)."""
    import codecs

    from ezdxf.lldxf.const import DXF2007

    version = re.search(rb"\$ACADVER\s*\r?\n\s*1\s*\r?\n\s*(\S+)", data[:20000])
    if version and version.group(1).decode("ascii", "replace") >= DXF2007:
        return "utf-8"
    codepage = re.search(rb"\$DWGCODEPAGE\s*\r?\n\s*3\s*\r?\n\s*(\S+)", data[:20000])
    if codepage:
        from ezdxf.lldxf.const import DEFAULT_ENCODING
        from ezdxf.tools.codepage import toencoding

        name = toencoding(codepage.group(1).decode("ascii", "replace").upper()) or DEFAULT_ENCODING
        try:
            codecs.lookup(name)
            return name
        except LookupError:
            return "cp1252"
    try:
        data[:200000].decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def read_sheet(data: bytes, *, max_entities: int = MAX_ENTITIES) -> Sheet:
    """The drawing's texts, attributes, lines and tables from model space and every paper-space layout.

    A plain ASCII drawing is read by `fastdxf` straight from its tags (~15× faster); ezdxf
    reads the rest (binary, tables, 3D-placed blocks, damaged files) into its full document."""
    from fornuft.drawings.reading.fastdxf import read_sheet_fast

    check_size(data, max_entities=max_entities)
    try:
        return read_sheet_fast(data, max_entities=max_entities)
    except DrawingProblem:
        raise
    except Exception:  # noqa: BLE001, S110 - Unsupported, or a stream it cannot follow: the full reader decides
        pass
    return read_sheet_full(data, max_entities=max_entities)


def read_sheet_full(data: bytes, *, max_entities: int = MAX_ENTITIES) -> Sheet:
    """`read_sheet` through ezdxf's full document."""
    doc, notes = load(data, max_entities=max_entities)
    sheet = Sheet(notes=notes)
    sheet.units = INSUNITS.get(int(doc.header.get("$INSUNITS", 0) or 0))
    sheet.layers = [layer.dxf.name for layer in doc.layers]
    budget = [max_entities]
    for index, layout in enumerate(doc.layouts):
        _collect(layout, sheet, index, budget, depth=0)
    return sheet


def _collect(entities, sheet: Sheet, page: int, budget: list[int], depth: int, transform=None) -> None:
    from ezdxf.entities.acad_table import read_acad_table_content

    for entity in entities:
        budget[0] -= 1
        if budget[0] < 0:
            raise DrawingProblem("the drawing expands to too many entities through its block references "
                                 "and is refused (a DXF bomb)", "too_large")
        kind = entity.dxftype()
        try:
            if kind in ("TEXT", "MTEXT"):  # an ATTDEF's default text is not printed; its ATTRIBs are
                item = _text_item(entity, page, transform)
                if item is not None:
                    sheet.texts.append(item)
            elif kind == "LINE":
                start, end = entity.dxf.start, entity.dxf.end
                if transform is not None:
                    start, end = transform.transform(start), transform.transform(end)
                sheet.lines.append((start.x, start.y, end.x, end.y, page))
            elif kind in ("LWPOLYLINE", "POLYLINE"):
                _polyline_lines(entity, sheet, page, transform)
            elif kind == "INSERT":
                _insert(entity, sheet, page, budget, depth, transform)
            elif kind == "ACAD_TABLE":
                rows = read_acad_table_content(entity)
                sheet.tables.append([[_plain_mtext(cell) for cell in row] for row in rows])
        except DrawingProblem:
            raise
        except Exception as exc:  # noqa: BLE001 - one odd entity must not lose the drawing
            if len(sheet.notes) < 20:
                sheet.notes.append(f"skipped a {kind}: {_one_line(exc)}")


def _insert(entity, sheet: Sheet, page: int, budget: list[int], depth: int, transform) -> None:
    for attrib in entity.attribs:
        item = _text_item(attrib, page, transform)
        tag = attrib.dxf.get("tag", "")
        value = item.text if item else ""
        sheet.attributes.append((tag, value))
        if item is not None and not attrib.dxf.get("flags", 0) & 1:  # not invisible
            item.attribute = tag or "?"
            sheet.texts.append(item)
    if depth >= MAX_BLOCK_DEPTH:
        return
    block = entity.block()
    if block is None:
        return
    rows = max(1, int(entity.dxf.get("row_count", 1) or 1))
    cols = max(1, int(entity.dxf.get("column_count", 1) or 1))
    if rows * cols > 1:
        budget[0] -= rows * cols * len(block)
        if budget[0] < 0:
            raise DrawingProblem("the drawing expands to too many entities through its block arrays "
                                 "and is refused (a DXF bomb)", "too_large")
        if rows * cols > 1000:
            return  # an array of symbols: their texts are not a title block
    matrix = entity.matrix44()
    if transform is not None:
        matrix = matrix @ transform
    _collect(block, sheet, page, budget, depth + 1, matrix)


def _polyline_lines(entity, sheet: Sheet, page: int, transform) -> None:
    if entity.dxftype() == "LWPOLYLINE":
        points = [(p[0], p[1]) for p in entity.get_points("xy")]
        closed = entity.closed
    else:
        points = [(v.dxf.location.x, v.dxf.location.y) for v in entity.vertices]
        closed = entity.is_closed
    if len(points) > 200:
        return
    if closed and points:
        points.append(points[0])
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        if transform is not None:
            from ezdxf.math import Vec3

            a, b = transform.transform(Vec3(ax, ay)), transform.transform(Vec3(bx, by))
            ax, ay, bx, by = a.x, a.y, b.x, b.y
        sheet.lines.append((ax, ay, bx, by, page))


def _plain_mtext(text: str) -> str:
    from ezdxf.tools.text import plain_mtext

    if "\\" in text or "{" in text or "%%" in text:
        text = plain_mtext(text, split=False)
    return _clean(text)


def _clean(text: str) -> str:
    from ezdxf.tools.text import plain_text

    if "%%" in text or "^" in text:
        try:
            text = plain_text(text)
        except Exception:  # noqa: BLE001, S110
            pass
    return " ".join(text.replace("\u00a0", " ").split())


# Text alignment -> fraction of the width left of the insertion point, and of the height below it.
_HALIGN = {0: 0.0, 1: 0.5, 2: 1.0, 3: 0.0, 4: 0.5, 5: 0.0}
_VALIGN = {0: 0.0, 1: 0.0, 2: 0.5, 3: 1.0}
_ATTACH_X = {1: 0.0, 2: 0.5, 3: 1.0, 4: 0.0, 5: 0.5, 6: 1.0, 7: 0.0, 8: 0.5, 9: 1.0}
_ATTACH_Y = {1: 1.0, 2: 1.0, 3: 1.0, 4: 0.5, 5: 0.5, 6: 0.5, 7: 0.0, 8: 0.0, 9: 0.0}
CHAR_WIDTH = 0.7  # an average glyph's width as a share of the text height


def _text_item(entity, page: int, transform) -> TextItem | None:
    kind = entity.dxftype()
    if kind == "MTEXT":
        raw = entity.plain_text(split=False)
        text = _clean(raw)
        height = float(entity.dxf.get("char_height", 2.5) or 2.5)
        insert = entity.dxf.insert
        lines = max(1, raw.count("\n") + 1)
        longest = max((len(part) for part in raw.split("\n")), default=0)
        width = float(entity.dxf.get("width", 0) or 0) or longest * height * CHAR_WIDTH
        width = min(width, longest * height * CHAR_WIDTH) if longest else width
        total_height = height * (1 + 1.4 * (lines - 1))
        attach = int(entity.dxf.get("attachment_point", 1) or 1)
        fx, fy = _ATTACH_X.get(attach, 0.0), _ATTACH_Y.get(attach, 1.0)
    else:
        text = _clean(entity.dxf.get("text", ""))
        height = float(entity.dxf.get("height", 2.5) or 2.5)
        halign = int(entity.dxf.get("halign", 0) or 0)
        valign = int(entity.dxf.get("valign", 0) or 0)
        insert = entity.dxf.insert
        if (halign or valign) and entity.dxf.hasattr("align_point"):
            insert = entity.dxf.align_point
        width = len(text) * height * CHAR_WIDTH * float(entity.dxf.get("width", 1) or 1)
        total_height = height
        fx, fy = _HALIGN.get(halign, 0.0), _VALIGN.get(valign, 0.0)
        if halign in (3, 5) and entity.dxf.hasattr("align_point"):  # aligned / fit: between the two points
            start, end = entity.dxf.insert, entity.dxf.align_point
            insert, width, fx = start, max(abs(end.x - start.x), 1e-9), 0.0
    if not text:
        return None
    x, y = insert.x, insert.y
    scale = 1.0
    if transform is not None:
        point = transform.transform(insert)
        x, y = point.x, point.y
        ux = transform.transform_direction((1, 0, 0))
        scale = math.hypot(ux.x, ux.y) or 1.0
    width, total_height, height = width * scale, total_height * scale, height * scale
    x0 = x - fx * width
    y0 = y - fy * total_height
    return TextItem(text=text, x0=x0, y0=y0, x1=x0 + width, y1=y0 + total_height, height=height, page=page)
