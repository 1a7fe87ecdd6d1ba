#!/usr/bin/env python3
"""Checks blind set D for consistency without running the product.

Every line valid JSON with the scorer's fields, unique ids, every expected source an existing
kb/<id>.md, answerable items with at least one source, kb front matter and body length, and a
dry run of the shared scorer's metrics on made-up responses (so a schema slip that would crash
the scorer shows up here).
"""

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("id", "message", "language", "expected_sources", "should_escalate", "escalation_reason", "note")
LANGS = {"nb", "nn", "en"}


def load(name: str) -> list[dict]:
    rows = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"{name}:{n}: invalid JSON: {exc}")
    return rows


def main() -> int:
    spec = importlib.util.spec_from_file_location("scorer", HERE.parent / "score_assistant.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    problems = []
    articles = {}
    for path in sorted((HERE / "kb").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        m = re.match(r"---\ntitle: .+\nlanguage: (nb|en|nn)\ntags: \[.+\]\n---\n(.*)", text, re.S)
        if not m:
            problems.append(f"{path.name}: front matter")
            continue
        words = len(m.group(2).split())
        if not 120 <= words <= 450:
            problems.append(f"{path.name}: {words} words")
        articles[path.stem] = m.group(1)

    questions = load("questions.jsonl")
    conversations = load("conversations.jsonl")
    turns = [t for c in conversations for t in c["turns"]]
    ids = [q["id"] for q in questions] + [c["id"] for c in conversations] + [t["id"] for t in turns]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for row in questions + turns:
        missing = [f for f in FIELDS if f not in row]
        if missing:
            problems.append(f"{row.get('id')}: missing {missing}")
            continue
        if row["language"] not in LANGS:
            problems.append(f"{row['id']}: language {row['language']}")
        for source in row["expected_sources"]:
            if source not in articles:
                problems.append(f"{row['id']}: unknown source {source}")
        if row["should_escalate"] != (row["escalation_reason"] is not None):
            problems.append(f"{row['id']}: should_escalate and escalation_reason disagree")
        if row["escalation_reason"] not in (None, *scorer.REASONS):
            problems.append(f"{row['id']}: reason {row['escalation_reason']}")
        if not row["should_escalate"] and not row["expected_sources"]:
            problems.append(f"{row['id']}: answerable item without sources")
        if row["escalation_reason"] == "no_answer" and row["expected_sources"]:
            problems.append(f"{row['id']}: no_answer item with sources")
    for conv in conversations:
        if not 3 <= len(conv["turns"]) <= 4:
            problems.append(f"{conv['id']}: {len(conv['turns'])} turns")

    # Dry run of the scorer's judging on fake responses: top-1 = first expected source.
    records = []
    for kind, rows in (("question", questions), ("turn", turns)):
        for row in rows:
            resp = {"sources": row["expected_sources"][:1], "escalate": row["should_escalate"],
                    "reason": row["escalation_reason"], "error": None, "seconds": 0.0}
            rec = {"kind": kind, **row, "response": resp}
            rec["j"] = scorer.judge(rec)
            records.append(rec)
    table = scorer.metrics(records)

    for p in problems:
        print("PROBLEM", p)
    n_esc = sum(q["should_escalate"] for q in questions)
    print(f"articles: {len(articles)} ({sum(v == 'en' for v in articles.values())} en)")
    print(f"questions: {len(questions)}; escalate {n_esc} "
          f"(no_answer {sum(q['escalation_reason'] == 'no_answer' for q in questions)}); "
          f"languages {dict(sorted({l: sum(q['language'] == l for q in questions) for l in LANGS}.items()))}")
    print(f"conversations: {len(conversations)}, turns {len(turns)}")
    print(f"dry-run top-1 with perfect fake answers: {table['top-1 source accuracy (answerable)']}")
    uncited = sorted(set(articles) - {s for r in questions + turns for s in r['expected_sources']})
    print(f"articles never expected: {uncited or 'none'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
