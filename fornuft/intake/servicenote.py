"""A technician's note (typed or transcribed) → findings, actions, parts used and time spent.

Plain data: sentences are split into clauses; a clause with a work verb ("byttet", "replaced",
"rengjort", "cleaned") is an action, a clause that states a condition is a finding. Parts come
from "byttet X", "replaced X", "brukte X", "used X", "parts: X" with their quantities; time from
"N timer/hours/minutter/minutes", "halvannen time", "tre kvarter"."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from fornuft.intake import spoken

ACTION_WORDS = {
    # nb
    "byttet", "skiftet", "erstattet", "rengjort", "rengjorde", "renset", "rensa", "vasket", "kontrollert",
    "kontrollerte", "sjekket", "sjekka", "justert", "justerte", "strammet", "montert", "monterte",
    "installert", "testet", "testa", "etterfylt", "etterfylte", "fylt", "fylte", "reparert", "reparerte",
    "tettet", "tetta",
    "smurt", "smurte", "kalibrert", "nullstilt", "nullstilte", "oppdatert", "programmert", "satt", "avluftet",
    "luftet", "tømt", "tømte", "målt", "målte", "lekkasjesøkt", "byttes", "skiftes", "erstattes", "rengjøres",
    "demontert", "demonterte", "festet", "loddet", "isolert", "isolerte", "trykktestet", "byttet ut",
    # en
    "replaced", "changed", "swapped", "cleaned", "checked", "inspected", "adjusted", "tightened", "installed",
    "mounted", "fitted", "tested", "refilled", "topped", "filled", "repaired", "fixed", "sealed", "lubricated",
    "greased", "calibrated", "reset", "updated", "flushed", "bled", "vacuumed", "measured", "recharged",
    "removed", "secured", "insulated", "serviced", "descaled", "charged", "re-gassed", "regassed",
}
FINDING_WORDS = {
    "fant", "funnet", "oppdaget", "observert", "registrert", "lekkasje", "lekker", "defekt", "slitt", "skitten",
    "tett", "tette", "feilkode", "feil", "alarm", "støy", "støyer", "vibrasjon", "rust", "korrosjon", "sprukket",
    "ødelagt", "lavt", "høyt", "manglet", "mangler", "ising", "is", "kondens", "fungerer", "virker",
    "found", "noticed", "observed", "detected", "leak", "leaking", "faulty", "worn", "dirty", "clogged", "blocked",
    "error", "fault", "noise", "noisy", "vibration", "corrosion", "cracked", "broken", "low",
    "high", "missing", "iced", "icing", "condensation", "works", "working", "was", "were", "had", "has",
    "showed", "viste",
}
PART_VERBS = r"(?:byttet(?:\s+ut)?|skiftet(?:\s+ut)?|erstattet|montert(?:e)?\s+ny(?:tt|e)?|satt\s+inn|" \
             r"brukt(?:e)?|" \
             r"replaced|changed|swapped|fitted\s+(?:a\s+)?new|installed\s+(?:a\s+)?new|used)"
PARTS_LABEL = r"(?:deler(?:\s+brukt)?|brukte\s+deler|parts(?:\s+used)?|materiell|materials?)\s*[:\-]\s*"
MINUTE_WORDS = {"minutter", "minutt", "min", "minutes", "minute", "mins"}
HOUR_WORDS = {"timer", "time", "t", "hours", "hour", "hrs", "h", "timers"}
TIME_CONTEXT = {"brukt", "brukte", "spent", "tid", "time", "arbeidstid", "tok", "took", "jobbet", "worked",
                "totalt", "total", "in", "on", "på"}


@dataclass
class ServiceNote:
    findings: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)  # {"description": str, "quantity": number}
    hours: float | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text)
    parts = re.split(r"(?<!\d)[.!?](?!\d)\s*|[.!?]\s+(?=[A-ZÆØÅ])|;\s*|\s+-\s+|\n", text)
    return [p.strip(" ,") for p in parts if p and p.strip(" ,")]


def _clauses(sentence: str) -> list[str]:
    parts = re.split(r",(?!\d)\s*|\s+(?:og|and|men|but|samt|then|så)\s+(?=[a-zæøå]+(?:e|et|te|t|ed|d)\b)", sentence)
    parts = [re.sub(r"(?i)^(?:og|and|men|but|samt|så|then)\s+", "", p.strip()) for p in parts if p and p.strip()]
    return [p for p in parts if p]


def _capital(text: str) -> str:
    text = text.strip(" ,.")
    return text[:1].upper() + text[1:] if text else text


def _time(sentence: str) -> float | None:
    words = spoken.tokens(sentence)
    if re.search(r"(?i)\btre\s+kvarter\b|\bthree\s+quarters?\s+of\s+an\s+hour\b", sentence):
        return 0.75
    if re.search(r"(?i)\b(?:et|ett|ei|a)\s+kvarter\b|\ba\s+quarter\s+of\s+an\s+hour\b", sentence):
        return 0.25
    total = None
    for number in spoken.numbers_in(words):
        after = words[number.end] if number.end < len(words) else ""
        if after in HOUR_WORDS:
            total = (total or 0) + number.value
        elif after in MINUTE_WORDS:
            total = (total or 0) + number.value / 60
    if total is None and re.search(r"(?i)\b(?:en|ei|one|an)\s+(?:time|hour)\b", sentence):
        total = 1.0
    return round(total, 2) if total is not None else None


def _parts(clause: str) -> list[dict]:
    found: list[dict] = []
    label = re.search(rf"(?i){PARTS_LABEL}(.+)", clause)
    chunks: list[str] = []
    if label:
        chunks = re.split(r",\s*|\s+(?:og|and)\s+", label.group(1))
    else:
        verb = re.search(rf"(?i)\b{PART_VERBS}\s+(.+)", clause)
        if verb:
            chunk = re.split(r"(?i)\s+(?:på|on|in|i|at|ved|for|fordi|because|since|som|that|which|with|med)\s+",
                             verb.group(1))[0]
            chunks = [chunk]
    for chunk in chunks:
        words = spoken.tokens(chunk)
        quantity = 1.0
        found_numbers = spoken.numbers_in(words)
        description = chunk
        if found_numbers and found_numbers[0].start == 0:
            quantity = found_numbers[0].value
            description = " ".join(words[found_numbers[0].end:])
        description = re.sub(r"(?i)^(?:stk|stykk|pcs|x|nye?|nytt|new|the|a|an|et|en|ei)\s+", "", description.strip())
        description = re.sub(r"(?i)^(?:stk|stykk|pcs|x|nye?|nytt|new)\s+", "", description)
        if description and len(description) <= 80:
            found.append({"description": _capital(description), "quantity": quantity})
    return found


def extract_note(text: str) -> ServiceNote:
    """Findings, actions, parts and hours in a service note (see the module docstring)."""
    note = ServiceNote()
    for sentence in _sentences(text):
        hours = _time(sentence)
        words = set(spoken.tokens(sentence))
        if hours is not None and (words & TIME_CONTEXT or len(words) <= 6):
            note.hours = round((note.hours or 0) + hours, 2)
            if len(words) <= 8:
                continue
        if re.match(rf"(?i){PARTS_LABEL}", sentence):
            note.parts.extend(_parts(sentence))
            continue
        for clause in _clauses(sentence):
            clause_words = [w.lower() for w in re.findall(r"[\wæøåÆØÅ-]+", clause)]
            if len(clause_words) < 2:
                continue
            if set(clause_words) & ACTION_WORDS:
                note.actions.append(_capital(clause))
                note.parts.extend(_parts(clause))
            elif set(clause_words) & FINDING_WORDS or len(clause_words) >= 3:
                note.findings.append(_capital(clause))
    return note
