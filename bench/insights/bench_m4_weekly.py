"""M4 weekly (../shared/corpora/m4-weekly, the 180 series there, horizon 13): sMAPE, MASE,
MSIS and 95 % coverage computed as the M4 organisers did (MASE scaled by the in-sample
naive error, m = 1 for weekly data; MSIS with alpha = 0.05), for Fornuft's forecaster and,
in the same run, seasonal naive (= naive at m = 1, M4's sNaive) and Theta.

    nice .venv/bin/python bench/insights/bench_m4_weekly.py [--limit N] [--season 52] [--quick]

--quick scores the quick model search that large batches use (airline ARIMA instead of
the AutoARIMA search, backtest parameters carried forward; see fornuft.ml.forecast).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "m4-weekly"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpora/m4-weekly")
H = 13


def read(name: str) -> dict[str, list[float]]:
    with (CORPUS / name).open() as handle:
        reader = csv.reader(handle)
        next(reader)
        return {row[0]: [float(v) for v in row[1:] if v.strip()] for row in reader}


def metrics(train, test, mean, lo95, hi95):
    import numpy as np

    y, f = np.array(test), np.array(mean)
    scale = float(np.mean(np.abs(np.diff(train)))) or 1.0
    smape = float(np.mean(200 * np.abs(y - f) / (np.abs(y) + np.abs(f))))
    mase = float(np.mean(np.abs(y - f)) / scale)
    lo, hi = np.array(lo95), np.array(hi95)
    a = 0.05
    msis = float(np.mean((hi - lo) + 2 / a * (lo - y) * (y < lo) + 2 / a * (y - hi) * (y > hi)) / scale)
    coverage = float(np.mean((y >= lo) & (y <= hi)))
    return smape, mase, msis, coverage


def _one(task):
    import warnings

    import numpy as np
    from statsforecast.models import Naive, Theta

    from fornuft.ml.forecast import forecast

    warnings.simplefilter("ignore")
    y, actual, season, quick = task
    result = forecast(y, H, season, quick=quick)
    scores = {"fornuft": metrics(y, actual, result.mean, result.lo95, result.hi95)}
    for key, model in (("snaive", Naive()), ("theta", Theta(season_length=1))):
        out = model.forecast(y=np.array(y), h=H, level=[95])
        scores[key] = metrics(y, actual, out["mean"], out["lo-95"], out["hi-95"])
    return result.model, scores


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--season", type=int, default=52)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    import statsforecast.models  # noqa: F401 - loaded once, before the workers fork

    train, test = read("Weekly-train.csv"), read("Weekly-test.csv")
    names = list(train)[: args.limit]
    rows = {"fornuft": [], "snaive": [], "theta": []}
    chosen: dict[str, int] = {}
    started = time.perf_counter()
    import multiprocessing

    tasks = [(train[name], test[name][:H], args.season, args.quick) for name in names]
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        for model_name, scores in pool.imap(_one, tasks):
            chosen[model_name] = chosen.get(model_name, 0) + 1
            for key, value in scores.items():
                rows[key].append(value)
    elapsed = time.perf_counter() - started
    print(
        f"M4 weekly: {len(names)} series, horizon {H}, season length {args.season}, "
        f"{args.jobs} processes, {elapsed:.0f} s{', quick model search' if args.quick else ''}"
    )
    print(f"{'method':<10}{'sMAPE':>8}{'MASE':>8}{'MSIS':>8}{'cov95':>8}")
    for key, values in rows.items():
        smape, mase, msis, coverage = (statistics.fmean(v[i] for v in values) for i in range(4))
        print(f"{key:<10}{smape:8.3f}{mase:8.3f}{msis:8.3f}{coverage:8.3f}")
    print("models chosen:", dict(sorted(chosen.items(), key=lambda kv: -kv[1])))
    print("official (all 359 series): Naive 9.161 / 2.777, Theta 9.093 / 2.637, winner (118) 7.817 / 2.356")


if __name__ == "__main__":
    main()
