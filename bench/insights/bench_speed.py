"""Speed: forecasting 1,000 monthly series (5–10 years each, synthetic with trend, season
and noise) with the same function as `fornuft forecast` (checks, backtest selection,
intervals), spread over the machine's cores. Goal: < 60 s on 2 cores.

On a shared machine the wall time says more about the neighbours than about us, so the
CPU seconds the worker processes used are printed too: CPU / 2 is the wall time two idle
cores would need (the work splits evenly over the workers).

    nice .venv/bin/python bench/insights/bench_speed.py [--series 1000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def make(count: int, seed: int = 0):
    from fornuft.insights.series import Observation, RawSeries, Step

    rng = random.Random(seed)
    step = Step(months=1)
    raws = []
    for s in range(count):
        n = rng.randint(60, 120)
        level, trend, amplitude = rng.uniform(100, 10_000), rng.uniform(-0.004, 0.01), rng.uniform(0, 0.3)
        phase = rng.uniform(0, 2 * math.pi)
        observations = []
        for k in range(n):
            value = level * (1 + trend) ** k * (1 + amplitude * math.sin(2 * math.pi * k / 12 + phase))
            observations.append(Observation(k + 2, step.add(date(2015, 1, 1), k), value * rng.gauss(1, 0.05)))
        raws.append(RawSeries(f"s{s}", observations))
    return raws


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--series", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--full", action="store_true", help="the full AutoARIMA search even for a large batch")
    args = parser.parse_args()
    from fornuft.insights.forecasting import default_jobs, forecast_series

    raws = make(args.series)
    forecast_series(make(2, seed=1), 12)  # compiled code loaded before the clock starts
    jobs = args.jobs or default_jobs()
    import resource

    started = time.perf_counter()
    cpu = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    results = forecast_series(raws, 12, jobs=jobs, quick=False if args.full else None)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    own_cpu = time.process_time() - cpu
    models = {}
    for r in results:
        models[r.model] = models.get(r.model, 0) + 1
    print(
        f"{len(results)} monthly series, horizon 12, {jobs} processes on {os.cpu_count()} cores: "
        f"{elapsed:.1f} s wall ({elapsed / len(results) * 1000:.0f} ms per series); "
        f"parent CPU {own_cpu:.1f} s; worker CPU {worker_cpu:.1f} s "
        f"→ {(worker_cpu + own_cpu) / 2:.1f} s on 2 idle cores; load {os.getloadavg()[0]:.1f}"
    )
    print("models chosen:", dict(sorted(models.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
