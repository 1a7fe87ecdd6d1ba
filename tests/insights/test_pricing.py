"""Price suggestions: near the known optimum on simulated histories, fallback with too little."""

import math
import random
from datetime import date

from fornuft.ml.pricing import Bid, suggest


def simulate(n, seed=0, a=3.0, b=12.0):
    rng = random.Random(seed)
    bids = []
    for k in range(n):
        segment, service = rng.choice(["private", "public"]), rng.choice(["install", "service"])
        cost = rng.uniform(10_000, 100_000)
        ratio = rng.uniform(1.0, 1.7)
        shift = 1.0 if segment == "public" else 0.0
        p = 1 / (1 + math.exp(-(a + shift - b * (ratio - 1))))
        bids.append(Bid(date(2025, 1 + k % 12, 1), segment, service, cost, cost * ratio, int(rng.random() < p)))
    return bids


def true_margin(ratio, cost, shift=0.0, a=3.0, b=12.0):
    return (ratio - 1) * cost / (1 + math.exp(-(a + shift - b * (ratio - 1))))


def test_the_suggestion_is_close_to_the_best_expected_margin():
    bids = simulate(600)
    cost = 50_000
    s = suggest(bids, "private", "install", cost)
    best = max(true_margin(1 + i / 1000, cost) for i in range(800))
    assert true_margin(s.suggested_price / cost, cost) >= 0.95 * best
    assert s.price_range[0] <= s.suggested_price <= s.price_range[1]
    out = s.as_json()
    assert set(out) == {"suggested_price", "win_probability", "expected_margin", "price_range", "explanation"}
    assert 0 <= out["win_probability"] <= 1
    assert abs(out["expected_margin"] - (out["suggested_price"] - cost) * out["win_probability"]) < 0.01
    assert any("600 earlier quotes" in line for line in out["explanation"])


def test_a_segment_that_wins_more_easily_gets_a_higher_price():
    bids = simulate(800, seed=2)
    assert (
        suggest(bids, "public", "service", 40_000).suggested_price
        > suggest(bids, "private", "service", 40_000).suggested_price
    )


def test_too_little_history_falls_back_to_the_markup_rule():
    s = suggest(simulate(10), "private", "install", 1000, markup=0.3)
    assert s.fallback and round(s.suggested_price, 2) == 1300
    assert "Too little history" in s.explanation[0]
    empty = suggest([], "x", "y", 1000)
    assert empty.fallback and empty.win_probability == 0.5


def test_history_where_price_does_not_matter_falls_back():
    rng = random.Random(0)
    bids = [Bid(None, "s", "v", 100, 100 * rng.uniform(1, 2), int(rng.random() < 0.5)) for _ in range(200)]
    bids += [Bid(None, "s", "v", 100, 190, 1) for _ in range(20)]
    assert suggest(bids, "s", "v", 100).fallback
