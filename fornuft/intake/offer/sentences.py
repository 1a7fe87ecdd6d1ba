"""A dictation cut into sentences and clauses, and what each number in a sentence is: a count,
a price, a percent, hours, days, a date or something else (a phone number, a week). The words
around a number decide its role; the units after a count say what it counts."""

from __future__ import annotations

import re

from fornuft.intake import spoken
from fornuft.intake.offer.dates import DAY_WORDS, MONTHS

UNIT_WORDS = {
    "stk": "stk", "stykk": "stk", "stykker": "stk", "pcs": "pcs", "piece": "pcs", "pieces": "pcs", "units": "pcs",
    "unit": "pcs", "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "metrene": "m",
    "løpemeter": "m", "kg": "kg", "kilo": "kg", "liter": "l", "litres": "l", "liters": "l", "sett": "sett",
    "set": "set", "sets": "set", "pakke": "pakke", "pakker": "pakke", "pack": "pack", "packs": "pack",
    "boks": "boks", "esker": "eske", "eske": "eske", "boxes": "box", "box": "box", "rull": "rull",
    "ruller": "rull", "rolls": "roll", "roll": "roll", "m2": "m2", "kvadratmeter": "m2", "kvm": "m2",
    "square": "m2", "timer": "time", "time": "time", "t": "time", "hours": "hour", "hour": "hour", "hrs": "hour",
    "år": "år", "year": "year", "years": "year", "sekk": "sekk", "sekker": "sekk", "bag": "bag", "bags": "bag",
    "sack": "sack", "sacks": "sack", "spann": "spann", "tin": "tin", "tins": "tin", "can": "can", "cans": "can",
    "bucket": "bucket", "buckets": "bucket", "bøtte": "bøtte", "bøtter": "bøtte",
}
HOUR_UNITS = {"timer", "time", "hours", "hour", "hrs", "t", "timers"}
CURRENCY_AFTER = {"kr", "kroner", "nok", "krone", ",-", "kroner,"}
CURRENCY_BEFORE = {"kr", "nok"}
PRICE_BEFORE = {"pris", "price", "priced", "à", "á", "til", "at", "for", "kost", "koster", "costs", "cost"}
PERCENT_WORDS = {"%", "percent", "prosent", "pct", "procent"}
CENT_AFTER_PER = {"cent"}
# "vi sier 850 timen", "tolv kroner meteren": a Norwegian price is said per the unit in its definite form
PER_UNIT_DEFINITE = {"timen", "meteren", "stykket", "dagen", "kvadratmeteren", "løpemeteren", "sekken", "rullen",
                     "settet", "uka", "uken", "måneden"}
# "at 850 an hour", "three hundred a metre", "80 per square metre": a price per unit in English
PER_UNIT_LEADS = {"an", "a", "per", "pr", "the", "each"}
PER_UNITS = {"hour", "metre", "meter", "day", "piece", "unit", "square", "bag", "roll", "sack", "time", "week",
             "month", "m", "m2", "sqm", "item"}


def split_sentences(text: str) -> list[str]:
    # "ti… nei, tolv": a trailing-off pause is a comma, not the end of a sentence
    text = re.sub(r"\s*(?:\.{2,}|…)\s*(?=[a-zæøå,])", ", ", text)
    text = re.sub(r"\s+", " ", text.replace("\r", "\n"))
    parts = re.split(r"(?<!\d)[.!?](?!\d)\s*|\s*[;\n]\s*|(?<=\d)\.\s+(?=[A-ZÆØÅ])", text)
    return [p.strip() for p in parts if p and p.strip()]


SET_WORDS = {"set", "sett", "setter", "settes", "put", "make", "price", "prise", "pris", "prisen"}


def _roles(words: list[str], found: list[spoken.Number]) -> dict[int, str]:
    """What each number is: quantity, price, percent, hours, days, date, phone…"""
    roles: dict[int, str] = {}
    # "set the chargers to 11 500": after a verb of setting a price, "to" leads a price as "til" does
    price_before = PRICE_BEFORE | ({"to"} if set(words) & SET_WORDS else set())
    for index, number in enumerate(found):
        before = words[number.start - 1] if number.start > 0 else ""
        before2 = words[number.start - 2] if number.start > 1 else ""
        after = words[number.end] if number.end < len(words) else ""
        after2 = words[number.end + 1] if number.end + 1 < len(words) else ""
        if after in PERCENT_WORDS or (after == "per" and after2 in CENT_AFTER_PER):
            roles[index] = "percent"
        elif after in CURRENCY_AFTER or before in CURRENCY_BEFORE or (after == "," and after2 == "-"):
            roles[index] = "price"
        elif after in MONTHS or before in MONTHS or (1900 < number.value < 2100 and not number.spoken):
            roles[index] = "date"
        elif after in DAY_WORDS:
            roles[index] = "days"
        elif after in HOUR_UNITS or (after in {"arbeidstimer", "timers"}):
            roles[index] = "hours"
        elif before in price_before and before2 not in {"plus", "pluss", "and", "og"} and number.value >= 50 \
                and after not in UNIT_WORDS:
            roles[index] = "price"
        elif number.value >= 10 and (after in PER_UNIT_DEFINITE or after in PER_UNIT_LEADS and after2 in PER_UNITS
                                     and (number.value >= 20 or before in price_before)):
            roles[index] = "price"
        elif before in {"kl", "klokka", "klokken", "uke", "week", "nummer", "number", "nr", "rom", "room"}:
            roles[index] = "other"
        elif words[number.start] == "one" and before in {"this", "that", "the", "which", "each", "next", "last"}:
            roles[index] = "other"  # "this one is for …": a pronoun, not a count
        elif not number.spoken and number.value >= 10000 and after not in UNIT_WORDS:
            roles[index] = "price"
        else:
            roles[index] = "quantity"
    return roles


def prices_said_in_groups(words: list[str], language: str | None) -> list[str]:
    """"at six fifty an hour", "til ni nitti timen": a price said as two groups, hundreds then the rest,
    where the words around it say it is a price, is one number (650, 990)."""
    found = spoken.numbers_in(words, language)
    out = list(words)
    for first, second in reversed(list(zip(found, found[1:], strict=False))):
        if not (first.spoken and second.spoken and first.end == second.start and first.end - first.start == 1
                and second.end - second.start == 1 and 1 <= first.value <= 9 and 10 <= second.value <= 99):
            continue
        before = words[first.start - 1] if first.start else ""
        after = words[second.end:second.end + 2]
        per_unit = after[:1] and (after[0] in PER_UNIT_DEFINITE or after[0] in CURRENCY_AFTER
                                  or after[0] in PER_UNIT_LEADS and after[1:] and after[1] in PER_UNITS)
        if before in {"at", "til", "à", "for"} and per_unit:
            out[first.start:second.end] = [str(int(first.value * 100 + second.value))]
    return out


def _unit_after(words: list[str], number: spoken.Number) -> str | None:
    if number.end < len(words) and words[number.end] in UNIT_WORDS:
        word = words[number.end]
        if word == "square" and number.end + 1 < len(words) and words[number.end + 1] not in {"metres", "meters"}:
            return None
        return UNIT_WORDS[word]
    return None


def _clauses(words: list[str], found: list[spoken.Number], language: str) -> list[tuple[int, int]]:
    """Token spans of clauses: split at commas, and at "og"/"and"/"plus" before a number."""
    starts_number = {n.start for n in found if not (n.value == 0.5 and n.end - n.start == 2)}
    bounds = [0]
    for i, word in enumerate(words):
        if word in {",", ":"} or (word in {"og", "and", "plus", "pluss", "samt", "also", "også"}
                                   and i + 1 in starts_number):
            bounds.append(i + 1)
        elif word in {"but", "men"} and i > bounds[-1]:
            bounds.append(i)  # "a water heater but they'll keep the old one": what follows 'but' is its own
    bounds.append(len(words) + 1)
    return [(bounds[k], bounds[k + 1] - 1 if bounds[k + 1] <= len(words) else len(words))
            for k in range(len(bounds) - 1)]
