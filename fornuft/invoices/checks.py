"""Norwegian and arithmetic checks on an extracted invoice, each with a stable code.

ORG_NUMBER_INVALID, VAT_NUMBER_INVALID, BANK_ACCOUNT_INVALID, IBAN_INVALID, KID_INVALID,
VAT_MISMATCH, TOTAL_MISMATCH, DUE_BEFORE_ISSUE, MISSING_FIELD (document checks, here) and
DUPLICATE, BANK_ACCOUNT_CHANGED, UNKNOWN_SUPPLIER (against the register, `check_register`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from fornuft.core import identifiers
from fornuft.invoices.schema import ERROR, REQUIRED_FIELDS, WARNING, ExtractedInvoice

ROUNDING = Decimal("0.02")
VAT_ROUNDING = Decimal("1.00")  # EN 16931 BR-CO-17 accepts a VAT amount within one unit of base × rate


def _money(value) -> str:
    return f"{Decimal(value):,.2f}".replace(",", " ")


def org_number_ok(number: str) -> bool:
    """Nine digits with a valid MOD11 check digit (the rule EHF's NO-R-001 applies)."""
    number = identifiers.digits(number)
    if len(number) != 9:
        return False
    return identifiers.mod11_check_digit(number[:8], identifiers.ORG_WEIGHTS) == int(number[8])


def vat_number_ok(value: str) -> bool:
    compact = "".join((value or "").upper().split())
    return (
        len(compact) == 14
        and compact.startswith("NO")
        and compact.endswith("MVA")
        and compact[2:11].isdigit()
        and org_number_ok(compact[2:11])
    )


def check_document(invoice: ExtractedInvoice) -> ExtractedInvoice:
    """Adds the document-level findings to `invoice.validation`; returns it."""
    get = invoice.get
    org = get("supplier_org_number")
    if org and (len(identifiers.digits(org)) == 9 and org.replace(" ", "").isdigit()) and not org_number_ok(org):
        invoice.add(
            "ORG_NUMBER_INVALID", ERROR, f"Organisation number {org} fails the MOD11 check.", "supplier_org_number"
        )
    vat_number = get("supplier_vat_number")
    if vat_number and vat_number.upper().replace(" ", "").startswith("NO") and not vat_number_ok(vat_number):
        invoice.add(
            "VAT_NUMBER_INVALID",
            ERROR,
            f"VAT number {vat_number} is not NO + a valid organisation number + MVA.",
            "supplier_vat_number",
        )
    account = get("bank_account")
    if account and not identifiers.is_valid_bank_account(account):
        invoice.add("BANK_ACCOUNT_INVALID", ERROR, f"Bank account {account} fails the MOD11 check.", "bank_account")
    iban = get("iban")
    if iban and not identifiers.is_valid_iban(iban):
        invoice.add("IBAN_INVALID", ERROR, f"IBAN {iban} fails the MOD97 check.", "iban")
    kid = get("kid")
    if kid and kid.isdigit() and not identifiers.is_valid_kid(kid):
        invoice.add("KID_INVALID", ERROR, f"KID {kid} fails both the MOD10 and the MOD11 check.", "kid")
    _check_amounts(invoice)
    issue, due = get("issue_date"), get("due_date")
    if issue and due and due < issue:
        invoice.add("DUE_BEFORE_ISSUE", ERROR, f"Due date {due} is before the invoice date {issue}.", "due_date")
    for name in REQUIRED_FIELDS:
        if get(name) in (None, ""):
            invoice.add("MISSING_FIELD", ERROR, f"The field {name} was not found.", name)
    if not get("bank_account") and not get("iban") and invoice.format != "ehf":
        invoice.add(
            "MISSING_FIELD", WARNING, "No bank account or IBAN was found; payment details are missing.", "bank_account"
        )
    return invoice


def _check_amounts(invoice: ExtractedInvoice) -> None:
    get = invoice.get
    excl, vat, incl = get("total_excl_vat"), get("vat_total"), get("total_incl_vat")
    if excl is not None and vat is not None and incl is not None and abs(excl + vat - incl) > ROUNDING:
        invoice.add(
            "TOTAL_MISMATCH",
            ERROR,
            f"Total excl. VAT {_money(excl)} + VAT {_money(vat)} = {_money(excl + vat)}, "
            f"but the invoice total is {_money(incl)}.",
            "total_incl_vat",
        )
    totals = [line.line_total for line in invoice.lines if line.line_total is not None]
    if invoice.lines and excl is not None and len(totals) == len(invoice.lines):
        # document-level allowances and charges (EHF) sit between the lines and the net total
        line_sum = sum(totals, Decimal(0)) - invoice.allowance_total + invoice.charge_total
        if abs(line_sum - excl) > ROUNDING + Decimal("0.01") * len(totals):
            # On a scan, a misread line is likelier than a wrong invoice when the totals agree
            header_agrees = vat is not None and incl is not None and abs(excl + vat - incl) <= ROUNDING
            severity = WARNING if invoice.format == "ocr" and header_agrees else ERROR
            invoice.add(
                "TOTAL_MISMATCH",
                severity,
                f"The lines (with allowances and charges) add up to {_money(line_sum)}, but total excl. VAT is "
                f"{_money(excl)}.",
                "total_excl_vat",
            )
    for number, line in enumerate(invoice.lines, 1):
        if line.quantity is not None and line.unit_price is not None and line.line_total is not None:
            if abs(line.quantity * line.unit_price - line.line_total) > ROUNDING and invoice.format != "ehf":
                invoice.add(
                    "TOTAL_MISMATCH",
                    WARNING,
                    f"Line {number}: {line.quantity} × {_money(line.unit_price)} is not {_money(line.line_total)}.",
                    "lines",
                )
    breakdown = [
        row
        for row in invoice.vat_breakdown
        if row.get("base") is not None and row.get("vat") is not None and row.get("rate") is not None
    ]
    for row in breakdown:
        expected = (row["base"] * row["rate"] / 100).quantize(Decimal("0.01"))
        if abs(expected - row["vat"]) > VAT_ROUNDING:
            invoice.add(
                "VAT_MISMATCH",
                ERROR,
                f"VAT {row['rate']:g} % of {_money(row['base'])} is {_money(expected)}, "
                f"but the invoice states {_money(row['vat'])}.",
                "vat_total",
            )
    if breakdown and vat is not None:
        stated = sum((row["vat"] for row in breakdown), Decimal(0))
        if abs(stated - vat) > ROUNDING and len(breakdown) > 1:
            invoice.add(
                "VAT_MISMATCH",
                ERROR,
                f"The VAT per rate adds up to {_money(stated)}, but the VAT total is {_money(vat)}.",
                "vat_total",
            )
    if not breakdown and excl is not None and vat is not None:
        rates = {line.vat_rate for line in invoice.lines if line.vat_rate is not None}
        if len(rates) == 1 and len(invoice.lines) > 0:
            rate = rates.pop()
            expected = (excl * rate / 100).quantize(Decimal("0.01"))
            if abs(expected - vat) > ROUNDING + Decimal("0.01") * len(invoice.lines):
                invoice.add(
                    "VAT_MISMATCH",
                    ERROR,
                    f"VAT {rate:g} % of {_money(excl)} is {_money(expected)}, but the invoice states {_money(vat)}.",
                    "vat_total",
                )


@dataclass
class RegisterView:
    """What the checks need to know from the supplier register and earlier invoices (plain data)."""

    supplier_known: bool = False
    supplier_name: str = ""
    bank_accounts: set[str] = field(default_factory=set)
    earlier: list[dict] = field(default_factory=list)  # {"ref", "invoice_number", "total", "issue_date"}


def check_register(invoice: ExtractedInvoice, view: RegisterView) -> ExtractedInvoice:
    get = invoice.get
    if not view.supplier_known:
        who = get("supplier_name") or get("supplier_org_number") or "?"
        invoice.add(
            "UNKNOWN_SUPPLIER", WARNING, f"The supplier {who} is not in the supplier register.", "supplier_name"
        )
    else:
        paid_to = {a for a in (get("bank_account"), get("iban")) if a}
        if paid_to and view.bank_accounts:
            known = {a.replace(" ", "").upper() for a in view.bank_accounts}
            known |= {a[4:] for a in known if a.startswith("NO") and len(a) == 15}
            if not any(a.replace(" ", "").upper() in known for a in paid_to):
                invoice.add(
                    "BANK_ACCOUNT_CHANGED",
                    ERROR,
                    f"Payment account {', '.join(sorted(paid_to))} differs from the account(s) on file for "
                    f"{view.supplier_name or 'this supplier'} — confirm with the supplier by phone before "
                    "paying (possible invoice fraud).",
                    "bank_account",
                )
    number, total, issued = get("invoice_number"), get("total_incl_vat"), get("issue_date")
    for earlier in view.earlier:
        same_number = number and earlier.get("invoice_number") == number
        same_amount_date = (
            total is not None
            and issued is not None
            and earlier.get("total") == total
            and earlier.get("issue_date") == issued
        )
        if same_number or same_amount_date:
            reason = f"invoice number {number}" if same_number else f"amount {_money(total)} and date {issued}"
            invoice.add(
                "DUPLICATE",
                ERROR,
                f"Same supplier and {reason} as {earlier.get('ref', 'an earlier invoice')}.",
                "invoice_number",
            )
            break
    return invoice
