"""Assistant top-1 source accuracy with and without the glossary, in one process (the blind
scorer starts one process per question; this reads the same files and asks the same engine).

    .venv/bin/python bench/glossary/assistant_top1.py KB_FOLDER QUESTIONS.jsonl [--glossary all]

Top-1: the first source of the reply is one of `expected_sources`, over answerable questions
(should_escalate false), as in the blind scorer. Prints off and on side by side."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def run(kb_folder: str, questions: list[dict], glossary: str) -> tuple[float, int, float]:
    os.environ["FORNUFT_GLOSSARY"] = glossary
    from fornuft.assistant.engine import Assistant, KnowledgeBase

    assistant = Assistant(KnowledgeBase.from_folder(kb_folder))
    right = total = 0
    started = time.perf_counter()
    for q in questions:
        if q.get("should_escalate"):
            continue
        reply = assistant.reply(q["message"], [])
        total += 1
        right += bool(reply.sources) and reply.sources[0] in q["expected_sources"]
    return right / max(total, 1), total, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kb")
    parser.add_argument("questions")
    parser.add_argument("--glossary", default="all")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
    import django

    django.setup()
    with open(args.questions, encoding="utf-8") as handle:
        questions = [json.loads(line) for line in handle if line.strip()]
    off = run(args.kb, questions, "")
    on = run(args.kb, questions, args.glossary)
    print(f"assistant top-1 without glossary: {off[0]:.3f} ({off[1]} answerable, {off[2]:.1f} s)")
    print(f"assistant top-1 with glossary {args.glossary!r}: {on[0]:.3f} ({on[1]} answerable, {on[2]:.1f} s)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
