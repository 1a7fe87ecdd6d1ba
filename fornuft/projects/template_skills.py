"""Which skills in a plan the client requires, and which are only our templates' vocabulary.

A template breaks a deliverable into tasks and names a skill for each ("kalkyle" for the cost
estimate of a condition survey, "fukt" for a moisture measurement). Those names are how we
describe the work, not something the client asked for: when nobody in the team lists such a
skill, the task goes to the skill of the deliverable it belongs to (its main task), else to a
skill the team holds that the deliverable's own words name, or else to the closest related skill
the team holds (`related_skills.RELATED`), and the plan says so.

A skill stays a hard requirement (nobody holds it → "Missing skill", bought in, infeasible) when
  * the assignment lists it under its required skills (a skills section, read with high
    confidence), or
  * it is the deliverable's own discipline and that discipline is one where building practice
    asks for a qualified, responsible party (SAK10 design disciplines, independent control,
    NS 3600 condition surveys, energy certificates, environmental surveys): a geotechnical
    report needs a geotechnician, however the template spells the tasks.
Skills merely named somewhere in the prose ("the architect's drawings") are not requirements.
"""

from __future__ import annotations

from fornuft.projects.related_skills import RELATED
from fornuft.projects.templates import canonical_skill

# Canonical (seed) skills that a stand-in from another field may not take over.
DISCIPLINES = frozenset({
    "ARK", "RIB", "RIV", "RIE", "RIBr", "RIG", "RIAku",
    "uavhengig kontroll", "tilstandsvurdering", "energiattest", "miljø",
})

LISTED_CONFIDENCE = 0.8  # extraction gives a skills *section* 0.85, skills found in prose 0.6


def skills_are_listed(extracted: dict) -> bool:
    """Whether the extraction's skills come from a list the assignment states (not from prose)."""
    return (extracted.get("confidence") or {}).get("skills", 0) >= LISTED_CONFIDENCE


def is_discipline(skill: str, library: dict | None = None) -> bool:
    return canonical_skill(skill) in DISCIPLINES or canonical_skill(skill, library) in DISCIPLINES


def main_skill(template: dict, library: dict | None = None) -> str:
    """The deliverable's own skill: the one with the most hours in its template."""
    hours: dict[str, float] = {}
    for item in template["tasks"]:
        skill = canonical_skill(item["skill"], library)
        hours[skill] = hours.get(skill, 0.0) + float(item["hours"])
    return max(hours, key=lambda s: hours[s]) if hours else ""


def is_required(skill: str, main: str, listed: set[str], library: dict | None = None) -> bool:
    """A hard requirement (see the module doc): listed by the client, or the deliverable's discipline."""
    return skill in listed or (skill == main and is_discipline(skill, library))


def stand_in(skill: str, main: str, held: dict[str, str], library: dict | None = None) -> str | None:
    """The canonical skill the team holds that takes a task of `skill` nobody holds: the
    deliverable's main skill, else the closest related one; None when neither is held."""
    if main and main != skill and main in held:
        return main
    for related, _fit in RELATED.get(canonical_skill(skill, library), []) or RELATED.get(canonical_skill(skill), []):
        key = canonical_skill(related, library)
        if key in held:
            return key
    return None
