"""The OCR engine and the PDF text reader come from FORNUFT_FILE_BACKENDS, read on each call:
the fakes in fornuft.testing.files stand in for Tesseract and pdfium when the setting says so,
and invoice extraction reads through the same backends."""

import io

import pytest

from fornuft.invoices.extract import extract
from fornuft.platform.files import read_document
from fornuft.platform.files.backends import BackendNotConfigured, backend

FAKE_OCR = "fornuft.testing.files.FakeOCR"
FAKE_PDF = "fornuft.testing.files.FakePdfText"
INVOICE_LINES = [
    "Fjordkraft Testleverandør AS",
    "Org.nr 974 760 673 MVA",
    "FAKTURA",
    "Fakturanr: 2026-17",
    "Fakturadato: 01.03.2026",
    "Forfallsdato: 15.03.2026",
    "Sum eks. mva 1 000,00",
    "Mva 25 % 250,00",
    "Å betale 1 250,00",
]


def blank_page_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (1240, 1754), 255).save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_ocr_setting_is_honoured(settings):
    settings.FORNUFT_FILE_BACKENDS = {"ocr": {"BACKEND": FAKE_OCR, "OPTIONS": {"lines": ["Lest av", "falsk OCR"]}}}
    document = read_document(blank_page_png(), "scan.png")
    assert (document.kind, document.method) == ("image", "ocr")
    assert document.text == "Lest av\nfalsk OCR"
    assert document.words[0].conf == 0.9


def test_a_scanned_pdf_goes_from_the_pdf_backend_to_the_ocr_backend(settings):
    settings.FORNUFT_FILE_BACKENDS = {
        "pdf_text": {"BACKEND": FAKE_PDF, "OPTIONS": {"pages": [[], [], []]}},  # no text layer: a scan
        "ocr": {"BACKEND": FAKE_OCR, "OPTIONS": {"lines": ["side"]}},
    }
    document = read_document(b"%PDF-1.7 whatever the fake is given")
    assert (document.method, document.pages, document.pages_read) == ("ocr", 3, 3)
    assert sorted({w.page for w in document.words}) == [0, 1, 2]
    assert document.read_cell(1, (0.1, 0.1, 0.2, 0.2)) == ""  # FakeOCR's default cell


def test_invoice_extraction_reads_through_the_configured_backends(settings):
    settings.FORNUFT_FILE_BACKENDS = {"ocr": {"BACKEND": FAKE_OCR, "OPTIONS": {"lines": INVOICE_LINES}}}
    result = extract(blank_page_png(), "scan.png").as_json()
    assert result["format"] == "ocr"
    assert result["invoice_number"] == "2026-17"
    assert result["total_incl_vat"] == "1250.00"
    settings.FORNUFT_FILE_BACKENDS = {"pdf_text": {"BACKEND": FAKE_PDF, "OPTIONS": {"pages": [INVOICE_LINES * 2]}}}
    from_text = extract(b"%PDF-1.4 fake", "f.pdf").as_json()
    assert from_text["format"] == "pdf_text" and from_text["invoice_number"] == "2026-17"


def test_the_setting_is_read_at_call_time_not_import_time(settings):
    from fornuft.platform.files.ocr import TesseractOCR
    from fornuft.testing.files import FakeOCR

    assert isinstance(backend("ocr"), TesseractOCR)
    settings.FORNUFT_FILE_BACKENDS = {"ocr": FAKE_OCR}
    assert isinstance(backend("ocr"), FakeOCR)


def test_a_wrong_backend_path_says_which_setting_to_fix(settings):
    settings.FORNUFT_FILE_BACKENDS = {"ocr": "fornuft.nowhere.Engine"}
    with pytest.raises(BackendNotConfigured, match="FORNUFT_FILE_BACKENDS") as problem:
        read_document(blank_page_png())
    assert "fornuft.nowhere.Engine" in str(problem.value)
    with pytest.raises(BackendNotConfigured, match="No file backend named 'speech'"):
        backend("speech")
