"""1,000 CSV rows through a five-block app (and the supplier template), in process and
through `fornuft apps run` (which includes start-up and reading the CSV). Goal: < 10 s.

    PYTHONPATH=. nice python bench/apps/run_speed.py
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fornuft.apps import starters
from fornuft.apps.executor import execute
from fornuft.apps.tables import read_table_file

FIVE_BLOCKS = {"format": 1, "name": "Five blocks", "nodes": [
    {"id": "rows", "block": "trigger.table", "config": {"text_fields": ["comment"]}},
    {"id": "mood", "block": "understand.sentiment", "config": {}},
    {"id": "pct", "block": "data.formula", "config": {
        "expression": "if(deliveries = 0, 0, on_time / deliveries * 100)", "name": "on_time_pct"}},
    {"id": "score", "block": "data.score", "config": {"criteria": [
        {"name": "On time", "formula": "on_time_pct", "weight": 3, "worst": 50, "best": 100},
        {"name": "Complaints", "formula": "complaints", "weight": 2, "worst": 4, "best": 0},
        {"name": "Mood", "formula": "mood.score", "weight": 1, "worst": -1, "best": 1}]}},
    {"id": "flag", "block": "decision.threshold", "config": {"threshold": 50, "yes": "ok", "no": "follow up"}},
], "edges": [{"from": "rows.text", "to": "mood.text"}, {"from": "rows.record", "to": "pct.record"},
             {"from": "pct.record", "to": "score.record"}, {"from": "score.score", "to": "flag.value"}]}


def write_csv(path: Path, n: int = 1000) -> None:
    rng = random.Random(7)
    comments = ["Leverte som avtalt, takk", "Forsinket igjen og feil på fakturaen", "Ok", "Very helpful and fast",
                "Elendig oppfølging", "Bra kvalitet"]
    lines = ["supplier;deliveries;on_time;invoice_deviations;complaints;comment"]
    for i in range(n):
        d = rng.randint(0, 20)
        lines.append(f"Leverandør {i % 60} AS;{d};{rng.randint(0, d)};{rng.randint(0, 5)};{rng.randint(0, 4)};"
                     f"{rng.choice(comments)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        csv = Path(folder) / "rows.csv"
        write_csv(csv)
        app_file = Path(folder) / "app.json"
        app_file.write_text(json.dumps(FIVE_BLOCKS))
        for name, app in (("five blocks", FIVE_BLOCKS), ("supplier template (6 blocks)",
                                                         starters.template("supplier_evaluation"))):
            times = []
            for _ in range(3):
                start = time.perf_counter()
                rows = read_table_file(csv)
                result = execute(app, rows, keep=0)
                times.append(time.perf_counter() - start)
                assert result.status == "done" and result.rows == 1000, result.reason
            print(f"{name}: 1,000 rows in process, median {statistics.median(times):.3f} s")
        times, cpu = [], []
        for _ in range(3):
            start, before = time.perf_counter(), os.times()
            done = subprocess.run([sys.executable, "-m", "fornuft.cli", "apps", "run", str(app_file), "--csv",
                                   str(csv), "--keep", "0"], capture_output=True, text=True, check=False)
            times.append(time.perf_counter() - start)
            after = os.times()
            cpu.append(after.children_user + after.children_system - before.children_user - before.children_system)
            assert json.loads(done.stdout)["status"] == "done", done.stdout[-500:] + done.stderr[-500:]
        print(f"five blocks via `fornuft apps run` (start-up included): median {statistics.median(times):.3f} s wall, "
              f"{statistics.median(cpu):.3f} s CPU")


if __name__ == "__main__":
    main()
