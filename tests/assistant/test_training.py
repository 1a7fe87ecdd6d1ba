import pytest

from fornuft.assistant import services
from fornuft.assistant.models import IntentExample
from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import ReviewTask
from fornuft.governance.review import resolve_review

pytestmark = pytest.mark.django_db


def test_review_correction_becomes_intent_example_and_model(org_with_kb, make_user):
    reviewer = make_user(org_with_kb, Role.SUPPORT, username="rev")
    conversation = services.start_conversation(org_with_kb)
    answer = services.customer_message(conversation, "Hva koster energimerking?")[-1]
    decision = record_decision(org_with_kb, "assistant.answer", subject=("assistant.message", answer.pk),
                               output={"intent": "pricing"}, confidence=0.1)
    assert decision.needs_review
    with tenancy.activate(org_with_kb):
        task = ReviewTask.objects.get(decision=decision)
    resolve_review(task, reviewer, correction={"intent": "energy_certificate"})
    with tenancy.activate(org_with_kb):
        example = IntentExample.objects.get()
    assert example.intent == "energy_certificate" and example.text == "Hva koster energimerking?"
    with tenancy.activate(org_with_kb):
        for text, intent in [("når åpner dere", "hours"), ("åpningstider lørdag", "hours"),
                             ("energiattest pris", "energy_certificate")]:
            IntentExample.objects.create(organization=org_with_kb, text=text, intent=intent)
    model = services.intent_model(org_with_kb)
    assert model is not None and set(model.classes_) == {"hours", "energy_certificate"}
    from fornuft.governance.models import ModelVersion

    with tenancy.activate(org_with_kb):
        version = ModelVersion.objects.get(is_active=True, system__key="assistant.answer")
    assert version.version == "intent-4" and version.training_examples == 4
    reply = services.assistant_for(org_with_kb).reply("Når åpner dere i morgen?")
    assert reply.intent == "hours"
