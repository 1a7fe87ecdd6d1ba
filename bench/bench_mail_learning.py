"""How fast the mail sorter learns from an organization's corrections (issue 11).

    .venv/bin/python bench/bench_mail_learning.py [--set DIR] [--repeats 3] [--svg docs/benchmarks/mail-learning.svg]

On a labelled set (default: the external validation set, legitimate messages only) the
messages are split at random (seeded) into a correction pool and a test part. For 0, 10,
25 and 50 corrections per category, that many messages per category are drawn from the
pool (or all the pool holds, which is reported) and given to the real training path —
`CategoryTrainer` (seed examples + the organization's examples, weighted) and its `fit` —
then the test part runs through the same intake steps as `fornuft mail classify`, with
the organization file and known domains when the set has them. Median macro-F1 over the
repeats. Nothing is tuned on the set: it only measures.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEFAULT_SET = Path("/work/shared/corpora/fornuft-validation/mail")
STEPS = (0, 5, 10, 25)  # the validation set holds ~12 per category: 25 means all the pool holds


def load_set(folder: Path):
    from fornuft.mail.parsing import parse_message

    rows = []
    with (folder / "labels.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if str(row.get("phishing", "0")).strip() == "1":
                continue  # a phishing message's category is the look it imitates: not scored
            path = folder / "messages" / row["file"]
            rows.append((row["file"], row["category"], parse_message(path.read_bytes())))
    return rows


def macro_f1(truth, predicted):
    from fornuft.ml.metrics import classification_report

    return classification_report(truth, predicted, sorted(set(truth) | set(predicted)))


def predict(model, version, items, context):
    from fornuft.mail import intake, sorting

    classifier = intake.Classifier(model, version, None)
    classifier.classify_ahead([sorting.with_features(sorting.message_text(p.subject, p.text,
                                                                          intake.attachment_names(p)),
                                                     sorting.parsed_features(p, context))
                               for _f, _c, p in items])
    out = []
    for _file, _category, parsed in items:
        message, _work = intake.analyse(parsed, classifier=classifier, context=context)
        out.append(message.category)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default=str(DEFAULT_SET), help="folder with labels.csv and messages/")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pool-share", type=float, default=0.6, help="share of each category used as corrections")
    parser.add_argument("--svg", default="", help="write the learning curve as an SVG chart here")
    parser.add_argument("--first-seed", type=int, default=1000, help="the splits use seeds from here on")
    args = parser.parse_args()

    from _setup import django_in_temp_home, machine

    django_in_temp_home("fornuft-bench-learning-")
    from fornuft.mail import intake, sorting
    from fornuft.mail.context import context_from_files
    from fornuft.mail.training import CategoryTrainer

    folder = Path(args.set)
    org_file = folder / "organization.json"
    known = folder / "known_domains.txt"
    context = context_from_files(str(org_file) if org_file.exists() else None,
                                 str(known) if known.exists() else None)
    items = load_set(folder)
    print(f"# mail learning curve — {machine()}")
    print(f"# set: {folder} ({len(items)} legitimate messages), {args.repeats} repeats, "
          f"pool share {args.pool_share}")
    seed_train, _held = sorting.seed_examples()
    trainer = CategoryTrainer()
    results: dict[int, list[float]] = {k: [] for k in STEPS}
    used: dict[int, list[float]] = {k: [] for k in STEPS}
    per_class: dict[int, list[dict]] = {k: [] for k in STEPS}
    started = time.perf_counter()
    for repeat in range(args.repeats):
        rng = random.Random(args.first_seed + repeat)
        by_category: dict[str, list] = {}
        for item in items:
            by_category.setdefault(item[1], []).append(item)
        pool, test = {}, []
        for category, members in sorted(by_category.items()):
            members = members[:]
            rng.shuffle(members)
            cut = round(len(members) * args.pool_share)
            pool[category], test = members[:cut], test + members[cut:]
        truth = [c for _f, c, _p in test]
        measured: dict[int, dict] = {}  # asking for more than the pool holds gives the same corrections
        for k in STEPS:
            if k == 0:
                model, version = sorting.seed_model(), sorting.SEED_VERSION
                n_used, chosen = 0, []
            else:
                chosen = [it for members in pool.values() for it in members[:k]]
                n_used = len(chosen) / len(pool)
                if len(chosen) in measured:
                    report = measured[len(chosen)]
                    results[k].append(report["macro_f1"])
                    used[k].append(n_used)
                    per_class[k].append({c: v["f1"] for c, v in report["per_class"].items()})
                    print(f"repeat {repeat} k={k:>2} (used {n_used:.1f}/category): macro-F1 "
                          f"{report['macro_f1']:.3f} (same corrections as before)", flush=True)
                    continue
                own = [(sorting.with_features(sorting.message_text(p.subject, p.text, intake.attachment_names(p)),
                                              sorting.parsed_features(p, context)), c)
                       for _f, c, p in chosen]
                training = seed_train + [(t, c, sorting.ORGANIZATION_WEIGHT) for t, c in own]
                model, version = trainer.fit(training), "learning"
            report = macro_f1(truth, predict(model, version, test, context))
            measured[len(chosen)] = report
            if k:
                print(f"  blend weight {getattr(model, 'weight_', '-')} (cross-validated: "
                      f"{getattr(model, 'cv_scores_', {})})", flush=True)
            results[k].append(report["macro_f1"])
            used[k].append(n_used)
            per_class[k].append({c: v["f1"] for c, v in report["per_class"].items()})
            print(f"repeat {repeat} k={k:>2} (used {n_used:.1f}/category): macro-F1 {report['macro_f1']:.3f}",
                  flush=True)
    print(f"\n| corrections per category asked | used (median) | macro-F1 (median of {args.repeats}) "
          "| mean | min | max |")
    print("|---|---|---|---|---|---|")
    medians = {}
    for k in STEPS:
        medians[k] = statistics.median(results[k])
        print(f"| {k} | {statistics.median(used[k]):.1f} | {medians[k]:.3f} | {statistics.mean(results[k]):.3f} | "
              f"{min(results[k]):.3f} | {max(results[k]):.3f} |")
    weakest = {}
    for k in STEPS:
        classes = sorted({c for d in per_class[k] for c in d})
        weakest[k] = {c: statistics.median(d.get(c, 0.0) for d in per_class[k]) for c in classes}
    print("\nper category F1 (median):")
    for k in STEPS:
        print(f"  k={k:>2}: " + ", ".join(f"{c} {v:.2f}" for c, v in sorted(weakest[k].items())))
    print(f"\n{time.perf_counter() - started:.0f} s")
    if args.svg:
        write_svg(Path(args.svg), medians, {k: statistics.median(used[k]) for k in STEPS}, machine())
        print(f"chart: {args.svg}")
    return 0


def write_svg(path: Path, medians: dict[int, float], used: dict[int, float], caption: str) -> None:
    """A small line chart without plotting libraries (none are installed by make install)."""
    width, height, left, bottom, top, right = 560, 340, 60, 50, 40, 20
    plot_w, plot_h = width - left - right, height - top - bottom
    low = 0.5

    def x(k):
        return left + plot_w * k / max(STEPS)

    def y(v):
        return top + plot_h * (1 - (v - low) / (1 - low))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="sans-serif" font-size="12">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{left}" y="20" font-size="14">Mail sorting: macro-F1 after corrections '
             f'(validation set, median)</text>']
    for tick in (0.5, 0.6, 0.7, 0.8, 0.9, 1.0):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
                     f'stroke="#ddd"/><text x="{left - 8}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick:.1f}</text>')
    for goal, label in ((0.90, "goal day one 0.90"), (0.95, "goal after 25: 0.95")):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(goal):.1f}" y2="{y(goal):.1f}" '
                     f'stroke="#c66" stroke-dasharray="4 3"/><text x="{width - right - 4}" y="{y(goal) - 4:.1f}" '
                     f'text-anchor="end" fill="#c66">{label}</text>')
    points = " ".join(f"{x(k):.1f},{y(medians[k]):.1f}" for k in STEPS)
    parts.append(f'<polyline points="{points}" fill="none" stroke="#2563eb" stroke-width="2"/>')
    for k in STEPS:
        parts.append(f'<circle cx="{x(k):.1f}" cy="{y(medians[k]):.1f}" r="4" fill="#2563eb"/>'
                     f'<text x="{x(k):.1f}" y="{y(medians[k]) - 9:.1f}" text-anchor="middle">{medians[k]:.3f}</text>'
                     f'<text x="{x(k):.1f}" y="{height - bottom + 18}" text-anchor="middle">{k} '
                     f'({used[k]:.0f})</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{height - 12}" text-anchor="middle">corrections per category '
                 f'asked (used)</text>')
    parts.append(f'<text x="{left}" y="{height - 2}" font-size="9" fill="#666">{caption}</text>')
    parts.append("</svg>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
