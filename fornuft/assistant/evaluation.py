"""Scores the assistant on a question set (JSON lines of
`{"message", "expected_sources": [...], "should_escalate": bool, "context": [earlier messages]?}`)."""

from __future__ import annotations

import json
from pathlib import Path

from fornuft.assistant.engine import Assistant, Turn


class QuestionSetError(ValueError):
    pass


def read_questions(path: str | Path) -> list[dict]:
    questions = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionSetError(f"{path}: cannot read the question set ({exc})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise QuestionSetError(f"{path} line {number}: not valid JSON") from None
        if not isinstance(item, dict) or not isinstance(item.get("message"), str):
            raise QuestionSetError(f"{path} line {number}: needs a \"message\" string")
        item.setdefault("expected_sources", [])
        item.setdefault("should_escalate", False)
        questions.append(item)
    if not questions:
        raise QuestionSetError(f"{path}: no questions")
    return questions


def evaluate(assistant: Assistant, questions: list[dict]) -> dict:
    """top-1 source accuracy (answerable questions), escalation recall, false-escalation rate."""
    answerable = correct = should = caught = should_not = false_escalations = 0
    failures = []
    for item in questions:
        history: list[Turn] = []
        for earlier in item.get("context", []):
            previous = assistant.reply(earlier, history)
            history += [Turn("customer", earlier, query=previous.resolved_query, language=previous.language,
                             frustration=previous.frustration),
                        Turn("assistant", previous.answer, sources=previous.sources, options=previous.options,
                             language=previous.language)]
        reply = assistant.reply(item["message"], history)
        if item["should_escalate"]:
            should += 1
            caught += reply.escalate
            if not reply.escalate:
                failures.append({"message": item["message"], "problem": "not escalated", "sources": reply.sources})
        else:
            should_not += 1
            false_escalations += reply.escalate
            if item["expected_sources"]:
                answerable += 1
                hit = bool(reply.sources) and reply.sources[0] in item["expected_sources"] and not reply.escalate
                correct += hit
                if not hit:
                    failures.append({"message": item["message"], "problem": "wrong source",
                                     "expected": item["expected_sources"], "got": reply.sources,
                                     "escalation_reason": reply.escalation_reason,
                                     "confidence": reply.confidence})
            elif reply.escalate:
                failures.append({"message": item["message"], "problem": "false escalation",
                                 "reason": reply.escalation_reason})

    def rate(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {"questions": len(questions), "answerable": answerable, "top1_source_accuracy": rate(correct, answerable),
            "should_escalate": should, "escalation_recall": rate(caught, should),
            "false_escalation_rate": rate(false_escalations, should_not), "failures": failures}
