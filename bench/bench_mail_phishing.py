"""Phishing shield on public corpora: share of real phishing flagged (phishing_pot) and
share of legitimate mail wrongly flagged (SpamAssassin easy + hard ham).

    .venv/bin/python bench/bench_mail_phishing.py [--show-misses]

Corpora are read in place from ../shared/corpora (or $FORNUFT_CORPORA). The shield runs
with an empty organization context (no staff, no known correspondents), so only the
general signals count: this is the harder, honest setting.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fornuft.mail.parsing import parse_message  # noqa: E402
from fornuft.mail.phishing import OrgContext, assess  # noqa: E402
from fornuft.testing.corpora import corpora_root  # noqa: E402


def corpora_dir() -> Path:
    return corpora_root()


def run(folder: Path, show_misses: str | None = None) -> tuple[Counter, Counter, int]:
    verdicts, signals = Counter(), Counter()
    files = sorted(p for p in folder.iterdir() if p.is_file())
    for i, path in enumerate(files, 1):
        verdict = assess(parse_message(path.read_bytes()), OrgContext())
        verdicts[verdict.verdict] += 1
        signals.update(set(verdict.codes))
        if show_misses and verdict.verdict in show_misses.split(","):
            print(f"  {path.name}: {verdict.verdict} {verdict.score} {verdict.codes}")
        print(f"\r  {folder.name}: {i}/{len(files)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return verdicts, signals, len(files)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    root = corpora_dir()
    if not (root / "phishing_pot").is_dir():
        print(f"corpora not found at {root}; set FORNUFT_CORPORA", file=sys.stderr)
        return 1
    start = time.perf_counter()
    verdicts, signals, n = run(root / "phishing_pot", "clean" if args.show_misses else None)
    flagged = verdicts["suspicious"] + verdicts["phishing"]
    print(f"phishing_pot: {n} messages, flagged {flagged / n:.1%} "
          f"(phishing = quarantined {verdicts['phishing'] / n:.1%}, "
          f"suspicious {verdicts['suspicious'] / n:.1%}, clean {verdicts['clean'] / n:.1%})  "
          "goal ≥ 95 % flagged, ≥ 85 % quarantined")
    print("  signals seen:", dict(signals.most_common()))
    for name in ("easy-ham-1", "hard-ham-1"):
        verdicts, signals, n = run(root / "spamassassin" / name, "phishing" if args.show_misses else None)
        print(f"spamassassin/{name}: {n} messages, phishing = quarantined {verdicts['phishing'] / n:.1%}, "
              f"suspicious {verdicts['suspicious'] / n:.1%}, clean {verdicts['clean'] / n:.1%}  "
              "goal ≤ 0.5 % quarantined")
        print("  signals seen:", dict(signals.most_common()))
    verdicts, signals, n = run(root / "spamassassin" / "spam-2")
    print(f"spamassassin/spam-2 (for reference): phishing {verdicts['phishing'] / n:.1%}, "
          f"suspicious {verdicts['suspicious'] / n:.1%}")
    print(f"time: {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
