"""A template's skill nobody holds goes to a stand-in; a skill the client requires stays hard.

The company is invented: a small surveying firm whose team lists condition surveys, site
management and structural engineering, but not the template words "fukt" or "kalkyle".
"""

import copy
import json
from datetime import date

from fornuft.projects.plan import plan_assignment
from fornuft.projects.planner import allocate, build_tasks, check_plan
from fornuft.projects.team import parse_team
from fornuft.projects.templates import seed_library

START = date(2027, 9, 6)
DEADLINE = date(2027, 11, 26)

TEAM = json.dumps({"people": [
    {"name": "Sigrid Lunde", "skills": ["tilstandsvurdering"], "hours_per_week": 37.5},
    {"name": "Trond Aas", "skills": ["byggeledelse", "prosjektledelse"], "hours_per_week": 30},
    {"name": "Håkon Bø", "skills": ["RIB"], "hours_per_week": 37.5},
]})


def _company_library() -> dict:
    """The seed vocabulary plus the company's own template with a moisture and a cost sub-task."""
    library = copy.deepcopy(seed_library())
    library["templates"].append({"key": "salgsrapport", "names": ["boligsalgsrapport"], "tasks": [
        {"id": "befaring", "name": "Befaring", "skill": "tilstandsvurdering", "hours": 6},
        {"id": "fukt", "name": "Fuktmåling", "skill": "fukt", "hours": 3, "depends_on": ["befaring"]},
        {"id": "kalkyle", "name": "Kostnadsoverslag for tiltak", "skill": "kalkyle", "hours": 4,
         "depends_on": ["befaring"]},
        {"id": "rapport", "name": "Rapport", "skill": "tilstandsvurdering", "hours": 10,
         "depends_on": ["fukt", "kalkyle"]},
    ]})
    return library


def _plan(deliverables, **kwargs):
    team = parse_team(TEAM)
    tasks = build_tasks(deliverables, people=team, **kwargs)
    return tasks, allocate(tasks, team, start=START, deadline=DEADLINE, time_limit=2), team


def test_template_sub_tasks_nobody_lists_go_to_the_deliverables_own_skill_and_say_so():
    tasks, plan, team = _plan(["Boligsalgsrapport for Furuveien 3"], library=_company_library())
    assert {t.skill for t in tasks} == {"tilstandsvurdering"}
    assert plan["feasible"] is True, plan["explanation"]
    assert check_plan(plan, team, START, DEADLINE) == []
    people = {a["task"]: a["person"] for a in plan["assignments"]}
    cost = next(t for t in plan["tasks"] if t["name"].startswith("Kostnadsoverslag"))
    assert people[cost["id"]] == "Sigrid Lunde"
    lines = [line for line in plan["explanation"] if line.startswith("Nobody lists")]
    assert len(lines) == 2
    assert any("'kalkyle'" in line and "tilstandsvurdering (Sigrid Lunde)" in line for line in lines)
    assert any("'fukt'" in line for line in lines)
    assert not any(line.startswith("Missing skill") for line in plan["explanation"])


def test_a_template_deliverable_nobody_lists_goes_to_the_closest_related_skill():
    # The built-in cost-estimate template names "kalkyle"; site management is the closest skill held.
    tasks, plan, team = _plan(["Kostnadsoverslag for nytt tak"])
    assert [t.skill for t in tasks] == ["byggeledelse"]
    assert plan["feasible"] is True, plan["explanation"]
    assert [a["person"] for a in plan["assignments"]] == ["Trond Aas"]
    assert any(line.startswith("Nobody lists 'kalkyle'") and "byggeledelse (Trond Aas)" in line
               for line in plan["explanation"])
    assert check_plan(plan, team, START, DEADLINE) == []


def test_a_discipline_the_deliverable_needs_stays_a_hard_requirement():
    # A geotechnical report needs a geotechnician: structural engineering is only proposed.
    tasks, plan, _ = _plan(["Geoteknisk vurdering av tomta"])
    assert {t.skill for t in tasks} == {"RIG"}
    assert plan["feasible"] is False
    assert all(t["missing_skill"] and t["hours"] == 0 and t["subcontract_hours"] > 0 for t in plan["tasks"])
    assert not plan["assignments"]
    assert any(line.startswith("Missing skill") and "'RIG'" in line for line in plan["explanation"])
    assert not any(line.startswith("Nobody lists") for line in plan["explanation"])


def test_a_skill_the_client_lists_as_required_stays_a_hard_requirement():
    tasks, plan, _ = _plan(["Boligsalgsrapport for Furuveien 3"], library=_company_library(),
                           skills=["Kalkyle"], skills_listed=True)
    by_name = {t.name.split(" – ")[0]: t.skill for t in tasks}
    assert by_name["Kostnadsoverslag for tiltak"] == "kalkyle"  # listed by the client: kept
    assert by_name["Fuktmåling"] == "tilstandsvurdering"  # only our vocabulary: stand-in
    assert plan["feasible"] is False
    cost = next(t for t in plan["tasks"] if t["name"].startswith("Kostnadsoverslag"))
    assert cost["missing_skill"] is True and cost["subcontract_hours"] == 4
    assert any("subcontractor for kalkyle" in line for line in plan["options"])


ASSIGNMENT = """Prosjekt: Nytt tak på verkstedbygget
Oppdragsgiver: Heia Verksted AS

Vi ber om følgende:
1. Kostnadsoverslag for nytt tak
2. Tilstandsrapport for verkstedbygget

Alt skal leveres innen 26. november 2027.
"""


def test_the_cli_contract_plans_the_assignment_with_stand_ins():
    plan = plan_assignment(ASSIGNMENT.encode(), "oppdrag.txt", TEAM, start=START, time_limit=2)
    assert plan["feasible"] is True, plan["explanation"]
    assert any(line.startswith("Nobody lists 'kalkyle'") for line in plan["explanation"])
    assert "explanation_lines" not in plan  # the CLI keeps its keys


def test_a_required_skills_section_keeps_the_skill_hard_in_the_cli_contract():
    text = ASSIGNMENT.replace("Alt skal", "Kompetanse:\n- Kalkyle\n\nAlt skal")
    plan = plan_assignment(text.encode(), "oppdrag.txt", TEAM, start=START, time_limit=2)
    assert plan["feasible"] is False
    assert any(line.startswith("Missing skill") and "'kalkyle'" in line for line in plan["explanation"])
