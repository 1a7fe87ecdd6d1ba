"""The documents intake makes: the quote (PDF, WeasyPrint templates), the slide deck (PPTX,
python-pptx) and the service report (PDF with the photos). Needs Django set up for the
templates and translations; takes plain data (Offer, Nameplate, ServiceNote)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from fornuft.intake.offer import Offer, local_today

DEFAULT_TERMS = {
    "nb": "Alle priser er i norske kroner eksklusive merverdiavgift. Tilbudet gjelder til datoen over, eller i 30 "
          "dager. Arbeid faktureres etter medgått tid. Betalingsbetingelser 14 dager netto. NS 8406 gjelder.",
    "en": "All prices are in Norwegian kroner excluding VAT. The quote is valid until the date above, or for 30 "
          "days. Labour is invoiced by time spent. Payment terms 14 days net.",
}


def _uri(path: str | None) -> str | None:
    if not path:
        return None
    if "://" in path:
        return path if path.startswith("file://") else None  # nothing is fetched from the network
    file = Path(path)
    return file.resolve().as_uri() if file.is_file() else None


def _branding(branding: dict | None, language: str) -> dict:
    branding = dict(branding or {})
    return {
        "company_name": branding.get("company_name") or "",
        "logo": _uri(branding.get("logo")),
        "terms": branding.get("terms") or DEFAULT_TERMS.get(language, DEFAULT_TERMS["en"]),
    }


def _pdf(html: str) -> bytes:
    import logging

    # WeasyPrint reports each step at INFO (some on import); the CLI's stdout carries only the JSON
    for name in ("weasyprint", "fontTools"):
        logging.getLogger(name).setLevel(logging.WARNING)
    from weasyprint import HTML  # heavy: imported only when a document is made

    return HTML(string=html, base_url="/").write_pdf()


def quote_pdf(offer: Offer, branding: dict | None = None, today: date | None = None) -> bytes:
    from django.template.loader import render_to_string
    from django.utils import translation

    language = offer.language if offer.language in {"nb", "en"} else "en"
    lines = [{**vars(line), "amount": None if line.unit_price is None else round(line.quantity * line.unit_price, 2)}
             for line in offer.lines]
    with translation.override(language):
        html = render_to_string("intake/quote_pdf.html", {
            "offer": offer, "lines": lines, "total": offer.total_excl_vat, "language": language,
            "today": today or local_today(), **_branding(branding, language)})
    return _pdf(html)


def _text(text_frame, lines: list[str], size: int = 20) -> None:
    from pptx.util import Pt

    text_frame.clear()
    for index, line in enumerate(lines):
        paragraph = text_frame.paragraphs[0] if index == 0 else text_frame.add_paragraph()
        paragraph.text = line
        paragraph.font.size = Pt(size)


def _money(value: float | None, language: str) -> str:
    if value is None:
        return "–"
    text = f"{value:,.2f}"
    if language == "nb":
        text = text.replace(",", " ").replace(".", ",")
    return f"{text} kr"


def slides_pptx(offer: Offer, branding: dict | None = None, today: date | None = None) -> bytes:
    """Title, the solution (products with their catalogue images), price, next steps."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    nb = offer.language == "nb"
    brand = _branding(branding, offer.language)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    title_layout, content_layout, title_only = deck.slide_layouts[0], deck.slide_layouts[1], deck.slide_layouts[5]

    slide = deck.slides.add_slide(title_layout)
    slide.shapes.title.text = ("Tilbud til " if nb else "Proposal for ") + (offer.customer or ("kunden" if nb else
                                                                                              "the customer"))
    subtitle = [brand["company_name"], (today or local_today()).strftime("%d.%m.%Y" if nb else "%d %B %Y")]
    _text(slide.placeholders[1].text_frame, [s for s in subtitle if s], 20)
    logo = brand["logo"]
    if logo:
        try:
            slide.shapes.add_picture(logo.removeprefix("file://"), Inches(0.4), Inches(0.3), height=Inches(0.9))
        except (OSError, ValueError):
            pass

    slide = deck.slides.add_slide(title_only)
    slide.shapes.title.text = "Løsningen" if nb else "The solution"
    products = [line for line in offer.lines if line.product_id]
    with_images = [line for line in products if line.image and Path(line.image).is_file()][:4]
    top = Inches(1.6)
    for index, line in enumerate(with_images):
        left = Inches(0.5 + index * 3.2)
        try:
            slide.shapes.add_picture(line.image, left, top, width=Inches(2.8))
        except (OSError, ValueError):  # not a picture python-pptx can place
            continue
        caption = slide.shapes.add_textbox(left, Inches(4.7), Inches(2.8), Inches(0.8))
        _text(caption.text_frame, [line.description], 14)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(5.4) if with_images else Inches(1.6), Inches(12), Inches(2))
    _text(box.text_frame, [f"{line.quantity:g} {line.unit or ''} {line.description}".replace("  ", " ")
                           for line in offer.lines][:8], 16)

    slide = deck.slides.add_slide(title_only)
    slide.shapes.title.text = "Pris" if nb else "Price"
    rows = len(offer.lines) + 2
    table = slide.shapes.add_table(rows, 4, Inches(0.5), Inches(1.5), Inches(12.3), Inches(0.4 * rows)).table
    headers = ["Beskrivelse", "Antall", "Enhetspris", "Beløp"] if nb else ["Description", "Quantity", "Unit price",
                                                                           "Amount"]
    for column, header in enumerate(headers):
        table.cell(0, column).text = header
    for row, line in enumerate(offer.lines, start=1):
        amount = None if line.unit_price is None else line.quantity * line.unit_price
        for column, value in enumerate([line.description, f"{line.quantity:g} {line.unit or ''}".strip(),
                                        _money(line.unit_price, offer.language), _money(amount, offer.language)]):
            table.cell(row, column).text = value
    table.cell(rows - 1, 0).text = "Sum eks. mva." if nb else "Total excl. VAT"
    table.cell(rows - 1, 3).text = _money(offer.total_excl_vat, offer.language)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.text_frame.paragraphs:
                paragraph.font.size = Pt(12)

    slide = deck.slides.add_slide(content_layout)
    slide.shapes.title.text = "Neste steg" if nb else "Next steps"
    valid = offer.valid_until.strftime("%d.%m.%Y") if offer.valid_until else None
    steps = (["Bekreft tilbudet skriftlig", "Vi avtaler befaring og oppstart",
              f"Tilbudet gjelder til {valid}" if valid else "Tilbudet gjelder i 30 dager"] if nb else
             ["Confirm the quote in writing", "We agree on a site visit and a start date",
              f"The quote is valid until {valid}" if valid else "The quote is valid for 30 days"])
    _text(slide.placeholders[1].text_frame, steps + list(offer.notes[:3]), 20)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def _photo_uri(data: bytes, folder: Path, index: int) -> str | None:
    """The photo as a JPEG file the PDF can embed (upright, at most 1600 px)."""
    from fornuft.intake.photo import PhotoProblem, open_photo

    try:
        image = open_photo(data)
    except PhotoProblem:
        return None
    image.thumbnail((1600, 1600))
    path = folder / f"photo-{index + 1}.jpg"
    image.save(path, format="JPEG", quality=85)
    return path.resolve().as_uri()


def service_report_pdf(equipment: dict, ratings: dict, note, transcript: str, photos: list[bytes], work_dir: Path,
                       language: str = "nb", branding: dict | None = None, customer: str | None = None,
                       today: date | None = None) -> bytes:
    from django.template.loader import render_to_string
    from django.utils import translation

    work_dir.mkdir(parents=True, exist_ok=True)
    uris = [uri for uri in (_photo_uri(data, work_dir, i) for i, data in enumerate(photos)) if uri]
    language = language if language in {"nb", "en"} else "nb"
    with translation.override(language):
        html = render_to_string("intake/service_report_pdf.html", {
            "equipment": equipment, "ratings": sorted(ratings.items()), "note": note, "transcript": transcript,
            "photos": uris, "language": language, "customer": customer, "today": today or local_today(),
            **_branding(branding, language)})
    return _pdf(html)
