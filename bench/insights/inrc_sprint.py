"""INRC 2010 sprint instances (../shared/corpora/inrc2010-sprint): each solved by the CP-SAT
nurse-rostering model within a time limit, its roster scored again by the independent
evaluator (`nurse_penalty`), printed next to the best known penalty of the competition
literature (sprint01–10 were later proved optimal; sprint_late03: 48). Also the penalty of
the naive roster (cover filled in list order) as a floor for what the model adds.

    nice .venv/bin/python bench/insights/inrc_sprint.py [--seconds 15] [--workers 8] [--only sprint01]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fornuft.insights.inrc_instance import read_instance  # noqa: E402
from fornuft.insights.nurse_penalty import penalty  # noqa: E402
from fornuft.insights.nurse_rostering import naive_roster, solve  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "inrc2010-sprint"
BEST_KNOWN = {
    "sprint01": 56,
    "sprint02": 58,
    "sprint03": 51,
    "sprint04": 59,
    "sprint05": 58,
    "sprint06": 54,
    "sprint07": 56,
    "sprint08": 56,
    "sprint09": 55,
    "sprint10": 52,
    "sprint_late03": 48,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 1
    print(
        f"# INRC 2010 sprint, {args.seconds:g} s and {args.workers} workers per instance, load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'instance':<15}{'naive':>7}{'ours':>6}{'best':>6}{'gap':>6}{'bound':>7}  status    valid  s")
    total_ours = total_best = 0
    started = time.time()
    for name, best in BEST_KNOWN.items():
        if args.only and name != args.only:
            continue
        instance = read_instance(corpus / f"{name}.xml")
        naive = penalty(instance, naive_roster(instance))["penalty"]
        result = solve(instance, seconds=args.seconds, workers=args.workers)
        ours = result.score["penalty"]
        assert ours == result.objective, f"{name}: evaluator {ours} != model objective {result.objective}"
        total_ours, total_best = total_ours + ours, total_best + best
        print(
            f"{name:<15}{naive:>7}{ours:>6}{best:>6}{ours - best:>+6}{result.bound:>7}  {result.status:<9} "
            f"{'yes' if result.score['valid'] else 'NO':<6}{result.seconds:.1f}",
            flush=True,
        )
    print(f"total: ours {total_ours}, best known {total_best}, wall {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
