""""Mitt arbeid": each role's home shows what that person must do now, with counts and lists;
the administrator gets a first-run checklist; the governance figures live on the governance
pages; an employee sees no API keys and no charts; capabilities add their own items."""

from datetime import time

import pytest

from fornuft.core.roles import Role
from fornuft.governance import registry
from fornuft.governance.models import OversightMode
from fornuft.testing import factories
from tests.mail.conftest import make_eml


def _main(html: str) -> str:
    return html[html.index("<main"):html.index("</main>")]


def _items(response) -> dict:
    return {item.key: item for item in response.context["items"]}


def test_an_employee_sees_no_api_keys_no_charts_and_no_governance_figures(org, login):
    client = login(factories.user(org, Role.EMPLOYEE))
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200 and "Mitt arbeid" in html
    assert 'href="/tokens/"' not in html and client.get("/tokens/").status_code == 403
    assert "<canvas" not in html and "chart" not in _main(html)
    assert 'data-testid="all-done"' in html
    assert "setup-checklist" not in html


def test_the_admin_gets_a_first_run_checklist_that_ticks_off(org, login, admin_user):
    client = login(admin_user)
    steps = {step.key: step.done for step in client.get("/").context["steps"]}
    assert steps == {"mail.mailbox": False, "mail.smtp": False, "assistant.widget": False, "core.users": False,
                     "governance.classify": False}
    html = client.get("/").content.decode()
    assert "Koble til en postboks" in html and "Inviter kollegene dine" in html
    factories.user(org, Role.FINANCE)
    steps = {step.key: step.done for step in client.get("/").context["steps"]}
    assert steps["core.users"] is True and steps["mail.mailbox"] is False


def test_support_sees_waiting_chats_and_reviews_with_lists(org, login):
    from fornuft.assistant import services

    services.save_article(org, slug="apningstider", title="Åpningstider", body="Vi har åpent fra 08 til 16.")
    config = services.get_settings(org)
    # Always staffed: outside opening hours the chat first asks for contact details (tested in
    # tests/assistant/test_handoff.py), and this test must not depend on the hour it runs.
    config.opens, config.closes, config.weekdays = time(0, 0), time(23, 59, 59), "0,1,2,3,4,5,6"
    config.save()
    conversation = services.start_conversation(org)
    services.customer_message(conversation, "Jeg vil snakke med et menneske")
    client = login(factories.user(org, Role.SUPPORT))
    response = client.get("/")
    items = _items(response)
    assert items["assistant.waiting"].count == 1
    assert f'href="/assistant/c/{conversation.pk}/"' in response.content.decode()
    assert "Chatter som venter på en person" in response.content.decode()
    assert "invoices.approval" not in items  # not support's work


def test_finance_sees_invoices_waiting_for_their_approval(org, login):
    from fornuft.invoices.models import Invoice, InvoiceStatus
    from tests.invoices.test_workflow import invoice_pdf, take_in

    finance = factories.user(org, Role.FINANCE)
    other = factories.user(org, Role.FINANCE)
    stored = take_in(org, invoice_pdf(number_line="Bilag: A-1")).stored_file_id
    for approver in (finance, finance, other):
        Invoice.objects.for_organization(org).create(
            organization=org, status=InvoiceStatus.AWAITING_APPROVAL, approver=approver, supplier_name="Lys AS",
            invoice_number="F-1", data={"total_incl_vat": "12450.00"}, stored_file_id=stored)
    response = login(finance).get("/")
    assert _items(response)["invoices.approval"].count == 2
    assert "12\u00a0450,00 kr" in response.content.decode()


def test_hr_sees_new_mail_in_the_hr_queue_and_no_invoice_work(org, login):
    from fornuft.mail import intake

    intake.ingest(org, make_eml(subject="Søknad på stillingen som lagerarbeider",
                                body="Hei, jeg søker på stillingen. Vedlagt CV og søknad."))
    response = login(factories.user(org, Role.HR)).get("/")
    items = _items(response)
    assert "mail.queue.hr" in items
    assert not {"invoices.approval", "assistant.waiting", "mail.quarantine"} & set(items)


def test_reviews_waiting_for_me_count_only_what_my_role_may_resolve(org, login):
    from fornuft.mail import intake

    sorter = registry.get_system(org, "mail.classifier")
    sorter.oversight_mode = OversightMode.IN_THE_LOOP
    sorter.save(update_fields=["oversight_mode"])
    intake.ingest(org, make_eml(subject="Hei", body="Et spørsmål"))
    assert _items(login(factories.user(org, Role.SUPPORT)).get("/"))["governance.reviews"].count >= 1
    assert "governance.reviews" not in _items(login(factories.user(org, Role.AUDITOR)).get("/"))


def test_the_governance_figures_moved_to_the_governance_overview(org, login):
    manager = login(factories.user(org, Role.MANAGER))
    home = manager.get("/").content.decode()
    assert "decisions-chart" not in home and 'href="/governance/"' in home
    overview = manager.get("/governance/").content.decode()
    assert "decisions-chart" in overview and "Sortering av e-post" in overview


@pytest.mark.parametrize("role", [role for role, _label in Role.choices])
def test_every_role_has_a_home_in_a_handful_of_queries(org, login, role, django_assert_max_num_queries):
    client = login(factories.user(org, role))
    with django_assert_max_num_queries(30):
        assert client.get("/").status_code == 200


def test_a_capability_adds_its_own_home_item(org, login, monkeypatch):
    from fornuft.platform import capability as capability_module
    from fornuft.platform.capability import Capability
    from fornuft.platform.home import HomeItem

    extra = Capability(home_items="tests.web.test_home:contract_items", package="tests.web")
    installed = capability_module.installed_capabilities()
    monkeypatch.setattr("fornuft.platform.home.installed_capabilities", lambda: (*installed, extra))
    response = login(factories.user(org, Role.MANAGER)).get("/")
    assert isinstance(_items(response)["contracts.deadlines"], HomeItem)
    assert "Contracts with a deadline soon" in response.content.decode()


def contract_items(user):
    from fornuft.platform.home import HomeEntry, HomeItem

    return [HomeItem("contracts.deadlines", "Contracts with a deadline soon", 1, "/",
                     [HomeEntry("Leieavtale Storgata 1", "/", "31.01.2027")])]


def test_sent_is_said_only_when_a_mail_server_really_sends(org, login, settings):
    from fornuft.mail import intake
    from fornuft.mail.models import AcknowledgementDraft

    message = intake.ingest(org, make_eml(subject="Forespørsel om tilbud", sender="Kari <kari@kunde.no>",
                                          body="Kan dere sende oss et tilbud på energikartlegging?")).message
    draft = AcknowledgementDraft.objects.all_organizations().filter(message=message).first()
    assert draft is not None, "a sales inquiry gets an acknowledgement draft"
    client = login(factories.user(org, Role.SUPPORT))
    settings.EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"  # prints, sends nothing
    assert 'data-testid="no-smtp"' in client.get(f"/mail/messages/{message.pk}/").content.decode()
    page = client.post(f"/mail/drafts/{draft.pk}/", {"action": "send", "subject": "Re", "body": "Takk"},
                       follow=True).content.decode()
    assert "ikke sendt" in page and "Bekreftelsen er sendt." not in page
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert 'data-testid="no-smtp"' not in client.get(f"/mail/messages/{message.pk}/").content.decode()
