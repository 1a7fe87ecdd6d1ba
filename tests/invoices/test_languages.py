"""Invoices in the neighbours' languages and formats the reader has no template for: French,
German and Spanish labels, their dates and numbers, a hotel receipt that names itself by its
booking reference, a plain-text invoice, and totals in a language whose words are not known.
Every document here is invented for the test."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from fornuft.invoices.extract import extract
from fornuft.invoices.fields import amounts_in
from fornuft.invoices.numbers import parse_amount, parse_date
from fornuft.platform.files.simple_pdf import text_pdf

MISMATCHES = {"TOTAL_MISMATCH", "VAT_MISMATCH"}


def _read(lines: list[str]) -> dict:
    return extract(text_pdf([lines]), "invoice.pdf").as_json()


def _codes(data: dict) -> set[str]:
    return {finding["code"] for finding in data["validation"]}


def test_a_french_invoice():
    data = _read(
        [
            "Atelier Brume SARL",
            "12 rue des Tanneurs, 69002 Lyon",
            "FACTURE",
            "N° de facture : FA-2026-0412",
            "Date d'émission : 3 février 2026",
            "Date d'échéance : 5 mars 2026",
            "Client : Maison Pivert",
            "Montant hors taxes : 1 250,00 EUR",
            "Montant TVA 20 % : 250,00 EUR",
            "Montant TTC : 1 500,00 EUR",
        ]
    )
    assert data["invoice_number"] == "FA-2026-0412"
    assert (data["issue_date"], data["due_date"]) == ("2026-02-03", "2026-03-05")
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("1250.00", "250.00", "1500.00")
    assert data["currency"] == "EUR"
    assert data["supplier_name"] == "Atelier Brume SARL"
    assert not _codes(data) & MISMATCHES


def test_a_german_invoice_whose_tax_number_and_contract_code_are_no_amounts():
    data = _read(
        [
            "Hafenkontor Weller GmbH",
            "Steuer-Nr. 12/345/67890  USt-IdNr. DE 123 456 789",
            "Rechnung",
            "Rechnungs-Nr. 2026-3318",
            "Rechnungsdatum 14. März 2026",
            "Vertrag VTR04417",
            "Nr. Anzahl Leistung Einzelpreis ohne MwSt.",
            "1 2 Wartung Kühlanlage 180,00",
            "Nettosumme 360,00 EUR",
            "Umsatzsteuer 19 % 68,40 EUR",
            "Gesamtsumme 428,40 EUR",
        ]
    )
    assert data["invoice_number"] == "2026-3318"
    assert data["issue_date"] == "2026-03-14"
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("360.00", "68.40", "428.40")
    assert not _codes(data) & MISMATCHES


GAP = " " * 60  # wide enough to start a new column


@pytest.mark.parametrize(
    "heading",
    [
        [f"Nr. Anzahl Leistung{GAP}Einzelpreis ohne MwSt."],
        [f"Nr. Anzahl Leistung{GAP}Einzelpreis ohne", " " * 112 + "MwSt."],  # wrapped: "MwSt." under "ohne"
    ],
)
def test_a_german_invoice_with_vat_only_in_a_column_heading_reads_no_vat_amount(heading):
    data = _read(
        [
            "Hafenkontor Weller GmbH",
            "Rechnung Nr. 2026-3319",
            "Rechnungsdatum 02.04.2026",
            "Vertrag Nr. VTR04417",
            *heading,  # the heading on one line, or wrapped under its qualifier
            f"1 3 Lagermiete Regal{GAP}      12,50",
            "Gesamtbetrag EUR 37,50",
        ]
    )
    assert data["total_incl_vat"] == "37.50"
    assert data["vat_total"] is None  # "ohne MwSt." qualifies a column; "VTR04417" is a code


def test_a_spanish_invoice():
    data = _read(
        [
            "Ferretería Olmo S.L.",
            "Calle del Pozo 8, 28004 Madrid",
            "Factura n.º: F26/0098",
            "Fecha de emisión: 9 de marzo de 2026",
            "Fecha de vencimiento: 8 de abril de 2026",
            "Base imponible: 1.000,00 €",
            "Cuota IVA 21 %: 210,00 €",
            "Total factura: 1.210,00 €",
        ]
    )
    assert data["invoice_number"] == "F26/0098"
    assert (data["issue_date"], data["due_date"]) == ("2026-03-09", "2026-04-08")
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("1000.00", "210.00", "1210.00")
    assert data["currency"] == "EUR"
    assert data["supplier_name"] == "Ferretería Olmo S.L."
    assert not _codes(data) & MISMATCHES


def test_a_hotel_receipt_is_named_by_its_booking_reference_and_its_guest_is_not_the_supplier():
    data = _read(
        [
            "RECEIPT",
            "Guest: Kari Nordmann",
            "Harbour View Lodge Ltd",
            "Reservation no.: HVL77Q31",
            "Arrival 04/02/2026",
            "Room 2 nights Rs 5,400.00",
            "Total: Rs 5,400.00",
        ]
    )
    assert data["invoice_number"] == "HVL77Q31"
    assert data["supplier_name"] == "Harbour View Lodge Ltd"
    assert data["total_incl_vat"] == "5400.00"
    assert data["currency"] == "INR"


def test_a_printed_invoice_number_wins_over_a_booking_reference():
    data = _read(["Harbour View Lodge Ltd", "Invoice No: 2026-551", "Booking reference: HVL77Q31", "Total 900.00"])
    assert data["invoice_number"] == "2026-551"


PLAIN_TEXT_INVOICE = """\
Fjordlys Kiosk AS                                   Faktura nr: 88120
Storgata 4, 8006 Bodø                               Fakturadato: 2026-01-15
Org.nr 999 999 999 MVA

Vare                        Antall        Pris        Beløp
Kaffe, pose                      4       89,00       356,00
Kopper, kartong                  2      120,00       240,00

Sum eks. mva                                          596,00
Mva 25 %                                              149,00
Å betale NOK                                          745,00
"""


def test_a_plain_text_invoice_is_read_like_a_page():
    data = extract(PLAIN_TEXT_INVOICE.encode("utf-8"), "kiosk.txt").as_json()
    assert data["format"] == "text"
    assert data["invoice_number"] == "88120"
    assert data["issue_date"] == "2026-01-15"
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("596.00", "149.00", "745.00")
    assert [(line["quantity"], line["line_total"]) for line in data["lines"]] == [("4", "356.00"), ("2", "240.00")]
    assert not _codes(data) & MISMATCHES


def test_a_text_file_that_is_no_invoice_says_so():
    result = extract(b"Husk aa kjope melk og brod.\n", "handleliste.txt")
    assert result.status == "not_invoice" and result.message


def test_totals_in_an_unknown_language_come_from_the_row_that_adds_up_but_confirm_nothing():
    # labels in a language the reader does not know: the totals row (net, VAT, sum) is found by
    # its arithmetic, and marked as derived so a check never accuses on it
    data = _read(
        [
            "Kauppa Mänty Oy",
            "Lasku nro 5512    Päiväys 2026-02-11",
            "Kahvi 2 12,00 2,88 14,88",
            "Yhteensä 24,00 5,76 29,76",
        ]
    )
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("24.00", "5.76", "29.76")
    assert not _codes(data) & MISMATCHES
    assert data["confidence"]["total_incl_vat"] < 0.9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9 de marzo de 2026", date(2026, 3, 9)),
        ("1er février 2026", date(2026, 2, 1)),
        ("3 fevrier 2026", date(2026, 2, 3)),
        ("14. März 2026", date(2026, 3, 14)),
        ("2 dic. 2025", date(2025, 12, 2)),
        ("2026/01/15", date(2026, 1, 15)),
        ("15-Jan-2026", date(2026, 1, 15)),
    ],
)
def test_dates_written_abroad(text, expected):
    assert parse_date(text) == expected


def test_indian_digit_grouping_is_one_amount():
    assert parse_amount("1,23,456.50") == Decimal("123456.50")
    assert [value for value, _ in amounts_in("Total Rs 1,23,456.50")] == [Decimal("123456.50")]


def test_digits_glued_to_letters_are_a_code_not_an_amount():
    assert amounts_in("Contract VTR04417") == []
    assert [value for value, _ in amounts_in("EUR 37,50")] == [Decimal("37.50")]


def test_a_vat_word_split_from_its_qualifier_by_a_wide_gap_is_no_vat_amount():
    # monospace print: "Sum eks." and "mva" are two cells; the VAT row below is still the VAT
    data = _read(
        [
            "Fjordlys Kiosk AS",
            "Faktura nr 88121",
            "Fakturadato 16.01.2026",
            "Sum eks." + " " * 12 + "mva" + GAP + "15 190,00",
            "Mva 25 %" + " " * 20 + GAP + "3 797,50",
            "Å betale" + " " * 20 + GAP + "18 987,50",
        ]
    )
    assert (data["total_excl_vat"], data["vat_total"], data["total_incl_vat"]) == ("15190.00", "3797.50", "18987.50")
    assert not _codes(data) & MISMATCHES
