"""How the shared review queue shows a language-model text: the AI-generated text itself and
what it was written for (declared in ai_systems.py)."""

from __future__ import annotations

from django.apps import apps
from django.utils.translation import gettext as _

from fornuft.governance.corrections import ReviewSubject


def describe_ai_text(decision) -> ReviewSubject | None:
    from fornuft.platform.llm.ai_systems import PURPOSES

    purpose = PURPOSES.get(decision.system_key)
    if purpose is None:
        return None
    if _subject_gone(decision):
        return None
    output = decision.output or {}
    text = str(output.get("text") or "")
    summary = [(_("Written for"), str(purpose)),
               (_("About"), f"{decision.subject_type} #{decision.subject_id}")]
    if output.get("citations"):
        summary.append((_("Cited passages"), ", ".join(str(c) for c in output["citations"])))
    return ReviewSubject(
        title=_("AI-generated text: %(purpose)s") % {"purpose": purpose},
        summary=summary,
        body=text,
        values={"text": text},
    )


def _subject_gone(decision) -> bool:
    """True when the subject names one of our models and that row no longer exists."""
    try:
        model = apps.get_model(decision.subject_type)
    except (LookupError, ValueError):
        return False
    rows = model._default_manager
    if hasattr(rows, "for_organization"):
        rows = rows.for_organization(decision.organization_id)
    try:
        return not rows.filter(pk=decision.subject_id).exists()
    except (ValueError, TypeError):
        return True
