"""The assistant's one threshold is the registry's: the engine uses it, and an answer below
it goes to the review queue like any other decision."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from fornuft.assistant import services
from fornuft.governance import registry
from fornuft.governance.models import ReviewTask


@pytest.fixture
def org_with_article(org):
    services.save_article(org, slug="apningstider", title="Åpningstider",
                          body="Vi har åpent fra klokka 08 til 16 på hverdager. Lørdag og søndag er det stengt.")
    return org


def ask(org, text):
    conversation = services.start_conversation(org)
    services.customer_message(conversation, text)
    conversation.refresh_from_db()
    return conversation


def test_an_answer_below_the_registry_threshold_goes_to_review(org_with_article):
    conversation = ask(org_with_article, "Kan dere reparere varmepumpa mi i Tromsø på julaften?")
    assert conversation.escalation_reason == "no_answer"
    task = ReviewTask.objects.all_organizations().get(organization=org_with_article, system__key="assistant.answer")
    assert "below threshold 0.32" in task.reason  # the declared default (engine.DEFAULT_ANSWER_THRESHOLD)


def test_a_confident_answer_takes_effect_without_review(org_with_article):
    conversation = ask(org_with_article, "Når har dere åpent?")
    assert conversation.escalation_reason == ""
    assert not ReviewTask.objects.all_organizations().filter(organization=org_with_article).exists()


def test_the_engine_uses_the_threshold_set_in_the_registry(org_with_article):
    system = registry.get_system(org_with_article, "assistant.answer")
    system.confidence_threshold = 0.99
    system.save(update_fields=["confidence_threshold"])
    conversation = ask(org_with_article, "Når har dere åpent?")
    assert conversation.escalation_reason == "no_answer"
    assert ReviewTask.objects.all_organizations().filter(organization=org_with_article,
                                                         system__key="assistant.answer").count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_migration_carries_each_organizations_answer_threshold_into_the_registry():
    executor = MigrationExecutor(connection)
    before = [("assistant", "0004_allowed_origins_default_help")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    organization = apps.get_model("core", "Organization")._base_manager.create(name="Gammel AS", slug="gammel")
    apps.get_model("assistant", "AssistantSettings")._base_manager.create(
        organization=organization, widget_key="wk_migration", answer_threshold=0.55)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    from fornuft.governance.models import AISystem

    system = AISystem.objects.all_organizations().get(organization_id=organization.pk, key="assistant.answer")
    assert system.confidence_threshold == 0.55
