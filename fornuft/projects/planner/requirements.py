"""Qualified people an assignment demands in its own words, and which of them the team lacks.

A client seldom writes our skill names. It writes "tilkoblingen krever autorisert
høyspentinstallatør", "the mounting must be done by a certified rope access technician" or "we
need a hydrologist". Such a sentence is a hard requirement (docs/projects.md, "How a plan is
made"): when nobody in the team holds the qualification, that part of the work is bought in and
the plan is infeasible, however well the rest is staffed.

A requirement is a demand (krever, må utføres av, we need, must be done by, …) followed by a
person: a word for a qualified person ("installatør", "technician", "-ologist") or a
qualification word ("autorisert", "certified", "licensed"). Things ("we need a new router",
"krever tilgang til bygget") are not people and are ignored; so are people merely mentioned
("the landlord's electrician will pull power"). The team holds a requirement when one of its
skills names the specific words of it ("sveiseinspeksjon" for "sertifisert sveiseinspektør"),
or when our vocabulary reads both as the same skill ("brannrådgiver" and a team's "brann"); every
specific word must be covered ("FG" of "FG-godkjent installatør"), a bare word for the hands
("technician", "installatør") only when nothing else is specific. A demand for a person with
nothing specific ("we need an engineer") is taken as held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fornuft.projects.planner.team_words import norwegian, same_word, words
from fornuft.projects.templates import canonical_skill, normalize, skills_in_text

_DEMAND = re.compile(
    r"(?i)\b(?:krever|kreves|krav om|forutsetter|"
    r"(?:må|skal|bør)\s+(?:utføres|gjøres|signeres|godkjennes|kontrolleres|prosjekteres|monteres|"
    r"installeres|dokumenteres|sertifiseres|attesteres)\s+av|"
    r"(?:vi|dere)\s+(?:trenger|behøver|må ha)|trenger\s+vi|det\s+trengs|"
    r"requires?|required|we\s+(?:will\s+)?(?:need|require)|you\s+will\s+need|calls\s+for|"
    r"(?:must|shall|should|has\s+to|have\s+to|needs?\s+to)\s+be\s+"
    r"(?:done|carried\s+out|performed|signed(?:\s+off)?|approved|certified|inspected|installed|checked|"
    r"designed|stamped|verified|undertaken|made)\s+by)"
    r"\s+(?:(?:en|et|ei|a|an|the|one|minst\s+én|at\s+least\s+one)\s+)?"
    r"(?P<role>[^\n.,;:()!?]{3,80})"
)
# "A certified electrician is required", "Autorisert installatør er påkrevd": the person before.
_DEMANDED_BEFORE = re.compile(
    r"(?i)(?:^|[.!?:;\n]\s*|\b(?:og|and|men|but)\s+)(?P<role>[^\n.,;:()!?]{3,80}?)\s+"
    r"(?:is|are|will\s+be|er|blir)\s+(?:also\s+|også\s+)?"
    r"(?:required|needed|necessary|mandatory|a\s+requirement|påkrevd|påkrevet|nødvendig|et\s+krav|krav)\b"
)
_LEADING = frozenset({"også", "also", "then", "dessuten", "tillegg", "additionally", "en", "et", "ei", "a", "an",
                      "the", "one", "minst", "én", "at", "least", "i"})
# A phrase ends at a word that starts something else ("… for the model", "… som kan …").
_PHRASE_END = frozenset({
    "for", "til", "på", "i", "med", "som", "og", "eller", "to", "with", "and", "or", "who", "that", "in",
    "on", "at", "before", "før", "innen", "by", "from", "fra", "if", "hvis", "når", "when", "because",
    "fordi", "da", "so", "så", "av", "of",
})
_QUALIFICATION = frozenset({
    "autorisert", "autoriserte", "sertifisert", "sertifiserte", "godkjent", "godkjente", "kvalifisert",
    "kvalifiserte", "akkreditert", "akkrediterte", "certified", "licensed", "licenced", "authorised",
    "authorized", "qualified", "registered", "chartered", "accredited", "approved", "registrert",
})
# Bare words for a person that only say what kind of hands: the words before them are the requirement
# ("rope access" in "certified rope access technician"); alone they are it ("hydrologist").
_HEADS = frozenset({
    "technician", "tekniker", "installatør", "installer", "inspektør", "inspector", "operator", "montør",
})
# Words for a qualified person: whole words, or the end of a Norwegian compound.
_PERSON_ENDINGS = (
    "installatør", "inspektør", "ingeniør", "montør", "kontrollør", "tekniker", "rådgiver", "konsulent",
    "spesialist", "ekspert", "elektriker", "rørlegger", "arkitekt", "sakkyndig", "takstmann", "leder",
    "geolog", "hydrolog", "biolog", "økolog", "sveiser", "revisor", "advokat", "landmåler",
    "engineer", "technician", "installer", "inspector", "surveyor", "contractor", "specialist",
    "expert", "consultant", "adviser", "advisor", "architect", "electrician", "plumber", "welder",
    "operator", "lawyer", "auditor", "assessor", "designer", "planner", "manager",
)
_PERSON_SUFFIXES = ("ologist", "ician", "ist")
# Words that say a person is qualified but not in what.
_GENERIC = frozenset({
    *_QUALIFICATION, "ingeniør", "engineer", "specialist", "spesialist", "ekspert", "expert", "consultant",
    "konsulent", "rådgiver", "adviser", "advisor", "person", "firma", "firm", "company", "contractor",
    "fagperson", "professional", "erfaren", "experienced", "independent", "uavhengig", "external", "ekstern",
})


@dataclass(frozen=True)
class Requirement:
    role: str  # as the assignment writes it: "autorisert høyspentinstallatør"
    sentence: str


def _is_person(word: str) -> bool:
    if word.endswith("list"):
        return False
    return word.endswith(_PERSON_ENDINGS) or word.endswith(_PERSON_SUFFIXES)


def _role(phrase: str) -> str | None:
    """The words naming the demanded person, up to and including the person word; None if no person."""
    kept: list[str] = []
    tokens = phrase.split()
    while tokens and tokens[0].lower() in _LEADING:
        tokens = tokens[1:]
    for raw in tokens[:6]:
        word = raw.strip("'\"«»").lower()
        if word in _PHRASE_END:
            break
        kept.append(raw.strip("'\"«»"))
        if _is_person(normalize(word).replace(" ", "")):
            return " ".join(kept)
    if kept and any(_qualifies(w) for w in kept[:-1]):
        return " ".join(kept)
    return None


def _qualifies(word: str) -> bool:
    """A qualification word, also as the end of a compound ("FG-godkjent", "Nkom-registrert")."""
    return any(part in _QUALIFICATION for part in normalize(word).split())


def _role_before(phrase: str) -> str | None:
    """The person at the end of a phrase followed by "is required": the last words up to five,
    the last of them a person (or a qualification word among them)."""
    tokens = [t for t in phrase.split() if t]
    if not tokens:
        return None
    kept: list[str] = []
    for raw in reversed(tokens[-5:]):
        if raw.lower() in _PHRASE_END or raw.lower() in _LEADING:
            break
        kept.insert(0, raw.strip("'\"«»"))
    if not kept:
        return None
    if _is_person(normalize(kept[-1]).replace(" ", "")) or any(_qualifies(w) for w in kept[:-1]):
        return " ".join(kept)
    return None


def stated_requirements(text: str) -> list[Requirement]:
    """Every qualified person the text demands, once each (by role), in order."""
    found: dict[str, Requirement] = {}
    matches = [(m, _role(m.group("role"))) for m in _DEMAND.finditer(text)]
    matches += [(m, _role_before(m.group("role"))) for m in _DEMANDED_BEFORE.finditer(text)]
    for match, role in sorted(matches, key=lambda pair: pair[0].start()):
        if not role:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = min((i for i in (text.find(c, match.end()) for c in ".\n") if i >= 0), default=len(text))
        found.setdefault(normalize(role), Requirement(role, " ".join(text[start:end].split())[:300]))
    return list(found.values())


def _specific(text: str) -> list[str]:
    """The words that say what a person or skill is: two-letter codes ("FG") count, generic words do not."""
    return [w for w in normalize(text).split() if len(w) >= 2 and w not in _GENERIC and w not in _LEADING
            and (len(w) >= 3 or w in words(text) or w.upper() in text)]


def _covers(wanted: str, own: str) -> bool:
    """A team's word covers a demanded one: the same word on a shared stem, or one holds the
    other's first seven letters ("elektroinstallasjon" holds "install" of "installatør")."""
    if same_word(wanted, own):
        return True
    wanted, own = norwegian(wanted), norwegian(own)
    return len(wanted) >= 7 and len(own) >= 7 and (wanted[:7] in own or own[:7] in wanted)


def is_held(requirement: Requirement, team_skills: list[str], library: dict | None = None) -> bool:
    """Whether a skill of the team covers the requirement (module doc)."""
    specific = _specific(requirement.role)
    if not specific:
        return True
    team_canonical = {canonical_skill(s, library) for s in team_skills}
    ours = skills_in_text(requirement.role, library) + [canonical_skill(w, library) for w in specific]
    if any(skill in team_canonical for skill in ours):
        return True
    core = [w for w in specific if w not in _HEADS] or specific
    own_words = [own for skill in team_skills for own in _specific(skill)]
    return all(any(_covers(w, own) for own in own_words) for w in core)


def listed_requirements(items: list[str]) -> list[Requirement]:
    """The items of a required-skills list that name a qualified person ("Sertifisert
    PLS-programmerer", "Autorisert elektroinstallatør"); other items ("erfaring fra lignende
    oppdrag") are left to the skill vocabulary."""
    found = []
    for item in items:
        if skills_in_text(item):
            continue  # our vocabulary's skill: a listed skill like any other (planner.breakdown)
        role = _role(item)
        if role:
            found.append(Requirement(role, f"{item} (listed as required)"))
    return found


def unmet_requirements(
    text: str, team_skills: list[str], library: dict | None = None, listed: list[str] | None = None
) -> list[Requirement]:
    """The demanded qualifications nobody in the team holds: in the text's sentences, and the
    qualified people in a required-skills list (`listed`)."""
    found: dict[str, Requirement] = {}
    for requirement in [*stated_requirements(text), *listed_requirements(listed or [])]:
        found.setdefault(normalize(requirement.role), requirement)
    return [r for r in found.values() if not is_held(r, team_skills, library)]
