"""Companies outside construction: a deliverable's skill comes from the team's own words and the
company's history, not from the construction vocabulary or "project management" for everything.

The companies are invented: Fjordnett IT AS (an IT consultancy, skills in Norwegian) and
Lanternen Events (an event agency, skills in English).
"""

import json
from datetime import date

from fornuft.projects.plan import plan_assignment
from fornuft.projects.planner import allocate, build_tasks, check_plan
from fornuft.projects.team import parse_history, parse_team

START = date(2027, 9, 6)
DEADLINE = date(2027, 11, 26)

IT_TEAM = json.dumps({"people": [
    {"name": "Ingrid Holm", "skills": ["nettverk", "sikkerhet"], "hours_per_week": 37.5},
    {"name": "Jonas Lie", "skills": ["sky/M365"], "hours_per_week": 37.5},
    {"name": "Maja Dahl", "skills": ["Utvikling"], "hours_per_week": 37.5},
    {"name": "Eirik Foss", "skills": ["prosjektleder"], "hours_per_week": 20},
]})

IT_HISTORY = """project,task,skill,estimated_hours,actual_hours
K1,Migrering av e-post til Exchange Online,sky/M365,30,36
K1,Oppsett av Teams og SharePoint,sky/M365,20,24
K2,Brannmur og VLAN-oppsett,nettverk,16,18
K2,Trådløst nett på kontoret,nettverk,12,15
K3,Kundeportal med innlogging,Utvikling,80,95
K3,Integrasjon mot regnskapssystem,Utvikling,40,52
K4,Risikovurdering og tilgangsstyring,sikkerhet,24,30
K4,Phishing-test for ansatte,sikkerhet,10,9
K4,Oppstartsmøte og fremdriftsplan,prosjektleder,6,8
"""

IT_ASSIGNMENT = """Prosjekt: Oppgradering av IT hos Berge Bakeri
Oppdragsgiver: Berge Bakeri AS

Vi ber om følgende:
1. Nytt nettverk i produksjonslokalet
2. Migrering av filserver til SharePoint
3. Gjennomgang av informasjonssikkerhet og tilganger
4. Integrasjon mot lønnssystemet

Alt skal være ferdig innen 26. november 2027.
"""

EVENT_TEAM = json.dumps({"people": [
    {"name": "Nora Vik", "skills": ["event planning", "project manager"], "hours_per_week": 37.5},
    {"name": "Sam Eide", "skills": ["sound and lighting"], "hours_per_week": 37.5},
    {"name": "Lea Moe", "skills": ["graphic design"], "hours_per_week": 30},
    {"name": "Omar Haug", "skills": ["catering"], "hours_per_week": 37.5},
]})

EVENT_HISTORY = """project,task,skill,estimated_hours,actual_hours
E1,Venue booking and guest list,event planning,12,14
E1,Run of show and supplier contracts,event planning,20,25
E2,Buffet dinner for the staff party,catering,16,18
E2,Lunch for seminar guests,catering,8,9
E3,Posters and flyers for the festival,graphic design,14,16
E3,Printed programme booklet,graphic design,18,21
E4,Stage rig and PA for outdoor concert,sound and lighting,24,28
"""

EVENT_ASSIGNMENT = """Project: Autumn gala for Nordlys Shipping
Client: Nordlys Shipping AS

We need the following:
- Stage, sound and lights for the gala night
- Three-course dinner for 150 guests
- Printed posters and a programme booklet
- Venue booking and guest list management

Everything must be delivered by 26 November 2027.
"""


def _by_deliverable(plan) -> dict[str, str]:
    return {t["deliverable"]: t["skill"] for t in plan["tasks"]}


def _assert_staffed_by_holders(plan, team_text):
    holders = {p["name"]: {s.lower() for s in p["skills"]} for p in json.loads(team_text)["people"]}
    skill_of = {t["id"]: t["skill"].lower() for t in plan["tasks"]}
    assert plan["assignments"]
    for assignment in plan["assignments"]:
        assert skill_of[assignment["task"]] in holders[assignment["person"]], assignment


def test_an_it_consultancy_plans_each_deliverable_with_the_skill_that_does_the_work():
    plan = plan_assignment(IT_ASSIGNMENT.encode(), "oppdrag.txt", IT_TEAM, IT_HISTORY, start=START, time_limit=2)
    skills = _by_deliverable(plan)
    assert skills == {
        "Nytt nettverk i produksjonslokalet": "nettverk",  # the team's own word
        "Migrering av filserver til SharePoint": "sky/M365",  # like past SharePoint and e-mail moves
        "Gjennomgang av informasjonssikkerhet og tilganger": "sikkerhet",  # a compound part
        "Integrasjon mot lønnssystemet": "Utvikling",  # like the past accounting integration
    }
    assert plan["feasible"] is True, plan["explanation"]
    _assert_staffed_by_holders(plan, IT_TEAM)
    assert check_plan(plan, parse_team(IT_TEAM), START, DEADLINE) == []
    assert not any(line.startswith(("Missing skill", "Nobody lists")) for line in plan["explanation"])


def test_an_english_deliverable_finds_the_skill_the_team_writes_in_norwegian():
    team = parse_team(IT_TEAM)
    tasks = build_tasks(["Network upgrade at the warehouse", "Security review of the web shop",
                         "Cloud backup for all laptops"], people=team, history=parse_history(IT_HISTORY))
    assert [t.skill for t in tasks] == ["nettverk", "sikkerhet", "sky/M365"]


def test_estimates_for_the_teams_own_skills_come_from_their_past_tasks():
    tasks = build_tasks(["Migrering av filserver til SharePoint"], people=parse_team(IT_TEAM),
                        history=parse_history(IT_HISTORY))
    assert tasks[0].hours == 30  # the median of the two similar past tasks (36 and 24 hours)
    assert tasks[0].estimate_source.startswith("history")


def test_a_template_matched_on_one_word_gives_way_to_the_teams_clear_match():
    # "Forprosjekt" names the architects' template; for an IT team it is the portal's first phase.
    team = parse_team(IT_TEAM)
    tasks = build_tasks(["Forprosjekt for ny kundeportal"], people=team, history=parse_history(IT_HISTORY))
    assert [t.skill for t in tasks] == ["Utvikling"]
    plan = allocate(tasks, team, start=START, deadline=DEADLINE, time_limit=2)
    assert plan["feasible"] is True, plan["explanation"]
    assert not any(line.startswith("Missing skill") for line in plan["explanation"])


def test_construction_templates_named_by_an_it_deliverable_do_not_make_the_plan_infeasible():
    team = parse_team(IT_TEAM)
    deliverables = ["Feasibility study for the cloud migration",  # the zoning template's name
                    "Moisture sensors in the server room"]  # the moisture template: nobody, no stand-in
    tasks = build_tasks(deliverables, people=team, history=parse_history(IT_HISTORY))
    assert [t.skill for t in tasks][0] == "sky/M365"
    assert not {t.skill for t in tasks} & {"regulering", "fukt"}
    plan = allocate(tasks, team, start=START, deadline=DEADLINE, time_limit=2)
    assert plan["feasible"] is True, plan["explanation"]
    assert check_plan(plan, team, START, DEADLINE) == []


def test_an_event_agency_plans_with_its_english_skills():
    plan = plan_assignment(EVENT_ASSIGNMENT.encode(), "brief.txt", EVENT_TEAM, EVENT_HISTORY, start=START,
                           time_limit=2)
    skills = _by_deliverable(plan)
    assert skills["Stage, sound and lights for the gala night"] == "sound and lighting"
    assert skills["Three-course dinner for 150 guests"] == "catering"
    assert skills["Printed posters and a programme booklet"] == "graphic design"
    assert skills["Venue booking and guest list management"] == "event planning"
    assert plan["feasible"] is True, plan["explanation"]
    _assert_staffed_by_holders(plan, EVENT_TEAM)
    assert check_plan(plan, parse_team(EVENT_TEAM), START, DEADLINE) == []


def test_without_any_clue_the_work_goes_to_the_skill_most_used_in_history_not_project_management():
    tasks = build_tasks(["Diverse"], people=parse_team(EVENT_TEAM), history=parse_history(EVENT_HISTORY))
    assert [t.skill for t in tasks] == ["event planning"]  # 39 past hours, more than any other skill


CONSTRUCTION_TEAM = json.dumps({"people": [
    {"name": "Sigrid Lunde", "skills": ["tilstandsvurdering"], "hours_per_week": 37.5},
    {"name": "Trond Aas", "skills": ["byggeledelse", "prosjektledelse"], "hours_per_week": 30},
    {"name": "Håkon Bø", "skills": ["RIB"], "hours_per_week": 37.5},
]})


def test_a_construction_discipline_nobody_holds_stays_missing_whatever_history_resembles():
    history = parse_history(
        "project,task,skill,estimated_hours,actual_hours\n"
        "B1,Vurdering av tomta før kjøp,tilstandsvurdering,10,12\n"
        "B2,Vurdering av tomta og bygget,tilstandsvurdering,12,13\n"
    )
    team = parse_team(CONSTRUCTION_TEAM)
    tasks = build_tasks(["Geoteknisk vurdering av tomta", "Oppfølging av konstruksjon"], people=team, history=history)
    assert {t.skill for t in tasks if t.deliverable.startswith("Geoteknisk")} == {"RIG"}
    assert {t.skill for t in tasks if t.deliverable.startswith("Oppfølging")} == {"RIB"}
    plan = allocate(tasks, team, start=START, deadline=DEADLINE, time_limit=2)
    assert plan["feasible"] is False
    assert any(line.startswith("Missing skill") and "'RIG'" in line for line in plan["explanation"])


ACCOUNTING_TEAM = json.dumps({"people": [
    {"name": "Tone Berg", "skills": ["regnskap", "Project lead"], "hours_per_week": 37.5},
    {"name": "Ali Rana", "skills": ["lønn"], "hours_per_week": 37.5},
]})


def test_an_accounting_firm_without_history_uses_its_own_words_and_its_own_project_lead():
    team = parse_team(ACCOUNTING_TEAM)
    tasks = build_tasks(["Payroll for March and April", "Accounting system review", "Oppstartsmøte med kunden"],
                        people=team)
    assert [t.skill for t in tasks] == ["lønn", "regnskap", "Project lead"]
    plan = allocate(tasks, team, start=START, deadline=DEADLINE, time_limit=2)
    assert plan["feasible"] is True, plan["explanation"]
    assert check_plan(plan, team, START, DEADLINE) == []
    assert {a["person"] for a in plan["assignments"] if a["task"] == "T1"} == {"Ali Rana"}
