"""Staffing demand per skill and week from booked plans, the pipeline weighted by the chance
of winning it, and the history of time registrations — and that its demand.csv feeds
`fornuft staffing plan` as it is."""

import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from fornuft.cli import cli
from fornuft.insights.demand import (
    WorkItem,
    as_demand_csv,
    forecast_demand,
    history_forecast,
    items_from_projects,
    read_pipeline,
    weekly_hours,
)
from fornuft.insights.series import Observation, RawSeries
from fornuft.insights.tabular import TableProblem

MONDAY = date(2026, 3, 2)


def test_hours_are_spread_over_the_working_days_of_each_week():
    # Thursday 5 March to Wednesday 11 March: 2 working days in the first week, 3 in the second.
    spread = weekly_hours(WorkItem("x", "electrician", 50, date(2026, 3, 5), date(2026, 3, 11)))
    assert spread == {MONDAY: pytest.approx(20), MONDAY + timedelta(weeks=1): pytest.approx(30)}


def test_booked_counts_fully_pipeline_by_its_probability_finished_not_at_all():
    task = {"skill": "Electrician", "hours": 40, "start": "2026-03-02", "end": "2026-03-06"}
    projects = [
        {"title": "School", "status": "running", "plan": {"tasks": [task]}},
        {"title": "Offer", "status": "planned", "plan": {"tasks": [dict(task, skill="electrician ")]}},
        {"title": "Old", "status": "finished", "plan": {"tasks": [task]}},
    ]
    rows = forecast_demand(items_from_projects(projects, win_probability=0.25), MONDAY, 2)
    assert rows == [
        {
            "week": "2026-03-02",
            "skill": "Electrician",
            "hours": 50.0,
            "booked_hours": 40.0,
            "pipeline_hours": 10.0,
            "history_hours": 0.0,
        }
    ]


def test_history_tops_known_work_up_but_is_not_added_to_it():
    # Plumbers have logged 30 h every week for a year; 10 h are booked next week.
    weeks = [MONDAY - timedelta(weeks=k) for k in range(52, 0, -1)]
    history = history_forecast(
        [RawSeries("plumber", [Observation(i + 2, w, 30.0) for i, w in enumerate(weeks)])], MONDAY, 3
    )
    assert set(history) == {(MONDAY + timedelta(weeks=k), "plumber") for k in range(3)}
    assert all(v == pytest.approx(30, abs=0.5) for v in history.values())
    booked = [WorkItem("Job", "Plumber", 45, MONDAY, MONDAY + timedelta(days=4))]
    rows = {r["week"]: r for r in forecast_demand(booked, MONDAY, 3, history)}
    assert rows["2026-03-02"]["hours"] == pytest.approx(45)  # known work above the history: known work
    assert rows["2026-03-09"]["hours"] == pytest.approx(30, abs=0.5)  # nothing known: what history says


def test_pipeline_csv_reads_percent_and_fractions_and_names_bad_cells(tmp_path):
    path = tmp_path / "pipeline.csv"
    path.write_text(
        "name,skill,hours,start,end,probability\n"
        "Hall,carpenter,100,2026-03-02,2026-03-13,40 %\n"
        "Shop,carpenter,20,2026-03-02,2026-03-06,0.5\n"
        "Barn,carpenter,10,2026-03-09,2026-03-13,\n"
    )
    items = read_pipeline(path, default_probability=0.1)
    assert [i.probability for i in items] == [0.4, 0.5, 0.1]
    rows = forecast_demand(items, MONDAY, 2)
    assert [r["hours"] for r in rows] == [pytest.approx(50 * 0.4 + 10), pytest.approx(50 * 0.4 + 1)]

    path.write_text("name,skill,hours,start,end,probability\nHall,carpenter,lots,2026-03-02,2026-03-13,0.4\n")
    with pytest.raises(TableProblem, match=r"row 2, column 'hours'"):
        read_pipeline(path)
    path.write_text("name,skill,hours,start,end,probability\nHall,carpenter,5,2026-03-02,2026-03-13,140 %\n")
    with pytest.raises(TableProblem, match=r"row 2, column 'probability'"):
        read_pipeline(path)


def test_demand_command_feeds_staffing_plan(tmp_path):
    plan = {
        "title": "School",
        "tasks": [{"id": "T1", "skill": "electrician", "hours": 60, "start": "2026-03-02", "end": "2026-03-06"}],
    }
    (tmp_path / "plan.json").write_text(json.dumps(plan))
    (tmp_path / "pipeline.csv").write_text(
        "name,skill,hours,start,end,probability\nHall,electrician,40,2026-03-02,2026-03-06,0.5\n"
    )
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "staffing",
            "demand",
            "--from",
            "2026-W10",
            "--weeks",
            "2",
            "--booked",
            str(tmp_path / "plan.json"),
            "--pipeline",
            str(tmp_path / "pipeline.csv"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output == "week,skill,hours\n2026-03-02,electrician,80\n"
    (tmp_path / "demand.csv").write_text(result.output)
    (tmp_path / "staff.json").write_text(
        json.dumps({"people": [{"name": "Kari", "skills": ["electrician"], "hours_per_week": 37.5}]})
    )
    planned = runner.invoke(
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
    assert planned.exit_code == 0, planned.output
    out = json.loads(planned.output)
    assert out["total_shortfall_hours"] == pytest.approx(80 - 37.5)

    bad = runner.invoke(cli, ["staffing", "demand", "--from", "soon", "--weeks", "2", "--json"])
    assert bad.exit_code == 1
    assert "--from 'soon' is not a date" in json.loads(bad.stdout.splitlines()[0])["error"]["message"]


def test_demand_csv_shape():
    rows = [{"week": "2026-03-02", "skill": "painter", "hours": 12.5}]
    assert as_demand_csv(rows) == "week,skill,hours\n2026-03-02,painter,12.5\n"
