"""Intent accuracy on public corpora (train on train, tune on validation, report test).

    .venv/bin/python bench/bench_assistant_intents.py [banking77|clinc150|all]

banking77: ../shared/corpora/banking77/{train,test}.csv — accuracy on test.
clinc150:  ../shared/corpora/clinc150/data_full.json — the out-of-scope rule is tuned on the
           validation split (best in-scope accuracy at >= 90 % OOS recall), then test figures are
           reported: the calibrated-probability rule and the SVM-margin rule (in_scope_scores).
FORNUFT_CORPORA overrides the corpora folder.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fornuft.ml.intent import IntentClassifier  # noqa: E402
from fornuft.testing.corpora import corpora_root  # noqa: E402

CORPORA = corpora_root()


def banking77(**params) -> dict:
    folder = CORPORA / "banking77"
    if not folder.exists():
        return {"skipped": f"{folder} missing"}

    def read(name):
        with open(folder / name, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        return [r["text"] for r in rows], [r["category"] for r in rows]

    train_x, train_y = read("train.csv")
    test_x, test_y = read("test.csv")
    started = time.time()
    model = IntentClassifier(**params).fit(train_x, train_y)
    trained = time.time() - started
    predicted = model.predict(test_x)
    accuracy = sum(p == t for p, t in zip(predicted, test_y, strict=True)) / len(test_y)
    return {"train": len(train_x), "test": len(test_x), "accuracy": round(accuracy, 4),
            "train_seconds": round(trained, 1),
            "params": params}


def clinc150(**params) -> dict:
    path = CORPORA / "clinc150" / "data_full.json"
    if not path.exists():
        return {"skipped": f"{path} missing"}
    data = json.loads(path.read_text(encoding="utf-8"))
    # The out-of-scope training examples are a class of their own; a low top probability is OOS too.
    train = data["train"] + data["oos_train"]
    model = IntentClassifier(out_of_scope_label="oos", **params).fit([t for t, _ in train],
                                                                     [label for _, label in train])

    cache: dict = {}

    def summary(rows):
        import numpy as np

        ordered = np.sort(rows, axis=1)
        return ordered[:, -1], ordered[:, -1] - ordered[:, -2], [model.classes_[i] for i in rows.argmax(axis=1)]

    def probabilities(split_in, split_out):
        key = id(split_in)
        if key not in cache:  # probabilities once per split; thresholds are cheap
            cache[key] = (summary(model.predict_proba([t for t, _ in split_in])),
                          summary(model.predict_proba([t for t, _ in split_out])))
        return cache[key]

    def score(in_scope, out_scope, threshold, margin=0.0):
        (top, gap, label), (top_o, gap_o, label_o) = probabilities(in_scope, out_scope)
        correct = sum(1 for i, (_, truth) in enumerate(in_scope)
                      if top[i] >= threshold and gap[i] >= margin and label[i] == truth)
        caught = sum(1 for i in range(len(out_scope))
                     if top_o[i] < threshold or gap_o[i] < margin or label_o[i] == "oos")
        return correct / len(in_scope), caught / len(out_scope)

    # Tune on validation: the rule (top probability, optionally also the margin to the second
    # class) with the best in-scope accuracy that still catches >= 90 % of oos_val.
    candidates = []
    for step in range(2, 90):
        for margin in (0.0, 0.05, 0.1, 0.2):
            threshold = step / 100
            accuracy, recall = score(data["val"], data["oos_val"], threshold, margin)
            candidates.append((threshold, margin, accuracy, recall))
    meeting = [c for c in candidates if c[3] >= 0.90]
    chosen = max(meeting, key=lambda c: c[2]) if meeting else max(candidates, key=lambda c: c[2] + c[3])
    accuracy, recall = score(data["test"], data["oos_test"], chosen[0], chosen[1])
    probability_rule = {"threshold": chosen[0], "margin": chosen[1], "val_in_scope_accuracy": round(chosen[2], 4),
                        "val_oos_recall": round(chosen[3], 4),
                        "test_in_scope_accuracy": round(accuracy, 4), "test_oos_recall": round(recall, 4)}

    # The SVM-margin rule: best in-scope score minus beta x the `oos` class score; beta and the
    # threshold are chosen on validation the same way.
    def margin_scores(split_in, split_out, beta):
        labels_in, scores_in = model.in_scope_scores([t for t, _ in split_in], beta)
        _, scores_out = model.in_scope_scores([t for t, _ in split_out], beta)
        return labels_in, scores_in, scores_out

    def margin_score(split_in, scored, threshold):
        labels_in, scores_in, scores_out = scored
        correct = sum(1 for (_, truth), label, s in zip(split_in, labels_in, scores_in, strict=True)
                      if s >= threshold and label == truth)
        return correct / len(split_in), sum(1 for s in scores_out if s < threshold) / len(scores_out)

    margin_candidates = []
    for beta in (0.5, 1.0):
        scored = margin_scores(data["val"], data["oos_val"], beta)
        for threshold in sorted(set(scored[1]) | set(scored[2])):
            accuracy, recall = margin_score(data["val"], scored, threshold)
            if recall >= 0.90:
                margin_candidates.append((beta, threshold, accuracy, recall))
    beta, threshold, val_accuracy, val_recall = max(margin_candidates, key=lambda c: c[2])
    accuracy, recall = margin_score(data["test"], margin_scores(data["test"], data["oos_test"], beta), threshold)

    # The softmax rule: the plain SVM's scores over all classes (oos included) as a softmax; out of
    # scope when the top class is oos or its probability is below the threshold. Temperature and
    # threshold chosen on validation the same way.
    def softmax_scored(split_in, split_out, temperature):  # probabilities once per split and temperature
        return (model.scope_softmax([t for t, _ in split_in], temperature),
                model.scope_softmax([t for t, _ in split_out], temperature))

    def softmax_score(split_in, scored, threshold):
        (labels_in, top_in), (labels_out, top_out) = scored
        correct = sum(1 for (_, truth), label, p in zip(split_in, labels_in, top_in, strict=True)
                      if p >= threshold and label == truth)
        caught = sum(1 for label, p in zip(labels_out, top_out, strict=True) if label == "oos" or p < threshold)
        return correct / len(split_in), caught / len(top_out)

    softmax_candidates = []
    for temperature in (0.1, 0.2, 0.3, 0.5):
        scored = softmax_scored(data["val"], data["oos_val"], temperature)
        for threshold in sorted(set(scored[1][1])):
            accuracy_v, recall_v = softmax_score(data["val"], scored, threshold)
            if recall_v >= 0.90:  # the lowest threshold that meets the recall keeps the most in scope
                softmax_candidates.append((temperature, threshold, accuracy_v, recall_v))
                break
    temperature, s_threshold, s_val_accuracy, s_val_recall = max(softmax_candidates, key=lambda c: c[2])
    s_accuracy, s_recall = softmax_score(data["test"], softmax_scored(data["test"], data["oos_test"], temperature),
                                         s_threshold)
    return {"softmax_rule": {"temperature": temperature, "threshold": round(s_threshold, 4),
                             "val_in_scope_accuracy": round(s_val_accuracy, 4),
                             "val_oos_recall": round(s_val_recall, 4),
                             "test_in_scope_accuracy": round(s_accuracy, 4), "test_oos_recall": round(s_recall, 4)},
            "margin_rule": {"beta": beta, "threshold": round(threshold, 4),
                            "val_in_scope_accuracy": round(val_accuracy, 4), "val_oos_recall": round(val_recall, 4),
                            "test_in_scope_accuracy": round(accuracy, 4), "test_oos_recall": round(recall, 4)},
            "probability_rule": probability_rule, "params": params}


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    if which in ("banking77", "all"):
        print("banking77", json.dumps(banking77()), flush=True)
    if which in ("clinc150", "all"):
        print("clinc150", json.dumps(clinc150(C_margin=1.0)), flush=True)
