"""What the review queue shows of a decision's subject, and what a reviewer may correct.

An AI system declares (`AISystemDeclaration`):
- `review_subject`: dotted path of `describe(decision) -> ReviewSubject | None`, the
  subject's readable title, a link to it, a short summary, the subject itself (a mail's
  text, an invoice's pages with the fields highlighted, a chat's transcript) and the
  current values of the correctable fields;
- `review_subjects` (optional): dotted path of `describe_many(decisions) -> {decision.pk:
  ReviewSubject}`, the same for a page of the queue in a fixed number of queries (the list
  needs only title and summary);
- `correctable_fields`: `CorrectableField`s, shown as a form and validated here.

A correction handed to the system's review hook holds only the fields the person changed,
already cleaned: amounts as "1250.00", dates as "2026-03-05", choices as their value.
Systems that declare no fields (an organization's own systems) get the proposal's plain
values as text fields, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from fornuft.governance.registry import declaration

DATE_INPUT_FORMATS = ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y"]


@dataclass(frozen=True)
class CorrectableField:
    """One field a reviewer may correct. `kind`: text, amount, date or choice; `choices`
    are fixed (value, label) pairs or the dotted path of `choices(organization)`;
    `suggestions` (text fields) the dotted path of `suggestions(organization) -> [str]`,
    offered as a pick list while the person may still write a new value (a supplier)."""

    name: str
    label: str
    kind: str = "text"
    choices: tuple | str = ()
    max_length: int = 200
    help_text: str = ""
    suggestions: str = ""


@dataclass
class ReviewPage:
    """One page image of a document, with the boxes of the fields read from it:
    `boxes` are {"field", "label", "style"} (style: CSS left/top/width/height in %)."""

    url: str
    boxes: list[dict] = field(default_factory=list)


@dataclass
class ReviewSubject:
    title: str
    url: str = ""
    summary: list[tuple[str, str]] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    # The subject as itself, whichever fits: a mail's text, a chat's turns (speaker, text),
    # a document's pages.
    body: str = ""
    transcript: list[tuple[str, str]] = field(default_factory=list)
    pages: list[ReviewPage] = field(default_factory=list)


class CorrectionInvalid(ValueError):
    """A correction that does not fit the declared fields; the message says what to fix."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{name}: {' '.join(problems)}" for name, problems in errors.items()))


class AmountField(forms.CharField):
    """An amount as people write it ("1 250,00", "1250.00", "kr 1.250,-"), cleaned to "1250.00"."""

    default_error_messages = {"invalid": gettext_lazy("Write an amount, e.g. 1 250,00.")}

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return ""
        cleaned = re.sub(r"(?i)kr\.?|nok|[\s\u00a0\u202f]|,-$", "", text)
        if "," in cleaned and "." in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".") if cleaned.rfind(",") > cleaned.rfind(".") \
                else cleaned.replace(",", "")
        else:
            cleaned = cleaned.replace(",", ".")
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not amount.is_finite() or abs(amount) >= Decimal("1e12"):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return str(amount.quantize(Decimal("0.01")))


def _form_field(declared: CorrectableField, organization) -> forms.Field:
    common: dict[str, Any] = {"label": declared.label, "required": False, "help_text": declared.help_text}
    if declared.kind == "amount":
        return AmountField(max_length=40, **common)
    if declared.kind == "date":
        return forms.DateField(input_formats=DATE_INPUT_FORMATS, widget=forms.DateInput(format="%d.%m.%Y"),
                               error_messages={"invalid": _("Write a date, e.g. 19.03.2026.")}, **common)
    if declared.kind == "choice":
        choices = declared.choices
        if isinstance(choices, str):
            choices = import_string(choices)(organization)
        return forms.ChoiceField(choices=[("", "—"), *choices], **common)
    if declared.suggestions:
        options = [str(option) for option in import_string(declared.suggestions)(organization)][:500]
        return forms.CharField(max_length=declared.max_length, widget=SuggestionInput(options), **common)
    return forms.CharField(max_length=declared.max_length, **common)


class SuggestionInput(forms.TextInput):
    """A text input with a pick list of known values (an HTML datalist)."""

    template_name = "governance/widgets/suggestion_input.html"

    def __init__(self, options: list[str], attrs=None) -> None:
        super().__init__(attrs)
        self.options = options

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["list"] = f"{context['widget']['attrs'].get('id', name)}-options"
        context["widget"]["options"] = self.options
        return context


def declared_fields(system_key: str) -> tuple[CorrectableField, ...]:
    declared = declaration(system_key)
    return tuple(declared.correctable_fields) if declared else ()


def describe(decision) -> ReviewSubject:
    """The subject of `decision` as the queue shows it; "type id" when nothing describes it
    (or the subject is gone)."""
    declared = declaration(decision.system_key)
    described = None
    if declared is not None and declared.review_subject:
        described = import_string(declared.review_subject)(decision)
    if described is None:
        described = _unknown_subject(decision)
    return described


def _unknown_subject(decision) -> ReviewSubject:
    return ReviewSubject(title=_("%(kind)s no. %(number)s") % {
        "kind": humanize_key(decision.subject_type.rpartition(".")[2]), "number": decision.subject_id})


def describe_many(decisions) -> dict[int, ReviewSubject]:
    """The subjects of many decisions, by decision pk: one batch per system that declares
    `review_subjects`, one call per decision for the others."""
    found: dict[int, ReviewSubject] = {}
    by_system: dict[str, list] = {}
    for decision in decisions:
        by_system.setdefault(decision.system_key, []).append(decision)
    for key, group in by_system.items():
        declared = declaration(key)
        if declared is not None and getattr(declared, "review_subjects", None):
            found.update(import_string(declared.review_subjects)(group))
        else:
            found.update({decision.pk: describe(decision) for decision in group})
    for decision in decisions:
        if found.get(decision.pk) is None:
            found[decision.pk] = _unknown_subject(decision)
    return found


def humanize_key(key: str) -> str:
    """An internal key as words ("total_incl_vat" -> "Total incl vat"), for systems that
    declare no labels; the translated label is used when the catalogue knows the words."""
    words = str(key).replace("_", " ").replace(".", " ").strip()
    return _(words[:1].upper() + words[1:]) if words else ""


def _fallback_fields(decision) -> list[CorrectableField]:
    output = decision.output
    if isinstance(output, dict):
        return [CorrectableField(name=key, label=humanize_key(key)) for key, value in output.items()
                if isinstance(value, str | int | float | bool) or value is None]
    return [CorrectableField(name="value", label=_("value"))]


def _fallback_values(decision) -> dict:
    output = decision.output
    if isinstance(output, dict):
        return {key: "" if value is None else str(value) for key, value in output.items()}
    return {"value": "" if output is None else str(output)}


class CorrectionForm(forms.Form):
    """The correctable fields of one review task; initial values are the subject's current ones."""

    def __init__(self, task, subject: ReviewSubject | None = None, data=None) -> None:
        decision = task.decision
        self.declared = declared_fields(task.system.key)
        fields = list(self.declared) or _fallback_fields(decision)
        if self.declared:
            subject = subject or describe(decision)
            values = subject.values
        else:
            values = _fallback_values(decision)
        initial = {f.name: _initial(f, values.get(f.name)) for f in fields}
        super().__init__(data=data, initial=initial, prefix="field")
        for declared in fields:
            self.fields[declared.name] = _form_field(declared, task.organization)
        self.decision = decision

    def correction(self) -> dict:
        """The changed fields, cleaned (call after is_valid())."""
        changed = {}
        for name in self.fields:
            value: Any = self.cleaned_data.get(name)
            value = value.isoformat() if hasattr(value, "isoformat") else value
            before: Any = self.initial.get(name)
            before = before.isoformat() if hasattr(before, "isoformat") else before
            if _comparable(value, self.fields[name]) != _comparable(before, self.fields[name]):
                changed[name] = value
        if not self.declared:
            output = self.decision.output
            if not isinstance(output, dict):
                return {"value": changed.get("value", "")} if changed else {}
            merged = dict(output)
            merged.update({name: _coerce(output.get(name), value) for name, value in changed.items()})
            return merged if changed else {}
        return changed


def _as_initial(value):
    return "" if value is None else value


def _initial(declared: CorrectableField, value):
    if declared.kind == "date" and isinstance(value, str) and value:
        from datetime import date

        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return _as_initial(value)


def _comparable(value, form_field):
    if value in (None, ""):
        return ""
    if isinstance(form_field, AmountField):
        try:
            return form_field.to_python(str(value))
        except forms.ValidationError:
            return str(value)
    return str(value)


def _coerce(original, text):
    if isinstance(original, bool):
        return str(text).lower() in {"1", "true", "yes", "ja", "on"}
    if isinstance(original, int | float):
        try:
            return type(original)(text)
        except ValueError:
            return text
    return text


def form_from_post(task, post) -> CorrectionForm:
    """The bound form of a posted review page; a field the page did not send keeps its value."""
    unbound = CorrectionForm(task)
    data = {f"field-{name}": _as_initial(unbound.initial.get(name)) for name in unbound.fields}
    data.update({key: post[key] for key in post if key.startswith("field-")})
    return CorrectionForm(task, data=data)


def clean_correction(task, correction: dict | None) -> dict:
    """Validates a correction given as {field: value} (the API's shape) against the system's
    correctable fields; returns the changed fields, cleaned. Raises CorrectionInvalid."""
    if not isinstance(correction, dict) or not correction:
        raise CorrectionInvalid({"correction": [_("Give the fields to correct, e.g. {\"category\": \"sales\"}.")]})
    form = CorrectionForm(task)
    unknown = sorted(set(correction) - set(form.fields))
    if unknown:
        raise CorrectionInvalid({name: [_("This field cannot be corrected here; correctable: %(fields)s.")
                                        % {"fields": ", ".join(form.fields)}] for name in unknown})
    data = {f"field-{name}": _as_initial(form.initial.get(name)) for name in form.fields}
    data.update({f"field-{name}": "" if value is None else str(value) for name, value in correction.items()})
    bound = CorrectionForm(task, data=data)
    if not bound.is_valid():
        raise CorrectionInvalid({name: [str(e) for e in errors] for name, errors in bound.errors.items()})
    return bound.correction()
