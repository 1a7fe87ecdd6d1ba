"""What a person reads of the governance records: AI-system names, review reasons and
decision outputs in the reader's language, numbers as the language writes them.

The records keep their stable English codes ("confidence 0.52 below threshold 0.60"); the
pages translate them here, so the log stays the same whoever reads it.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from fornuft.core.formatting import number

_CONFIDENCE = re.compile(r"^confidence (?P<confidence>[-\d.]+) below threshold (?P<threshold>[-\d.]+)$")

# The stored review reasons (decisions.review_reason), marked for the catalogue.
REASONS = {
    "system paused": gettext_noop("The system is paused: every decision waits for a person"),
    "every decision is reviewed": gettext_noop("Every decision of this system is checked by a person"),
}


def reason(text: str) -> str:
    """A review task's reason as the reader reads it: "Sikkerheten 0,52 er under grensen 0,60"."""
    text = (text or "").strip()
    match = _CONFIDENCE.match(text)
    if match:
        return _("Confidence %(confidence)s is below the threshold %(threshold)s") % {
            "confidence": number(match["confidence"], 2), "threshold": number(match["threshold"], 2)}
    if text in REASONS:
        return _(REASONS[text])
    return _(text) if text else ""


def system_name(system) -> str:
    """An AI system's name in the reader's language (built-in names are in the catalogue;
    an organization's own systems keep the name they were given)."""
    name = getattr(system, "name", system) or ""
    return _(name) if name else ""


def _value(value, choices: dict) -> str:
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value is None or value == "":
        return "–"
    if isinstance(value, float):
        return number(value, 2)
    if isinstance(value, list):
        return ", ".join(_value(item, choices) for item in value[:20]) or "–"
    if isinstance(value, dict):
        return "; ".join(f"{humanize(key)}: {_value(item, choices)}" for key, item in list(value.items())[:20])
    text = str(value)
    return str(choices.get(text, text))


def humanize(key) -> str:
    from fornuft.governance.corrections import humanize_key

    return humanize_key(key)


def _declared_reader(system_key: str):
    from django.utils.module_loading import import_string

    from fornuft.governance.registry import declaration

    declared = declaration(system_key) if system_key else None
    return import_string(declared.readable_output) if declared is not None and declared.readable_output else None


def explanation_rows(explanation, system_key: str = "") -> list[tuple[str, str]]:
    """A decision's explanation as (label, text) rows, read by its system where it declares how."""
    from fornuft.governance.explorer import readable_explanation

    reader = _declared_reader(system_key)
    if reader is not None:
        return reader(None, explanation)[1]
    return readable_explanation(explanation)


def output_rows(output, system_key: str = "") -> list[tuple[str, str]]:
    """A decision's output as (label, value) rows: the system's own reading where it declares
    one, else its field labels where it declares them, words for the other keys, numbers and
    yes/no as the reader writes them."""
    from fornuft.governance.corrections import declared_fields

    reader = _declared_reader(system_key)
    if reader is not None:
        return reader(output, None)[0]

    labels: dict[str, str] = {}
    choices: dict[str, str] = {}
    for declared in declared_fields(system_key) if system_key else ():
        labels[declared.name] = str(declared.label)
        if isinstance(declared.choices, tuple | list):
            choices.update({str(value): str(label) for value, label in declared.choices})
    if isinstance(output, dict):
        return [(labels.get(key) or humanize(key), _value(value, choices)) for key, value in output.items()]
    return [(_("Result"), _value(output, choices))]


# Explanation keys the built-in systems write, as people say them.
EXPLANATION_LABELS = {
    "top_features": gettext_noop("What weighed most"),
    "review_of": gettext_noop("Review of decision no."),
    "verdict": gettext_noop("Verdict"),
    "comment": gettext_noop("Comment"),
    "reasons": gettext_noop("Reasons"),
    "signals": gettext_noop("Signals"),
    "rules": gettext_noop("Rules"),
    "score": gettext_noop("Score"),
    "threshold": gettext_noop("Threshold"),
    "sources": gettext_noop("Sources"),
    "confidence": gettext_noop("Confidence"),
}
VERDICTS = {"accepted": gettext_noop("accepted as proposed"), "corrected": gettext_noop("corrected")}


def explanation_label(key) -> str:
    label = EXPLANATION_LABELS.get(str(key))
    return _(label) if label else humanize(key)


def plain(value) -> str:
    """Any recorded value as one line a person reads (no JSON brackets or quotes)."""
    if isinstance(value, str):
        return _(VERDICTS[value]) if value in VERDICTS else value
    return _value(value, {})
