"""OCR with the real Tesseract on an image the test renders: a sample invoice page, turned
on its side and scanned into an image-only PDF, read back into the same fields."""

import io
import json
from pathlib import Path

from fornuft.invoices.extract import extract

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "invoices"


def test_rotated_scan_is_read_with_tesseract():
    import pypdfium2 as pdfium
    from PIL import ImageFilter

    pdf = pdfium.PdfDocument((DATA / "pdf" / "01-classic.pdf").read_bytes())
    image = pdf[0].render(scale=250 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    scan = image.rotate(90, expand=True, fillcolor=255).rotate(1.2, expand=True, fillcolor=255)
    scan = scan.filter(ImageFilter.GaussianBlur(0.7))
    buffer = io.BytesIO()
    scan.save(buffer, "PDF", resolution=250)  # an image-only PDF, as a scanner makes

    truth = json.loads((DATA / "truth" / "01-classic.json").read_text(encoding="utf-8"))
    data = extract(buffer.getvalue(), "scan.pdf").as_json()
    assert data["format"] == "ocr"
    for field in ("invoice_number", "issue_date", "total_incl_vat", "bank_account", "kid", "supplier_org_number"):
        assert data[field] == truth[field], field
    assert 0 < data["confidence"]["total_incl_vat"] <= 1
    assert scan.width > scan.height  # the scan really was on its side
