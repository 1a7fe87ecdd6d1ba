"""Intent accuracy on public corpora (train on train, tune on validation, report test).

    .venv/bin/python bench/bench_assistant_intents.py [banking77|clinc150|all]

banking77: ../shared/corpora/banking77/{train,test}.csv — accuracy on test.
clinc150:  ../shared/corpora/clinc150/data_full.json — the out-of-scope threshold is tuned on
           the validation split (in-scope accuracy and OOS recall), then test figures are reported.
FORNUFT_CORPORA overrides the corpora folder.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fornuft.ml.intent import IntentClassifier  # noqa: E402

CORPORA = Path(os.environ.get("FORNUFT_CORPORA") or Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora")


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
    train = data["train"]
    model = IntentClassifier(**params).fit([t for t, _ in train], [label for _, label in train])

    cache: dict = {}

    def score(in_scope, out_scope, threshold):
        key = id(in_scope)
        if key not in cache:  # probabilities once per split; thresholds are cheap
            cache[key] = (model.predict_proba([t for t, _ in in_scope]), model.predict_proba([t for t, _ in out_scope]))
        ins, oos = cache[key]
        classes = model.classes_
        correct = sum(1 for row, (_, label) in zip(ins, in_scope, strict=True)
                      if row.max() >= threshold and classes[row.argmax()] == label)
        caught = sum(1 for row in oos if row.max() < threshold)
        return correct / len(in_scope), caught / len(out_scope)

    # Tune: the lowest threshold that catches >= 90 % OOS on validation, else the best balance.
    candidates = []
    for step in range(2, 90):
        threshold = step / 100
        accuracy, recall = score(data["val"], data["oos_val"], threshold)
        candidates.append((threshold, accuracy, recall))
    meeting = [c for c in candidates if c[2] >= 0.90]
    chosen = max(meeting, key=lambda c: c[1]) if meeting else max(candidates, key=lambda c: c[1] + c[2])
    accuracy, recall = score(data["test"], data["oos_test"], chosen[0])
    return {"threshold": chosen[0], "val_in_scope_accuracy": round(chosen[1], 4), "val_oos_recall": round(chosen[2], 4),
            "test_in_scope_accuracy": round(accuracy, 4), "test_oos_recall": round(recall, 4), "params": params}


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    if which in ("banking77", "all"):
        print("banking77", json.dumps(banking77()), flush=True)
    if which in ("clinc150", "all"):
        print("clinc150", json.dumps(clinc150()), flush=True)
