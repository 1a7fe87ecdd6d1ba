"""Explanation lines that can be shown in the reader's language.

The planner is plain data and its CLI speaks English (a contract), but the plan page speaks
the user's language. So each line is kept as its English template and its values,

    Line("%(task)s goes to %(person)s.", task="T1 Befaring", person="Kari")

`str(line)` is the English text (the CLI, the decision log), `line.as_json()` is stored with the
plan, and `localized()` renders the stored lines with gettext under the active language at
render time. A value may itself be a Line (a translatable fragment such as "week 12").
"""

from __future__ import annotations


def gettext_noop(message: str) -> str:
    """Marks a template for translation (makemessages finds it by this name); translated later."""
    return message


class Line:
    """An English template with %(name)s placeholders and the values for them."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, **params) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return render(self.as_json(), lambda text: text)

    def as_json(self) -> dict:
        return {
            "text": self.template,
            "params": {k: v.as_json() if isinstance(v, Line) else v for k, v in self.params.items()},
        }


def render(entry: dict, translate) -> str:
    """One stored line as text, each template passed through `translate` (gettext or identity)."""
    params = {
        key: render(value, translate) if isinstance(value, dict) and "text" in value else value
        for key, value in (entry.get("params") or {}).items()
    }
    template = translate(entry["text"])
    try:
        return template % params if params else template
    except (KeyError, TypeError, ValueError):  # a translation with a broken placeholder: the English
        return entry["text"] % params if params else entry["text"]


def texts(lines: list) -> list[str]:
    return [str(line) for line in lines]


def localized(plan: dict) -> list[str]:
    """The plan's explanation in the active language; plans stored before lines were kept
    structured are shown as stored (English)."""
    from django.utils.translation import gettext

    entries = plan.get("explanation_lines")
    if not entries:
        return list(plan.get("explanation", []))
    return [render(entry, gettext) for entry in entries]
