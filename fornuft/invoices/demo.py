"""Documents demo data for the demo company: a supplier register, approval rules and a
handful of EHF invoices in different states. Idempotent."""

# ruff: noqa: E501 - long lines are the EHF template, kept whole to stay readable

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from fornuft.core.identifiers import with_account_check_digit

SUPPLIERS = [
    # name, org number, email domain, bank account body (10 digits), cost centre
    ("Fjellvind Kontor AS", "974760673", "fjellvind.no", "1503224411", "Administrasjon"),
    ("Trollheimen IT-drift AS", "918274731", "trollheimen-it.no", "3000187755", "IT"),
    ("Solberg Kaffeservice AS", "987654325", "solbergkaffe.no", "1206331902", "Administrasjon"),
    ("Havørn Transport AS", "923609016", "havorn.no", "9710456633", "Prosjektering"),
]
# reference, supplier index, number, days before today it was issued, lines [(description, qty, price, rate)],
# state, account override. Dates are relative so the demo always looks like this month's work.
INVOICES = [
    (
        "demo-1",
        0,
        "2026-1041",
        14,
        [("Kontorrekvisita", 12, "89.50", 25), ("Printerpapir A4", 10, "54.00", 25)],
        "awaiting_approval",
        None,
    ),
    (
        "demo-2",
        1,
        "IT-88213",
        11,
        [("Driftsavtale server, februar", 1, "8990.00", 25), ("Konsulenttimer", 6, "1150.00", 25)],
        "approved",
        None,
    ),
    ("demo-3", 2, "K-5520", 9, [("Kaffeavtale månedlig", 1, "1450.00", 15)], "exported", None),
    ("demo-4", 3, "T-20931", 6, [("Transport Oslo–Førde", 2, "3250.00", 25)], "needs_review", "1503000000"),
    ("demo-5", 0, "2026-1055", 4, [("Kontorstoler", 4, "2490.00", 25)], "rejected", None),
]


def _account(body: str) -> str:
    return with_account_check_digit(body) or "15032244111"


def ehf_invoice(supplier, number: str, issued: str, lines, account: str) -> bytes:
    """A small, valid EHF 3 (PEPPOL BIS 3) invoice."""
    name, org, _domain, _body, _cc = supplier
    total = sum((Decimal(price) * qty for _d, qty, price, _r in lines), Decimal(0))
    rates: dict[int, Decimal] = {}
    for _d, qty, price, rate in lines:
        rates[rate] = rates.get(rate, Decimal(0)) + Decimal(price) * qty
    vat_rows = [(rate, base, (base * rate / 100).quantize(Decimal("0.01"))) for rate, base in sorted(rates.items())]
    vat = sum((row[2] for row in vat_rows), Decimal(0))
    subtotals = "".join(
        f"<cac:TaxSubtotal><cbc:TaxableAmount currencyID='NOK'>{base:.2f}</cbc:TaxableAmount>"
        f"<cbc:TaxAmount currencyID='NOK'>{amount:.2f}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"
        f"<cbc:Percent>{rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>"
        f"</cac:TaxSubtotal>"
        for rate, base, amount in vat_rows
    )
    invoice_lines = "".join(
        f"<cac:InvoiceLine><cbc:ID>{index}</cbc:ID><cbc:InvoicedQuantity unitCode='EA'>{qty}</cbc:InvoicedQuantity>"
        f"<cbc:LineExtensionAmount currencyID='NOK'>{Decimal(price) * qty:.2f}</cbc:LineExtensionAmount>"
        f"<cac:Item><cbc:Name>{description}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID>"
        f"<cbc:Percent>{rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>"
        f"</cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID='NOK'>{price}</cbc:PriceAmount>"
        f"</cac:Price></cac:InvoiceLine>"
        for index, (description, qty, price, rate) in enumerate(lines, 1)
    )
    due = (date.fromisoformat(issued) + timedelta(days=14)).isoformat()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
<cbc:ID>{number}</cbc:ID><cbc:IssueDate>{issued}</cbc:IssueDate><cbc:DueDate>{due}</cbc:DueDate>
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>NOK</cbc:DocumentCurrencyCode>
<cbc:BuyerReference>Økonomi</cbc:BuyerReference>
<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0192">{org}</cbc:EndpointID>
<cac:PartyTaxScheme><cbc:CompanyID>NO{org}MVA</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
<cac:PartyTaxScheme><cbc:CompanyID>Foretaksregisteret</cbc:CompanyID><cac:TaxScheme><cbc:ID>TAX</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
<cac:PartyLegalEntity><cbc:RegistrationName>{name}</cbc:RegistrationName><cbc:CompanyID schemeID="0192">{org}</cbc:CompanyID></cac:PartyLegalEntity>
</cac:Party></cac:AccountingSupplierParty>
<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="0192">923456783</cbc:EndpointID>
<cac:PartyLegalEntity><cbc:RegistrationName>Nordfjell Rådgivning AS</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
<cac:PayeeFinancialAccount><cbc:ID>{account}</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cac:TaxTotal><cbc:TaxAmount currencyID="NOK">{vat:.2f}</cbc:TaxAmount>{subtotals}</cac:TaxTotal>
<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="NOK">{total:.2f}</cbc:LineExtensionAmount>
<cbc:TaxExclusiveAmount currencyID="NOK">{total:.2f}</cbc:TaxExclusiveAmount>
<cbc:TaxInclusiveAmount currencyID="NOK">{total + vat:.2f}</cbc:TaxInclusiveAmount>
<cbc:PayableAmount currencyID="NOK">{total + vat:.2f}</cbc:PayableAmount></cac:LegalMonetaryTotal>
{invoice_lines}
</Invoice>""".encode()


def load(organization) -> None:
    """Adds this capability's demo data; safe to run again (changes nothing the second time)."""
    from django.utils import timezone

    from fornuft.core import blobs
    from fornuft.core.models import User
    from fornuft.invoices import services
    from fornuft.invoices.models import ApprovalRule, Invoice, InvoiceStatus, Supplier

    users = {u.username: u for u in User.objects.filter(organization=organization)}
    finance, manager = users.get("okonomi"), users.get("leder")
    suppliers = []
    for name, org, domain, body, cost_centre in SUPPLIERS:
        supplier, _ = Supplier.objects.for_organization(organization).get_or_create(
            organization=organization,
            org_number=org,
            defaults={
                "name": name,
                "email_domain": domain,
                "bank_accounts": [_account(body)],
                "cost_centre": cost_centre,
                "default_approver": finance,
            },
        )
        suppliers.append(supplier)
    if manager is not None:
        ApprovalRule.objects.for_organization(organization).get_or_create(
            organization=organization,
            name="Over 50 000 kr: daglig leder",
            defaults={"position": 10, "min_amount": Decimal("50000"), "approver": manager},
        )
    if finance is not None:
        ApprovalRule.objects.for_organization(organization).get_or_create(
            organization=organization,
            name="Prosjekt NORD: økonomisjef",
            defaults={"position": 20, "order_reference_prefix": "NORD-", "approver": finance},
        )
    for reference, index, number, days_ago, lines, state, account_override in INVOICES:
        issued = (timezone.localdate() - timedelta(days=days_ago)).isoformat()
        if Invoice.objects.for_organization(organization).filter(reference=reference).exists():
            continue
        supplier = SUPPLIERS[index]
        account = _account(account_override or supplier[3])
        data = ehf_invoice(supplier, number, issued, lines, account)
        stored = blobs.store(
            organization, data, filename=f"{number}.xml", content_type="application/xml", source_label="demo"
        )
        invoice = services.intake(organization, stored, source="demo", reference=reference, filename=f"{number}.xml")
        actor = finance or manager
        if actor is None:
            continue
        if state in ("approved", "exported", "rejected") and invoice.status == InvoiceStatus.AWAITING_APPROVAL:
            if state == "rejected":
                services.reject(invoice, actor, "Ikke bestilt av oss")
            else:
                services.approve(invoice, actor, "Demo")
            if state == "exported":
                from fornuft.invoices import export

                export.mark_exported([invoice], actor, how="demo")
        invoice.created_at = timezone.now()
        invoice.save(update_fields=["created_at"])
