"""Sentiment macro-F1 on NoReC sentence (3 classes), Norwegian.

    .venv/bin/python bench/bench_assistant_sentiment.py

Trains `SentimentClassifier` on train, picks C on dev, reports test macro-F1; also the
untrained lexicon (`lexicon_sentiment`, what the chat uses by default) on test.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fornuft.ml.metrics import accuracy, macro_f1  # noqa: E402
from fornuft.ml.sentiment import SentimentClassifier, lexicon_sentiment  # noqa: E402
from fornuft.testing.corpora import corpora_root  # noqa: E402

CORPORA = corpora_root()


def load(split: str):
    rows = json.loads((CORPORA / "norec_sentence" / "3class" / f"{split}.json").read_text(encoding="utf-8"))
    return [r["text"] for r in rows], [r["label"] for r in rows]


def main() -> dict:
    if not (CORPORA / "norec_sentence").exists():
        return {"skipped": "norec_sentence missing"}
    train_x, train_y = load("train")
    dev_x, dev_y = load("dev")
    test_x, test_y = load("test")
    best = None
    for C in (1.0, 2.0, 4.0, 8.0):
        model = SentimentClassifier(C=C).fit(train_x, train_y)
        score = macro_f1(dev_y, model.predict(dev_x))
        print(f"C={C}: dev macro-F1 {score:.4f}", flush=True)
        if best is None or score > best[0]:
            best = (score, C)
    started = time.time()
    model = SentimentClassifier(C=best[1]).fit(train_x, train_y)
    predicted = model.predict(test_x)
    lexicon = [lexicon_sentiment(t).label.capitalize() for t in test_x]
    return {"C": best[1], "dev_macro_f1": round(best[0], 4), "test_macro_f1": round(macro_f1(test_y, predicted), 4),
            "test_accuracy": round(accuracy(test_y, predicted), 4),
            "lexicon_test_macro_f1": round(macro_f1(test_y, lexicon), 4),
            "train_seconds": round(time.time() - started, 1),
            "test_sentences": len(test_y)}


if __name__ == "__main__":
    print("norec_sentence", json.dumps(main()))
