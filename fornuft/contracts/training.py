"""Training data for the clause classifier, as plain data (no Django):

- the seed clauses Fornuft ships (`seed/clauses_nb.yaml`, `seed/clauses_en.yaml`);
- documents whose clause spans are known: CUAD (bench, CC BY 4.0) and an organization's
  corrected contracts (services turn the corrections into spans and call this);

    texts, labels = seed_examples()
    more_texts, more_labels = document_examples(text, {"cap_on_liability": [(120, 340)]})
    model = train_classifier(more_texts, more_labels)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from fornuft.contracts.clause_rules import CLAUSE_TYPES
from fornuft.contracts.sections import split_sections, split_sentences
from fornuft.ml.clauses import ClauseClassifier, sentence_text

SEED = Path(__file__).with_name("seed")


@lru_cache(maxsize=1)
def _seed() -> tuple[tuple[str, ...], tuple[frozenset, ...]]:
    import yaml

    texts: list[str] = []
    labels: list[frozenset] = []
    for name in ("clauses_nb.yaml", "clauses_en.yaml"):
        data = yaml.safe_load((SEED / name).read_text(encoding="utf-8"))
        for kind, examples in data.items():
            if kind != "none" and kind not in CLAUSE_TYPES:
                raise ValueError(f"{name}: unknown clause type {kind}")
            for example in examples:
                texts.append(sentence_text(example))
                labels.append(frozenset() if kind == "none" else frozenset({kind}))
    return tuple(texts), tuple(labels)


def seed_examples() -> tuple[list[str], list[frozenset]]:
    texts, labels = _seed()
    return list(texts), list(labels)


def headings_for(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The heading of the section each sentence is in."""
    sections = split_sections(text)
    out, index = [], 0
    for start, _ in spans:
        while index + 1 < len(sections) and sections[index + 1].start <= start:
            index += 1
        section = sections[index] if sections else None
        out.append(section.heading if section and section.start <= start else "")
    return out


def document_examples(text: str, clause_spans: dict[str, list[tuple[int, int]]]) -> tuple[list[str], list[frozenset]]:
    """One example per sentence of `text`, labelled with the types whose spans cover most of it
    (or that lie mostly inside it)."""
    spans = [(s.start, s.end) for s in split_sentences(text)]
    headings = headings_for(text, spans)
    texts, labels = [], []
    for (start, end), heading in zip(spans, headings, strict=True):
        kinds = set()
        for kind, marked in clause_spans.items():
            for s, e in marked:
                overlap = min(end, e) - max(start, s)
                if overlap > 0 and (overlap >= 0.5 * (end - start) or overlap >= 0.5 * (e - s)):
                    kinds.add(kind)
                    break
        texts.append(sentence_text(text[start:end], heading))
        labels.append(frozenset(kinds))
    return texts, labels


def train_classifier(texts: list[str] | None = None, labels: list | None = None, *, random_state: int = 0,
                     **params) -> ClauseClassifier:
    """A classifier fitted on the seed clauses plus the given examples."""
    seed_texts, seed_labels = seed_examples()
    return ClauseClassifier(random_state=random_state, **params).fit(
        seed_texts + list(texts or []), seed_labels + list(labels or []))
