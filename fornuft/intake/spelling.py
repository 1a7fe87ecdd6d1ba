"""Pronunciations from the spelling, for catalogue words PocketSphinx's dictionary lacks.

A catalogue names its products in the company's own words: brand names ("Nordlys"), Norwegian
compounds ("varmepumpe"), abbreviations. Without a pronunciation the decoder can never hear
them, so the offer model would leave them out. This guesses two from the letters with plain
letter-to-sound rules (CMU ARPAbet phones, longest spelling first): the word read the way it is
written in Norwegian and most European languages, and read as an English speaker would read an
unknown word. A guess is rough, but a product name heard roughly is matched by the catalogue's
fuzzy matching; a name not heard at all is lost."""

from __future__ import annotations

VERSION = 1  # part of the cached offer model's file name: a change to the rules builds it again

CONSONANTS = {
    "tch": "CH", "sch": "SH", "skj": "SH", "kj": "SH", "sj": "SH", "sh": "SH", "ch": "CH", "th": "TH",
    "ph": "F", "ng": "NG", "nk": "NG K", "ck": "K", "qu": "K W", "wh": "W", "gj": "Y", "hj": "Y", "dt": "T",
    "b": "B", "c": "K", "d": "D", "f": "F", "g": "G", "h": "HH", "j": "Y", "k": "K", "l": "L", "m": "M",
    "n": "N", "p": "P", "q": "K", "r": "R", "s": "S", "t": "T", "v": "V", "w": "W", "x": "K S", "z": "Z",
}
DIPHTHONGS = {"ei": "AY", "ai": "AY", "au": "AW", "øy": "OY", "oy": "OY", "oi": "OY", "ee": "IY", "oo": "UW",
              "ou": "AW", "ea": "IY", "ie": "IY"}
# one vowel letter: as written in Norwegian (and most European languages) / as English reads it
VOWELS = {
    "written": {"a": "AA", "e": "EH", "i": "IY", "o": "OW", "u": "UW", "y": "IY", "æ": "EH", "ø": "ER",
                "å": "AO", "ä": "EH", "ö": "ER", "ü": "UW", "é": "EY"},
    "english": {"a": "AE", "e": "EH", "i": "IH", "o": "AA", "u": "AH", "y": "IY", "æ": "AE", "ø": "ER",
                "å": "AO", "ä": "EH", "ö": "ER", "ü": "UW", "é": "EY"},
}
SOFT_C = "eiy"  # c before these is /s/


def pronounce(word: str, reading: str = "written") -> str | None:
    """ARPAbet phones for `word` in one `reading` ("nordlys" → "N OW R D L IY S"), or None when
    it has no letters to say."""
    word = word.lower()
    rules = {**CONSONANTS, **DIPHTHONGS, **VOWELS[reading]}
    longest = max(map(len, rules))
    phones: list[str] = []
    i = 0
    while i < len(word):
        letter = word[i]
        if i and letter == word[i - 1] and letter in CONSONANTS:
            i += 1  # a doubled consonant is said once
            continue
        for size in range(min(longest, len(word) - i), 0, -1):
            spelling = word[i:i + size]
            if spelling not in rules:
                continue
            if spelling == "c" and word[i + 1:i + 2] and word[i + 1] in SOFT_C:
                phones.append("S")
            elif reading == "english" and spelling == "e" and i == len(word) - 1 and len(word) > 3:
                pass  # a final e is silent in English
            elif reading == "english" and spelling == "o" and word[i + 1:i + 2] == "r":
                phones.append("AO")
            else:
                phones.extend(rules[spelling].split())
            i += size
            break
        else:
            i += 1  # not a letter (an apostrophe): nothing to say
    return " ".join(phones) or None


def pronunciations(word: str) -> list[str]:
    """The distinct readings of `word` (one or two)."""
    found = [pronounce(word, reading) for reading in VOWELS]
    return list(dict.fromkeys(p for p in found if p))
