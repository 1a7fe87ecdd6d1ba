"""Swedish, Danish and nynorsk words read together with their bokmål equivalents.

Models here learn mostly from bokmål and English examples; a Swedish "offertförfrågan" or
a Danish "ordrebekræftelse" shares only some letters with "tilbudsforespørsel" or
"ordrebekreftelse". `with_bokmal(text)` appends the bokmål words for the Swedish, Danish
and nynorsk words it finds (from `lexicon_sv_da_nn.txt`, general vocabulary written by
hand), so a model reads both. Plain Python, no Django.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

INFLECTION_CHARS = 3  # "beställningen", "leverantörer", "aftalen": the word plus a short ending
MIN_HITS = 2  # one look-alike word in a bokmål text changes nothing
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """{Swedish/Danish/nynorsk word: bokmål word(s)} (words identical in bokmål are left out)."""
    entries = {}
    for line in Path(__file__).with_name("lexicon_sv_da_nn.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "=" not in line:
            continue
        word, _, bokmal = (part.strip().lower() for part in line.partition("="))
        if word and bokmal and word != bokmal:
            entries[word] = bokmal
    return entries


def _bokmal_for(token: str, words: dict[str, str]) -> str | None:
    if token in words:
        return words[token]
    for cut in range(1, INFLECTION_CHARS + 1):
        stem = token[:-cut]
        if len(stem) >= 4 and stem in words:
            return words[stem]
    return None


def with_bokmal(text: str) -> str:
    """`text`, followed by the bokmål words for its Swedish, Danish and nynorsk words when
    it has at least MIN_HITS of them; otherwise `text` unchanged."""
    words = lexicon()
    found: dict[str, None] = {}
    for token in _WORD.findall(text.lower()):
        bokmal = _bokmal_for(token, words)
        if bokmal:
            found[bokmal] = None
    if len(found) < MIN_HITS:
        return text
    return f"{text}\n{' '.join(found)}"
