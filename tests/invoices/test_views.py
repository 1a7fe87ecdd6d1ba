"""Invoice pages and API: upload, list, detail with highlights, correct, approve; roles and
organizations kept apart (404 across organizations)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from fornuft.core import blobs
from fornuft.core.roles import Role
from fornuft.invoices import services
from fornuft.invoices.models import Invoice, InvoiceStatus, Supplier
from fornuft.testing import factories

from .test_workflow import invoice_pdf


@pytest.fixture
def finance(org):
    return factories.user(org, Role.FINANCE)


@pytest.fixture
def invoice(org):
    Supplier.objects.create(
        organization=org, name="Fjordkraft Testleverandør AS", org_number="974760673", bank_accounts=["86011117947"]
    )
    return services.intake(org, blobs.store(org, invoice_pdf(), filename="f.pdf"), filename="f.pdf")


@pytest.mark.django_db
def test_upload_several_files(org, finance, login, django_capture_on_commit_callbacks):
    client = login(finance)
    files = [
        SimpleUploadedFile("a.pdf", invoice_pdf(), "application/pdf"),
        SimpleUploadedFile("b.txt", b"not an invoice", "text/plain"),
        SimpleUploadedFile("c.pdf", invoice_pdf(number_line="Fakturanr: 9", kid="0000000000018"), "application/pdf"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("invoices:invoice-upload"), {"files": files}, follow=True)
    assert response.status_code == 200
    names = sorted(Invoice.objects.for_organization(org).values_list("filename", flat=True))
    assert names == ["a.pdf", "c.pdf"]
    assert "b.txt" in response.content.decode()
    assert all(i.status != InvoiceStatus.RECEIVED for i in Invoice.objects.for_organization(org))


@pytest.mark.django_db
def test_list_detail_page_image_and_approve(org, finance, login, invoice):
    client = login(finance)
    listing = client.get(reverse("invoices:invoice-list") + "?status=awaiting_approval")
    assert listing.status_code == 200 and "2026-17" in listing.content.decode()
    detail = client.get(reverse("invoices:invoice-detail", args=[invoice.pk]))
    body = detail.content.decode()
    assert 'class="hl" data-field="total_incl_vat"' in body and "left:" in body
    image = client.get(reverse("invoices:invoice-page", args=[invoice.pk, 0]))
    assert image.status_code == 200 and image.content[:4] == b"\x89PNG"
    client.post(reverse("invoices:invoice-decide", args=[invoice.pk]), {"action": "approve", "note": "ok"})
    invoice.refresh_from_db()
    assert invoice.status == InvoiceStatus.APPROVED and invoice.decided_by == finance
    csv = client.get(reverse("invoices:invoice-export", args=["csv"]))
    assert "2026-17" in csv.content.decode()
    invoice.refresh_from_db()
    assert invoice.status == InvoiceStatus.EXPORTED


@pytest.mark.django_db
def test_correct_from_the_detail_page(org, finance, login, invoice):
    client = login(finance)
    client.post(
        reverse("invoices:invoice-correct", args=[invoice.pk]),
        {"invoice_number": "2026-17B", "total_incl_vat": "1 250,00", "project": "P-9"},
    )
    invoice.refresh_from_db()
    assert invoice.invoice_number == "2026-17B" and invoice.project == "P-9"
    assert invoice.events.filter(action="corrected").exists()


@pytest.mark.django_db
def test_employees_cannot_see_invoices(org, login, invoice):
    client = login(factories.user(org, Role.EMPLOYEE))
    assert client.get(reverse("invoices:invoice-list")).status_code == 403


@pytest.mark.django_db
def test_other_organization_gets_404(org, other_org, login, invoice):
    stranger = login(factories.user(other_org, Role.FINANCE))
    for name, args in [
        ("invoices:invoice-detail", [invoice.pk]),
        ("invoices:invoice-page", [invoice.pk, 0]),
        ("invoices:invoice-original", [invoice.pk]),
    ]:
        assert stranger.get(reverse(name, args=args)).status_code == 404
    assert (
        stranger.post(reverse("invoices:invoice-decide", args=[invoice.pk]), {"action": "approve"}).status_code == 404
    )
    assert stranger.get(f"/api/v1/documents/invoices/{invoice.pk}").status_code == 404
    assert stranger.get("/api/v1/documents/invoices").json() == []


@pytest.mark.django_db
def test_api_list_read_approve(org, finance, login, invoice):
    client = login(finance)
    rows = client.get("/api/v1/documents/invoices?status=awaiting_approval").json()
    assert [r["id"] for r in rows] == [invoice.pk]
    assert rows[0]["data"]["total_incl_vat"] == "1250.00"
    approved = client.post(
        f"/api/v1/documents/invoices/{invoice.pk}/approve", {"note": "ok"}, content_type="application/json"
    )
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    again = client.post(f"/api/v1/documents/invoices/{invoice.pk}/approve", {}, content_type="application/json")
    assert again.status_code == 400 and again.json()["error"]["message"]


@pytest.mark.django_db
def test_supplier_register_form(org, finance, login):
    client = login(finance)
    bad = client.post(reverse("invoices:supplier-create"), {"name": "X AS", "bank_accounts_text": "1234.56.78901"})
    assert bad.status_code == 400
    client.post(
        reverse("invoices:supplier-create"),
        {"name": "Y AS", "org_number": "974760673", "email_domain": "Y.no", "bank_accounts_text": "8601.11.17947"},
    )
    supplier = Supplier.objects.all_organizations().get(organization=org, name="Y AS")
    assert supplier.bank_accounts == ["86011117947"] and supplier.email_domain == "y.no"


@pytest.mark.django_db
def test_api_upload(org, finance, login, django_capture_on_commit_callbacks):
    client = login(finance)
    with django_capture_on_commit_callbacks(execute=True):
        created = client.post(
            "/api/v1/documents/invoices", {"file": SimpleUploadedFile("api.pdf", invoice_pdf(), "application/pdf")}
        )
    assert created.status_code == 201, created.content
    invoice = Invoice.objects.all_organizations().get(pk=created.json()["id"])
    assert invoice.source == "api" and invoice.invoice_number == "2026-17"
    refused = client.post(
        "/api/v1/documents/invoices",
        {"file": SimpleUploadedFile("x.txt", b"hello", "text/plain")},
        headers={"accept-language": "en"},
    )
    assert refused.status_code == 400 and "x.txt is not a PDF" in refused.json()["error"]["message"]
