"""Chooses how rules and model combine for clause presence, by 5-fold cross-validation over CUAD
(per contract and type: rule fired? highest model probability?). Prints the grid; run by hand."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cuad  # noqa: E402
from score_cuad import FOLDS, TYPES, presence_scores  # noqa: E402
from train_model import train_classifier  # noqa: E402

from fornuft.contracts.analysis import analyze_text  # noqa: E402
from fornuft.contracts.sections import split_sentences  # noqa: E402
from fornuft.contracts.training import headings_for  # noqa: E402
from fornuft.ml.clauses import sentence_text  # noqa: E402


def main() -> None:
    contracts = cuad.load()
    rules: list[set[str]] = [set() for _ in contracts]
    best: list[dict[str, float]] = [{} for _ in contracts]
    for fold in range(FOLDS):
        model = train_classifier([c for i, c in enumerate(contracts) if i % FOLDS != fold])
        for i in [i for i in range(len(contracts)) if i % FOLDS == fold]:
            text = contracts[i].text
            rules[i] = {c["type"] for c in analyze_text(text)["clauses"]} & set(TYPES)
            spans = [(s.start, s.end) for s in split_sentences(text)]
            inputs = [sentence_text(text[s:e], h) for (s, e), h in zip(spans, headings_for(text, spans), strict=True)]
            for kind, probabilities in model.predict_proba(inputs).items():
                best[i][kind] = float(max(probabilities)) if len(probabilities) else 0.0
        print("fold", fold, "done", flush=True)
    truth = [c.present for c in contracts]
    results = []
    for veto in (0.0, 0.02, 0.05, 0.1, 0.2):
        for alone in (0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01):
            predicted = [{k for k in r if best[i].get(k, 1.0) >= veto} | {k for k, p in best[i].items() if p >= alone}
                         for i, r in enumerate(rules)]
            predicted = [p & set(TYPES) for p in predicted]
            results.append((presence_scores(truth, predicted)["micro_f1"], veto, alone))
    for f1, veto, alone in sorted(results, reverse=True)[:12]:
        print(f"micro-F1 {f1:.3f}  rule kept when model ≥ {veto}, model alone from {alone}")


if __name__ == "__main__":
    main()
