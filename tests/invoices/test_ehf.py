"""EHF / PEPPOL UBL: the official examples read exactly, the embedded PDF, and a parser that
refuses XML bombs, external entities and the wrong namespace."""

# ruff: noqa: E501 - long lines are the UBL template, kept whole to stay readable

import base64

import pytest

from fornuft.invoices.extract import extract
from fornuft.testing.corpora import require_corpus

INVOICE = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
 <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
 <cbc:ID>2026-117</cbc:ID><cbc:IssueDate>2026-03-05</cbc:IssueDate><cbc:DueDate>2026-03-19</cbc:DueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>NOK</cbc:DocumentCurrencyCode>
 <cbc:BuyerReference>Ola</cbc:BuyerReference>
 <cac:AdditionalDocumentReference><cbc:ID>faktura.pdf</cbc:ID><cac:Attachment>
  <cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="faktura.pdf">{pdf}</cbc:EmbeddedDocumentBinaryObject>
 </cac:Attachment></cac:AdditionalDocumentReference>
 <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0192">974760673</cbc:EndpointID>
  <cac:PartyTaxScheme><cbc:CompanyID>NO974760673MVA</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyTaxScheme><cbc:CompanyID>Foretaksregisteret</cbc:CompanyID><cac:TaxScheme><cbc:ID>TAX</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>Fjellvind Kontor AS</cbc:RegistrationName><cbc:CompanyID>974760673</cbc:CompanyID></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Nordfjell Rådgivning AS</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
 <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentID>1234567897</cbc:PaymentID>
  <cac:PayeeFinancialAccount><cbc:ID>86011117947</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
 <cac:TaxTotal><cbc:TaxAmount currencyID="NOK">{vat}</cbc:TaxAmount><cac:TaxSubtotal>
  <cbc:TaxableAmount currencyID="NOK">1000.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="NOK">{vat}</cbc:TaxAmount>
  <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
 </cac:TaxSubtotal></cac:TaxTotal>
 <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="NOK">1000.00</cbc:LineExtensionAmount>
  <cbc:TaxExclusiveAmount currencyID="NOK">1000.00</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="NOK">{total}</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="NOK">{total}</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
 <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="HUR">2</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="NOK">1000.00</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Konsulenttimer</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>
  <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="NOK">500.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>"""


def make_ehf(vat="250.00", total="1250.00", pdf=b"%PDF-1.4 view") -> bytes:
    return INVOICE.format(vat=vat, total=total, pdf=base64.b64encode(pdf).decode()).encode()


def test_ehf_fields_exact():
    data = extract(make_ehf(), "f.xml").as_json()
    assert data["format"] == "ehf" and data["document_type"] == "invoice"
    assert (data["supplier_name"], data["supplier_org_number"], data["supplier_vat_number"]) == (
        "Fjellvind Kontor AS",
        "974760673",
        "NO974760673MVA",
    )
    assert (data["invoice_number"], data["issue_date"], data["due_date"]) == ("2026-117", "2026-03-05", "2026-03-19")
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("1000.00", "250.00", "1250.00")
    assert (data["kid"], data["bank_account"], data["currency"]) == ("1234567897", "86011117947", "NOK")
    assert data["lines"] == [
        {
            "description": "Konsulenttimer",
            "quantity": "2",
            "unit_price": "500.00",
            "line_total": "1000.00",
            "vat_rate": "25",
        }
    ]
    assert data["validation"] == []
    assert set(data["confidence"].values()) <= {0.0, 1.0}


def test_ehf_embedded_pdf_is_kept():
    result = extract(make_ehf(pdf=b"%PDF-1.4 the view"), "f.xml")
    assert result.attachments[0]["data"] == b"%PDF-1.4 the view"
    assert result.attachments[0]["mime"] == "application/pdf"


def test_ehf_arithmetic_faults():
    data = extract(make_ehf(vat="260.00", total="1260.00"), "f.xml").as_json()
    assert "VAT_MISMATCH" in {v["code"] for v in data["validation"]}
    data = extract(make_ehf(total="1300.00"), "f.xml").as_json()
    assert "TOTAL_MISMATCH" in {v["code"] for v in data["validation"]}


def test_ehf_examples_from_dfo():
    ehf = require_corpus("ehf")
    credit = extract((ehf / "Creditnote_EHF3.0_forward-billing-nettleie-corporate_v2.0.xml").read_bytes(), "c.xml")
    assert credit.document_type == "credit_note"
    assert credit.as_json()["total_incl_vat"] == "1543.34"
    invoice = extract((ehf / "ehf-3-faktura-1.xml").read_bytes(), "i.xml").as_json()
    assert (invoice["invoice_number"], invoice["total_incl_vat"], invoice["order_reference"]) == (
        "TOSL108",
        "1801.78",
        "123",
    )


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&lol3;</ID></Invoice>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&xxe;</ID></Invoice>"""


@pytest.mark.parametrize("payload", [BOMB, XXE])
def test_xml_bombs_and_external_entities_are_refused(payload):
    result = extract(payload, "evil.xml")
    assert result.status == "failed"
    assert "DTD" in result.message
    assert result.as_json()["invoice_number"] is None  # nothing was expanded or read from disk


def test_wrong_namespace_is_not_an_invoice():
    data = make_ehf().replace(b"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", b"urn:example:invoice")
    result = extract(data, "wrong.xml")
    assert result.status == "not_invoice"
    assert "namespace" in result.message


def test_broken_xml():
    result = extract(b"<Invoice><ID>1</Invoice>", "broken.xml")
    assert result.status == "failed" and "not well-formed" in result.message


def test_official_examples_raise_no_false_alarms():
    """The official examples are correct invoices; only their placeholder payment identifiers
    (IBAN "IBAN32423940", KID "0003434323213231") fail their checksums, which is right."""
    folders = [require_corpus("peppol", "examples"), require_corpus("peppol", "national-examples", "NO"),
               require_corpus("ehf")]
    files = [path for folder in folders for path in sorted(folder.glob("*.xml"))]
    assert files
    for path in files:
        codes = {v.code for v in extract(path.read_bytes(), path.name).validation if v.severity == "error"}
        assert codes <= {"IBAN_INVALID", "KID_INVALID"}, (path.name, codes)
