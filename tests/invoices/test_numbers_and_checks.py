"""Number and date formats, checksums with known good and bad numbers, and the check codes."""

from datetime import date
from decimal import Decimal

import pytest

from fornuft.invoices import checks
from fornuft.invoices.numbers import format_amount, parse_amount, parse_date
from fornuft.invoices.schema import ExtractedInvoice, Line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 345,50", "12345.50"),
        ("12,345.50", "12345.50"),
        ("kr 1.234,00", "1234.00"),
        ("1 234,-", "1234"),
        ("NOK 3 125,00", "3125.00"),
        ("0,90", "0.90"),
        ("1.000.000,00", "1000000.00"),
        ("-45,00", "-45.00"),
        ("$ 1,000.00", "1000.00"),
        ("12\u00a0345,50", "12345.50"),
    ],
)
def test_amount_formats(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "12/03", "—"])
def test_not_amounts(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05.03.2026", date(2026, 3, 5)),
        ("5. mars 2026", date(2026, 3, 5)),
        ("2026-03-05", date(2026, 3, 5)),
        ("March 5, 2026", date(2026, 3, 5)),
        ("5 March 2026", date(2026, 3, 5)),
        ("19. desember 2025", date(2025, 12, 19)),
        ("Jan 1,2022", date(2022, 1, 1)),
        ("August 3 2014", date(2014, 8, 3)),
        ("31.02.2026", None),
    ],
)
def test_date_formats(text, expected):
    assert parse_date(text) == expected


def test_amounts_are_two_decimal_strings():
    assert format_amount(Decimal("1234.5")) == "1234.50"
    assert format_amount(None) is None


def _invoice(**fields):
    result = ExtractedInvoice(format="pdf_text")
    base = {
        "supplier_name": "Fjellvind Kontor AS",
        "invoice_number": "1001",
        "issue_date": date(2026, 3, 5),
        "due_date": date(2026, 3, 19),
        "total_excl_vat": Decimal("1000.00"),
        "vat_total": Decimal("250.00"),
        "total_incl_vat": Decimal("1250.00"),
        "bank_account": "86011117947",
        "supplier_org_number": "974760673",
        "kid": "1234567897",
    }
    base.update(fields)
    for name, value in base.items():
        result.set(name, value, 0.9)
    return result


def codes(result):
    return {f.code for f in result.validation if f.severity == "error"}


def test_clean_invoice_has_no_errors():
    assert codes(checks.check_document(_invoice())) == set()


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"supplier_org_number": "974760674"}, "ORG_NUMBER_INVALID"),
        ({"supplier_vat_number": "NO974760674MVA"}, "VAT_NUMBER_INVALID"),
        ({"bank_account": "86011117948"}, "BANK_ACCOUNT_INVALID"),
        ({"iban": "NO9386011117948"}, "IBAN_INVALID"),
        ({"kid": "1234567890"}, "KID_INVALID"),
        ({"total_incl_vat": Decimal("1300.00")}, "TOTAL_MISMATCH"),
        ({"due_date": date(2026, 3, 1)}, "DUE_BEFORE_ISSUE"),
        ({"invoice_number": None}, "MISSING_FIELD"),
    ],
)
def test_each_fault_has_its_code(fields, code):
    assert code in codes(checks.check_document(_invoice(**fields)))


def test_known_good_identifiers_pass():
    result = checks.check_document(
        _invoice(supplier_vat_number="NO 974 760 673 MVA", iban="NO9386011117947", kid="0000000000018")
    )
    assert codes(result) == set()


def test_kid_mod11_is_accepted():
    from fornuft.core.identifiers import kid_valid_mod10, kid_valid_mod11

    assert kid_valid_mod11("1234560") and not kid_valid_mod10("1234560")
    assert codes(checks.check_document(_invoice(kid="1234560"))) == set()


def test_vat_mismatch_per_rate():
    result = _invoice(vat_total=Decimal("260.00"), total_incl_vat=Decimal("1260.00"))
    result.vat_breakdown = [{"rate": Decimal(25), "base": Decimal("1000.00"), "vat": Decimal("260.00")}]
    assert codes(checks.check_document(result)) == {"VAT_MISMATCH"}


def test_lines_must_add_up():
    result = _invoice()
    result.lines = [
        Line("A", Decimal(1), Decimal("600"), Decimal("600.00"), Decimal(25)),
        Line("B", Decimal(1), Decimal("300"), Decimal("300.00"), Decimal(25)),
    ]
    assert "TOTAL_MISMATCH" in codes(checks.check_document(result))


def test_register_checks():
    view = checks.RegisterView(
        supplier_known=True,
        supplier_name="Fjellvind",
        bank_accounts={"15030000009"},
        earlier=[{"ref": "earlier.pdf", "invoice_number": "1001", "total": None, "issue_date": None}],
    )
    result = checks.check_register(_invoice(), view)
    assert {"BANK_ACCOUNT_CHANGED", "DUPLICATE"} <= codes(result)
    same_amount_date = checks.RegisterView(
        supplier_known=True,
        bank_accounts={"86011117947"},
        earlier=[{"ref": "x", "invoice_number": "999", "total": Decimal("1250.00"), "issue_date": date(2026, 3, 5)}],
    )
    assert codes(checks.check_register(_invoice(), same_amount_date)) == {"DUPLICATE"}
    unknown = checks.check_register(_invoice(), checks.RegisterView())
    assert [f.code for f in unknown.validation] == ["UNKNOWN_SUPPLIER"]
