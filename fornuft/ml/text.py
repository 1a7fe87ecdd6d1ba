"""Text normalisation and tokenisation for Norwegian bokmål and English.

Plain functions on strings, no state, no Django. The same normalisation is used for
training and prediction, so a model never sees text prepared two different ways.

- `normalize(text)`: Unicode NFKC, unified quotes/dashes, no control characters,
  collapsed whitespace.
- `tokenize(text)`: lower-cased word tokens (letters incl. æøå, digits, inner hyphens).
- `fold(text)`: an ASCII-ish key for tolerant matching ("Bjørn" and "Bjorn" and
  "Bjoern" all fold to "bjorn"; "æ"/"ae" → "ae", "å"/"aa" → "a" ...).
- `fuzzy_equal(a, b)`: True when two strings are equal after folding.
- `strip_quoted(text)`: drops quoted reply history and a trailing signature, so a model
  sorts on what the sender wrote now.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")
_TOKEN = re.compile(r"[0-9a-zæøåäöüéèáàóòç]+(?:[-'][0-9a-zæøåäöüéèáàóòç]+)*", re.IGNORECASE)

# Folding: Norwegian letters and their ASCII spellings meet in one key.
_FOLD_MULTI = (("aa", "a"), ("ae", "a"), ("oe", "o"), ("ue", "u"))
_FOLD_SINGLE = (("æ", "a"), ("ø", "o"), ("å", "a"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("é", "e"), ("è", "e"),
                ("á", "a"), ("à", "a"), ("ó", "o"), ("ò", "o"), ("ç", "c"), ("ß", "s"))
_COMBINING = re.compile("[\u0300-\u036f]")


def normalize(text: str, *, keep_newlines: bool = True) -> str:
    """Returns `text` in NFKC form with unified quotes/dashes, no control characters and
    collapsed whitespace (single blank lines kept when `keep_newlines`)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    if not keep_newlines:
        return " ".join(text.split())
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def tokenize(text: str, *, min_length: int = 1) -> list[str]:
    """Returns the lower-cased word tokens of `text` (æøå kept, punctuation dropped)."""
    return [t for t in _TOKEN.findall(text.lower()) if len(t) >= min_length]


def fold(text: str) -> str:
    """Returns a lower-case matching key where æ/ae, ø/oe, å/aa (and accents) coincide."""
    text = text or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    if not text.isascii():
        for letter, plain in _FOLD_SINGLE:  # str.replace is much faster than translate() on long text
            if letter in text:
                text = text.replace(letter, plain)
    for multi, single in _FOLD_MULTI:
        text = text.replace(multi, single)
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def fuzzy_equal(a: str, b: str) -> bool:
    """True when `a` and `b` are the same words up to case, accents and æøå spelling."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


@lru_cache(maxsize=8192)
def _folded_phrase(phrase: str) -> str:
    return " ".join(fold(phrase).split())


def fold_for_search(text: str) -> str:
    """`fold` with whitespace collapsed: fold a long text once, then use `phrases_in`."""
    return " ".join(fold(text).split())


def phrases_in(folded_text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases occurring in a text already passed through `fold_for_search`."""
    return [p for p in phrases if _folded_phrase(p) in folded_text]


def contains_any(text: str, phrases: Iterable[str]) -> list[str]:
    """Returns the phrases found in `text`, compared on folded forms (æøå tolerant)."""
    return phrases_in(fold_for_search(text), phrases)


_QUOTE_HEADER = re.compile(
    r"^(on .{4,200} wrote:|den .{4,200} skrev .{0,200}:|.{0,200} skrev f\u00f8lgende:|"
    r"-{2,} ?(original message|opprinnelig melding|forwarded message|videresendt melding) ?-{2,}|"
    r"(from|fra): .{1,200}\n(sent|sendt|date|dato): .{1,200})",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.MULTILINE)
_SIGNATURE = re.compile(r"^(-- ?|_{5,}|sent from my \w+.*|sendt fra min \w+.*)$",
                        re.IGNORECASE | re.MULTILINE)


def strip_quoted(text: str) -> str:
    """Returns the newly written part of a reply: no '>' quoted lines, nothing after an
    "On ... wrote:" / "Den ... skrev:" / "Original message" header, no trailing signature
    block. Returns the original text if stripping would leave nothing."""
    if not text:
        return ""
    kept = _QUOTED_LINE.sub("", text)
    match = _QUOTE_HEADER.search(kept)
    if match and match.start() > 0:
        kept = kept[: match.start()]
    match = _SIGNATURE.search(kept)
    if match and match.start() > 0:
        kept = kept[: match.start()]
    kept = kept.strip()
    return kept or text.strip()


def truncate(text: str, limit: int) -> str:
    """Returns at most `limit` characters, cut at a word boundary where one is near."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit * 0.8 else limit]
