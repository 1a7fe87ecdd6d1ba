"""Earned value and earned schedule exactly as the contract defines them; risk with reasons."""

from datetime import date

import pytest

from fornuft.projects.earned_value import StatusCsvError, compute, group_by_project, read_status_csv
from fornuft.projects.risk import assess_status_csv, default_model, simulate_histories

HEADER = "project,date,budget_at_completion,planned_value,earned_value,actual_cost,planned_start,planned_finish\n"


def test_cpi_spi_and_earned_schedule_by_hand():
    rows = read_status_csv(
        HEADER
        + "P,2026-01-11,1000,100,80,100,2026-01-01,2026-04-11\n"
        + "P,2026-01-21,1000,300,250,320,2026-01-01,2026-04-11\n"
    )
    figures = compute(group_by_project(rows)[0])
    assert figures.cpi == pytest.approx(250 / 320)
    assert figures.spi == pytest.approx(250 / 300)
    # PV curve: (0, 0), (10, 100), (20, 300), (100, 1000). EV 250 lies on 10..20: 10 + 150/200*10 = 17.5.
    assert figures.es_days == pytest.approx(17.5)
    assert figures.spi_t == pytest.approx(17.5 / 20)
    assert figures.eac == pytest.approx(1000 / (250 / 320))
    assert figures.forecast_finish == date(2026, 1, 1) + (date(2026, 4, 11) - date(2026, 1, 1)) / (17.5 / 20)


def test_earned_value_past_the_last_status_point_interpolates_to_the_planned_finish():
    rows = read_status_csv(HEADER + "P,2026-01-11,1000,100,400,380,2026-01-01,2026-04-11\n")
    figures = compute(rows)
    # (10, 100) -> (100, 1000): EV 400 at 10 + 300/900*90 = 40 days.
    assert figures.es_days == pytest.approx(40)
    assert figures.spi_t == pytest.approx(4.0)


def test_the_cli_object_has_the_contract_keys_and_flags_an_overrun():
    text = (
        HEADER
        + "".join(
            f"Late,2026-{m:02d}-01,1000000,{pv},{ev},{ac},2026-01-01,2026-12-31\n"
            for m, pv, ev, ac in [
                (2, 80000, 70000, 80000),
                (3, 170000, 140000, 175000),
                (4, 260000, 200000, 270000),
                (5, 350000, 250000, 360000),
            ]
        )
        + HEADER.split("\n", 1)[1]
        + "OnTrack,2026-05-01,500000,200000,205000,198000,2026-01-01,2026-12-31\n"
    )
    results = assess_status_csv(text)
    assert [r["project"] for r in results] == ["Late", "OnTrack"]
    late, fine = results
    assert set(late) == {"project", "cpi", "spi", "spi_t", "eac", "forecast_finish", "risk", "flag", "reasons"}
    assert late["flag"] is True and fine["flag"] is False
    assert 0 <= fine["risk"] < late["risk"] <= 1
    assert any("CPI has fallen for 3 periods" in r for r in late["reasons"])
    assert any("similar projects" in r for r in late["reasons"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("a,b,c\n1,2,3\n", "missing column"),
        (HEADER, "no rows"),
        (HEADER + "P,2026-13-01,1000,1,1,1,2026-01-01,2026-02-01\n", "line 2: date"),
        (HEADER + "P,2026-01-11,1000,x,1,1,2026-01-01,2026-02-01\n", "planned_value"),
        (HEADER + "P,2026-01-11,1000,1,1\n", "fields"),
        (HEADER + "P,2026-01-11,1000,1,1,1,2026-02-01,2026-01-01\n", "planned_finish"),
        (HEADER + "P,2026-01-11,-5,1,1,1,2026-01-01,2026-02-01\n", "zero or more"),
    ],
)
def test_a_malformed_status_csv_names_the_problem(text, message):
    with pytest.raises(StatusCsvError, match=message):
        read_status_csv(text)


def test_the_shipped_model_flags_simulated_overruns_it_never_saw():
    model = default_model()
    hits = flagged = overran = 0
    from fornuft.projects.risk import assess

    for rows, outcome in simulate_histories(60, 4242):  # not the training seed
        planned = (rows[0].planned_finish - rows[0].planned_start).days
        seen = [r for r in rows if (r.date - r.planned_start).days <= 0.7 * planned] or rows[:1]
        flag = assess(seen, model)["flag"]
        over = max(outcome.values()) > 0.10
        hits += flag and over
        flagged += flag
        overran += over
    assert hits / overran >= 0.75 and hits / flagged >= 0.75
