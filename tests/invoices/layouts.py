"""Invented invoices in different layouts, rendered to text PDFs with WeasyPrint, for the kinds
of layout problems a reader meets at a new company: a table with a discount column, a table
that runs over two pages with carried-forward sums, totals only in a VAT breakdown table,
credit notes, other number formats and a buyer block with its own organisation number.

Every name, number and layout here is made up for the tests."""

from __future__ import annotations

from decimal import Decimal
from html import escape

SUPPLIER = "Brattli Ventilasjon AS"
SUPPLIER_ORG = "974760673"  # valid MOD11
BUYER = "Kvernhus Eiendom AS"
BUYER_ORG = "923609016"  # valid MOD11, but the buyer's
ACCOUNT = "86011117947"

STYLE = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
table.items { width: 100%; border-collapse: collapse; margin-top: 6mm; }
table.items td, table.items th { padding: 1.6mm 2mm; text-align: left; }
table.items td.n, table.items th.n { text-align: right; }
.right { position: absolute; right: 0; top: 0; text-align: right; }
.block { margin-top: 4mm; }
.page-break { page-break-before: always; }
"""


def money(value: Decimal, style: str = "nb") -> str:
    """12 345,67 (nb), 12.345,67 (dot), 12,345.67 (en)."""
    text = f"{abs(value):,.2f}"  # 12,345.67
    sign = "-" if value < 0 else ""
    if style == "nb":
        text = text.replace(",", "\u00a0").replace(".", ",")
    elif style == "dot":
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    return sign + text


def render(body: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>").write_pdf()


def _header(title: str, number: str, issued: str, due: str | None, buyer_org_label: str = "Kundens org.nr") -> str:
    due_row = f"<div>Forfallsdato: {due}</div>" if due else ""
    buyer = (
        f"<div class='block'><b>Faktura til:</b><br>{BUYER}<br>{buyer_org_label}: {BUYER_ORG}<br>"
        "Postboks 12, 4001 Stavanger</div>"
    )
    return (
        f"<div style='position: relative; height: 46mm'>"
        f"<div><b style='font-size: 14pt'>{SUPPLIER}</b><br>Verkstedveien 3, 5003 Bergen</div>"
        f"{buyer}"
        f"<div class='right'><b style='font-size: 16pt'>{title}</b><br>Fakturanr: {number}<br>"
        f"Fakturadato: {issued}<br>{due_row}</div></div>"
    )


def _footer() -> str:
    return (
        f"<div class='block' style='font-size: 8pt'>{SUPPLIER} · Org.nr: {SUPPLIER_ORG} MVA · Kontonr: {ACCOUNT}</div>"
    )


def _rows(columns: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    head = "".join(f"<th class='{'n' if i in numeric else ''}'>{escape(c)}</th>" for i, c in enumerate(columns))
    body = "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if i in numeric else ''}'>{escape(c)}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f"<table class='items'><tr>{head}</tr>{body}</table>"


def _totals(excl: Decimal, vat: Decimal, incl: Decimal, style: str = "nb") -> str:
    return (
        "<table style='margin-left: auto; margin-top: 5mm'>"
        f"<tr><td>Sum eks. mva</td><td style='text-align: right'>{money(excl, style)}</td></tr>"
        f"<tr><td>Mva 25 %</td><td style='text-align: right'>{money(vat, style)}</td></tr>"
        f"<tr><td><b>Å betale</b></td><td style='text-align: right'><b>{money(incl, style)}</b></td></tr></table>"
    )


def simple_invoice(
    lines: list[tuple],
    *,
    excl=None,
    vat=None,
    incl=None,
    number="40112",
    buyer_org_label="Kundens org.nr",
    title="FAKTURA",
) -> bytes:
    """Description, quantity, unit price (and the printed amount, when it is not their product)
    per line; totals computed unless given (to plant a fault)."""
    amounts = [line[3] if len(line) > 3 else line[1] * line[2] for line in lines]
    rows = [[line[0], f"{line[1]:g}", money(line[2]), money(a)] for line, a in zip(lines, amounts, strict=True)]
    computed = sum(amounts, Decimal(0))
    excl = computed if excl is None else excl
    vat = (excl * Decimal("0.25")).quantize(Decimal("0.01")) if vat is None else vat
    incl = excl + vat if incl is None else incl
    table = _rows(["Beskrivelse", "Antall", "Enhetspris", "Beløp"], rows, {1, 2, 3})
    header = _header(title, number, "03.11.2026", "17.11.2026", buyer_org_label)
    return render(header + table + _totals(excl, vat, incl) + _footer())


def discount_invoice(lines: list[tuple[str, Decimal, Decimal, Decimal]], number="40113") -> bytes:
    """Description, quantity, list price, discount %; the net amount per line after the discount."""
    rows, excl = [], Decimal(0)
    for description, quantity, list_price, discount in lines:
        net = (quantity * list_price * (1 - discount / 100)).quantize(Decimal("0.01"))
        excl += net
        rows.append([description, f"{quantity:g}", money(list_price), f"{discount:g} %", money(net)])
    vat = (excl * Decimal("0.25")).quantize(Decimal("0.01"))
    table = _rows(["Varetekst", "Antall", "Listepris", "Rabatt", "Netto"], rows, {1, 2, 3, 4})
    return render(
        _header("FAKTURA", number, "04.11.2026", "18.11.2026") + table + _totals(excl, vat, excl + vat) + _footer()
    )


def vat_breakdown_invoice(
    lines: list[tuple[str, Decimal, Decimal, int]], number="40114", wrong_rate_on: int | None = None
) -> bytes:
    """Lines at several VAT rates; the totals appear only in a breakdown table (rate, base, VAT,
    sum). `wrong_rate_on`: compute that rate's VAT at 25 % (a planted VAT fault; the totals still add up)."""
    rows, bases = [], {}
    for description, quantity, price, rate in lines:
        total = quantity * price
        bases[rate] = bases.get(rate, Decimal(0)) + total
        rows.append([description, f"{quantity:g}", money(price), f"{rate} %", money(total)])
    table = _rows(["Beskrivelse", "Antall", "Pris", "Mva", "Beløp"], rows, {1, 2, 3, 4})
    breakdown = [
        "<table style='margin-left: auto; margin-top: 5mm'><tr><th>Mva-sats</th><th>Grunnlag</th>"
        "<th>Mva</th><th>Sum</th></tr>"
    ]
    all_base = all_vat = Decimal(0)
    for rate, base in sorted(bases.items(), reverse=True):
        used = 25 if rate == wrong_rate_on else rate
        vat = (base * used / 100).quantize(Decimal("0.01"))
        all_base, all_vat = all_base + base, all_vat + vat
        breakdown.append(
            f"<tr><td>Mva {rate} %</td><td>{money(base)}</td><td>{money(vat)}</td><td>{money(base + vat)}</td></tr>"
        )
    breakdown.append(
        f"<tr><td><b>Totalt</b></td><td>{money(all_base)}</td><td>{money(all_vat)}</td>"
        f"<td><b>{money(all_base + all_vat)}</b></td></tr></table>"
    )
    slip = f"<div class='block'>Beløp å betale: {money(all_base + all_vat)}</div>"
    return render(
        _header("FAKTURA", number, "05.11.2026", "19.11.2026") + table + "".join(breakdown) + slip + _footer()
    )


def two_page_invoice(lines: list[tuple[str, Decimal, Decimal]], per_page: int, number="40115") -> bytes:
    """A table over two pages: 'Sum overføres' at the foot of page 1, 'Overført fra forrige side'
    at the top of page 2 (the header repeated), neither of them a line item."""
    first, second = lines[:per_page], lines[per_page:]
    carried = sum((q * p for _d, q, p in first), Decimal(0))
    columns = ["Beskrivelse", "Antall", "Enhetspris", "Beløp"]
    rows1 = [[d, f"{q:g}", money(p), money(q * p)] for d, q, p in first]
    rows2 = [[d, f"{q:g}", money(p), money(q * p)] for d, q, p in second]
    excl = sum((q * p for _d, q, p in lines), Decimal(0))
    vat = (excl * Decimal("0.25")).quantize(Decimal("0.01"))
    page1 = (
        _header("FAKTURA", number, "06.11.2026", "20.11.2026")
        + _rows(columns, rows1 + [["Sum overføres", "", "", money(carried)]], {1, 2, 3})
        + "<div>Side 1 av 2</div>"
    )
    page2 = (
        f"<div class='page-break'>{SUPPLIER} · Faktura {number} · Side 2 av 2</div>"
        + _rows(columns, [["Overført fra forrige side", "", "", money(carried)]] + rows2, {1, 2, 3})
        + _totals(excl, vat, excl + vat)
        + _footer()
    )
    return render(page1 + page2)


def monospace_invoice(lines: list[tuple[str, Decimal, Decimal]], number="40116") -> bytes:
    """A typewriter-style invoice: one monospace block, columns made of spaces, rules made of
    ASCII dashes, single-digit quantities and amounts with a space as thousands separator."""
    width = 64

    def row(left: str, quantity: str, price: str, amount: str) -> str:
        return f"{left:<30}{quantity:>5}{price:>13}{amount:>16}"

    rule = "-" * width
    body = [
        SUPPLIER.upper(),
        "Verkstedveien 3, 5003 Bergen",
        f"Org nr {SUPPLIER_ORG} MVA",
        "",
        f"FAKTURA {number}",
        "Dato 09.11.26     Forfall 23.11.26",
        "",
        row("Tekst", "Ant", "A-pris", "Sum"),
        rule,
    ]
    excl = Decimal(0)
    for description, quantity, price in lines:
        excl += quantity * price
        body.append(row(description, f"{quantity:g}", money(price), money(quantity * price)))
    vat = (excl * Decimal("0.25")).quantize(Decimal("0.01"))
    body += [
        rule,
        row("", "", "Netto", money(excl)),
        row("", "", "MVA 25%", money(vat)),
        row("Aa betale", "", "", money(excl + vat)),
        "",
        f"Konto {ACCOUNT[:4]}.{ACCOUNT[4:6]}.{ACCOUNT[6:]}",
    ]
    text = escape("\n".join(body)).replace("\u00a0", " ")
    return render(f"<pre style=\"font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt\">{text}</pre>")


def window_envelope_invoice(number="40117") -> bytes:
    """The supplier's brand at the top without its legal suffix, the buyer (with its own
    organisation number, printed bare) unlabelled in the address window, the invoice number
    under a bare "Nummer", and the full company name beside "Org.nr … MVA" only in the footer."""
    lines = [
        ("Driftsavtale ventilasjon", Decimal(1), Decimal("4200.00")),
        ("Filterbytte", Decimal(3), Decimal("350.00")),
    ]
    excl = sum((q * p for _d, q, p in lines), Decimal(0))
    vat = (excl * Decimal("0.25")).quantize(Decimal("0.01"))
    rows = [[d, f"{q:g}", money(p), money(q * p)] for d, q, p in lines]
    header = (
        "<div style='position: relative; height: 52mm'>"
        "<div style='font-size: 20pt'><b>Brattli</b></div>"
        f"<div style='margin-top: 10mm'>{BUYER}<br>Storgata 4<br>4006 Stavanger<br>Org.nr {BUYER_ORG}</div>"
        f"<div class='right'><b style='font-size: 16pt'>Faktura</b><br>Nummer {number}<br>Dato 10.11.2026<br>"
        "Forfallsdato 24.11.2026</div></div>"
    )
    footer = (
        f"<div class='block' style='font-size: 8pt'>{SUPPLIER} · Verkstedveien 3, 5003 Bergen · "
        f"Org.nr. {SUPPLIER_ORG[:3]} {SUPPLIER_ORG[3:6]} {SUPPLIER_ORG[6:]} MVA · Bankkonto {ACCOUNT}</div>"
    )
    table = _rows(["Beskrivelse", "Antall", "Enhetspris", "Beløp"], rows, {1, 2, 3})
    return render(header + table + _totals(excl, vat, excl + vat) + footer)


def export_invoice(registration: str, number="SE-4410") -> bytes:
    """An English invoice from abroad: 'VAT / Reg. no:' with a foreign number, VAT 0 %."""
    body = (
        "<div style='font-size: 16pt'><b>INVOICE</b></div>"
        "<div class='block'><b>Kalmar Pumpteknik AB</b><br>Hamnvägen 2, 392 30 Kalmar, Sweden<br>"
        f"VAT / Reg. no: {registration}</div>"
        f"<div class='block'>Bill to: {BUYER}, Storgata 4, 4006 Stavanger, NORWAY</div>"
        f"<div class='block'>Invoice no: {number}<br>Invoice date: 2026-11-12<br>Due date: 2026-12-12</div>"
        + _rows(["Description", "Qty", "Unit price", "Amount"], [["Pump seal kit", "2", "450.00", "900.00"]], {1, 2, 3})
        + "<div class='block' style='text-align: right'>Subtotal: 900.00<br>VAT 0 % (reverse charge): 0.00<br>"
        "Total due SEK: 900.00</div>"
    )
    return render(body)


def tradesman_invoice(vat_registered: bool = True, ascii_only: bool = False, number="40118") -> bytes:
    """A small tradesman's invoice: the net total is a bare "Sum" and the payable "Å betale kr"
    (or "Aa betale" written without å); a seller outside the VAT register prints no VAT at all."""
    lines = [
        ("Montering av plater, timer", Decimal("7.5"), Decimal("640.00")),
        ("Kjøring", Decimal(1), Decimal("380.00")),
    ]
    excl = sum((q * p for _d, q, p in lines), Decimal(0))
    vat = (excl * Decimal("0.25")).quantize(Decimal("0.01")) if vat_registered else Decimal(0)
    rows = [[d, f"{q:g}", money(p), money(q * p)] for d, q, p in lines]
    pay = "Aa betale kr" if ascii_only else "Å betale kr"
    totals = f"<tr><td>Sum</td><td class='n'>{money(excl)}</td></tr>"
    if vat_registered:
        totals += f"<tr><td>Mva 25%</td><td class='n'>{money(vat)}</td></tr>"
    totals += f"<tr><td><b>{pay}</b></td><td class='n'><b>{money(excl + vat)}</b></td></tr>"
    org = f"Org.nr. {SUPPLIER_ORG} MVA" if vat_registered else f"Org.nr. {SUPPLIER_ORG}"
    note = "" if vat_registered else "<div class='block'>Ikke mva-registrert.</div>"
    return render(
        f"<div><b style='font-size: 14pt'>{SUPPLIER}</b><br>{org}</div>"
        f"<div class='block'><b>FAKTURA</b><br>Fakturanr: {number}<br>Dato: 12.11.2026<br>Forfall: 26.11.2026</div>"
        + _rows(["Beskrivelse", "Antall", "Pris", "Sum"], rows, {1, 2, 3})
        + f"<table style='margin-left: auto; margin-top: 5mm'>{totals}</table>"
        + f"<div class='block'>Betales til konto {ACCOUNT}.</div>{note}"
    )


def wholesale_invoice(lines: list[tuple[str, str, Decimal, str, Decimal]], per_page: int, number="40120") -> bytes:
    """A wholesaler's table: article number, description, quantity, unit of measure, net price,
    amount; over two pages, page 2 starts with the letterhead again and no repeated table header."""
    columns = ["Varenr", "Beskrivelse", "Antall", "Enh.", "Nettopris", "Beløp"]

    def rows(part):
        def price(value):  # a price with four decimals is printed with them ("0,1845")
            return money(value) if value == value.quantize(Decimal("0.01")) else f"{value:.4f}".replace(".", ",")

        return [
            [code, d, f"{q:g}", unit, price(p), money((q * p).quantize(Decimal("0.01")))]
            for code, d, q, unit, p in part
        ]

    excl = sum(((q * p).quantize(Decimal("0.01")) for _c, _d, q, _u, p in lines), Decimal(0))
    vat = (excl * Decimal("0.25")).quantize(Decimal("0.01"))
    page2 = (
        f"<div class='page-break'><b>{SUPPLIER}</b> Verkstedveien 3, 5003 Bergen · Org.nr {SUPPLIER_ORG} MVA</div>"
        f"<div>{SUPPLIER} · Faktura {number} · Kundenr. 20418</div>"
    )
    fixed = (  # an ERP print: the columns sit at the same place on every page
        "<table class='items' style='table-layout: fixed'><colgroup><col style='width: 14%'>"
        "<col style='width: 38%'><col style='width: 10%'><col style='width: 8%'><col style='width: 15%'>"
        "<col style='width: 15%'></colgroup>"
    )
    return render(
        _header("FAKTURA", number, "07.11.2026", "21.11.2026")
        + _rows(columns, rows(lines[:per_page]), {2, 4, 5}).replace("<table class='items'>", fixed)
        + page2
        + _rows(columns, rows(lines[per_page:]), {2, 4, 5})
        .replace("<table class='items'>", fixed)
        .replace(
            "<tr>"
            + "".join(f"<th class='{'n' if i in {2, 4, 5} else ''}'>{c}</th>" for i, c in enumerate(columns))
            + "</tr>",
            "",
            1,
        )
        + _totals(excl, vat, excl + vat)
        + _footer()
    )
