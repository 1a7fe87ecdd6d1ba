"""PSPLIB j30 (48 instances with proven optima): `fornuft project schedule`'s solver, 10 s each on
one worker. Every schedule is checked (precedence, resources); reports % at the optimum and
the mean gap. Run by hand, with nice: python bench/projects/bench_psplib.py [--time-limit 10]."""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fornuft.projects.rcpsp import check_schedule, parse_sm, solve  # noqa: E402

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "psplib-j30"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--corpus", default=str(CORPUS))
    args = parser.parse_args()
    folder = Path(args.corpus)
    optima = {row["problem"]: int(row["optimum"]) for row in csv.DictReader(open(folder / "optimum_subset.csv"))}
    at_optimum, proven, gaps, seconds, invalid = 0, 0, [], [], 0
    for name, optimum in sorted(optima.items()):
        instance = parse_sm((folder / name).read_text())
        began = time.perf_counter()
        schedule = solve(instance, time_limit=args.time_limit, workers=1)
        seconds.append(time.perf_counter() - began)
        if check_schedule(instance, schedule.starts):
            invalid += 1
        at_optimum += schedule.makespan == optimum
        proven += schedule.optimal
        gaps.append((schedule.makespan - optimum) / optimum)
        print(f"{name}: {schedule.makespan} (optimum {optimum}){' proven' if schedule.optimal else ''} "
              f"{seconds[-1]:.1f} s", flush=True)
    n = len(optima)
    print(f"instances {n}, invalid {invalid}, at optimum {at_optimum}/{n} = {at_optimum / n:.1%}, "
          f"proven optimal {proven}/{n}, mean gap {statistics.mean(gaps):.2%}, "
          f"median time {statistics.median(seconds):.2f} s, max {max(seconds):.1f} s")


if __name__ == "__main__":
    main()
