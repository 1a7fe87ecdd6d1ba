"""Finding the clauses of a contract: every sentence is labelled by the keyword rules and, when
a model is given, by the learned clause classifier (`fornuft.ml.clauses.ClauseClassifier`);
neighbouring sentences of one type are joined into one clause.

    find_clauses(text, sentence_spans, evidence={"governing_law": (s, e)}, model=clf)
    -> [{"type", "text", "start", "end", "confidence"}]
"""

from __future__ import annotations

from fornuft.contracts.clause_rules import CLAUSE_TYPES, rule_types

RULE_CONFIDENCE = 0.7
EVIDENCE_CONFIDENCE = 0.95
MAX_CLAUSE_CHARS = 4000
MAX_PER_TYPE = 10
MAX_SENTENCE_CHARS = 3000


def sentence_labels(text: str, spans: list[tuple[int, int]], model=None, glossary=None) -> list[dict[str, float]]:
    """For each sentence, {clause_type: confidence} from the rules and the model. With the
    company's glossary, the rules also read each sentence's jargon in its plain words
    ("forsinkelsesbot" → dagmulkt → liquidated damages)."""
    sentences = [text[s:e][:MAX_SENTENCE_CHARS] for s, e in spans]
    read_as = [glossary.expand(sentence) for sentence in sentences] if glossary else sentences
    labels: list[dict[str, float]] = [dict.fromkeys(rule_types(sentence), RULE_CONFIDENCE) for sentence in read_as]
    if model is not None and sentences:
        from fornuft.contracts.training import headings_for
        from fornuft.ml.clauses import sentence_text

        inputs = [sentence_text(s, h) for s, h in zip(sentences, headings_for(text, spans), strict=True)]
        for index, scores in enumerate(model.predict_labels(inputs)):
            for kind, probability in scores.items():
                if kind not in CLAUSE_TYPES:
                    continue
                rule = labels[index].get(kind)
                if rule is not None:
                    labels[index][kind] = round(max(0.9, probability), 3)
                else:
                    labels[index][kind] = round(probability, 3)
    return labels


def find_clauses(text: str, spans: list[tuple[int, int]], *, evidence: dict | None = None, model=None,
                 glossary=None) -> list[dict]:
    labels = sentence_labels(text, spans, model, glossary)
    for kind, span in (evidence or {}).items():
        if kind not in CLAUSE_TYPES or not span:
            continue
        for index, (start, end) in enumerate(spans):
            if start < span[1] and span[0] < end:
                labels[index][kind] = max(labels[index].get(kind, 0.0), EVIDENCE_CONFIDENCE)
    clauses: list[dict] = []
    open_runs: dict[str, dict] = {}
    for index, (start, end) in enumerate(spans):
        for kind in list(open_runs):
            if kind not in labels[index]:
                clauses.append(open_runs.pop(kind))
        for kind, confidence in labels[index].items():
            run = open_runs.get(kind)
            if run and end - run["start"] <= MAX_CLAUSE_CHARS:
                run["end"] = end
                run["confidence"] = max(run["confidence"], confidence)
            else:
                if run:
                    clauses.append(run)
                open_runs[kind] = {"type": kind, "start": start, "end": end, "confidence": confidence}
    clauses.extend(open_runs.values())
    counted: dict[str, int] = {}
    out = []
    for clause in sorted(clauses, key=lambda c: (-c["confidence"], c["start"])):
        if counted.get(clause["type"], 0) >= MAX_PER_TYPE:
            continue
        counted[clause["type"]] = counted.get(clause["type"], 0) + 1
        out.append(clause)
    out.sort(key=lambda c: (c["start"], CLAUSE_TYPES.index(c["type"])))
    return [
        {
            "type": c["type"],
            "text": text[c["start"] : c["end"]],
            "start": c["start"],
            "end": c["end"],
            "confidence": round(float(c["confidence"]), 3),
        }
        for c in out
    ]
