"""One review and correction contract: the queue shows each system's subject readably, with
a link, and a correction made there changes the subject (validated by the declared fields)."""

import pytest

from fornuft.core.roles import Role
from fornuft.governance import registry
from fornuft.governance.corrections import describe
from fornuft.governance.models import OversightMode, ReviewStatus, ReviewTask, TrainingExample
from fornuft.testing import factories
from tests.invoices.test_workflow import invoice_pdf, take_in
from tests.mail.conftest import make_eml


def test_every_declared_system_describes_its_subject_and_its_correctable_fields():
    for key, declared in registry.declarations().items():
        assert declared.review_subject, key
        assert declared.correctable_fields, key
        assert declared.reviewer_roles, key
        for field in declared.correctable_fields:
            assert field.kind in {"text", "amount", "date", "choice"}, (key, field.name)


@pytest.fixture
def invoice_review(org):
    invoice = take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    task = ReviewTask.objects.all_organizations().get(organization=org, status=ReviewStatus.OPEN)
    return invoice, task


def test_the_queue_shows_an_invoice_readably_with_a_link_and_a_form_in_norwegian(org, login, invoice_review):
    invoice, task = invoice_review
    client = login(factories.user(org, Role.FINANCE))
    listed = client.get("/governance/reviews/").content.decode()
    assert "Fjordkraft Testleverandør AS" in listed and "documents.invoice" not in listed
    page = client.get(f"/governance/reviews/{task.pk}/").content.decode()
    assert f'href="/documents/invoices/{invoice.pk}/"' in page
    assert "Fjordkraft Testleverandør AS" in page and "1\u00a0250,00 kr" in page
    assert 'name="field-total_incl_vat"' in page and 'value="1250.00"' in page
    assert "Forfallsdato" in page and "Fakturanummer" in page  # labels in bokmål
    api = client.get(f"/api/v1/governance/reviews/{task.pk}").json()
    assert api["subject"]["url"] == f"/documents/invoices/{invoice.pk}/"
    assert "total_incl_vat" in api["correctable_fields"]


def test_correcting_an_invoice_in_the_queue_updates_it_and_reruns_its_checks(org, login, invoice_review):
    invoice, task = invoice_review
    assert invoice.invoice_number == "" and invoice.status == "needs_review"
    client = login(factories.user(org, Role.FINANCE))
    response = client.post(f"/governance/reviews/{task.pk}/resolve", {
        "verdict": "correct", "field-invoice_number": "A-7781", "field-total_incl_vat": "1 250,00",
        "field-supplier_name": "Fjordkraft Testleverandør AS", "field-due_date": "19.03.2026",
        "field-issue_date": "05.03.2026", "field-total_excl_vat": "1000.00", "field-vat_total": "250,00",
    })
    assert response.status_code == 302
    invoice.refresh_from_db()
    task.refresh_from_db()
    assert invoice.invoice_number == "A-7781" and invoice.data["invoice_number"] == "A-7781"
    assert invoice.status == "awaiting_approval"  # the checks ran again and passed
    assert task.status == ReviewStatus.CORRECTED
    assert task.resolution.output == {"invoice_number": "A-7781"}  # only what the person changed
    example = TrainingExample.objects.all_organizations().get(organization=org, system_key="invoices.extraction")
    assert (example.subject_id, example.fields, example.source) == (str(invoice.pk), {"invoice_number": "A-7781"},
                                                                    "review")


def test_a_correction_on_the_invoice_page_lands_in_the_same_training_store(org, login, invoice_review):
    from fornuft.invoices import services

    invoice, task = invoice_review
    finance = factories.user(org, Role.FINANCE)
    services.correct_invoice(invoice, finance, {"invoice_number": "A-7781"})  # closes the review
    services.correct_invoice(invoice, finance, {"kid": "1234567897", "order_reference": "PX-9"})  # no review open
    sources = dict(TrainingExample.objects.all_organizations().filter(
        organization=org, system_key="invoices.extraction").values_list("source", "fields"))
    assert sources == {"review": {"invoice_number": "A-7781"}, "ui": {"order_reference": "PX-9"}}


def test_an_invalid_correction_is_refused_with_a_clear_message(org, login, invoice_review):
    invoice, task = invoice_review
    client = login(factories.user(org, Role.FINANCE))
    page = client.post(f"/governance/reviews/{task.pk}/resolve",
                       {"verdict": "correct", "field-total_incl_vat": "tusen kroner"})
    assert page.status_code == 400 and "1 250,00" in page.content.decode()
    api = client.post(f"/api/v1/governance/reviews/{task.pk}/resolve",
                      {"verdict": "correct", "correction": {"total": "1"}}, content_type="application/json")
    message = api.json()["error"]["message"]
    assert api.status_code == 400 and message.startswith("total:") and "total_incl_vat" in message
    bad_date = client.post(f"/api/v1/governance/reviews/{task.pk}/resolve",
                           {"verdict": "correct", "correction": {"due_date": "31.02.2026"}},
                           content_type="application/json")
    assert bad_date.status_code == 400 and "19.03.2026" in bad_date.json()["error"]["message"]
    unchanged = client.post(f"/governance/reviews/{task.pk}/resolve", {"verdict": "correct"})
    assert unchanged.status_code == 400
    task.refresh_from_db()
    invoice.refresh_from_db()
    assert task.status == ReviewStatus.OPEN and invoice.data["total_incl_vat"] == "1250.00"


def test_correcting_an_invoice_amount_through_the_api(org, login, invoice_review):
    invoice, task = invoice_review
    client = login(factories.user(org, Role.FINANCE))
    correction = {"total_incl_vat": "1 350,00", "invoice_number": "A-7781"}
    response = client.post(f"/api/v1/governance/reviews/{task.pk}/resolve",
                           {"verdict": "correct", "correction": correction}, content_type="application/json")
    assert response.status_code == 200, response.content
    invoice.refresh_from_db()
    assert invoice.data["total_incl_vat"] == "1350.00" and invoice.invoice_number == "A-7781"
    # The sum no longer adds up: the re-run checks send it back for a person to look at.
    assert invoice.status == "needs_review"


def test_a_category_correction_in_the_queue_recategorizes_and_reroutes_the_message(org, login):
    from fornuft.mail import intake
    from fornuft.mail.models import Category, RoutingRule, TeamQueue

    message = intake.ingest(org, make_eml(subject="?", body="ok")).message
    task = ReviewTask.objects.all_organizations().get(organization=org, system__key="mail.classifier")
    with_queue = RoutingRule.objects.all_organizations().filter(organization=org, category_key="sales_inquiry",
                                                                 queue__isnull=False).first()
    sales_queue = with_queue.queue if with_queue else None
    client = login(factories.user(org, Role.SUPPORT))
    page = client.get(f"/governance/reviews/{task.pk}/").content.decode()
    assert f'href="/mail/messages/{message.pk}/"' in page and 'name="field-category"' in page
    sales = Category.objects.all_organizations().get(organization=org, key="sales_inquiry")
    assert sales.name in page  # categories offered by name
    response = client.post(f"/governance/reviews/{task.pk}/resolve",
                           {"verdict": "correct", "field-category": "sales_inquiry"})
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.category == "sales_inquiry" and message.status == "routed"
    assert message.queue == sales_queue
    assert TeamQueue.objects.all_organizations().filter(organization=org).exists()
    bad = client.post(f"/api/v1/governance/reviews/{task.pk}/resolve",
                      {"verdict": "correct", "correction": {"category": "nonsense"}}, content_type="application/json")
    assert bad.status_code in (400, 404)


def test_an_intent_correction_on_an_assistant_answer_sets_the_intent_and_teaches_the_model(org, login):
    from fornuft.assistant import services

    services.save_article(org, slug="apningstider", title="Åpningstider",
                          body="Vi har åpent fra 08 til 16 på hverdager.")
    answer_system = registry.get_system(org, "assistant.answer")
    answer_system.oversight_mode = OversightMode.IN_THE_LOOP
    answer_system.save(update_fields=["oversight_mode"])
    conversation = services.start_conversation(org)
    services.customer_message(conversation, "Når har dere åpent?")
    task = ReviewTask.objects.all_organizations().get(organization=org, system=answer_system)
    subject = describe(task.decision)
    assert subject.url == f"/assistant/c/{conversation.pk}/"
    assert any("Når har dere åpent?" in value for _label, value in subject.summary)
    client = login(factories.user(org, Role.SUPPORT))
    response = client.post(f"/governance/reviews/{task.pk}/resolve",
                           {"verdict": "correct", "field-intent": "opening_hours"})
    assert response.status_code == 302
    conversation.refresh_from_db()
    assert conversation.intent == "opening_hours"
    assert TrainingExample.objects.all_organizations().filter(organization=org, label="opening_hours",
                                                              system_key="assistant.answer",
                                                            source="review").exists()
