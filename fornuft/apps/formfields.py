"""The fields of an app's form (trigger "Form submitted"), declared by the builder one per
line: ``name | type | bokmål label | English label | required``. Plain Python: the graph
check reports bad lines at build time, and the form page (`views_form`) turns the parsed
fields into a Django form.

Types: text, longtext, number, email, date, yesno. Only the name is needed; the type
defaults to text, the labels to the name, and "required" (or "påkrevd"/"ja") makes the
field required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TYPES = ("text", "longtext", "number", "email", "date", "yesno")
MAX_FIELDS = 30
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
REQUIRED_WORDS = {"required", "påkrevd", "pakrevd", "ja", "yes", "*"}


@dataclass(frozen=True)
class FormField:
    name: str
    type: str
    label_nb: str
    label_en: str
    required: bool

    def label(self, language: str) -> str:
        return self.label_en if (language or "").startswith("en") else self.label_nb


class FormFieldError(ValueError):
    pass


def parse(lines) -> list[FormField]:
    """The declared fields; FormFieldError names the first bad line."""
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise FormFieldError("The form fields must be a list of lines.")
    fields: list[FormField] = []
    for number, line in enumerate((line for line in lines if line.strip()), start=1):
        parts = [part.strip() for part in line.split("|")]
        name = parts[0]
        if not NAME.fullmatch(name):
            raise FormFieldError(f"Form field {number}: '{name[:40]}' is not a field name "
                                 "(letters, digits and _, starting with a letter).")
        kind = (parts[1] if len(parts) > 1 and parts[1] else "text").lower()
        if kind not in TYPES:
            raise FormFieldError(f"Form field {number} ({name}): the type '{kind[:20]}' is not one of "
                                 f"{', '.join(TYPES)}.")
        label_nb = parts[2] if len(parts) > 2 and parts[2] else name
        label_en = parts[3] if len(parts) > 3 and parts[3] else label_nb
        required = len(parts) > 4 and parts[4].lower() in REQUIRED_WORDS
        if any(f.name == name for f in fields):
            raise FormFieldError(f"Form field {number}: the name '{name}' is used twice.")
        fields.append(FormField(name, kind, label_nb[:100], label_en[:100], required))
    if len(fields) > MAX_FIELDS:
        raise FormFieldError(f"A form has at most {MAX_FIELDS} fields.")
    return fields


def default_fields() -> list[FormField]:
    """The form of a form trigger that declares no fields: one required text box."""
    return [FormField("text", "longtext", "Melding", "Message", True)]
