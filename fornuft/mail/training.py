"""How the mail model learns: people's corrections become training examples, retraining
makes a candidate model, and the candidate replaces the active one only if it is not
worse on held-out examples.

- `recategorize(message, category, user)`: a person's decision; logged, routed again,
  and kept as a training example.
- `on_review_resolved(task, correction, user)`: the governance review hook.
- `retrain(organization, extra_examples=())`: the organization's category model through
  the governance model store (`CategoryTrainer`: the seed model blended with a layer
  trained only on the organization's corrections): trained, evaluated with the active model
  on the same held-out examples (never trained on), activated only if not worse, the
  version and its report kept in the registry's one version table.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from django.db import transaction
from django.utils import timezone

from fornuft.core.tenancy import activate
from fornuft.governance.model_store import ModelStoreError
from fornuft.governance.training_data import ExampleSource
from fornuft.governance.training_data import add_example as add_training_example
from fornuft.governance.training_data import examples as training_examples
from fornuft.mail import intake, scam, sorting
from fornuft.mail.models import Category, Message, MessageStatus

# What each kind of label teaches: the category model or the phishing shield.
CATEGORY, PHISHING = "mail.classifier", "mail.phishing"

logger = logging.getLogger(__name__)

class TrainingError(ModelStoreError):
    pass


def _resolve_review_silently(organization, decision_seq, user, correction):
    """Closes the open review of a decision a person just settled in the mail UI (their own
    decision is logged separately, so no second resolution record is needed)."""
    from fornuft.governance.models import ReviewStatus, ReviewTask

    if decision_seq is None:
        return
    now = timezone.now()
    for task in ReviewTask.objects.for_organization(organization).filter(
            decision__seq=decision_seq, status=ReviewStatus.OPEN):
        ReviewTask.objects.for_organization(organization).filter(pk=task.pk, status=ReviewStatus.OPEN).update(
            status=ReviewStatus.ACCEPTED if correction is None else ReviewStatus.CORRECTED,
            resolved_at=now, resolved_by=user, comment="settled in the mail inbox",
            touch_seconds=(now - task.opened_at).total_seconds())


def add_example(organization, message: Message, *, system: str, label: str, source: str, user=None):
    """Keeps a person's label of `message` in the shared training-example store."""
    names = [name for name, kind in message.attachments.values_list("filename", "content_type")
             if name and not kind.startswith("image/")] if message.pk else []
    text = sorting.message_text(message.subject, message.body_text, names)
    if system == CATEGORY:  # what the words don't show, for the organization's correction layer
        text = sorting.with_features(text, sorting.message_features(
            sender=message.from_address, recipients=message.to_addresses.split(","), attachment_names=names,
            bulk=message.is_bulk, reply=bool(message.in_reply_to), subject=message.subject,
            context=intake._context(organization)))
    return add_training_example(organization, system, subject=message, text=text, label=label, source=source,
                                user=user)


def recategorize(message: Message, category: str, user) -> Message:
    """A person sets the category: logged as their decision, routed again, learned from."""
    from fornuft.governance.decisions import record_decision

    organization = message.organization
    with activate(organization), transaction.atomic():
        if not Category.objects.filter(key=category).exists():
            raise ValueError(f"unknown category {category!r}")
        previous = message.category
        decision = record_decision(organization, "mail.classifier", subject=message,
                                   output={"category": category, "previous": previous}, confidence=1.0,
                                   explanation={"verdict": "corrected by a person" if category != previous
                                                else "confirmed by a person"},
                                   actor=user, model_version=message.model_version or None)
        _resolve_review_silently(organization, message.category_decision_seq, user,
                                 None if category == previous else {"category": category})
        message.category, message.confidence = category, 1.0
        message.category_decision_seq = decision.seq
        if message.status not in (MessageStatus.QUARANTINED,):
            intake.route_message(organization, message, needs_review=False)
        message.save()
        intake.announce_sorted(organization, message)
        add_example(organization, message, system=CATEGORY, label=category, source=ExampleSource.UI, user=user)
    return message


def on_review_resolved(task, correction, user) -> None:
    """Governance review hook: a person accepted or corrected a mail decision."""
    decision = task.decision
    if decision.subject_type != "mail.message":
        return
    message = Message.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id).first()
    if message is None:
        return
    organization = message.organization
    with activate(organization):
        if task.system.key == "mail.classifier":
            output = correction or decision.output or {}
            category = output.get("category") if isinstance(output, dict) else None
            if category and Category.objects.filter(key=category).exists():
                message.category, message.confidence = category, 1.0
                # Routed again to the corrected category's queue (quarantine stays shut).
                if message.status != MessageStatus.QUARANTINED:
                    intake.route_message(organization, message, needs_review=False)
                message.save()
                intake.announce_sorted(organization, message)
                add_example(organization, message, system=CATEGORY, label=category,
                            source=ExampleSource.REVIEW, user=user)
        elif task.system.key == "mail.phishing" and correction:
            verdict = correction.get("verdict")
            if verdict == "clean" and message.status == MessageStatus.QUARANTINED:
                message.phishing_verdict = "clean"
                intake.route_message(organization, message, needs_review=False)
                message.save()
                add_example(organization, message, system=PHISHING, label="clean", source=ExampleSource.REVIEW,
                            user=user)
            elif verdict == "phishing":
                message.phishing_verdict, message.status, message.queue = "phishing", MessageStatus.QUARANTINED, None
                message.save()
                add_example(organization, message, system=PHISHING, label="phishing",
                            source=ExampleSource.REVIEW, user=user)


# -- retraining ----------------------------------------------------------------------------
def organization_examples(organization) -> list[tuple[str, str]]:
    """The organization's category examples: the newest label per message wins."""
    rows = training_examples(organization, CATEGORY).order_by("-created_at", "-pk") \
        .values_list("text", "label", "subject_id")
    seen, examples = set(), []
    for text, label, message_id in rows:
        key = message_id or text
        if key in seen:
            continue
        seen.add(key)
        examples.append((text, label))
    return examples


class CategoryTrainer:
    """The mail category model for the governance model store: seed examples plus the
    organization's labels (weighted), held-out examples from both, judged by macro-F1;
    the seed model runs until an organization model is activated."""

    kind = sorting.MODEL_KIND
    metric = "macro_f1"

    def __init__(self, extra_examples: Sequence[tuple[str, str]] = ()):
        self.extra_examples = list(extra_examples)

    def examples(self, organization):
        from fornuft.governance.model_store import TrainingSet

        seed_train, seed_held = sorting.seed_examples()
        own = organization_examples(organization) + self.extra_examples
        own_train = [(t, label, sorting.ORGANIZATION_WEIGHT) for t, label in own if not sorting.is_held_out(t)]
        own_held = [(t, label) for t, label in own if sorting.is_held_out(t)]
        training = seed_train + own_train
        if len({label for _t, label, _w in training}) < 2:
            raise TrainingError("need examples of at least two categories")
        return TrainingSet(training=training, held_out=seed_held + own_held, organization_examples=len(own_train))

    def fit(self, training):
        """The seed model, blended with a layer trained only on the organization's examples
        (`fornuft.ml.blend.CorrectionBlend`; the examples weighted ORGANIZATION_WEIGHT)."""
        own = [(text, label) for text, label, weight in training if weight == sorting.ORGANIZATION_WEIGHT]
        return sorting.blend_with_corrections(sorting.seed_model(), own)

    def evaluate(self, model, held_out):
        return sorting.evaluate(model, held_out)

    def baseline(self, organization):
        from fornuft.governance.model_store import Baseline

        return Baseline(sorting.seed_model(), sorting.SEED_VERSION)


def retrain(organization, *, extra_examples: Sequence[tuple[str, str]] = (), notes: str = ""):
    """Trains a candidate on seed + organization examples (minus the held-out ones), compares
    it with the active model on the held-out examples and activates it if not worse.
    Returns the governance `ModelVersion` (with its report)."""
    from fornuft.governance.model_store import train_and_maybe_activate

    return train_and_maybe_activate(organization, "mail.classifier", CategoryTrainer(extra_examples), notes=notes)


class ScamTextTrainer:
    """The phishing shield's scam-text model for the governance model store. It learns only
    from the shipped seed texts (`fornuft.mail.scam`), so every message people labelled
    here — released from quarantine ("clean") or reported ("phishing") — is held out: a new
    seed version is activated for an organization only if it is not worse on that
    organization's own labelled mail. With none labelled yet, it is activated."""

    kind = scam.MODEL_KIND
    metric = "macro_f1"
    trusted_types = scam.TRUSTED_TYPES

    def examples(self, organization):
        from fornuft.governance.model_store import TrainingSet

        labelled = list(training_examples(organization, PHISHING).values_list("text", "label"))
        held_out = [(text, "scam" if label == "phishing" else "ham") for text, label in labelled]
        return TrainingSet(training=scam.seed_examples(), held_out=held_out, details={"seed": scam.fingerprint()})

    def fit(self, training):
        # Seed texts only, so the candidate is the installation's seed model (trained once
        # per seed version and saved); training it again for each organization changes nothing.
        return scam.scam_model()

    def evaluate(self, model, held_out):
        from fornuft.ml.metrics import classification_report

        if not held_out:
            return {"n": 0, "accuracy": 0.0, "macro_f1": 0.0}
        truth = [label for _t, label in held_out]
        predicted = ["scam" if model.score(text, explain_from=2.0).probability >= 0.5 else "ham"
                     for text, _label in held_out]
        return classification_report(truth, predicted, ["ham", "scam"])

    def baseline(self, organization):
        return None


def train_scam_model(organization, *, notes: str = ""):
    """Registers the current seed scam-text model as a version of the organization's
    phishing shield (activated only if not worse on its labelled mail)."""
    from fornuft.governance.model_store import train_and_maybe_activate

    return train_and_maybe_activate(organization, "mail.phishing", ScamTextTrainer(), notes=notes)


def scam_model_is_current(organization) -> bool:
    """Whether the organization has a scam-text version trained from the current seed texts."""
    from fornuft.governance.models import ModelVersion

    with activate(organization):
        reports = ModelVersion.objects.filter(system__key="mail.phishing").exclude(file_name="") \
            .values_list("report", flat=True)
    return any((report or {}).get("seed") == scam.fingerprint() for report in reports)


def active_scam_model(organization):
    """The organization's active scam-text model, or None (the installation's seed model
    is used then)."""
    from fornuft.governance import model_store

    active = model_store.load_active(organization, "mail.phishing", ScamTextTrainer())
    return active.model if active is not None else None
