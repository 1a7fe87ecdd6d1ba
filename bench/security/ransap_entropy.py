"""Does the watcher's entropy signal separate ransomware writes from benign ones? RanSAP traces
(../shared/corpora/ransap: TeslaCrypt vs Excel, storage writes with the entropy of each 4 KiB block,
normalised to 0..1), read in place.

A block counts as random when its entropy is at least the watcher's 4 KB threshold
(ransomware.RANDOM_4KB_ENTROPY bits/byte, divided by 8). Per window of WINDOW seconds: the share
of random blocks. A window is flagged when that share is above half.

    python bench/security/ransap_entropy.py [CORPUS]"""

from __future__ import annotations

import csv
import statistics
import sys
from pathlib import Path

from fornuft.security.ransomware import RANDOM_4KB_ENTROPY

WINDOW = 10
CORPUS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[3] / "shared/corpora/ransap"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpora/ransap")


def windows(path: Path) -> tuple[int, int, list[float]]:
    threshold = RANDOM_4KB_ENTROPY / 8
    buckets: dict[int, list[int]] = {}
    total = random = 0
    with open(path, newline="") as handle:
        for row in csv.reader(handle):
            second, entropy = int(row[0]), float(row[4])
            hit = entropy >= threshold
            total += 1
            random += hit
            bucket = buckets.setdefault(second // WINDOW, [0, 0])
            bucket[0] += 1
            bucket[1] += hit
    shares = [b[1] / b[0] for b in buckets.values() if b[0] >= 20]
    return total, random, shares


def main() -> None:
    results = {}
    for name in ("TeslaCrypt", "Excel"):
        path = next((CORPUS / name).glob("*.csv"))
        total, random, shares = windows(path)
        flagged = sum(share > 0.5 for share in shares)
        results[name] = (flagged, len(shares))
        print(f"{name:10} writes {total:6}  random blocks {random / total:6.1%}  windows {len(shares):3}  "
              f"median share {statistics.median(shares):5.1%}  flagged {flagged}/{len(shares)}")
    tp, positives = results["TeslaCrypt"]
    fp, negatives = results["Excel"]
    print(f"window recall {tp / positives:.2f}, false-positive rate {fp / negatives:.2f} ({WINDOW} s windows)")


if __name__ == "__main__":
    main()
