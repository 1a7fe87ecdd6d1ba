"""Early warning on simulated project histories never used in training (seeds 1001..): CPI/SPI
exactness against a direct computation, and flag recall / precision for projects that end more
than 10 % over (cost or time), assessed at 30 %, 50 % and 70 % of the planned duration.
--recovering R adds R × projects that start badly and recover (ending within 10 %) to the
evaluated histories; --train-recovering R refits the model on the training seed with them
(instead of the shipped model), to see whether that wins back precision.
Run by hand: python bench/projects/bench_risk.py [--projects 500] [--recovering 0.15] [--train-recovering 0.15]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fornuft.projects.risk import TRAINING_SEED, assess, default_model, simulate_histories  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1001)
    parser.add_argument("--recovering", type=float, default=0.0)
    parser.add_argument("--train-recovering", type=float, default=None)
    parser.add_argument("--regime", type=float, default=0.0,
                        help="add R x projects whose efficiency changes once (risk.simulate_regime_change)")
    args = parser.parse_args()
    assert args.seed != TRAINING_SEED
    model = default_model()
    if args.train_recovering is not None:
        from fornuft.ml.project_risk import ProjectRiskModel
        from fornuft.projects.risk import SEED_REGIME_CHANGE, training_pairs

        pairs = training_pairs(simulate_histories(400, TRAINING_SEED, recovering=args.train_recovering,
                                                  regime=SEED_REGIME_CHANGE))
        model = ProjectRiskModel(random_state=0).fit(*pairs)
    histories = simulate_histories(args.projects, args.seed, recovering=args.recovering, regime=args.regime)
    worst_cpi_error = 0.0
    for fraction in (0.3, 0.5, 0.7):
        tp = fp = fn = tn = 0
        for rows, outcome in histories:
            planned = (rows[0].planned_finish - rows[0].planned_start).days
            seen = [r for r in rows if (r.date - r.planned_start).days <= fraction * planned] or rows[:1]
            result = assess(seen, model)
            last = seen[-1]
            if last.ac and result["cpi"] is not None:
                worst_cpi_error = max(worst_cpi_error, abs(result["cpi"] - last.ev / last.ac))
            over = max(outcome.values()) > 0.10
            tp += result["flag"] and over
            fp += result["flag"] and not over
            fn += (not result["flag"]) and over
            tn += (not result["flag"]) and not over
        recall = tp / (tp + fn) if tp + fn else 0
        precision = tp / (tp + fp) if tp + fp else 0
        print(f"at {fraction:.0%} of planned duration: {args.projects} projects, {tp + fn} overran; "
              f"recall {recall:.3f}, precision {precision:.3f} (tp {tp}, fp {fp}, fn {fn}, tn {tn})")
    print(f"largest CPI difference from EV/AC (rounding to 3 decimals): {worst_cpi_error:.4f}")


if __name__ == "__main__":
    main()
