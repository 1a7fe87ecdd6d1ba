"""CUAD clause presence (micro-F1 over 36 clause categories × 26 contracts) and span overlap.

    python bench/contracts/score_cuad.py            # keyword rules alone, then rules + model
                                                    # (5-fold by contract: never scored on training contracts)

A category is present in a contract when its span column in master_clauses.csv is not [].
Span overlap: a predicted clause is correct when it overlaps an annotated span of its type
(precision); an annotated span is found when a predicted clause of its type overlaps it (recall).
CUAD's published figure for comparison: DeBERTa-xlarge, 44.0 % precision at 80 % recall.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cuad  # noqa: E402

from fornuft.contracts.analysis import analyze_text  # noqa: E402
from fornuft.contracts.clause_rules import CUAD_COLUMNS  # noqa: E402

TYPES = sorted(set(CUAD_COLUMNS.values()))
FOLDS = 5


def presence_scores(truth: list[set[str]], predicted: list[set[str]]) -> dict:
    tp = sum(len(t & p) for t, p in zip(truth, predicted, strict=True))
    fp = sum(len(p - t) for t, p in zip(truth, predicted, strict=True))
    fn = sum(len(t - p) for t, p in zip(truth, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "micro_f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn}


def span_scores(contracts, analyses) -> dict:
    hits = total_pred = found = total_true = 0
    for contract, analysis in zip(contracts, analyses, strict=True):
        for clause in analysis["clauses"]:
            if clause["type"] not in TYPES:
                continue
            total_pred += 1
            spans = contract.spans.get(clause["type"], [])
            hits += any(s < clause["end"] and clause["start"] < e for s, e in spans)
        for kind, spans in contract.spans.items():
            for s, e in spans:
                total_true += 1
                found += any(c["type"] == kind and s < c["end"] and c["start"] < e for c in analysis["clauses"])
    return {"span_precision": round(hits / total_pred, 3) if total_pred else 0.0,
            "span_recall": round(found / total_true, 3) if total_true else 0.0}


def run(contracts, model_for_fold=None) -> tuple[dict, dict, float]:
    analyses = [None] * len(contracts)
    started = time.perf_counter()
    for fold in range(FOLDS):
        test = [i for i in range(len(contracts)) if i % FOLDS == fold]
        train = [contracts[i] for i in range(len(contracts)) if i % FOLDS != fold]
        model = model_for_fold(train) if model_for_fold else None
        for i in test:
            analyses[i] = analyze_text(contracts[i].text, contracts[i].name, model=model)
    elapsed = time.perf_counter() - started
    truth = [c.present for c in contracts]
    predicted = [{c["type"] for c in a["clauses"]} & set(TYPES) for a in analyses]
    return presence_scores(truth, predicted), span_scores(contracts, analyses), elapsed


def per_type(contracts, analyses):
    rows = []
    for kind in TYPES:
        t = [kind in c.present for c in contracts]
        p = [any(x["type"] == kind for x in a["clauses"]) for a in analyses]
        pairs = list(zip(t, p, strict=True))
        rows.append((kind, sum(a and b for a, b in pairs), sum(b and not a for a, b in pairs),
                     sum(a and not b for a, b in pairs)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--per-type", action="store_true")
    parser.add_argument("--model-only", action="store_true", help="skip the rules-alone run")
    args = parser.parse_args()
    contracts = cuad.load()
    pairs = sum(len(c.present) for c in contracts)
    print(f"CUAD: {len(contracts)} contracts, {pairs} present (contract, category) pairs")
    if not args.model_only:
        presence, spans, _ = run(contracts)
        print("keyword rules alone:", presence, spans, flush=True)
    if args.per_type:
        analyses = [analyze_text(c.text, c.name) for c in contracts]
        for row in per_type(contracts, analyses):
            print(f"  {row[0]:36s} tp={row[1]} fp={row[2]} fn={row[3]}")
    if args.rules_only:
        return
    from train_model import train_classifier

    presence, spans, _ = run(contracts, lambda train: train_classifier(cuad_contracts=train))
    print(f"rules + model ({FOLDS}-fold by contract):", presence, spans)


if __name__ == "__main__":
    main()
