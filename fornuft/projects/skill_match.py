"""The skill of a deliverable no template covers, chosen from what the company itself knows.

The seed vocabulary and templates speak construction. A company in another trade (an IT
consultancy, an event agency, an accounting firm) writes its skills in its own words in
team.json and has done its past work under those words in history.csv. For a deliverable
no template covers, the skill is, in this order:

  1. a skill the team holds that the deliverable names: a vocabulary skill by one of its
     aliases, or the team's own word, one of its ≥ 4-letter words inside a word of the
     deliverable ("sikkerhet" in "informasjonssikkerhet"), or the word and a deliverable
     word sharing a prefix of ≥ 5 letters and at least half the word ("utvikling" /
     "utvikle"); case- and diacritic-insensitive, with a few English/Norwegian pairs
     ("network" finds "nettverk"). Project management, the fallback, counts last;
  2. the skill of the most similar past tasks (TF-IDF over task names, `PastTasks.choose`)
     that someone in the team holds, when the assignment's skills name it, or name no skill
     the team holds other than project management;
  3. (existing rule) a vocabulary skill the deliverable names that nobody holds;
  4. the assignment's first skill the team holds; else, for a team that speaks the vocabulary,
     its first skill, which (coming from the prose, not from the deliverable) a stand-in may take;
  5. the skill the team has spent the most hours on in history;
  6. the team's project-management skill (`project_management_skill`), else "prosjektledelse".

For a team that speaks the seed vocabulary (holds a skill of it other than project
management) step 3 comes before step 2 unless the assignment names the past tasks' skill, as
before: a construction team's "støyvurdering" with no acoustician stays a missing skill,
whatever a past task resembles. A template whose main skill nobody holds and the client did not
list gives way to a step 1 or 2 choice (`template_gives_way`): for a team that speaks the
vocabulary only to step 1 and never on a discipline; for another team on a discipline only when
matched by a single word, and on any other skill also to steps 4–6 when no stand-in is held.
"""

from __future__ import annotations

import heapq
import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from fornuft.projects.team import HistoryRow
from fornuft.projects.template_skills import DISCIPLINES, is_discipline, stand_in
from fornuft.projects.templates import canonical_skill, normalize, skills_in_text

ROW_SIMILARITY = 0.2  # a past task this close to the deliverable counts
MIN_SIMILARITY = 0.35  # a skill's combined score (PastTasks.choose) this high chooses it
MAX_SIMILAR = 50  # past tasks looked at per deliverable
PROJECT_MANAGEMENT = "prosjektledelse"

# Words that say nothing about which skill does the work.
_STOPWORDS = frozenset(
    "og av for med til fra på i en et ei om som det den de ny nytt nye vår våre our the and of "
    "for with to from on in a an new all alle".split()
)

# A few generic trade words in both languages, so an English deliverable finds a team that
# writes its skills in Norwegian and the other way round.
_PAIRS = (
    ("nettverk", "network"), ("sikkerhet", "security"), ("sky", "cloud"), ("utvikling", "development"),
    ("regnskap", "accounting"), ("lønn", "payroll"), ("markedsføring", "marketing"), ("revisjon", "audit"),
    ("skatt", "tax"), ("arrangement", "event"), ("lyd", "sound"), ("lys", "lighting"),
    ("opplæring", "training"), ("brukerstøtte", "support"), ("kommunikasjon", "communication"),
    ("innhold", "content"), ("logistikk", "logistics"), ("servering", "catering"), ("drift", "operations"),
    ("rådgivning", "consulting"), ("foto", "photo"), ("grafisk", "graphic"), ("integrasjon", "integration"),
)


@dataclass(frozen=True)
class SkillChoice:
    skill: str  # canonical
    source: str  # "team", "history", "vocabulary", "assignment", "history-most-used", "fallback"
    similar: tuple[HistoryRow, ...] = ()


def fold(text: str) -> str:
    """Lower case without diacritics; æ, ø and å kept apart from a, o, e (they are letters)."""
    text = normalize(text)
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^0-9a-z]+", fold(text)) if w]


_STOPWORDS = frozenset(fold(w) for w in _STOPWORDS)
_TRANSLATION: dict[str, list[str]] = {}
for _nb, _en in _PAIRS:
    _TRANSLATION.setdefault(fold(_nb), []).append(fold(_en))
    _TRANSLATION.setdefault(fold(_en), []).append(fold(_nb))


def _is_vocabulary(canonical: str, library: dict) -> bool:
    return canonical in library.get("skills", {})


def speaks_vocabulary(held: dict[str, str], library: dict) -> bool:
    """Whether the team holds a vocabulary skill other than project management (a construction team)."""
    return any(_is_vocabulary(s, library) and s != PROJECT_MANAGEMENT for s in held)


def _word_match(skill_word: str, text_word: str) -> int:
    """How many letters of a deliverable word a team skill word accounts for (0: no match)."""
    if skill_word == text_word:
        return len(skill_word)
    if len(skill_word) >= 4 and skill_word in text_word:
        return len(skill_word)
    if len(skill_word) <= 4:
        return len(skill_word) if len(skill_word) >= 3 and text_word.startswith(skill_word) else 0
    common = 0
    for a, b in zip(skill_word, text_word, strict=False):
        if a != b:
            break
        common += 1
    return common if common >= 5 and common * 2 >= len(skill_word) else 0


def _own_skill_strength(skill: str, text_words: list[str]) -> int:
    best = 0
    for word in _words(skill):
        if word in _STOPWORDS or len(word) < 3:
            continue
        variants = {word, *_TRANSLATION.get(word, [])}
        for variant in variants:
            for text_word in text_words:
                best = max(best, _word_match(variant, text_word))
    return best


def named_team_skill(text: str, held: dict[str, str], library: dict) -> str | None:
    """The canonical skill the team holds that the text names most specifically (step 1)."""
    text_words = _words(text)
    scores: dict[str, int] = {}
    for canonical in skills_in_text(text, library):
        if canonical in held:
            scores[canonical] = 100
    for canonical, spelled in held.items():
        if _is_vocabulary(canonical, library):
            continue  # a vocabulary skill is named by its aliases only (above)
        strength = _own_skill_strength(spelled, text_words)
        if strength:
            scores[canonical] = max(scores.get(canonical, 0), strength)
    if not scores:
        return None
    return max(scores, key=lambda s: (not is_project_management(s, held[s]), scores[s]))


def is_project_management(canonical: str, spelled: str = "") -> bool:
    """Project management by the vocabulary, or in the team's words ("project lead", "prosjektkoordinator")."""
    if canonical == PROJECT_MANAGEMENT:
        return True
    words = _words(spelled or canonical)
    return bool(words) and words[0].startswith(("prosjekt", "project")) and len(words) <= 2


def project_management_skill(held: dict[str, str] | None) -> str:
    """The team's project-management skill, else "prosjektledelse"."""
    if held and PROJECT_MANAGEMENT not in held:
        for canonical, spelled in held.items():
            if is_project_management(canonical, spelled):
                return canonical
    return PROJECT_MANAGEMENT


def _stems(text: str) -> list[str]:
    # Numbers (quantities, years) say nothing about the kind of work.
    return [w[:6] for w in _words(text) if len(w) > 2 and not w.isdigit() and w not in _STOPWORDS]


class PastTasks:
    """The company's past tasks whose skill someone in the team holds (every one when no team
    is known), indexed once per plan for similarity by name: TF-IDF over word stems, cosine."""

    def __init__(self, history: list[HistoryRow], held: dict[str, str] | None, library: dict | None = None):
        self.rows = [r for r in history if held is None or canonical_skill(r.skill, library) in held]
        self.skills = [canonical_skill(r.skill, library) for r in self.rows]
        documents = [Counter(_stems(r.task)) for r in self.rows]
        frequency = Counter(stem for d in documents for stem in d)
        self.unseen_idf_ = math.log(1 + len(documents)) + 1
        self.idf_ = {stem: math.log((1 + len(documents)) / (1 + n)) + 1 for stem, n in frequency.items()}
        self.postings_: dict[str, list[tuple[int, float]]] = {}
        self.norms_: list[float] = []
        for index, document in enumerate(documents):
            vector = {stem: n * self.idf_[stem] for stem, n in document.items()}
            self.norms_.append(math.sqrt(sum(v * v for v in vector.values())))
            for stem, weight in vector.items():
                self.postings_.setdefault(stem, []).append((index, weight))
        self._last: tuple[str, list[tuple[float, int]]] | None = None
        self.hours_: dict[str, float] = defaultdict(float)
        for row, skill in zip(self.rows, self.skills, strict=True):
            self.hours_[skill] += row.actual_hours

    def similar(self, text: str) -> list[tuple[float, int]]:
        """(cosine similarity, row index) of the MAX_SIMILAR past tasks closest to the text, at
        least ROW_SIMILARITY, best first."""
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        query = {stem: n * self.idf_.get(stem, self.unseen_idf_) for stem, n in Counter(_stems(text)).items()}
        query_norm = math.sqrt(sum(v * v for v in query.values()))
        found: list[tuple[float, int]] = []
        if query_norm:
            dots: dict[int, float] = defaultdict(float)
            for stem, weight in query.items():
                for index, other in self.postings_.get(stem, []):
                    dots[index] += weight * other
            close = ((dot / (query_norm * self.norms_[i]), i) for i, dot in dots.items() if self.norms_[i])
            found = heapq.nlargest(MAX_SIMILAR, ((s, -i) for s, i in close if s >= ROW_SIMILARITY))
            found = [(s, -i) for s, i in found]
        self._last = (text, found)
        return found

    def similar_rows(self, text: str, skill: str) -> tuple[HistoryRow, ...]:
        return tuple(self.rows[i] for _s, i in self.similar(text) if self.skills[i] == skill)

    def choose(self, text: str) -> SkillChoice | None:
        """The skill of the most similar past tasks (per skill its three closest combined), at
        least MIN_SIMILARITY; None when none is."""
        by_skill: dict[str, list[float]] = {}
        for similarity, index in self.similar(text):
            by_skill.setdefault(self.skills[index], []).append(similarity)
        if not by_skill:
            return None

        def score(skill: str) -> float:
            # Any of its three closest past tasks may be the same work (noisy-or): two or three
            # fair matches outweigh one.
            return 1 - math.prod(1 - s for s in by_skill[skill][:3])

        best = max(by_skill, key=score)
        if score(best) < MIN_SIMILARITY:
            return None
        return SkillChoice(best, "history", self.similar_rows(text, best))

    def most_used(self) -> str | None:
        """The skill with the most actual hours in history."""
        return max(self.hours_, key=self.hours_.__getitem__) if self.hours_ else None


def choose_skill(
    text: str,
    *,
    held: dict[str, str] | None,
    past: PastTasks | None,
    assignment_skills: list[str],
    library: dict,
) -> SkillChoice:
    """The skill for a deliverable no template covers (the module doc's order). `held` maps the
    team's canonical skills to its spelling and `past` indexes history; both None when no team
    is known (then only the vocabulary and the assignment's skills choose, as before)."""
    named_in_vocabulary = skills_in_text(text, library)
    team = named_team_skill(text, held, library) if held else None
    if team:
        return SkillChoice(team, "team", past.similar_rows(text, team) if past else ())
    from_history = past.choose(text) if past and held is not None else None
    if from_history and from_history.skill in assignment_skills:
        return from_history
    vocabulary_first = held is None or speaks_vocabulary(held, library)
    if named_in_vocabulary and (vocabulary_first or from_history is None):
        return SkillChoice(named_in_vocabulary[0], "vocabulary")
    # The assignment's own skills (a held one other than project management) outweigh a past
    # task that merely resembles the deliverable in another skill.
    focus = [s for s in assignment_skills if not is_project_management(s) and (held is None or s in held)]
    if from_history and not focus:
        return from_history
    # The assignment's skills come from its prose, not from this deliverable: one the team holds,
    # else (for a team that speaks the vocabulary) the first, which a stand-in may take.
    held_by_team = [s for s in assignment_skills if held is None or s in held]
    if held_by_team:
        return SkillChoice(held_by_team[0], "assignment")
    if assignment_skills and (held is None or speaks_vocabulary(held, library)):
        return SkillChoice(assignment_skills[0], "assignment")
    most_used = past.most_used() if past and held else None
    if most_used:
        return SkillChoice(most_used, "history-most-used")
    return SkillChoice(project_management_skill(held), "fallback")


def template_gives_way(
    text: str,
    template: dict,
    main: str,
    choice: SkillChoice,
    *,
    held: dict[str, str] | None,
    listed: set[str],
    library: dict,
) -> bool:
    """Whether a template should give way to `choice` (a skill the deliverable names, or like
    past tasks): only when its main skill nobody holds and the client did not list it.
    For a team that speaks the vocabulary the templates are its own language: one gives way only
    to a skill the deliverable names, and never on a discipline. For another team it gives way
    to either, on a discipline only when matched by a single word (or inside a longer word),
    and to any choice when the skill is no discipline and no stand-in for it is held."""
    if not held or main in held or main in listed:
        return False
    discipline = main in DISCIPLINES or is_discipline(main, library)
    if speaks_vocabulary(held, library):
        return choice.source == "team" and not discipline
    if choice.source not in ("team", "history"):
        # Only our vocabulary, and no stand-in for it either: not worth a "Missing skill".
        return not discipline and stand_in(main, "", held, library) is None
    return not discipline or not _matched_by_words(text, template)


def _matched_by_words(text: str, template: dict) -> bool:
    """Whether a name of several words of the template stands whole in the text (a clear match)."""
    padded = f" {normalize(text)} "
    return any(" " in n and f" {n} " in padded for n in (normalize(name) for name in template.get("names", [])))


def estimate_for(
    text: str, choice: SkillChoice, default: float, history: list[HistoryRow], library: dict
) -> tuple[float, float, float, str]:
    """(hours, low, high, source): `estimate_hours`, except that a skill of the team's own words
    (not the vocabulary) that history knows takes the hours of its own past tasks."""
    # Imported here: the planner package imports this module while it loads.
    from fornuft.projects.planner.estimates import estimate_hours

    estimate = estimate_hours(text, choice.skill, default, history)
    if estimate[3].startswith("history") or _is_vocabulary(choice.skill, library):
        return estimate
    return estimate_from_history(choice, history) or estimate


def estimate_from_history(choice: SkillChoice, history: list[HistoryRow]) -> tuple[float, float, float, str] | None:
    """Hours from the past tasks the skill was chosen by (≥ 2 of them), else from every past
    task of that skill (≥ 2); None when history says too little."""
    rows = list(choice.similar)
    what = "similar tasks"
    if len(rows) < 2:
        rows = [r for r in history if canonical_skill(r.skill) == choice.skill]
        what = f"past tasks with {choice.skill}"
        if len(rows) < 2:
            return None
    actual = sorted(r.actual_hours for r in rows)
    return (
        round(statistics.median(actual), 1),
        round(_quantile(actual, 0.1), 1),
        round(_quantile(actual, 0.9), 1),
        f"history: {len(rows)} {what}",
    )


def _quantile(values: list[float], q: float) -> float:
    position = q * (len(values) - 1)
    low = math.floor(position)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (position - low)
