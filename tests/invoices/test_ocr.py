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


def test_a_scanned_table_with_decimal_quantities_and_four_decimal_prices_adds_up():
    # kWh quantities with a decimal comma and prices with four decimals: the row is settled by
    # quantity × price = amount, re-reading cells when the page reading does not add up
    from decimal import Decimal as D

    import pypdfium2 as pdfium
    from PIL import ImageFilter

    from tests.invoices import layouts

    lines = [
        ("7100988", "Energiledd dag", D("18250.4"), "kWh", D("0.1845")),
        ("7100989", "Energiledd natt", D("6120.8"), "kWh", D("0.0412")),
        ("7100990", "Fastledd", D(1), "mnd", D("340.00")),
        ("7100991", "Effektledd", D("112.5"), "kW", D("41.20")),
    ]
    pdf = pdfium.PdfDocument(layouts.wholesale_invoice(lines, per_page=4))
    image = pdf[0].render(scale=220 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    scan = image.rotate(0.6, expand=True, fillcolor=255).filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    scan.save(buffer, "JPEG", quality=75)
    data = extract(buffer.getvalue(), "scan.jpg").as_json()
    got = [(line["quantity"], line["line_total"]) for line in data["lines"]]
    assert got == [("18250.4", "3367.20"), ("6120.8", "252.18"), ("1", "340.00"), ("112.5", "4635.00")]


def test_a_row_is_split_into_quantity_and_price_only_by_arithmetic():
    from decimal import Decimal as D

    from fornuft.invoices.ocr_rows import lost_separator, split_quantity_and_price

    assert split_quantity_and_price("22 390,00", D("8580.00")) == (D(22), D("390.00"))
    assert split_quantity_and_price("20 344,2 1,1038", D("22455.93")) == (D("20344.2"), D("1.1038"))
    assert split_quantity_and_price("22 390,00", D("8000.00")) is None  # nothing adds up: no guess
    assert D("20344.2") in lost_separator([D(203442)])  # a dropped decimal comma, offered as a candidate


def test_a_second_reading_fills_only_what_the_first_left_empty_or_read_as_noise():
    from fornuft.invoices.second_reading import merged
    from fornuft.platform.files.layout import Word

    first = [
        Word("Beskrivelse", 0, 0.10, 0.40, 0.25, 0.41, 0.97),
        Word("maraton", 0, 0.60, 0.05, 0.70, 0.06, 0.02),  # noise where a label stands
        Word("Sum", 0, 0.80, 0.40, 0.84, 0.41, 0.95),
    ]
    second = [
        Word("Beskrivelse", 0, 0.10, 0.40, 0.25, 0.41, 0.90),  # already read: not doubled
        Word("Fakturanummer", 0, 0.60, 0.05, 0.72, 0.06, 0.93),  # surely read over noise: replaces it
        Word("4 650,00", 0, 0.78, 0.42, 0.84, 0.43, 0.91),  # where the first read nothing: added
    ]
    texts = sorted(word.text for word in merged(first, second))
    assert texts == ["4 650,00", "Beskrivelse", "Fakturanummer", "Sum"]


def test_table_rules_are_whitened_before_the_plain_line_reading_and_letters_are_kept():
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from fornuft.platform.files.ocr import _without_rules

    page = Image.new("L", (1200, 400), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 28)
    for y in (50, 120, 190):  # a grid drawn in light grey, as a photo shows thin rules
        draw.line([(40, y), (1160, y)], fill=170, width=3)
    for x in (40, 700, 1160):
        draw.line([(x, 50), (x, 190)], fill=170, width=3)
    draw.text((60, 70), "Fagbok grunnkurs", font=font, fill=20)
    draw.text((900, 140), "5 340,00", font=font, fill=20)
    cleaned = np.asarray(_without_rules(page))
    assert (cleaned[50, 100:1100] > 240).all() and (cleaned[60:180, 700] > 240).all()  # rules gone
    assert (cleaned[60:110, 60:400] < 100).sum() > 500  # the letters are still there


def test_a_header_cell_run_into_the_next_is_split_where_a_column_name_starts():
    from fornuft.invoices.tables import find_header
    from fornuft.platform.files.layout import TextLine, Word, group_lines

    words = [
        Word(text, 0, x, 0.30, x + 0.01 * len(text), 0.31)
        for text, x in (
            ("Beskrivelse", 0.10),
            ("Antall", 0.55),
            ("Mva", 0.74),
            ("Beløp", 0.775),
            ("eks.", 0.83),
            ("mva", 0.865),
        )
    ]
    line = group_lines(words)[0]
    assert isinstance(line, TextLine)
    names = [name for name, _segment in find_header(line)]
    assert names[:4] == ["description", "quantity", "vat_rate", "line_total"]
