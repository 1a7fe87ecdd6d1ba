"""Hybrid passage retrieval: word BM25 over Snowball stems + character n-gram TF-IDF.

BM25 finds passages sharing the query's words (inflections folded by the stemmer); the
character n-grams (3–5, within word boundaries, on æøå-folded text) catch compounds
(`fakturaadresse` ↔ `adresse for faktura`), typos and missing æøå. Query words missing
from the vocabulary are mapped to the nearest vocabulary term (one edit) before BM25.

Plain Python + numpy/scipy/scikit-learn (imported lazily); no Django.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from fornuft.ml import stemming


@dataclass(frozen=True)
class Hit:
    index: int          # position of the passage in the fitted list
    score: float        # combined ranking score (relative to the best hit of this query)
    bm25: float
    char: float         # cosine similarity of character n-grams, 0..1
    coverage: float     # share of the query's (IDF-weighted) words found in the passage, 0..1


def _deletes(term: str) -> set[str]:
    return {term[:i] + term[i + 1:] for i in range(len(term))}


def parse_synonyms(lines: Iterable[str]) -> list[list[str]]:
    """Synonym groups from lines such as `faktura, regning, invoice` (# starts a comment)."""
    groups = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        group = [part.strip() for part in line.replace(";", ",").split(",") if part.strip()]
        if len(group) > 1:
            groups.append(group)
    return groups


@lru_cache(maxsize=1)
def _general_lexicon() -> tuple[tuple[str, ...], ...]:
    path = Path(__file__).with_name("lexicon_nb_en.txt")
    return tuple(tuple(group) for group in parse_synonyms(path.read_text(encoding="utf-8").splitlines()))


def general_lexicon() -> list[list[str]]:
    """Groups of Norwegian and English everyday/business words and phrases that mean the same, so
    a question in one language finds an article in the other (general vocabulary, not a company's
    terms). A phrase ("holiday pay") is matched as a whole, never word by word."""
    return [list(group) for group in _general_lexicon()]


@dataclass
class HybridRetriever:
    """scikit-learn-shaped: `fit(texts, languages)` then `search(query)`.

    `texts` are the passage texts to index (titles and headings already included);
    `languages` the stemming language of each ("nb", "en" or None for both)."""

    k1: float = 1.2
    b: float = 0.5
    char_weight: float = 0.3
    unknown_weight: float = 1.0   # share of the top IDF an unknown query word weighs in coverage
    decompound: bool = True       # index compounds under their parts too (see fit)
    unknown_length: int = 0       # unknown words shorter than this weigh less (short words are common ones)
    synonyms: Sequence[Sequence[str]] = ()
    vocabulary_: dict = field(default_factory=dict, init=False, repr=False)

    def fit(self, texts: Sequence[str], languages: Sequence[str | None] | None = None,
            groups: Sequence[str] | None = None) -> HybridRetriever:
        """`groups` (e.g. the article of each passage) makes document frequency count articles,
        not passages, so a word repeated in every passage of one article stays rare."""
        import numpy as np
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer

        if not texts:
            raise ValueError("cannot build a search index from no passages")
        languages = list(languages) if languages is not None else [None] * len(texts)
        self.phrases_ = self._phrase_table()
        vocabulary: dict[str, int] = {}
        rows, cols, counts = [], [], []
        lengths = np.zeros(len(texts))
        all_terms = []
        for text, language in zip(texts, languages, strict=True):
            doc_terms = stemming.terms(text, language) if language else [
                t for group in stemming.term_groups(text) for t in group]
            all_terms.append(doc_terms + self._phrases_in([(t,) for t in doc_terms]))
        if self.decompound:
            # A compound in the text also counts as the words it is built from, when the base uses
            # those words on their own ("kveldskurset" is also about "kurs"): a question naming
            # the part finds the compound, as a compound question already finds its parts.
            self.vocabulary_ = dict.fromkeys(t for doc in all_terms for t in doc)
            parts = {t: self._split_compound(t) or () for t in self.vocabulary_}   # once per distinct word
            all_terms = [doc + [p for t in doc for p in parts[t]] for doc in all_terms]
        for row, doc_terms in enumerate(all_terms):
            lengths[row] = len(doc_terms) or 1
            tf: dict[int, int] = {}
            for term in doc_terms:
                col = vocabulary.setdefault(term, len(vocabulary))
                tf[col] = tf.get(col, 0) + 1
            for col, count in tf.items():
                rows.append(row)
                cols.append(col)
                counts.append(count)
        n = len(texts)
        tf_matrix = sparse.csr_matrix((counts, (rows, cols)), shape=(n, max(len(vocabulary), 1)), dtype=float)
        if groups is not None:
            group_ids = {g: i for i, g in enumerate(dict.fromkeys(groups))}
            pairs = {(group_ids[groups[r]], c) for r, c in zip(rows, cols, strict=True)}
            df = np.bincount(np.asarray([c for _, c in pairs], dtype=int), minlength=tf_matrix.shape[1])
            n_docs = len(group_ids)
        else:
            df = np.bincount(np.asarray(cols, dtype=int), minlength=tf_matrix.shape[1])
            n_docs = n
        self.idf_ = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))
        avgdl = lengths.mean()
        coo = tf_matrix.tocoo()
        norm = self.k1 * (1 - self.b + self.b * lengths[coo.row] / avgdl)
        weights = self.idf_[coo.col] * coo.data * (self.k1 + 1) / (coo.data + norm)
        self.bm25_ = sparse.csc_matrix((weights, (coo.row, coo.col)), shape=tf_matrix.shape)
        self.vocabulary_ = vocabulary
        self.inverse_vocabulary_ = {col: term for term, col in vocabulary.items()}
        self.max_idf_ = math.log(1.0 + (n_docs + 0.5) / 0.5)
        self.deletes_: dict[str, list[str]] = {}
        for term in vocabulary:
            if len(term) >= 4 and "+" not in term:  # typos are corrected to words, not to phrase terms
                for variant in sorted(_deletes(term) | {term}):
                    self.deletes_.setdefault(variant, []).append(term)
        self.synonyms_ = self._synonym_map()
        self.char_vectorizer_ = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                                preprocessor=stemming.fold, dtype=np.float32)
        # Column-major: a query touches only the posting lists of its own n-grams.
        self.char_matrix_ = self.char_vectorizer_.fit_transform(texts).tocsc()
        self.n_passages_ = n
        return self

    @staticmethod
    def _entry_terms(entry: str) -> tuple[list[tuple[str, ...]], str | None]:
        """The stems of a synonym entry's words, and its phrase term when it has several words."""
        groups = stemming.term_groups(entry)
        return groups, ("+".join(g[0] for g in groups) if len(groups) > 1 else None)

    def _phrase_table(self) -> dict[str, list[tuple[list[set[str]], str]]]:
        """Multi-word synonym entries by the stems of their first word: (stems per word, term)."""
        table: dict[str, list[tuple[list[set[str]], str]]] = {}
        for group in self.synonyms:
            for entry in group:
                groups, phrase = self._entry_terms(entry)
                if phrase is None:
                    continue
                positions = [set(g) for g in groups]
                for first in positions[0]:
                    table.setdefault(first, []).append((positions, phrase))
        return table

    def _phrases_in(self, term_groups: Sequence[Sequence[str]]) -> list[str]:
        """The phrase terms whose words stand next to each other in `term_groups` (the stems of
        each word of a text, in order)."""
        return list(dict.fromkeys(phrase for phrase, _start, _length in self._phrase_spans(term_groups)))

    def _phrase_spans(self, term_groups: Sequence[Sequence[str]]) -> list[tuple[str, int, int]]:
        """(phrase term, first word, number of words) for each phrase found in `term_groups`."""
        found: list[tuple[str, int, int]] = []
        if not self.phrases_:
            return found
        for start, group in enumerate(term_groups):
            for stem_ in group:
                for positions, phrase in self.phrases_.get(stem_, ()):
                    following = term_groups[start:start + len(positions)]
                    if len(following) == len(positions) and all(
                            set(g) & wanted for g, wanted in zip(following, positions, strict=True)):
                        found.append((phrase, start, len(positions)))
        return found

    def _synonym_map(self) -> dict[str, tuple[str, ...]]:
        mapping: dict[str, set[str]] = {}
        for group in self.synonyms:
            stems: set[str] = set()
            for entry in group:
                groups, phrase = self._entry_terms(entry)
                stems.update([phrase] if phrase else [t for g in groups for t in g])
            for term in stems:
                mapping.setdefault(term, set()).update(stems - {term})
        # Sorted: a set's order changes with each process's string hashing, and the order of the
        # synonym columns reached the scores, so the same question could rank differently per run.
        return {term: tuple(sorted(others)) for term, others in mapping.items()}

    def _closest_term(self, term: str) -> str | None:
        """A vocabulary term one edit away from an unknown query term (typos), if any."""
        if len(term) < 5:
            return None
        candidates: dict[str, int] = {}
        for variant in sorted(_deletes(term) | {term}):
            for known in self.deletes_.get(variant, ()):
                if known[0] != term[0]:
                    continue
                candidates[known] = candidates.get(known, 0) + 1
        if not candidates:
            return None
        # Prefer the most frequent (lowest idf) of the best-supported candidates.
        # (Ties go to the alphabetically first, not to whichever a set's hash order met first.)
        best = min(candidates.items(), key=lambda kv: (-kv[1], self.idf_[self.vocabulary_[kv[0]]], kv[0]))
        return best[0]

    def query_groups(self, query: str) -> list[tuple[list[int], float, bool]]:
        """For each query word: vocabulary columns, its IDF weight, whether it was found."""
        groups: list[tuple[list[int], float, bool]] = []
        word_groups = stemming.term_groups(query)
        covered: set[int] = set()
        for phrase, start, length in self._phrase_spans(word_groups):
            cols = [self.vocabulary_[t] for t in [phrase, *self.synonyms_.get(phrase, ())] if t in self.vocabulary_]
            if cols:  # one idea: found through the phrase or its synonyms, its words no longer count alone
                groups.append((list(dict.fromkeys(cols)), float(max(self.idf_[c] for c in cols)), True))
                covered.update(range(start, start + length))
        for position, group in enumerate(word_groups):
            if position in covered:
                continue
            cols = [self.vocabulary_[t] for t in group if t in self.vocabulary_]
            if not cols:
                for t in group:
                    close = self._closest_term(t)
                    if close:
                        cols.append(self.vocabulary_[close])
                        break
            synonym_cols = [self.vocabulary_[s] for t in group for s in self.synonyms_.get(t, ())
                            if s in self.vocabulary_]
            if not cols and not synonym_cols:
                parts = self._split_compound(group[0])
                if parts:  # "styrekurset" → styre + kurs: two words the base knows
                    groups.extend(([self.vocabulary_[p]], float(self.idf_[self.vocabulary_[p]]), True) for p in parts)
                    continue
            unknown = self.max_idf_ * self.unknown_weight
            if self.unknown_length:
                unknown *= min(1.0, len(group[0]) / self.unknown_length)
            weight = max((self.idf_[c] for c in cols), default=unknown)
            groups.append((list(dict.fromkeys(cols + synonym_cols)), float(weight), bool(cols or synonym_cols)))
        return groups

    def _split_compound(self, term: str) -> tuple[str, str] | None:
        """Two vocabulary stems that make up an unknown (Norwegian) compound, if any."""
        if len(term) < 8:
            return None
        for cut in range(len(term) - 3, 3, -1):  # longest known head first
            head, tail = term[:cut], term[cut:]
            for head_form in (head, head[:-1] if head.endswith(("s", "e")) else None):
                if not head_form or len(head_form) < 3:
                    continue
                head_stem = stemming.stem(head_form, "nb")
                tail_stem = stemming.stem(tail, "nb")
                if head_stem in self.vocabulary_ and tail_stem in self.vocabulary_ and len(tail_stem) >= 3:
                    return head_stem, tail_stem
        return None

    def compound_parts(self, term: str) -> tuple[str, ...]:
        """The vocabulary stems a (Norwegian) compound is made of, known word or not
        ("pensjonistpris" → pensjonist + pris), so a compound meets the words it is built from on
        either side; () when it does not split into known words."""
        return self._split_compound(term) or ()

    def query_terms(self, query: str) -> dict[str, float]:
        """Every vocabulary term the query reaches (its words, typo corrections, synonyms, phrase
        terms and the parts of its compounds), with the IDF of each."""
        inverse = self.inverse_vocabulary_
        found: dict[str, float] = {}
        for cols, _weight, _found in self.query_groups(query):
            for col in cols:
                found[inverse[col]] = float(self.idf_[col])
        for group in stemming.term_groups(query):
            for part in self.compound_parts(group[0]):
                found[part] = float(self.idf_[self.vocabulary_[part]])
        return found

    def search(self, query: str, k: int = 5, *, mask: Sequence[bool] | None = None) -> list[Hit]:
        """The best `k` passages for `query`, best first; [] when nothing matches at all."""
        import numpy as np

        groups = self.query_groups(query)
        n = self.n_passages_
        bm25 = np.zeros(n)
        total_weight = sum(w for _, w, _ in groups) or 1.0
        matched_weight = np.zeros(n)
        for cols, weight, _found in groups:
            if not cols:
                continue
            block = self.bm25_[:, cols]
            column = np.asarray(block.max(axis=1).todense()).ravel() if len(cols) > 1 else block.toarray().ravel()
            bm25 += column
            matched_weight += (column > 0) * weight
        coverage = matched_weight / total_weight
        query_vector = self.char_vectorizer_.transform([query])
        if query_vector.nnz:
            char = np.asarray(self.char_matrix_[:, query_vector.indices] @ query_vector.data).ravel()
        else:
            char = np.zeros(n)
        best_bm25 = bm25.max() if bm25.size else 0.0
        best_char = char.max() if char.size else 0.0
        combined = (1 - self.char_weight) * (bm25 / best_bm25 if best_bm25 > 0 else np.zeros(n)) \
            + self.char_weight * (char / best_char if best_char > 0 else np.zeros(n))
        if mask is not None:
            combined = np.where(np.asarray(mask, dtype=bool), combined, -1.0)
        if k >= n:
            order = np.argsort(-combined)
        else:
            top = np.argpartition(-combined, k)[:k]
            order = top[np.argsort(-combined[top])]
        return [Hit(int(i), float(combined[i]), float(bm25[i]), float(char[i]), float(coverage[i]))
                for i in order[:k] if combined[i] > 0]
