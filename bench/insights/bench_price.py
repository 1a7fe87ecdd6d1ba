"""Price suggestions on simulated bid histories with known response curves.

Each scenario draws a history of quotes (segment, service, cost, markup, season) whose win
probability follows a known logistic curve in the markup, with segment/service offsets and
slopes. For quotes drawn the same way we compare the suggested price's true expected margin
with the true optimum (regret), and the predicted win probability of held-out bids with what
happened (expected calibration error, 10 bins). Goals: mean regret <= 5 %, calibration <= 0.08.

    nice .venv/bin/python bench/insights/bench_price.py [--scenarios 12] [--history 400]
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fornuft.ml.pricing import Bid, WinModel, suggest  # noqa: E402

SEGMENTS = ["private", "public", "housing"]
SERVICES = ["installation", "service", "project"]


def scenario(rng: random.Random) -> dict:
    return {
        "a": rng.uniform(1.5, 4.0),
        "b": rng.uniform(6.0, 16.0),
        "segment": {s: (rng.uniform(-0.8, 0.8), rng.uniform(0.8, 1.25)) for s in SEGMENTS},
        "service": {s: (rng.uniform(-0.6, 0.6), rng.uniform(0.8, 1.25)) for s in SERVICES},
        "summer": rng.uniform(-0.4, 0.4),
    }


def p_win(sc: dict, segment: str, service: str, ratio: float, month: int) -> float:
    a = sc["a"] + sc["segment"][segment][0] + sc["service"][service][0]
    a += sc["summer"] * math.cos(2 * math.pi * (month - 7) / 12)
    b = sc["b"] * sc["segment"][segment][1] * sc["service"][service][1]
    return 1 / (1 + math.exp(-(a - b * (ratio - 1))))


def draw(sc: dict, rng: random.Random, n: int) -> list[Bid]:
    bids = []
    for _ in range(n):
        segment, service = rng.choice(SEGMENTS), rng.choice(SERVICES)
        month = rng.randint(1, 12)
        cost = math.exp(rng.uniform(math.log(5_000), math.log(500_000)))
        ratio = rng.uniform(1.02, 1.6)
        won = int(rng.random() < p_win(sc, segment, service, ratio, month))
        bids.append(Bid(date(2025, month, 1), segment, service, cost, cost * ratio, won))
    return bids


def true_best(sc, segment, service, cost, month) -> float:
    return max((r - 1) * cost * p_win(sc, segment, service, r, month) for r in (1 + i / 1000 for i in range(1, 1500)))


def ece(pairs: list[tuple[float, int]], bins: int = 10) -> float:
    total = 0.0
    for k in range(bins):
        chunk = [(p, y) for p, y in pairs if k / bins <= p < (k + 1) / bins or (k == bins - 1 and p == 1)]
        if chunk:
            total += len(chunk) * abs(statistics.fmean(p for p, _ in chunk) - statistics.fmean(y for _, y in chunk))
    return total / len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenarios", type=int, default=12)
    parser.add_argument("--history", type=int, default=400)
    parser.add_argument("--quotes", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    regrets, calibrations, fallbacks = [], [], 0
    for _ in range(args.scenarios):
        sc = scenario(rng)
        history = draw(sc, rng, args.history)
        model = WinModel().fit(history)
        held_out = draw(sc, rng, 2000)
        pairs = [
            (float(model.predict_proba(b.segment, b.service, b.cost, [b.price / b.cost], b.day)[0]), b.won)
            for b in held_out
        ]
        calibrations.append(ece(pairs))
        for _ in range(args.quotes):
            segment, service = rng.choice(SEGMENTS), rng.choice(SERVICES)
            month = rng.randint(1, 12)
            cost = math.exp(rng.uniform(math.log(5_000), math.log(500_000)))
            s = suggest(history, segment, service, cost, day=date(2026, month, 1), model=model)
            fallbacks += s.fallback
            got = (s.suggested_price / cost - 1) * cost * p_win(sc, segment, service, s.suggested_price / cost, month)
            best = true_best(sc, segment, service, cost, month)
            regrets.append(1 - got / best if best > 0 else 0.0)
    print(
        f"Price: {args.scenarios} scenarios x {args.history} historical quotes, {args.quotes} quotes each "
        f"(seed {args.seed})"
    )
    print(
        f"  mean regret   {100 * statistics.fmean(regrets):.2f} % of the best expected margin "
        f"(median {100 * statistics.median(regrets):.2f} %, 90th pct "
        f"{100 * sorted(regrets)[int(0.9 * len(regrets))]:.2f} %)  goal <= 5 %"
    )
    print(f"  calibration   ECE {statistics.fmean(calibrations):.3f} (worst {max(calibrations):.3f})  goal <= 0.08")
    print(f"  fallbacks     {fallbacks} of {len(regrets)}")


if __name__ == "__main__":
    main()
