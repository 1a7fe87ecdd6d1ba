"""The scam-text model of the phishing shield: how much a message *reads like* fraud.

Many fraud mails pass SPF/DKIM/DMARC from the fraudster's own domain and carry no link
tricks or attachments; only their wording gives them away (a prize to claim, an account
to verify, a fee to pay, a video to keep secret). This model learns that wording from
hand-written seed texts (`fornuft/mail/seed/phishing/`, nb + en) against legitimate
mail (the category seed files plus look-alike legitimate notices), with the platform's
`fornuft.ml.classifier.TextClassifier` (word 1–2-grams, TF-IDF, logistic regression,
temperature-calibrated).

At scoring time scikit-learn is not needed: the fitted model is a linear function of
TF-IDF features, so it is exported once to plain data (feature → idf, weight) and saved,
signed, through `fornuft.ml.persistence` under
`FORNUFT_HOME/models/mail/scam-<fingerprint>.fornuft`. Scoring one message is then a
tokenisation and some dictionary look-ups (tens of microseconds), and the reason
can name the words that pushed it towards "scam".

    model = scam_model()
    model.score("Subject: You have won\\nClaim your prize now")  # → ScamScore(probability, top_features)
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fornuft.ml.classifier import _WORD_PATTERN

logger = logging.getLogger(__name__)

SEED_DIR = Path(__file__).resolve().parent / "seed" / "phishing"
FORMAT_VERSION = 2
MAX_CHARS = 2000
_TOKEN = re.compile(_WORD_PATTERN)
_lock = threading.Lock()
_memory: dict[str, ScamModel] = {}

# Words too common to explain anything on their own (left out of the reasons only).
_FUNCTION_WORDS = frozenset("""
a an the and or of to in on at for from by with is are be been was were it this that these your you we our us
i me my he she they them his her its as if not no do does can will would should please have has had here there
subject re fw fwd hi hello dear
og i på til for fra med av er var har det den de du deg din ditt dine vi oss vår vårt våre jeg meg min en et
ikke som kan vil skal må hei kjære sv vs
""".split())

# Generic framing added to copies of the seed texts so the model learns that greetings,
# footers and reply prefixes say nothing either way (they appear in both classes).
_OPENINGS = ["Hi,", "Hello,", "Dear customer,", "Hei,", "Kjære kunde,", "Good morning,"]
_FOOTERS = [
    "You received this e-mail because you are registered with us. Unsubscribe here.",
    "Du mottar denne e-posten fordi du er registrert hos oss. Meld deg av her.",
    "© 2025 All rights reserved. Privacy policy | Contact us",
    "Best regards\nCustomer Service",
    "Med vennlig hilsen\nKundeservice",
]


def view(text: str) -> str:
    """What the model reads: the first MAX_CHARS characters in NFKC form, lower-cased.
    (The classifier's own `prepare_text` also unifies quotes and whitespace, which changes
    no word token; doing without it here keeps scoring cheap.)"""
    text = text[:MAX_CHARS]
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return text.lower()

_BULK_HEADERS = [
    "View this e-mail in your browser",
    "Having trouble reading this message? View it online.",
    "Se e-posten i nettleseren",
    "Add us to your address book to make sure our e-mails reach your inbox.",
]
_BULK_FOOTERS = [
    "This message was sent to you as a registered user. If you no longer wish to receive e-mails from us, "
    "update your preferences or unsubscribe. Our privacy policy explains how we use your data.\n"
    "Company Ltd, 12 Harbour Street, London. All rights reserved.",
    "Denne e-posten ble sendt til deg fordi du har et kundeforhold til oss. Du kan reservere deg mot "
    "markedsføring under Min side. Personvernerklæring | Kontakt oss\nFirma AS, Storgata 1, 0155 Oslo",
    "Please do not reply to this e-mail; this mailbox is not monitored. For questions, contact customer service. "
    "Terms and conditions apply. © 2025",
    "Follow us on Facebook, Instagram and LinkedIn. Download our app. Unsubscribe | Privacy | Help",
]

@dataclass
class ScamScore:
    probability: float
    top_features: list[str]


class ScamModel:
    """A fitted linear TF-IDF model as plain data (see module docstring)."""

    def __init__(self, features: dict[str, tuple[float, float]], intercept: float, temperature: float,
                 ngram_max: int = 2, metadata: dict | None = None):
        self.features = features  # feature -> (idf, coefficient towards "scam")
        self.intercept = intercept
        self.temperature = temperature or 1.0
        self.ngram_max = ngram_max
        self.metadata = metadata or {}

    # The same analysis as scikit-learn's TfidfVectorizer(analyzer="word", sublinear_tf=True,
    # norm="l2") with the classifier's token pattern on `view(text)`; tests check both agree.
    def _terms(self, text: str) -> Counter:
        tokens = _TOKEN.findall(view(text))
        terms = Counter(tokens)
        for n in range(2, self.ngram_max + 1):
            terms.update(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
        return terms

    def logit(self, text: str) -> float:
        """The raw score (before the temperature) that `score` turns into a probability."""
        norm = total = 0.0
        for term, count in self._terms(text).items():
            entry = self.features.get(term)
            if entry is not None:
                value = (1.0 + math.log(count)) * entry[0]
                norm += value * value
                total += value * entry[1]
        return total / (math.sqrt(norm) or 1.0) + self.intercept

    def score(self, text: str, top_n: int = 3, explain_from: float = 0.0) -> ScamScore:
        """The probability that `text` is a scam, and (when it is at least `explain_from`)
        the `top_n` words that pushed it most towards "scam"."""
        contributions = []
        norm = 0.0
        total = 0.0
        features = self.features
        for term, count in self._terms(text).items():
            entry = features.get(term)
            if entry is None:
                continue
            value = (1.0 + math.log(count)) * entry[0]
            norm += value * value
            contribution = value * entry[1]
            total += contribution
            if contribution > 0:
                contributions.append((contribution, term))
        norm = math.sqrt(norm) or 1.0
        logit = (total / norm + self.intercept) / self.temperature
        probability = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))
        telling: list[str] = []
        if probability >= explain_from:
            contributions.sort(reverse=True)
            for _contribution, term in contributions:
                if not all(w in _FUNCTION_WORDS or w.isdigit() for w in term.split()):
                    telling.append(term)
                    if len(telling) == top_n:
                        break
        return ScamScore(round(probability, 4), telling)

    # What a model file holds (fornuft.ml.persistence, skops): arrays, not a dict of
    # thousands of entries, so a file loads in milliseconds.
    def __getstate__(self) -> dict:
        import numpy as np

        terms = list(self.features)
        return {"format": FORMAT_VERSION, "terms": np.array(terms, dtype=str),
                "idf": np.array([self.features[t][0] for t in terms], dtype=float),
                "coef": np.array([self.features[t][1] for t in terms], dtype=float),
                "intercept": float(self.intercept), "temperature": float(self.temperature),
                "ngram_max": int(self.ngram_max), "metadata": json.dumps(self.metadata)}

    def __setstate__(self, state: dict) -> None:
        if state.get("format") != FORMAT_VERSION:
            raise ValueError("scam-text model of another format version")
        self.features = {str(term): (float(idf), float(coef))
                         for term, idf, coef in zip(state["terms"], state["idf"], state["coef"], strict=True)}
        self.intercept, self.temperature = float(state["intercept"]), float(state["temperature"]) or 1.0
        self.ngram_max, self.metadata = int(state["ngram_max"]), json.loads(state["metadata"] or "{}")


# -- seed data ----------------------------------------------------------------------------
def _read(path: Path) -> list[str]:
    from fornuft.mail.seed import read_examples

    return read_examples(path)


def _pick(options: list[str], text: str, salt: str) -> str:
    return options[hashlib.sha256((salt + text).encode()).digest()[0] % len(options)]


def _framed(text: str, i: int) -> list[str]:
    """Deterministic variants of one example: with an opening line, with a footer, or
    wrapped in the boilerplate of bulk mail (both classes get the same framing)."""
    subject, newline, body = text.partition("\n")
    variants = []
    if i % 2 == 0 and subject.startswith("Subject:") and newline:
        variants.append(f"{subject}\n{_pick(_OPENINGS, text, 'open')}\n{body}")
    if i % 3 == 1:
        variants.append(f"{text}\n\n{_pick(_FOOTERS, text, 'foot')}")
    if i % 3 == 2 and newline:
        variants.append(f"{subject}\n{_pick(_BULK_HEADERS, text, 'bulk')}\n{body}\n\n"
                        f"{_pick(_BULK_FOOTERS, text, 'bulkfoot')}")
    return variants


def seed_examples() -> list[tuple[str, str]]:
    """(text, "scam" | "ham") for training: the scam seed texts, the look-alike legitimate
    texts and every category seed example, each with deterministic framing variants."""
    from fornuft.mail.seed import load_seed_examples

    examples: list[tuple[str, str]] = []
    for path in sorted(SEED_DIR.glob("*.txt")):
        label = "scam" if path.stem.startswith("scam") else "ham"
        for i, text in enumerate(_read(path)):
            examples.append((text, label))
            examples.extend((variant, label) for variant in _framed(text, i))
    examples.extend((text, "ham") for text, _category in load_seed_examples(augment=True))
    for i, (text, _category) in enumerate(load_seed_examples(augment=False)):
        examples.extend((variant, "ham") for variant in _framed(text, i) if i % 2 == 1 or i % 3 == 2)
    return examples


@cache
def fingerprint() -> str:
    from fornuft.mail.seed import SEED_DIR as CATEGORY_DIR

    digest = hashlib.sha256(str(FORMAT_VERSION).encode())
    for path in sorted(SEED_DIR.glob("*.txt")) + sorted(CATEGORY_DIR.glob("*.txt")) + [Path(__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# -- training -----------------------------------------------------------------------------
def new_classifier():
    from fornuft.ml.classifier import TextClassifier

    return TextClassifier(word_ngram_range=(1, 1), char_ngram_range=None, min_df=1, max_features=None, C=5.0,
                          class_weight="balanced", max_chars=MAX_CHARS * 2, calibrate=False, random_state=0)


def export(classifier) -> ScamModel:
    """The fitted binary TextClassifier as plain data."""
    if list(classifier.classes_) != ["ham", "scam"]:
        raise ValueError(f"expected classes ham/scam, got {classifier.classes_}")
    vectorizer = classifier.vectorizers_[0]
    coef = classifier.model_.coef_[0]
    idf = vectorizer.idf_
    features = {term: (float(idf[index]), float(coef[index])) for term, index in vectorizer.vocabulary_.items()}
    return ScamModel(features, float(classifier.model_.intercept_[0]), float(classifier.temperature_),
                     int(vectorizer.ngram_range[1]))


def _group(text: str) -> str:
    """Variants of one seed example share their first line (the subject): folds keep them together."""
    return text.strip().split("\n", 1)[0][:80]


def grouped_temperature(texts: list[str], labels: list[str], folds: int = 5) -> float:
    """The temperature that minimises log-loss on out-of-fold scores, with every seed
    example and its variants in the same fold (a plain stratified split lets a variant
    of a training text into the test fold and makes the model look surer than it is)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    y = np.array([1.0 if label == "scam" else 0.0 for label in labels])
    scores = np.zeros(len(texts))
    for train_index, test_index in GroupKFold(n_splits=folds).split(texts, y, [_group(t) for t in texts]):
        fold_model = export(new_classifier().fit([texts[i] for i in train_index], [labels[i] for i in train_index]))
        for i in test_index:
            scores[i] = fold_model.logit(texts[i])
    best, best_loss = 1.0, math.inf
    for t in np.exp(np.linspace(math.log(0.1), math.log(10.0), 60)):
        p = np.clip(1.0 / (1.0 + np.exp(-scores / t)), 1e-9, 1 - 1e-9)
        loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        if loss < best_loss:
            best, best_loss = float(t), loss
    return best


def train(examples: list[tuple[str, str]] | None = None, *, calibrate: bool = True) -> ScamModel:
    examples = examples if examples is not None else seed_examples()
    texts = [view(text) for text, _label in examples]
    labels = [label for _text, label in examples]
    model = export(new_classifier().fit(texts, labels))
    if calibrate:
        model.temperature = grouped_temperature(texts, labels)
    model.metadata = {"training_examples": len(examples), "scam_examples": labels.count("scam"),
                      "temperature": round(model.temperature, 4)}
    return model


MODEL_KIND = "fornuft.mail.scam"
TRUSTED_TYPES = ("fornuft.mail.scam.ScamModel",)


def model_dir() -> Path | None:
    """FORNUFT_HOME/models/mail (from Django settings when configured), or None."""
    try:
        from django.conf import settings

        if settings.configured:
            return Path(settings.FORNUFT_MODEL_DIR) / "mail"
    except ImportError:  # pragma: no cover - Django is a dependency
        pass
    home = os.environ.get("FORNUFT_HOME")
    return Path(home).expanduser() / "models" / "mail" if home else None


def signing_key() -> bytes:
    from fornuft.config.environment import installation_model_signing_key

    return installation_model_signing_key()


def load_file(path: Path) -> ScamModel:
    """A saved scam-text model (raises `fornuft.ml.persistence.ModelFileError`)."""
    from fornuft.ml.persistence import load_model

    model, _header = load_model(path, kind=MODEL_KIND, key=signing_key(), require_same_sklearn=False,
                                trusted_types=TRUSTED_TYPES)
    return model


def seed_file_name() -> str:
    return f"scam-{fingerprint()}.fornuft"


def scam_model() -> ScamModel:
    """The seed-trained model: from memory, from its signed file, or trained now (a few
    seconds, once per seed-data version; the nightly task and the first message do it,
    never a web request) and saved through `fornuft.ml.persistence`. Organizations'
    registered versions (`fornuft.mail.training.ScamTextTrainer`) are copies of it."""
    from fornuft.ml.persistence import ModelFileError, save_model

    key = fingerprint()
    model = _memory.get(key)
    if model is not None:
        return model
    with _lock:
        if key in _memory:
            return _memory[key]
        folder = model_dir()
        path = folder / seed_file_name() if folder else None
        model = None
        if path and path.exists():
            try:
                model = load_file(path)
            except (ModelFileError, ValueError) as exc:
                logger.info("retraining the scam-text model: %s", exc)
        if model is None:
            model = train()
            if path:
                try:
                    save_model(model, path, kind=MODEL_KIND, key=signing_key(), metadata=model.metadata)
                except OSError as exc:
                    logger.warning("could not save the scam-text model at %s: %s", path, exc)
        _memory.clear()
        _memory[key] = model
        return model
