"""A per-knowledge-base reranker of the search's top articles, learned from the base's own content.

The search blends several scores with fixed weights (word match, character n-grams, the whole
article, the title, the question's language). Which of them tells the right article best differs
per base: in one base a title names the topic, in another the headings do. When a base is
calibrated (calibration.py), pseudo-questions made of each passage's own words (and questions
naming a heading or title with a word of its text) are asked against the base, and for the top
`TOP_K` candidate articles of each, a small logistic regression learns P(this candidate is the
article the question came from) from what the search already knows of each candidate: its score,
rank and gap to the best, word coverage, title and whole-article match, and the share of the
question's words the article uses. At answer time the top candidates are put in that order;
without a fitted reranker the search's own order stands.

Plain Python + scikit-learn; no Django.
"""

from __future__ import annotations

import math
import random

TOP_K = 8            # candidate articles per question the reranker orders
MAX_QUESTIONS = 400  # pseudo-questions per fit (as the threshold's fit): seconds, not minutes
# The search's first article stays first unless the reranker gives another one at least this much
# more chance (0: the reranker's order always).
SWAP_MARGIN = 0.0
# Not among them, though tried: character n-gram similarity and the question's language. Both come
# out of pseudo-questions made of a passage's literal words and a lexicon's words of either language
# (copied words make the source's n-grams match too well; mixed words make the language a poor
# sign), and with them real questions were reordered worse (2026-12-07, docs/benchmarks/assistant.md).
FEATURES = ("score", "share_of_best", "gap", "rank", "coverage", "title", "article", "article_words",
            "question_passage")


def _article_terms(kb) -> dict[str, set[int]]:
    """The vocabulary columns each article's passages use (once per base)."""
    cached = getattr(kb, "_article_terms_cache", None)
    if cached is not None:
        return cached
    rows = kb.retriever.bm25_.tocsr()
    found: dict[str, set[int]] = {}
    for i, passage in enumerate(kb.passages):
        found.setdefault(passage.article_id, set()).update(rows.indices[rows.indptr[i]:rows.indptr[i + 1]].tolist())
    kb._article_terms_cache = found
    return found


def _word_share(groups, columns: set[int]) -> float:
    """IDF-weighted share of the question's words (a compound through its parts) the article uses."""
    total = sum(weight for _, weight, _ in groups) or 1.0
    return sum(weight for cols, weight, _ in groups if columns.intersection(cols)) / total


def candidates(hits, kb) -> list:
    """The best hit of each of the first `TOP_K` distinct articles, in the search's order."""
    seen: dict[str, object] = {}
    for hit in hits:
        article_id = kb.passages[hit.index].article_id
        if article_id not in seen:
            seen[article_id] = hit
            if len(seen) == TOP_K:
                break
    return list(seen.values())


def candidate_features(kb, query: str, top, titles: dict, whole: dict) -> list[list[float]]:
    """One row of numbers per candidate article (`top`: from `candidates`)."""
    if not top:
        return []
    groups = kb.retriever.query_groups(query)
    terms = _article_terms(kb)
    best = top[0].score or 1e-9
    rows = []
    for rank, hit in enumerate(top):
        passage = kb.passages[hit.index]
        article_id = passage.article_id
        rows.append([hit.score, hit.score / best, top[0].score - hit.score, math.log1p(rank), hit.coverage,
                     titles.get(article_id, 0.0), whole.get(article_id, 0.0),
                     _word_share(groups, terms.get(article_id, set())), float(passage.kind == "question")])
    return rows


def _named_questions(kb, rng: random.Random) -> list[tuple[str, str]]:
    """Questions that name the topic, as customers do ("what does the X cost"): a word or two
    of the passage's heading (or its article's title) with a word or two of its text. Made of
    body words alone, pseudo-questions teach that a title match misleads (a body word that is
    another article's title pulls that article up), which is rarely so for real questions."""
    from fornuft.ml import stemming

    pairs = []
    for passage in kb.passages:
        if passage.kind == "question":
            continue
        name = [w for w in stemming.words(passage.heading or passage.title)
                if len(w) > 2 and not stemming._is_stopword(w)]
        text = [w for w in stemming.words(passage.text) if len(w) > 2 and not stemming._is_stopword(w)]
        if not name or not text:
            continue
        picked = rng.sample(name, min(len(name), rng.randint(1, 2))) + rng.sample(text, min(len(text),
                                                                                            rng.randint(1, 2)))
        rng.shuffle(picked)
        pairs.append((" ".join(picked), passage.article_id))
    return pairs


class Reranker:
    """Logistic regression over candidate features → P(the candidate is the asked-for article)."""

    def __init__(self, model=None):
        self.model = model

    @classmethod
    def fit(cls, kb, rng: random.Random) -> Reranker:
        """Pseudo-questions asked with the search's own order; a question whose article is not
        among the candidates (or is the only one) teaches nothing about their order."""
        from fornuft.assistant import understanding
        from fornuft.assistant.calibration import _pseudo_questions

        if len(kb.articles) < 3:
            return cls(None)
        pairs = _pseudo_questions(kb, rng, per_passage=1) + _named_questions(kb, rng)
        if len(pairs) > MAX_QUESTIONS:
            pairs = rng.sample(pairs, MAX_QUESTIONS)
        x, y = [], []
        for question, article_id in pairs:
            language = understanding.detect_language(question, default="nb")
            hits, titles, whole = kb.search_parts(question, k=TOP_K * 5, language=language)
            top = candidates(hits, kb)
            ids = [kb.passages[h.index].article_id for h in top]
            if len(top) < 2 or article_id not in ids:
                continue
            x += candidate_features(kb, question, top, titles, whole)
            y += [int(a == article_id) for a in ids]
        if len(set(y)) < 2 or sum(y) < 10:
            return cls(None)
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
        model.fit(x, y)
        return cls(model)

    def order(self, kb, query: str, hits, titles: dict, whole: dict):
        """`hits` with the top candidate articles in the reranker's order: each candidate's best
        passage takes the place of the one ranked there before; the other passages and every
        score stay where they were (the margins and thresholds read downstream keep their scale,
        and the list keeps its shape)."""
        if self.model is None or len(hits) < 2:
            return hits
        from dataclasses import replace

        slots: dict[str, int] = {}   # article → position of its best passage, for the first TOP_K
        for position, hit in enumerate(hits):
            slots.setdefault(kb.passages[hit.index].article_id, position)
            if len(slots) == TOP_K:
                break
        if len(slots) < 2:
            return hits
        positions = list(slots.values())
        top = [hits[p] for p in positions]
        chance = self.model.predict_proba(candidate_features(kb, query, top, titles, whole))[:, 1]
        order = sorted(range(len(top)), key=lambda i: (-chance[i], i))
        if chance[order[0]] - chance[0] < SWAP_MARGIN:
            return hits
        reordered = list(hits)
        for slot, chosen in zip(positions, order, strict=True):
            reordered[slot] = replace(top[chosen], score=hits[slot].score)
        return reordered
