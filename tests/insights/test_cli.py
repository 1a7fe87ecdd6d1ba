"""The command-line contracts, exactly: one JSON object per line, the documented keys, a
clear one-line error and exit 1 for bad files, and no Django settings needed."""

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from fornuft.cli import cli

ROOT = Path(__file__).resolve().parents[2]


def test_forecast_contract_from_a_bare_shell(tmp_path):
    rows = [f"2024-{m:02d}-01,{100 + m}" for m in range(1, 13)] + [f"2025-{m:02d}-01,{110 + m}" for m in range(1, 13)]
    path = tmp_path / "s.csv"
    path.write_text("date,value\n" + "\n".join(rows) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "FORNUFT_HOME")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fornuft.cli",
            "forecast",
            str(path),
            "--horizon",
            "3",
            "--season-length",
            "1",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.strip().splitlines()
    out = json.loads(line)
    assert out["series"] == "total" and isinstance(out["model"], str) and out["warnings"] == []
    assert [p["date"] for p in out["forecast"]] == ["2026-01-01", "2026-02-01", "2026-03-01"]


def test_forecast_bad_file_is_one_clear_error(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("date,value\n2024-01-01,1\n2024-02-01,to\n")
    result = CliRunner().invoke(cli, ["forecast", str(path), "--horizon", "2", "--json"])
    assert result.exit_code == 1
    error = json.loads(result.stdout.strip())["error"]
    assert error["message"] == "row 3, column 'value': 'to' is not a number"
    assert "Traceback" not in result.output
    missing = CliRunner().invoke(cli, ["forecast", str(tmp_path / "nope.csv"), "--horizon", "2"])
    assert missing.exit_code == 1 and "no such file" in missing.output
    assert CliRunner().invoke(cli, ["forecast", str(path), "--horizon", "0", "--json"]).exit_code == 1


def test_quote_price_contract(tmp_path):
    (tmp_path / "bids.csv").write_text("date,segment,service,cost,price,won\n2025-01-01,a,b,100,120,1\n")
    (tmp_path / "quote.json").write_text(json.dumps({"segment": "a", "service": "b", "cost": 1000}))
    result = CliRunner().invoke(
        cli,
        ["quote", "price", "--history", str(tmp_path / "bids.csv"), "--quote", str(tmp_path / "quote.json"), "--json"],
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert list(out) == ["suggested_price", "win_probability", "expected_margin", "price_range", "explanation"]
    assert out["suggested_price"] == 1250 and out["win_probability"] == 1.0
    assert out["expected_margin"] == 250 and isinstance(out["explanation"][0], str)
    (tmp_path / "quote.json").write_text("{not json")
    bad = CliRunner().invoke(
        cli,
        ["quote", "price", "--history", str(tmp_path / "bids.csv"), "--quote", str(tmp_path / "quote.json"), "--json"],
    )
    assert bad.exit_code == 1 and "not valid JSON" in bad.output


def test_staffing_plan_contract(tmp_path):
    (tmp_path / "demand.csv").write_text("week,skill,hours\n2026-01-05,el,10\n")
    (tmp_path / "staff.json").write_text(
        json.dumps(
            {
                "people": [
                    {
                        "name": "A",
                        "skills": ["el"],
                        "hours_per_week": 37.5,
                        "cost_per_hour": 100,
                        "booked": [{"from": "2026-01-05", "to": "2026-01-09", "hours_per_week": 30}],
                    }
                ]
            }
        )
    )
    result = CliRunner().invoke(
        cli,
        [
            "staffing",
            "plan",
            "--demand",
            str(tmp_path / "demand.csv"),
            "--staff",
            str(tmp_path / "staff.json"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "weeks": [
            {
                "week": "2026-01-05",
                "skill": "el",
                "demand_hours": 10.0,
                "assigned": [{"person": "A", "hours": 7.5}],
                "shortfall_hours": 2.5,
            }
        ],
        "total_shortfall_hours": 2.5,
        "total_cost": 750.0,
    }
