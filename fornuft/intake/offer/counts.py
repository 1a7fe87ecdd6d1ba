"""How many of a product a dictation orders: a count said alone in its own clause ("to stykk",
"three of them", "ti timer" after a labour line), "twice" as a count, a size that names the
product rather than counting it ("bereder, 120 liter", "a fifteen metre HDMI cable"), hire
periods in the product's own unit, and counts meant per room or flat ("to punkter per
leilighet")."""

from __future__ import annotations

import re

from fornuft.intake import spoken
from fornuft.intake.catalogue import Product, fold, stem, words_of
from fornuft.intake.offer.dates import DAY_WORDS
from fornuft.intake.offer.quote import OfferLine
from fornuft.intake.offer.self_corrections import FILLERS
from fornuft.intake.offer.sentences import UNIT_WORDS

COUNT_WORDS = {"stykk", "stk", "styk", "pieces", "piece", "pcs", "units", "unit", "of", "them", "those", "av",
               "dem", "disse", "i", "alt", "total", "in", "all", "altså", "så", "so", "x", "gang", "ganger", "times",
               "sets", "set", "sett", "stykker", "til", "sammen", "altogether", "together", "alle", "sum",
               "as", "well", "også", "too", "likeså"}
# words a speaker puts before an estimated count: "si cirka åtte timer", "let's say six hours", "about twenty"
HEDGE_WORDS = {"regn", "med", "la", "oss", "si", "sier", "ca", "cirka", "omtrent", "rundt", "anslagsvis", "vel",
               "let's", "lets", "let", "us", "say", "s", "about", "around", "roughly", "approximately", "approx",
               "maybe",
               "kanskje", "we'll", "we", "vi", "put", "make", "it", "det", "blir", "that's", "thats", "is", "er"}
# "once", "twice": a count of visits or call-outs said as one word
TIMES_WORDS = {"once": "1", "twice": "2", "thrice": "3"}
# units of size: "a hundred and twenty litres" after a water heater says which heater, not how many
SIZE_UNITS = {"cm", "centimeter", "centimetre", "centimeters", "centimetres",
              "l", "liter", "litre", "litres", "liters", "literen", "kw", "mm", "tommer", "inch", "inches", "w",
              "watt", "watts", "kilowatt", "kwh", "kilowattime", "kilowattimer"}
# words between a product's name and the size said after it: "laderne, tjueto kilowatt", "panelene på 410 watt"
_SPEC_LINKS = {",", "på", "at", "of", "med", "with", "the", "de", "den"}
LENGTH_UNITS = {"m", "meter", "meters", "metre", "metres", "metrene", "løpemeter"}
DAY_UNITS = {"dag", "dager", "dagen", "day", "days", "døgn"}
RESTATEMENT_WORDS = {"so", "altså", "dvs", "i.e", "totalt", "total"}
DISTRIBUTIVE_WORDS = {"per", "each", "hver", "hvert", "hvers", "every"}
PRICE_CONTEXT = {"at", "for", "til", "à", "an", "a", "per", "pr", "the", "each", "kr", "kroner", "nok", "hour", "metre",
                 "meter", "day", "piece", "unit", "square", "timen", "meteren", "stykket", "dagen", "kvadratmeteren",
                 "price", "pris", "prisen", "say", "sier", "sett", "set"}


def _is_hourly(unit: str | None) -> bool:
    return (unit or "").lower() in {"time", "timer", "hour", "hours", "t", "h"}


def _hire_period(unit: str | None) -> int | None:
    """Days in the period a product is hired by: "uke" 7, "måned" 30."""
    return DAY_WORDS.get((unit or "").lower().rstrip("."), {"mnd": 30}.get((unit or "").lower().rstrip(".")))


def _is_daily(unit: str | None) -> bool:
    return (unit or "").lower() in {"dag", "dager", "day", "days", "døgn"}


def times_as_counts(words: list[str]) -> list[str]:
    """"twice" → "2 times", so a count of visits reads like any other count."""
    out: list[str] = []
    for word in words:
        out.extend([TIMES_WORDS[word], "times"] if word in TIMES_WORDS else [word])
    return out


def is_size_of(words: list[str], number: spoken.Number, product: Product | None) -> bool:
    """Whether a number with a size unit ("300 liter", "eleven kW") is a size the product's own name or
    description states, and so names the product rather than counting it."""
    if product is None or number.end >= len(words) or number.value != int(number.value):
        return False
    digits, after = str(int(number.value)), fold(words[number.end])
    text = fold(f"{product.name} {product.description}")
    if words[number.end] in SIZE_UNITS:
        return digits in re.findall(r"\d+", text)
    if words[number.end] in LENGTH_UNITS and product.unit.lower() not in LENGTH_UNITS:
        # "five-metre HDMI cables" sold by the piece: the length names the cable, the count comes elsewhere
        return bool(re.search(rf"(?<!\d){digits} ?m\b", text))
    # "datarack tolv U" for "Datarack 12U", "a twenty four port patch panel" for "Patchpanel 24 porter"
    return bool(after.isalpha() and re.search(rf"(?<!\d){digits} ?{re.escape(after)}", text))


def _bare_quantity(words, clause, clause_numbers, roles, line: OfferLine | None = None,
                   restated: bool = False) -> float | None:
    """The count of a clause that says nothing but a count ("to stykk", "three of them", "ti timer" after
    a labour line, "to dager" after a hire by the day), else None. A price said with it ("thirty-five
    hours at 850 an hour") is the line's price, not another count. A restatement may name what it counts
    in a word of its own ("så åtti planter", "so six downpipes")."""
    prices = [n for i, n in clause_numbers if roles[i] == "price"]
    clause_numbers = [(i, n) for i, n in clause_numbers if roles[i] != "price"]
    if len(clause_numbers) != 1 or len(prices) > 1:
        return None
    role = roles[clause_numbers[0][0]]
    unit = line.unit if line is not None else None
    if role not in {"quantity", "hours", "days"}:
        return None
    if role == "hours" and unit and not _is_hourly(unit) or role == "days" and not _is_daily(unit):
        return None
    number = clause_numbers[0][1]
    if line is not None and number.end < len(words) and words[number.end] in SIZE_UNITS and \
            number.value == int(number.value) and str(int(number.value)) in re.findall(r"\d+", line.description):
        return None  # "Varmtvannsbereder, 120 liter": the size of the heater just named
    said_price = {i for n in prices for i in range(n.start, n.end)}
    if prices:  # "at 850 an hour", "til 45 kroner meteren": the words that say the price
        said_price |= {i for i in range(clause[0], clause[1]) if words[i] in PRICE_CONTEXT}
    # "en per leilighet", "one bag per bed": the group it is counted by (see _per_group)
    grouped = {j for i in range(clause[0], clause[1] - 1) if words[i] in DISTRIBUTIVE_WORDS
               for j in (i - 1, i, i + 1) if j >= clause[0] and (
                   words[j] in DISTRIBUTIVE_WORDS | {"på", "i", "in", "for", "til"} or j == i + 1)}
    rest = [w for i, w in enumerate(words[clause[0]:clause[1]], start=clause[0])
            if not number.start <= i < number.end and i not in said_price and i not in grouped and w not in FILLERS
            and w not in COUNT_WORDS and w not in UNIT_WORDS and w not in HEDGE_WORDS and w not in DAY_UNITS
            and re.match(r"[a-zæøå]", w)]
    if line is not None:  # "Barkflis storsekk, fire storsekker": a word of the product's own name
        own = {stem(w) for w in words_of(line.description) if w.isalpha()}
        rest = [w for w in rest if stem(fold(w)) not in own]
    if restated and len(rest) == 1 and number.end < clause[1] and words[number.end] == rest[0]:
        rest = []  # "så åtti planter": the thing counted, named in a word of its own
    measured = number.end < len(words) and words[number.end] in UNIT_WORDS  # "2 500 meter" is a count too
    if rest or not (0 < number.value <= 1000 or measured and number.value > 0):
        return None
    return number.value


# "like mange", "as many", "the same number of": the count said just before
SAME_COUNT = (("like", "mange"), ("like", "mye"), ("as", "many"), ("as", "much"),
              ("the", "same", "number", "of"), ("samme", "antall"))


def same_count_as_before(words: list[str], language: str | None, last_count: float | None) -> list[str]:
    """"Fem opphøyde bed, og like mange sekker jord" → "… og 5 sekker jord": the count said before in the
    sentence, else the count of the line before."""
    out = list(words)
    for i in range(len(out)):
        phrase = next((p for p in SAME_COUNT if tuple(out[i:i + len(p)]) == p), None)
        if phrase is None:
            continue
        before = [n for n in spoken.numbers_in(out[:i], language) if n.value >= 1]
        count = before[-1].value if before else last_count
        if count:
            out[i:i + len(phrase)] = [f"{count:g}"]
    return out


def _per_group(words: list[str], found: list[spoken.Number], clause: tuple[int, int], matches,
               clauses: list[tuple[int, int]] = (), said_before: list[tuple[float, list[str]]] = ()) -> float:
    """How many times a clause's count is meant: "tolv leiligheter, to punkter per leilighet" (24),
    "three rooms, each gets a camera" (3), "tre PC-er med dokkingstasjon til hver" (3), "stoppekran, en
    per leilighet, seks leiligheter" (6). 'per X' takes the count of X said before, else after; a bare
    'each'/'hver' the last count before the clause. A distributive that leads a list ("på hvert bad ett
    toalett, en servant og ett sluk") holds for each item of it counted as one. Words inside a product's
    name ("Driftsavtale per bruker") and prices per unit ("kroner per meter") don't count. `said_before`:
    the counts of earlier sentences with the words after them ("Three rooms. … one per room as well")."""
    own = _group_in(words, found, clause, matches, said_before)
    if own is not None:
        return own
    return _carried_group(words, found, clause, matches, clauses) or 1.0


def _group_in(words: list[str], found: list[spoken.Number], clause: tuple[int, int], matches,
              said_before: list[tuple[float, list[str]]] = ()) -> float | None:
    named = {i for m in matches for i in range(m.start, m.end)}
    earlier = [n for n in found if n.end <= clause[0] and n.value >= 2 and n.value == int(n.value)]
    later = [n for n in found if n.start >= clause[1] and n.value >= 2 and n.value == int(n.value)]
    # "each gets a camera and two speakers": a bare 'each' carries over a clause joined by 'and'/'og'
    joined = {"and", "og"} & {words[clause[0]], words[clause[0] - 1] if clause[0] else ""}
    first = earlier[-1].end if earlier and joined else clause[0]
    for i in range(first, clause[1]):
        if words[i] not in DISTRIBUTIVE_WORDS or i in named or i < clause[0] and words[i] == "per":
            continue
        following = words[i + 1] if i + 1 < clause[1] else ""
        if following in UNIT_WORDS or following in {"stk", "month", "måned", "year", "år"}:
            continue
        noun = stem(fold(following))[:4]
        counts = [(n.value, words[n.end:n.end + 2]) for n in [*reversed(earlier), *later]]
        for value, said in [*counts, *reversed(said_before)]:  # "six meeting rooms … per room"
            if len(noun) >= 3 and any(stem(fold(word)).startswith(noun) for word in said):
                return value
        if words[i] != "per" and earlier:
            return earlier[-1].value
    return None


def _carried_group(words, found, clause, matches, clauses) -> float | None:
    """The group a distributive leading a list gives to the later items of that list, each counted as one."""
    def counts_one(span: tuple[int, int]) -> bool:
        return all(n.value == 1 for n in found if span[0] <= n.start < span[1])

    if clause not in clauses or not counts_one(clause):
        return None
    for previous in reversed(clauses[:clauses.index(clause)]):
        starts = [m.start for m in matches if previous[0] <= m.start < previous[1]]
        if not starts:
            return None
        if any(words[i] in DISTRIBUTIVE_WORDS and words[i] != "per" for i in range(previous[0], min(starts))):
            return _group_in(words, found, previous, matches)
        if not counts_one(previous):
            return None
    return None
