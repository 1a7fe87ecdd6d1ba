"""Header and line reading on layouts the reader was not built from (invented invoices rendered
with WeasyPrint, tests/invoices/layouts.py): discount columns, a table over two pages with
carried-forward sums, totals only in a VAT breakdown table, and a buyer block with its own
organisation number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fornuft.invoices.extract import extract
from tests.invoices import layouts

D = Decimal


def _read(pdf: bytes) -> dict:
    return extract(pdf, "layout.pdf").as_json()


def test_discount_columns_give_the_net_price_actually_charged():
    data = _read(
        layouts.discount_invoice(
            [
                ("Kanalvifte 250 mm", D(2), D("3490.00"), D(15)),
                ("Spjeld motorisert", D(4), D("1275.00"), D(10)),
                ("Montasjetime", D(6), D("890.00"), D(0)),
            ]
        )
    )
    got = [(line["quantity"], line["unit_price"], line["line_total"]) for line in data["lines"]]
    assert got == [("2", "2966.50", "5933.00"), ("4", "1147.50", "4590.00"), ("6", "890.00", "5340.00")]
    assert data["total_excl_vat"] == "15863.00"
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}
    assert data["review"] == []  # read cleanly: nothing for a person to check


def test_a_table_over_two_pages_skips_the_carried_forward_rows():
    lines = [(f"Koblingsboks type {i}", D(i % 3 + 1), D(100 + i)) for i in range(1, 41)]
    data = _read(layouts.two_page_invoice(lines, per_page=28))
    descriptions = [line["description"] for line in data["lines"]]
    assert len(descriptions) == 40
    assert not any("overf" in d.lower() for d in descriptions)
    assert data["supplier_name"] == layouts.SUPPLIER  # "Overført fra forrige side" is not a "from" label
    assert data["total_excl_vat"] == f"{sum(q * p for _d, q, p in lines):.2f}"
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}


def test_totals_printed_only_in_a_vat_breakdown_table():
    data = _read(
        layouts.vat_breakdown_invoice(
            [
                ("Varmepumpe", D(1), D("18000.00"), 25),
                ("Frakt", D(1), D("800.00"), 15),
                ("Eksportemballasje", D(1), D("200.00"), 0),
            ]
        )
    )
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("19000.00", "4620.00", "23620.00")
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}


@pytest.mark.parametrize("buyer_label", ["Kundens org.nr", "Org.nr"])
def test_the_buyers_organisation_number_is_not_the_suppliers(buyer_label):
    data = _read(
        layouts.simple_invoice(
            [("Filterbytte", D(3), D("450.00")), ("Innregulering", D(2), D("1100.00"))], buyer_org_label=buyer_label
        )
    )
    assert data["supplier_org_number"] == layouts.SUPPLIER_ORG
    assert data["total_incl_vat"] == "4437.50"


def test_a_credit_note_printed_with_minus_signs_is_not_a_mismatch():
    data = _read(
        layouts.simple_invoice(
            [("Retur kanalvifte", D(-2), D("1490.00")), ("Returfrakt", D(-1), D("250.00"))], title="KREDITNOTA"
        )
    )
    assert data["document_type"] == "credit_note"
    assert data["total_excl_vat"] == "3230.00"
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}


def test_a_monospace_invoice_with_dashed_rules_keeps_short_words_and_spaced_thousands():
    # rows of ASCII dashes must not make "4" or "12" of "12 480,00" look like specks, and a
    # monospace space between thousands is not a column gap
    lines = [("Servicetime montor", D(4), D("985.00")), ("Lift leie uke", D(1), D("5400.00"))]
    data = _read(layouts.monospace_invoice(lines))
    got = [(line["quantity"], line["unit_price"], line["line_total"]) for line in data["lines"]]
    assert got == [("4", "985.00", "3940.00"), ("1", "5400.00", "5400.00")]
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("9340.00", "2335.00", "11675.00")
    assert data["supplier_org_number"] == layouts.SUPPLIER_ORG
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}


def test_the_supplier_is_the_company_beside_its_org_number_not_the_address_window():
    data = _read(layouts.window_envelope_invoice())
    assert data["supplier_name"] == layouts.SUPPLIER  # the footer's full name, not the buyer in the window
    assert data["supplier_org_number"] == layouts.SUPPLIER_ORG  # "… MVA" marks the seller's number
    assert data["invoice_number"] == "40117"  # a bare "Nummer" under the title
    assert not {v["code"] for v in data["validation"]} & {"ORG_NUMBER_INVALID", "TOTAL_MISMATCH"}


@pytest.mark.parametrize(
    "printed, expected",
    [("559012-3456", "559012-3456"), ("DK 12 34 56 78", "DK12345678"), ("DE 123 456 789", "DE123456789")],
)
def test_a_registration_number_from_abroad_is_the_org_number_and_never_an_amount(printed, expected):
    data = _read(layouts.export_invoice(printed))
    assert data["supplier_org_number"] == expected
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("900.00", "0.00", "900.00")
    assert data["supplier_name"] == "Kalmar Pumpteknik AB"
    assert not {v["code"] for v in data["validation"]} & {"ORG_NUMBER_INVALID", "TOTAL_MISMATCH", "VAT_MISMATCH"}


@pytest.mark.parametrize("ascii_only", [False, True])
def test_a_bare_sum_above_vat_and_the_payable_amount_is_the_net_total(ascii_only):
    data = _read(layouts.tradesman_invoice(ascii_only=ascii_only))
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("5180.00", "1295.00", "6475.00")
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}


def test_a_seller_outside_the_vat_register_charges_no_vat():
    data = _read(layouts.tradesman_invoice(vat_registered=False))
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("5180.00", "0.00", "5180.00")
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}


def test_column_headers_over_a_vat_table_are_not_read_as_totals():
    # "Sum" / "Mva" head columns of rows; the first row under them is one rate, not the invoice
    data = _read(
        layouts.vat_breakdown_invoice(
            [("Kurs, halv dag", D(1), D("2400.00"), 25), ("Lunsj", D(12), D("85.00"), 15)], number="40119"
        )
    )
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("3420.00", "753.00", "4173.00")


def test_article_numbers_units_and_four_decimal_prices_stay_in_their_columns_over_two_pages():
    lines = [
        ("7100412", "Kabelkanal 60x60", D(12), "m", D("48.5000")),
        ("7100988", "Strøm, energiledd", D("1520.5"), "kWh", D("0.1845")),
        ("7200031", "Frakt", D(1), "stk", D("390.00")),
        ("7300500", "Rekkeklemme 4 mm²", D(50), "stk", D("11.60")),
    ]
    data = _read(layouts.wholesale_invoice(lines, per_page=2))
    got = [(line["description"], line["quantity"], line["unit_price"], line["line_total"]) for line in data["lines"]]
    assert got == [
        ("Kabelkanal 60x60", "12", "48.50", "582.00"),
        ("Strøm, energiledd", "1520.5", "0.18", "280.53"),  # 0.1845 kept exact inside: 1520.5 × 0.1845
        ("Frakt", "1", "390.00", "390.00"),
        ("Rekkeklemme 4 mm²", "50", "11.60", "580.00"),
    ]
    assert not {v["code"] for v in data["validation"]} & {"TOTAL_MISMATCH", "VAT_MISMATCH"}
