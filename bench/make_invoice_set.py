"""Generates the Norwegian invoice test set into bench/data/invoices/:

  pdf/<name>.pdf + truth/<name>.json   ≥ 40 text PDFs in 9 layouts (nb and en), some with planted faults
  bench/results/invoice-scans/         ≥ 10 degraded scans of some of them (rotation, skew, noise, blur, JPEG)
                                       with their truth (31 MB, so not committed: bench/results is ignored)
  register.json                        the supplier register the checks compare against

Deterministic (seeded). Usage: .venv/bin/python bench/make_invoice_set.py [--out DIR] [--no-scans]
"""

# ruff: noqa: E501 - long lines are HTML templates, kept whole to stay readable

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fornuft.core.identifiers import with_account_check_digit, with_org_check_digit  # noqa: E402

OUT = ROOT / "bench" / "data" / "invoices"
SCANS = ROOT / "bench" / "results" / "invoice-scans"
TWO = Decimal("0.01")
MONTHS_NB = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SUPPLIER_NAMES = [
    "Fjellvind Kontor AS",
    "Bølgen Renhold AS",
    "Trollheimen IT-drift AS",
    "Havørn Transport AS",
    "Lysverket Elektro AS",
    "Solberg Kaffeservice AS",
    "Nordkapp Trykkeri AS",
    "Granskog Regnskap AS",
    "Vestlandske Vaktselskap AS",
    "Midnattsol Catering AS",
    "Kystlinje Advokatfirma DA",
    "Polarlys Programvare AS",
]
ITEMS_NB = [
    ("Konsulenttimer", 1150),
    ("Kontorrekvisita", 89.5),
    ("Renhold kontorlokaler", 4200),
    ("Driftsavtale server", 2990),
    ("Kaffeavtale månedlig", 1450),
    ("Trykk av brosjyrer", 12.75),
    ("Vakthold natt", 650),
    ("Catering lunsjmøte", 189),
    ("Lisens programvare", 399),
    ("Transport Oslo–Bergen", 3250),
    ("Elektrikertime", 895),
    ("Reisekostnader", 1234.6),
]
ITEMS_EN = [
    ("Consulting hours", 1150),
    ("Office supplies", 89.5),
    ("Office cleaning", 4200),
    ("Server operations contract", 2990),
    ("Monthly coffee service", 1450),
    ("Brochure printing", 12.75),
    ("Night security", 650),
    ("Lunch meeting catering", 189),
    ("Software licence", 399),
    ("Freight Oslo–Bergen", 3250),
    ("Electrician hour", 895),
    ("Travel expenses", 1234.6),
]


@dataclass
class Supplier:
    name: str
    org_number: str
    bank_account: str
    address: str
    email_domain: str


@dataclass
class InvoiceSpec:
    name: str
    layout: str
    lang: str
    supplier: Supplier
    number: str
    issue: date
    due: date
    lines: list[dict]
    kid: str
    bank_account: str
    org_number: str
    order_reference: str | None
    credit: bool = False
    faults: list[str] = field(default_factory=list)
    vat_stated: Decimal | None = None
    total_stated: Decimal | None = None

    @property
    def excl(self) -> Decimal:
        return sum((Decimal(str(line["total"])) for line in self.lines), Decimal(0))

    def vat_rows(self) -> list[tuple[Decimal, Decimal, Decimal]]:
        rates: dict[Decimal, Decimal] = {}
        for line in self.lines:
            rates[line["rate"]] = rates.get(line["rate"], Decimal(0)) + line["total"]
        return [(rate, base, (base * rate / 100).quantize(TWO, ROUND_HALF_UP)) for rate, base in sorted(rates.items())]

    @property
    def vat(self) -> Decimal:
        return self.vat_stated if self.vat_stated is not None else sum((r[2] for r in self.vat_rows()), Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.total_stated if self.total_stated is not None else self.excl + self.vat


def kid_mod10(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return body + str((10 - total % 10) % 10)


def make_suppliers(rng: random.Random) -> list[Supplier]:
    suppliers = []
    for name in SUPPLIER_NAMES:
        while True:
            org = with_org_check_digit(str(rng.choice([8, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7)))
            account = with_account_check_digit("".join(str(rng.randint(0, 9)) for _ in range(10)))
            if org and account:
                break
        domain = name.split()[0].lower().replace("ø", "o").replace("å", "a").replace("æ", "ae") + ".no"
        street = rng.choice(["Storgata", "Kirkegata", "Strandveien", "Industriveien", "Bryggen"])
        city = rng.choice(["0150 Oslo", "5003 Bergen", "7010 Trondheim", "9008 Tromsø", "4006 Stavanger"])
        suppliers.append(Supplier(name, org, account, f"{street} {rng.randint(1, 80)}, {city}", domain))
    return suppliers


def fmt_amount(value: Decimal, style: str) -> str:
    value = Decimal(value).quantize(TWO)
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    groups = f"{int(whole):,}"
    if style == "nb":  # 12 345,50
        return sign + groups.replace(",", "\u00a0") + "," + frac
    if style == "nb_dot":  # 12.345,50
        return sign + groups.replace(",", ".") + "," + frac
    return sign + groups + "." + frac  # en: 12,345.50


def fmt_date(value: date, style: str) -> str:
    if style == "nb":
        return value.strftime("%d.%m.%Y")
    if style == "nb_long":
        return f"{value.day}. {MONTHS_NB[value.month - 1]} {value.year}"
    if style == "iso":
        return value.isoformat()
    return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"


def fmt_account(account: str) -> str:
    return f"{account[:4]}.{account[4:6]}.{account[6:]}"


def fmt_org(org: str) -> str:
    return f"{org[:3]} {org[3:6]} {org[6:]}"


# ------------------------------------------------------------------ layouts (HTML for WeasyPrint)
BASE_CSS = """
@page { size: A4; margin: 16mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; }
table { border-collapse: collapse; }
td, th { padding: 3px 6px; vertical-align: top; }
.num { text-align: right; white-space: nowrap; }
h1 { margin: 0; }
"""


def _lines_table(
    spec: InvoiceSpec,
    labels: tuple,
    amount_style: str,
    *,
    rate_col: bool = True,
    css: str = "width:100%",
    head_style: str = "border-bottom:1px solid #333",
) -> str:
    description, quantity, price, rate, total = labels
    head = (
        f"<tr style='{head_style}'><th style='text-align:left'>{description}</th><th class='num'>{quantity}</th>"
        f"<th class='num'>{price}</th>"
        + (f"<th class='num'>{rate}</th>" if rate_col else "")
        + f"<th class='num'>{total}</th></tr>"
    )
    rows = "".join(
        f"<tr><td>{line['description']}</td><td class='num'>{line['quantity']}</td>"
        f"<td class='num'>{fmt_amount(line['price'], amount_style)}</td>"
        + (f"<td class='num'>{line['rate']} %</td>" if rate_col else "")
        + f"<td class='num'>{fmt_amount(line['total'], amount_style)}</td></tr>"
        for line in spec.lines
    )
    return f"<table style='{css}'>{head}{rows}</table>"


def _vat_lines(spec: InvoiceSpec, word: str, of: str, style: str) -> str:
    rows = spec.vat_rows()
    if spec.vat_stated is not None and len(rows) == 1:
        rows = [(rows[0][0], rows[0][1], spec.vat_stated)]
    return "".join(
        f"<tr><td>{word} {rate} % {of} {fmt_amount(base, style)}</td><td class='num'>{fmt_amount(vat, style)}</td></tr>"
        for rate, base, vat in rows
    )


def layout_classic(spec: InvoiceSpec) -> str:
    s = spec
    title = "KREDITNOTA" if s.credit else "FAKTURA"
    number_label = "Kreditnota nr." if s.credit else "Fakturanr."
    return f"""<style>{BASE_CSS} .meta td:first-child {{ color:#555 }}</style>
<table style="width:100%"><tr><td><h1 style="font-size:20pt">{s.supplier.name}</h1>{s.supplier.address}<br>
Org.nr. {fmt_org(s.org_number)} MVA</td><td style="text-align:right"><h1 style="font-size:22pt;color:#345">{title}</h1></td></tr></table>
<br><table style="width:100%"><tr><td style="width:55%"><b>Faktureres til</b><br>Nordfjell Rådgivning AS<br>Fjordgata 12<br>6800 Førde</td>
<td><table class="meta">
<tr><td>{number_label}</td><td>{s.number}</td></tr>
<tr><td>Fakturadato</td><td>{fmt_date(s.issue, "nb")}</td></tr>
<tr><td>Forfallsdato</td><td>{fmt_date(s.due, "nb")}</td></tr>
{f"<tr><td>Bestillingsnr.</td><td>{s.order_reference}</td></tr>" if s.order_reference else ""}
</table></td></tr></table><br><br>
{_lines_table(s, ("Beskrivelse", "Antall", "Enhetspris", "Mva", "Beløp"), "nb")}
<br><table style="margin-left:auto;width:50%">
<tr><td>Sum eks. mva</td><td class="num">{fmt_amount(s.excl, "nb")}</td></tr>
{_vat_lines(s, "Mva", "av", "nb")}
<tr style="font-weight:bold;border-top:1px solid #000"><td>Å betale</td><td class="num">{fmt_amount(s.total, "nb")}</td></tr></table>
<br><br><table><tr><td>Kontonr.</td><td>{fmt_account(s.bank_account)}</td></tr><tr><td>KID</td><td>{s.kid}</td></tr></table>"""


def layout_modern(spec: InvoiceSpec) -> str:
    s = spec
    cell = "padding:6px 14px 6px 0;font-size:8pt;color:#666"
    val = "padding:0 14px 6px 0;font-size:11pt"
    return f"""<style>{BASE_CSS}</style>
<div style="background:#1d3557;color:white;padding:14px"><span style="font-size:18pt">{s.supplier.name}</span>
<span style="float:right;font-size:14pt">Faktura</span></div>
<p style="color:#444">{s.supplier.address} · Foretaksregisteret · {fmt_org(s.org_number)}</p>
<table><tr><td style="{cell}">Fakturanummer</td><td style="{cell}">Fakturadato</td><td style="{cell}">Forfall</td>
<td style="{cell}">Kundenummer</td></tr>
<tr><td style="{val}">{s.number}</td><td style="{val}">{fmt_date(s.issue, "nb_long")}</td><td style="{val}">{fmt_date(s.due, "nb_long")}</td>
<td style="{val}">K-{s.org_number[-4:]}</td></tr></table>
<p><b>Kunde:</b> Nordfjell Rådgivning AS</p>
{_lines_table(s, ("Tekst", "Ant.", "Pris", "Mva-sats", "Sum"), "nb", head_style="background:#eee")}
<table style="margin-left:auto;margin-top:20px">
<tr><td>Nettobeløp</td><td class="num">kr {fmt_amount(s.excl, "nb")}</td></tr>
<tr><td>Merverdiavgift</td><td class="num">kr {fmt_amount(s.vat, "nb")}</td></tr>
<tr><td><b>Totalt å betale</b></td><td class="num"><b>kr {fmt_amount(s.total, "nb")}</b></td></tr></table>
<p style="margin-top:30px">Betales til konto {fmt_account(s.bank_account)} innen {fmt_date(s.due, "nb_long")}.<br>
KID-nr: {s.kid}</p>"""


def layout_english(spec: InvoiceSpec) -> str:
    s = spec
    return f"""<style>{BASE_CSS} td.l {{ font-weight:bold; padding-right:20px }}</style>
<h1 style="font-size:26pt;letter-spacing:3px">INVOICE</h1>
<p><b>{s.supplier.name}</b><br>{s.supplier.address}, Norway<br>VAT No. NO {fmt_org(s.org_number)} MVA</p>
<table style="width:100%"><tr><td style="width:50%"><b>Bill to:</b><br>Nordfjell Rådgivning AS<br>Fjordgata 12, 6800 Førde</td>
<td><table><tr><td class="l">Invoice number:</td><td>{s.number}</td></tr>
<tr><td class="l">Invoice date:</td><td>{fmt_date(s.issue, "en")}</td></tr>
<tr><td class="l">Due date:</td><td>{fmt_date(s.due, "en")}</td></tr>
{f"<tr><td class='l'>PO number:</td><td>{s.order_reference}</td></tr>" if s.order_reference else ""}</table></td></tr></table><br>
{_lines_table(s, ("Description", "Qty", "Unit price", "VAT", "Amount"), "en")}
<table style="margin-left:auto;margin-top:14px;width:45%">
<tr><td>Subtotal</td><td class="num">{fmt_amount(s.excl, "en")}</td></tr>
{_vat_lines(s, "VAT", "of", "en")}
<tr><td><b>Total due (NOK)</b></td><td class="num"><b>{fmt_amount(s.total, "en")}</b></td></tr></table>
<p>Payment to bank account {fmt_account(s.bank_account)}, payment reference (KID): {s.kid}</p>"""


def layout_compact(spec: InvoiceSpec) -> str:
    s = spec
    return f"""<style>{BASE_CSS} body {{ font-size:9pt }}</style>
<p style="font-size:15pt"><b>{s.supplier.name}</b></p>
<p>Faktura &nbsp; Fakturanr: {s.number} &nbsp;&nbsp;&nbsp; Dato: {fmt_date(s.issue, "iso")} &nbsp;&nbsp;&nbsp; Forfallsdato: {fmt_date(s.due, "iso")}</p>
<p>Kunde: Nordfjell Rådgivning AS{f" &nbsp;&nbsp;&nbsp; Ordrenr: {s.order_reference}" if s.order_reference else ""}</p>
<hr>{_lines_table(s, ("Vare", "Antall", "Pris", "Mva %", "Beløp"), "nb_dot", css="width:90%")}<hr>
<p>Sum eks. mva: {fmt_amount(s.excl, "nb_dot")}</p>
<p>Mva: {fmt_amount(s.vat, "nb_dot")}</p>
<p><b>Sum inkl. mva: {fmt_amount(s.total, "nb_dot")}</b></p>
<p style="margin-top:60px;font-size:8pt">{s.supplier.name} · {s.supplier.address} · Org.nr: {s.org_number} ·
Bankkonto: {s.bank_account} · KID: {s.kid}</p>"""


def layout_sidebar(spec: InvoiceSpec) -> str:
    s = spec
    return f"""<style>{BASE_CSS}</style>
<table style="width:100%"><tr>
<td style="width:32%;background:#f3efe6;padding:12px;font-size:8.5pt">
<b style="font-size:11pt">{s.supplier.name}</b><br><br>{s.supplier.address}<br><br>
Organisasjonsnummer<br>{s.org_number}<br><br>Kontonummer<br>{fmt_account(s.bank_account)}<br><br>
post@{s.supplier.email_domain}</td>
<td style="padding-left:20px">
<h1 style="font-size:20pt;font-weight:normal">Faktura {s.number}</h1><br>
<table><tr><td>Fakturadato:</td><td>{fmt_date(s.issue, "nb")}</td></tr>
<tr><td>Betalingsfrist:</td><td>{fmt_date(s.due, "nb")}</td></tr>
<tr><td>Kundeidentifikasjon:</td><td>{s.kid}</td></tr>
{f"<tr><td>Deres bestilling:</td><td></td></tr><tr><td>Bestillingsnummer:</td><td>{s.order_reference}</td></tr>" if s.order_reference else ""}
</table><br><p>Mottaker: Nordfjell Rådgivning AS</p><br>
{_lines_table(s, ("Beskrivelse", "Antall", "á pris", "Mva", "Beløp"), "nb", head_style="border-bottom:2px solid #b59")}
<br><table style="margin-left:auto">
<tr><td>Sum ekskl. mva</td><td class="num">{fmt_amount(s.excl, "nb")}</td></tr>
{_vat_lines(s, "Mva", "av", "nb")}
<tr><td><b>Sum å betale</b></td><td class="num"><b>{fmt_amount(s.total, "nb")}</b></td></tr></table>
</td></tr></table>"""


def layout_giro(spec: InvoiceSpec) -> str:
    s = spec
    box = "border:1px solid #999;padding:4px 8px;font-size:8pt;color:#444"
    val = "border:1px solid #999;border-top:none;padding:4px 8px;font-size:11pt"
    return f"""<style>{BASE_CSS}</style>
<p style="font-size:16pt">{s.supplier.name}</p><p>{s.supplier.address}<br>Org.nr {s.org_number} MVA</p>
<p style="font-size:14pt;margin-top:20px">Faktura nr. {s.number}</p>
<p>Fakturadato {fmt_date(s.issue, "nb")}<br>Til: Nordfjell Rådgivning AS</p>
{_lines_table(s, ("Spesifikasjon", "Antall", "Pris", "Mva", "Beløp"), "nb")}
<table style="margin-left:auto;margin-top:10px">
<tr><td>Sum eks. mva</td><td class="num">{fmt_amount(s.excl, "nb")}</td></tr>
{_vat_lines(s, "Mva", "av", "nb")}</table>
<div style="position:absolute;bottom:10mm;left:0;right:0;border-top:2px dashed #888;padding-top:10px">
<b>GIRO</b> &nbsp; Betalingsinformasjon<br><br>
<table style="width:100%"><tr><td style="{box}">Kundeidentifikasjon (KID)</td><td style="{box}">Beløp</td>
<td style="{box}">Til konto</td><td style="{box}">Betalingsfrist</td></tr>
<tr><td style="{val}">{s.kid}</td><td style="{val}">{fmt_amount(s.total, "nb")}</td>
<td style="{val}">{fmt_account(s.bank_account)}</td><td style="{val}">{fmt_date(s.due, "nb")}</td></tr></table></div>"""


def layout_en_modern(spec: InvoiceSpec) -> str:
    s = spec
    return f"""<style>{BASE_CSS} .k {{ color:#888;font-size:8pt;text-transform:uppercase }}</style>
<table style="width:100%"><tr><td><span style="font-size:24pt;color:#0a7">{s.supplier.name}</span></td>
<td style="text-align:right">Tax invoice</td></tr></table>
<table style="width:100%;margin-top:18px"><tr>
<td><span class="k">Invoice no.</span><br>{s.number}</td><td><span class="k">Issue date</span><br>{fmt_date(s.issue, "iso")}</td>
<td><span class="k">Payment due</span><br>{fmt_date(s.due, "iso")}</td>
<td><span class="k">Customer</span><br>Nordfjell Rådgivning AS</td></tr></table>
<p>Organisation number: {s.org_number}</p><br>
{_lines_table(s, ("Item", "Quantity", "Price", "VAT %", "Line total"), "en", head_style="border-bottom:2px solid #0a7")}
<table style="margin-left:auto;margin-top:12px">
<tr><td>Net amount</td><td class="num">NOK {fmt_amount(s.excl, "en")}</td></tr>
<tr><td>VAT amount</td><td class="num">NOK {fmt_amount(s.vat, "en")}</td></tr>
<tr><td><b>Amount due</b></td><td class="num"><b>NOK {fmt_amount(s.total, "en")}</b></td></tr></table>
<p style="margin-top:40px">Account number: {fmt_account(s.bank_account)}<br>KID: {s.kid}</p>
{f"<p>Your reference / order number: {s.order_reference}</p>" if s.order_reference else ""}"""


def layout_table_footer(spec: InvoiceSpec) -> str:
    s = spec
    rows = "".join(
        f"<tr><td>{line['description']}</td><td class='num'>{line['quantity']}</td>"
        f"<td class='num'>{fmt_amount(line['price'], 'nb')}</td><td class='num'>{line['rate']}%</td>"
        f"<td class='num'>{fmt_amount(line['total'], 'nb')}</td></tr>"
        for line in s.lines
    )
    vat_rows = "".join(
        f"<tr><td>Mva {rate} % av {fmt_amount(base, 'nb')}</td><td></td><td></td><td></td>"
        f"<td class='num'>{fmt_amount(s.vat_stated if s.vat_stated is not None else vat, 'nb')}</td></tr>"
        for rate, base, vat in s.vat_rows()
    )
    return f"""<style>{BASE_CSS} .grid td, .grid th {{ border:1px solid #aaa }}</style>
<p style="text-align:center;font-size:17pt;font-family:'DejaVu Serif'">{s.supplier.name}</p>
<p style="text-align:center">{s.supplier.address} — Organisasjonsnr. {fmt_org(s.org_number)}</p><br>
<table style="width:100%"><tr><td>Nordfjell Rådgivning AS<br>Fjordgata 12<br>6800 Førde</td>
<td style="text-align:right">Fakturanummer: {s.number}<br>Fakturadato: {fmt_date(s.issue, "nb_long")}<br>
Forfallsdato: {fmt_date(s.due, "nb_long")}</td></tr></table><br>
<table class="grid" style="width:100%"><tr><th style="text-align:left">Produkt</th><th>Antall</th><th>Enhetspris</th><th>Mva</th><th>Beløp</th></tr>
{rows}</table><table style="width:100%"><tr><td>Sum eks. mva</td><td></td><td></td><td></td><td class="num">{fmt_amount(s.excl, "nb")}</td></tr>
{vat_rows}<tr><td><b>Å betale</b></td><td></td><td></td><td></td><td class="num"><b>{fmt_amount(s.total, "nb")}</b></td></tr></table>
<p>Kontonummer: {fmt_account(s.bank_account)} &nbsp;&nbsp; KID: {s.kid}</p>"""


def layout_credit(spec: InvoiceSpec) -> str:
    s = spec
    return f"""<style>{BASE_CSS}</style>
<p style="font-size:18pt;color:#900">Kreditnota</p>
<p><b>{s.supplier.name}</b>, {s.supplier.address}. Org.nr. {s.org_number}</p>
<table><tr><td>Kreditnota nr.:</td><td>{s.number}</td></tr><tr><td>Dato:</td><td>{fmt_date(s.issue, "nb")}</td></tr>
<tr><td>Forfallsdato:</td><td>{fmt_date(s.due, "nb")}</td></tr><tr><td>Kunde:</td><td>Nordfjell Rådgivning AS</td></tr></table><br>
{_lines_table(s, ("Beskrivelse", "Antall", "Pris", "Mva", "Beløp"), "nb")}
<table style="margin-left:auto;margin-top:10px">
<tr><td>Sum eks. mva</td><td class="num">{fmt_amount(s.excl, "nb")}</td></tr>
{_vat_lines(s, "Mva", "av", "nb")}
<tr><td><b>Totalt kreditert</b></td><td class="num"><b>{fmt_amount(s.total, "nb")}</b></td></tr>
<tr><td>Sum inkl. mva</td><td class="num">{fmt_amount(s.total, "nb")}</td></tr></table>
<p>Beløpet utbetales til deres konto. Vår konto: {fmt_account(s.bank_account)}. KID: {s.kid}</p>"""


LAYOUTS = {
    "classic": (layout_classic, "nb"),
    "modern": (layout_modern, "nb"),
    "english": (layout_english, "en"),
    "compact": (layout_compact, "nb"),
    "sidebar": (layout_sidebar, "nb"),
    "giro": (layout_giro, "nb"),
    "en_modern": (layout_en_modern, "en"),
    "table_footer": (layout_table_footer, "nb"),
    "credit": (layout_credit, "nb"),
}


# ------------------------------------------------------------------ the set
FAULTS = [
    "ORG_NUMBER_INVALID",
    "BANK_ACCOUNT_INVALID",
    "KID_INVALID",
    "VAT_MISMATCH",
    "TOTAL_MISMATCH",
    "DUE_BEFORE_ISSUE",
    "BANK_ACCOUNT_CHANGED",
    "DUPLICATE",
    "VAT_NUMBER_INVALID",
]


def _lines(rng: random.Random, lang: str) -> list[dict]:
    items = ITEMS_NB if lang == "nb" else ITEMS_EN
    chosen = rng.sample(range(len(items)), rng.randint(1, 5))
    lines = []
    for index in chosen:
        description, price = items[index]
        quantity = rng.choice([1, 1, 2, 3, 5, 10, 12])
        price = Decimal(str(price)) * Decimal(rng.choice([1, 1, 1.1, 0.9])).quantize(Decimal("0.01"))
        price = price.quantize(TWO, ROUND_HALF_UP)
        rate = (
            Decimal(15) if "offee" in description or "Kaffe" in description or "atering" in description else Decimal(25)
        )
        lines.append(
            {
                "description": description,
                "quantity": quantity,
                "price": price,
                "total": (price * quantity).quantize(TWO),
                "rate": rate,
            }
        )
    return lines


def build_specs(seed: int = 2026) -> tuple[list[InvoiceSpec], list[Supplier]]:
    rng = random.Random(seed)
    suppliers = make_suppliers(rng)
    specs: list[InvoiceSpec] = []
    layout_names = list(LAYOUTS)
    count = 0
    for _round in range(5):
        for layout in layout_names:
            count += 1
            _, lang = LAYOUTS[layout]
            supplier = suppliers[(count * 5) % len(suppliers)]
            issue = date(2026, 1, 5) + timedelta(days=rng.randint(0, 300))
            spec = InvoiceSpec(
                name=f"{count:02d}-{layout}",
                layout=layout,
                lang=lang,
                supplier=supplier,
                number=str(rng.choice([10000, 2026000, 700]) + rng.randint(1, 999))
                if layout != "en_modern"
                else f"INV-{rng.randint(1000, 9999)}",
                issue=issue,
                due=issue + timedelta(days=rng.choice([10, 14, 30])),
                lines=_lines(rng, lang),
                kid=kid_mod10("".join(str(rng.randint(0, 9)) for _ in range(rng.choice([6, 9, 14])))),
                bank_account=supplier.bank_account,
                org_number=supplier.org_number,
                order_reference=(
                    f"PO-{rng.randint(100, 999)}"
                    if rng.random() < 0.4 and layout in ("classic", "english", "compact", "sidebar", "en_modern")
                    else None
                ),
                credit=layout == "credit",
            )
            specs.append(spec)
    # plant one fault each in some invoices (others stay clean: no false alarm allowed there)
    planted = {
        4: "ORG_NUMBER_INVALID",
        9: "BANK_ACCOUNT_INVALID",
        14: "KID_INVALID",
        19: "VAT_MISMATCH",
        24: "TOTAL_MISMATCH",
        29: "DUE_BEFORE_ISSUE",
        34: "BANK_ACCOUNT_CHANGED",
        39: "VAT_NUMBER_INVALID",
        43: "DUPLICATE",
        11: "VAT_MISMATCH",
        21: "TOTAL_MISMATCH",
        36: "BANK_ACCOUNT_INVALID",
    }
    for index, fault in planted.items():
        spec = specs[index]
        spec.faults.append(fault)
        if fault == "ORG_NUMBER_INVALID" or fault == "VAT_NUMBER_INVALID":
            last = int(spec.org_number[-1])
            spec.org_number = spec.org_number[:-1] + str((last + 3) % 10)
            if spec.layout not in ("english",) and fault == "VAT_NUMBER_INVALID":
                spec.faults = ["ORG_NUMBER_INVALID"]  # without "NO…MVA" on the page it is the org number that fails
        elif fault == "BANK_ACCOUNT_INVALID":
            last = int(spec.bank_account[-1])
            spec.bank_account = spec.bank_account[:-1] + str((last + 4) % 10)
        elif fault == "KID_INVALID":
            spec.kid = spec.kid[:-1] + str((int(spec.kid[-1]) + 5) % 10)
        elif fault == "VAT_MISMATCH":
            spec.vat_stated = spec.vat_rows()[0][2] + Decimal("100.00") if len(spec.vat_rows()) == 1 else None
            if spec.vat_stated is None:  # keep it to one VAT rate so the mismatch is visible on the page
                spec.lines = [line for line in spec.lines if line["rate"] == spec.lines[0]["rate"]]
                spec.vat_stated = spec.vat_rows()[0][2] + Decimal("100.00")
        elif fault == "TOTAL_MISMATCH":
            spec.total_stated = spec.excl + spec.vat + Decimal("250.00")
        elif fault == "DUE_BEFORE_ISSUE":
            spec.due = spec.issue - timedelta(days=7)
        elif fault == "BANK_ACCOUNT_CHANGED":
            spec.bank_account = (
                with_account_check_digit("1503" + "".join(str(rng.randint(0, 9)) for _ in range(6))) or "15030000009"
            )
        elif fault == "DUPLICATE":
            original = specs[index - 9]
            spec.supplier, spec.number, spec.org_number = original.supplier, original.number, original.org_number
            spec.bank_account = original.supplier.bank_account
    return specs, suppliers


def truth_of(spec: InvoiceSpec) -> dict:
    en = spec.lang == "en"
    vat_number = f"NO{spec.org_number}MVA" if spec.layout == "english" else None
    return {
        "source": f"{spec.name}.pdf",
        "layout": spec.layout,
        "lang": spec.lang,
        "document_type": "credit_note" if spec.credit else "invoice",
        "supplier_name": spec.supplier.name,
        "supplier_org_number": spec.org_number,
        "supplier_vat_number": vat_number,
        "buyer_name": "Nordfjell Rådgivning AS",
        "invoice_number": spec.number,
        "issue_date": spec.issue.isoformat(),
        "due_date": spec.due.isoformat(),
        "currency": "NOK",
        "total_excl_vat": f"{spec.excl:.2f}",
        "vat_total": f"{spec.vat:.2f}",
        "total_incl_vat": f"{spec.total:.2f}",
        "kid": spec.kid,
        "bank_account": spec.bank_account,
        "iban": None,
        "order_reference": spec.order_reference,
        "lines": [
            {
                "description": line["description"],
                "quantity": str(line["quantity"]),
                "unit_price": f"{line['price']:.2f}",
                "line_total": f"{line['total']:.2f}",
                "vat_rate": str(line["rate"]),
            }
            for line in spec.lines
        ],
        "planted_faults": spec.faults,
        "english": en,
        # a wrong account is also a changed account; a wrong org number also makes the supplier unknown
        "consequential": (["BANK_ACCOUNT_CHANGED"] if "BANK_ACCOUNT_INVALID" in spec.faults else []),
    }


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<html><head><meta charset='utf-8'></head><body>{html}</body></html>").write_pdf()


def degrade(pdf_bytes: bytes, rng: random.Random, kind: str):
    """A scanned-looking image of page 1: rotation/skew, noise, blur, JPEG artefacts."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    pdf = pdfium.PdfDocument(pdf_bytes)
    image = pdf[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    angle = {"skew": rng.uniform(-3.0, 3.0), "rot90": 90, "rot180": 180}.get(kind, rng.uniform(-1.5, 1.5))
    image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    if kind in ("blur", "skew", "rot90"):
        image = image.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.6, 1.1)))
    import numpy as np

    pixels = np.asarray(image, dtype=np.int16)
    noise = np.random.default_rng(rng.randint(0, 10**6)).normal(0, 14, pixels.shape)
    speckle = np.random.default_rng(rng.randint(0, 10**6)).random(pixels.shape) < 0.002
    pixels = np.clip(pixels + noise, 0, 255)
    pixels[speckle] = 0
    image = Image.fromarray(pixels.astype("uint8"), "L")
    return image


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--scans", type=Path, default=SCANS)
    parser.add_argument("--no-scans", action="store_true")
    args = parser.parse_args(argv)
    out: Path = args.out
    for folder in ("pdf", "truth"):
        (out / folder).mkdir(parents=True, exist_ok=True)
    args.scans.mkdir(parents=True, exist_ok=True)
    specs, suppliers = build_specs()
    register = [
        {"name": s.name, "org_number": s.org_number, "bank_accounts": [s.bank_account], "email_domain": s.email_domain}
        for s in suppliers
    ]
    (out / "register.json").write_text(json.dumps(register, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    pdfs = {}
    for number, spec in enumerate(specs, 1):
        function, _ = LAYOUTS[spec.layout]
        pdf = render_pdf(function(spec))
        (out / "pdf" / f"{spec.name}.pdf").write_bytes(pdf)
        (out / "truth" / f"{spec.name}.json").write_text(
            json.dumps(truth_of(spec), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        pdfs[spec.name] = pdf
        print(f"\r{number}/{len(specs)} PDFs", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    if not args.no_scans:
        rng = random.Random(7)
        kinds = ["skew", "blur", "noise", "rot90", "skew", "noise", "blur", "rot180", "skew", "noise", "blur", "skew"]
        clean = [s for s in specs if not s.faults][: len(kinds)]
        for number, (spec, kind) in enumerate(zip(clean, kinds, strict=False), 1):
            image = degrade(pdfs[spec.name], rng, kind)
            name = f"scan-{number:02d}-{kind}-{spec.name}"
            if number % 3 == 0:
                image.save(args.scans / f"{name}.pdf", "PDF", resolution=300)
            elif number % 3 == 1:
                image.save(args.scans / f"{name}.jpg", "JPEG", quality=70)
            else:
                image.save(args.scans / f"{name}.png", optimize=True)
            truth = truth_of(spec)
            truth["source"] = name
            (args.scans / f"{name}.json").write_text(
                json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            print(f"\r{number}/{len(kinds)} scans", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
