"""In Chromium: upload two invoices, correct the one with a changed bank account, approve both."""

import pytest

from fornuft.core.roles import Role
from fornuft.invoices.models import Invoice, InvoiceStatus, Supplier
from fornuft.testing import factories
from fornuft.testing.browser import login

from .test_workflow import invoice_pdf


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_upload_correct_and_approve(page, tmp_path):
    org = factories.organization("Nordfjell Test AS")
    factories.user(org, Role.FINANCE, username="okonomi")
    Supplier.objects.create(
        organization=org, name="Fjordkraft Testleverandør AS", org_number="974760673", bank_accounts=["86011117947"]
    )
    clean, changed = tmp_path / "clean.pdf", tmp_path / "changed.pdf"
    clean.write_bytes(invoice_pdf())
    changed.write_bytes(
        invoice_pdf(number_line="Fakturanr: 2026-18", account="1503.00.00009", kid="0000000000018").replace(
            b"05.03.2026", b"09.03.2026"
        )
    )

    login(page, page.base_url, "okonomi", factories.PASSWORD)
    page.goto(f"{page.base_url}/documents/invoices/")
    page.set_input_files("#id_files", [str(clean), str(changed)])
    page.locator("#upload-form button[type=submit]").click()
    page.wait_for_url("**/documents/invoices/")
    assert Invoice.objects.for_organization(org).count() == 2

    flagged = Invoice.objects.all_organizations().get(organization=org, invoice_number="2026-18")
    assert flagged.status == InvoiceStatus.NEEDS_REVIEW
    page.goto(f"{page.base_url}/documents/invoices/{flagged.pk}/")
    assert page.locator('.hl[data-field="bank_account"]').count() == 1
    page.get_by_text("BANK_ACCOUNT_CHANGED").first.wait_for()
    page.locator("#id_bank_account").fill("86011117947")
    page.locator("#save-corrections").click()
    page.locator("#approve").click()
    page.locator("#invoice-status").filter(has_text="Approved").wait_for()

    other = Invoice.objects.all_organizations().get(organization=org, invoice_number="2026-17")
    page.goto(f"{page.base_url}/documents/invoices/?status=awaiting_approval")
    page.locator(f'input[name=ids][value="{other.pk}"]').check()
    page.locator("#bulk-action").select_option("approve")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**/documents/invoices/")
    statuses = set(Invoice.objects.for_organization(org).values_list("status", flat=True))
    assert statuses == {InvoiceStatus.APPROVED}
