"""What a drawing is made of once read, whatever the file format: positioned texts, block
attributes, straight lines and tables. Coordinates are drawing units with y growing upwards
(a PDF's are converted)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TextItem:
    text: str
    x0: float  # left
    y0: float  # bottom
    x1: float  # right
    y1: float  # top
    height: float
    page: int = 0  # layout index (DXF) or page (PDF)
    attribute: str = ""  # the tag, for a block attribute's text

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class Sheet:
    texts: list[TextItem] = field(default_factory=list)
    attributes: list[tuple[str, str]] = field(default_factory=list)  # (tag, value) from INSERT/ATTRIB
    lines: list[tuple[float, float, float, float, int]] = field(default_factory=list)  # x0, y0, x1, y1, page
    tables: list[list[list[str]]] = field(default_factory=list)  # ACAD_TABLE rows
    units: str | None = None
    layers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was skipped or repaired, for the message
