"""A trainable, explainable text classifier (scikit-learn shaped, plain Python).

`TextClassifier` turns text into TF-IDF word n-grams plus character n-grams (robust
to typos, inflection and æ/ae spellings) and fits a multinomial logistic regression.
Its probabilities are calibrated with one temperature learned on out-of-fold
predictions, so `confidence` means roughly "how often a prediction this sure is right".
`explain(text)` names the features that pushed the text towards each class.

    clf = TextClassifier(random_state=0).fit(texts, labels)
    clf.predict(["Kan dere sende et tilbud?"])          # ['sales_inquiry']
    clf.predict_proba([...])                            # rows ordered like clf.classes_
    clf.explain("Kan dere sende et tilbud?", top_n=5)   # {"label", "confidence", "top_features", ...}

Heavy libraries (numpy, scipy, scikit-learn) are imported inside methods, so importing
this module is cheap.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from fornuft.ml.text import normalize

_WORD_PATTERN = r"(?u)\b[^\W\d_][^\W_]+\b|\b\d+\b"
_WORD_PATTERN_NO_NUMBERS = r"(?u)\b[^\W\d_][^\W_]+\b"


def prepare_text(text: str, max_chars: int) -> str:
    """The exact text the classifier sees: normalised, lower-cased, cut to `max_chars`."""
    return normalize(text or "", keep_newlines=False)[:max_chars].lower()


class TextClassifier:
    """TF-IDF (word + character n-grams) → logistic regression, with calibrated confidence.

    Parameters
    ----------
    word_ngram_range, char_ngram_range : n-gram ranges; `char_ngram_range=None` disables
        character features (faster, less robust).
    min_df : minimum document frequency of a feature.
    max_features : cap per vectorizer (None = no cap).
    C : inverse regularisation strength of the logistic regression.
    class_weight : passed to scikit-learn ("balanced" evens out unequal classes).
    max_chars : text beyond this many characters is ignored (speed, and the start of a
        message carries its purpose).
    calibrate : learn a temperature on out-of-fold predictions (needs ≥ 2 examples per
        class; otherwise the temperature stays 1.0).
    cv : folds for calibration.
    solver, max_iter : of the logistic regression ("saga" is fast on sparse text features).
    numbers : whether bare numbers are word features (order and invoice numbers, dates
        and amounts differ in every message: as words they only teach the examples by heart).
    random_state : seed for the fold split and the solver.
    """

    def __init__(self, *, word_ngram_range=(1, 2), char_ngram_range=(3, 5), min_df=1,
                 max_features=60000, C=10.0, class_weight="balanced", max_chars=2000,
                 calibrate=True, cv=3, solver="saga", max_iter=300, numbers=True, random_state=None):
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.C = C
        self.class_weight = class_weight
        self.max_chars = max_chars
        self.calibrate = calibrate
        self.cv = cv
        self.solver = solver
        self.max_iter = max_iter
        self.numbers = numbers
        self.random_state = random_state

    # -- fitting -------------------------------------------------------------------------
    def _vectorizers(self):
        from sklearn.feature_extraction.text import TfidfVectorizer

        pattern = _WORD_PATTERN if getattr(self, "numbers", True) else _WORD_PATTERN_NO_NUMBERS
        vectorizers = [TfidfVectorizer(analyzer="word", ngram_range=tuple(self.word_ngram_range),
                                       token_pattern=pattern, min_df=self.min_df,
                                       max_features=self.max_features, sublinear_tf=True,
                                       lowercase=False, dtype=_float32())]
        if self.char_ngram_range:
            vectorizers.append(TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(self.char_ngram_range),
                                               min_df=self.min_df, max_features=self.max_features,
                                               sublinear_tf=True, lowercase=False, dtype=_float32()))
        return vectorizers

    def _model(self):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.C, class_weight=self.class_weight, solver=self.solver, tol=1e-3,
                                  max_iter=self.max_iter, random_state=self.random_state)

    def _fit_model(self, features, labels, sample_weight):
        import warnings

        from sklearn.exceptions import ConvergenceWarning

        with warnings.catch_warnings():
            # A loose tolerance is enough for text; an unconverged last digit is not news.
            warnings.simplefilter("ignore", ConvergenceWarning)
            return self._model().fit(features, labels, sample_weight=sample_weight)

    @staticmethod
    def _transform(vectorizers, docs):
        from scipy.sparse import hstack

        return hstack([v.transform(docs) for v in vectorizers], format="csr")

    def fit(self, texts: Sequence[str], labels: Sequence[str], sample_weight=None) -> TextClassifier:
        """Learns from `texts` and their `labels`; `sample_weight` lets corrections by
        people count more than seed examples. Returns self."""
        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
        if len(set(labels)) < 2:
            raise ValueError("need examples of at least two classes to train")
        docs = [prepare_text(t, self.max_chars) for t in texts]
        from scipy.sparse import hstack

        self.vectorizers_ = self._vectorizers()
        features = hstack([v.fit_transform(docs) for v in self.vectorizers_], format="csr")
        self.model_ = self._fit_model(features, list(labels), sample_weight)
        self.classes_ = [str(c) for c in self.model_.classes_]
        self.n_features_ = int(features.shape[1])
        self.n_training_examples_ = len(docs)
        self.temperature_ = (self._fit_temperature(docs, list(labels), sample_weight)
                             if self.calibrate else 1.0)
        return self

    def _fit_temperature(self, docs, labels, sample_weight) -> float:
        """One temperature T (scores / T before softmax) minimising log-loss out of fold."""
        import numpy as np
        from scipy.sparse import hstack
        from sklearn.model_selection import StratifiedKFold

        counts = {label: labels.count(label) for label in set(labels)}
        folds = min(self.cv, min(counts.values()))
        if folds < 2:
            return 1.0
        y = np.array(labels)
        weights = None if sample_weight is None else np.asarray(sample_weight)
        scores: list[np.ndarray] = []
        truth: list[int] = []
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
        for train, test in splitter.split(docs, y):
            vectorizers = self._vectorizers()
            train_docs = [docs[i] for i in train]
            train_features = hstack([v.fit_transform(train_docs) for v in vectorizers], format="csr")
            model = self._fit_model(train_features, y[train],
                                    None if weights is None else weights[train])
            test_features = self._transform(vectorizers, [docs[i] for i in test])
            fold_scores = _as_2d(model.decision_function(test_features))
            full = np.full((len(test), len(self.classes_)), -1e3)
            for j, cls in enumerate(model.classes_):
                full[:, self.classes_.index(str(cls))] = fold_scores[:, j]
            scores.append(full)
            truth.extend(self.classes_.index(str(label)) for label in y[test])
        logits, truth_arr = np.vstack(scores), np.array(truth)
        best_t, best_loss = 1.0, math.inf
        for t in np.exp(np.linspace(math.log(0.05), math.log(20.0), 80)):
            loss = _log_loss(logits / t, truth_arr)
            if loss < best_loss:
                best_t, best_loss = float(t), loss
        return best_t

    # -- predicting ----------------------------------------------------------------------
    def _features(self, texts):
        self._check_fitted()
        return self._transform(self.vectorizers_, [prepare_text(t, self.max_chars) for t in texts])

    def decision_function(self, texts: Sequence[str]):
        """Raw class scores, shape (n, n_classes), columns ordered like `classes_`."""
        features = self._features(texts)
        return _as_2d(self.model_.decision_function(features))

    def predict_proba(self, texts: Sequence[str]):
        """Calibrated class probabilities, shape (n, n_classes), ordered like `classes_`."""
        return _softmax(self.decision_function(texts) / self.temperature_)

    def predict(self, texts: Sequence[str]) -> list[str]:
        proba = self.predict_proba(texts)
        return [self.classes_[i] for i in proba.argmax(axis=1)]

    def predict_with_confidence(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """[(label, confidence)] — the most likely class and its calibrated probability."""
        proba = self.predict_proba(texts)
        return [(self.classes_[int(row.argmax())], float(row.max())) for row in proba]

    def explain(self, text: str, *, top_n: int = 5, labels: Sequence[str] | None = None) -> dict:
        """Why `text` got its label: the `top_n` features (n-grams present in the text)
        adding most to each class's score. Returns plain data:
        {"label", "confidence", "probabilities": {class: p},
         "top_features": [{"feature", "weight"}] for the label,
         "per_class": {class: [{"feature", "weight"}]} for the label, or for each of `labels`}."""
        return self.explain_many([text], top_n=top_n, labels=labels)[0]

    def explain_many(self, texts: Sequence[str], *, top_n: int = 5,
                     labels: Sequence[str] | None = None) -> list[dict]:
        """`explain` for many texts at once (one vectorisation pass: much faster)."""
        import numpy as np

        rows = self._features(texts).tocsr()
        rows.sort_indices()
        probas = _softmax(_as_2d(self.model_.decision_function(rows)) / self.temperature_)
        names = self._feature_names()
        coef = self.model_.coef_
        if coef.shape[0] == 1:  # binary: one row of weights for classes_[1]
            coef = np.vstack([-coef[0], coef[0]])
        results = []
        for r, proba in enumerate(probas):
            start, end = rows.indptr[r], rows.indptr[r + 1]
            indices, values = rows.indices[start:end], rows.data[start:end]
            label = self.classes_[int(proba.argmax())]
            wanted = set(labels) if labels is not None else {label}
            per_class = {}
            for k, cls in enumerate(self.classes_):
                if cls not in wanted:
                    continue
                contributions = values * coef[k, indices]
                order = np.argsort(-contributions)[:top_n]
                per_class[cls] = [{"feature": names[indices[i]], "weight": round(float(contributions[i]), 4)}
                                  for i in order if contributions[i] > 0]
            results.append({
                "label": label,
                "confidence": round(float(proba.max()), 4),
                "probabilities": {c: round(float(p), 4) for c, p in zip(self.classes_, proba, strict=True)},
                "top_features": per_class.get(label) or [],
                "per_class": per_class,
            })
        return results

    def _feature_names(self) -> list[str]:
        cached = getattr(self, "_names_cache", None)
        if cached is None:
            cached = []
            for prefix, vectorizer in zip(("w:", "c:"), self.vectorizers_, strict=False):
                cached.extend(prefix + str(n) for n in vectorizer.get_feature_names_out())
            self._names_cache = cached
        return cached

    def _check_fitted(self) -> None:
        if not hasattr(self, "model_"):
            raise RuntimeError("TextClassifier is not fitted yet; call fit() first")

    def __getstate__(self):
        """Vocabularies are kept as numpy string arrays, not dicts: persisting a dict of
        tens of thousands of n-grams item by item (skops) is slow and large."""
        import copy

        import numpy as np

        state = dict(self.__dict__)
        state.pop("_names_cache", None)
        if "vectorizers_" in state:
            slim, vocabularies = [], []
            for vectorizer in state["vectorizers_"]:
                vectorizer = copy.copy(vectorizer)
                terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
                vocabularies.append(np.array(terms, dtype=str))
                del vectorizer.vocabulary_
                if hasattr(vectorizer, "stop_words_"):
                    del vectorizer.stop_words_  # only kept by scikit-learn for introspection
                slim.append(vectorizer)
            state["vectorizers_"] = slim
            state["vocabularies_"] = vocabularies
        return state

    def __setstate__(self, state):
        vocabularies = state.pop("vocabularies_", None)
        self.__dict__.update(state)
        if vocabularies is not None:
            for vectorizer, terms in zip(self.vectorizers_, vocabularies, strict=True):
                vectorizer.vocabulary_ = {str(term): index for index, term in enumerate(terms)}

    def get_params(self) -> dict:
        return {key: getattr(self, key, True) for key in (
            "word_ngram_range", "char_ngram_range", "min_df", "max_features", "C", "class_weight",
            "max_chars", "calibrate", "cv", "solver", "max_iter", "numbers", "random_state")}


def _float32():
    import numpy as np

    return np.float32


def _as_2d(scores):
    import numpy as np

    scores = np.asarray(scores, dtype=float)
    if scores.ndim == 1:  # binary problems give one column: the score of classes_[1]
        scores = np.column_stack([-scores / 2, scores / 2])
    return scores


def _softmax(logits):
    import numpy as np

    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def _log_loss(logits, truth) -> float:
    import numpy as np

    proba = _softmax(logits)
    return float(-np.mean(np.log(np.clip(proba[np.arange(len(truth)), truth], 1e-12, 1.0))))
