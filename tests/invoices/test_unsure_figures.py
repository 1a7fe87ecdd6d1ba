"""A check never accuses on figures it is unsure of: TOTAL_MISMATCH and VAT_MISMATCH fire only
when every figure compared was read with confidence; otherwise the invoice goes to review with
the reason, and that reason is not a fault."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from fornuft.invoices import checks
from fornuft.invoices.extract import extract
from fornuft.invoices.schema import ExtractedInvoice, Line, from_json
from tests.invoices import layouts

FAULTS = {"TOTAL_MISMATCH", "VAT_MISMATCH"}


def _invoice(fmt="pdf_text", **fields):
    result = ExtractedInvoice(format=fmt)
    base = {
        "supplier_name": "Brattli Ventilasjon AS",
        "invoice_number": "2001",
        "issue_date": date(2026, 11, 3),
        "due_date": date(2026, 11, 17),
        "total_excl_vat": Decimal("1000.00"),
        "vat_total": Decimal("250.00"),
        "total_incl_vat": Decimal("1250.00"),
        "bank_account": "86011117947",
    }
    base.update(fields)
    for name, value in base.items():
        result.set(name, value, 0.9)
    return result


def _codes(result):
    return {f.code for f in result.validation}


def _review(result):
    return {f.code for f in result.review}


def test_a_real_total_mismatch_on_surely_read_totals_still_fires():
    result = checks.check_document(_invoice(total_incl_vat=Decimal("1350.00")))
    assert "TOTAL_MISMATCH" in _codes(result)
    assert result.review == []


def test_a_total_read_without_a_label_does_not_accuse():
    result = _invoice(total_incl_vat=Decimal("1350.00"))
    result.doubts["total_incl_vat"] = "not found beside a label"
    checks.check_document(result)
    assert not _codes(result) & FAULTS
    assert "FIGURES_UNSURE" in _review(result)


def test_lines_that_do_not_reach_the_total_fire_when_the_table_was_read_cleanly():
    result = _invoice()
    result.lines = [
        Line("Filter F7", Decimal(2), Decimal("300.00"), Decimal("600.00"), Decimal(25)),
        Line("Service", Decimal(1), Decimal("300.00"), Decimal("300.00"), Decimal(25)),
    ]
    assert "TOTAL_MISMATCH" in _codes(checks.check_document(result))


def test_a_line_that_does_not_add_up_on_its_own_means_an_unreadable_table_not_a_fault():
    result = _invoice()
    result.lines = [  # a discount column read as the price: 2 × 400 is not 600
        Line("Filter F7", Decimal(2), Decimal("400.00"), Decimal("600.00")),
        Line("Service", Decimal(1), Decimal("300.00"), Decimal("300.00")),
    ]
    checks.check_document(result)
    assert not _codes(result) & FAULTS
    assert "LINES_UNREADABLE" in _review(result)


def test_lines_from_a_scan_never_accuse():
    result = _invoice(fmt="ocr")
    result.lines = [Line("Filter F7", Decimal(1), Decimal("600.00"), Decimal("600.00"))]
    checks.check_document(result)
    assert not _codes(result) & FAULTS
    assert "LINES_UNREADABLE" in _review(result)


def test_lines_printed_with_vat_included_are_not_a_mismatch():
    result = _invoice()
    result.lines = [Line("Filter F7", Decimal(1), Decimal("1250.00"), Decimal("1250.00"))]
    checks.check_document(result)
    assert not _codes(result) & FAULTS and result.review == []


def test_a_wrong_rate_in_a_vat_table_that_adds_up_fires():
    result = _invoice(vat_total=Decimal("350.00"), total_incl_vat=Decimal("1350.00"))
    result.vat_breakdown = [
        {"rate": Decimal(25), "base": Decimal("600.00"), "vat": Decimal("150.00")},
        {"rate": Decimal(15), "base": Decimal("400.00"), "vat": Decimal("100.00")},  # 25 % of 400
        {"rate": Decimal(0), "base": Decimal("0.00"), "vat": Decimal("0.00")},
    ]
    result.vat_breakdown[2]["base"] = Decimal("0.00")
    result.fields["vat_total"] = Decimal("250.00")
    result.fields["total_incl_vat"] = Decimal("1250.00")
    assert "VAT_MISMATCH" in _codes(checks.check_document(result))


def test_a_vat_table_whose_rows_do_not_reach_the_totals_does_not_accuse():
    result = _invoice()
    # the columns were taken one step off: "VAT" is really the row's sum
    result.vat_breakdown = [{"rate": Decimal(25), "base": Decimal("250.00"), "vat": Decimal("1250.00")}]
    checks.check_document(result)
    assert not _codes(result) & FAULTS
    assert "VAT_TABLE_UNREADABLE" in _review(result)


def test_doubts_survive_the_json_round_trip_so_a_recheck_does_not_accuse():
    result = _invoice(total_incl_vat=Decimal("1350.00"))
    result.doubts["total_incl_vat"] = "not found beside a label"
    again = from_json(result.as_json())
    checks.check_document(again)
    assert not _codes(again) & FAULTS


def test_end_to_end_a_discount_table_goes_to_review_not_to_fault():
    pdf = layouts.discount_invoice(
        [
            ("Kanalvifte 250 mm", Decimal(2), Decimal("3490.00"), Decimal(15)),
            ("Spjeld motorisert", Decimal(4), Decimal("1275.00"), Decimal(10)),
            ("Montasjetime", Decimal(6), Decimal("890.00"), Decimal(0)),
        ]
    )
    data = extract(pdf, "rabatt.pdf").as_json()
    assert not {v["code"] for v in data["validation"]} & FAULTS
    assert data["total_incl_vat"] is not None


def test_end_to_end_a_cleanly_read_invoice_with_a_wrong_total_is_accused():
    lines = [("Filterbytte", Decimal(3), Decimal("450.00")), ("Innregulering", Decimal(2), Decimal("1100.00"))]
    pdf = layouts.simple_invoice(lines, excl=Decimal("3550.00"), vat=Decimal("887.50"), incl=Decimal("4537.50"))
    data = extract(pdf, "feil.pdf").as_json()
    assert "TOTAL_MISMATCH" in {v["code"] for v in data["validation"]}
    assert data["review"] == []


def test_end_to_end_a_planted_wrong_vat_rate_is_accused():
    pdf = layouts.vat_breakdown_invoice(
        [
            ("Varmepumpe", Decimal(1), Decimal("18000.00"), 25),
            ("Transport", Decimal(1), Decimal("800.00"), 15),
            ("Eksportemballasje", Decimal(1), Decimal("200.00"), 0),
        ],
        wrong_rate_on=15,
    )
    data = extract(pdf, "mva.pdf").as_json()
    assert "VAT_MISMATCH" in {v["code"] for v in data["validation"]}


@pytest.mark.django_db
def test_an_unreadable_line_table_sends_the_invoice_to_review_with_the_reason_not_a_fault(org):
    from fornuft.core import blobs
    from fornuft.invoices import services
    from fornuft.invoices.models import InvoiceStatus, Supplier

    Supplier.objects.all_organizations().create(
        organization=org, name=layouts.SUPPLIER, org_number=layouts.SUPPLIER_ORG, bank_accounts=[layouts.ACCOUNT]
    )
    # a line whose amount is not quantity × price (a discount printed nowhere): the table can't be trusted
    lines = [
        ("Kanalvifte 250 mm", Decimal(2), Decimal("400.00"), Decimal("600.00")),
        ("Service", Decimal(1), Decimal("300.00")),
    ]
    pdf = layouts.simple_invoice(lines)
    invoice = services.intake(org, blobs.store(org, pdf, filename="linjer.pdf"), filename="linjer.pdf")
    assert not {v["code"] for v in invoice.validation} & FAULTS
    assert "LINES_UNREADABLE" in {v["code"] for v in invoice.data["review"]}
    assert invoice.status == InvoiceStatus.NEEDS_REVIEW
    assert "varelinjene" in invoice.message or "line table" in invoice.message


def test_the_checks_run_in_a_plain_script_without_django_set_up():
    """The benchmarks call extract() without django.setup(); a review reason must not crash them."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "from decimal import Decimal as D\n"
        "from fornuft.invoices import checks\n"
        "from fornuft.invoices.schema import ExtractedInvoice, Line\n"
        "r = ExtractedInvoice(format='pdf_text')\n"
        "r.set('total_excl_vat', D(1000), 0.9); r.set('vat_total', D(250), 0.9)\n"
        "r.set('total_incl_vat', D(1250), 0.9)\n"
        "r.lines = [Line('A', D(2), D(400), D(600))]\n"
        "checks.check_document(r); print(r.review[0].code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-800:]
    assert done.stdout.strip() == "LINES_UNREADABLE"


def test_an_org_number_failing_mod11_on_a_scan_is_unread_not_an_accusation():
    # OCR swaps look-alike digits (6/8) with high confidence, exactly what a check digit catches
    result = checks.check_document(_invoice(fmt="ocr", supplier_org_number="974760678"))
    assert "ORG_NUMBER_INVALID" not in _codes(result)
    assert "FIGURES_UNSURE" in _review(result)
    assert result.doubts["supplier_org_number"]


def test_an_org_number_failing_mod11_in_a_text_pdf_is_still_a_fault():
    result = checks.check_document(_invoice(supplier_org_number="974760678"))
    assert "ORG_NUMBER_INVALID" in _codes(result)
