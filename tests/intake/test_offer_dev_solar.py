"""Third own dev batch (an invented solar, battery and EV-charger installer, tests/intake/dev_offers_solar),
written before the rules it tests: a count for a series product said as an inflected head noun with its
size after it ("fire stykk av Volta-laderne, tjueto kilowatt"), cable codes said aloud with a decimal
("fem G to komma fem") and the metres after a correction, "per X, altså N", generic words that are not
products ("snø", "vinduene"), customers named "sameiet X tre", "Stiftelsen X", "X og Y AS", and a
customer taken back for another."""

import json
from datetime import date
from pathlib import Path

import pytest

from fornuft.intake.catalogue import load_catalogue
from fornuft.intake.offer import extract_offer

DEV = Path(__file__).parent / "dev_offers_solar"
DICTATIONS = [json.loads(line) for line in (DEV / "dictations.jsonl").read_text().splitlines() if line.strip()]
# still read wrong (see notes/offers3.md): "the four-fifty panels" (a size said as grouped digits before a
# plain noun), "Volta chargers" (a Norwegian series name with an English head noun), "one per parking space,
# so five of the …" (the restated count before the product), "vekselretteren på ti kilowatt" (the definite
# head alone with its size), "one point five five G" (the decimal said first), "the panels at 410 watts"
KNOWN_MISSES = {"s_nb6", "s_nb7", "s_en1", "s_en2", "s_en4", "s_en5", "s_en6", "s_en7", "s_en8"}


@pytest.mark.parametrize("case", [
    pytest.param(case, marks=pytest.mark.xfail(strict=True, reason="known miss")) if case["id"] in KNOWN_MISSES
    else case for case in DICTATIONS], ids=[case["id"] for case in DICTATIONS])
def test_dev_dictation_reads_as_the_quote_meant(case):
    offer = extract_offer(case["text"], load_catalogue(DEV / "catalog.csv"), case["language"], today=date(2026, 12, 7))
    got = sorted((line.product_id or "", line.quantity, round(line.unit_price or 0, 2)) for line in offer.lines)
    expected = sorted((pid or "", float(quantity), price) for pid, quantity, price in case["items"])
    assert got == expected
    assert offer.customer == case["customer"]
    assert offer.total_excl_vat == pytest.approx(sum(q * p for _pid, q, p in case["items"]), abs=0.01)


def test_every_customer_in_the_batch_is_read():
    catalogue = load_catalogue(DEV / "catalog.csv")
    for case in DICTATIONS:
        offer = extract_offer(case["text"], catalogue, case["language"], today=date(2026, 12, 7))
        assert offer.customer == case["customer"], case["id"]
