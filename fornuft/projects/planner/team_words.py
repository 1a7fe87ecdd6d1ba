"""Words of a skill or a demand matched to the team's own words for its skills.

Our template vocabulary is a consulting engineer's ("RIB", "energiattest"); a company in another
trade writes its skills its own way ("nettverk", "FEM-analyse", "landskapsarkitektur"). Used where a
demand or a listed skill in the client's words must be matched to the team's: a "landscape
architect" the client requires is the team's "landskapsarkitektur" (`requirements.py`), "FEM
analysis" is its "FEM-analyse" (`breakdown._as_team_skill`). Which skill a deliverable's work
gets is `projects.skill_match`.

Words match when one starts the other, or they share a stem of at least five letters that is
three quarters of the shorter word ("nettverk" ~ "nettverksutstyr", "analyse" ~ "analysis",
"sveiseinspeksjon" ~ "sveiseinspektør"; "nettverk" and "nettstasjon" do not).
"""

from __future__ import annotations

from fornuft.projects.templates import normalize

MIN_STEM = 5
STEM_SHARE = 0.75
_FILLER = frozenset({
    "and", "the", "for", "with", "new", "our", "all", "og", "av", "til", "med", "som", "den", "det",
    "nye", "nytt", "ny", "alle", "hele", "fra", "per", "etter", "from", "into", "of",
})


# English beginnings of words for trades and disciplines, with the Norwegian stem a team writes:
# an English assignment to a team that lists its skills in Norwegian ("Network design" →
# "nettverk", "landscape architect" → "landskapsarkitekt").
NORWEGIAN_STEM = {
    "landscap": "landskap", "architec": "arkitekt", "structur": "konstruksjon", "electric": "elektro",
    "acoustic": "akustikk", "geotechn": "geotekn", "ventilat": "ventilasjon", "plumb": "rørlegg",
    "network": "nettverk", "securit": "sikkerhet", "drawing": "tegning", "automat": "automasjon",
    "programm": "programmer", "weld": "sveis", "inspect": "inspeks", "lighting": "belysning",
    "interior": "interiør", "environment": "miljø", "energy": "energi", "cost": "kostnad", "cloud": "sky",
    "cabling": "kabling", "survey": "kartlegging", "fire": "brann", "moistur": "fukt", "noise": "støy",
    "registration": "påmelding", "graphic": "grafisk", "stage": "scene", "hydrolog": "hydrolog",
}


def words(text: str) -> list[str]:
    return [w for w in normalize(text).split() if len(w) >= 3 and w not in _FILLER]


def norwegian(word: str) -> str:
    """The Norwegian stem for an English trade word ("landscape" → "landskap"), else the word."""
    for english, stem in NORWEGIAN_STEM.items():
        if word.startswith(english):
            return stem
    return word


def same_word(a: str, b: str) -> bool:
    """One word is the other, starts it (3+ letters), or both share a long enough stem (module doc);
    English trade words are read as their Norwegian stem too."""
    if _same_word(a, b):
        return True
    a2, b2 = norwegian(a), norwegian(b)
    return (a2, b2) != (a, b) and _same_word(a2, b2)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short):
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= MIN_STEM and common >= STEM_SHARE * len(short)


def share_named(text_words: list[str], skill: str) -> float:
    """The share of the skill's words that the text's words match."""
    wanted = words(skill)
    if not wanted:
        return 0.0
    return sum(1 for w in wanted if any(same_word(w, h) for h in text_words)) / len(wanted)
