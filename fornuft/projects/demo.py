"""The part of projects in the demo company (`fornuft demo`); running it again changes nothing."""

import json

from fornuft.projects import services

DEMO_TEAM = {"people": [
    {"name": "Kari Nordmann", "skills": ["RIB", "prosjektledelse"], "hours_per_week": 37.5, "booked": []},
    {"name": "Ola Hansen", "skills": ["tilstandsvurdering", "energiattest"], "hours_per_week": 37.5, "booked": []},
    {"name": "Anne Lie", "skills": ["energiattest", "prosjektledelse"], "hours_per_week": 20, "booked": []},
]}
DEMO_ASSIGNMENT = (
    "Oppdrag: Tilstandsvurdering og energiattest, Lia borettslag\n"
    "Oppdragsgiver: Lia Borettslag\n"
    "Leveranser:\n- Tilstandsvurdering etter NS 3424\n- Energiattest\n\n"
    "Frist: senest 12. juni 2026.\nBudsjett: kr 120 000 eks. mva.\n"
)
DEMO_STATUS = (
    "project,date,budget_at_completion,planned_value,earned_value,actual_cost,planned_start,planned_finish\n"
    "Demo: Rehabilitering Storgata,2026-02-01,800000,120000,100000,125000,2026-01-05,2026-06-26\n"
    "Demo: Rehabilitering Storgata,2026-03-01,800000,260000,200000,270000,2026-01-05,2026-06-26\n"
    "Demo: Rehabilitering Storgata,2026-03-29,800000,400000,290000,410000,2026-01-05,2026-06-26\n"
)


def load(organization) -> None:
    data = services.planning_data(organization)
    if not data.team_json.strip():
        services.save_planning_data(organization, team_json=json.dumps(DEMO_TEAM, ensure_ascii=False))
    titles = {p.title for p in services.list_projects(organization)}
    if "Tilstandsvurdering og energiattest, Lia borettslag" not in titles:
        services.receive_assignment(organization, DEMO_ASSIGNMENT.encode(), filename="lia.txt", reference="demo")
    if "Demo: Rehabilitering Storgata" not in titles:
        services.import_status_csv(organization, DEMO_STATUS)
