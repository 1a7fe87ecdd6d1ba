"""Tokens for search: lower case, Snowball stems (Norwegian, English) and æøå folding.

Folding happens after stemming so that `møtene` and `moetene` both end as `moet`:
æ→ae, ø→oe, å→aa (the way people type without a Norwegian keyboard), accents dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Hyphens split words ("ISO-sertifisert", "drifts-avtale"): the parts are what articles contain.
# A single letter before the hyphen is no word of its own but part of the name ("e-faktura",
# "b-skatt", "e-post": without it only the common second word is left), so that stays one token.
# Codes mixing letters and digits (TG3, 2B) stay one token.
_WORD = re.compile(r"(?<![^\W_])[^\W\d_]-[^\W\d_]{2,}|"
                   r"[^\W_]*(?:[^\W\d_]\d|\d[^\W\d_])[^\W_]*|[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+(?:'[^\W\d_]+)*",
                   re.UNICODE)
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "u", "ß": "ss"})

STOPWORDS = {
    "nb": set("""og i jeg det at en et den til er som på de med han av ikke der så var meg seg men ett har om vi
    min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her
    alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for deg
    si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni
    mellom vår hver hvem vors hvis både bare enn fordi før mange også slik vært båe begge siden dykk dykkar dei
    deira deires deim di då eg ein eit eitt elles honom hjå ho hoe henne hennar hennes hoss hossen ingi inkje
    korleis korso kva kvar kvarhelst kven kvi kvifor me medan mi mine mykje no nokon noka nokor noko nokre
    si sia sidan so somt somme um upp vere vore verte vort varte vart hei takk lurer lure gjerne litt
    må får går gå tar ta gjør gjøre an finnes mulig mye bør kommer noe hos dokker dokk ka kor kem dæ mæ åssen
    koss kossen kordan korleis hossen ikkje eg æ ej dykk fått få sånt slikt nokka noko egentlig""".split()),
    "en": set("""a an the and or but if of at by for with about to from in on is are was were be been being
    have has had do does did i me my we our you your he she it its they them their what which who whom this
    that these those am will would should can could may might must shall not no so than too very just also
    there here how when where why all any both each more most other some such only own same into over under
    again then once please hi hello thanks thank want wondering does mean should get got need possible much
    many whether anyone someone something tell know let""".split()),
}


@lru_cache(maxsize=2)
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer({"nb": "norwegian", "en": "english"}[language])


def fold(text: str) -> str:
    """Lower-cased text with æøå as ae/oe/aa and other accents removed."""
    text = text.lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Lower-case word tokens (numbers kept, punctuation dropped)."""
    return [match.group(0).replace("-", "") for match in _WORD.finditer(text.lower())]


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    stemmed = _stemmer(language).stemWord(word)
    if language == "nb" and len(stemmed) > 6 and stemmed.endswith("ing"):
        stemmed = stemmed[:-3]  # parkering ~ parkere, måling ~ måle: Snowball keeps -ing
    return fold(stemmed)


def _is_stopword(word: str) -> bool:
    folded = fold(word)
    return word in STOPWORDS["nb"] or word in STOPWORDS["en"] or folded in _FOLDED_STOPWORDS


_FOLDED_STOPWORDS = {fold(w) for ws in STOPWORDS.values() for w in ws}


def terms(text: str, language: str | None = None, *, keep_stopwords: bool = False) -> list[str]:
    """Search terms of `text`: stemmed in `language`, or in both languages (deduplicated per
    word) when the language is unknown, as for a query."""
    result: list[str] = []
    for word in words(text):
        if not keep_stopwords and _is_stopword(word):
            continue
        if language in ("nb", "en"):
            result.append(stem(word, language))
        else:
            nb, en = stem(word, "nb"), stem(word, "en")
            result.append(nb)
            if en != nb:
                result.append(en)
    return result


def term_groups(text: str, language: str | None = None) -> list[tuple[str, ...]]:
    """Query terms grouped per word: each word gives its Norwegian and English stems (or only the
    stem in `language`), so a word counts once however many stems it has."""
    groups: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    for word in words(text):
        if _is_stopword(word):
            continue
        if language in ("nb", "en"):
            group: tuple[str, ...] = (stem(word, language),)
        else:
            group = tuple(dict.fromkeys((stem(word, "nb"), stem(word, "en"))))
        if group not in seen:
            seen.add(group)
            groups.append(group)
    return groups
