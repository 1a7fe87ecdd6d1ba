"""Sentiment (negative / neutral / positive) and frustration for short customer messages,
Norwegian bokmål and English.

Two parts:
* `lexicon_sentiment(text)` — word lists with negation, intensifiers, shouting and
  repeated punctuation; needs no training and is what the assistant uses by default;
* `SentimentClassifier` — word + character TF-IDF with logistic regression, trainable on
  labelled sentences (used for the NoReC benchmark and an organization's own labels).

`frustration(text)` is a 0..1 score for *customer* messages only: strong negative words,
complaints about waiting or repetition, shouting, swearing. Plain Python; no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fornuft.ml.stemming import fold, words

_POSITIVE = {fold(w) for w in """bra flott fint supert super glimrende fantastisk utmerket strålende perfekt
fornøyd takknemlig hyggelig hjelpsom hjelpsomme rask raskt enkel enkelt god godt gode beste anbefale
anbefaler elsker likte liker imponert nyttig nyttige tydelig ryddig profesjonell vennlig løst
great good excellent amazing awesome perfect happy pleased helpful fast quick easy love loved like liked
nice thanks thank wonderful fantastic brilliant satisfied useful clear friendly solved""".split()}
_NEGATIVE = {fold(w) for w in """dårlig dårlige elendig elendige forferdelig håpløst håpløs ubrukelig ubrukelige
skuffet skuffende sint irritert irriterende lei frustrert frustrerende treg tregt sent forsinket forsinkelse
feil feilen problem problemer klage klager mangelfull uakseptabelt uakseptabel latterlig tull tøys
skandale skandaløst umulig vanskelig kaos rot aldri ingenting ikke-fungerende stygg kjedelig svak svakt
verst verste misfornøyd misfornøyde dyrt dyr overpriset ødelagt svindel lurt bortkastet kritikk slitsom
bad terrible awful horrible useless disappointed disappointing angry annoyed annoying frustrated frustrating
slow late delayed delay wrong error problem issue complaint unacceptable ridiculous nonsense scandal
impossible difficult mess never nothing broken worst worse poor unhappy expensive overpriced scam waste
hate hated fail failed failure rubbish pathetic""".split()}
_NEGATORS = {fold(w) for w in "ikke ikkje aldri ingen verken not no never none nobody hardly isn't don't doesn't"
             " didn't wasn't can't won't".split()}
_INTENSIFIERS = {fold(w) for w in "veldig svært helt utrolig kjempe så altfor very really so extremely totally"
                 " completely absolutely".split()}
# Words that on their own say the customer is angry, not merely unsure ("elendig", not "drøyt").
_STRONG_WORDS = (r"(elendig|forferdelig|haaploes|ubrukelig|skandal|latterlig|uakseptab|forbann|rasende|"
                     r"sinna|sint|terrible|awful|horrible|useless|ridiculous|unacceptable|pathetic|rubbish|"
                     r"furious|outrag|disgust|disgrace|appalling|shocking)")
_STRONG = re.compile(r"\b" + _STRONG_WORDS)
_STRONG_INTENSIFIER = re.compile(r"\b(skikkelig|helt|sykt|utrolig|kjempe|totally|absolutely|really|so) "
                                 + _STRONG_WORDS)
_SWEAR = re.compile(r"\b(faen|fanden|helvete|jaevla|jaevel|dritt|drit|satan|pokker|shit|fuck\w*|damn|crap|wtf|"
                    r"bullshit|piss)\b")
_FRUSTRATION = re.compile("|".join([
    r"\b(fortsatt|enda|ennaa|stadig) (ikke|ingen|ikkje)", r"\b(tredje|fjerde|femte|flere|mange) gang",
    r"\bhar (ventet|venta)", r"\bventet i", r"\bingen svarer", r"\bsvarer (ikke|ikkje|aldri)",
    r"\bhjelper (ikke|ikkje|ingenting)", r"\bforstaar (du )?(ikke|ikkje|ingenting)", r"\bgaar meg paa nervene",
    r"\bnaa (er det|faar det) nok", r"\bfaar det holde", r"\blei av", r"\bdrit lei", r"\bgidder ikke",
    r"\bunder enhver kritikk", r"\bdette er (helt )?(uakseptabelt|latterlig|for daarlig|utrolig)",
    r"\bstill (not|no|waiting|haven)", r"\b(third|fourth|fifth|several|many) time", r"\bhave (been )?waited",
    r"\bwaiting for (weeks|days|ages|months)", r"\bnobody (answers|replies|responds)", r"\bno one (answers|replies)",
    r"\b(not|isn't|doesn't) help", r"\byou (don't|do not) understand", r"\bfed up", r"\bsick of", r"\bwaste of",
    r"\bthis is (ridiculous|unacceptable|a joke)", r"\bgive me a break", r"\bfor (uker|maaneder|dager) siden",
    r"\b(weeks|months|days) ago", r"\bhver eneste (gang|dag|uke)", r"\bevighet", r"\btakes? (forever|ages)\b",
    r"\bingen (har )?svart",
    r"\b(nobody|no one) (has )?(answered|replied)", r"\bevery single (time|day|week)",
]))


@dataclass(frozen=True)
class Sentiment:
    label: str          # negative | neutral | positive
    score: float        # -1 (negative) .. +1 (positive)
    frustration: float  # 0..1, customer messages only


def lexicon_sentiment(text: str) -> Sentiment:
    """Sentiment and frustration from word lists; robust for one-line chat messages."""
    tokens = [fold(w) for w in words(text)]
    folded = fold(text)
    score = 0.0
    negative_hits = 0
    for i, token in enumerate(tokens):
        polarity = 1.0 if token in _POSITIVE else -1.0 if token in _NEGATIVE else 0.0
        if not polarity:
            continue
        window = tokens[max(0, i - 3):i]
        if any(t in _NEGATORS for t in window):
            polarity = -polarity * (0.8 if polarity > 0 else 0.4)
        if any(t in _INTENSIFIERS for t in window):
            polarity *= 1.5
        score += polarity
        negative_hits += polarity < 0
    swearing = len(_SWEAR.findall(folded))
    patterns = len(_FRUSTRATION.findall(folded))
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7
    exclaim = len(re.findall(r"[!?]{2,}", text))
    score -= 1.5 * swearing + 1.0 * patterns + (1.0 if shouting else 0.0) + 0.5 * min(exclaim, 2)
    normalised = max(-1.0, min(1.0, score / 3.0))
    label = "positive" if normalised >= 0.25 else "negative" if normalised <= -0.25 else "neutral"
    strong = len(_STRONG.findall(folded)) + len(_STRONG_INTENSIFIER.findall(folded))
    frustration = min(1.0, 0.3 * strong + 0.45 * patterns + 0.45 * swearing + 0.3 * shouting + 0.15 * min(exclaim, 2)
                      + 0.2 * min(negative_hits, 3))
    return Sentiment(label, round(normalised, 3), round(frustration, 3))


class SentimentClassifier:
    """Word (1–2) + character (2–5) TF-IDF features with logistic regression."""

    def __init__(self, C: float = 4.0, class_weight: str | None = "balanced", random_state: int = 0):
        self.C = C
        self.class_weight = class_weight
        self.random_state = random_state

    def _pipeline(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1, preprocessor=fold),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, preprocessor=fold),
        )
        return make_pipeline(features, LogisticRegression(C=self.C, max_iter=3000, class_weight=self.class_weight,
                                                          random_state=self.random_state))

    def fit(self, texts, labels) -> SentimentClassifier:
        self.pipeline_ = self._pipeline().fit(list(texts), list(labels))
        self.classes_ = list(self.pipeline_.classes_)
        return self

    def predict(self, texts) -> list[str]:
        return list(self.pipeline_.predict(list(texts)))

    def predict_proba(self, texts):
        return self.pipeline_.predict_proba(list(texts))
