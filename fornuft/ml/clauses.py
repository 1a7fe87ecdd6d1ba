"""A multi-label clause classifier over contract sentences (scikit-learn shaped, plain Python).

Each sentence may belong to several clause types at once ("non-exclusive, non-transferable
licence" is a licence grant and a non-transferable licence). The text a sentence is seen as is
its section heading plus the sentence, so "Insurance" over a paragraph counts. Features are
TF-IDF word 1–2-grams and character 3–5-grams (Norwegian inflection, compounds such as
"ansvarsbegrensning"); one logistic regression per type with enough examples.

    clf = ClauseClassifier(random_state=0).fit(texts, label_sets)
    clf.predict_labels(["Governing law: This Agreement is governed by the laws of Norway."])
    # [{"governing_law": 0.97}]
    clf.explain(text, "governing_law")    # the features that pushed it there

Heavy libraries are imported inside methods.
"""

from __future__ import annotations

from collections.abc import Sequence

from fornuft.ml.text import normalize

_WORD_PATTERN = r"(?u)\b[^\W\d_][^\W_]+\b|\b\d+\b"


def sentence_text(sentence: str, heading: str = "", max_chars: int = 1500) -> str:
    """What the classifier reads: the heading's words marked as heading words, then the sentence."""
    head = " ".join(f"h_{w}" for w in normalize(heading, keep_newlines=False).lower().split()[:8]
                    if any(c.isalpha() for c in w))
    body = normalize(sentence, keep_newlines=False)[:max_chars].lower()
    return f"{head} {body}".strip()


class ClauseClassifier:
    """TF-IDF (words + characters) → one logistic regression per clause type.

    Parameters
    ----------
    C : inverse regularisation of each logistic regression.
    min_positive : a type needs this many positive sentences to get a model.
    threshold : the probability from which a sentence is said to be of a type.
    class_weight : passed to scikit-learn; "balanced" raises recall on rare types.
    max_features : cap per vectorizer.
    random_state : seed for the solver.
    """

    def __init__(self, *, C=4.0, min_positive=3, threshold=0.5, class_weight=None, max_features=120000,
                 char_ngrams=True, random_state=None):
        self.C = C
        self.min_positive = min_positive
        self.threshold = threshold
        self.class_weight = class_weight
        self.max_features = max_features
        self.char_ngrams = char_ngrams
        self.random_state = random_state

    def _vectorizers(self):
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer

        out = [TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=_WORD_PATTERN, min_df=2,
                               max_features=self.max_features, sublinear_tf=True, lowercase=False,
                               dtype=np.float32)]
        if self.char_ngrams:
            out.append(TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2,
                                       max_features=self.max_features, sublinear_tf=True, lowercase=False,
                                       dtype=np.float32))
        return out

    def _features(self, texts: Sequence[str], fit: bool = False):
        from scipy.sparse import hstack

        if fit:
            self.vectorizers_ = self._vectorizers()
            return hstack([v.fit_transform(texts) for v in self.vectorizers_]).tocsr()
        return hstack([v.transform(texts) for v in self.vectorizers_]).tocsr()

    def fit(self, texts: Sequence[str], label_sets: Sequence[Sequence[str]], sample_weight=None):
        """`texts` as made by `sentence_text`; `label_sets[i]` the types of text i (may be empty)."""
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        if len(texts) != len(label_sets):
            raise ValueError("texts and label_sets differ in length")
        features = self._features(list(texts), fit=True)
        types = sorted({t for labels in label_sets for t in labels})
        self.models_ = {}
        for kind in types:
            target = np.array([kind in labels for labels in label_sets], dtype=int)
            if target.sum() < self.min_positive or target.sum() == len(target):
                continue
            model = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=1000,
                                       solver="liblinear", random_state=self.random_state)
            model.fit(features, target, sample_weight=sample_weight)
            self.models_[kind] = model
        self.classes_ = sorted(self.models_)
        return self

    def predict_proba(self, texts: Sequence[str]) -> dict:
        """{type: array of probabilities, one per text}."""
        if not texts:
            return {kind: [] for kind in self.classes_}
        features = self._features(list(texts))
        return {kind: model.predict_proba(features)[:, 1] for kind, model in self.models_.items()}

    def predict_labels(self, texts: Sequence[str], threshold: float | None = None) -> list[dict[str, float]]:
        """For each text, {type: probability} for the types at or above the threshold."""
        cut = self.threshold if threshold is None else threshold
        out: list[dict[str, float]] = [{} for _ in texts]
        for kind, probabilities in self.predict_proba(texts).items():
            for index, probability in enumerate(probabilities):
                if probability >= cut:
                    out[index][kind] = float(probability)
        return out

    def explain(self, text: str, kind: str, top_n: int = 8) -> dict:
        """The features of `text` that weigh most towards `kind`, with the probability."""
        import numpy as np

        if kind not in self.models_:
            return {"type": kind, "probability": 0.0, "top_features": []}
        row = self._features([text])
        model = self.models_[kind]
        names = np.concatenate([v.get_feature_names_out() for v in self.vectorizers_])
        contributions = row.multiply(model.coef_[0]).tocsr()
        order = np.argsort(-contributions.data)[:top_n]
        top = [(str(names[contributions.indices[i]]), round(float(contributions.data[i]), 3)) for i in order
               if contributions.data[i] > 0]
        return {"type": kind, "probability": round(float(model.predict_proba(row)[0, 1]), 3), "top_features": top}
