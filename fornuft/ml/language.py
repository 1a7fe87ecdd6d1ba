"""Language detection for Norwegian bokmål ("nb"), English ("en") and everything else.

Fast and dependency-free: counts frequent function words of each language and the
Norwegian letters æ/ø/å, and compares the share of tokens they cover. Short or
unrecognisable text gives "other" (or the `default`) rather than a guess.

    >>> detect_language("Hei, kan dere sende oss et tilbud på vask av kontoret?")
    'nb'
    >>> detect_language("Could you please send me the invoice again?")
    'en'
"""

from __future__ import annotations

from dataclasses import dataclass

from fornuft.ml.text import tokenize

NB_STOPWORDS = frozenset("""
og i jeg det at en et den til er som på de med han av ikke der så var meg seg men ett har om vi
min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv
sjøl her alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned
skulle denne for deg si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt
blir samme hvilken hvilke sånn inni mellom vår hver hvem vors hvis både bare enn fordi før mange
også slik vært båe begge siden dykk dykkar dei deira deires deim di då eg ein eitt eitkvart
ikkje ikkj korleis kva kvar kven nokon noka nokre sjølv takk hei hilsen vennlig mvh gjerne
vedlagt faktura tilbud spørsmål trenger ønsker lurer beste jobb søknad forfallsdato beløp
""".split())

EN_STOPWORDS = frozenset("""
the and to of a in is it you that for on with this be are as have at not your we i was will
can from or by an my our please all would there their what so if about which when me they do
any has been but one more were us could should thank thanks regards dear hello hi best kind
just get up out also how he she his her them these those than then only into over who
invoice order payment due attached find question need help support meeting looking forward
""".split())

# Words that are the same in both lists carry no signal.
_SHARED = NB_STOPWORDS & EN_STOPWORDS
NB_ONLY = NB_STOPWORDS - _SHARED
EN_ONLY = EN_STOPWORDS - _SHARED
_NB_LETTERS = frozenset("æøå")


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    confidence: float
    scores: dict


def guess_language(text: str, *, max_chars: int = 4000) -> LanguageGuess:
    """Returns the language ("nb", "en" or "other") with a confidence in [0, 1] and the
    per-language share of tokens that are its function words."""
    sample = text[:max_chars]
    tokens = tokenize(sample)
    if len(tokens) < 2:
        return LanguageGuess("other", 0.0, {"nb": 0.0, "en": 0.0})
    nb_hits: float = sum(1 for t in tokens if t in NB_ONLY)
    en_hits = sum(1 for t in tokens if t in EN_ONLY)
    letters = sum(1 for c in sample.lower() if c in _NB_LETTERS)
    nb_hits += min(letters, len(tokens)) * 0.5
    total = len(tokens)
    nb_share, en_share = nb_hits / total, en_hits / total
    scores = {"nb": round(nb_share, 3), "en": round(en_share, 3)}
    if nb_share >= en_share:
        best, best_share, other_share = "nb", nb_share, en_share
    else:
        best, best_share, other_share = "en", en_share, nb_share
    if best_share < 0.08 or (best_share - other_share) < 0.03:
        return LanguageGuess("other", round(1.0 - best_share, 3), scores)
    confidence = min(1.0, (best_share - other_share) / max(best_share, 1e-9) * min(1.0, total / 8))
    return LanguageGuess(best, round(confidence, 3), scores)


def detect_language(text: str, *, default: str = "other") -> str:
    """Returns "nb", "en", or `default` when the text is neither (or too short to tell)."""
    language = guess_language(text).language
    return default if language == "other" else language
