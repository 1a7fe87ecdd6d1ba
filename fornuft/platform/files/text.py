"""Plain text with its character set detected: a BOM, else strict UTF-8, else Windows-1252
(what Norwegian Windows programs write), else Latin-1, which reads any byte."""

from __future__ import annotations

import codecs

from fornuft.platform.files.problems import FileProblem

MAX_TEXT_BYTES = 20 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_charset(data: bytes) -> str:
    """The encoding `data` is most likely written in."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        return "utf-16-le"  # ASCII-heavy UTF-16 without a BOM: every second byte is zero
    if len(data) >= 4 and data[0::2].count(0) > len(data) // 4:
        return "utf-16-be"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8d, …)
        return "latin-1"
    return "cp1252"


def read_text(data: bytes) -> tuple[str, str]:
    """(text, encoding). Line ends become "\\n"; refuses files over MAX_TEXT_BYTES."""
    if len(data) > MAX_TEXT_BYTES:
        raise FileProblem(
            f"The text file is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MB and is not read. "
            "Split it into smaller files.",
            "too_large",
        )
    encoding = detect_charset(data)
    text = data.decode(encoding, errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


# A plain-text document laid out as a printer page: every character one cell of a monospace
# grid (0.6 em wide, lines 1.2 em apart, letters 0.9 em high), 66 lines a page or a form feed.
# Two spaces or more then separate segments (the gap rule in `layout.group_lines`), one does not.
CHAR_EM, LINE_EM, TEXT_EM = 0.6, 1.2, 0.9
LINES_PER_PAGE = 66


def words_from_text(text: str):
    """Positioned words (`layout.Word`) for plain text such as a till receipt or an invoice
    printed to a text file, so it is read by the same layout rules as a PDF."""
    from fornuft.platform.files.layout import Word

    rows: list[tuple[int, int, str]] = []  # (page, row on the page, line)
    page = row = 0
    for raw in text.split("\n"):
        parts = raw.expandtabs(8).split("\f")
        for index, part in enumerate(parts):
            if index or row >= LINES_PER_PAGE:
                page, row = page + 1, 0
            rows.append((page, row, part.rstrip()))
            row += 1
    columns = max([80] + [len(line) for _, _, line in rows])
    aspect = (LINES_PER_PAGE * LINE_EM) / (columns * CHAR_EM)
    words = []
    for page, row, line in rows:
        y0 = row / LINES_PER_PAGE
        y1 = y0 + TEXT_EM / (LINES_PER_PAGE * LINE_EM)
        position = 0
        for token in line.split(" "):
            if token:
                words.append(
                    Word(token, page, position / columns, y0, (position + len(token)) / columns, y1, aspect=aspect)
                )
            position += len(token) + 1
    return words
