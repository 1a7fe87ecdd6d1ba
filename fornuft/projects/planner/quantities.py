"""How many like units a deliverable covers, and how that scales its hours.

A template or a past task is sized for one unit of work: one energy certificate, one building
surveyed. "Energiattester for 240 boenheter" or "condition surveys of 6 buildings" is many such
units, and a plan that counts it as one finds any deadline reachable. Repeats are cheaper than
the first (the same drawings, one trip, one report format), so each unit after the first adds
REPEAT_SHARE of the first one's hours: 12 units take 1 + 11 × 0.25 = 3.75 times as long.

Only a number in front of a word for a countable unit counts ("400 leiligheter", "tre bygg",
"12 houses"); "10 år", "4 000 m²", "uke 14", "NS 3424" and "2 etasjer" do not.
"""

from __future__ import annotations

import re

REPEAT_SHARE = 0.25
MAX_UNITS = 5000

_NUMBER_WORDS = {
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
    "elleve": 11, "tolv": 12, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# Countable units of work, singular and plural stems (a unit word may end a compound: "boligblokker").
_UNITS = (
    r"leilighet(?:er|ene)?|bolig(?:er|ene)?|boenhet(?:er|ene)?|enhet(?:er|ene)?|rekkehus(?:ene)?|"
    r"eneboliger|hus(?:ene)?|bygg(?:ene)?|bygning(?:er|ene)?|blokk(?:er|ene)?|eiendom(?:mer|mene)?|"
    r"skoler|barnehager|butikker|kontorer|anlegg|lokasjoner|"
    r"apartments?|flats?|dwellings?|homes?|houses?|units?|buildings?|blocks?|properties|property|"
    r"schools?|stores?|shops?|offices?|sites?|locations?|premises"
)
_COUNT = re.compile(
    r"(?i)(?<![\w.,])(?P<n>\d{1,4}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:(?P<between>\w+)\s+)?"
    r"(?P<unit>\w*(?:" + _UNITS + r"))\b"
)
# "NS 3940 per bygg", "uke 14 i alle bygg": a number that belongs to the word before it, or a
# distributive word between number and unit, is no count.
_NOT_BETWEEN = frozenset({"per", "pr", "i", "in", "på", "on", "of", "av", "for", "etter", "each", "hvert", "hver"})
_NUMBERED = re.compile(r"(?:\b[A-ZÆØÅ]{2,}|(?i:\b(?:uke|week|nr|no|kl|tek|side|page)\.?)|§)\s*$")


def unit_count(text: str) -> int:
    """The number of like units the text names (the largest, if several); 1 when none."""
    best = 1
    for match in _COUNT.finditer(text):
        if (match.group("between") or "").lower() in _NOT_BETWEEN:
            continue
        if _NUMBERED.search(text[max(0, match.start() - 12):match.start()]):
            continue
        raw = match.group("n").lower()
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        if 2 <= n <= MAX_UNITS:
            best = max(best, n)
    return best


def scale(units: int) -> float:
    """How many times one unit's hours `units` like units take."""
    return 1 + (max(units, 1) - 1) * REPEAT_SHARE
