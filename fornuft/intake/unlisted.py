"""A line the catalogue does not have, said with its own price, as plain data.

A salesperson adds what the catalogue lacks in one sentence that names the thing, sometimes says
so ("not in the catalogue", "det har vi ikke i katalogen"), and gives the price: "a glass shelf,
not in our catalogue, price it at 1 400", "graving av grøft, tretti meter, … til 250 kroner
meteren". That sentence is a new line with that price, not a new price for the line before."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fornuft.intake import spoken

# "not in the catalogue", "which we don't have in our price list", "ikke i katalogen", "har vi ikke i sortimentet"
NOT_LISTED = re.compile(
    r"(?i)(?:\b(?:not|ikke|uten)\b|n't\b)[\w\s']{0,24}?\b(?:catalog(?:ue)?s?|katalog(?:en)?|sortiment(?:et)?|"
    r"price\s*lists?|prisl[iy]st\w*|range|vareutvalg(?:et)?)\b")
# words that lead into the thing named but are not part of its name
LEAD_WORDS = {"also", "and", "plus", "then", "oh", "so", "dessuten", "og", "så", "pluss", "i", "tillegg", "in",
              "addition", "a", "an", "the", "en", "ei", "et", "ett", "some", "noen", "we", "vi", "need",
              "trenger", "add", "legg", "til", "eh", "uh", "um", "ehm", "right", "ok", "okay"}
# words that begin the saying-so: "which is not …", "isn't in …", "som ikke står …", "er ikke i …"
NOT_LISTED_LEADS = {"which", "that", "not", "isn", "aren", "is", "are", "don", "doesn", "we", "som", "ikke", "er",
                    "står", "har", "det", "vi"}
PRICE_UNIT_WORDS = {"meteren", "metre", "meter", "per", "stykket", "each", "pr", "hver", "timen", "hour"}


@dataclass
class Unlisted:
    description: str
    quantity: float
    unit: str | None
    unit_price: float


def says_not_listed(sentence: str) -> bool:
    return bool(NOT_LISTED.search(sentence))


def unlisted_line(words: list[str], found: list[spoken.Number], roles: dict[int, str],
                  unit_words: dict[str, str]) -> Unlisted | None:
    """The line a sentence adds outside the catalogue: its description is the words before the first
    number or comma, its count the first count said (1 when none), its price the price said."""
    price = next((n.value for i, n in enumerate(found) if roles[i] == "price"), None)
    if price is None:
        return None
    start = 0
    heading = words.index(":") if ":" in words[:3] else -1
    if heading >= 0:
        start = heading + 1  # "Ekstra: et nytt skap …", "Extra: …": a heading before the thing named
    while start < len(words) and (words[start] in LEAD_WORDS or words[start] == ","):
        start += 1  # "Uh, a glass shelf, …": the leading filler and its comma
    words = words[start:]
    kept = [(role, n) for role, n in zip((roles[i] for i in range(len(found))), found, strict=True) if n.start >= start]
    found = [spoken.Number(n.value, n.start - start, n.end - start, n.spoken) for _role, n in kept]
    roles = {i: role for i, (role, _n) in enumerate(kept)}
    first_break = next((i for i, w in enumerate(words) if w in {",", ":"} or not re.match(r"[a-zæøå'’]", w)),
                       len(words))
    first_number = min((n.start for n in found), default=len(words))
    named = words[:min(first_break, first_number)]
    # "taking out the old bathrooms isn't in our price list": the thing named ends where its being
    # outside the catalogue is said
    cut = next((i for i, w in enumerate(named) if w in NOT_LISTED_LEADS
                and says_not_listed(" ".join(named[i:]).replace(" ' ", "'"))), len(named))
    named = named[:cut]
    while named and named[0] in LEAD_WORDS:
        named = named[1:]
    if not named or len(named) > 8:
        return None
    quantity, unit = 1.0, None
    for i, number in enumerate(found):
        if roles[i] == "quantity" and 0 < number.value <= 10000:
            quantity = number.value
            after = words[number.end] if number.end < len(words) else ""
            unit = unit_words.get(after)
            break
    description = " ".join(named)
    return Unlisted(description[:1].upper() + description[1:], quantity, unit, price)
