"""Plans: valid by the contract's conventions, infeasible with reasons, pins, bad input."""

import json
from datetime import date

import pytest

from fornuft.projects.plan import plan_assignment
from fornuft.projects.planner import PlanError, Task, allocate, build_tasks, check_plan
from fornuft.projects.team import TeamError, parse_history, parse_team
from fornuft.projects.templates import TemplateError

from .samples import ENGLISH_TXT, THREAD_EML, team_json

START = date(2026, 3, 2)


def test_the_thread_is_planned_within_the_deadline_and_valid():
    plan = plan_assignment(THREAD_EML.encode(), "a.eml", team_json(), start=START, time_limit=5)
    assert plan["feasible"] is True
    assert plan["deadline"] == "2026-04-17"
    assert plan["finish_date"] <= "2026-04-17"
    assert check_plan(plan, parse_team(team_json()), START, date(2026, 4, 17)) == []
    people = {a["task"]: a["person"] for a in plan["assignments"]}
    rib = [t["id"] for t in plan["tasks"] if t["skill"] == "RIB"]
    assert {people[t] for t in rib} <= {"Kari Nordmann", "Per Berg"}
    assert all("also possible" in line or "only one" in line for line in plan["explanation"] if "→" in line)


def test_a_booking_reduces_capacity_in_every_week_it_touches():
    team = parse_team(team_json())
    kari = team[0]
    assert kari.capacity(date(2026, 3, 2)) == 17.5
    assert kari.capacity(date(2026, 3, 9)) == 17.5
    assert kari.capacity(date(2026, 3, 16)) == 37.5


def test_a_tight_deadline_is_infeasible_with_options():
    eml = THREAD_EML.replace("innen uke 16", "innen uke 11")
    plan = plan_assignment(eml.encode(), "a.eml", team_json(), start=START, time_limit=3)
    assert plan["feasible"] is False
    assert plan["tasks"]  # listed even when infeasible
    text = " ".join(plan["explanation"])
    assert "the deadline is 2026-03-13" in text
    assert "move the deadline" in text and "subcontractor" in text and "drop the deliverable" in text


def test_an_unknown_skill_is_infeasible_and_named():
    tasks = [Task("T1", "Akustikkvurdering", "RIAku", 16, [], "Akustikk")]
    plan = allocate(tasks, parse_team(team_json()), start=START)
    assert plan["feasible"] is False
    assert plan["assignments"] == []
    assert any("RIAku" in line and "no one" in line for line in plan["explanation"])


def test_a_team_with_nobody_free_is_infeasible():
    busy = json.loads(team_json())
    for person in busy["people"]:
        person["booked"] = [{"from": "2026-01-01", "to": "2031-12-31", "hours_per_week": 40}]
    plan = allocate(
        [Task("T1", "Energiattest", "energiattest", 10, [], "Energiattest")], parse_team(json.dumps(busy)), start=START
    )
    assert plan["feasible"] is False
    assert any("fully booked" in line for line in plan["explanation"])


def test_a_pinned_person_keeps_the_task():
    team = parse_team(team_json())
    tasks = build_tasks(["Prosjektering RIB"], people=team)
    free = allocate(tasks, team, start=START, time_limit=3)
    first = next(a["person"] for a in free["assignments"] if a["task"] == "T1")
    other = "Kari Nordmann" if first == "Per Berg" else "Per Berg"
    pinned = allocate(tasks, team, start=START, pins={"T1": other}, time_limit=3)
    assert next(a["person"] for a in pinned["assignments"] if a["task"] == "T1") == other
    assert any("pinned" in line for line in pinned["explanation"])
    assert check_plan(pinned, team, START) == []
    with pytest.raises(PlanError):
        allocate(tasks, team, start=START, pins={"T1": "Nobody"})


def test_estimates_come_from_similar_past_tasks_with_a_range():
    history = parse_history(
        "project,task,skill,estimated_hours,actual_hours\n"
        "P1,Energiberegning og energiattest,energiattest,6,9\n"
        "P2,Energiberegning og attest,energiattest,6,11\n"
        "P3,Energiberegning,energiattest,6,10\n"
    )
    tasks = build_tasks(["Energiattest"], history=history)
    task = next(t for t in tasks if t.name.startswith("Energiberegning"))
    assert task.hours == 10
    assert (task.estimate_low, task.estimate_high) == (9.2, 10.8)
    assert task.estimate_source.startswith("history")


def test_circular_dependencies_are_refused():
    tasks = [Task("A", "a", "RIB", 8, ["B"]), Task("B", "b", "RIB", 8, ["A"])]
    with pytest.raises(PlanError, match="circular dependency"):
        allocate(tasks, parse_team(team_json()), start=START)
    library = {
        "skills": {},
        "templates": [
            {
                "key": "x",
                "names": ["x"],
                "tasks": [
                    {"id": "a", "name": "a", "skill": "RIB", "hours": 1, "depends_on": ["b"]},
                    {"id": "b", "name": "b", "skill": "RIB", "hours": 1, "depends_on": ["a"]},
                ],
            }
        ],
    }
    with pytest.raises(TemplateError, match="circular"):
        plan_assignment(ENGLISH_TXT.encode(), "a.txt", team_json(), start=START, library=library)


def test_ten_thousand_tasks_are_refused_with_a_clear_error():
    tasks = [Task(f"T{i}", "x", "RIB", 1) for i in range(10_000)]
    with pytest.raises(PlanError, match="at most 2000"):
        allocate(tasks, parse_team(team_json()), start=START)


@pytest.mark.parametrize(
    ("team", "message"),
    [
        ("not json", "not JSON"),
        ('{"people": []}', "no people"),
        ('{"people": [{"name": "A", "skills": ["x"], "hours_per_week": "many"}]}', "must be a number"),
        (
            '{"people": [{"name": "A", "skills": ["x"], "hours_per_week": 37.5, '
            '"booked": [{"from": "2026-13-01", "to": "2026-02-01", "hours_per_week": 5}]}]}',
            "not a date",
        ),
        ("[1, 2]", "people"),
    ],
)
def test_a_malformed_team_file_says_what_is_wrong(team, message):
    with pytest.raises(TeamError, match=message):
        parse_team(team)


@pytest.mark.parametrize(
    "history",
    [
        "",
        "project,task\nP,x\n",
        "project,task,skill,estimated_hours,actual_hours\nP,x,RIB,ten,12\n",
        'project,task,skill,estimated_hours,actual_hours\nP,"x,RIB,1,2\n',
    ],
)
def test_a_malformed_history_csv_is_refused(history):
    with pytest.raises(TeamError):
        parse_history(history)


def test_forty_people_two_hundred_tasks_is_planned_and_valid():
    import random
    import time

    rng = random.Random(3)
    skills = ["RIB", "RIV", "RIE", "ARK", "energiattest", "tilstandsvurdering"]
    people = parse_team(
        json.dumps(
            {
                "people": [
                    {
                        "name": f"P{i}",
                        "skills": rng.sample(skills, 2),
                        "hours_per_week": rng.choice([20, 30, 37.5]),
                        "booked": [],
                    }
                    for i in range(40)
                ]
            }
        )
    )
    tasks = []
    for i in range(200):
        deps = [f"T{j}" for j in rng.sample(range(max(0, i - 10), i), min(i, rng.randint(0, 2)))] if i else []
        tasks.append(Task(f"T{i}", f"task {i}", rng.choice(skills), rng.choice([8, 16, 24, 40]), deps, f"D{i // 4}"))
    began = time.perf_counter()
    plan = allocate(tasks, people, start=START, time_limit=4)
    assert time.perf_counter() - began < 30  # 10 s in the benchmark on a quiet core
    assert plan["feasible"]
    assert check_plan(plan, people, START) == []


def test_a_task_whose_skill_nobody_holds_is_flagged_bought_in_and_a_related_person_proposed():
    # Geotechnical work and nobody is a geotechnician; a structural engineer is the closest.
    tasks = [
        Task("T1", "Grunnundersøkelse", "RIG", 24, [], "Geoteknisk vurdering"),
        Task("T2", "Fundamentering", "RIB", 16, ["T1"], "Geoteknisk vurdering"),
    ]
    team = parse_team(team_json())
    plan = allocate(tasks, team, start=START)
    assert plan["feasible"] is False
    geo = next(t for t in plan["tasks"] if t["id"] == "T1")
    assert geo["missing_skill"] is True and geo["subcontract_hours"] == 24 and geo["hours"] == 0
    # nobody without the skill is assigned, and the plan still holds the contract (hours, deps)
    assert [a["task"] for a in plan["assignments"]] == ["T2"]
    assert not [p for p in check_plan(plan, team, START) if "lacks" in p or "before" in p]
    text = "\n".join(plan["explanation"])
    assert "Missing skill" in text and "'RIG'" in text
    rib_people = [p.name for p in team if "RIB" in p.skills]
    proposal = next(line for line in plan["explanation"] if line.startswith("Proposed with a lower fit"))
    assert any(name in proposal for name in rib_people)
    assert any("subcontractor for RIG" in line for line in plan["options"])


def test_a_small_task_starting_late_in_the_week_is_stretched_rather_than_left_unassigned():
    # From a Thursday two working days remain: 15 h would need 37.5+ h that week from the only
    # person with the skill. The task takes one more week instead, and the plan stays feasible.
    team = parse_team('{"people": [{"name": "Eva", "skills": ["miljø"], "hours_per_week": 37.5}]}')
    tasks = [Task("T1", "Kartlegging", "miljø", 20, [], "Kartlegging"),
             Task("T2", "Beskrivelse", "miljø", 15.2, ["T1"], "Kartlegging")]
    thursday = date(2026, 3, 5)
    plan = allocate(tasks, team, start=thursday, deadline=date(2026, 4, 30))
    assert plan["feasible"] is True, plan["explanation"]
    assert {a["task"] for a in plan["assignments"]} == {"T1", "T2"}
    assert check_plan(plan, team, thursday, date(2026, 4, 30)) == []


def test_a_task_too_big_for_one_person_before_the_deadline_is_split_across_qualified_people():
    team = parse_team(json.dumps({"people": [
        {"name": "Siv", "skills": ["RIB"], "hours_per_week": 37.5},
        {"name": "Odd", "skills": ["RIB"], "hours_per_week": 37.5},
        {"name": "Liv", "skills": ["RIB"], "hours_per_week": 30},
    ]}))
    monday, deadline = date(2027, 3, 1), date(2027, 3, 26)  # four weeks
    tasks = [Task("T1", "Konstruksjonsberegninger", "RIB", 200, [], "Beregninger"),
             Task("T2", "Kontroll av beregninger", "RIB", 10, ["T1"], "Beregninger")]
    plan = allocate(tasks, team, start=monday, deadline=deadline)
    parts = [t for t in plan["tasks"] if t["id"].startswith("T1.")]
    assert len(parts) >= 2
    assert sum(t["hours"] for t in parts) == pytest.approx(200)
    people = {a["person"] for a in plan["assignments"] if a["task"].startswith("T1.")}
    assert len(people) >= 2  # more than one qualified person works on it
    for task in plan["tasks"]:  # every task's assignments add up to its hours
        assert sum(a["hours"] for a in plan["assignments"] if a["task"] == task["id"]) == pytest.approx(task["hours"])
    later = next(t for t in plan["tasks"] if t["id"] == "T2")
    assert set(later["depends_on"]) == {t["id"] for t in parts}
    assert any("split across" in line for line in plan["explanation"])
    assert plan["feasible"] is True, plan["explanation"]
    assert check_plan(plan, team, monday, deadline) == []


def test_a_task_whose_people_are_fully_booked_until_the_deadline_is_infeasible_with_the_reason_and_options():
    team = parse_team(json.dumps({"people": [
        {"name": "Rune", "skills": ["brann"], "hours_per_week": 37.5,
         "booked": [{"from": "2027-03-01", "to": "2027-04-30", "hours_per_week": 37.5}]},
        {"name": "Tone", "skills": ["brann"], "hours_per_week": 37.5,
         "booked": [{"from": "2027-03-01", "to": "2027-05-14", "hours_per_week": 37.5}]},
        {"name": "Geir", "skills": ["energi"], "hours_per_week": 37.5},
    ]}))
    tasks = [Task("T1", "Brannkonsept", "brann", 30, [], "Brannkonsept")]
    plan = allocate(tasks, team, start=date(2027, 3, 1), deadline=date(2027, 3, 26))
    assert plan["feasible"] is False
    text = " ".join(plan["explanation"])
    assert "fully booked" in text and "Rune (free from 2027-05-03)" in text
    assert "move the deadline" in text and "subcontractor" in text and "drop the deliverable" in text
    assert sum(a["hours"] for a in plan["assignments"] if a["task"] == "T1") == pytest.approx(30)
