"""How the assistant learns intents: people's corrections become examples, a background
task trains a candidate intent model, and the governance model store activates it only if
it is not worse on held-out examples. Chat requests only load the active model.

- `on_review_resolved(task, correction, user)`: the governance review hook.
- `IntentTrainer`: the intent model for the model store (system `assistant.answer`).
- `train_intent_model(organization)`: one training run (called by the huey tasks).
- `schedule_training(organization)`: queues that task once the current transaction commits.
"""

from __future__ import annotations

import hashlib

INTENT_SYSTEM = "assistant.answer"
MODEL_KIND = "fornuft.assistant.intent"
HELD_OUT_SHARE = 0.2
MIN_EXAMPLES = 4


def is_held_out(text: str) -> bool:
    """A stable split: the same examples are held out in every training run."""
    digest = hashlib.sha256(" ".join(text.lower().split()).encode()).digest()
    return digest[0] < int(256 * HELD_OUT_SHARE)


class IntentTrainer:
    """The organization's intent classifier, from its labelled customer messages; judged by
    macro-F1 on the held-out ones. With no active model the assistant answers from
    retrieval alone (intents then come from the matching article's tags)."""

    kind = MODEL_KIND
    metric = "macro_f1"

    def examples(self, organization):
        from django.db.models import Max

        from fornuft.governance.model_store import ModelStoreError, TrainingSet
        from fornuft.governance.training_data import examples

        labelled = examples(organization, INTENT_SYSTEM)
        rows = list(labelled.order_by("pk").values_list("text", "label"))
        last = labelled.aggregate(last=Max("pk"))["last"]
        training = [(t, label) for t, label in rows if not is_held_out(t)]
        held_out = [(t, label) for t, label in rows if is_held_out(t)]
        if len(training) < MIN_EXAMPLES or len({label for _t, label in training}) < 2:
            raise ModelStoreError(f"an intent model needs at least {MIN_EXAMPLES} examples of two or more intents "
                                  f"(there are {len(rows)}); correct a few conversations' intents first")
        return TrainingSet(training=training, held_out=held_out, organization_examples=len(training),
                           details={"last_example_id": last, "intents": len({label for _t, label in rows})})

    def fit(self, training):
        from fornuft.ml.intent import IntentClassifier

        return IntentClassifier(threshold=0.5).fit([t for t, _l in training], [label for _t, label in training])

    def evaluate(self, model, held_out):
        from fornuft.ml.metrics import classification_report

        if not held_out:
            return {"n": 0, "accuracy": 0.0, "macro_f1": 0.0}
        truth = [label for _t, label in held_out]
        predicted = [label or "(none)" for label in model.predict([t for t, _l in held_out])]
        report = classification_report(truth, predicted, sorted(set(truth) | set(model.classes_)))
        return {key: report[key] for key in ("n", "accuracy", "macro_f1", "per_class") if key in report}

    def baseline(self, organization):
        return None


def train_intent_model(organization, *, notes: str = ""):
    """Trains a candidate intent model; returns its `ModelVersion` (activated or rejected)."""
    from fornuft.governance.model_store import train_and_maybe_activate

    return train_and_maybe_activate(organization, INTENT_SYSTEM, IntentTrainer(), notes=notes)


def needs_training(organization) -> bool:
    """Whether examples were added since the active (or last) intent model was trained."""
    from django.db.models import Max

    from fornuft.core import tenancy
    from fornuft.governance.models import ModelVersion
    from fornuft.governance.training_data import examples

    with tenancy.activate(organization):
        last = examples(organization, INTENT_SYSTEM).aggregate(last=Max("pk"))["last"]
        if last is None:
            return False
        newest = (ModelVersion.objects.filter(system__key=INTENT_SYSTEM).exclude(file_name="")
                  .order_by("-trained_at", "-pk").first())
    return newest is None or (newest.report or {}).get("last_example_id") != last


def schedule_training(organization) -> None:
    """Queues a training run for when the current transaction has committed."""
    from django.db import transaction

    from fornuft.assistant.tasks import train_intent_model_task

    organization_id = organization.pk
    transaction.on_commit(lambda: train_intent_model_task(organization_id))


def on_review_resolved(task, correction, user) -> None:
    """Review hook for assistant.answer / assistant.escalation: a corrected `intent` is set on
    the conversation and becomes a training example for the organization's intent model
    (trained in a task)."""
    if not correction or not correction.get("intent"):
        return
    from fornuft.assistant.models import Conversation, Message
    from fornuft.core import tenancy
    from fornuft.governance.training_data import ExampleSource, add_example

    decision = task.decision
    organization = decision.organization
    intent = str(correction["intent"])[:80]
    with tenancy.activate(organization):
        text, conversation_id = "", None
        if decision.subject_type == "assistant.conversation":
            conversation_id = decision.subject_id
            first = Message.objects.filter(conversation_id=conversation_id, role="customer").order_by("pk").first()
            text = first.text if first else ""
        elif decision.subject_type == "assistant.message":
            answer = Message.objects.filter(pk=decision.subject_id).first()
            if answer:
                conversation_id = answer.conversation_id
                question = Message.objects.filter(conversation_id=answer.conversation_id, role="customer",
                                                  pk__lt=answer.pk).order_by("-pk").first()
                text = question.text if question else ""
        if conversation_id is not None:
            Conversation.objects.filter(pk=conversation_id).update(intent=intent)
        if text:
            add_example(organization, INTENT_SYSTEM, subject=("assistant.conversation", conversation_id),
                        text=text[:2000], label=intent, source=ExampleSource.REVIEW, user=user)
            schedule_training(organization)
