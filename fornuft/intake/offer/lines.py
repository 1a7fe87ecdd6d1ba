"""The lines that are not a catalogue product said by name: the labour line for hours of work
(the catalogue's hourly labour product, or a plain "Arbeid"/"Labour" line), and a line the
catalogue does not know, read as a count followed by words that name a thing."""

from __future__ import annotations

import re

from fornuft.intake.catalogue import Matcher, Product, fold
from fornuft.intake.offer.dates import VALIDITY_WORDS
from fornuft.intake.offer.prices import DISCOUNT_WORDS, _price_for
from fornuft.intake.offer.quote import OfferLine
from fornuft.intake.offer.sentences import _unit_after

NOT_ITEM_WORDS = {"ring", "call", "phone", "telefon", "klokka", "klokken", "o'clock", "pm", "am", "møte",
                  "meeting", "uke", "week", "dato", "date", "år", "year", "etasje", "floor", "adresse", "address",
                  "gate", "gata", "veien", "vei", "road", "street", "leilighet", "postnummer", "mobil", "nummer"}


def _labour_product(matcher: Matcher, products: list[Product]) -> Product | None:
    hourly = [p for p in products if p.unit.lower() in {"time", "timer", "hour", "hours", "t", "h"}]
    for product in hourly:
        names = " ".join(fold(n) for n in product.names())
        if any(word in names for word in ("montasje", "montering", "arbeid", "labour", "labor", "installasjon",
                                          "installation")):
            return product
    return hourly[0] if hourly else None


def _line_for(product: Product | None, quantity: float, language: str, kind: str | None) -> OfferLine:
    if product is None:
        return OfferLine(None, "Arbeid" if language == "nb" else "Labour", quantity,
                         "time" if language == "nb" else "hour", None)
    return OfferLine(product.product_id, product.name, quantity, product.unit or None, _price_for(product),
                     list_price=product.price, image=product.image)


def _unknown_line(words, clause, clause_numbers, roles, language) -> OfferLine | None:
    """A line the catalogue does not know: a quantity followed by words that name a thing."""
    quantities = [(i, n) for i, n in clause_numbers if roles[i] == "quantity"]
    if not quantities:
        return None
    clause_words = words[clause[0]:clause[1]]
    if set(clause_words) & (NOT_ITEM_WORDS | VALIDITY_WORDS | DISCOUNT_WORDS):
        return None
    _index, number = quantities[0]
    unit = _unit_after(words, number)
    rest_start = number.end + (1 if unit else 0)
    rest = [w for w in words[rest_start:clause[1]] if re.match(r"[a-zæøå]", w)]
    while rest and rest[0] in {"of", "av", "med", "with", "stk", "stykk", "the", "x"}:
        rest = rest[1:]
    content = [w for w in rest if w not in {"and", "og", "the", "a", "an", "en", "et", "ei"}]
    if not content or len(content) > 8:
        return None
    if number.value > 10000 or number.value <= 0:
        return None
    price = next((n.value for i, n in clause_numbers if roles[i] == "price"), None)
    description = " ".join(rest[:8])
    return OfferLine(None, description[:1].upper() + description[1:], number.value, unit, price)
