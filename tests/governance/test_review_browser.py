"""The review queue in a real browser, as a finance reviewer in Norwegian: a readable entry,
a link to the invoice, the correctable fields as a form; saving a correction changes the invoice."""

import os
from pathlib import Path

import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login
from tests.invoices.test_workflow import invoice_pdf, take_in


def _screenshot(page, name: str) -> None:
    """Set FORNUFT_SCREENSHOTS to a folder to keep what the reviewer saw."""
    folder = os.environ.get("FORNUFT_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.mark.django_db(transaction=True)
def test_a_finance_reviewer_corrects_an_invoice_in_the_queue(browser, live_server, org):
    invoice = take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    reviewer = factories.user(org, Role.FINANCE, username="okonomi")
    context = browser.new_context(base_url=live_server.url, locale="nb-NO", extra_http_headers={
        "Accept-Language": "nb"})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        login(page, live_server.url, "okonomi", factories.PASSWORD)
        page.goto(f"{live_server.url}/governance/reviews/")
        entry = page.get_by_role("link", name="Faktura fra Fjordkraft Testleverandør AS")
        assert entry.count() == 1
        _screenshot(page, "review-queue")
        entry.click()
        page.wait_for_load_state()
        assert page.get_by_test_id("review-subject").get_by_role("link").get_attribute("href") == \
            f"/documents/invoices/{invoice.pk}/"
        page.get_by_label("Fakturanummer").fill("A-7781")
        assert page.get_by_label("Forfallsdato").input_value() == "19.03.2026"
        _screenshot(page, "review-invoice")
        page.get_by_role("button", name="Lagre rettelse").click()
        page.wait_for_load_state()
    finally:
        context.close()
    assert reviewer.pk
    invoice.refresh_from_db()
    assert invoice.invoice_number == "A-7781" and invoice.status == "awaiting_approval"


@pytest.mark.django_db(transaction=True)
def test_a_support_reviewer_recategorizes_a_message_in_the_queue(browser, live_server, org):
    from fornuft.governance import registry
    from fornuft.governance.models import OversightMode
    from fornuft.mail import intake
    from tests.mail.conftest import make_eml

    sorter = registry.get_system(org, "mail.classifier")
    sorter.oversight_mode = OversightMode.IN_THE_LOOP  # every message reviewed
    sorter.save(update_fields=["oversight_mode"])
    message = intake.ingest(org, make_eml(subject="Spørsmål om noe", body="Hei, jeg lurer på en ting.")).message
    factories.user(org, Role.SUPPORT, username="kundeservice")
    context = browser.new_context(base_url=live_server.url, locale="nb-NO", extra_http_headers={
        "Accept-Language": "nb"})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        login(page, live_server.url, "kundeservice", factories.PASSWORD)
        page.goto(f"{live_server.url}/governance/reviews/")
        page.get_by_role("link", name="Spørsmål om noe").click()
        page.wait_for_load_state()
        page.get_by_label("Kategori").select_option("sales_inquiry")
        _screenshot(page, "review-mail")
        page.get_by_role("button", name="Lagre rettelse").click()
        page.wait_for_load_state()
    finally:
        context.close()
    message.refresh_from_db()
    assert message.category == "sales_inquiry" and message.status == "routed"


@pytest.mark.django_db(transaction=True)
def test_a_support_reviewer_reads_a_chat_and_corrects_its_intent(browser, live_server, org):
    from fornuft.assistant import services
    from fornuft.assistant.models import Conversation
    from fornuft.core.tenancy import activate
    from fornuft.governance import registry
    from fornuft.governance.models import OversightMode

    services.save_article(org, slug="apningstider", title="Åpningstider",
                          body="Vi har åpent fra 08 til 16 på hverdager.")
    answers = registry.get_system(org, "assistant.answer")
    answers.oversight_mode = OversightMode.IN_THE_LOOP  # every answer reviewed
    answers.save(update_fields=["oversight_mode"])
    conversation = services.start_conversation(org)
    services.customer_message(conversation, "Når har dere åpent i romjulen?")
    factories.user(org, Role.SUPPORT, username="chatvakt")
    context = browser.new_context(base_url=live_server.url, locale="nb-NO", extra_http_headers={
        "Accept-Language": "nb"})
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        login(page, live_server.url, "chatvakt", factories.PASSWORD)
        page.goto(f"{live_server.url}/governance/reviews/")
        page.get_by_role("link", name=f"Svar i samtale #{conversation.pk}").click()
        transcript = page.get_by_test_id("review-transcript")
        assert "Når har dere åpent i romjulen?" in transcript.inner_text()  # the chat itself, turn by turn
        page.get_by_label("Hva kunden ville (intensjon)").fill("apningstider_helligdag")
        _screenshot(page, "review-chat")
        page.get_by_role("button", name="Lagre rettelse").click()
        page.wait_for_load_state()
    finally:
        context.close()
    with activate(org):
        assert Conversation.objects.get(pk=conversation.pk).intent == "apningstider_helligdag"
