"""Project templates (the tasks a kind of deliverable needs) and the skill vocabulary.

Seed templates ship in seed/templates.json; an organization's edited templates use the same
shape ({"skills": {canonical: [aliases]}, "templates": [{key, names, tasks}]}).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

SEED_FILE = Path(__file__).parent / "seed" / "templates.json"


class TemplateError(ValueError):
    """A template file is malformed; str() is for a person."""


@functools.lru_cache(maxsize=1)
def seed_library() -> dict:
    return json.loads(SEED_FILE.read_text(encoding="utf-8"))


def validate_library(library: dict) -> dict:
    """Checks the shape and that no template's dependencies are circular."""
    if not isinstance(library, dict) or not isinstance(library.get("templates"), list):
        raise TemplateError('a template file is {"skills": {...}, "templates": [...]}')
    for template in library["templates"]:
        if not isinstance(template, dict) or not template.get("key") or not isinstance(template.get("tasks"), list):
            raise TemplateError("each template needs a key and a list of tasks")
        ids = [t.get("id") for t in template["tasks"]]
        for task in template["tasks"]:
            if not task.get("id") or not task.get("name") or not task.get("skill"):
                raise TemplateError(f"template {template['key']}: each task needs an id, a name and a skill")
            try:
                hours = float(task.get("hours", 0))
            except (TypeError, ValueError):
                raise TemplateError(f"template {template['key']}: task {task['id']} hours must be a number") from None
            if not 0 < hours <= 10_000:
                raise TemplateError(f"template {template['key']}: task {task['id']} hours must be above 0")
            for dep in task.get("depends_on", []):
                if dep not in ids:
                    raise TemplateError(f"template {template['key']}: task {task['id']} depends on unknown {dep}")
        cycle = find_cycle({t["id"]: list(t.get("depends_on", [])) for t in template["tasks"]})
        if cycle:
            raise TemplateError(f"template {template['key']}: circular dependency {' -> '.join(cycle)}")
    return library


def find_cycle(depends_on: dict[str, list[str]]) -> list[str] | None:
    """A dependency cycle as a list of ids (first repeated at the end), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for dep in depends_on.get(node, []):
            if state.get(dep) == 1:
                return [*stack[stack.index(dep) :], dep]
            if state.get(dep) is None and dep in depends_on:
                found = visit(dep)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    import sys

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, len(depends_on) * 2 + 100))
    try:
        for node in depends_on:
            if state.get(node) is None:
                found = visit(node)
                if found:
                    return found
    finally:
        sys.setrecursionlimit(limit)
    return None


def normalize(text: str) -> str:
    return re.sub(r"[^0-9a-zæøåé]+", " ", text.lower()).strip()


def canonical_skill(skill: str, library: dict | None = None) -> str:
    """The canonical name of a skill ("konstruksjon" -> "RIB"); unknown skills as given."""
    library = library or seed_library()
    if library is not seed_library():
        return _canonical(skill.strip(), library)
    key = (skill, id(library))
    if key not in _CANONICAL_CACHE:
        if len(_CANONICAL_CACHE) > 10_000:
            _CANONICAL_CACHE.clear()
        _CANONICAL_CACHE[key] = _canonical(skill.strip(), library)
    return _CANONICAL_CACHE[key]


_CANONICAL_CACHE: dict[tuple[str, int], str] = {}


def _canonical(skill: str, library: dict) -> str:
    key = normalize(skill)
    vocabulary = library.get("skills", {})
    for canonical, aliases in vocabulary.items():
        if key == normalize(canonical) or key in (normalize(a) for a in aliases):
            return canonical
    # A team's own word for a skill is often the stem of a known name ("energi" for
    # "energiattest", "geotekn" for "geoteknikk"): the longest known name it starts, or that
    # starts it, with at least 5 letters in common.
    best, best_len = None, 0
    if len(key) >= 5:
        for canonical, aliases in vocabulary.items():
            for name in [canonical, *aliases]:
                n = normalize(name)
                if len(n) >= 5 and (n.startswith(key) or key.startswith(n)) and len(n) > best_len:
                    best, best_len = canonical, len(n)
    return best or skill


def skills_in_text(text: str, library: dict | None = None) -> list[str]:
    """Canonical skills whose names or aliases appear in the text."""
    library = library or seed_library()
    low = " " + normalize(text) + " "
    found = []
    for canonical, aliases in library.get("skills", {}).items():
        for alias in [canonical, *aliases]:
            if len(normalize(alias)) >= 3 and f" {normalize(alias)} " in low:
                found.append(canonical)
                break
    return found


def match_template(deliverable: str, library: dict | None = None) -> dict | None:
    """The template whose name best matches a deliverable (longest name found in it)."""
    library = library or seed_library()
    text = " " + normalize(deliverable) + " "
    best, best_len = None, 0
    for template in library["templates"]:
        for name in template.get("names", []):
            n = normalize(name)
            if not n:
                continue
            hit = f" {n} " in text or (len(n) >= 6 and n in text)
            if hit and len(n) > best_len:
                best, best_len = template, len(n)
    return best
