"""A subset of the EN 16931 / PEPPOL BIS Billing 3.0 business rules (amounts, VAT, currency,
dates, Norwegian identifiers), written after the official Schematron and checked against the
official rule unit tests (tests/invoices/test_peppol_rules.py reads them in place).

`validate(root)` returns [(rule_id, severity, message)] for a UBL Invoice / CreditNote root.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from fornuft.core.identifiers import ORG_WEIGHTS, mod11_check_digit
from fornuft.invoices.ehf import NS

CBC = "{" + NS["cbc"] + "}"
CAC = "{" + NS["cac"] + "}"
SLACK = Decimal("0.02")
INVOICE_TYPE_CODES = {
    "71",
    "80",
    "82",
    "84",
    "102",
    "218",
    "219",
    "326",
    "331",
    "380",
    "382",
    "383",
    "384",
    "386",
    "388",
    "393",
    "395",
    "553",
    "575",
    "623",
    "780",
    "817",
    "870",
    "875",
    "876",
    "877",
}
CREDIT_NOTE_TYPE_CODES = {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
CUSTOMIZATION_PREFIX = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE_RE = re.compile(r"^urn:fdc:peppol\.eu:2017:poacc:billing:\d\d:1\.0$")

Result = tuple[str, str, str]
RULES: dict[str, Callable] = {}


def rule(rule_id: str, severity: str = "error"):
    def register(function):
        function.rule_id, function.severity = rule_id, severity
        RULES[rule_id] = function
        return function

    return register


def _t(node, path: str) -> str | None:
    found = node.find(path, NS)
    if found is None:
        return None
    return (found.text or "").strip()


def _d(value: str | None) -> Decimal | None:
    try:
        return Decimal(value) if value not in (None, "") else None
    except InvalidOperation:
        return None


def _lines(root):
    return root.findall("cac:InvoiceLine", NS) + root.findall("cac:CreditNoteLine", NS)


def _allowance_charges(root):
    """Document- and line-level allowances/charges (not price level)."""
    found = root.findall("cac:AllowanceCharge", NS)
    for line in _lines(root):
        found += line.findall("cac:AllowanceCharge", NS)
    return found


def _is_credit_note(root) -> bool:
    return root.tag.endswith("}CreditNote")


@rule("PEPPOL-EN16931-R001")
def r001(root):
    if not _t(root, "cbc:ProfileID") and root.find("cbc:ProfileID", NS) is None:
        yield "Business process (cbc:ProfileID) MUST be provided."


@rule("PEPPOL-EN16931-R003")
def r003(root):
    if root.find("cbc:BuyerReference", NS) is None and root.find("cac:OrderReference/cbc:ID", NS) is None:
        yield "A buyer reference or purchase order reference MUST be provided."


@rule("PEPPOL-EN16931-R004")
def r004(root):
    value = _t(root, "cbc:CustomizationID")
    if value is not None and not value.startswith(CUSTOMIZATION_PREFIX):
        yield f"Specification identifier MUST start with '{CUSTOMIZATION_PREFIX}'."


@rule("PEPPOL-EN16931-R005")
def r005(root):
    tax_currency = _t(root, "cbc:TaxCurrencyCode")
    if tax_currency and tax_currency == _t(root, "cbc:DocumentCurrencyCode"):
        yield "VAT accounting currency code MUST be different from invoice currency code when provided."


def _extension(root) -> bool:
    """A national extension ("#conformant#", e.g. EHF forward billing) defines its own profiles."""
    return "#conformant#" in (_t(root, "cbc:CustomizationID") or "")


@rule("PEPPOL-EN16931-R007")
def r007(root):
    value = _t(root, "cbc:ProfileID")
    if value is not None and not _extension(root) and not PROFILE_RE.match(value):
        yield "Business process MUST be in the format 'urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0'."


@rule("PEPPOL-EN16931-R040")
def r040(root):
    for charge in _allowance_charges(root):
        factor, base = _d(_t(charge, "cbc:MultiplierFactorNumeric")), _d(_t(charge, "cbc:BaseAmount"))
        amount = _d(_t(charge, "cbc:Amount"))
        if factor is not None and base is not None and amount is not None:
            if abs(amount - base * factor / 100) > SLACK:
                expected = base * factor / 100
                yield f"Allowance/charge amount {amount} MUST equal base amount × percentage / 100 ({expected})."


@rule("PEPPOL-EN16931-R041")
def r041(root):
    for charge in _allowance_charges(root):
        if charge.find("cbc:MultiplierFactorNumeric", NS) is not None and charge.find("cbc:BaseAmount", NS) is None:
            yield "Allowance/charge base amount MUST be provided when allowance/charge percentage is provided."


@rule("PEPPOL-EN16931-R042")
def r042(root):
    for charge in _allowance_charges(root):
        if charge.find("cbc:BaseAmount", NS) is not None and charge.find("cbc:MultiplierFactorNumeric", NS) is None:
            yield "Allowance/charge percentage MUST be provided when allowance/charge base amount is provided."


@rule("PEPPOL-EN16931-R043")
def r043(root):
    charges = root.findall(".//cac:AllowanceCharge", NS)
    for charge in charges:
        indicator = charge.find("cbc:ChargeIndicator", NS)
        if indicator is not None and (indicator.text or "").strip() not in ("true", "false"):
            yield "Allowance/charge ChargeIndicator value MUST equal 'true' or 'false'."


@rule("PEPPOL-EN16931-R044")
def r044(root):
    for line in _lines(root):
        for charge in line.findall("cac:Price/cac:AllowanceCharge", NS):
            if (_t(charge, "cbc:ChargeIndicator") or "false") != "false":
                yield "Charge on price level is NOT allowed. Only value 'false' allowed."


@rule("PEPPOL-EN16931-R046")
def r046(root):
    for line in _lines(root):
        price = _d(_t(line, "cac:Price/cbc:PriceAmount"))
        for charge in line.findall("cac:Price/cac:AllowanceCharge", NS):
            base, amount = _d(_t(charge, "cbc:BaseAmount")), _d(_t(charge, "cbc:Amount"))
            if base is not None and amount is not None and price is not None and price != base - amount:
                yield f"Item net price {price} MUST equal gross price {base} less the price allowance {amount}."


@rule("PEPPOL-EN16931-R051")
def r051(root):
    currency = _t(root, "cbc:DocumentCurrencyCode")
    tax_currency = _t(root, "cbc:TaxCurrencyCode")
    for element in root.iter():
        value = element.get("currencyID") if isinstance(element.tag, str) else None
        if value is None or value == currency:
            continue
        is_tax_total = (
            element.tag == CBC + "TaxAmount"
            and element.getparent().tag == CAC + "TaxTotal"
            and element.getparent().getparent() is root
        )
        if not (is_tax_total and value == tax_currency):
            yield f"All currencyID attributes MUST have the invoice currency code ({currency}); found {value}."
            return


@rule("PEPPOL-EN16931-R053")
def r053(root):
    with_subtotals = [t for t in root.findall("cac:TaxTotal", NS) if t.find("cac:TaxSubtotal", NS) is not None]
    if len(with_subtotals) != 1:
        yield "Only one tax total with tax subtotals MUST be provided."


@rule("PEPPOL-EN16931-R054")
def r054(root):
    without = [t for t in root.findall("cac:TaxTotal", NS) if t.find("cac:TaxSubtotal", NS) is None]
    expected = 1 if root.find("cbc:TaxCurrencyCode", NS) is not None else 0
    if len(without) != expected:
        yield "Only one tax total without tax subtotals MUST be provided when tax currency code is provided."


@rule("PEPPOL-EN16931-R055")
def r055(root):
    currency, tax_currency = _t(root, "cbc:DocumentCurrencyCode"), _t(root, "cbc:TaxCurrencyCode")
    if not tax_currency:
        return
    amounts = {}
    for total in root.findall("cac:TaxTotal/cbc:TaxAmount", NS):
        amounts[total.get("currencyID")] = _d((total.text or "").strip())
    document, accounting = amounts.get(currency), amounts.get(tax_currency)
    if document is not None and accounting is not None:
        if not (document <= 0 and accounting <= 0 or document >= 0 and accounting >= 0):
            yield "Invoice total VAT amount and total VAT amount in accounting currency MUST have the same sign."


@rule("PEPPOL-EN16931-R061")
def r061(root):
    for means in root.findall("cac:PaymentMeans", NS):
        if _t(means, "cbc:PaymentMeansCode") in ("49", "59") and means.find("cac:PaymentMandate/cbc:ID", NS) is None:
            yield "Mandate reference MUST be provided for direct debit."


def _period(node):
    return (_t(node, "cac:InvoicePeriod/cbc:StartDate"), _t(node, "cac:InvoicePeriod/cbc:EndDate"))


@rule("PEPPOL-EN16931-R110")
def r110(root):
    start, _end = _period(root)
    if start:
        for line in _lines(root):
            line_start, _ = _period(line)
            if line_start and line_start < start:
                yield "Start date of line period MUST be within invoice period."


@rule("PEPPOL-EN16931-R111")
def r111(root):
    _start, end = _period(root)
    if end:
        for line in _lines(root):
            _, line_end = _period(line)
            if line_end and line_end > end:
                yield "End date of line period MUST be within invoice period."


@rule("PEPPOL-EN16931-R120")
def r120(root):
    for line in _lines(root):
        quantity = _d(_t(line, "cbc:InvoicedQuantity") or _t(line, "cbc:CreditedQuantity"))
        quantity = Decimal(1) if quantity is None else quantity
        price = _d(_t(line, "cac:Price/cbc:PriceAmount")) or Decimal(0)
        amount = _d(_t(line, "cbc:LineExtensionAmount"))
        if amount is None:
            yield "Invoice line net amount MUST be provided."
            continue
        base_quantity = _d(_t(line, "cac:Price/cbc:BaseQuantity")) or Decimal(1)
        charges = allowances = Decimal(0)
        for charge in line.findall("cac:AllowanceCharge", NS):
            value = _d(_t(charge, "cbc:Amount")) or Decimal(0)
            if _t(charge, "cbc:ChargeIndicator") == "true":
                charges += value
            else:
                allowances += value
        expected = quantity * (price / base_quantity) + charges - allowances
        if abs(amount - expected) > SLACK:
            yield (
                f"Invoice line net amount {amount} MUST equal quantity × price / base quantity "
                f"+ charges − allowances ({expected:.2f})."
            )


@rule("PEPPOL-EN16931-R121")
def r121(root):
    for line in _lines(root):
        base_quantity = _d(_t(line, "cac:Price/cbc:BaseQuantity"))
        if base_quantity is not None and base_quantity <= 0:
            yield "Base quantity MUST be a positive number above zero."


@rule("PEPPOL-EN16931-R130")
def r130(root):
    for line in _lines(root):
        quantity = line.find("cbc:InvoicedQuantity", NS)
        if quantity is None:
            quantity = line.find("cbc:CreditedQuantity", NS)
        base = line.find("cac:Price/cbc:BaseQuantity", NS)
        if (
            quantity is not None
            and base is not None
            and base.get("unitCode")
            and base.get("unitCode") != quantity.get("unitCode")
        ):
            yield "Unit code of price base quantity MUST be same as invoiced quantity."


@rule("PEPPOL-EN16931-P0100")
def p0100(root):
    code = _t(root, "cbc:InvoiceTypeCode")
    if (
        code is not None
        and (_t(root, "cbc:ProfileID") or "").endswith(":01:1.0")
        and code not in INVOICE_TYPE_CODES
        and not _extension(root)
    ):
        yield f"Invoice type code {code} is not permitted."


@rule("PEPPOL-EN16931-P0101")
def p0101(root):
    code = _t(root, "cbc:CreditNoteTypeCode")
    if (
        code is not None
        and (_t(root, "cbc:ProfileID") or "").endswith(":01:1.0")
        and code not in CREDIT_NOTE_TYPE_CODES
    ):
        yield f"Credit note type code {code} is not permitted."


@rule("PEPPOL-EN16931-F001")
def f001(root):
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(CBC) and element.tag.endswith("Date"):
            text = (element.text or "").strip()
            ok = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text))
            if ok:
                try:
                    date.fromisoformat(text)
                except ValueError:
                    ok = False
            if not ok:
                yield f"A date MUST be formatted YYYY-MM-DD; found {text!r}."


def _vat_id(root, path: str) -> str | None:
    for scheme in root.findall(path, NS):
        if _t(scheme, "cac:TaxScheme/cbc:ID") == "VAT":
            return _t(scheme, "cbc:CompanyID")
    return None


def supplier_country(root) -> str:
    """The supplier's country as the Norwegian rules see it: VAT prefix, tax representative, address."""
    vat = _vat_id(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme")
    if vat:
        return vat[:2].upper()
    vat = _vat_id(root, "cac:TaxRepresentativeParty/cac:PartyTaxScheme")
    if vat:
        return vat[:2].upper()
    return (
        _t(root, "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode") or ""
    ).upper()


@rule("NO-R-001")
def no_r001(root):
    if supplier_country(root) != "NO":
        return
    for scheme in root.findall("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme", NS):
        if _t(scheme, "cac:TaxScheme/cbc:ID") != "VAT":
            continue
        value = _t(scheme, "cbc:CompanyID") or ""
        match = re.fullmatch(r"NO(\d{9})MVA", value)
        if not match or mod11_check_digit(match.group(1)[:8], ORG_WEIGHTS) != int(match.group(1)[8]):
            yield "For Norwegian suppliers, a VAT number MUST be NO + a valid organisation number + MVA."


@rule("NO-R-002", "warning")
def no_r002(root):
    if supplier_country(root) != "NO":
        return
    for scheme in root.findall("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme", NS):
        if (
            _t(scheme, "cac:TaxScheme/cbc:ID") == "TAX"
            and (_t(scheme, "cbc:CompanyID") or "").lower() == "foretaksregisteret"
        ):
            return
    yield "Most Norwegian suppliers must state 'Foretaksregisteret' on the invoice (PartyTaxScheme TAX)."


def validate(root, only: set[str] | None = None) -> list[Result]:
    """Runs the implemented rules on a UBL root; [(rule_id, severity, message)]."""
    results: list[Result] = []
    for rule_id, function in RULES.items():
        if only is not None and rule_id not in only:
            continue
        for message in function(root):
            results.append((rule_id, getattr(function, "severity", "error"), message))
    return results
