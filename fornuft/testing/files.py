"""Small fakes of the file-reading backends (`fornuft.platform.files.backends`), chosen in
tests through settings like the real ones:

    settings.FORNUFT_FILE_BACKENDS = {
        "ocr": {"BACKEND": "fornuft.testing.files.FakeOCR", "OPTIONS": {"lines": ["Faktura 1"]}},
        "pdf_text": {"BACKEND": "fornuft.testing.files.FakePdfText", "OPTIONS": {"pages": [["…"]]}},
    }

Each lays its text out as words on a grid (one line of text per line, left-aligned), so the
layout code downstream sees positions as it would from a real reader."""

from __future__ import annotations

from fornuft.platform.files.layout import Word

LINE_HEIGHT = 0.02
LINE_STEP = 0.03
CHAR_WIDTH = 0.009


def words_on_a_grid(lines: list[str], page: int = 0, conf: float = 1.0) -> list[Word]:
    words: list[Word] = []
    for row, line in enumerate(lines):
        y0 = 0.05 + row * LINE_STEP
        column = 0
        for token in line.split(" "):
            if token:
                x0 = 0.05 + column * CHAR_WIDTH
                words.append(Word(token, page, x0, y0, x0 + len(token) * CHAR_WIDTH, y0 + LINE_HEIGHT, conf))
            column += len(token) + 1
    return words


class FakeOCR:
    """Reads every picture as `lines`; a table cell as `cell`."""

    def __init__(self, lines: list[str] | None = None, cell: str = "", conf: float = 0.9) -> None:
        self.lines = lines if lines is not None else ["Fake OCR text"]
        self.cell = cell
        self.conf = conf

    def words(self, image, page: int = 0, steps: list | None = None, pages: dict | None = None) -> list[Word]:
        if pages is not None:
            pages[page] = image
        return words_on_a_grid(self.lines, page, self.conf)

    def read_cell(self, image, box) -> str:
        return self.cell


class FakePage:
    """What FakePdfText.render returns: a stand-in for a page picture."""

    def __init__(self, index: int) -> None:
        self.index = index


class FakePdfText:
    """A PDF whose text layer holds `pages` (each a list of lines); ignores the bytes."""

    def __init__(self, pages: list[list[str]] | None = None) -> None:
        self.pages = pages if pages is not None else [["Fake PDF text"]]

    def words(self, data: bytes, max_pages: int = 50) -> tuple[list[Word], int]:
        from fornuft.platform.files.pdftext import check_page_count

        if len(self.pages) > max_pages:
            check_page_count(len(self.pages))
        words = [word for index, lines in enumerate(self.pages) for word in words_on_a_grid(lines, index)]
        return words, len(self.pages)

    def render(self, data: bytes, index: int = 0, dpi: int = 300) -> FakePage:
        return FakePage(index)
