"""Decision-log explorer helpers: extra filters, cached chain status, exports (re-auth)."""

from __future__ import annotations

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from fornuft.core.permissions import role_required
from fornuft.core.roles import GOVERNANCE_READERS
from fornuft.governance import chain, explorer, queries
from fornuft.governance.forms import DecisionFilterForm
from fornuft.governance.models import ChainHead
from fornuft.governance.reauth import recent_password_required

CHAIN_CACHE_SECONDS = 60


def filtered(request, form: DecisionFilterForm):
    """The decisions matching the filter form plus `subject=type:id` and `review=yes|no`."""
    decision_filter = queries.DecisionFilter()
    if form.is_valid():
        decision_filter = queries.DecisionFilter(**{k: v for k, v in form.cleaned_data.items() if v not in ("", None)})
    decisions = queries.filtered_decisions(decision_filter)
    subject = request.GET.get("subject", "").strip()
    if subject:
        subject_type, _sep, subject_id = subject.partition(":")
        decisions = decisions.filter(subject_type=subject_type)
        if subject_id:
            decisions = decisions.filter(subject_id=subject_id)
    review = request.GET.get("review", "")
    if review in {"yes", "no"}:
        decisions = decisions.filter(needs_review=review == "yes")
    return decisions


def oversight_for_filter(request):
    """(system, figures) when the list is filtered to one system, else None."""
    from fornuft.governance.models import AISystem

    key = request.GET.get("system", "")
    system = AISystem.objects.filter(key=key).first() if key else None
    return None if system is None else (system, explorer.oversight_figures(system))


def chain_status(organization) -> dict:
    """The chain's verification, cached per organization until the chain grows."""
    head = ChainHead.objects.filter(organization_id=organization.pk).values_list("seq", "hash").first() or (0, "")
    key = f"governance:chain:{organization.pk}:{head[0]}:{head[1]}"
    status = cache.get(key)
    if status is None:
        report = chain.verify(organization)[0]
        status = {"intact": report.intact, "records": report.records, "first_bad_seq": report.first_bad_seq,
                  "problem": report.problem, "checked_at": timezone.now().isoformat()}
        cache.set(key, status, CHAIN_CACHE_SECONDS)
    return status


@role_required(*GOVERNANCE_READERS)
def chain_status_fragment(request):
    """The chain verification, loaded by htmx after the page so a long log never slows it."""
    return render(request, "governance/compliance/_chain_status.html",
                  {"chain": chain_status(request.organization)})


@role_required(*GOVERNANCE_READERS)
@recent_password_required
def decision_export(request, fmt: str):
    if fmt not in {"csv", "json"}:
        raise Http404
    decisions = filtered(request, DecisionFilterForm(request.GET or None))
    stamp = timezone.localdate().isoformat()
    if fmt == "csv":
        response = HttpResponse(explorer.export_csv(decisions), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(explorer.export_json(decisions), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="decisions-{stamp}.{fmt}"'
    return response
