"""Own dev dictations, three invented firms, each batch written before the rules it tests:

* `dev_offers` (electrician/plumber): counts said after the product, hours and days, 'twice',
  discounts and prices for lines named by head noun, unlisted lines with their own price,
  self-corrections, customers named after the contact, with their kind or house number.
* `dev_offers_av` (office AV/IT): things mentioned but not ordered (already there, declined,
  replaced, options), a product named twice, a discount on the whole offer, counts per room or
  flat, "a dozen", "halvannen", "two and a half thousand", products named colloquially or in English.
* `dev_offers_solar` (solar, battery and EV chargers): a count for a series product said as an
  inflected head noun with its size after it, cable codes said aloud with a decimal and the metres
  after a correction, "per X, altså N", generic words that are not products, customers named
  "sameiet X tre", "Stiftelsen X", "X og Y AS", and a customer taken back for another.
* `dev_offers_roof`, `dev_offers_garden`, `dev_offers_vvs` (a roofer, a landscaper, a plumber; ids r_, g_,
  p_ written first; x_ then y_ written afterwards as held-out checks, with `dev_offers_paint`, a painter):
  fillers, corrections of counts, prices and customers ("ti… nei, tolv"), "a hundred and twenty",
  "halvannet hundre", "sekshundreogfemti", "an hour and a half", prices per unit ("vi sier 850 timen",
  "at six fifty an hour"), counts per group said before, after or in an earlier sentence, a distributive
  leading a list, "like mange", restated totals that are no line, things they keep, a compound said for
  a name's two words, customers after "met X from" and "this one's for".
"""

import json
from datetime import date
from pathlib import Path

import pytest

from fornuft.intake.catalogue import load_catalogue
from fornuft.intake.offer import extract_offer

HERE = Path(__file__).parent
BATCHES = ("dev_offers", "dev_offers_av", "dev_offers_solar", "dev_offers_roof", "dev_offers_garden",
           "dev_offers_vvs", "dev_offers_paint")
# Still read wrong (see the offers2/offers3 notes): counts carried across sentences ("til hver
# skjerm", "begge"), a size said as grouped digits before a plain noun ("the four-fifty panels"),
# a Norwegian series name with an English head noun, a restated count before the product, the
# definite head alone with its size, a decimal said before the letter, "panels at 410 watts".
# y_en2: "two painters" (people) is read as two hours of the painter, and "the paint" reaches the painter's
# line ("painter" stems to "paint").
KNOWN_MISSES = {"k1", "s_nb6", "s_nb7", "s_en1", "s_en2", "s_en4", "s_en5", "s_en6", "s_en7", "s_en8", "y_en2"}


def _dictations(batch: str) -> list[dict]:
    lines = (HERE / batch / "dictations.jsonl").read_text().splitlines()
    return [{**json.loads(line), "batch": batch} for line in lines if line.strip()]


CASES = [case for batch in BATCHES for case in _dictations(batch)]


def _read(case: dict):
    catalogue = load_catalogue(HERE / case["batch"] / "catalog.csv")
    return extract_offer(case["text"], catalogue, case["language"], today=date(2026, 12, 7))


@pytest.mark.parametrize("case", [
    pytest.param(case, marks=pytest.mark.xfail(strict=True, reason="known miss")) if case["id"] in KNOWN_MISSES
    else case for case in CASES], ids=[case["id"] for case in CASES])
def test_dev_dictation_reads_as_the_quote_meant(case):
    offer = _read(case)
    got = sorted((line.product_id or "", line.quantity, round(line.unit_price or 0, 2)) for line in offer.lines)
    expected = sorted((pid or "", float(quantity), price) for pid, quantity, price in case["items"])
    assert got == expected
    assert offer.customer == case["customer"]
    assert offer.total_excl_vat == pytest.approx(sum(q * p for _pid, q, p in case["items"]), abs=0.01)


def test_every_customer_in_the_solar_batch_is_read():
    for case in _dictations("dev_offers_solar"):
        assert _read(case).customer == case["customer"], case["id"]
