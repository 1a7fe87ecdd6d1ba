"""The invoice workflow on a real database: intake, checks against the register, the decision
log and review queue, approval rules, approval, export, the webhook, learning per supplier."""

import io
import json
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from PIL import Image

from fornuft.core import blobs
from fornuft.core.roles import Role
from fornuft.governance.models import Decision, ReviewTask
from fornuft.invoices import export, services
from fornuft.invoices.models import AccountingWebhook, ApprovalRule, Invoice, InvoiceStatus, Supplier
from fornuft.testing import factories

from .pdfs import text_pdf


def invoice_pdf(
    number_line="Fakturanr: 2026-17",
    total="1 250,00",
    account="8601.11.17947",
    kid="1234567897",
    order="",
    org="974760673",
):
    lines = [
        "Fjordkraft Testleverandør AS",
        f"Org.nr {org}",
        "Faktura",
        number_line,
        "Fakturadato: 05.03.2026",
        "Forfallsdato: 19.03.2026",
        "Kunde: Nordfjell Rådgivning AS",
    ]
    if order:
        lines.append(f"Bestillingsnr: {order}")
    lines += ["Sum eks. mva: 1 000,00", "Mva: 250,00", f"Å betale: {total}", f"Kontonr: {account}", f"KID: {kid}"]
    return text_pdf([lines])


@pytest.fixture
def supplier(org):
    return Supplier.objects.create(
        organization=org,
        name="Fjordkraft Testleverandør AS",
        org_number="974760673",
        email_domain="fjordkraft-test.no",
        bank_accounts=["86011117947"],
    )


def take_in(org, data, name="f.pdf"):
    return services.intake(org, blobs.store(org, data, filename=name), filename=name)


@pytest.mark.django_db
def test_clean_invoice_goes_to_approval_and_is_logged(org, supplier):
    invoice = take_in(org, invoice_pdf())
    assert invoice.status == InvoiceStatus.AWAITING_APPROVAL, invoice.message
    assert (invoice.invoice_number, invoice.total_incl_vat, invoice.supplier) == (
        "2026-17",
        Decimal("1250.00"),
        supplier,
    )
    decision = Decision.objects.all_organizations().get(organization=org, seq=invoice.decision_seq)
    assert decision.system_key == "invoices.extraction" and not decision.needs_review
    assert "Nordfjell" not in decision.output_json  # references, not the invoice's content


@pytest.mark.django_db
def test_changed_bank_account_goes_to_review(org, supplier):
    invoice = take_in(org, invoice_pdf(account="1503.00.00009"))
    assert invoice.status == InvoiceStatus.NEEDS_REVIEW
    assert "BANK_ACCOUNT_CHANGED" in {v["code"] for v in invoice.validation}


@pytest.mark.django_db
def test_duplicate_against_the_database(org, supplier):
    take_in(org, invoice_pdf(), "first.pdf")
    second = take_in(org, invoice_pdf(kid="0000000000018"), "second.pdf")
    assert "DUPLICATE" in {v["code"] for v in second.validation}
    assert second.status == InvoiceStatus.NEEDS_REVIEW


@pytest.mark.django_db
def test_approval_rules_choose_the_approver(org, supplier):
    big_boss = factories.user(org, Role.MANAGER)
    project_lead = factories.user(org, Role.MANAGER)
    ApprovalRule.objects.create(
        organization=org, name="Project X", position=1, order_reference_prefix="PX-", approver=project_lead
    )
    ApprovalRule.objects.create(
        organization=org, name="Large", position=2, min_amount=Decimal("1000"), approver=big_boss
    )
    by_order = take_in(org, invoice_pdf(order="PX-42"), "a.pdf")
    assert by_order.approver == project_lead
    by_amount = take_in(
        org,
        invoice_pdf(number_line="Fakturanr: 2026-18", kid="0000000000018", total="1 250,00").replace(
            b"05.03.2026", b"06.03.2026"
        ),
        "b.pdf",
    )
    assert by_amount.status == InvoiceStatus.AWAITING_APPROVAL, by_amount.message
    assert by_amount.approver == big_boss


@pytest.mark.django_db
def test_correction_through_the_review_queue_teaches_the_supplier(org, supplier):
    reviewer = factories.user(org, Role.FINANCE)
    first = take_in(org, invoice_pdf(number_line="Bilag: A-7781"), "first.pdf")
    assert first.invoice_number == "" and first.status == InvoiceStatus.NEEDS_REVIEW
    assert ReviewTask.objects.for_organization(org).filter(status="open").count() == 1

    services.correct_invoice(first, reviewer, {"invoice_number": "A-7781"})
    first.refresh_from_db()
    assert first.status == InvoiceStatus.AWAITING_APPROVAL and first.invoice_number == "A-7781"
    assert ReviewTask.objects.all_organizations().get(organization=org).status == "corrected"
    supplier.refresh_from_db()
    assert supplier.learned_hints["invoice_number"]["label"] == "Bilag"

    second = take_in(
        org,
        invoice_pdf(number_line="Bilag: A-7790", kid="0000000000018").replace(b"05.03.2026", b"07.03.2026"),
        "second.pdf",
    )
    assert second.invoice_number == "A-7790"
    assert second.status == InvoiceStatus.AWAITING_APPROVAL, second.message


@pytest.mark.django_db
def test_approve_reject_and_export(org, supplier):
    approver = factories.user(org, Role.FINANCE)
    invoice = take_in(org, invoice_pdf())
    services.reject(invoice, approver, "Not ours")
    with pytest.raises(services.WorkflowError):
        services.approve(invoice, approver)
    invoice.refresh_from_db()
    assert invoice.status == InvoiceStatus.REJECTED and invoice.events.filter(action="rejected").exists()
    again = take_in(
        org,
        invoice_pdf(number_line="Fakturanr: 2026-99", kid="0000000000018").replace(b"05.03.2026", b"08.03.2026"),
        "again.pdf",
    )
    services.approve(again, approver)
    rows = export.to_csv([again]).splitlines()
    assert rows[0].startswith("id;status;supplier_name")
    assert ";2026-99;" in rows[1] and ";1250.00;" in rows[1]
    assert json.loads(export.to_json([again]))["invoices"][0]["lines"] == again.data["lines"]
    assert export.mark_exported([again], approver) == 1
    again.refresh_from_db()
    assert again.status == InvoiceStatus.EXPORTED


class _Receiver(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Receiver.received.append((dict(self.headers), json.loads(body)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.mark.django_db
def test_webhook_to_accounting(org, supplier):
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        AccountingWebhook.objects.create(
            organization=org, url=f"http://127.0.0.1:{server.server_port}/invoices", secret="s3cret"
        )
        approver = factories.user(org, Role.FINANCE)
        invoice = services.approve(take_in(org, invoice_pdf()), approver)
        ok, message = export.send_to_webhook(invoice, approver)
    finally:
        server.shutdown()
        server.server_close()
    assert ok, message
    headers, body = _Receiver.received[-1]
    assert body["invoice"]["invoice_number"] == "2026-17" and body["invoice"]["total_incl_vat"] == "1250.00"
    assert headers["X-Fornuft-Signature"].startswith("sha256=")
    invoice.refresh_from_db()
    assert invoice.status == InvoiceStatus.EXPORTED


@pytest.mark.django_db
def test_webhook_down_keeps_the_invoice_approved(org, supplier):
    AccountingWebhook.objects.create(organization=org, url="http://127.0.0.1:9/nowhere")
    approver = factories.user(org, Role.FINANCE)
    invoice = services.approve(take_in(org, invoice_pdf()), approver)
    ok, message = export.send_to_webhook(invoice, approver)
    assert not ok and "could not be reached" in message
    invoice.refresh_from_db()
    assert invoice.status == InvoiceStatus.APPROVED


@pytest.mark.django_db
def test_bulk_actions(org, supplier):
    approver = factories.user(org, Role.FINANCE)
    good = take_in(org, invoice_pdf())
    bad = take_in(org, invoice_pdf(account="1503.00.00009", number_line="Fakturanr: 77"), "bad.pdf")
    done, problems = services.bulk([good, bad], "approve", approver)
    assert done == 1 and len(problems) == 1 and f"#{bad.pk}" in problems[0]


@pytest.mark.django_db
def test_mail_attachment_entry_point(org, supplier):
    invoice = services.receive_attachment(
        org, blobs.store(org, invoice_pdf(), filename="faktura.pdf"), source="mail", reference="msg-1"
    )
    assert isinstance(invoice, Invoice) and invoice.source == "mail"
    assert services.receive_attachment(org, blobs.store(org, b"just some text", filename="notes.txt")) is None
    logo = io.BytesIO()
    Image.new("RGB", (240, 80), (20, 60, 120)).save(logo, format="PNG")
    assert services.receive_attachment(org, blobs.store(org, logo.getvalue(), filename="logo.png")) is None
    broken = services.receive_attachment(org, blobs.store(org, b"%PDF-1.4 broken", filename="broken.pdf"))
    assert broken.status == InvoiceStatus.FAILED and "damaged" in broken.message


@pytest.mark.django_db
def test_known_bank_accounts_for_the_phishing_shield(org, other_org, supplier):
    assert services.known_bank_accounts(org, "fjordkraft-test.no") == {"86011117947"}
    assert services.known_bank_accounts(org, "faktura.fjordkraft-test.no") == {"86011117947"}
    assert services.known_bank_accounts(org, "unknown.example") is None
    assert services.known_bank_accounts(other_org, "fjordkraft-test.no") is None


@pytest.mark.django_db
def test_saving_unchanged_fields_accepts_the_findings(org, supplier):
    reviewer = factories.user(org, Role.FINANCE)
    invoice = take_in(org, invoice_pdf(account="1503.00.00009"))
    assert invoice.status == InvoiceStatus.NEEDS_REVIEW
    services.correct_invoice(invoice, reviewer, {})
    invoice.refresh_from_db()
    assert invoice.status == InvoiceStatus.AWAITING_APPROVAL
    assert "BANK_ACCOUNT_CHANGED" in invoice.message
    last = Decision.objects.for_organization(org).order_by("-seq").first()
    assert last.actor_user == reviewer and "BANK_ACCOUNT_CHANGED" in last.output["accepted"]
