"""EHF / PEPPOL examples (../shared/corpora/peppol and ../shared/corpora/ehf): every field of
our schema compared with an independent XPath reading of the EN 16931 business terms, and speed.

Usage: .venv/bin/python bench/bench_invoice_ehf.py
"""

from __future__ import annotations

import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from fornuft.testing.corpora import corpora_root  # noqa: E402

CORPORA = corpora_root()
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
# our field -> EN 16931 business term as UBL XPath (first match)
TERMS = {
    "invoice_number": "cbc:ID",  # BT-1
    "issue_date": "cbc:IssueDate",  # BT-2
    "due_date": "cbc:DueDate|cac:PaymentMeans/cbc:PaymentDueDate",  # BT-9
    "currency": "cbc:DocumentCurrencyCode",  # BT-5
    "supplier_name": "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",  # BT-27
    "supplier_vat_number": "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID",  # noqa: E501 BT-31
    "buyer_name": "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",  # BT-44
    "total_excl_vat": "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount",  # BT-109
    "vat_total": "cac:TaxTotal/cbc:TaxAmount[@currencyID=/*/cbc:DocumentCurrencyCode]",  # BT-110
    "total_incl_vat": "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount",  # BT-112
    "kid": "cac:PaymentMeans/cbc:PaymentID",  # BT-83
    "order_reference": "cac:OrderReference/cbc:ID",  # BT-13
    "supplier_org_number": "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID",  # BT-30
    "payment_account": "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID",  # BT-84 (bank_account or iban)
}
LINE_TERMS = {
    "description": "cac:Item/cbc:Name",
    "quantity": "cbc:InvoicedQuantity|cbc:CreditedQuantity",
    "line_total": "cbc:LineExtensionAmount",
    "vat_rate": "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent",
}


def expected(root) -> dict:
    def first(node, xpath):
        found = node.xpath(xpath, namespaces=NS)
        return (found[0].text or "").strip() if found else None

    truth = {name: first(root, xpath) for name, xpath in TERMS.items()}
    truth["lines"] = [
        {name: first(line, xpath) for name, xpath in LINE_TERMS.items()}
        for line in root.xpath("cac:InvoiceLine|cac:CreditNoteLine", namespaces=NS)
    ]
    return truth


def same(name: str, got, want) -> bool:
    if want in (None, ""):
        return got in (None, "")
    if got is None:
        return False
    if name in ("supplier_org_number", "payment_account"):
        return str(got).replace(" ", "") == want.replace(" ", "")
    if name in ("total_excl_vat", "vat_total", "total_incl_vat", "quantity", "line_total", "vat_rate"):
        return Decimal(str(got)) == Decimal(want)
    return str(got) == want


def main() -> int:
    from fornuft.invoices.extract import extract
    from fornuft.platform.files.safexml import parse

    files = sorted(
        [
            *(CORPORA / "peppol" / "examples").glob("*.xml"),
            *(CORPORA / "peppol" / "national-examples").rglob("*.xml"),
            *(CORPORA / "ehf").glob("*.xml"),
        ]
    )
    if not files:
        print(f"no corpus under {CORPORA}; set FORNUFT_CORPORA")
        return 1
    ok = total = 0
    misses = []
    for path in files:
        data = path.read_bytes()
        got = extract(data, path.name).as_json()
        got["payment_account"] = got["iban"] or got["bank_account"]
        want = expected(parse(data))
        for name in TERMS:
            total += 1
            if same(name, got[name], want[name]):
                ok += 1
            else:
                misses.append(f"{path.name} {name}: {got[name]!r} != {want[name]!r}")
        for index, line in enumerate(want["lines"]):
            for name, value in line.items():
                total += 1
                actual = got["lines"][index][name] if index < len(got["lines"]) else None
                if same(name, actual, value):
                    ok += 1
                else:
                    misses.append(f"{path.name} line {index + 1} {name}: {actual!r} != {value!r}")
    payloads = [p.read_bytes() for p in files]
    started, count = time.perf_counter(), 0
    while time.perf_counter() - started < 3:
        for data in payloads:
            extract(data, "x.xml")
            count += 1
    speed = count / (time.perf_counter() - started)
    print(f"EHF/PEPPOL examples: {len(files)} documents, {ok}/{total} fields = {100 * ok / total:.1f} %")
    print(f"speed: {speed:.0f} invoices/s (extraction + EN 16931/PEPPOL rules + Norwegian checks, one process)")
    for miss in misses:
        print("  miss:", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
