"""How the clause classifier learns from an organization's corrections.

A person marks a passage as a clause type, or says a found clause is not of its type
(`services.correct_clause`, from the contract page or the API). Each mark is stored as a
training example (governance training data) and queues a training run (huey). The run goes
through the governance model store: the candidate — the seed clauses plus the
organization's marks — and the model that runs today are judged on the same held-out
contracts, and the candidate becomes active only if it is not worse. Analysis then uses the
active model (`services.organization_model`).

The split is by contract: all marks on one contract are either trained on or held out, so a
passage never teaches the model the answer to its own test. What is judged is what analysis
does — the keyword rules together with the model — by micro-F1 over (passage, type) pairs.
"""

from __future__ import annotations

import hashlib

SYSTEM_KEY = "contracts.analysis"
MODEL_KIND = "contracts.clauses"
HELD_OUT_SHARE = 0.25
MIN_EXAMPLES = 3


def is_held_out(group: str) -> bool:
    """A stable split of contracts: the same ones are held out in every run."""
    return hashlib.sha256(f"clauses:{group}".encode()).digest()[0] < int(256 * HELD_OUT_SHARE)


def held_out_groups(groups) -> set[str]:
    """The contracts held out: the stable share, but never none and never all (given two)."""
    ordered = sorted(groups)
    held = {group for group in ordered if is_held_out(group)}
    if len(ordered) > 1 and not held:
        held = {ordered[-1]}
    if len(ordered) > 1 and held == set(ordered):
        held.discard(ordered[0])
    return held


class RulesOnly:
    """The running "model" when no classifier exists: the keyword rules alone (they are applied
    to every passage anyway, so it adds nothing to them)."""

    classes_: list[str] = []

    def predict_labels(self, texts, threshold=None):
        return [{} for _ in texts]


def marked_examples(rows) -> dict[str, list[tuple[str, str, dict[str, bool]]]]:
    """Training examples (`text`, `fields`, `subject_id`, `pk`) → {contract: [(passage, heading,
    {type: present})]}. A later mark of the same passage and type replaces an earlier one: a
    person may change their mind."""
    latest: dict[tuple[str, str, str], tuple[int, bool]] = {}
    texts: dict[tuple[str, str], str] = {}
    for pk, subject_id, text, fields in rows:
        kind = (fields or {}).get("clause_type")
        if not kind or not text:
            continue
        key = (subject_id or f"example-{pk}", " ".join(text.split()), kind)
        if key not in latest or latest[key][0] < pk:
            latest[key] = (pk, bool(fields.get("present", True)))
        texts[key[:2]] = text
    grouped: dict[str, dict[str, dict[str, bool]]] = {}
    for (group, passage, kind), (_pk, present) in latest.items():
        grouped.setdefault(group, {}).setdefault(passage, {})[kind] = present
    return {group: [(texts[(group, passage)], "", kinds) for passage, kinds in passages.items()]
            for group, passages in grouped.items()}


class ClauseTrainer:
    """The organization's clause classifier for the model store (system `contracts.analysis`)."""

    kind = MODEL_KIND
    metric = "micro_f1"

    def examples(self, organization):
        from django.db.models import Max

        from fornuft.core.tenancy import activate
        from fornuft.governance.model_store import ModelStoreError, TrainingSet
        from fornuft.governance.training_data import examples

        with activate(organization):
            stored = examples(organization, SYSTEM_KEY).exclude(text="")
            rows = list(stored.order_by("pk").values_list("pk", "subject_id", "text", "fields"))
            last = stored.aggregate(last=Max("pk"))["last"]
        groups = marked_examples(rows)
        count = sum(len(items) for items in groups.values())
        if count < MIN_EXAMPLES:
            raise ModelStoreError(f"the clause model needs at least {MIN_EXAMPLES} marked passages (there are "
                                  f"{count}); mark clauses on a few contracts first")
        held = held_out_groups(groups)
        training = [item for group, items in sorted(groups.items()) if group not in held for item in items]
        held_out = [item for group, items in sorted(groups.items()) if group in held for item in items]
        return TrainingSet(training=training, held_out=held_out, organization_examples=len(training),
                           details={"last_example_id": last, "contracts": len(groups),
                                    "held_out_contracts": len(held)})

    def fit(self, training):
        from fornuft.contracts.training import train_classifier
        from fornuft.ml.clauses import sentence_text

        texts = [sentence_text(passage, heading) for passage, heading, _kinds in training]
        labels = [frozenset(kind for kind, present in kinds.items() if present) for _p, _h, kinds in training]
        return train_classifier(texts, labels)

    def evaluate(self, model, held_out):
        """Micro-F1 of rules + model over the (passage, type) pairs a person marked: a type marked
        present and found is a hit, marked absent and found a false alarm."""
        from fornuft.contracts.clause_rules import rule_types
        from fornuft.ml.clauses import sentence_text

        if not held_out:
            return {"n": 0, "micro_f1": 0.0, "precision": 0.0, "recall": 0.0}
        predicted = model.predict_labels([sentence_text(p, h) for p, h, _kinds in held_out])
        hits = false_alarms = misses = 0
        for (passage, _heading, kinds), scores in zip(held_out, predicted, strict=True):
            found = set(rule_types(passage)) | set(scores)
            for kind, present in kinds.items():
                if present and kind in found:
                    hits += 1
                elif present:
                    misses += 1
                elif kind in found:
                    false_alarms += 1
        precision = hits / (hits + false_alarms) if hits + false_alarms else 0.0
        recall = hits / (hits + misses) if hits + misses else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if hits + misses == 0:  # only "not this type" marks: judged by how few false alarms remain
            f1 = 1.0 - false_alarms / len(held_out)
        return {"n": len(held_out), "micro_f1": round(f1, 4), "precision": round(precision, 4),
                "recall": round(recall, 4)}

    def baseline(self, organization):
        from fornuft.contracts.model import shipped_model
        from fornuft.governance.model_store import Baseline

        shipped = shipped_model()
        return Baseline(shipped, "shipped") if shipped is not None else Baseline(RulesOnly(), "rules")


def train_clause_model(organization, *, notes: str = ""):
    """One training run; returns the new `ModelVersion` (activated or rejected)."""
    from fornuft.governance.model_store import train_and_maybe_activate

    return train_and_maybe_activate(organization, SYSTEM_KEY, ClauseTrainer(), notes=notes)


def active_clause_model(organization):
    """The classifier analysis should use: the organization's active trained one, else the
    shipped one, else None (the rules work alone)."""
    from fornuft.governance.model_store import load_active

    running = load_active(organization, SYSTEM_KEY, ClauseTrainer())
    if running is None or isinstance(running.model, RulesOnly):
        return None
    return running.model


def schedule_training(organization) -> None:
    """Queues a training run for when the current transaction has committed."""
    from django.db import transaction

    from fornuft.contracts.tasks import train_clause_model_task

    organization_id = organization.pk
    transaction.on_commit(lambda: train_clause_model_task(organization_id))
