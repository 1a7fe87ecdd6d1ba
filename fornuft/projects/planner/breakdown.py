"""Work breakdown: the deliverables of an assignment into tasks, from a matching template (its
tasks, dependencies and hours) or one task per deliverable, with estimates from history. Skills
are spelled as the team spells them, and a template skill nobody holds goes to a stand-in."""

from __future__ import annotations

from fornuft.projects.planner.estimates import estimate_hours
from fornuft.projects.planner.quantities import scale, unit_count
from fornuft.projects.planner.requirements import Requirement
from fornuft.projects.planner.tasks import DEFAULT_HOURS, MAX_TASKS, PlanError, Task
from fornuft.projects.planner.team_words import same_word, share_named, words
from fornuft.projects.skill_match import PastTasks, choose_skill, estimate_for, named_team_skill, template_gives_way
from fornuft.projects.team import HistoryRow, Person
from fornuft.projects.template_skills import is_required, main_skill, stand_in
from fornuft.projects.templates import canonical_skill, match_template, normalize, seed_library


def team_skill_names(people: list[Person], library: dict | None = None) -> dict[str, str]:
    """canonical skill -> the team's own spelling of it."""
    names: dict[str, str] = {}
    for person in people:
        for skill in person.skills:
            names.setdefault(canonical_skill(skill, library), skill)
    return names


def build_tasks(
    deliverables: list[str],
    *,
    skills: list[str] | None = None,
    skills_listed: bool = False,
    library: dict | None = None,
    history: list[HistoryRow] | None = None,
    people: list[Person] | None = None,
    glossary=None,
    unmet: list[Requirement] | None = None,
) -> list[Task]:
    """Tasks for the deliverables: a matching template's tasks, or one task per deliverable.
    Skills are written as the team writes them, so a plan can be checked against the team.
    `skills` are the assignment's skills; `skills_listed` says the client listed them as
    required (a skills section), which makes every one of them a hard requirement. A skill
    that is only our vocabulary and that nobody holds goes to a stand-in (template_skills).
    `unmet` are qualified people the assignment demands and nobody in the team is
    (planner.requirements): each is one more task, with the demanded role as its skill, so the
    plan lists it as work to buy in."""
    library = library or seed_library()
    history = history or []
    spelled = team_skill_names(people or [], library)
    required = [_as_team_skill(canonical_skill(s, library), spelled, library) for s in (skills or [])]
    listed = set(required) if skills_listed else set()
    held = spelled if people is not None else None
    past = PastTasks(history, held, library) if people is not None else None

    def staffed(skill: str, main: str, text: str) -> tuple[str, str]:
        """(the skill the task is planned with, the template skill it stands in for or "")."""
        if people is None or skill in spelled or is_required(skill, main, listed, library):
            return skill, ""
        main_held = main if main in spelled else None
        if main_held is None:
            # The deliverable's own words beat our table of related skills: a "structural
            # feasibility study" is structural work for a team that does no zoning plans.
            main_held = named_team_skill(text, spelled, library)
        if main_held is None and main and not is_required(main, main, listed, library):
            main_held = stand_in(main, "", spelled, library)
        other = main_held if main_held and main_held != skill else stand_in(skill, "", spelled, library)
        return (other, skill) if other else (skill, "")

    tasks: list[Task] = []
    if len(deliverables) > MAX_TASKS:
        raise PlanError(
            f"{len(deliverables)} deliverables: at most {MAX_TASKS} tasks are planned at once; split the project"
        )
    for deliverable in deliverables:
        # The company's jargon is read through its glossary: "FK" finds the moisture-survey template.
        read_as = glossary.expand(deliverable) if glossary else deliverable
        template = match_template(read_as, library)
        # Without a template the team's own skills and history choose (skill_match); a template
        # matched on one word whose skill nobody holds gives way to such a choice.
        choice = choose_skill(read_as, held=held, past=past, assignment_skills=required, library=library)
        if template is not None and template_gives_way(
            read_as, template, main_skill(template, library), choice, held=held, listed=listed, library=library
        ):
            template = None
        if template is None:
            skill = choice.skill
            if skills_listed and required and choice.source not in ("team", "vocabulary"):
                # A skill the client lists as required outranks a guess from history or prose.
                skill = next((s for s in required if s in spelled), required[0])
            hours, low, high, source = _for_units(
                read_as, *estimate_for(deliverable, choice, DEFAULT_HOURS, history, library))
            # A skill taken from the assignment's prose is not this deliverable's own discipline.
            skill, vocabulary = staffed(skill, "" if choice.source == "assignment" else skill, read_as)
            tasks.append(
                Task(
                    f"T{len(tasks) + 1}",
                    deliverable[:200],
                    spelled.get(skill, skill),
                    hours,
                    [],
                    deliverable,
                    low,
                    high,
                    source,
                    vocabulary,
                )
            )
            continue
        local: dict[str, str] = {}
        main = main_skill(template, library)
        for item in template["tasks"]:
            task_id = f"T{len(tasks) + 1}"
            local[item["id"]] = task_id
            skill = canonical_skill(item["skill"], library)
            name = item["name"]
            if normalize(deliverable) not in normalize(name):
                name = f"{name} – {deliverable}"
            hours, low, high, source = _for_units(
                read_as, *estimate_hours(item["name"], skill, float(item["hours"]), history))
            skill, vocabulary = staffed(skill, main, read_as)
            tasks.append(
                Task(
                    task_id,
                    name[:200],
                    spelled.get(skill, skill),
                    hours,
                    [local[d] for d in item.get("depends_on", [])],
                    deliverable,
                    low,
                    high,
                    source,
                    vocabulary,
                )
            )
        if len(tasks) > MAX_TASKS:
            raise PlanError(f"more than {MAX_TASKS} tasks: split the project")
    for requirement in [*(unmet or []), *_listed_but_unused(listed, tasks, spelled, people, library)]:
        deliverable = _closest_deliverable(requirement.sentence, deliverables)
        hours, low, high, source = estimate_hours(requirement.sentence, requirement.role, DEFAULT_HOURS, history)
        tasks.append(Task(
            f"T{len(tasks) + 1}", (f"{requirement.role}: {deliverable}" if deliverable else requirement.sentence)[:200],
            requirement.role, hours, [], deliverable, low, high, source,
        ))
    return tasks


def _listed_but_unused(
    listed: set[str], tasks: list[Task], spelled: dict[str, str], people: list[Person] | None, library: dict
) -> list[Requirement]:
    """Skills of our vocabulary the client lists as required that nobody in the team holds and no
    task carries: a requirement all the same, bought in as its own task."""
    if people is None:
        return []
    used = {canonical_skill(t.skill, library) for t in tasks}
    known = library.get("skills", {})
    return [Requirement(skill, f"{skill} (listed as required)") for skill in sorted(listed)
            if skill in known and skill not in spelled and skill not in used]


def _for_units(text: str, hours: float, low: float, high: float, source: str) -> tuple[float, float, float, str]:
    """One unit's estimate scaled to the like units the deliverable names ("for 40 leiligheter")."""
    units = unit_count(text)
    if units == 1:
        return hours, low, high, source
    factor = scale(units)
    return (round(hours * factor, 1), round(low * factor, 1), round(high * factor, 1),
            f"{source} × {factor:g} for {units} units")


def _closest_deliverable(sentence: str, deliverables: list[str]) -> str:
    """The deliverable sharing most words with the sentence that demands a person; "" if none does."""
    mine = words(sentence)
    best, best_shared = "", 0
    for deliverable in deliverables:
        shared = sum(1 for w in words(deliverable) if any(same_word(w, m) for m in mine))
        if shared > best_shared:
            best, best_shared = deliverable, shared
    return best


def _as_team_skill(skill: str, spelled: dict[str, str], library: dict) -> str:
    """A skill the client writes its own way ("FEM analysis") as the team's skill with the same
    words ("FEM-analyse"), so that a listed requirement the team meets is not a missing skill."""
    if skill in spelled:
        return skill
    mine = words(skill)
    same = [own for own in spelled.values() if mine and share_named(mine, own) == 1 and len(words(own)) == len(mine)]
    return canonical_skill(same[0], library) if same else skill

