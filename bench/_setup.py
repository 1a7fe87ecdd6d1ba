"""Shared bench setup: a throwaway FORNUFT_HOME with a migrated SQLite database."""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date


def django_in_temp_home(prefix: str = "fornuft-bench-") -> str:
    home = tempfile.mkdtemp(prefix=prefix)
    os.environ["FORNUFT_HOME"] = home
    os.environ.setdefault("FORNUFT_SECRET_KEY", "bench")
    os.environ["FORNUFT_HUEY_IMMEDIATE"] = "1"
    os.environ["DJANGO_SETTINGS_MODULE"] = "fornuft.config.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return home


def machine() -> str:
    return f"{date.today()} · {platform.node()} · {os.cpu_count()} cores · Python {sys.version.split()[0]}"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def summary(label: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return f"{label}: median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms (n={len(ms)})"
