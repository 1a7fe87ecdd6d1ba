"""Phishing shield on public corpora: share of real phishing flagged (phishing_pot) and
share of legitimate mail wrongly flagged (SpamAssassin easy + hard ham).

    .venv/bin/python bench/bench_mail_phishing.py [--show-misses] [--halves]

--halves also reports the two fixed halves every corpus is split into by a hash of the file
name: changes are chosen on the development half (`dev`) and confirmed on the other
(`test`), which nobody reads message by message.

Corpora are read in place from ../shared/corpora (or $FORNUFT_CORPORA). The shield runs
with an empty organization context (no staff, no known correspondents), so only the
general signals count: this is the harder, honest setting.
"""

from __future__ import annotations

import argparse
import hashlib
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


def half_of(name: str) -> str:
    """The fixed half a corpus file belongs to: `dev` (changes are chosen on it) or `test`."""
    return "dev" if int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % 2 == 0 else "test"


def run(folder: Path, show_misses: str | None = None) -> tuple[Counter, Counter, int]:
    verdicts, signals = Counter(), Counter()
    files = sorted(p for p in folder.iterdir() if p.is_file())
    for i, path in enumerate(files, 1):
        verdict = assess(parse_message(path.read_bytes()), OrgContext())
        verdicts[verdict.verdict] += 1
        verdicts[(half_of(path.name), verdict.verdict)] += 1
        verdicts[(half_of(path.name), "n")] += 1
        signals.update(set(verdict.codes))
        if show_misses and verdict.verdict in show_misses.split(","):
            print(f"  {path.name}: {verdict.verdict} {verdict.score} {verdict.codes}")
        print(f"\r  {folder.name}: {i}/{len(files)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    return verdicts, signals, len(files)


def print_halves(verdicts: Counter) -> None:
    for half in ("dev", "test"):
        n = verdicts[(half, "n")] or 1
        quarantined, suspicious = verdicts[(half, "phishing")], verdicts[(half, "suspicious")]
        print(f"  {half} half ({verdicts[(half, 'n')]}): quarantined {quarantined / n:.1%}, "
              f"suspicious {suspicious / n:.1%}, flagged {(quarantined + suspicious) / n:.1%}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--halves", action="store_true", help="also report the dev and test halves")
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
    if args.halves:
        print_halves(verdicts)
    for name in ("easy-ham-1", "hard-ham-1"):
        verdicts, signals, n = run(root / "spamassassin" / name, "phishing" if args.show_misses else None)
        print(f"spamassassin/{name}: {n} messages, phishing = quarantined {verdicts['phishing'] / n:.1%}, "
              f"suspicious {verdicts['suspicious'] / n:.1%}, clean {verdicts['clean'] / n:.1%}  "
              "goal ≤ 0.5 % quarantined, ≤ 1 % flagged")
        print("  signals seen:", dict(signals.most_common()))
        if args.halves:
            print_halves(verdicts)
    verdicts, signals, n = run(root / "spamassassin" / "spam-2")
    print(f"spamassassin/spam-2 (for reference): phishing {verdicts['phishing'] / n:.1%}, "
          f"suspicious {verdicts['suspicious'] / n:.1%}")
    print(f"time: {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
