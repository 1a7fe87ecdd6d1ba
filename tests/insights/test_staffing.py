"""Staffing plans: capacity rules, skills, least shortfall, then least cost."""

import itertools
import json
from datetime import date

import pytest

from fornuft.insights.staffing import Booking, Person, contract, parse_team, plan, read_demand, read_team
from fornuft.insights.tabular import TableProblem

MON = date(2026, 1, 5)


def test_capacity_is_hours_minus_bookings_capped_by_the_maximum():
    person = Person(
        "Kari",
        ["el"],
        37.5,
        max_hours_per_week=30,
        booked=[Booking(date(2026, 1, 5), date(2026, 1, 9), 20), Booking(date(2026, 1, 14), date(2026, 1, 31), 10)],
    )
    assert person.capacity(date(2026, 1, 5)) == 17.5  # 37.5 - 20
    assert person.capacity(date(2026, 1, 12)) == 27.5  # a booking from Wednesday takes the whole week
    assert person.capacity(date(2026, 1, 19)) == 27.5  # min(37.5 - 10, 30)
    assert Person("Ola", [], 10, booked=[Booking(MON, MON, 60)]).capacity(MON) == 0


def test_least_shortfall_then_least_cost():
    people = [
        Person("Dear", ["el", "vvs"], 40, cost_per_hour=900),
        Person("Cheap", ["el"], 40, cost_per_hour=500),
        Person("Plumber", ["vvs"], 20, cost_per_hour=600),
    ]
    demand = {(MON, "el"): 50.0, (MON, "vvs"): 30.0}
    result = plan(demand, people)
    rows = {r["skill"]: r for r in result["weeks"]}
    # All 80 h can be covered (40 + 40 + 20 = 100): Cheap 40 el, Dear 10 el + 10 vvs, Plumber 20 vvs.
    assert result["total_shortfall_hours"] == 0
    assert {a["person"]: a["hours"] for a in rows["el"]["assigned"]} == {"Cheap": 40, "Dear": 10}
    assert {a["person"]: a["hours"] for a in rows["vvs"]["assigned"]} == {"Plumber": 20, "Dear": 10}
    assert result["total_cost"] == 40 * 500 + 20 * 900 + 20 * 600


def test_a_skill_nobody_holds_is_all_shortfall_and_names_match_without_case():
    result = plan({(MON, "Welding"): 12.0, (MON, " Electrical "): 5.0}, [Person("A", ["electrical"], 10)])
    rows = {r["skill"]: r for r in result["weeks"]}
    assert rows["Welding"]["shortfall_hours"] == 12 and rows["Welding"]["assigned"] == []
    assert rows[" Electrical "]["shortfall_hours"] == 0


def brute_force_shortfall(demand, people, week):
    """Least shortfall by trying every split of each person's hours in whole hours (tiny cases)."""
    skills = [s for (w, s) in demand if w == week]
    best = sum(demand[(week, s)] for s in skills)
    options = []
    for person in people:
        cap = int(person.capacity(week))
        held = [s for s in skills if s in person.skills]
        splits = [
            dict(zip(held, combo, strict=True))
            for combo in itertools.product(range(cap + 1), repeat=len(held))
            if sum(combo) <= cap
        ]
        options.append(splits or [{}])
    for choice in itertools.product(*options):
        short = sum(max(0, demand[(week, s)] - sum(c.get(s, 0) for c in choice)) for s in skills)
        best = min(best, short)
    return best


def test_the_shortfall_is_the_least_possible_on_small_cases():
    import random

    rng = random.Random(3)
    for _ in range(6):
        skills = ["a", "b", "c"]
        people = [Person(f"p{k}", rng.sample(skills, rng.randint(1, 2)), rng.randint(1, 5)) for k in range(3)]
        demand = {(MON, s): float(rng.randint(0, 7)) for s in skills}
        assert plan(demand, people)["total_shortfall_hours"] == brute_force_shortfall(demand, people, MON)


def test_files_and_the_contract(tmp_path):
    (tmp_path / "demand.csv").write_text("week,skill,hours\n2026-01-07,el,10\n2026-W02,el,5\n2026-01-12,el,1\n")
    (tmp_path / "team.json").write_text(json.dumps({"people": [{"name": "A", "skills": ["el"], "hours_per_week": 8}]}))
    demand = read_demand(tmp_path / "demand.csv")
    assert demand == {(MON, "el"): 15.0, (date(2026, 1, 12), "el"): 1.0}
    out = contract(plan(demand, read_team(tmp_path / "team.json")))
    assert set(out) == {"weeks", "total_shortfall_hours", "total_cost"}
    assert out["weeks"][0] == {
        "week": "2026-01-05",
        "skill": "el",
        "demand_hours": 15.0,
        "assigned": [{"person": "A", "hours": 8.0}],
        "shortfall_hours": 7.0,
    }


@pytest.mark.parametrize(
    ("team", "message"),
    [
        ({"people": [{"skills": []}]}, "'name' is missing"),
        ({"people": [{"name": "A", "hours_per_week": "mange"}]}, "hours_per_week: 'mange' is not a number"),
        (
            {
                "people": [
                    {
                        "name": "A",
                        "hours_per_week": 5,
                        "booked": [{"from": "2026-02-01", "to": "2026-01-01", "hours_per_week": 1}],
                    }
                ]
            },
            "before",
        ),
        ({"people": [{"name": "A", "hours_per_week": 5}, {"name": "A", "hours_per_week": 5}]}, "twice"),
        ({"folk": []}, "team file must be"),
    ],
)
def test_bad_team_files(team, message):
    with pytest.raises(TableProblem, match=message):
        parse_team(team)


def test_bad_demand_rows(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("week,skill,hours\n2026-01-05,el,ti\n")
    with pytest.raises(TableProblem, match=r"row 2, column 'hours'"):
        read_demand(path)
    path.write_text("uke,skill,hours\n")
    with pytest.raises(TableProblem, match="no column 'week'"):
        read_demand(path)
