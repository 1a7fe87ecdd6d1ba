"""Who could stand in when nobody in the team holds a task's skill.

A task whose discipline nobody has cannot be staffed by the team: the plan lists it as work
to buy in (a subcontractor), says so with a "missing skill" warning, and names the people
whose own discipline is closest, at a lower fit. They are only proposed, never assigned:
an allocation must hold the skill (the plan contract), and a person decides whether a
related discipline is good enough (e.g. a structural engineer for simple geotechnical work).

A skill that is only our templates' vocabulary (not a discipline the client requires, see
`template_skills`) is different: its task is planned with the closest related skill the team
holds, and the plan says so.

The neighbours are canonical skill names (`templates.canonical_skill`); the fit says how
much of the work the neighbour usually covers, for ranking only.
"""

from __future__ import annotations

from fornuft.projects.templates import canonical_skill

# canonical skill -> [(related canonical skill, fit 0..1)], closest first
RELATED: dict[str, list[tuple[str, float]]] = {
    "RIG": [("RIB", 0.5), ("miljø", 0.3)],
    "RIB": [("RIG", 0.4), ("ARK", 0.3)],
    "RIBr": [("ARK", 0.4), ("RIB", 0.3), ("RIV", 0.3)],
    "RIAku": [("RIV", 0.4), ("ARK", 0.4)],
    "RIV": [("energiattest", 0.4), ("RIE", 0.3)],
    "RIE": [("RIV", 0.3), ("energiattest", 0.3)],
    "ARK": [("byggesøknad", 0.4), ("RIB", 0.3)],
    "energiattest": [("RIV", 0.5), ("tilstandsvurdering", 0.4)],
    "tilstandsvurdering": [("fukt", 0.5), ("energiattest", 0.3), ("RIB", 0.3)],
    "fukt": [("tilstandsvurdering", 0.6), ("miljø", 0.3)],
    "miljø": [("fukt", 0.4), ("tilstandsvurdering", 0.4)],
    "kalkyle": [("byggeledelse", 0.5), ("prosjektledelse", 0.4)],
    "byggeledelse": [("prosjektledelse", 0.5), ("kalkyle", 0.3)],
    "byggesøknad": [("ARK", 0.5), ("prosjektledelse", 0.3)],
    "regulering": [("ARK", 0.5), ("byggesøknad", 0.3)],
    "prosjektledelse": [("byggeledelse", 0.5)],
}


def related_people(skill: str, people) -> list[tuple[str, str, float]]:
    """(person, their related skill, fit) for a skill nobody holds, best fit first, then name."""
    wanted = canonical_skill(skill)
    neighbours = dict(RELATED.get(wanted, []))
    found: dict[str, tuple[str, float]] = {}
    for person in people:
        for own in person.skills:
            fit = neighbours.get(canonical_skill(own))
            if fit is not None and fit > found.get(person.name, ("", 0.0))[1]:
                found[person.name] = (own, fit)
    return sorted(((name, own, fit) for name, (own, fit) in found.items()), key=lambda x: (-x[2], x[0]))
