"""Prices, discounts and price overrides on the lines of a quote. A catalogue product's list price
is the default; a price said for a line replaces it ("set the chargers to 11 500"), and a discount
is folded into the line's unit price ("ti prosent rabatt på varmepumpene"), on the last line or,
with "alt"/"everything", on every line."""

from __future__ import annotations

from fornuft.intake.catalogue import Product
from fornuft.intake.offer.quote import Offer, OfferLine

DISCOUNT_WORDS = {"rabatt", "discount", "off", "avslag", "prisavslag", "rabatten"}
OVERRIDE_WORDS = {"pris", "price", "special", "spesialpris", "instead", "istedenfor", "i stedet", "override",
                  "nettopris", "fastpris", "fixed"}
EVERYTHING_WORDS = {"alt", "everything", "all", "hele", "totalen", "total", "whole", "samtlige", "alle", "totalt"}


def _price_for(product: Product) -> float | None:
    return product.price


def _override(line: OfferLine, price: float) -> None:
    line.unit_price = price
    line.discount_percent = None


def _discount(line: OfferLine, percent: float) -> None:
    if line.unit_price is not None and 0 < percent < 100:
        line.unit_price = round(line.unit_price * (1 - percent / 100), 2)
        line.discount_percent = percent


def _apply_discount(offer: Offer, percent: float, words: list[str], target: str | None) -> None:
    if not offer.lines:
        return
    if set(words) & EVERYTHING_WORDS:
        for line in offer.lines:
            _discount(line, percent)
    else:
        _discount(offer.lines[-1], percent)
