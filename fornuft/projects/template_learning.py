"""Templates learned from finished projects, as suggestions a person accepts or rejects.

When a project is finished, its tasks and their actual hours are compared with the templates
its deliverables matched:
- a deliverable that matched a template: the template's hours move toward what the tasks
  really took (a running mean over the projects learned from, `learned_from` in the
  template), proposed only when a task differs by more than `MIN_CHANGE`;
- a deliverable that matched none: a new template with the project's own tasks for it (names,
  skills, actual hours, dependencies), named after the deliverable.
Nothing changes until a person accepts the suggestion on the settings page; accepting writes
the template into the organization's templates (the seed templates are the starting point).

Actual hours come from the finish form, else from the organization's history rows of this
project (time registration export: `project,task,...,actual_hours`), else the plan's hours.
"""

from __future__ import annotations

import copy
import re

from fornuft.projects.templates import match_template, normalize, seed_library

MIN_CHANGE = 0.10  # a template's task hours are only proposed to change by more than 10 %


def actual_hours_from_history(project_title: str, history) -> dict[str, float]:
    """task name (normalized) -> actual hours, from history rows of this project."""
    key = normalize(project_title)
    return {normalize(row.task): row.actual_hours for row in history if normalize(row.project) == key}


def _actual(task: dict, given: dict[str, float], from_history: dict[str, float]) -> float:
    if task["id"] in given:
        return float(given[task["id"]])
    name = normalize(task["name"])
    for known, hours in from_history.items():
        if known and (known == name or known in name):
            return hours
    return float(task["hours"])


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-zæøå]+", "-", text.lower()).strip("-")[:60] or "mal"


def suggestions_for(plan: dict, library: dict | None, *, actual: dict[str, float] | None = None,
                    from_history: dict[str, float] | None = None) -> list[dict]:
    """[{template_key, is_new, template, changes}] learned from a finished project's plan."""
    library = library or seed_library()
    actual, from_history = actual or {}, from_history or {}
    by_deliverable: dict[str, list[dict]] = {}
    for task in plan.get("tasks", []):
        if task.get("missing_skill"):
            continue  # bought-in work teaches nothing about the team's own hours
        by_deliverable.setdefault(task.get("deliverable") or "", []).append(task)
    out: list[dict] = []
    for deliverable, tasks in by_deliverable.items():
        if not deliverable:
            continue
        template = match_template(deliverable, library)
        if template is None:
            out.append(_new_template(deliverable, tasks, actual, from_history, library))
        else:
            updated = _updated_template(template, tasks, actual, from_history)
            if updated:
                out.append(updated)
    return out


def _new_template(deliverable, tasks, actual, from_history, library) -> dict:
    ids = {task["id"]: f"t{i + 1}" for i, task in enumerate(tasks)}
    key = _slug(deliverable)
    taken = {t["key"] for t in library["templates"]}
    while key in taken:
        key += "-2"
    template = {
        "key": key,
        "names": [deliverable[:120]],
        "learned_from": 1,
        "tasks": [
            {"id": ids[t["id"]], "name": t["name"][:200], "skill": t["skill"],
             "hours": max(round(_actual(t, actual, from_history), 1), 0.5),
             "depends_on": [ids[d] for d in t.get("depends_on", []) if d in ids]}
            for t in tasks
        ],
    }
    changes = [f"{t['name']} ({t['skill']}): {t['hours']:g} h" for t in template["tasks"]]
    return {"template_key": key, "is_new": True, "template": template, "changes": changes}


def _updated_template(template, tasks, actual, from_history) -> dict | None:
    learned = int(template.get("learned_from", 0))
    updated = copy.deepcopy(template)
    changes = []
    for item in updated["tasks"]:
        # the project's task made from this template item: same name at the start of its name
        done = next((t for t in tasks if normalize(t["name"]).startswith(normalize(item["name"]))), None)
        if done is None:
            continue
        real = _actual(done, actual, from_history)
        old = float(item["hours"])
        new = round((old * max(learned, 1) + real) / (max(learned, 1) + 1), 1)
        if new > 0 and abs(new - old) > MIN_CHANGE * old:
            changes.append(f"{item['name']}: {old:g} h → {new:g} h (this project took {real:g} h)")
            item["hours"] = new
    if not changes:
        return None
    updated["learned_from"] = learned + 1
    return {"template_key": template["key"], "is_new": False, "template": updated, "changes": changes}


def apply_suggestion(library: dict, template: dict) -> dict:
    """The library with `template` added, or replacing the one with its key."""
    library = copy.deepcopy(library)
    library["templates"] = [t for t in library["templates"] if t["key"] != template["key"]] + [template]
    return library
