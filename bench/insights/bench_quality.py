"""Data checks on our own planted problems: seeded series with Norwegian seasons (July
fellesferie dip, Christmas and Easter weeks), trend and noise; each planted series carries
one problem of a known kind at a known place. Reports problems found per kind and clean
series with any warning (false alarms).

    nice .venv/bin/python bench/insights/bench_quality.py [--per-kind 20] [--seed 100]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fornuft.insights.holidays import easter_sunday  # noqa: E402
from fornuft.insights.quality import check_series  # noqa: E402
from fornuft.insights.series import Observation, RawSeries, Step  # noqa: E402

KINDS = [
    "clean",
    "missing",
    "empty",
    "duplicate",
    "outlier_up",
    "outlier_down",
    "negative",
    "too_short",
    "shift_up",
    "shift_down",
    "unit_x1000_block",
    "unit_x1000_tail",
    "unit_div1000",
    "unit_x100",
]
EXPECTED = {
    "missing": {"MISSING_PERIODS"},
    "empty": {"MISSING_PERIODS"},
    "duplicate": {"DUPLICATE_DATES"},
    "outlier_up": {"OUTLIER"},
    "outlier_down": {"OUTLIER"},
    "negative": {"NEGATIVE_VALUES"},
    "too_short": {"TOO_SHORT"},
    "shift_up": {"LEVEL_SHIFT"},
    "shift_down": {"LEVEL_SHIFT"},
    "unit_x1000_block": {"UNIT_MIXUP", "OUTLIER", "LEVEL_SHIFT"},
    "unit_x1000_tail": {"UNIT_MIXUP", "OUTLIER", "LEVEL_SHIFT"},
    "unit_div1000": {"UNIT_MIXUP", "OUTLIER"},
    "unit_x100": {"UNIT_MIXUP", "OUTLIER"},
}


def seasonal_factor(day: date, step: str) -> float:
    month = day.month
    factor = 1 + 0.15 * math.cos(2 * math.pi * (month - 5) / 12)
    if step == "week":
        week = day.isocalendar()[1]
        if week in (28, 29, 30):
            factor *= 0.65
        if week in (52, 1):
            factor *= 0.6
        easter = easter_sunday(day.year)
        if easter - timedelta(days=6) <= day <= easter + timedelta(days=1):
            factor *= 0.8
    elif step == "month":
        if month == 7:
            factor *= 0.7
        if month == 12:
            factor *= 0.85
    return factor


def make(kind: str, rng: random.Random, step_name: str):
    step = Step(days=7) if step_name == "week" else Step(months=1) if step_name == "month" else Step(months=3)
    season = {"week": 52, "month": 12, "quarter": 4}[step_name]
    n = {"week": rng.randint(110, 200), "month": rng.randint(40, 84), "quarter": rng.randint(24, 48)}[step_name]
    if kind == "too_short":
        n = rng.randint(season // 2 + 2, 2 * season - 2) if season > 4 else rng.randint(4, 7)
    start = date(2017, 1, 2) if step_name == "week" else date(2017, 1, 1)
    level = rng.uniform(200, 20_000)
    growth = rng.uniform(-0.002, 0.012) * {"week": 12 / 52, "month": 1, "quarter": 3}[step_name]
    noise = rng.uniform(0.02, 0.08)
    values, days = [], []
    for k in range(n):
        day = step.add(start, k)
        days.append(day)
        values.append(level * (1 + growth) ** k * seasonal_factor(day, step_name) * rng.gauss(1, noise))
    at = rng.randint(n // 3, n - n // 5)
    if kind == "outlier_up":
        values[at] *= rng.uniform(3, 5)
    elif kind == "outlier_down":
        values[at] *= rng.uniform(0.03, 0.15)
    elif kind == "negative":
        values[at] = -abs(values[at]) * rng.uniform(0.05, 0.5)
    elif kind in ("shift_up", "shift_down"):
        factor = rng.uniform(1.35, 1.7) if kind == "shift_up" else rng.uniform(0.5, 0.68)
        values = values[:at] + [v * factor for v in values[at:]]
    elif kind == "unit_x1000_block":
        for j in range(at, min(n, at + rng.randint(2, 5))):
            values[j] *= 1000
    elif kind == "unit_x1000_tail":
        for j in range(n - rng.randint(4, 10), n):
            values[j] *= 1000
    elif kind == "unit_div1000":
        values[at] /= 1000
    elif kind == "unit_x100":
        values[at] *= 100
    observations = [Observation(k + 2, d, round(v, 2)) for k, (d, v) in enumerate(zip(days, values, strict=True))]
    if kind == "missing":
        del observations[at : at + rng.randint(1, 3)]
    elif kind == "empty":
        observations[at].value = None
    elif kind == "duplicate":
        twin = observations[at]
        value = twin.value if rng.random() < 0.5 else round(twin.value * rng.uniform(0.3, 0.9), 2)
        observations.insert(at + 1, Observation(twin.row, twin.day, value))
    return RawSeries(kind, observations), season


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-kind", type=int, default=20)
    parser.add_argument("--seed", type=int, default=100)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    found: dict[str, list[int]] = {kind: [0, 0] for kind in KINDS}
    for kind in KINDS:
        for i in range(args.per_kind):
            step_name = ("month", "week", "quarter")[i % 3]
            raw, season = make(kind, rng, step_name)
            codes = {w.code for w in check_series(raw, horizon=8, season_length=season).warnings}
            found[kind][1] += 1
            if kind == "clean":
                ok = not codes
            else:
                ok = bool(codes & EXPECTED[kind])
            found[kind][0] += ok
            if args.details and not ok:
                print(f"  miss {kind} ({step_name}, n={len(raw.observations)}): {sorted(codes)}")
    print(f"Own planted problems (seed {args.seed}, {args.per_kind} per kind; month/week/quarter):")
    total = [0, 0]
    for kind, (ok, count) in found.items():
        label = "clean, no warning" if kind == "clean" else kind
        print(f"  {label:<20} {ok}/{count}")
        if kind != "clean":
            total[0] += ok
            total[1] += count
    print(f"  planted found        {total[0]}/{total[1]}")


if __name__ == "__main__":
    main()
