"""Sign-in detection throughput on one core: synthetic events (200 accounts with their towns, three
addresses and two devices each, 2 % failures, a few trips), fed through Detector one by one; and
parse + detect of the same events as generic CSV.

    python bench/security/throughput.py [EVENTS]"""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import UTC, datetime

from fornuft.security.detection import Detector
from fornuft.security.signins import SignIn, iso, parse_text

CITIES = [("NO", "Oslo", 59.91, 10.75), ("NO", "Bergen", 60.39, 5.32), ("NO", "Ålesund", 62.47, 6.15),
          ("NO", "Tromsø", 69.65, 18.96), ("SE", "Stockholm", 59.33, 18.07)]


def events(count: int, seed: int = 1) -> list[SignIn]:
    rng = random.Random(seed)
    base = datetime(2026, 3, 2, tzinfo=UTC).timestamp()
    home = {f"user{i}": rng.choice(CITIES) for i in range(200)}
    addresses = {f"user{i}": [f"84.{i % 8}.{i}.{k}" for k in range(3)] for i in range(200)}
    result = []
    for index in range(count):
        user = f"user{rng.randrange(200)}"
        place = home[user] if rng.random() > 0.002 else rng.choice(CITIES)
        result.append(SignIn(base + index * 20, user, rng.choice(addresses[user]),
                             rng.random() > 0.02, place[0], place[1], place[2], place[3],
                             f"device-{user}-{rng.randrange(2)}", rng.choice(["Outlook", "Teams", "SharePoint"])))
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    data = events(count)
    rates, cpu_rates = [], []
    for _ in range(3):
        detector = Detector()
        began, cpu = time.perf_counter(), time.process_time()
        for event in data:
            detector.feed(event)
        rates.append(count / (time.perf_counter() - began))
        cpu_rates.append(count / (time.process_time() - cpu))
    # Wall clock counts the time other processes had the core; CPU time is this process's own.
    print(f"detect: {statistics.median(rates):,.0f} sign-ins/s wall, {statistics.median(cpu_rates):,.0f} per "
          f"CPU-second (median of 3, {count:,} events, {len(detector.alerts)} alerts)")
    text = "time,user,ip,result,country,city,lat,lon,device,app\n" + "".join(
        f"{iso(e.ts)},{e.user},{e.ip},{'success' if e.success else 'failure'},{e.country},{e.city},{e.lat},{e.lon},"
        f"{e.device},{e.app}\n" for e in data)
    began, cpu = time.perf_counter(), time.process_time()
    parsed = list(parse_text(text, "csv"))
    detector = Detector()
    for event in parsed:
        detector.feed(event)
    print(f"parse CSV + detect: {count / (time.perf_counter() - began):,.0f} sign-ins/s wall, "
          f"{count / (time.process_time() - cpu):,.0f} per CPU-second")


if __name__ == "__main__":
    main()
