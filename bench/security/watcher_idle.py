"""The watcher on a large share: time to `ready`, memory (RSS) and CPU while idle.

    python bench/security/watcher_idle.py [FILES]   (default 100,000 small files in 200 folders)"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory(prefix="fornuft-idle-") as folder:
        share = Path(folder)
        folders = 200
        for index in range(count):
            target = share / f"avdeling-{index % 10}" / f"mappe-{index % folders:03d}"
            if index < folders:
                target.mkdir(parents=True, exist_ok=True)
            (target / f"dok-{index:06d}.txt").write_bytes(b"notat " * 20)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("DJANGO_SETTINGS_MODULE", None)
        began = time.monotonic()
        process = subprocess.Popen([sys.executable, "-m", "fornuft.cli", "security", "watch", str(share), "--json"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        assert json.loads(process.stdout.readline()) == {"event": "ready"}
        ready = time.monotonic() - began
        time.sleep(2)
        cpu_before, wall_before = cpu_seconds(process.pid), time.monotonic()
        time.sleep(20)
        idle = (cpu_seconds(process.pid) - cpu_before) / (time.monotonic() - wall_before)
        rss = rss_mb(process.pid)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        process.stdout.close()
    print(f"{count:,} files: ready after {ready:.1f} s, RSS {rss:.0f} MB, idle CPU {idle:.1%} of a core")


if __name__ == "__main__":
    main()
