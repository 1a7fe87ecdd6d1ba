"""A review queue a person can read: the subject as itself (the mail's text, the chat as a
conversation, the invoice's pages with its fields marked), reasons and names in Norwegian with
Norwegian numbers, pick lists instead of internal keys, bulk accept only where it is safe, and
a list page whose query count does not grow with the number of reviews."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from fornuft.core.roles import Role
from fornuft.governance import readable, registry
from fornuft.governance.models import OversightMode, ReviewStatus, ReviewTask
from fornuft.testing import factories
from tests.invoices.test_workflow import invoice_pdf, take_in
from tests.mail.conftest import make_eml


def _review_everything(org, *keys):
    for key in keys:
        system = registry.get_system(org, key)
        system.oversight_mode = OversightMode.IN_THE_LOOP
        system.save(update_fields=["oversight_mode"])


def _mail_reviews(org, count: int):
    from fornuft.mail import intake

    _review_everything(org, "mail.classifier")
    for number in range(count):
        intake.ingest(org, make_eml(subject=f"Spørsmål om levering {number}",
                                    body=f"Hei, når kommer pakke nummer {number}? Hilsen Kari"))


def _chat_reviews(org, count: int):
    from fornuft.assistant import services

    services.save_article(org, slug="apningstider", title="Åpningstider",
                          body="Vi har åpent fra 08 til 16 på hverdager.")
    _review_everything(org, "assistant.answer")
    for _number in range(count):
        conversation = services.start_conversation(org)
        services.customer_message(conversation, "Når har dere åpent?")


def _main(page: str) -> str:
    return page[page.index("<main"):page.index("</main>")]


def test_a_reason_reads_in_norwegian_with_norwegian_numbers(settings):
    from django.utils import translation

    with translation.override("nb"):
        assert readable.reason("confidence 0.52 below threshold 0.60") == "Sikkerheten 0,52 er under grensen 0,60"
        assert "pause" in readable.reason("system paused")
    with translation.override("en"):
        assert readable.reason("confidence 0.52 below threshold 0.60") == "Confidence 0.52 is below the threshold 0.60"


def test_the_mail_review_shows_the_message_itself_in_norwegian(org, login):
    _mail_reviews(org, 1)
    task = ReviewTask.objects.all_organizations().get(organization=org, status=ReviewStatus.OPEN)
    client = login(factories.user(org, Role.SUPPORT))
    page = _main(client.get(f"/governance/reviews/{task.pk}/").content.decode())
    assert "Hei, når kommer pakke nummer 0? Hilsen Kari" in page  # the mail itself, not a key
    assert "Sortering av e-post" in page  # the AI system's name in bokmål
    assert "Mail sorting" not in page
    assert 'name="field-category"' in page and "<select" in page  # a dropdown, not free text
    assert "<pre>" not in page and '{"' not in page and "category_decision" not in page  # no raw JSON


def test_the_chat_review_shows_the_transcript_as_a_conversation(org, login):
    _chat_reviews(org, 1)
    task = ReviewTask.objects.all_organizations().get(organization=org, status=ReviewStatus.OPEN)
    page = login(factories.user(org, Role.SUPPORT)).get(f"/governance/reviews/{task.pk}/").content.decode()
    transcript = page[page.index('data-testid="review-transcript"'):]
    assert "Kunde" in transcript and "Når har dere åpent?" in transcript and "Assistent" in transcript
    assert 'list="id_field-intent-options"' in page  # a pick list of known intents
    listed = login(factories.user(org, Role.SUPPORT)).get("/governance/reviews/").content.decode()
    assert "Kundeserviceassistent: svar" in listed


def test_the_invoice_review_shows_its_pages_with_the_fields_marked_and_a_supplier_picker(org, login):
    from fornuft.invoices.models import Supplier

    Supplier.objects.for_organization(org).create(organization=org, name="Kjent Leverandør AS")
    take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    task = ReviewTask.objects.all_organizations().get(organization=org, status=ReviewStatus.OPEN)
    page = login(factories.user(org, Role.FINANCE)).get(f"/governance/reviews/{task.pk}/").content.decode()
    assert 'data-testid="review-pages"' in page and "/page-0.png" in page
    assert re.search(r'class="hl" data-field="total_incl_vat"', page)
    assert '<datalist id="id_field-supplier_name-options">' in page and "Kjent Leverandør AS" in page
    assert "Sikkerheten" in page or "kontrolleres av en person" in page or "pause" in page
    assert "total_incl_vat</" not in page and ">supplier_name<" not in page  # labels, not keys


def test_hr_never_sees_an_invoice_review(org, login):
    take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    task = ReviewTask.objects.all_organizations().get(organization=org, status=ReviewStatus.OPEN)
    client = login(factories.user(org, Role.HR))
    assert f"/governance/reviews/{task.pk}/" not in client.get("/governance/reviews/").content.decode()
    assert client.get(f"/governance/reviews/{task.pk}/").status_code == 404


def test_bulk_accept_is_offered_for_mail_but_not_for_invoices(org, login):
    _mail_reviews(org, 2)
    take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    client = login(factories.user(org, Role.ADMIN))
    page = client.get("/governance/reviews/").content.decode()
    invoice_task = ReviewTask.objects.all_organizations().get(organization=org, system__key="invoices.extraction")
    mail_tasks = list(ReviewTask.objects.all_organizations().filter(organization=org, system__key="mail.classifier"))
    assert f'name="ids" value="{mail_tasks[0].pk}"' in page
    assert f'name="ids" value="{invoice_task.pk}"' not in page
    client.post("/governance/reviews/bulk", {"action": "accept", "ids": [invoice_task.pk, mail_tasks[0].pk]})
    invoice_task.refresh_from_db()
    mail_tasks[0].refresh_from_db()
    assert invoice_task.status == ReviewStatus.OPEN and mail_tasks[0].status == ReviewStatus.ACCEPTED


def _list_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/governance/reviews/").status_code == 200
    return len(captured)


@pytest.mark.parametrize("role", [Role.ADMIN])
def test_the_queue_page_costs_the_same_queries_for_3_or_15_reviews_of_each_kind(org, login, role):
    client = login(factories.user(org, role))
    _mail_reviews(org, 1)
    _chat_reviews(org, 1)
    take_in(org, invoice_pdf(number_line="Bilag: A-1"))
    few, few_kinds = _list_queries(client), _open_kinds(org)
    _mail_reviews(org, 0)
    from fornuft.mail import intake

    for number in range(12):
        intake.ingest(org, make_eml(subject=f"Mer {number}", body=f"Tekst {number}"))
    _chat_reviews(org, 0)
    from fornuft.assistant import services

    for _number in range(6):
        services.customer_message(services.start_conversation(org), "Når har dere åpent?")
    assert ReviewTask.objects.all_organizations().filter(organization=org).count() >= 20
    many = _list_queries(client)
    # One batch query per kind of review, never one per review: a kind that only the larger
    # intake brings (e.g. an assignment mail handed to projects) may add its one query.
    assert many <= few + len(_open_kinds(org) - few_kinds), (few, many)


def _open_kinds(org) -> set[str]:
    return set(ReviewTask.objects.all_organizations().filter(organization=org)
               .values_list("decision__system__key", flat=True))
