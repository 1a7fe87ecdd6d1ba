"""The intent model is trained in a background task, versioned in governance, and only
loaded (never fitted) inside chat requests."""

import pytest

from fornuft.assistant import services, training
from fornuft.assistant.tasks import train_intent_model_task
from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import AISystem, ModelVersion, ReviewTask, TrainingExample
from fornuft.governance.review import resolve_review

pytestmark = pytest.mark.django_db

HOURS = ["når åpner dere", "åpningstider lørdag", "når stenger dere i dag", "er dere åpne på søndag",
         "hva er åpningstidene", "når kan jeg ringe dere", "har dere åpent i julen", "åpent i kveld?"]
CERTIFICATE = ["energiattest pris", "hva koster energimerking", "trenger jeg energiattest ved salg",
               "bestille energimerking av bolig", "energimerke for enebolig", "hvor lenge gjelder energiattesten",
               "energiattest leilighet", "kan dere lage energiattest"]


def _versions(org) -> int:
    return ModelVersion.objects.for_organization(org).filter(system__key="assistant.answer").count()


def _add(org, pairs):
    with tenancy.activate(org):
        TrainingExample.objects.bulk_create([TrainingExample(organization=org, system_key="assistant.answer", text=t,
                                                             label=i, source="import") for t, i in pairs])


def _run(task_result):
    return task_result.get() if hasattr(task_result, "get") else task_result


def test_review_correction_becomes_an_intent_example(org_with_kb, make_user, django_capture_on_commit_callbacks):
    reviewer = make_user(org_with_kb, Role.SUPPORT, username="rev")
    conversation = services.start_conversation(org_with_kb)
    answer = services.customer_message(conversation, "Hva koster energimerking?")[-1]
    decision = record_decision(org_with_kb, "assistant.answer", subject=("assistant.message", answer.pk),
                               output={"intent": "pricing"}, confidence=0.1)
    assert decision.needs_review
    with tenancy.activate(org_with_kb):
        task = ReviewTask.objects.get(decision=decision)
    with django_capture_on_commit_callbacks(execute=True):
        resolve_review(task, reviewer, correction={"intent": "energy_certificate"})
    with tenancy.activate(org_with_kb):
        example = TrainingExample.objects.get()
    assert (example.system_key, example.label, example.text, example.source) == (
        "assistant.answer", "energy_certificate", "Hva koster energimerking?", "review")
    assert _versions(org_with_kb) == 0  # one example of one intent: nothing to train yet, and no error


def test_chat_uses_the_task_trained_model_and_never_trains(org_with_kb):
    conversation = services.start_conversation(org_with_kb)
    # No trained model yet: the assistant answers from retrieval alone.
    first = services.customer_message(conversation, "Hva koster energimerking av en enebolig?")
    assert first[-1].sources and _versions(org_with_kb) == 0

    _add(org_with_kb, [(t, "hours") for t in HOURS] + [(t, "energy_certificate") for t in CERTIFICATE])
    assert training.needs_training(org_with_kb)
    outcome = _run(train_intent_model_task(org_with_kb.pk))  # the huey task (immediate mode in tests)
    assert outcome["trained"] and outcome["version"] == "1" and outcome["outcome"] == "activated"
    version = ModelVersion.objects.all_organizations().get(organization=org_with_kb, system__key="assistant.answer")
    assert version.is_active and version.file_name and version.report["held_out_examples"] >= 1
    assert AISystem.objects.all_organizations().get(organization=org_with_kb, key="assistant.answer") \
        .model_version == "1"
    assert not training.needs_training(org_with_kb)

    # New examples arrive; chat requests keep using the active model and train nothing.
    _add(org_with_kb, [("når åpner butikken", "hours"), ("pris på energiattest", "energy_certificate")])
    before = _versions(org_with_kb)
    for text in ["Når åpner dere i morgen?", "Hva koster energimerking?", "åpningstider"]:
        services.customer_message(services.start_conversation(org_with_kb), text)
    assert _versions(org_with_kb) == before
    reply = services.assistant_for(org_with_kb).reply("Når åpner dere i morgen?")
    assert reply.intent == "hours"
    assert training.needs_training(org_with_kb)  # the nightly task picks the new examples up


def test_correcting_an_intent_queues_training(org_with_kb, make_user, django_capture_on_commit_callbacks):
    agent = make_user(org_with_kb, Role.SUPPORT, username="agent")
    _add(org_with_kb, [(t, "hours") for t in HOURS] + [(t, "energy_certificate") for t in CERTIFICATE[:-1]])
    conversation = services.start_conversation(org_with_kb)
    services.customer_message(conversation, CERTIFICATE[-1])
    assert _versions(org_with_kb) == 0
    with django_capture_on_commit_callbacks(execute=True):
        services.correct_intent(conversation, agent, "energy_certificate")
    assert _versions(org_with_kb) == 1  # trained by the queued task once the correction committed


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_intent_examples_into_the_shared_store():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    before = [("assistant", "0005_answer_threshold_in_registry")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    organization = apps.get_model("core", "Organization")._base_manager.create(name="Gammel AS", slug="gammel")
    apps.get_model("assistant", "IntentExample")._base_manager.create(
        organization=organization, text="Når åpner dere?", intent="opening_hours", source="correction")
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    moved = TrainingExample.objects.all_organizations().get(organization_id=organization.pk)
    assert (moved.system_key, moved.label, moved.text, moved.source) == (
        "assistant.answer", "opening_hours", "Når åpner dere?", "ui")
