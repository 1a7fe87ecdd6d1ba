"""A general classifier corrected by one organization's own examples (plain Python,
scikit-learn shaped).

Adding a few dozen of an organization's messages to a thousand general examples in one
model hardly moves it (or, weighted up, lets their signatures and names dominate). Here
the general model stays as it is, and a small layer is trained *only* on the
organization's examples:

    p(c) = (1 − w) · p_base(c) + w · p_own(c) · m     for the classes the layer knows,
    p(c) = p_base(c)                                  for the others,

where m is the probability the base model gives the classes the layer knows: the layer
only re-decides among the categories people have corrected, and a category nobody
corrected keeps the general model's word. The blend weight w is chosen by
cross-validation on the organization's examples (their base-model probabilities are fair:
the base model never saw them); with too few examples w stays 0 and the blend is the base
model.

The layer reads word unigrams and bigrams that occur in at least two of the
organization's examples: the words of the organization's trade and its recurring
correspondents count, one person's name or signature in one message does not.

A text may carry a second channel after FEATURE_MARK: space-separated tokens the words
don't show (who sent it, to which mailbox, what is attached — see
`fornuft.mail.sorting.message_features`). Only the layer reads them, as present/absent,
and again only tokens found in at least two examples count (one sender seen once is
no pattern); the base model reads the words alone, as it was trained. The blend also
keeps, per feature token, how many of the organization's examples carrying it people gave
each label (`feature_labels_`), so a caller can ask what people said about mail from one
sender.

    blend = CorrectionBlend(seed_model, random_state=0).fit(texts, labels)
    blend.predict(["Ordrebekreftelse 4471"]), blend.weight_
"""

from __future__ import annotations

from collections.abc import Sequence

from fornuft.ml.classifier import _WORD_PATTERN_NO_NUMBERS, prepare_text

MIN_EXAMPLES = 8
FEATURE_MARK = "\x1e"  # ASCII record separator: never in text that was read from mail


def split_features(text: str) -> tuple[str, str]:
    """(words, feature tokens) of a text with an optional feature channel."""
    words, _mark, features = (text or "").partition(FEATURE_MARK)
    return words, features


def words_only(texts: Sequence[str]) -> list[str]:
    return [split_features(t)[0] for t in texts]


def feature_label_counts(texts: Sequence[str], labels: Sequence[str]) -> dict[str, dict[str, int]]:
    """{feature token: {label: how many examples carrying the token got that label}}."""
    counts: dict[str, dict[str, int]] = {}
    for text, label in zip(texts, labels, strict=True):
        for token in set(split_features(text)[1].split()):
            per_label = counts.setdefault(token, {})
            per_label[label] = per_label.get(label, 0) + 1
    return counts


class _Layer:
    """Logistic regression over word n-grams (TF-IDF) and, beside them, the feature
    channel's tokens (binary)."""

    def __init__(self, *, C, min_df, feature_scale, max_chars, random_state):
        self.C, self.min_df, self.feature_scale = C, min_df, feature_scale
        self.max_chars, self.random_state = max_chars, random_state

    def _prepare(self, text):
        return prepare_text(text, self.max_chars)

    def fit(self, texts, labels):
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        min_df = min(self.min_df, max(1, len(texts) // 4))
        self.words_ = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=_WORD_PATTERN_NO_NUMBERS,
                                      min_df=min_df, sublinear_tf=True, lowercase=False)
        words, features = zip(*(split_features(t) for t in texts), strict=True)
        matrices = [self.words_.fit_transform([self._prepare(w) for w in words])]
        self.features_ = None
        if any(f.strip() for f in features):
            self.features_ = CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True, min_df=min_df)  # noqa: S106
            try:
                matrices.append(self.features_.fit_transform(features) * self.feature_scale)
            except ValueError:  # no token in two examples
                self.features_ = None
        self.model_ = LogisticRegression(C=self.C, class_weight="balanced", max_iter=1000,
                                         random_state=self.random_state).fit(self._stack(matrices), list(labels))
        self.classes_ = self.model_.classes_
        return self

    @staticmethod
    def _stack(matrices):
        from scipy.sparse import hstack

        return hstack(matrices).tocsr() if len(matrices) > 1 else matrices[0]

    def predict_proba(self, texts):
        words, features = zip(*(split_features(t) for t in texts), strict=True)
        matrices = [self.words_.transform([self._prepare(w) for w in words])]
        if self.features_ is not None:
            matrices.append(self.features_.transform(features) * self.feature_scale)
        return self.model_.predict_proba(self._stack(matrices))


class CorrectionBlend:
    """`base` (a fitted classifier with `classes_`, `predict_proba`, `explain_many`) blended
    with a layer trained on the organization's examples.

    Parameters
    ----------
    base : the fitted general model; not refitted.
    weights : the blend weights tried by cross-validation.
    cv : folds for choosing the weight (fewer when a class has fewer examples).
    C : inverse regularisation of the layer's logistic regression.
    min_df : a word counts in the layer only if this many examples contain it.
    max_chars : text beyond this many characters is ignored.
    feature_scale : the weight of a feature-channel token beside the words' TF-IDF.
    random_state : seed for the folds and the solver.
    """

    reads_features = True  # texts may carry the feature channel (FEATURE_MARK)

    def __init__(self, base, *, weights=(0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9), cv=5, C=5.0, min_df=2,
                 max_chars=3000, feature_scale=0.2, random_state=None):
        self.base = base
        self.weights = weights
        self.cv = cv
        self.C = C
        self.min_df = min_df
        self.max_chars = max_chars
        self.feature_scale = feature_scale
        self.random_state = random_state

    # -- fitting -------------------------------------------------------------------------
    def _layer(self, texts, labels):
        return _Layer(C=self.C, min_df=self.min_df, feature_scale=self.feature_scale, max_chars=self.max_chars,
                      random_state=self.random_state).fit(texts, labels)

    def _prepare(self, text: str) -> str:
        return prepare_text(text, self.max_chars)

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> CorrectionBlend:
        """Trains the layer on the organization's `texts` and `labels` and chooses the blend
        weight by cross-validation. Returns self."""
        import numpy as np

        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
        self.classes_ = list(self.base.classes_)
        labels = [str(label) for label in labels]
        known = [i for i, label in enumerate(labels) if label in self.classes_]
        texts, labels = [texts[i] for i in known], [labels[i] for i in known]
        self.n_examples_ = len(texts)
        self.feature_labels_ = feature_label_counts(texts, labels)
        self.layer_, self.weight_, self.cv_scores_ = None, 0.0, {}
        if len(texts) < MIN_EXAMPLES or len(set(labels)) < 2:
            return self
        base_proba = np.asarray(self.base.predict_proba(words_only(texts)))
        truth = np.array([self.classes_.index(label) for label in labels])
        own_proba = self._out_of_fold(texts, labels)
        if own_proba is None:
            return self
        for weight in self.weights:
            predicted = self._mix(base_proba, own_proba, weight).argmax(axis=1)
            self.cv_scores_[float(weight)] = float(np.mean(predicted == truth))
        best = max(self.cv_scores_.values())
        # the smallest weight that does as well: trust the general model unless the layer helps
        self.weight_ = min(w for w, score in self.cv_scores_.items() if score >= best - 1e-9)
        if self.weight_ > 0:
            self.layer_ = self._layer(texts, labels)
        return self

    def _out_of_fold(self, texts, labels):
        """The layer's probabilities for each example from a layer that did not see it
        (columns ordered like `classes_`, zero for classes the layer did not learn)."""
        import numpy as np
        from sklearn.model_selection import StratifiedKFold

        counts = {label: labels.count(label) for label in set(labels)}
        folds = min(self.cv, max(counts.values()))
        if folds < 2:
            return None
        # classes with a single example cannot be split: they stay in every training part
        splittable = [i for i, label in enumerate(labels) if counts[label] >= 2]
        always = [i for i, label in enumerate(labels) if counts[label] < 2]
        folds = min(folds, min(counts[labels[i]] for i in splittable)) if splittable else 0
        if folds < 2:
            return None
        proba = np.zeros((len(texts), len(self.classes_)))
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state)
        y = np.array(labels)
        for train, test in splitter.split(np.zeros(len(splittable)), y[splittable]):
            train_idx = [splittable[i] for i in train] + always
            test_idx = [splittable[i] for i in test]
            if len({labels[i] for i in train_idx}) < 2:
                continue
            layer = self._layer([texts[i] for i in train_idx], [labels[i] for i in train_idx])
            proba[test_idx] = self._spread(layer, [texts[i] for i in test_idx])
        return proba

    def _spread(self, layer, texts):
        """The layer's probabilities in `classes_` order (zero for classes it lacks)."""
        import numpy as np

        own = layer.predict_proba(texts)
        full = np.zeros((len(texts), len(self.classes_)))
        for j, cls in enumerate(layer.classes_):
            full[:, self.classes_.index(str(cls))] = own[:, j]
        return full

    @staticmethod
    def _mix(base_proba, own_proba, weight):
        """Blends where the layer has an opinion (rows whose layer probabilities sum to 1)."""
        import numpy as np

        learned = own_proba > 0
        mass = (base_proba * learned).sum(axis=1, keepdims=True)
        mixed = np.where(learned, (1 - weight) * base_proba + weight * own_proba * mass, base_proba)
        return mixed / mixed.sum(axis=1, keepdims=True)

    # -- predicting ----------------------------------------------------------------------
    def predict_proba(self, texts: Sequence[str]):
        """Blended probabilities, shape (n, n_classes), ordered like `classes_`."""
        import numpy as np

        base_proba = np.asarray(self.base.predict_proba(words_only(texts)))
        if self.layer_ is None or not len(texts):
            return base_proba
        return self._mix(base_proba, self._spread(self.layer_, texts), self.weight_)

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.classes_[i] for i in self.predict_proba(texts).argmax(axis=1)]

    def explain_many(self, texts: Sequence[str], *, top_n: int = 5,
                     labels: Sequence[str] | None = None) -> list[dict]:
        """The base model's explanations (which words point where), with the blended label,
        confidence and probabilities."""
        explanations = self.base.explain_many(words_only(texts), top_n=top_n, labels=labels)
        if self.layer_ is None:
            return explanations
        proba = self.predict_proba(texts)
        for explanation, row in zip(explanations, proba, strict=True):
            label = self.classes_[int(row.argmax())]
            if label != explanation["label"]:
                explanation["top_features"] = explanation["per_class"].get(label) or []
            explanation.update(label=label, confidence=round(float(row.max()), 4),
                               probabilities={c: round(float(p), 4) for c, p in zip(self.classes_, row, strict=True)},
                               blend_weight=self.weight_)
        return explanations

    def explain(self, text: str, *, top_n: int = 5, labels: Sequence[str] | None = None) -> dict:
        return self.explain_many([text], top_n=top_n, labels=labels)[0]
