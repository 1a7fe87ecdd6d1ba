"""A per-knowledge-base reranker of the search's top articles, learned from the base's own content.

The search blends several scores with fixed weights (word match, character n-grams, the whole
article, the title, the question's language). Which of them tells the right article best differs
per base: in one base a title names the topic, in another the headings do. When a base is
calibrated (calibration.py), the same pseudo-questions made of each passage's own words are asked
against the base, and for the top `TOP_K` candidate articles of each, a small logistic regression
learns P(this candidate is the article the question came from) from what the search already
knows of each candidate (its score, rank and gap to the best, word coverage, title and
whole-article match, language). At answer time the top candidates are put in that order; without
a fitted reranker the search's own order stands.

Plain Python + scikit-learn; no Django.
"""

from __future__ import annotations

import math
import random

TOP_K = 8            # candidate articles per question the reranker orders
MAX_QUESTIONS = 400  # pseudo-questions per fit (as the threshold's fit): seconds, not minutes
FEATURES = ("score", "share_of_best", "gap", "rank", "coverage", "char", "title", "article", "article_words",
            "same_language", "question_passage")


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


def candidate_features(kb, query: str, top, language: str | None, titles: dict, whole: dict) -> list[list[float]]:
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
        same = 0.5 if language is None else float(passage.language in (language, None))
        rows.append([hit.score, hit.score / best, top[0].score - hit.score, math.log1p(rank), hit.coverage,
                     min(1.0, hit.char / 0.45), titles.get(article_id, 0.0), whole.get(article_id, 0.0),
                     _word_share(groups, terms.get(article_id, set())), same,
                     float(passage.kind == "question")])
    return rows


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
        pairs = _pseudo_questions(kb, rng)
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
            x += candidate_features(kb, question, top, language, titles, whole)
            y += [int(a == article_id) for a in ids]
        if len(set(y)) < 2 or sum(y) < 10:
            return cls(None)
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
        model.fit(x, y)
        return cls(model)

    def order(self, kb, query: str, hits, language: str | None, titles: dict, whole: dict):
        """`hits` with the top candidate articles in the reranker's order (passages of one article
        stay together, in their own order). Each rank keeps the search's score for that rank, so
        margins and thresholds read downstream keep their scale."""
        if self.model is None or len(hits) < 2:
            return hits
        from dataclasses import replace

        top = candidates(hits, kb)
        if len(top) < 2:
            return hits
        chance = self.model.predict_proba(candidate_features(kb, query, top, language, titles, whole))[:, 1]
        ranked = [kb.passages[top[i].index].article_id for i in sorted(range(len(top)), key=lambda i: (-chance[i], i))]
        position = {article_id: i for i, article_id in enumerate(ranked)}
        reordered = sorted(range(len(hits)), key=lambda i: (
            position.get(kb.passages[hits[i].index].article_id, len(ranked)), i))
        scores = sorted((h.score for h in hits), reverse=True)
        return [replace(hits[i], score=s) for i, s in zip(reordered, scores, strict=True)]
