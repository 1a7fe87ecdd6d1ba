"""Bad input never crashes: encrypted and damaged PDFs, a 500-page PDF, a 10,000 × 10,000 px
image, non-invoices (a letter, a holiday photo) get a clear status and message."""

import io

import pytest

from fornuft.invoices.extract import extract

from .pdfs import encrypted_pdf, text_pdf


def test_encrypted_pdf():
    result = extract(encrypted_pdf(), "locked.pdf")
    assert result.status == "encrypted"
    assert "password" in result.message


@pytest.mark.parametrize("data", [b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", b"%PDF-1.4\n" + b"\x00" * 500])
def test_damaged_pdf(data):
    result = extract(data, "damaged.pdf")
    assert result.status == "failed"
    assert "damaged" in result.message


def test_500_page_pdf_is_refused_clearly():
    result = extract(text_pdf([["Faktura", "Fakturanr: 1"]] * 500), "huge.pdf")
    assert result.status == "too_large"
    assert "500 pages" in result.message


def test_huge_image_is_refused_clearly():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000), 1).save(buffer, format="PNG")
    result = extract(buffer.getvalue(), "poster.png")
    assert result.status == "too_large"
    assert "10000 × 10000" in result.message


def test_a_letter_is_not_an_invoice():
    letter = [
        "Kjære Ola Nordmann,",
        "Takk for hyggelig møte på kontoret i forrige uke. Vi gleder oss til å",
        "fortsette samarbeidet om den nye strategien for regionen, og vil sende et forslag til",
        "møteplan for våren så snart styret har behandlet saken.",
        "",
        "Med vennlig hilsen",
        "Kari Hansen",
    ]
    result = extract(text_pdf([letter]), "brev.pdf")
    assert result.status == "not_invoice"
    assert result.document_type == "not_invoice"
    assert result.as_json()["document_type"] == "not_invoice"


def test_a_holiday_photo_is_not_an_invoice():
    from PIL import Image, ImageDraw

    photo = Image.new("RGB", (1200, 800), (90, 160, 220))
    draw = ImageDraw.Draw(photo)
    draw.rectangle((0, 500, 1200, 800), fill=(230, 210, 160))  # sea and beach
    draw.ellipse((900, 80, 1040, 220), fill=(250, 220, 80))  # the sun
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG")
    result = extract(buffer.getvalue(), "ferie.jpg")
    assert result.status == "not_invoice"
    assert result.format == "ocr"


@pytest.mark.parametrize(
    ("data", "name"), [(b"", "empty.pdf"), (b"hello world", "notes.txt"), (b"\x89PNG\r\n\x1a\nbroken", "broken.png")]
)
def test_other_bad_files(data, name):
    result = extract(data, name)
    assert result.status in ("failed", "not_invoice")
    assert result.message
