"""Reading files, shared by every capability: format detection, PDF text with word positions,
OCR, DOCX, plain text and hardened XML, behind one call.

    from fornuft.platform.files import read_document, FileProblem

    try:
        document = read_document(stored_file)        # bytes, a path, a StoredFile, a binary file
    except FileProblem as problem:                   # a ValueError; str() is for a person
        mark_failed(problem.status, str(problem))    # "failed", "too_large", "encrypted", "unsupported"
    document.kind         # "pdf" | "image" | "docx" | "text" | "xml"
    document.method       # how the text was read: "pdf_text" | "ocr" | "docx" | "text" | "xml"
    document.text         # all text, line by line
    document.pages        # page count
    document.words        # Word(text, page, x0, y0, x1, y1, conf): positions as fractions of the page
    document.lines        # words grouped into lines and segments (layout.group_lines)
    document.paragraphs   # DOCX and plain text: paragraphs / lines in order
    document.xml          # XML: the parsed root (no DTD, no entities, no network)

    detect_format(data, filename="") -> "pdf" | "image" | "xml" | "docx" | "text" | "unknown"

A PDF is read from its text layer; when that has fewer than 15 words (a scan), its first
pages are rendered and read by OCR. The OCR engine and the PDF text reader are backends
chosen by a dotted path in `settings.FORNUFT_FILE_BACKENDS` (see `backends`), read on each
call; `fornuft.testing.files` has small fakes of both for tests.

Modules for finer work: `pdftext` (text layer, rendering, page limits), `ocr` (Tesseract,
deskew, orientation, image limits), `layout` (words → lines → segments), `safexml`,
`docx` (ZIP-bomb-safe), `text` (charset detection), `formats`, `backends`.

Importing this package loads no heavy library: pypdfium2, Pillow, numpy and lxml are
imported inside the functions that need them.
"""

from fornuft.platform.files.formats import detect_format
from fornuft.platform.files.problems import FileProblem
from fornuft.platform.files.reader import Document, read_document

__all__ = ["Document", "FileProblem", "detect_format", "read_document"]
