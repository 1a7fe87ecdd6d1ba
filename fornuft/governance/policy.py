"""The organization's AI-use policy, generated from its registry and settings in bokmål or
English, then edited by people (the edited text is kept; regenerating is explicit)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone, translation

from fornuft.governance.models import AISystem, LiteracyRequirement, PolicyDocument, RiskClass, SystemStatus

LANGUAGES = ("nb", "en")
RISK_LABELS = {
    "nb": {"prohibited": "forbudt", "high": "høy risiko", "limited": "begrenset risiko (åpenhet)",
           "minimal": "minimal risiko"},
    "en": {"prohibited": "prohibited", "high": "high risk", "limited": "limited risk (transparency)",
           "minimal": "minimal risk"},
}
CATEGORY_LABELS = {
    "nb": {"files": "lagrede filer", "dsar": "innsynsbegjæringer", "mail": "e-post", "documents": "dokumenter",
           "assistant": "samtaler med assistenten"},
    "en": {"files": "stored files", "dsar": "data-subject requests", "mail": "e-mail", "documents": "documents",
           "assistant": "assistant conversations"},
}


def generate(organization, language: str) -> str:
    """A fresh policy text (Markdown) from the registry; stores nothing."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    from fornuft.governance import retention
    from fornuft.governance.documentation import profile_for
    from fornuft.governance.models import SystemKind

    systems = list(AISystem.objects.for_organization(organization).order_by("name"))
    external = [s for s in systems if profile_for(s).kind == SystemKind.EXTERNAL]
    internal = [s for s in systems if s not in external]
    context = {
        "organization": organization,
        "today": timezone.localdate(),
        "internal": internal,
        "external": [s for s in external if s.status == SystemStatus.ACTIVE],
        "paused_external": [s for s in external if s.status != SystemStatus.ACTIVE],
        "high": [s for s in systems if s.risk_class == RiskClass.HIGH],
        "limited": [s for s in systems if s.risk_class == RiskClass.LIMITED],
        "prohibited": [s for s in systems if s.risk_class == RiskClass.PROHIBITED],
        "requirements": list(LiteracyRequirement.objects.for_organization(organization)
                             .select_related("system")),
        "retention": [(CATEGORY_LABELS[language].get(p.category, p.category), p.keep_days)
                      for p in retention.policies(organization)],
        "risk_labels": RISK_LABELS[language],
    }
    with translation.override(language):
        return render_to_string(f"governance/compliance/policy_{language}.md", context).strip() + "\n"


def current(organization, language: str) -> PolicyDocument:
    """The stored policy, generated and stored the first time it is asked for."""
    document = PolicyDocument.objects.for_organization(organization).filter(language=language).first()
    if document is None:
        document = PolicyDocument.objects.create(
            organization=organization, language=language, body=generate(organization, language))
    return document


def save_edit(organization, language: str, body: str, user) -> PolicyDocument:
    body = body.strip()
    if not body:
        raise ValueError("The policy text is empty.")
    document = current(organization, language)
    document.body = body + "\n"
    document.edited_by = user
    document.updated_at = timezone.now()
    document.version += 1
    document.save()
    return document


def regenerate(organization, language: str, user) -> PolicyDocument:
    document = current(organization, language)
    document.body = generate(organization, language)
    document.generated_at = timezone.now()
    document.updated_at = document.generated_at
    document.edited_by = user
    document.version += 1
    document.save()
    return document


def as_html(document: PolicyDocument) -> str:
    import markdown
    import nh3

    return nh3.clean(markdown.markdown(document.body, extensions=["tables"]))
