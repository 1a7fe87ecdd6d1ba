"""`read_document`: any supported file → one `Document` (text, words with positions, pages)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from fornuft.platform.files.formats import detect_format
from fornuft.platform.files.layout import TextLine, Word, group_lines
from fornuft.platform.files.problems import FileProblem

MIN_TEXT_WORDS = 15  # fewer words with letters or digits in a PDF's text layer: it is a scan
MAX_OCR_PAGES = 10


@dataclass(eq=False)
class Document:
    """What a file says. `kind` is the detected format; `method` how its text was read
    ("pdf_text", "ocr", "docx", "text", "xml"). `words` carry positions (fractions of the
    page, origin top-left) for PDFs and scans; DOCX and plain text have `paragraphs` instead."""

    kind: str
    method: str
    pages: int = 0
    words: list[Word] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    encoding: str = ""
    pages_read: int = 0  # pages OCR read (at most MAX_OCR_PAGES of a scanned PDF)
    rotations: dict[str, list[float]] = field(default_factory=dict)  # per page, what OCR turned
    page_images: dict[int, Any] = field(default_factory=dict)  # the pictures OCR positions refer to
    xml: Any = None  # the parsed root for XML files (hardened parser)

    @cached_property
    def lines(self) -> list[TextLine]:
        """Words grouped into lines and segments, top to bottom per page."""
        return group_lines(self.words)

    @cached_property
    def text(self) -> str:
        if self.words:
            return "\n".join(line.text for line in self.lines)
        if self.xml is not None:
            return " ".join(" ".join(self.xml.itertext()).split())
        return "\n".join(self.paragraphs)

    def read_pages_as_blocks(self) -> list[Word]:
        """Every OCR-read page read again as plain text lines (see `ocr.read_as_block`); [] when
        the document was not OCR-read or the OCR backend has no such reading."""
        from fornuft.platform.files.backends import ocr_engine

        engine = ocr_engine()
        if not hasattr(engine, "read_as_block"):
            return []
        return [word for page, image in sorted(self.page_images.items()) for word in engine.read_as_block(image, page)]

    def read_cell(self, page: int, box: tuple[float, float, float, float]) -> str:
        """Reads one region of an OCR-read page again (a table cell); "" when not OCR-read."""
        image = self.page_images.get(page)
        if image is None:
            return ""
        from fornuft.platform.files.backends import ocr_engine

        return ocr_engine().read_cell(image, box)


def _bytes_of(source) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), ""
    if isinstance(source, str | Path):
        path = Path(source)
        return path.read_bytes(), path.name
    if hasattr(source, "read_bytes"):  # a StoredFile from the blob store
        return source.read_bytes(), getattr(source, "filename", "") or ""
    if hasattr(source, "read"):
        return source.read(), getattr(source, "name", "") or ""
    raise TypeError(f"read_document takes bytes, a path, a stored file or a binary file, not {type(source).__name__}")


def read_document(
    source, filename: str = "", *, ocr: bool = True, max_pages: int | None = None, max_ocr_pages: int = MAX_OCR_PAGES
) -> Document:
    """Reads `source` (bytes, a path, a StoredFile or a binary file object).

    PDFs are read from their text layer, and through OCR when the layer has too little text
    (a scan) and `ocr` is true; images through OCR. Raises FileProblem (a ValueError) with a
    message for a person when the file is damaged, encrypted, too large or of a kind not read.
    """
    data, name = _bytes_of(source)
    kind = detect_format(data, filename or name)
    if kind == "pdf":
        return _read_pdf(data, ocr=ocr, max_pages=max_pages, max_ocr_pages=max_ocr_pages)
    if kind == "image":
        return _read_image(data)
    if kind == "docx":
        from fornuft.platform.files.docx import read_docx

        paragraphs, pages = read_docx(data)
        return Document(kind, "docx", pages=pages, paragraphs=paragraphs)
    if kind == "text":
        from fornuft.platform.files.text import read_text

        text, encoding = read_text(data)
        return Document(kind, "text", pages=1, paragraphs=text.split("\n"), encoding=encoding)
    if kind == "xml":
        from fornuft.platform.files.safexml import UnsafeXML, parse

        try:
            root = parse(data)
        except UnsafeXML as exc:
            raise FileProblem(str(exc)) from None
        return Document(kind, "xml", pages=1, xml=root)
    raise FileProblem(
        "The file is not a kind Fornuft reads (PDF, JPEG, PNG, TIFF, Word DOCX, XML or plain text).", "unsupported"
    )


def _read_pdf(data: bytes, *, ocr: bool, max_pages: int | None, max_ocr_pages: int) -> Document:
    from fornuft.platform.files.backends import pdf_text_reader

    reader = pdf_text_reader()
    words, pages = reader.words(data) if max_pages is None else reader.words(data, max_pages)
    if not ocr or sum(1 for w in words if any(c.isalnum() for c in w.text)) >= MIN_TEXT_WORDS:
        return Document("pdf", "pdf_text", pages=pages, words=words)
    from fornuft.platform.files.backends import ocr_engine

    engine = ocr_engine()
    document = Document("pdf", "ocr", pages=pages, pages_read=min(pages, max_ocr_pages))
    for index in range(document.pages_read):
        steps: list[float] = []
        document.words.extend(
            engine.words(reader.render(data, index), page=index, steps=steps, pages=document.page_images)
        )
        document.rotations[str(index)] = steps
    return document


def _read_image(data: bytes) -> Document:
    from fornuft.platform.files.backends import ocr_engine
    from fornuft.platform.files.ocr import open_image

    image = open_image(data)
    document = Document("image", "ocr", pages=1, pages_read=1)
    steps: list[float] = []
    document.words = ocr_engine().words(image, page=0, steps=steps, pages=document.page_images)
    document.rotations["0"] = steps
    return document
