"""Technical documentation of one AI system under the Annex IV headings, as Markdown and
as PDF (the same facts through two templates; WeasyPrint is imported only when a PDF is made)."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone

from fornuft.governance import explorer, obligations, risk
from fornuft.governance.models import ModelVersion, SystemProfile


def latest_evaluation(system):
    """The newest model version that has metrics (the active one first)."""
    versions = ModelVersion.objects.for_organization(system.organization_id).filter(system=system)
    for version in [*versions.filter(is_active=True), *versions.order_by("-trained_at")]:
        if version.metrics:
            return version
    return None


def profile_for(system) -> SystemProfile:
    from fornuft.governance.models import SystemKind

    profile = SystemProfile.objects.for_organization(system.organization_id).filter(system=system).first()
    if profile is None:
        profile = SystemProfile(organization_id=system.organization_id, system=system,
                                kind=SystemKind.BUILT_IN if system.built_in else SystemKind.OWN)
    return profile


def context(system) -> dict:
    evaluation = latest_evaluation(system)
    metrics = []
    if evaluation is not None:
        metrics = [(name, f"{value:.3f}" if isinstance(value, float) else str(value))
                   for name, value in evaluation.metrics.items() if not isinstance(value, dict | list)]
    return {
        "system": system,
        "profile": profile_for(system),
        "generated_at": timezone.now(),
        "versions": list(ModelVersion.objects.for_organization(system.organization_id).filter(
            system=system).order_by("-trained_at")[:50]),
        "evaluation": evaluation,
        "metrics": metrics,
        "assessment": risk.latest_assessment(system),
        "stale": risk.is_stale(system),
        "checklist": obligations.checklist(system),
        "figures": explorer.oversight_figures(system),
        "reviews": list(system.periodic_reviews.select_related("reviewed_by")[:20]),
        "changes": list(system.changes.select_related("changed_by")[:30]),
    }


def markdown(system) -> str:
    return render_to_string("governance/compliance/annex_iv.md", context(system))


def pdf(system) -> bytes:
    from weasyprint import HTML

    html = render_to_string("governance/compliance/annex_iv_pdf.html", context(system))
    return HTML(string=html).write_pdf()
