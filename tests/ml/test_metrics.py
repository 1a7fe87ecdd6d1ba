import pytest

from fornuft.ml.metrics import (
    accuracy,
    classification_report,
    confusion_matrix,
    macro_f1,
    precision_recall_f1,
    stratified_split,
)


def test_per_class_precision_recall_f1():
    y_true = ["a", "a", "b", "b", "c"]
    y_pred = ["a", "b", "b", "b", "a"]
    result = precision_recall_f1(y_true, y_pred)
    assert result["a"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert result["b"]["precision"] == round(2 / 3, 4) and result["b"]["recall"] == 1.0
    assert result["c"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert macro_f1(y_true, y_pred) == round((0.5 + 0.8 + 0.0) / 3, 4)
    assert accuracy(y_true, y_pred) == 0.6


def test_confusion_matrix_rows_are_truth():
    assert confusion_matrix(["a", "b", "b"], ["b", "b", "a"], labels=["a", "b"]) == [[0, 1], [1, 1]]


def test_report_is_plain_data():
    report = classification_report(["x", "y"], ["x", "x"])
    assert report["confusion"] == {"labels": ["x", "y"], "matrix": [[1, 0], [1, 0]]}
    assert report["n"] == 2 and report["accuracy"] == 0.5


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        accuracy(["a"], [])


def test_stratified_split_is_reproducible_and_covers_classes():
    labels = ["a"] * 10 + ["b"] * 5 + ["c"]
    train, test = stratified_split(labels, 0.2, random_state=1)
    assert sorted(train + test) == list(range(16))
    assert {labels[i] for i in test} == {"a", "b"}  # the single "c" stays in training
    assert stratified_split(labels, 0.2, random_state=1) == (train, test)
