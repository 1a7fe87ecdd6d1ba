"""Splitting a contract's text into sections (numbered clauses) and sentences, with offsets.

    sections = split_sections(text)     # [Section(heading, start, end, number)]
    sentences = split_sentences(text)   # [Span(start, end)]

Offsets index into the text exactly as given, so `text[s.start:s.end]` is the passage.
Headings recognised: `1.`, `1.1`, `12.3.4`, `§ 5`, `Article 5`, `Section 2`, `Punkt 4`,
`Artikkel 3`, `ARTICLE V`, and short upper-case lines ("TAUSHETSPLIKT").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(
    r"(?m)^[ \t]*(?:"
    r"(?P<num>(?:§\s*)?\d{1,2}(?:\.\d{1,2}){0,3}\.?)[ \t)]+(?=[A-ZÆØÅ(\"«a-zæøå])"
    r"|(?P<word>(?:article|section|clause|artikkel|punkt|kapittel|klausul)\s+(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})\b\.?)"
    r"|(?P<caps>[A-ZÆØÅ][A-ZÆØÅ0-9 ,&/\-–]{3,60}[A-ZÆØÅ]\.?[ \t]*$)"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
_CAPS_ONLY = re.compile(r"^[^a-zæøå]*$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Section:
    heading: str
    start: int
    end: int
    number: str | None = None


def split_sections(text: str) -> list[Section]:
    """The text cut at headings; text before the first heading is a section of its own."""
    starts: list[tuple[int, str, str | None]] = []
    for match in _HEADING.finditer(text):
        if match.group("caps") and not _CAPS_ONLY.match(match.group("caps")):
            continue  # IGNORECASE lets lower case through; a caps heading must be caps
        line_end = text.find("\n", match.start())
        line_end = len(text) if line_end < 0 else line_end
        heading = text[match.start() : line_end].strip()[:120]
        number = match.group("num") or match.group("word")
        starts.append((match.start(), heading, number.strip() if number else None))
    sections: list[Section] = []
    if not starts or starts[0][0] > 0:
        first_end = starts[0][0] if starts else len(text)
        if text[:first_end].strip():
            sections.append(Section("", 0, first_end, None))
    for index, (start, heading, number) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        if text[start:end].strip():
            sections.append(Section(heading, start, end, number))
    return _trimmed(text, sections)


def _trimmed(text: str, sections: list[Section]) -> list[Section]:
    out = []
    for section in sections:
        start, end = section.start, section.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(Section(section.heading, start, end, section.number))
    return out


_ABBREVIATIONS = re.compile(
    r"(?i)(?:\b(?:nr|no|org|jf|pkt|ca|mv|bl\.a|dvs|etc|inc|ltd|co|corp|mr|mrs|dr|st|art|sec|vs|e\.g|i\.e|kr|ref|tlf|ifm|evt|iht|mnd|ltd|plc|llc|ab|asa)"
    r"|\b[A-Z]|\d)\.$"
)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of `text[start:end]` (offsets into `text`): cut after . ! ? ; or a blank line
    or a line that starts a list item, not after abbreviations, initials or numbers."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    position = start
    pattern = re.compile(
        r"[.!?;:](?=\s)|\n\s*\n|\n(?=\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[-•*–])\s)"
        r"|(?<=\n)(?=[^\n]*\n)|^(?=[^\n]*\n)",
        re.MULTILINE,
    )
    for match in pattern.finditer(text, start, end):
        position = match.end()
        if not match.group():  # a line start: cut only after a heading line
            if position > begin and _is_heading(text, begin, position):
                _add(text, spans, begin, position)
                begin = position
            continue
        if match.group().startswith((".", ":")) and _ABBREVIATIONS.search(text[max(begin, position - 8) : position]):
            continue
        if match.group() == ":" and position - begin < 200:
            continue  # "Date: ..." labels belong to the sentence they introduce
        _add(text, spans, begin, position)
        begin = position
    _add(text, spans, begin, end)
    return spans


def _is_heading(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is one short heading line ("2. Varighet", "TAUSHETSPLIKT")."""
    line = text[start:end].strip()
    if not line or "\n" in line or len(line) > 90 or line[-1] in ".,;:":
        return False
    if _HEADING.match(line):
        return True
    return bool(_CAPS_ONLY.match(line)) and len(line) > 3


def _add(text: str, spans: list[Span], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 2:
        spans.append(Span(start, end))
