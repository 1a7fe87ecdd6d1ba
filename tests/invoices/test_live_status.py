"""An invoice's status updates on its page without a reload while the worker reads it."""

import pytest

from fornuft.core.roles import Role
from fornuft.invoices.models import Invoice, InvoiceStatus
from fornuft.testing import factories
from fornuft.testing.browser import login
from tests.invoices.test_workflow import invoice_pdf, take_in


def _received(org) -> Invoice:
    stored = take_in(org, invoice_pdf(number_line="Bilag: A-9")).stored_file_id
    return Invoice.objects.for_organization(org).create(organization=org, stored_file_id=stored,
                                                        status=InvoiceStatus.RECEIVED, filename="faktura.pdf")


def test_the_status_fragment_polls_while_reading_and_reloads_when_done(org, login):
    invoice = _received(org)
    finance = login(factories.user(org, Role.FINANCE))
    reading = finance.get(f"/documents/invoices/{invoice.pk}/status")
    assert reading.status_code == 200 and 'hx-trigger="every 2s"' in reading.content.decode()
    assert "HX-Refresh" not in reading
    Invoice.objects.for_organization(org).filter(pk=invoice.pk).update(status=InvoiceStatus.NEEDS_REVIEW)
    done = finance.get(f"/documents/invoices/{invoice.pk}/status")
    assert done["HX-Refresh"] == "true" and "hx-trigger" not in done.content.decode()


def test_the_status_is_only_for_finance_of_the_organization(org, login):
    invoice = _received(org)
    assert login(factories.user(org, Role.SUPPORT)).get(f"/documents/invoices/{invoice.pk}/status").status_code == 403
    stranger = login(factories.user(factories.organization(), Role.FINANCE))
    assert stranger.get(f"/documents/invoices/{invoice.pk}/status").status_code == 404


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_page_changes_by_itself_when_the_worker_is_done(page):
    org = factories.organization("Levende AS")
    factories.user(org, Role.FINANCE, username="okonomi")
    invoice = _received(org)
    login(page, page.base_url, "okonomi", factories.PASSWORD)
    page.goto(f"{page.base_url}/documents/invoices/{invoice.pk}/")
    assert "being read" in page.locator("#invoice-status").inner_text()
    Invoice.objects.for_organization(org).filter(pk=invoice.pk).update(status=InvoiceStatus.NEEDS_REVIEW)
    page.locator("#invoice-status", has_text="Needs review").wait_for(timeout=10_000)
