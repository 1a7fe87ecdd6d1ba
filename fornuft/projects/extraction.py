"""Assignment extraction: from an e-mail (with its thread and attached briefs), a PDF, DOCX or
TXT brief to the fields a plan needs, each with a confidence. Plain data, no Django.

    text = read_assignment(data, filename)      # AssignmentText: newest message, attachments, older
    fields = extract(text)                       # Extraction: values + confidence per field

In a thread the newest message wins: each field is taken from the newest part that states
it (newest message, then its attachments, then older quoted messages).
"""

from __future__ import annotations

import re
from datetime import date, datetime

# The readers live in their own modules; this one puts them together (and keeps the names
# other modules and tests import from here).
from fornuft.projects.assignment import (  # noqa: F401
    MAX_DELIVERABLES,
    MAX_TEXT_CHARS,
    AssignmentError,
    AssignmentText,
    Extraction,
    Part,
    read_assignment,
    split_thread,
)
from fornuft.projects.read_budget import _budget
from fornuft.projects.read_deadline import _dates
from fornuft.projects.read_deliverables import _deliverables
from fornuft.projects.read_parties import _client, _contact, _title
from fornuft.projects.read_scope import _location, _scope_and_constraints, _skills


def _is_forward(parts: list[Part]) -> bool:
    subject = parts[0].subject if parts else ""
    return bool(re.match(r"(?i)^\s*(fwd?|vs|wg|tr)\s*:", subject)) and len(parts) > 1


def extract(assignment: AssignmentText, reference: date | None = None, glossary=None) -> Extraction:
    """All fields, each with a confidence 0..1 (newest part first wins). `glossary`: the company's
    (fornuft.glossary.terms.Glossary), through which jargon names skills."""
    reference = reference or assignment.reference_date or datetime.now().date()  # noqa: DTZ005
    parts = assignment.parts
    ex = Extraction()
    # In a forward the colleague who forwards is not the client: who asked is in the forwarded part.
    client_parts = [*parts[1:], parts[0]] if _is_forward(parts) else parts
    _client(client_parts, ex)
    _contact(client_parts, ex)
    _title(parts, ex)
    _deliverables(parts, ex)
    _dates(parts, ex, reference)
    _budget(parts, ex)
    _location(parts, ex)
    _skills(parts, ex, glossary)
    _scope_and_constraints(parts, ex)
    if not ex.get("title") and ex.get("deliverables"):
        # An order with no heading of its own is named after its main deliverable and its client.
        name = ex.get("deliverables")[0]
        client = ex.get("client")
        ex.set("title", f"{name} – {client}" if client else name, 0.4, name)
    return ex
