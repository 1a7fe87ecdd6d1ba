"""Sample drawings made on the spot for the demo, tests and benchmarks: DXF in several title-block styles (with
ezdxf) and PDF with a text layer (HTML through WeasyPrint), each with the answer it should read.

    spec = sample_spec(3)                      # a title block + BOM, deterministic per number
    data = make_dxf(spec, style="grid_nb")     # bytes
    data = make_pdf(spec, style="rows_en")     # bytes

The styles are this project's own; blind sets made by others measure the reader on styles it
has never seen."""

from __future__ import annotations

import io
import random

DXF_STYLES = ("attributes", "grid_nb", "rows_en", "inline_nb", "mtext_en", "grid_en_bom_top", "header_rows_nb",
              "short_tags")
PDF_STYLES = ("rows_en", "grid_nb", "inline_nb")

_FIRMS = ["Vestby Konstruksjon AS", "Nordkapp Mekaniske AS", "Fjordline Engineering AS", "Holt & Berg Rådgivning AS",
          "Mjøsa Stålteknikk AS", "Arctic Process Design Ltd"]
_TITLES = ["Bærebjelke akse B", "Pump skid assembly", "Brakett for motorfeste", "Ventilasjonsaggregat plan 2",
           "Gear housing, machined", "Rekkverk trapp T2"]
_PROJECTS = ["P-2041 Kaiutvidelse Sandnes", "Lerkendal nybygg", "Project 7731 Hydro retrofit", "Sentrum skole",
             "Mongstad service", "Bryggen renovering"]
_PEOPLE = ["OKH", "PS", "T. Lien", "MBJ", "A. Dahl", "KRS"]
_PARTS = [("Skrue M8x30", "8.8 forsinket"), ("Flattstål 60x8", "S355"), ("Mutter M8", "A4"),
          ("Plate 10 mm", "S235JR"), ("Rør 48,3x3,2", "P235"), ("Lager 6204-2RS", "Stål"),
          ("Shaft Ø25", "42CrMo4"), ("Gasket DN50", "EPDM"), ("Bolt M12x60", "A2-70"), ("Washer M12", "A2")]


def sample_spec(number: int, *, with_bom: bool = True) -> dict:
    rng = random.Random(number)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    sheets = rng.randint(1, 4)
    bom = []
    if with_bom:
        for item in range(1, rng.randint(3, 7)):
            description, material = rng.choice(_PARTS)
            bom.append({"item": str(item), "part_number": f"{rng.choice('ABKM')}{rng.randint(10000, 99999)}",
                        "description": description, "quantity": rng.choice([1, 2, 4, 6, 8, 12]),
                        "material": material})
    return {
        "drawing_number": f"{rng.choice(['K', 'M', 'RIB', 'V'])}-{rng.randint(100, 999)}-{number:02d}",
        "title": rng.choice(_TITLES),
        "revision": rng.choice(["A", "B", "C", "01", "02", "D1"]),
        "date": f"2026-{month:02d}-{day:02d}",
        "drawn_by": rng.choice(_PEOPLE),
        "checked_by": rng.choice(_PEOPLE[::-1]),
        "scale": rng.choice(["1:1", "1:2", "1:5", "1:20", "1:50", "2:1"]),
        "sheet": f"{rng.randint(1, sheets)}/{sheets}",
        "project": rng.choice(_PROJECTS),
        "company": rng.choice(_FIRMS),
        "client": "Hansen Bygg AS",
        "bom": bom,
    }


def _nb_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"


LABELS = {
    "nb": {"drawing_number": "Tegningsnr.", "title": "Tittel", "revision": "Rev.", "date": "Dato",
           "drawn_by": "Tegnet", "checked_by": "Kontrollert", "scale": "Målestokk", "sheet": "Blad",
           "project": "Prosjekt", "company": "Firma", "client": "Kunde"},
    "en": {"drawing_number": "Drawing no.", "title": "Title", "revision": "Rev", "date": "Date",
           "drawn_by": "Drawn by", "checked_by": "Checked by", "scale": "Scale", "sheet": "Sheet",
           "project": "Project", "company": "Company", "client": "Client"},
}
BOM_HEADERS = {"nb": ["Pos", "Delenr.", "Beskrivelse", "Antall", "Materiale"],
               "en": ["Item", "Part no.", "Description", "Qty", "Material"]}
ORDER = ("company", "project", "client", "title", "drawing_number", "revision", "date", "drawn_by", "checked_by",
         "scale", "sheet")


def _printed(spec: dict, field: str, lang: str) -> str:
    value = spec[field]
    if field == "date" and lang == "nb":
        return _nb_date(value)
    if field == "sheet" and lang == "nb":
        n, m = value.split("/")
        return f"{n} av {m}"
    if field == "sheet":
        n, m = value.split("/")
        return f"{n} of {m}"
    return value


def make_dxf(spec: dict, style: str = "grid_nb", *, version: str = "R2010") -> bytes:
    import ezdxf

    doc = ezdxf.new(version, setup=False)
    doc.header["$INSUNITS"] = 4
    for name in ("TITLE", "BOM", "GEOMETRY"):
        doc.layers.add(name)
    msp = doc.modelspace()
    _box(msp, 0, 0, 420, 297, layer="GEOMETRY")
    msp.add_circle((120, 160), 40, dxfattribs={"layer": "GEOMETRY"})
    lang = "en" if "_en" in style or style == "attributes" else "nb"
    x0, y0 = 240, 10  # title block lower left, 170 x 60
    if style == "attributes":
        _attributes(doc, msp, spec, x0, y0)
    elif style in ("grid_nb", "grid_en_bom_top"):
        _grid(msp, spec, x0, y0, "en" if style == "grid_en_bom_top" else "nb")
    elif style == "rows_en":
        _rows(msp, spec, x0, y0, "en")
    elif style == "inline_nb":
        _inline(msp, spec, x0, y0, "nb", mtext=False)
    elif style == "mtext_en":
        _inline(msp, spec, x0, y0, "en", mtext=True)
    elif style == "header_rows_nb":
        _header_rows(msp, spec, x0, y0, "nb")
    elif style == "short_tags":
        _attributes(doc, msp, spec, x0, y0, short=True)
    else:
        raise ValueError(style)
    if spec["bom"]:
        _bom(msp, spec["bom"], x0, y0 + (100 if style == "header_rows_nb" else 75), lang,
             header_on_top=(style != "grid_nb"))
    stream = io.StringIO()
    doc.write(stream)
    return stream.getvalue().encode(doc.output_encoding, errors="replace")


def _text(msp, text, x, y, h=2.5, layer="TITLE"):
    msp.add_text(text, height=h, dxfattribs={"layer": layer, "insert": (x, y)})


def _box(msp, x0, y0, x1, y1, layer="TITLE"):
    if msp.doc.dxfversion <= "AC1009":  # R12 has no LWPOLYLINE
        for a, b in (((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))):
            msp.add_line(a, b, dxfattribs={"layer": layer})
        return
    msp.add_lwpolyline([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], close=True, dxfattribs={"layer": layer})


def _attributes(doc, msp, spec, x0, y0, short=False):
    block = doc.blocks.new("TITLEBLOCK")
    tags = {"DWG_NO": "drawing_number", "TITLE": "title", "REV": "revision", "DATE": "date", "DRAWN": "drawn_by",
            "CHECKED": "checked_by", "SCALE": "scale", "SHEET": "sheet", "PROJECT": "project",
            "COMPANY": "company", "CLIENT": "client"}
    if short:  # abbreviated tags, and the firm's name as plain text in the block, not an attribute
        tags = {"DWGNO": "drawing_number", "TTL": "title", "RV": "revision", "DT": "date", "DWN": "drawn_by",
                "CHKD": "checked_by", "SCL": "scale", "SHT": "sheet", "PROJ": "project", "CUSTOMER": "client"}
        block.add_text(spec["company"], height=4,
                       dxfattribs={"insert": (5, 62)})
    _box(block, 0, 0, 170, 60)
    for i, tag in enumerate(tags):
        block.add_attdef(tag, (5, 55 - i * 5), dxfattribs={"height": 2.5})
    ref = msp.add_blockref("TITLEBLOCK", (x0, y0))
    ref.add_auto_attribs({tag: _printed(spec, field, "en") if field != "date" else spec["date"]
                          for tag, field in tags.items()})


def _grid(msp, spec, x0, y0, lang):
    """Cells 42.5 x 15 in a 4 x 4 grid; label small in the top-left corner, value below it."""
    fields = ["company", "project", "client", "title", "drawing_number", "revision", "date", "drawn_by",
              "checked_by", "scale", "sheet"]
    cells = [(c, r) for r in range(4) for c in range(4)]
    for (c, r), field in zip(cells, fields, strict=False):
        cx, cy = x0 + c * 42.5, y0 + (3 - r) * 15
        _box(msp, cx, cy, cx + 42.5, cy + 15)
        _text(msp, LABELS[lang][field], cx + 1, cy + 11.5, h=1.8)
        _text(msp, _printed(spec, field, lang), cx + 2, cy + 4, h=3.0)


def _header_rows(msp, spec, x0, y0, lang):
    """Rows of label cells, each over a row of value cells, lines between every row; a revision
    table above lists the older revisions."""
    rows = [["company", "client"], ["title"], ["project", "drawing_number", "revision"],
            ["date", "drawn_by", "checked_by"], ["scale", "sheet"]]
    y = y0 + 70
    for fields in rows:
        width = 170 / len(fields)
        for i, field in enumerate(fields):
            x = x0 + i * width
            _box(msp, x, y - 4, x + width, y)
            _text(msp, LABELS[lang][field], x + 1, y - 3.2, h=2.0)
            _box(msp, x, y - 10, x + width, y - 4)
            _text(msp, _printed(spec, field, lang), x + 1, y - 8.5, h=3.0)
        y -= 10
    # the revision table over the title block: older revisions, oldest at the bottom
    top = y0 + 70 + 20
    _box(msp, x0, top - 20, x0 + 170, top)
    _text(msp, LABELS[lang]["revision"], x0 + 1, top - 19, h=2.0)
    _text(msp, "Beskrivelse", x0 + 20, top - 19, h=2.0)
    for n, old in enumerate(("Første utgave", "Endret etter kommentarer")):
        _text(msp, "0" if n == 0 else "-", x0 + 1, top - 15 + n * 5, h=2.0)
        _text(msp, old, x0 + 20, top - 15 + n * 5, h=2.0)


def _rows(msp, spec, x0, y0, lang):
    """Two columns: label | value, one field a row, lines between."""
    fields = ["company", "project", "client", "title", "drawing_number", "revision", "date", "drawn_by",
              "checked_by", "scale", "sheet"]
    step = 5.4
    for i, field in enumerate(fields):
        y = y0 + (len(fields) - 1 - i) * step
        _box(msp, x0, y, x0 + 40, y + step)
        _box(msp, x0 + 40, y, x0 + 170, y + step)
        _text(msp, LABELS[lang][field], x0 + 1.5, y + 1.5, h=2.5)
        _text(msp, _printed(spec, field, lang), x0 + 42, y + 1.5, h=2.5)


def _inline(msp, spec, x0, y0, lang, mtext):
    fields = ["company", "project", "client", "title", "drawing_number", "revision", "date", "drawn_by",
              "checked_by", "scale", "sheet"]
    _box(msp, x0, y0, x0 + 170, y0 + 62)
    for i, field in enumerate(fields):
        label, value = LABELS[lang][field], _printed(spec, field, lang)
        y = y0 + 57 - i * 5.2
        if mtext:
            msp.add_mtext(f"{{\\fArial|b1;{label}:}} \\C1;{value}",
                          dxfattribs={"insert": (x0 + 2, y + 2.5), "char_height": 2.5, "layer": "TITLE"})
        else:
            _text(msp, f"{label}: {value}", x0 + 2, y)


def _bom(msp, rows, x0, y0, lang, header_on_top=True):
    widths = [15, 30, 70, 20, 35]
    step = 6
    headers = BOM_HEADERS[lang]
    body = [[r["item"], r["part_number"], r["description"], str(r["quantity"]), r["material"]] for r in rows]
    lines = [headers, *body] if header_on_top else [*reversed(body), headers]
    top = y0 + step * (len(lines) + 1)
    _text(msp, "Stykkliste" if lang == "nb" else "Parts list", x0 + 2, top - 4.5, h=3.0, layer="BOM")
    for r, cells in enumerate(lines):
        y = top - step * (r + 2)
        x = x0
        for w, cell in zip(widths, cells, strict=False):
            _box(msp, x, y, x + w, y + step, layer="BOM")
            _text(msp, cell, x + 1.5, y + 1.8, h=2.5, layer="BOM")
            x += w


def make_pdf(spec: dict, style: str = "rows_en") -> bytes:
    """An A3 landscape drawing sheet as PDF with a text layer (WeasyPrint)."""
    from html import escape

    from weasyprint import HTML

    lang = "en" if style.endswith("_en") else "nb"
    fields = ["company", "project", "client", "title", "drawing_number", "revision", "date", "drawn_by",
              "checked_by", "scale", "sheet"]
    if style == "rows_en":
        rows = "".join(f"<tr><td class=l>{escape(LABELS[lang][f])}</td><td>{escape(_printed(spec, f, lang))}</td></tr>"
                       for f in fields)
        block = f"<table class=tb>{rows}</table>"
    elif style == "grid_nb":
        cells = "".join(
            f"<td><div class=small>{escape(LABELS[lang][f])}</div><div class=big>{escape(_printed(spec, f, lang))}"
            f"</div></td>" + ("</tr><tr>" if i % 4 == 3 else "") for i, f in enumerate(fields))
        block = f"<table class=tb><tr>{cells}</tr></table>"
    else:
        block = "<div class=tb>" + "".join(
            f"<div>{escape(LABELS[lang][f])}: {escape(_printed(spec, f, lang))}</div>" for f in fields) + "</div>"
    bom = ""
    if spec["bom"]:
        head = "".join(f"<th>{escape(h)}</th>" for h in BOM_HEADERS[lang])
        body = "".join("<tr>" + "".join(f"<td>{escape(str(r[k]))}</td>" for k in
                                        ("item", "part_number", "description", "quantity", "material")) + "</tr>"
                       for r in spec["bom"])
        bom = f"<div class=bomtitle>{'Stykkliste' if lang == 'nb' else 'Parts list'}</div>" \
              f"<table class=bom><tr>{head}</tr>{body}</table>"
    html = f"""<html><head><style>
      @page {{ size: 420mm 297mm; margin: 10mm }}
      body {{ font-family: sans-serif; font-size: 9pt }}
      .tb {{ position: absolute; right: 0; bottom: 0; width: 170mm; border-collapse: collapse }}
      .tb td {{ border: 0.4pt solid black; padding: 1mm 2mm; vertical-align: top }}
      .small {{ font-size: 6pt }} .big {{ font-size: 10pt; margin-top: 1mm }}
      .bom {{ position: absolute; right: 0; bottom: 75mm; width: 170mm; border-collapse: collapse }}
      .bom td, .bom th {{ border: 0.4pt solid black; padding: 1mm; text-align: left; font-weight: normal }}
      .bomtitle {{ position: absolute; right: 140mm; bottom: {75 + 7 * (len(spec['bom']) + 1) + 4}mm;
                   font-size: 11pt }}
    </style></head><body><div style="position:absolute; left: 20mm; top: 20mm">Snitt A-A</div>
    {bom}{block}</body></html>"""
    return HTML(string=html).write_pdf()
