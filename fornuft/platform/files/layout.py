"""Words with positions (from the PDF text layer or OCR) grouped into lines and segments,
so label–value pairs and tables can be read by their layout, not only their order."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Word:
    text: str
    page: int
    x0: float  # fractions of the page width / height, origin top-left
    y0: float
    x1: float
    y1: float
    conf: float = 1.0  # OCR word confidence 0..1 (1.0 for a text layer)
    aspect: float = 1.0  # page height / page width: x and y are fractions of different lengths

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass
class Segment:
    """Words on one line without a wide gap between them (a cell, a label, a value)."""

    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def conf(self) -> float:
        return min(w.conf for w in self.words)


@dataclass
class TextLine:
    page: int
    words: list[Word] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)


SEPARATORS = {"·", "|", "•", "‖", "||"}


def group_lines(words: list[Word], gap_factor: float = 1.2) -> list[TextLine]:
    """Lines top to bottom per page; each line split into segments at gaps wider than
    `gap_factor` × the line's text height."""
    lines: list[TextLine] = []
    centers: list[list[float]] = []
    # the typical height of text: words with a letter or digit only, since rows of ASCII rule
    # dashes ("- - - -", each a word with a glyph box a fraction of a letter high) would make every
    # real word look "tall" and drop short ones ("12" of "12 480,00") as specks
    heights = sorted(w.height for w in words if any(c.isalnum() for c in w.text)) or [0.01]
    typical = heights[len(heights) // 2] or 0.01
    for word in sorted(words, key=lambda w: (w.page, (w.y0 + w.y1) / 2, w.x0)):
        if word.height > 4 * typical and len(word.text) < 3:
            continue  # OCR noise: a tall speck is not a word and would glue two rows together
        center = (word.y0 + word.y1) / 2
        target = None
        for index in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            line = lines[index]
            if line.page != word.page:
                continue
            line_center = sorted(centers[index])[len(centers[index]) // 2]
            if abs(center - line_center) < 0.5 * max(min(word.height, 2 * typical), typical * 0.6):
                target = index
                break
        if target is None:
            lines.append(TextLine(page=word.page))
            centers.append([])
            target = len(lines) - 1
        lines[target].words.append(word)
        centers[target].append(center)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        height = sorted(w.height for w in line.words)[len(line.words) // 2] or 0.01
        current: list[Word] = []
        for word in line.words:
            if word.text in SEPARATORS:  # "Org.nr 123 · Konto 456": a drawn separator ends a segment
                if current:
                    line.segments.append(Segment(current))
                current = []
                continue
            # the gap (a fraction of the page width) against the text height (a fraction of
            # its height) in the same units, so a monospace font's wide space stays inside a cell
            if current and word.x0 - current[-1].x1 > gap_factor * height * word.aspect:
                line.segments.append(Segment(current))
                current = []
            current.append(word)
        if current:
            line.segments.append(Segment(current))
    lines = [line for line in lines if line.segments]
    for line in lines:
        line.words = [w for s in line.segments for w in s.words]
    lines.sort(key=lambda line: (line.page, line.y0))
    return lines
