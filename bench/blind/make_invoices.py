#!/usr/bin/env python3
"""Generate the blind supplier-invoice set for Bjørgvin Rør og Klima AS.

Written by a helper that had not seen Fornuft's code, tests or seed data.
Run with the project venv (WeasyPrint, pypdfium2, Pillow):
    /work/main/.venv/bin/python make_invoices.py
-> invoices/documents/NNN.pdf|png|jpg and invoices/truth.jsonl
"""
import json, os, random
from datetime import date, timedelta

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'invoices')
DOCS = os.path.join(HERE, 'documents')
BUYER = ("Bjørgvin Rør og Klima AS", "Kokstadflaten 31", "5257 Kokstad", "Org.nr 929 447 182")


# ---------------------------------------------------------------- checksums
def mod11_digit(body, weights):
    s = sum(int(d) * w for d, w in zip(body, weights))
    r = 11 - s % 11
    return None if r == 10 else (0 if r == 11 else r)


def org_number(rng):
    while True:
        body = '9' + ''.join(rng.choice('0123456789') for _ in range(7))
        c = mod11_digit(body, [3, 2, 7, 6, 5, 4, 3, 2])
        if c is not None:
            return body + str(c)


def account(rng):
    while True:
        body = rng.choice(['1503', '3624', '9710', '1207', '6011']) + ''.join(rng.choice('0123456789') for _ in range(6))
        c = mod11_digit(body, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if c is not None:
            return body + str(c)


def luhn_kid(body):
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def mod11_ok(num, weights):
    return mod11_digit(num[:-1], weights) == int(num[-1])


def kid_mod11_ok(k):
    # KID MOD11: weights 2..7 repeating from the right of the body; remainder 10 prints as "-"
    body, check = k[:-1], k[-1]
    s = sum(int(d) * (2 + i % 6) for i, d in enumerate(reversed(body)))
    r = 11 - s % 11
    want = '0' if r == 11 else '-' if r == 10 else str(r)
    return want == check


def kid_valid(k):
    return luhn_kid(k[:-1]) == k or kid_mod11_ok(k)


# ---------------------------------------------------------------- number formats
def nok(x, style='space'):
    s = f"{abs(x):,.2f}"
    if style == 'space':
        s = s.replace(',', ' ').replace('.', ',')
    elif style == 'dot':
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.')
    return ('-' if x < 0 else '') + s


def d_no(d):
    return d.strftime('%d.%m.%Y')


def org_fmt(o):
    return f"{o[:3]} {o[3:6]} {o[6:]}"


def acct_fmt(a):
    return f"{a[:4]}.{a[4:6]}.{a[6:]}"


# ---------------------------------------------------------------- catalogue (hand-written items)
ITEMS = {
    'ror': [("Pressfitting kobber 22 mm bend", 38.40), ("Pressfitting kobber 15 mm T-stykke", 29.90), ("PEX-rør 16 mm rull 100 m", 1245.00),
            ("Rør-i-rør fordelerskap 6 kurser", 3180.00), ("Sirkulasjonspumpe Alpha2 25-60", 2890.00), ("Kuleventil 1/2\" messing", 114.50),
            ("Gulvsluk Purus Line 700 mm", 4420.00), ("Membranmansjett DN50", 96.00), ("Avløpsrør PP 110 mm x 2 m", 212.00),
            ("Varmtvannsbereder 200 l", 9850.00), ("Blandebatteri servant krom", 1675.00), ("Termostatventil radiator", 349.00),
            ("Rørisolasjon 22/20 mm 2 m", 41.20), ("Stakefjær 10 m", 640.00), ("Lekkasjestopper WaterGuard", 2390.00)],
    'vent': [("Spirokanal Ø160 x 3 m", 318.00), ("Bend 90° Ø160", 92.50), ("Tilluftsventil KTS 125", 421.00), ("Avtrekksventil KSO 100", 188.00),
             ("Brannspjeld Ø200 EI60", 2980.00), ("Lyddemper Ø250 L=900", 1460.00), ("Filterpose F7 592x592", 265.00),
             ("Aggregat Nordic S4 med styring", 46800.00), ("Takhette Ø315", 1890.00), ("Reguleringsspjeld Ø160", 612.00)],
    'service': [("Arbeid servicetekniker", 985.00), ("Kjøring sone 2", 490.00), ("Kamerainspeksjon avløp", 3200.00),
                ("Spyling fellesledning", 2650.00), ("Leie minigraver pr dag", 1850.00), ("Leie sakselift 8 m pr uke", 5400.00)],
    'kantine': [("Lunsjbuffet byggeplassmøte (pr pers)", 189.00), ("Kaffe og rundstykker (pr pers)", 79.00), ("Smørbrødfat 20 stk", 1150.00)],
}

SUPPLIERS = [
    ("Rørkjøp Vest AS", "Sandsliåsen 12, 5254 Sandsli", 'ror'),
    ("Ventilasjonsgrossisten AS", "Midtunhaugen 4, 5224 Nesttun", 'vent'),
    ("Pumpeservice Nord AS", "Fjøsangerveien 210, 5073 Bergen", 'service'),
    ("Bergen Maskinutleie AS", "Hylkjeflaten 3, 5109 Hylkje", 'service'),
    ("Fana Rørgrossist AS", "Fanavegen 88, 5244 Fana", 'ror'),
    ("Kantinedrift Vest AS", "Lønningsvegen 1, 5258 Blomsterdalen", 'kantine'),
]

CSS_BASE = "@page { size: A4; margin: 18mm 16mm; } body { font-size: 9.5pt; }"


# ---------------------------------------------------------------- layouts
def table(rows, head, ruled=True, cls=''):
    b = 'border:1px solid #444;' if ruled else ''
    th = ''.join(f'<th style="{b}padding:3px;text-align:left">{h}</th>' for h in head)
    tr = ''.join('<tr>' + ''.join(f'<td style="{b}padding:3px;{"text-align:right" if i else ""}">{c}</td>' for i, c in enumerate(r)) + '</tr>' for r in rows)
    return f'<table class="{cls}" style="border-collapse:collapse;width:100%">{"<thead><tr>" + th + "</tr></thead>" if head else ""}{tr}</table>'


def buyer_html():
    return '<br>'.join(BUYER)


def layout_ruled(doc):
    """A: wholesaler ERP print, ruled table; long ones split over pages with carried sums (not line items)."""
    per_page = 16
    pages = [doc['lines'][i:i + per_page] for i in range(0, len(doc['lines']), per_page)]
    out, carried = [], 0.0
    for pi, chunk in enumerate(pages):
        rows = []
        if pi:
            rows.append(['<i>Overført fra forrige side</i>', '', '', '', nok(carried)])
        for ln in chunk:
            rows.append([ln['description'], f"{ln['quantity']:g}", 'stk', nok(ln['unit_price']), nok(ln['line_total'])])
            carried += ln['line_total']
        if pi < len(pages) - 1:
            rows.append(['<i>Sum overføres</i>', '', '', '', nok(carried)])
        head = f"""<table style="width:100%"><tr><td><h2 style="margin:0">{doc['supplier_name']}</h2>{doc['addr']}<br>Foretaksregisteret NO {org_fmt(doc['org_print'])} MVA</td>
<td style="text-align:right"><h1 style="margin:0">FAKTURA</h1>Fakturanr: {doc['invoice_number']}<br>Fakturadato: {d_no(doc['issue'])}<br>Forfall: {d_no(doc['due'])}<br>Side {pi + 1} av {len(pages)}</td></tr></table>
<p style="margin-top:10mm">{buyer_html()}</p>"""
        out.append(head + table(rows, ['Varetekst', 'Antall', 'Enh', 'Pris', 'Beløp']))
    tail = f"""<table style="width:45%;margin-left:55%;margin-top:6mm">
<tr><td>Sum eks. mva</td><td style="text-align:right">{nok(doc['net'])}</td></tr>
<tr><td>Mva 25 %</td><td style="text-align:right">{nok(doc['vat'])}</td></tr>
<tr><td><b>Å betale NOK</b></td><td style="text-align:right"><b>{nok(doc['total_print'])}</b></td></tr></table>
<p>Betales til konto {acct_fmt(doc['account'])} med KID {doc['kid']}</p>"""
    return ''.join(f'<div style="page-break-after:always">{p}</div>' if i < len(out) - 1 else p for i, p in enumerate(out)) + tail


def layout_mono(doc):
    """B: monospace, no ruling, ASCII-only text, short dates."""
    lines = [f"{doc['supplier_name'].upper()}", doc['addr'], f"Org nr {doc['org_print']} MVA", "", f"{'FAKTURA' if doc['document_type'] == 'invoice' else 'KREDITNOTA'} {doc['invoice_number']}",
             f"Dato {doc['issue'].strftime('%d.%m.%y')}" + (f"   Forfall {doc['due'].strftime('%d.%m.%y')}" if doc['due'] else ''), "",
             "Kunde: BJORGVIN ROR OG KLIMA AS, Kokstadflaten 31, 5257 Kokstad", "", f"{'Tekst':38s}{'Ant':>7s}{'A-pris':>12s}{'Sum':>13s}", '-' * 70]
    for ln in doc['lines']:
        lines.append(f"{ln['description'][:38]:38s}{ln['quantity']:>7g}{nok(ln['unit_price']):>12s}{nok(ln['line_total']):>13s}")
    lines += ['-' * 70, f"{'Netto':>57s}{nok(doc['net']):>13s}", f"{'MVA 25%':>57s}{nok(doc['vat']):>13s}",
              f"{'Aa betale' if doc['document_type'] == 'invoice' else 'Til gode'}{'':>48s}{nok(doc['total_print']):>13s}", "",
              f"Konto {acct_fmt(doc['account'])}" + (f"  KID {doc['kid']}" if doc['kid'] else '')]
    tr = str.maketrans({'ø': 'o', 'Ø': 'O', 'å': 'aa', 'Å': 'Aa', 'æ': 'ae', 'Æ': 'Ae', '"': "'"})
    return '<pre style="font-family:DejaVu Sans Mono,monospace;font-size:9pt">' + '\n'.join(lines).translate(tr) + '</pre>'


def layout_vatbreak(doc):
    """C: mixed VAT rates; totals only in the VAT breakdown table and on the giro strip."""
    rows = [[ln['description'], f"{ln['quantity']:g}", nok(ln['unit_price']), f"{ln['rate']} %", nok(ln['line_total'])] for ln in doc['lines']]
    br = [[f"{r} %", nok(b), nok(v), nok(b + v)] for r, b, v in doc['breakdown']]
    br.append(['<b>Totalt</b>', f"<b>{nok(doc['net'])}</b>", f"<b>{nok(doc['vat'])}</b>", f"<b>{nok(doc['total_print'])}</b>"])
    return f"""<div style="background:#e8f0e0;padding:6px"><b style="font-size:14pt">{doc['supplier_name']}</b> &nbsp; {doc['addr']} &nbsp; Org.nr: {doc['org_print']} MVA</div>
<p>Faktura til:<br>{buyer_html()}</p>
<p>Faktura nr. <b>{doc['invoice_number']}</b> &nbsp; | &nbsp; Dato {d_no(doc['issue'])} &nbsp; | &nbsp; Betalingsfrist {d_no(doc['due'])}</p>
{table(rows, ['Beskrivelse', 'Ant.', 'Enhetspris', 'MVA', 'Netto'], ruled=False)}
<h3>MVA-spesifikasjon</h3>{table(br, ['Sats', 'Grunnlag', 'MVA', 'Sum'])}
<div style="margin-top:14mm;border-top:2px dashed #999;padding-top:4mm;font-family:monospace">GIRO &nbsp; Kundeidentifikasjon (KID): {doc['kid']} &nbsp;&nbsp; Kroner: {nok(doc['total_print'])} &nbsp;&nbsp; Til konto: {doc['account']}</div>"""


def layout_discount(doc):
    """D: list price, discount %, net price per line."""
    rows = [[ln['description'], f"{ln['quantity']:g}", nok(ln['list']), f"{ln['disc']:g} %", nok(ln['unit_price']), nok(ln['line_total'])] for ln in doc['lines']]
    title = 'Faktura' if doc['document_type'] == 'invoice' else 'Kreditnota'
    due = f"<tr><td>Forfallsdato</td><td>{d_no(doc['due'])}</td></tr>" if doc['due'] else ''
    kid = f"<tr><td>KID</td><td>{doc['kid']}</td></tr>" if doc['kid'] else ''
    return f"""<table style="width:100%"><tr><td style="width:60%"><span style="font-size:18pt;color:#1a4d8f">{doc['supplier_name']}</span><br>{doc['addr']}</td>
<td><table><tr><td colspan=2><b style="font-size:13pt">{title}</b></td></tr><tr><td>Nummer</td><td>{doc['invoice_number']}</td></tr><tr><td>Dato</td><td>{d_no(doc['issue'])}</td></tr>{due}{kid}</table></td></tr></table>
<p>{buyer_html()}</p>
{table(rows, ['Artikkel', 'Antall', 'Listepris', 'Rabatt', 'Nettopris', 'Sum'], cls='d')}
<p style="text-align:right">Sum netto: {nok(doc['net'])}<br>Merverdiavgift 25 %: {nok(doc['vat'])}<br><b>Totalt {'å betale' if doc['document_type'] == 'invoice' else 'til gode'}: NOK {nok(doc['total_print'])}</b></p>
<p style="font-size:8pt;color:#555">{doc['supplier_name']} · Org.nr. {org_fmt(doc['org_print'])} MVA · Bankkonto {acct_fmt(doc['account'])}</p>"""


def layout_foreign(doc):
    """E: English invoice from abroad, EUR or SEK, IBAN, 0 % VAT (reverse charge / export)."""
    rows = [[ln['description'], f"{ln['quantity']:g}", f"{ln['unit_price']:,.2f}", f"{ln['line_total']:,.2f}"] for ln in doc['lines']]
    return f"""<h1 style="letter-spacing:3px">INVOICE</h1><p><b>{doc['supplier_name']}</b><br>{doc['addr']}<br>VAT / Reg. no: {doc['org_print']}</p>
<p>Bill to: Bjørgvin Rør og Klima AS, Kokstadflaten 31, 5257 Kokstad, NORWAY</p>
<p>Invoice no: {doc['invoice_number']}<br>Invoice date: {doc['issue'].isoformat()}<br>Due date: {doc['due'].isoformat()}</p>
{table(rows, ['Description', 'Qty', f"Unit price {doc['currency']}", f"Amount {doc['currency']}"])}
<p style="text-align:right">Subtotal: {doc['net']:,.2f}<br>VAT 0 % (reverse charge): 0.00<br><b>Total due {doc['currency']}: {doc['total_print']:,.2f}</b></p>
<p>Payment: IBAN {' '.join(doc['iban'][i:i + 4] for i in range(0, len(doc['iban']), 4))} · BIC {doc['bic']}</p>"""


LAYOUTS = {'A_ruled': layout_ruled, 'B_mono': layout_mono, 'C_vatbreakdown': layout_vatbreak, 'D_discount': layout_discount, 'E_foreign': layout_foreign}


# ---------------------------------------------------------------- documents
def r2(x):
    return round(x + 1e-9, 2)


def make_doc(rng, n, layout, sup, credit=False, fault=None, foreign=None):
    name, addr_, kind = sup
    issue = date(2026, 10, 1) + timedelta(days=rng.randint(0, 60))
    due = None if credit else issue + timedelta(days=rng.choice([14, 20, 30]))
    items = ITEMS[kind]
    count = {'A_ruled': rng.choice([6, 9, 22, 31]), 'B_mono': rng.randint(3, 7), 'C_vatbreakdown': 0, 'D_discount': rng.randint(4, 8), 'E_foreign': rng.randint(2, 5)}[layout]
    lines = []
    if layout == 'C_vatbreakdown':
        for desc, price, rate in [("Lunsjbuffet byggeplassmøte (pr pers)", 189.0, 15), ("Smørbrødfat 20 stk", 1150.0, 15),
                                  ("Leie av møterom halv dag", 1800.0, 25), ("Servering utkjøring", 450.0, 25), ("Pant flasker", 36.0, 0)][:rng.randint(4, 5)]:
            q = rng.choice([1, 2, 12, 18]) if 'pers' in desc else 1
            lines.append({'description': desc, 'quantity': q, 'unit_price': price, 'line_total': r2(q * price), 'rate': rate})
    else:
        for _ in range(count):
            desc, price = rng.choice(items)
            if foreign:
                price = r2(price / foreign[1])
            q = rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 20]) if price < 2000 else rng.choice([1, 1, 2])
            ln = {'description': desc, 'quantity': q}
            if layout == 'D_discount':
                disc = rng.choice([10, 15, 22.5, 30, 35])
                ln.update(list=price, disc=disc, unit_price=r2(price * (1 - disc / 100)))
            else:
                ln['unit_price'] = price
            ln['line_total'] = r2(q * ln['unit_price'])
            lines.append(ln)
    net = r2(sum(ln['line_total'] for ln in lines))
    if layout == 'C_vatbreakdown':
        breakdown = []
        for rate in (25, 15, 0):
            base = r2(sum(ln['line_total'] for ln in lines if ln['rate'] == rate))
            if base:
                breakdown.append((rate, base, r2(base * rate / 100)))
        vat = r2(sum(v for _, _, v in breakdown))
    else:
        breakdown = None
        vat = 0.0 if foreign else r2(net * 0.25)
    total = r2(net + vat)
    org = foreign[2] if foreign else org_number(rng)
    acct = None if foreign else account(rng)
    kid = None if (foreign or credit) else luhn_kid(f"7{n:03d}{rng.randint(100000, 999999)}")
    doc = dict(supplier_name=name, addr=addr_, document_type='credit_note' if credit else 'invoice',
               invoice_number=(f"{rng.randint(10000, 99999)}" if not foreign else f"{foreign[3]}-{rng.randint(1000, 9999)}"),
               issue=issue, due=due, currency=foreign[0] if foreign else 'NOK', net=net, vat=vat, total=total, total_print=total,
               lines=lines, breakdown=breakdown, org=org, org_print=org, account=acct, kid=kid, iban=foreign[4] if foreign else None,
               bic=foreign[5] if foreign else None, layout=layout, faults=[])
    if fault == 'TOTAL_MISMATCH':
        doc['total_print'] = r2(total + 100.0)
        doc['total'] = doc['total_print']
    elif fault == 'KID_INVALID':
        k = doc['kid']
        doc['kid'] = k[:-1] + str((int(k[-1]) + 3) % 10)
        while kid_valid(doc['kid']):
            doc['kid'] = doc['kid'][:-1] + str((int(doc['kid'][-1]) + 1) % 10)
    elif fault == 'ORG_NUMBER_INVALID':
        o = doc['org']
        doc['org'] = doc['org_print'] = o[:-1] + str((int(o[-1]) + 1) % 10)
    if fault:
        doc['faults'] = [fault]
    return doc


def truth_of(doc, file, kind, fmt, pages, note):
    lines = [{k: ln[k] for k in ('description', 'quantity', 'unit_price', 'line_total')} for ln in doc['lines']]
    tr = str.maketrans({'ø': 'o', 'Ø': 'O', 'å': 'aa', 'Å': 'Aa', 'æ': 'ae', 'Æ': 'Ae', '"': "'"})
    if doc['layout'] == 'B_mono':  # the document prints ASCII transliterations, truncated to 38 chars
        for ln in lines:
            ln['description'] = ln['description'][:38].translate(tr)
    name = doc['supplier_name']
    return {'file': file, 'source_kind': kind, 'format': fmt, 'pages': pages, 'layout': doc['layout'], 'document_type': doc['document_type'],
            'supplier_name': name, 'supplier_org_number': doc['org'], 'invoice_number': doc['invoice_number'],
            'issue_date': doc['issue'].isoformat(), 'due_date': doc['due'].isoformat() if doc['due'] else None, 'currency': doc['currency'],
            'total_excl_vat': doc['net'], 'vat_total': doc['vat'], 'total_incl_vat': doc['total_print'], 'kid': doc['kid'],
            'bank_account': doc['account'], 'iban': doc['iban'], 'lines': lines, 'expected_validation': doc['faults'], 'note': note}


def render_scan(pdf_path, out_path, rng, mode):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    pdf = pdfium.PdfDocument(pdf_path)
    img = pdf[0].render(scale=200 / 72).to_pil().convert('L')
    img = img.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=235, resample=Image.BICUBIC)
    noise = Image.effect_noise(img.size, 18 if mode != 'fax' else 40)
    img = Image.blend(img, noise, 0.12).filter(ImageFilter.GaussianBlur(0.6))
    if mode == 'fax':
        img = img.point(lambda p: 255 if p > 150 else 0, mode='1')
        img.save(out_path)
    else:
        img.save(out_path, quality=55 if mode == 'jpeg_low' else 80)


def main():
    from weasyprint import HTML
    rng = random.Random(4471)
    os.makedirs(DOCS, exist_ok=True)
    foreign = [('EUR', 11.7, 'DE 298 114 507', 'NA', 'DE89370400440532013000', 'COBADEFFXXX', 'Nordtysk Armaturen GmbH', 'Hafenstraße 7, 24103 Kiel, Germany'),
               ('SEK', 0.97, '556677-8899', 'SV', 'SE4550000000058398257466', 'ESSESESS', 'Svensk VVS Grossist AB', 'Industrigatan 14, 212 25 Malmö, Sweden'),
               ('DKK', 1.56, 'DK 38 11 42 90', 'DV', 'DK5000400440116243', 'DABADKKK', 'DanVent ApS', 'Vestergade 22, 8000 Aarhus C, Denmark')]
    plan = []  # (layout, supplier, credit, fault, foreign, note)
    for i in range(7):
        plan.append(('A_ruled', SUPPLIERS[0 if i % 2 else 4], False, 'TOTAL_MISMATCH' if i == 3 else None, None, 'ruled wholesaler table; long ones carry sums over pages'))
    for i in range(4):
        plan.append(('B_mono', SUPPLIERS[2 if i % 2 else 3], i == 2, 'KID_INVALID' if i == 1 else None, None, 'monospace, ASCII, dd.mm.yy; credit note without KID/due date' if i == 2 else 'monospace, ASCII, dd.mm.yy'))
    for i in range(5):
        plan.append(('C_vatbreakdown', SUPPLIERS[5], False, None, None, '25/15/0 % VAT; totals only in VAT breakdown table and giro strip'))
    for i in range(6):
        plan.append(('D_discount', SUPPLIERS[1 if i % 2 else 0], i == 4, 'ORG_NUMBER_INVALID' if i == 2 else None, None, 'list price, discount %, net price' + ('; credit note' if i == 4 else '')))
    for f in foreign:
        plan.append(('E_foreign', (f[6], f[7], 'vent' if f[0] != 'SEK' else 'ror'), False, None, f, f'English, {f[0]}, IBAN, VAT 0 % reverse charge'))
    scans = {4: 'jpeg', 9: 'fax', 14: 'jpeg_low', 19: 'png'}  # these get rendered to images only
    truth = []
    order = list(range(len(plan)))
    rng.shuffle(order)
    for n, pi in enumerate(order, 1):
        layout, sup, credit, fault, fgn, note = plan[pi]
        if fgn:
            sup = (fgn[6], fgn[7], 'vent' if fgn[0] != 'SEK' else 'ror')
        doc = make_doc(rng, n, layout, sup, credit, fault, fgn)
        html = f"<html><head><meta charset='utf-8'><style>{CSS_BASE}</style></head><body>{LAYOUTS[layout](doc)}</body></html>"
        pdf_path = os.path.join(DOCS, f"{n:03d}.pdf")
        rendered = HTML(string=html).render()
        rendered.write_pdf(pdf_path)
        pages = len(rendered.pages)
        if n in scans and pages == 1:
            mode = scans[n]
            ext = 'png' if mode in ('fax', 'png') else 'jpg'
            out = os.path.join(DOCS, f"{n:03d}.{ext}")
            render_scan(pdf_path, out, rng, mode)
            os.remove(pdf_path)
            truth.append(truth_of(doc, f"{n:03d}.{ext}", 'scan', ext, 1, note + f'; scan ({mode}, noise, slight rotation)'))
        else:
            truth.append(truth_of(doc, f"{n:03d}.pdf", 'text_pdf', 'pdf', pages, note + (f'; {pages} pages' if pages > 1 else '')))
    with open(os.path.join(HERE, 'truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    print(len(truth), 'documents;', sum(t['source_kind'] == 'scan' for t in truth), 'scans;',
          [t['file'] + ':' + ','.join(t['expected_validation']) for t in truth if t['expected_validation']])


if __name__ == '__main__':
    main()
