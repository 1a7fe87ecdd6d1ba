"""Evaluation metrics as plain Python data (lists and dicts, JSON-ready).

    report = classification_report(y_true, y_pred)
    report["macro_f1"], report["accuracy"], report["per_class"]["invoice"]["recall"]
    report["confusion"] == {"labels": [...], "matrix": [[...], ...]}   # rows = truth

Also `stratified_split` for a reproducible held-out split without scikit-learn.
"""

from __future__ import annotations

import random
from collections.abc import Hashable, Sequence


def _labels(y_true: Sequence, y_pred: Sequence, labels: Sequence | None) -> list:
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")
    if labels is not None:
        return list(labels)
    return sorted(set(y_true) | set(y_pred), key=str)


def confusion_matrix(y_true: Sequence, y_pred: Sequence, labels: Sequence | None = None) -> list[list[int]]:
    """matrix[i][j] = how many examples of labels[i] were predicted as labels[j]."""
    labels = _labels(y_true, y_pred, labels)
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for truth, pred in zip(y_true, y_pred, strict=True):
        if truth in index and pred in index:
            matrix[index[truth]][index[pred]] += 1
    return matrix


def precision_recall_f1(y_true: Sequence, y_pred: Sequence, labels: Sequence | None = None) -> dict:
    """{label: {"precision", "recall", "f1", "support"}}; 0.0 where undefined."""
    labels = _labels(y_true, y_pred, labels)
    result = {}
    for label in labels:
        tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == label and p == label)
        predicted = sum(1 for p in y_pred if p == label)
        support = sum(1 for t in y_true if t == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = {"precision": round(precision, 4), "recall": round(recall, 4),
                         "f1": round(f1, 4), "support": support}
    return result


def accuracy(y_true: Sequence, y_pred: Sequence) -> float:
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")
    if not y_true:
        return 0.0
    return round(sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == p) / len(y_true), 4)


def macro_f1(y_true: Sequence, y_pred: Sequence, labels: Sequence | None = None) -> float:
    """Unweighted mean F1 over the labels present in the truth (or the given `labels`)."""
    if labels is None:
        labels = sorted(set(y_true), key=str)
    per_class = precision_recall_f1(y_true, y_pred, labels)
    if not per_class:
        return 0.0
    return round(sum(v["f1"] for v in per_class.values()) / len(per_class), 4)


def classification_report(y_true: Sequence, y_pred: Sequence, labels: Sequence | None = None) -> dict:
    """Everything at once: accuracy, macro_f1, per_class, confusion {labels, matrix}, n."""
    labels = _labels(y_true, y_pred, labels)
    return {
        "n": len(y_true),
        "accuracy": accuracy(y_true, y_pred),
        "macro_f1": macro_f1(y_true, y_pred, [label for label in labels if label in set(y_true)]),
        "per_class": precision_recall_f1(y_true, y_pred, labels),
        "confusion": {"labels": list(labels), "matrix": confusion_matrix(y_true, y_pred, labels)},
    }


def stratified_split(labels: Sequence[Hashable], test_size: float = 0.2,
                     random_state: int | None = None) -> tuple[list[int], list[int]]:
    """Returns (train_indices, test_indices) with about `test_size` of every class held
    out (at least one per class that has ≥ 2 examples; singletons stay in training)."""
    if not 0 < test_size < 1:
        raise ValueError("test_size must be between 0 and 1")
    rng = random.Random(random_state)
    by_class: dict = {}
    for i, label in enumerate(labels):
        by_class.setdefault(label, []).append(i)
    train, test = [], []
    for label in sorted(by_class, key=str):
        members = by_class[label][:]
        rng.shuffle(members)
        n_test = 0 if len(members) < 2 else max(1, round(len(members) * test_size))
        test.extend(members[:n_test])
        train.extend(members[n_test:])
    return sorted(train), sorted(test)
