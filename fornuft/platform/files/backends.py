"""Interchangeable engines for reading files, chosen by a dotted path in settings.

    FORNUFT_FILE_BACKENDS = {
        "ocr": "fornuft.platform.files.ocr.TesseractOCR",
        "pdf_text": {"BACKEND": "fornuft.platform.files.pdftext.PdfiumText", "OPTIONS": {}},
    }

A value is a dotted path or {"BACKEND": path, "OPTIONS": {…}} (the options are passed to the
class as keyword arguments). The setting is read on every call, never at import time, so a
test's `settings` fixture or an operator's change takes effect at once. The environment
variables FORNUFT_OCR_BACKEND and FORNUFT_PDF_TEXT_BACKEND set the paths in settings.py.

The interfaces (duck-typed; `fornuft.testing.files` has a small fake of each):

OCR engine (`ocr`):
    words(image, page=0, steps=None, pages=None) -> list[Word]
        Words with positions as fractions of the page and confidences 0..1. May append the
        rotations it applied to `steps` and store the picture its positions refer to in
        `pages[page]`.
    read_cell(image, box) -> str
        One small region read again as a single line (table cells).

PDF text reader (`pdf_text`):
    words(data, max_pages) -> (list[Word], page_count)     raises FileProblem
    render(data, index, dpi=300) -> image                  a page picture for OCR
"""

from __future__ import annotations

from typing import Any

DEFAULTS = {
    "ocr": "fornuft.platform.files.ocr.TesseractOCR",
    "pdf_text": "fornuft.platform.files.pdftext.PdfiumText",
}


class BackendNotConfigured(LookupError):
    pass


def backend(kind: str) -> Any:
    """A new instance of the backend configured for `kind` ("ocr", "pdf_text")."""
    from django.conf import settings
    from django.utils.module_loading import import_string

    configured = dict(DEFAULTS)
    if settings.configured:  # plain-Python callers (the benchmarks) run without Django settings
        configured.update(getattr(settings, "FORNUFT_FILE_BACKENDS", {}))
    if kind not in configured:
        raise BackendNotConfigured(f"No file backend named {kind!r}; known: {', '.join(sorted(configured))}.")
    entry = configured[kind]
    options: dict[str, Any] = {}
    if isinstance(entry, str):
        path = entry
    else:
        path, options = entry["BACKEND"], entry.get("OPTIONS", {})
    try:
        cls = import_string(path)
    except ImportError as exc:
        raise BackendNotConfigured(
            f"The {kind} backend {path!r} cannot be imported ({exc}). Check FORNUFT_FILE_BACKENDS."
        ) from None
    return cls(**options)


def ocr_engine() -> Any:
    return backend("ocr")


def pdf_text_reader() -> Any:
    return backend("pdf_text")
