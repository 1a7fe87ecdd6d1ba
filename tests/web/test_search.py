"""One search across mail, invoices and contracts: each section only for roles that may read it,
only the organization's own records, and a short or empty query answered plainly."""

import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories
from tests.mail.conftest import make_eml


@pytest.fixture
def records(org):
    from fornuft.contracts import services as contracts
    from fornuft.invoices.models import Invoice
    from fornuft.mail import intake
    from tests.invoices.test_workflow import invoice_pdf, take_in

    intake.ingest(org, make_eml(subject="Varmepumpe i kjelleren", body="Hei, varmepumpen lekker igjen. Hilsen Ola"))
    stored = take_in(org, invoice_pdf(number_line="Bilag: A-1")).stored_file_id
    Invoice.objects.for_organization(org).create(organization=org, stored_file_id=stored,
                                                 supplier_name="Varmepumpeservice AS", invoice_number="F-1042")
    contracts.upload_contract(org, ("Serviceavtale for varmepumper\n\nMellom Kunde AS og Leverandør AS.\n"
                                    "Avtalen gjelder fra 1. januar 2026 i ett år.").encode(), filename="service.txt",
                              in_background=False)
    return org


def _page(login, org, role, query):
    return login(factories.user(org, role)).get("/search/", {"q": query}).content.decode()


def test_finance_finds_the_mail_the_invoice_and_the_contract(records, login):
    page = _page(login, records, Role.FINANCE, "varmepumpe")
    assert "Varmepumpe i kjelleren" in page and "Varmepumpeservice AS F-1042" in page
    assert "Serviceavtale for varmepumper" in page or "service.txt" in page


def test_each_role_sees_only_what_it_may_open(records, login):
    hr = _page(login, records, Role.HR, "varmepumpe")
    assert "Varmepumpe i kjelleren" in hr and "Varmepumpeservice AS" not in hr  # no invoices for HR
    support = _page(login, records, Role.SUPPORT, "varmepumpe")
    assert "F-1042" not in support and "Serviceavtale" not in support


def test_another_organizations_records_are_never_found(records, login):
    stranger = factories.organization()
    page = _page(login, stranger, Role.ADMIN, "varmepumpe")
    assert "Varmepumpe i kjelleren" not in page and "F-1042" not in page


@pytest.mark.parametrize("query", ["", "v", "x" * 5000, "%_\\'\"<script>"])
def test_odd_queries_get_a_page_not_an_error(org, login, query):
    response = login(factories.user(org, Role.ADMIN)).get("/search/", {"q": query})
    assert response.status_code == 200 and "<script>" not in response.content.decode().split("<main")[1]
