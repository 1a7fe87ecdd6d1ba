"""Norwegian and arithmetic checks on an extracted invoice, each with a stable code.

ORG_NUMBER_INVALID, VAT_NUMBER_INVALID, BANK_ACCOUNT_INVALID, IBAN_INVALID, KID_INVALID,
VAT_MISMATCH, TOTAL_MISMATCH, DUE_BEFORE_ISSUE, MISSING_FIELD (document checks, here) and
DUPLICATE, BANK_ACCOUNT_CHANGED, UNKNOWN_SUPPLIER (against the register, `check_register`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _gettext

from fornuft.core import identifiers
from fornuft.invoices.schema import ERROR, REQUIRED_FIELDS, WARNING, ExtractedInvoice


def gettext(text: str) -> str:
    """Translated when Django is set up; the checks also run in plain scripts (benchmarks)."""
    from django.apps import apps

    return _gettext(text) if apps.ready else text


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
    """Adds the document-level findings to `invoice.validation`; returns it. A checksum that
    fails on a number a scan read poorly goes to review (`invoice.review`), not to the faults."""
    get = invoice.get

    def fault(code: str, message: str, name: str) -> None:
        if invoice.format == "ocr" and not invoice.doubts.get(name):
            # OCR confuses digits consistently (6/8, 1/7, 0/8) with high confidence, and a check
            # digit catches exactly such a change: on a scan a failing one is likelier a misread
            # than a wrong number, so the number counts as unread, never as an accusation
            invoice.doubts[name] = "fails its check digit as read from the scan"
        if invoice.doubts.get(name):
            invoice.to_review(
                "FIGURES_UNSURE",
                gettext("Could not read %(names)s with confidence; %(what)s was not checked.")
                % {"names": name, "what": gettext("its check digit")},
                name,
            )
        else:
            invoice.add(code, ERROR, message, name)

    org = get("supplier_org_number")
    if org and (len(identifiers.digits(org)) == 9 and org.replace(" ", "").isdigit()) and not org_number_ok(org):
        fault("ORG_NUMBER_INVALID", f"Organisation number {org} fails the MOD11 check.", "supplier_org_number")
    vat_number = get("supplier_vat_number")
    if vat_number and vat_number.upper().replace(" ", "").startswith("NO") and not vat_number_ok(vat_number):
        fault(
            "VAT_NUMBER_INVALID",
            f"VAT number {vat_number} is not NO + a valid organisation number + MVA.",
            "supplier_vat_number",
        )
    account = get("bank_account")
    if account and not identifiers.is_valid_bank_account(account):
        fault("BANK_ACCOUNT_INVALID", f"Bank account {account} fails the MOD11 check.", "bank_account")
    iban = get("iban")
    if iban and not identifiers.is_valid_iban(iban):
        fault("IBAN_INVALID", f"IBAN {iban} fails the MOD97 check.", "iban")
    kid = get("kid")
    if kid and kid.isdigit() and not identifiers.is_valid_kid(kid):
        fault("KID_INVALID", f"KID {kid} fails both the MOD10 and the MOD11 check.", "kid")
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


TOTALS = ("total_excl_vat", "vat_total", "total_incl_vat")


def line_table_doubt(invoice: ExtractedInvoice) -> str:
    """Why the line items can't be trusted for arithmetic ("" when they can): the reader's own
    doubts, lines that don't add up on their own, lines missing an amount, or a scan."""
    if invoice.format == "ehf":
        return ""
    if invoice.doubts.get("lines"):
        return invoice.doubts["lines"]
    lines = invoice.lines
    if any(line.line_total is None for line in lines):
        return "a line without an amount"
    with_price = [line for line in lines if line.unit_price is not None]
    if with_price and any(line.unit_price is None and line.quantity is None for line in lines):
        return "a row with only an amount among priced lines (a note or a sum read as a line)"
    priced = [line for line in lines if line.quantity is not None and line.unit_price is not None]
    if priced and len(priced) != len(lines):
        return "some lines have no quantity or unit price"
    if any(line.quantity is not None and abs(line.quantity) >= 1_000_000 for line in lines):
        return "a quantity that is really several numbers run together"
    for number, line in enumerate(priced, 1):
        if abs(line.quantity * line.unit_price - line.line_total) > ROUNDING:
            return (
                f"line {number}: {line.quantity} × {_money(line.unit_price)} is not {_money(line.line_total)} "
                "(a discount or a column read wrong)"
            )
    if invoice.format == "ocr":
        return "the lines were read from a scan"
    return ""


STANDARD_RATES = (Decimal(25), Decimal(15), Decimal(12), Decimal("11.11"), Decimal(6), Decimal(0))
ROUNDING_WORDS = ("øreavrunding", "avrunding", "oreavrunding", "rounding", "öresavrundning", "avrundning")


def _rounding(invoice: ExtractedInvoice, incl) -> Decimal:
    """How far excl. + VAT may be from the total: a payable amount rounded to whole kroner
    (øreavrunding) differs by up to 0.50."""
    text = (invoice.text or "").lower()
    if invoice.format != "ehf" and (incl == incl.to_integral_value() or any(w in text for w in ROUNDING_WORDS)):
        return Decimal("0.50")
    return ROUNDING


def _vat_fits_net(invoice: ExtractedInvoice, excl, vat) -> bool:
    """Net and VAT confirm each other: the VAT is the net at one standard rate, or the VAT table's
    rows add up to both. Read from a PDF, two labelled figures that don't fit are likelier a misread."""
    if invoice.format == "ehf" or excl is None or vat is None:
        return invoice.format == "ehf"
    line_rates = {line.vat_rate for line in invoice.lines if line.vat_rate is not None}
    if len(line_rates) <= 1 and any(abs(excl * rate / 100 - vat) <= Decimal("0.05") for rate in STANDARD_RATES):
        return True  # one rate (several rates on the lines need the VAT table to confirm them)
    lines = invoice.lines
    if lines and all(line.line_total is not None and line.vat_rate is not None for line in lines):
        # the lines, each at its own rate, give both the net and the VAT
        net = sum((line.line_total for line in lines), Decimal(0))
        by_rate = sum((line.line_total * line.vat_rate / 100 for line in lines), Decimal(0))
        slack = ROUNDING + Decimal("0.01") * len(lines)
        if abs(net - excl) <= slack and abs(by_rate - vat) <= slack and not line_table_doubt(invoice):
            return True
    rows = [r for r in invoice.vat_breakdown if r.get("base") is not None and r.get("vat") is not None]
    if any(r.get("rate") is None or abs(r["base"] * r["rate"] / 100 - r["vat"]) > VAT_ROUNDING for r in rows):
        return False  # a VAT table that doesn't compute can't confirm anything
    return bool(rows) and (
        abs(sum((r["base"] for r in rows), Decimal(0)) - excl) <= ROUNDING * len(rows)
        and abs(sum((r["vat"] for r in rows), Decimal(0)) - vat) <= ROUNDING * len(rows)
    )


def _unsure(invoice: ExtractedInvoice, *names: str) -> list[str]:
    return [name for name in names if invoice.doubts.get(name)]


def _lines_unreadable(invoice: ExtractedInvoice, why: str) -> None:
    invoice.to_review(
        "LINES_UNREADABLE",
        gettext("Could not read the line table with confidence (%(why)s); the sums were not checked.") % {"why": why},
        "lines",
    )


def _totals_unsure(invoice: ExtractedInvoice, names: list[str], what: str) -> None:
    invoice.to_review(
        "FIGURES_UNSURE",
        gettext("Could not read %(names)s with confidence; %(what)s was not checked.")
        % {"names": ", ".join(names), "what": what},
        names[0] if names else "",
    )


def _check_amounts(invoice: ExtractedInvoice) -> None:
    """TOTAL_MISMATCH and VAT_MISMATCH accuse only on figures that were all read with
    confidence; when one of them is doubtful the invoice goes to review with the reason instead
    (`invoice.review`), which is not a fault."""
    get = invoice.get
    excl, vat, incl = get("total_excl_vat"), get("vat_total"), get("total_incl_vat")
    if excl is not None and vat is not None and incl is not None and abs(excl + vat - incl) > _rounding(invoice, incl):
        unsure = _unsure(invoice, *TOTALS)
        if not unsure and not _vat_fits_net(invoice, excl, vat):
            unsure = ["total_excl_vat", "vat_total"]
        if unsure:
            _totals_unsure(invoice, unsure, gettext("excl. VAT + VAT = total"))
        else:
            invoice.add(
                "TOTAL_MISMATCH",
                ERROR,
                f"Total excl. VAT {_money(excl)} + VAT {_money(vat)} = {_money(excl + vat)}, "
                f"but the invoice total is {_money(incl)}.",
                "total_incl_vat",
            )
    table_doubt = line_table_doubt(invoice) if invoice.lines else ""
    if invoice.lines and table_doubt.startswith("line "):
        _lines_unreadable(invoice, table_doubt)
    totals = [line.line_total for line in invoice.lines if line.line_total is not None]
    if invoice.lines and excl is not None and totals:
        # document-level allowances and charges (EHF) sit between the lines and the net total
        line_sum = sum(totals, Decimal(0)) - invoice.allowance_total + invoice.charge_total
        if invoice.document_type == "credit_note":  # printed with minus signs or without: the totals are kept positive
            line_sum, excl = abs(line_sum), abs(excl)
        tolerance = ROUNDING + Decimal("0.01") * len(totals)
        gross = incl is not None and abs(line_sum - incl) <= tolerance  # lines printed incl. VAT
        if abs(line_sum - excl) > tolerance and not gross:
            unsure = _unsure(invoice, "total_excl_vat")
            if not unsure and not _vat_fits_net(invoice, excl, vat):
                unsure = ["total_excl_vat"]
            if table_doubt:
                _lines_unreadable(invoice, table_doubt)
            elif unsure:
                _totals_unsure(invoice, unsure, gettext("the sum of the lines"))
            else:
                invoice.add(
                    "TOTAL_MISMATCH",
                    ERROR,
                    f"The lines (with allowances and charges) add up to {_money(line_sum)}, but total excl. VAT "
                    f"is {_money(excl)}.",
                    "total_excl_vat",
                )
    _check_vat(invoice, excl, vat, table_doubt)


def _reads_as_vat(row: dict) -> bool:
    """A VAT row that is wrong but coherent: its VAT is its base at some standard rate (the wrong
    one) or close to its own rate (a slip). Anything else is a misread row, not a fault."""
    base, vat = row["base"], row["vat"]
    if base <= 0 or vat <= 0:
        return False
    if any(abs(base * rate / 100 - vat) <= VAT_ROUNDING for rate in STANDARD_RATES if rate):
        return True
    own = base * row["rate"] / 100
    return own > 0 and abs(vat - own) <= own * Decimal("0.05")


def _check_vat(invoice: ExtractedInvoice, excl, vat, table_doubt: str) -> None:
    breakdown = [
        row
        for row in invoice.vat_breakdown
        if row.get("base") is not None and row.get("vat") is not None and row.get("rate") is not None
    ]
    wrong = [row for row in breakdown if abs((row["base"] * row["rate"] / 100) - row["vat"]) > VAT_ROUNDING]
    # a row whose VAT is no VAT of its base at all (nothing, more than 30 %, the rate itself) was misread
    misread = any(not _reads_as_vat(row) for row in wrong)
    stated = sum((row["vat"] for row in breakdown), Decimal(0))
    tolerance = ROUNDING + Decimal("0.01") * len(breakdown)
    # the VAT table is read surely when its rows add up to the (surely read) totals
    bases_agree = excl is not None and abs(sum((r["base"] for r in breakdown), Decimal(0)) - excl) <= tolerance
    vats_agree = vat is not None and abs(stated - vat) <= tolerance
    table_sure = invoice.format == "ehf" or (
        not misread and bases_agree and vats_agree and not _unsure(invoice, "total_excl_vat", "vat_total")
    )
    if wrong and not table_sure:
        invoice.to_review(
            "VAT_TABLE_UNREADABLE",
            gettext("Could not read the VAT table with confidence; VAT per rate was not checked."),
            "vat_total",
        )
    elif wrong:
        for row in wrong:
            expected = (row["base"] * row["rate"] / 100).quantize(Decimal("0.01"))
            invoice.add(
                "VAT_MISMATCH",
                ERROR,
                f"VAT {row['rate']:g} % of {_money(row['base'])} is {_money(expected)}, "
                f"but the invoice states {_money(row['vat'])}.",
                "vat_total",
            )
    if breakdown and vat is not None and len(breakdown) > 1 and abs(stated - vat) > ROUNDING:
        rows_sure = not wrong and (invoice.format == "ehf" or (bases_agree and not _unsure(invoice, *TOTALS)))
        if rows_sure:
            invoice.add(
                "VAT_MISMATCH",
                ERROR,
                f"The VAT per rate adds up to {_money(stated)}, but the VAT total is {_money(vat)}.",
                "vat_total",
            )
        else:
            invoice.to_review(
                "VAT_TABLE_UNREADABLE",
                gettext("Could not read the VAT table with confidence; VAT per rate was not checked."),
                "vat_total",
            )
    if not breakdown and excl is not None and vat is not None:
        rates = {line.vat_rate for line in invoice.lines if line.vat_rate is not None}
        all_rated = all(line.vat_rate is not None for line in invoice.lines)
        line_sum = sum((line.line_total or Decimal(0) for line in invoice.lines), Decimal(0))
        lines_give_net = abs(line_sum - excl) <= ROUNDING + Decimal("0.01") * len(invoice.lines)
        if len(rates) == 1 and invoice.lines and all_rated and not lines_give_net:
            table_doubt = table_doubt or "the lines do not add up to the total excl. VAT"
        if len(rates) == 1 and invoice.lines and all_rated:
            rate = rates.pop()
            expected = (excl * rate / 100).quantize(Decimal("0.01"))
            if abs(expected - vat) > ROUNDING + Decimal("0.01") * len(invoice.lines):
                unsure = _unsure(invoice, "total_excl_vat", "vat_total")
                if table_doubt:
                    _lines_unreadable(invoice, table_doubt)
                elif unsure:
                    _totals_unsure(invoice, unsure, gettext("the VAT rate"))
                else:
                    invoice.add(
                        "VAT_MISMATCH",
                        ERROR,
                        f"VAT {rate:g} % of {_money(excl)} is {_money(expected)}, but the invoice states "
                        f"{_money(vat)}.",
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
