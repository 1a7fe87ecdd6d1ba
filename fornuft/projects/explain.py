"""Explanation lines that can be shown in the reader's language.

The planner is plain data and its CLI speaks English (a contract), but the plan page speaks
the user's language. So each line is kept as its English template and its values,

    Line("%(task)s goes to %(person)s.", task="T1 Befaring", person="Kari")

`str(line)` is the English text (the CLI, the decision log), `line.as_json()` is stored with the
plan, and `localized()` renders the stored lines with gettext under the active language at
render time. A value may itself be a Line (a translatable fragment such as "week 12").
"""

from __future__ import annotations

import re
from datetime import date


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


def render(entry: dict, translate, localize=lambda value: value) -> str:
    """One stored line as text, each template passed through `translate` (gettext or identity)
    and each plain value through `localize` (numbers and dates in the reader's format)."""
    params = {
        key: render(value, translate, localize) if isinstance(value, dict) and "text" in value else localize(value)
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
    return [render(entry, gettext, _localize_value) for entry in entries]


_DECIMAL = re.compile(r"-?\d+\.\d+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _localize_value(value):
    """The planner writes hours as "16.5" and dates as ISO strings (the CLI's English);
    a Norwegian reader expects "16,5" and "15.05.2027"."""
    from django.utils import formats

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return formats.number_format(value)
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        return formats.number_format(float(value), decimal_pos=len(value.split(".")[1]))
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return formats.date_format(date.fromisoformat(value), "SHORT_DATE_FORMAT")
        except ValueError:
            return value
    return value
