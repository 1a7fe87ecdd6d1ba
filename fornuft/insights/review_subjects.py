"""How the shared review queue shows an insights run (declared in ai_systems.py): a
forecast, a price suggestion or a staffing plan, with a link to the run."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core.formatting import money


def _run(decision, kind: str):
    from fornuft.insights.models import Run

    if decision.subject_type != "insights.run":
        return None
    return Run.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id, kind=kind).first()


def _subject(run, title: str, summary, values):
    from fornuft.governance.corrections import ReviewSubject

    when = timezone.localtime(run.created_at).strftime("%Y-%m-%d %H:%M")
    return ReviewSubject(title=title % {"when": when}, url=reverse("insights:run-detail", args=[run.pk]),
                         summary=summary, values={k: "" if v is None else str(v) for k, v in values.items()})


def describe_forecast(decision):
    from fornuft.insights.models import RunKind

    run = _run(decision, RunKind.FORECAST)
    if run is None:
        return None
    series = (run.result or {}).get("series") or []
    lines = [f"{s.get('series', '')}: {s.get('model', '')}" for s in series[:10] if isinstance(s, dict)]
    parameters = run.parameters or {}
    return _subject(run, _("Forecast of %(when)s"), [
        (_("Data set"), run.version.dataset.name if run.version_id else "—"),
        (_("Series and models"), "\n".join(lines) or "—"),
    ], {"horizon": parameters.get("horizon"), "season_length": parameters.get("season_length")})


def describe_price(decision):
    from fornuft.insights.models import RunKind

    run = _run(decision, RunKind.PRICE)
    if run is None:
        return None
    result, parameters = run.result or {}, run.parameters or {}
    price = result.get("suggested_price")
    return _subject(run, _("Price suggestion of %(when)s"), [
        (_("Segment"), parameters.get("segment") or "—"),
        (_("Service"), parameters.get("service") or "—"),
        (_("Cost"), money(parameters["cost"]) if parameters.get("cost") is not None else "—"),
        (_("Suggested price"), money(price) if price is not None else "—"),
    ], {"suggested_price": "" if price is None else f"{float(price):.2f}"})


def describe_staffing(decision):
    from fornuft.insights.models import RunKind

    run = _run(decision, RunKind.STAFFING)
    if run is None:
        return None
    result = run.result or {}
    return _subject(run, _("Staffing plan of %(when)s"), [
        (_("Shortfall (hours)"), str(result.get("total_shortfall_hours", "—"))),
        (_("Cost"), money(result["total_cost"]) if result.get("total_cost") is not None else "—"),
    ], {"total_shortfall_hours": result.get("total_shortfall_hours"), "total_cost": result.get("total_cost")})
