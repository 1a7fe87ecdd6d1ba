"""PII detection accuracy on the labelled nb/en set (bench/data/privacy/pii_set.jsonl).

    .venv/bin/python bench/bench_privacy_pii.py [--show-errors]

A finding counts as correct only when kind, start and end all match a label (exact
spans); "overlap" scores also accept a finding of the right kind that overlaps a label.
The detector never saw this file: it is rule- and gazetteer-based, and 20-25 % of the
names in the set are outside its gazetteer.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fornuft.governance.privacy.pii import KINDS, PERSON, STRUCTURED, detect  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "privacy" / "pii_set.jsonl"
HANDWRITTEN = Path(__file__).resolve().parent / "data" / "privacy" / "pii_handwritten.txt"
# Held-out sets, each written after the detector was frozen and scored once before any
# further change (see docs/benchmarks/governance.md for the first scores).
HELD_OUT = Path(__file__).resolve().parent / "data" / "privacy" / "pii_heldout.txt"
HELD_OUT_2 = Path(__file__).resolve().parent / "data" / "privacy" / "pii_heldout2.txt"
_MARK = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]")


def load_handwritten(path: Path = HANDWRITTEN) -> list[dict]:
    """Documents written by hand with inline labels: [[KIND|text]]; blocks split by '====='."""
    documents = []
    for block in path.read_text(encoding="utf-8").split("\n=====\n"):
        header, _, body = block.strip("\n").partition("\n")
        text, entities, cursor = "", [], 0
        for match in _MARK.finditer(body):
            text += body[cursor:match.start()]
            entities.append({"kind": match.group(1), "start": len(text), "end": len(text) + len(match.group(2))})
            text += match.group(2)
            cursor = match.end()
        text += body[cursor:]
        documents.append({"id": header.lstrip("# ").split()[0], "text": text, "entities": entities})
    return documents


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(documents: list[dict], overlap: bool = False, errors: list | None = None) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for doc in documents:
        gold = [(e["kind"], e["start"], e["end"]) for e in doc["entities"]]
        found = [(e.kind, e.start, e.end) for e in detect(doc["text"])]
        matched_gold = set()
        for kind, start, end in found:
            hit = None
            for index, (g_kind, g_start, g_end) in enumerate(gold):
                if index in matched_gold or g_kind != kind:
                    continue
                if (start, end) == (g_start, g_end) or (overlap and start < g_end and g_start < end):
                    hit = index
                    break
            if hit is None:
                fp[kind] += 1
                if errors is not None:
                    errors.append(("FP", kind, doc["text"][start:end], doc["id"]))
            else:
                matched_gold.add(hit)
                tp[kind] += 1
        for index, (kind, start, end) in enumerate(gold):
            if index not in matched_gold:
                fn[kind] += 1
                if errors is not None:
                    errors.append(("FN", kind, doc["text"][start:end], doc["id"]))
    result = {kind: _f1(tp[kind], fp[kind], fn[kind]) + (tp[kind] + fn[kind],) for kind in KINDS}
    result["structured"] = _f1(*(sum(c[k] for k in STRUCTURED) for c in (tp, fp, fn))) + (
        sum(tp[k] + fn[k] for k in STRUCTURED),)
    result["names"] = result[PERSON]
    return result


def report(title: str, documents: list[dict]) -> None:
    entities = sum(len(d["entities"]) for d in documents)
    started = time.perf_counter()
    errors: list = []
    exact = evaluate(documents, errors=errors)
    elapsed = time.perf_counter() - started
    loose = evaluate(documents, overlap=True)
    per_document = elapsed * 1000 / len(documents)
    print(f"\n== {title}: {len(documents)} documents, {entities} labelled entities, {per_document:.2f} ms/document")
    print(f"{'kind':<14}{'n':>5}{'P':>8}{'R':>8}{'F1':>8}{'F1 overlap':>12}")
    for kind in (*KINDS, "structured", "names"):
        p, r, f, n = exact[kind]
        print(f"{kind:<14}{n:>5}{p:>8.3f}{r:>8.3f}{f:>8.3f}{loose[kind][2]:>12.3f}")
    if "--show-errors" in sys.argv:
        for error in errors:
            print(*error, sep="\t")


def main() -> None:
    generated = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    handwritten = load_handwritten()
    report("templated set (pii_set.jsonl)", generated)
    report("hand-written set (pii_handwritten.txt)", handwritten)
    report("both", generated + handwritten)
    report("held-out set 1 (pii_heldout.txt)", load_handwritten(HELD_OUT))
    report("held-out set 2 (pii_heldout2.txt)", load_handwritten(HELD_OUT_2))
    text = "\n\n".join(doc["text"] for doc in generated) * 20
    started = time.perf_counter()
    found = detect(text)
    elapsed = time.perf_counter() - started
    print(f"\nthroughput: {len(text) / 1e6:.2f} MB in {elapsed:.2f} s = {len(text) / 1e6 / elapsed:.2f} MB/s "
          f"({len(found)} findings)")


if __name__ == "__main__":
    main()
