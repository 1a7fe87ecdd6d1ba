"""`read_drawing(data, source)`: the one call that turns a DXF or a PDF into the JSON contract of
`fornuft cad read` (title block, BOM, units, layers)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fornuft.drawings.reading import bom, titleblock
from fornuft.drawings.reading.labels import LabelIndex
from fornuft.drawings.reading.problems import DrawingProblem
from fornuft.drawings.reading.sheet import Sheet

TITLE_BLOCK_FIELDS = titleblock.FIELDS


@dataclass
class DrawingResult:
    source: str
    title_block: dict = field(default_factory=lambda: dict.fromkeys(TITLE_BLOCK_FIELDS))
    bom: list[dict] = field(default_factory=list)
    units: str | None = None
    layers: list[str] = field(default_factory=list)
    status: str = "ok"  # "ok" | "no_title_block" | "failed" | "too_large" | "unsupported"
    message: str = ""
    format: str = ""  # "dxf" | "pdf"
    texts: int = 0

    @property
    def fields_found(self) -> int:
        return sum(1 for v in self.title_block.values() if v)

    def as_json(self) -> dict:
        return {
            "source": self.source,
            "title_block": dict(self.title_block),
            "bom": [dict(row) for row in self.bom],
            "units": self.units,
            "layers": list(self.layers),
            "status": self.status,
            "message": self.message,
        }


def drawing_format(data: bytes, source: str = "") -> str | None:
    """"dxf", "pdf" or None, from the content first and the name second."""
    head = data[:64].lstrip()
    if data.startswith(b"%PDF") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if data.startswith(b"AutoCAD Binary DXF") or head.startswith((b"0", b"999")):
        return "dxf"
    name = source.lower()
    if name.endswith(".dxf"):
        return "dxf"
    if name.endswith(".pdf"):
        return "pdf"
    return None


def read_sheet(data: bytes, source: str = "") -> tuple[str, Sheet]:
    if not data.strip():
        raise DrawingProblem("the file is empty", "failed")
    kind = drawing_format(data, source)
    if kind == "dxf":
        from fornuft.drawings.reading import dxf

        return kind, dxf.read_sheet(data)
    if kind == "pdf":
        from fornuft.drawings.reading import pdf

        return kind, pdf.read_sheet(data)
    raise DrawingProblem("not a drawing Fornuft reads (DXF, or PDF with a text layer)", "unsupported")


def read_drawing(data: bytes, source: str = "", *, extra_labels: dict[str, list[str]] | None = None) -> DrawingResult:
    """Reads one drawing. Never raises for a bad file: the result's status and message say what went wrong."""
    result = DrawingResult(source=source)
    index = LabelIndex(extra_labels)
    try:
        result.format, sheet = read_sheet(data, source)
    except DrawingProblem as problem:
        result.status, result.message = problem.status, str(problem)
        return result
    except (MemoryError, RecursionError):
        result.status, result.message = "too_large", "the drawing is too large or too deeply nested to read"
        return result
    return interpret(sheet, result, index)


_UNIT_WORDS = {"mm": "mm", "millimeter": "mm", "millimetres": "mm", "millimeters": "mm", "cm": "cm", "m": "m",
               "meter": "m", "metres": "m", "meters": "m", "in": "in", "inch": "in", "inches": "in", "ft": "ft",
               "feet": "ft", "tommer": "in"}
_UNIT_NOTE = re.compile(
    r"\b(?:alle\s+)?(?:mål|maal|dimensjoner|dimensions?|units?|enheter?|målenhet|measurements?|all dimensions)"
    r"(?:\s+(?:er|are|is|in|i|angitt i|given in|oppgitt i))*\s*[:=]?\s*\[?"
    r"(mm|cm|m|in|inch|inches|ft|feet|millimet(?:er|re)s?|met(?:er|re)s?|tommer)\b\]?",
    re.IGNORECASE,
)


def units_note(sheet: Sheet) -> str | None:
    """The unit a note on the drawing gives ("Mål i mm", "All dimensions in inches"), or None."""
    for item in sheet.texts:
        if len(item.text) > 120:
            continue
        match = _UNIT_NOTE.search(item.text)
        if match:
            return _UNIT_WORDS.get(match.group(1).lower())
    return None


def interpret(sheet: Sheet, result: DrawingResult, index: LabelIndex) -> DrawingResult:
    result.units, result.layers, result.texts = sheet.units or units_note(sheet), sheet.layers, len(sheet.texts)
    rows: list[dict] = []
    for table in sheet.tables:
        rows = bom.bom_from_table(table, index)
        if rows:
            break
    used: set[int] = set()
    text_rows, used = bom.bom_from_texts(sheet, index)
    if not rows:
        rows = text_rows
    result.bom = rows
    result.title_block = titleblock.find_title_block(sheet, index, exclude=used)
    notes = list(sheet.notes)
    if not result.fields_found:
        result.status = "no_title_block"
        notes.insert(0, "no title block found: no block attributes or labelled fields such as "
                        "'Tegningsnr.' or 'Drawing no.'")
    result.message = "; ".join(notes)
    return result
