"""The effort an assignment states for the work, and the plan's hours raised to it.

Our estimates come from templates and history. When the client (or a colleague forwarding the
request) writes how much work it is ("anslått ca. 300 timer", "roughly six weeks of work",
"omfang 40 dagsverk"), a plan with less than that would meet deadlines it cannot meet. So the
team's hours are raised to the stated effort, every task in proportion, and the estimate's source
says so. A stated effort below our estimate changes nothing: we keep the larger figure.

Only an amount of work counts: a number with a unit of work ("dagsverk", "ukesverk",
"person-days", "weeks of work"), or hours with an effort word close before them ("anslått ca.
300 timer", "estimated", "budget for", "omfang"); plain days and weeks are durations. Durations ("innen 3 uker",
"within 6 weeks"), response times and opening hours are not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from fornuft.projects.planner.tasks import Task

HOURS_PER = {"hour": 1.0, "day": 7.5, "week": 37.5, "month": 162.5}

_NUMBER = r"(?P<n>\d{1,3}(?:[ .\u00a0]\d{3})+|\d{1,5}(?:[.,]\d+)?)"
# Units that are work in themselves.
_WORK_UNIT = re.compile(
    r"(?i)" + _NUMBER + r"\s*(?P<unit>dagsverk|ukesverk|månedsverk|timeverk|"
    r"(?:person|man|mann)[- ]?(?:days?|dager|weeks?|uker|months?|måneder|hours?|timer)|"
    r"(?:days?|weeks?|months?|hours?)\s+of\s+(?:work|effort|consulting)|arbeidstimer|arbeidsdager|arbeidsuker)\b"
)
# Plain hours or days, counted only after an effort word.
_PLAIN_UNIT = re.compile(
    r"(?i)(?P<cue>anslått|anslag|estimert|estimat|beregnet|forventet|omfang|omfanget|ramme|budsjett\s+for|"
    r"totalt|til\s+sammen|estimated|estimate|expected|approximately|roughly|about|around|budget\s+for|"
    r"effort|scope\s+of|in\s+total|total|ca\.?|cirka|circa)"
    r"[^.\n]{0,25}?\b" + _NUMBER + r"\s*(?P<unit>timer|hours|t\b|h\b)"
)
_NOT_EFFORT_AFTER = re.compile(r"(?i)^\s*(?:responstid|response|døgn|a\s+day|per\s+(?:dag|day|uke|week)|i\s+døgnet)")


def _unit_hours(unit: str) -> float:
    u = unit.lower()
    if any(k in u for k in ("måned", "month")):
        return HOURS_PER["month"]
    if any(k in u for k in ("uke", "week")):
        return HOURS_PER["week"]
    if any(k in u for k in ("dag", "day")):
        return HOURS_PER["day"]
    return HOURS_PER["hour"]


def _amount(raw: str) -> float:
    return float(re.sub(r"[ .\u00a0](?=\d{3}\b)", "", raw).replace(",", "."))


def stated_effort(text: str) -> float | None:
    """The largest amount of work the text states, in hours; None when it states none."""
    found = []
    for pattern in (_WORK_UNIT, _PLAIN_UNIT):
        for match in pattern.finditer(text):
            if _NOT_EFFORT_AFTER.match(text[match.end():match.end() + 20]):
                continue
            hours = _amount(match.group("n")) * _unit_hours(match.group("unit"))
            if 1 <= hours <= 100_000:
                found.append(hours)
    return max(found) if found else None


def raise_to_stated_effort(tasks: list[Task], effort: float | None) -> list[Task]:
    """The tasks with the team's hours raised in proportion to the stated effort, when it is larger."""
    planned = sum(t.hours for t in tasks)
    if not effort or planned <= 0 or effort <= planned:
        return tasks
    factor = effort / planned
    note = f" × {factor:.2f} to the effort the assignment states ({effort:g} h)"
    return [
        replace(
            t, hours=round(t.hours * factor, 1),
            estimate_low=round(t.estimate_low * factor, 1) if t.estimate_low is not None else None,
            estimate_high=round(t.estimate_high * factor, 1) if t.estimate_high is not None else None,
            estimate_source=t.estimate_source + note,
        )
        for t in tasks
    ]
