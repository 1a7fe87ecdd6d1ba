"""Whether a plan is feasible, for companies outside building consultancy (tests/projects/feasibility/).

Three kinds of infeasible work must be recognised: a qualified person the assignment demands in
its own words whom nobody in the team is; a timeline the qualified people cannot meet, with the
work estimated from the company's history (and counted per unit: "80 butikker"); everyone with
the skill booked through the window.
Their look-alikes must stay feasible: a skill only mentioned in prose, a stand-in for our template
vocabulary, a tight deadline reached by splitting (also mid-week), a booking that ends in time,
a demanded qualification the team holds, and a listed skill the team writes its own way
("FEM analysis" for the team's "FEM-analyse"). A skill the client lists as required that nobody
holds is missing even when no deliverable names it.
"""

from datetime import date
from pathlib import Path

import pytest

from fornuft.projects.plan import plan_assignment
from fornuft.projects.planner import Task, allocate, check_plan
from fornuft.projects.planner.requirements import stated_requirements, unmet_requirements
from fornuft.projects.team import parse_team

CASES_DIR = Path(__file__).parent / "feasibility"

# file, team, history, start, feasible, a line the explanation must hold
CASES = [
    ("it_hoyspent.eml", "it", "it", "2027-03-01", False, "Missing skill: no one in the team has the skill "
     "'autorisert høyspentinstallatør'"),
    ("it_hydrologist.txt", "it", "it", "2027-03-01", False, "Missing skill: no one in the team has the skill "
     "'hydrologist'"),
    ("it_rope_access.txt", "it", "it", "2027-03-01", False, "'certified rope access technician'"),
    ("it_prose_only.txt", "it", "it", "2027-03-01", True, ""),
    ("it_cost_standin.eml", "it", "it", "2027-03-01", True, "Kostnadsoverslag for ny nettverksinfrastruktur → "),
    ("it_stores_many.eml", "it", "it", "2027-03-01", False, "Infeasible: the plan needs until"),
    ("it_stores_few.txt", "it", "it", "2027-03-01", True, ""),
    ("it_cloud_effort.eml", "it", "it", "2027-03-01", False, "Infeasible: the plan needs until"),
    ("it_cloud_small.eml", "it", "it", "2027-03-01", True, ""),
    ("event_two_days.eml", "event", "event", "2027-03-01", False, "Infeasible: the plan needs until"),
    ("event_tight_split.txt", "event", "event", "2027-03-01", True, "is split across"),
    ("event_midweek_split.txt", "event", "event", "2027-03-01", True, "end on 2027-03-03 (mid-week)"),
    ("event_midweek_small.eml", "event", "event", "2027-03-01", True, "end on 2027-03-03 (mid-week)"),
    ("eng_booked.eml", "eng", "eng", "2027-03-29", False, "everyone with 'FEM-analyse' is fully booked"),
    ("eng_booking_ends.txt", "eng_free", "eng", "2027-03-29", True, ""),
    ("eng_requirement_held.eml", "eng", "eng", "2027-03-01", True, ""),
    ("eng_listed_rib.txt", "eng_free", "eng", "2027-03-01", False, "'RIB' needed for"),
    ("eng_listed_held.txt", "eng_free", "eng", "2027-03-01", True, ""),
]


def _plan(name, team, history, start):
    return plan_assignment(
        (CASES_DIR / name).read_bytes(), name, (CASES_DIR / f"team_{team}.json").read_text(encoding="utf-8"),
        (CASES_DIR / f"history_{history}.csv").read_text(encoding="utf-8"), date.fromisoformat(start), time_limit=2,
    )


@pytest.mark.parametrize(("name", "team", "history", "start", "feasible", "line"), CASES, ids=[c[0] for c in CASES])
def test_feasibility_is_recognised_for_each_kind_and_its_look_alike(name, team, history, start, feasible, line):
    plan = _plan(name, team, history, start)
    text = "\n".join(plan["explanation"])
    assert plan["feasible"] is feasible, text
    assert line in text
    if feasible:
        people = parse_team((CASES_DIR / f"team_{team}.json").read_text(encoding="utf-8"))
        deadline = date.fromisoformat(plan["deadline"])
        assert check_plan(plan, people, date.fromisoformat(start), deadline) == []
        assert plan["finish_date"] <= plan["deadline"]
        assert not any(t.get("missing_skill") for t in plan["tasks"])
    else:
        assert plan["options"]


def test_work_outside_our_vocabulary_goes_to_the_teams_own_skill_with_hours_from_history():
    plan = _plan("event_two_days.eml", "event", "event", "2027-03-01")
    skills = {t["deliverable"]: t["skill"] for t in plan["tasks"]}
    assert skills["Program og talere for konferansen"] == "arrangement"  # from past tasks
    assert skills["Sceneteknikk med lyd og lys for konferansen"] == "sceneteknikk"  # named in it
    assert skills["Påmeldingsløsning for deltakere"] == "påmelding"
    program = [t for t in plan["tasks"] if t["deliverable"].startswith("Program")]  # split in parts
    assert sum(t["hours"] for t in program) == pytest.approx(90)  # the median of 96 and 84
    assert all(t["estimate"]["source"].startswith("history") for t in program)


def test_an_unmet_demand_is_bought_in_beside_the_teams_own_work_on_that_deliverable():
    plan = _plan("it_hoyspent.eml", "it", "it", "2027-03-01")
    bought = [t for t in plan["tasks"] if t.get("missing_skill")]
    assert [t["deliverable"] for t in bought] == ["Tilkobling av serverhallen til ny nettstasjon"]
    assert bought[0]["hours"] == 0 and bought[0]["subcontract_hours"] > 0
    assert any("subcontractor for autorisert høyspentinstallatør" in o for o in plan["options"])
    own = {t["skill"] for t in plan["tasks"] if not t.get("missing_skill")}
    assert own <= {"nettverk", "kabling", "prosjektledelse"}


def test_a_deliverable_for_many_like_units_takes_more_hours_than_one():
    many = _plan("it_stores_many.eml", "it", "it", "2027-03-01")
    few = _plan("it_stores_few.txt", "it", "it", "2027-03-01")
    hours_many = sum(t["hours"] for t in many["tasks"])
    hours_few = sum(t["hours"] for t in few["tasks"])
    assert hours_many > 5 * hours_few > 0
    assert "for 80 units" in many["tasks"][0]["estimate"]["source"]


def test_the_effort_the_assignment_states_raises_our_estimate_but_never_lowers_it():
    big = _plan("it_cloud_effort.eml", "it", "it", "2027-03-01")
    small = _plan("it_cloud_small.eml", "it", "it", "2027-03-01")
    assert sum(t["hours"] for t in big["tasks"]) == pytest.approx(400, abs=0.5)
    assert "to the effort the assignment states (400 h)" in big["tasks"][0]["estimate"]["source"]
    assert sum(t["hours"] for t in small["tasks"]) > 10  # "ca. 10 timer" is less than our estimate
    assert not any("effort" in t["estimate"]["source"] for t in small["tasks"])


@pytest.mark.parametrize(("text", "role"), [
    ("Tilkoblingen krever autorisert høyspentinstallatør.", "autorisert høyspentinstallatør"),
    ("Målingene må utføres av en sertifisert kuldetekniker.", "sertifisert kuldetekniker"),
    ("Vi trenger en geolog til å vurdere fjellskjæringen.", "geolog"),
    ("The survey must be carried out by a licensed drone operator.", "licensed drone operator"),
    ("For the soil samples we need an ecologist.", "ecologist"),
    ("This requires a chartered accountant", "chartered accountant"),
    ("A certified electrician is required for the panel work.", "certified electrician"),
    ("Autorisert installatør er påkrevd for tilkoblingen.", "Autorisert installatør"),
    ("Vi trenger også en sertifisert kuldetekniker.", "sertifisert kuldetekniker"),
    ("Alarmen må monteres av FG-godkjent installatør.", "FG-godkjent installatør"),
])
def test_a_demanded_qualified_person_is_read_in_the_clients_words(text, role):
    assert [r.role for r in stated_requirements(text)] == [role]


@pytest.mark.parametrize("text", [
    "Vi trenger tilbud på nytt nettverk innen fredag.",
    "We need a new router and a checklist for the move.",
    "The landlord's electrician will pull power to the cabinet.",
    "Arbeidet krever tilgang til bygget utenom arbeidstid.",
    "The architect's drawings are attached.",
    "Access to the building is required.",
    "Befaring er nødvendig før oppstart.",
])
def test_things_and_people_only_mentioned_are_not_demands(text):
    assert stated_requirements(text) == []


def test_a_demand_the_team_holds_in_its_own_words_or_our_vocabulary_is_met():
    text = ("Inspeksjonen må utføres av en sertifisert sveiseinspektør. Vi trenger en erfaren brannrådgiver. "
            "We need a qualified engineer.")
    assert unmet_requirements(text, ["sveiseinspeksjon", "brann"]) == []
    assert [r.role for r in unmet_requirements(text, ["brann"])] == ["sertifisert sveiseinspektør"]


def test_a_qualified_person_in_a_required_skills_list_is_a_demand_other_items_are_not():
    listed = ["Sertifisert PLS-programmerer", "Autorisert elektroinstallatør", "Erfaring fra lignende oppdrag"]
    unmet = unmet_requirements("", ["PLS-programmering", "nettverk"], listed=listed)
    assert [r.role for r in unmet] == ["Autorisert elektroinstallatør"]


def test_an_english_demand_is_met_by_a_team_that_writes_its_skills_in_norwegian():
    assert unmet_requirements("We need a landscape architect.", ["landskapsarkitektur"]) == []
    assert unmet_requirements("Must be done by a certified welding inspector.", ["sveiseinspeksjon"]) == []
    assert [r.role for r in unmet_requirements("We need a landscape architect.", ["regulering"])] == [
        "landscape architect"]


def test_every_specific_word_of_a_demand_must_be_held_not_only_the_kind_of_hands():
    text = "Alarmen må monteres av FG-godkjent installatør."
    assert [r.role for r in unmet_requirements(text, ["elektroinstallasjon"])] == ["FG-godkjent installatør"]
    assert unmet_requirements(text, ["FG-godkjent alarm", "elektroinstallasjon"]) == []
    assert unmet_requirements("Vi trenger en autorisert installatør.", ["elektroinstallasjon"]) == []


def test_a_mid_week_deadline_is_met_when_the_day_hours_allow_and_missed_when_they_do_not():
    team = parse_team('{"people": [{"name": "Ada", "skills": ["design"], "hours_per_week": 37.5}]}')
    monday, wednesday = date(2027, 3, 1), date(2027, 3, 3)
    small = allocate([Task("T1", "Skisse", "design", 20, [], "Skisse")], team, start=monday, deadline=wednesday)
    assert small["feasible"] is True and small["finish_date"] == "2027-03-03"
    assert check_plan(small, team, monday, wednesday) == []
    # 30 h in three days is 10 h a day: more than Ada's 7.5
    big = allocate([Task("T1", "Skisse", "design", 30, [], "Skisse")], team, start=monday, deadline=wednesday)
    assert big["feasible"] is False
