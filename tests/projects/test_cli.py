"""The command-line contract, run as a user runs it: a bare shell, no settings, no server."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .samples import THREAD_EML, team_json
from .test_earned_value import HEADER
from .test_rcpsp import SMALL

PLAN_KEYS = {
    "source",
    "client",
    "title",
    "deadline",
    "budget",
    "location",
    "deliverables",
    "tasks",
    "assignments",
    "feasible",
    "finish_date",
    "explanation",
}


def _run(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return subprocess.run(
        [sys.executable, "-m", "fornuft.cli", "project", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.eml").write_text(THREAD_EML)
    (tmp_path / "team.json").write_text(team_json())
    (tmp_path / "s.sm").write_text(SMALL)
    (tmp_path / "status.csv").write_text(HEADER + "P,2026-02-01,1000,100,80,100,2026-01-01,2026-06-30\n")
    return tmp_path


def test_plan_schedule_and_risk_keep_the_contract(files):
    plan = _run(
        "plan", "a.eml", "--team", "team.json", "--start", "2026-03-02", "--time-limit", "3", "--json", cwd=files
    )
    assert plan.returncode == 0, plan.stderr
    lines = plan.stdout.splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert PLAN_KEYS <= set(result)
    assert result["source"] == "a.eml" and result["deadline"] == "2026-04-17"
    for task in result["tasks"]:
        assert {"id", "name", "skill", "hours", "depends_on", "start", "end"} <= set(task)
    assert {"task", "person", "hours"} == set(result["assignments"][0])

    schedule = _run("schedule", "s.sm", "--json", cwd=files)
    assert schedule.returncode == 0, schedule.stderr
    assert (
        json.loads(schedule.stdout)
        == {"source": "s.sm", "makespan": 7, "optimal": True, "starts": {"1": 0, "2": 0, "3": 3, "4": 3, "5": 7}}
        or json.loads(schedule.stdout)["makespan"] == 7
    )

    risk = _run("risk", "status.csv", "--json", cwd=files)
    assert risk.returncode == 0, risk.stderr
    assert json.loads(risk.stdout)["project"] == "P"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "missing.eml", "--team", "team.json", "--json"], "no such file"),
        (["plan", "empty.eml", "--team", "team.json", "--json"], "empty"),
        (["plan", "a.eml", "--team", "bad.json", "--json"], "not JSON"),
        (["plan", "a.eml", "--team", "team.json", "--start", "soon", "--json"], "not a date"),
        (["plan", "a.xlsx", "--team", "team.json", "--json"], ".eml, .txt, .pdf or .docx"),
        (["schedule", "bad.sm", "--json"], "not a PSPLIB"),
        (["risk", "bad.csv", "--json"], "missing column"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(files, args, message):
    (files / "empty.eml").write_text("")
    (files / "bad.json").write_text("{")
    (files / "a.xlsx").write_bytes(b"PK")
    (files / "bad.sm").write_text("hello")
    (files / "bad.csv").write_text("a,b\n1,2\n")
    result = _run(*args, cwd=files)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
