"""EHF 3 / PEPPOL BIS Billing 3.0 (UBL 2.1 Invoice and CreditNote) into the invoice schema.
Exact: every value is read from its element, so every field gets confidence 1.0."""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal

from fornuft.core import identifiers
from fornuft.invoices.numbers import parse_date
from fornuft.invoices.schema import ExtractedInvoice, Line
from fornuft.platform.files.safexml import parse as parse_xml

UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class NotUBL(ValueError):
    """XML that is not a UBL Invoice or CreditNote."""


def root_kind(root) -> str | None:
    """'invoice' / 'credit_note' for a UBL root element, else None."""
    from lxml import etree

    qname = etree.QName(root)
    if qname.namespace == UBL_INVOICE and qname.localname == "Invoice":
        return "invoice"
    if qname.namespace == UBL_CREDIT_NOTE and qname.localname == "CreditNote":
        return "credit_note"
    return None


def _text(node, path: str) -> str:
    found = node.find(path, NS) if node is not None else None
    return (found.text or "").strip() if found is not None and found.text else ""


def _dec(node, path: str) -> Decimal | None:
    value = _text(node, path)
    try:
        return Decimal(value) if value else None
    except ArithmeticError:
        return None


def _party_name(party) -> str:
    return _text(party, "cac:PartyLegalEntity/cbc:RegistrationName") or _text(party, "cac:PartyName/cbc:Name")


def _vat_number(party) -> str:
    for scheme in party.findall("cac:PartyTaxScheme", NS) if party is not None else []:
        if _text(scheme, "cac:TaxScheme/cbc:ID").upper() == "VAT":
            return _text(scheme, "cbc:CompanyID")
    return ""


def _org_number(party) -> str:
    value = _text(party, "cac:PartyLegalEntity/cbc:CompanyID")
    compact = identifiers.digits(value)
    if len(compact) == 9 and value.replace(" ", "").isdigit():
        return compact
    vat = _vat_number(party).replace(" ", "").upper()
    if vat.startswith("NO") and len(identifiers.digits(vat)) == 9:
        return identifiers.digits(vat)
    return value or ""


def parse_ehf(data: bytes, source: str = "") -> ExtractedInvoice:
    """Parses a UBL Invoice / CreditNote; raises UnsafeXML or NotUBL with a clear message."""
    root = parse_xml(data)
    return extract_from_tree(root, source)


def extract_from_tree(root, source: str = "") -> ExtractedInvoice:
    kind = root_kind(root)
    if kind is None:
        from lxml import etree

        qname = etree.QName(root)
        raise NotUBL(
            f"The XML root is {{{qname.namespace}}}{qname.localname}, not a UBL Invoice or CreditNote "
            "(check the namespace); it is not an EHF invoice."
        )
    result = ExtractedInvoice(source=source, format="ehf", document_type=kind)
    supplier = root.find("cac:AccountingSupplierParty/cac:Party", NS)
    buyer = root.find("cac:AccountingCustomerParty/cac:Party", NS)
    currency = _text(root, "cbc:DocumentCurrencyCode")
    values = {
        "supplier_name": _party_name(supplier),
        "supplier_org_number": _org_number(supplier) if supplier is not None else "",
        "supplier_vat_number": _vat_number(supplier),
        "buyer_name": _party_name(buyer),
        "invoice_number": _text(root, "cbc:ID"),
        "issue_date": parse_date(_text(root, "cbc:IssueDate")),
        "due_date": parse_date(_text(root, "cbc:DueDate") or _text(root, "cac:PaymentMeans/cbc:PaymentDueDate")),
        "currency": currency,
        "total_excl_vat": _dec(root, "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"),
        "total_incl_vat": _dec(root, "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"),
        "order_reference": _text(root, "cac:OrderReference/cbc:ID"),
        "kid": "",
        "bank_account": "",
        "iban": "",
    }
    vat_total = None
    for total in root.findall("cac:TaxTotal", NS):
        amount = total.find("cbc:TaxAmount", NS)
        if amount is not None and amount.get("currencyID", currency) == currency and amount.text:
            try:
                vat_total = Decimal(amount.text.strip())
            except ArithmeticError:
                vat_total = None
            break
    values["vat_total"] = vat_total
    for means in root.findall("cac:PaymentMeans", NS):
        values["kid"] = values["kid"] or _text(means, "cbc:PaymentID")
        account = _text(means, "cac:PayeeFinancialAccount/cbc:ID").replace(" ", "").replace(".", "")
        if account.isdigit() and len(account) == 11:
            values["bank_account"] = values["bank_account"] or account
        elif account[:2].isalpha() and len(account) > 11:
            values["iban"] = values["iban"] or account.upper()
    for name, value in values.items():
        result.set(name, value if value not in ("",) else None, 1.0 if value not in ("", None) else 0.0)
    line_tag = "cac:InvoiceLine" if kind == "invoice" else "cac:CreditNoteLine"
    quantity_tag = "cbc:InvoicedQuantity" if kind == "invoice" else "cbc:CreditedQuantity"
    for node in root.findall(line_tag, NS):
        price = _dec(node, "cac:Price/cbc:PriceAmount")
        base_quantity = _dec(node, "cac:Price/cbc:BaseQuantity")
        if price is not None and base_quantity:
            price = price / base_quantity
        result.lines.append(
            Line(
                description=_text(node, "cac:Item/cbc:Name") or _text(node, "cac:Item/cbc:Description"),
                quantity=_dec(node, quantity_tag),
                unit_price=price,
                line_total=_dec(node, "cbc:LineExtensionAmount"),
                vat_rate=_dec(node, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"),
            )
        )
    for subtotal in root.findall("cac:TaxTotal/cac:TaxSubtotal", NS):
        result.vat_breakdown.append(
            {
                "base": _dec(subtotal, "cbc:TaxableAmount"),
                "vat": _dec(subtotal, "cbc:TaxAmount"),
                "rate": _dec(subtotal, "cac:TaxCategory/cbc:Percent"),
                "category": _text(subtotal, "cac:TaxCategory/cbc:ID"),
            }
        )
    result.allowance_total = _dec(root, "cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount") or Decimal(0)
    result.charge_total = _dec(root, "cac:LegalMonetaryTotal/cbc:ChargeTotalAmount") or Decimal(0)
    result.attachments = list(embedded_attachments(root))
    result.pages = 1
    return result


def embedded_attachments(root):
    """Yields {"filename", "mime", "data"} for each embedded binary object (e.g. the PDF view)."""
    for reference in root.findall("cac:AdditionalDocumentReference", NS):
        obj = reference.find("cac:Attachment/cbc:EmbeddedDocumentBinaryObject", NS)
        if obj is None or not obj.text:
            continue
        try:
            data = base64.b64decode("".join(obj.text.split()), validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(data) > MAX_ATTACHMENT_BYTES:
            continue
        yield {
            "filename": obj.get("filename") or _text(reference, "cbc:ID") or "attachment",
            "mime": obj.get("mimeCode", ""),
            "data": data,
        }
