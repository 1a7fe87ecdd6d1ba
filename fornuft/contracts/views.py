"""The pages of contracts: thin views that call the services. Every page needs a login and one
of the contract roles; the organization comes from the request."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fornuft.contracts import services
from fornuft.contracts.ai_systems import CONTRACT_ROLES
from fornuft.contracts.clause_rules import CLAUSE_TYPES
from fornuft.contracts.fields import CONTRACT_TYPES
from fornuft.contracts.models import Contract
from fornuft.core.permissions import role_required

ROLES = tuple(CONTRACT_ROLES)


def _contract(request, pk: int) -> Contract:
    contract = Contract.objects.for_organization(request.organization).filter(pk=pk).first()
    if contract is None:
        raise Http404
    return contract


@role_required(*ROLES)
@require_http_methods(["GET", "POST"])
def contract_list(request):
    error = None
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            error = _("Choose a file.")
        else:
            try:
                contract = services.upload_contract(request.organization, upload, filename=upload.name,
                                                    content_type=upload.content_type or "", owner=request.user)
            except services.UploadRefused as exc:
                error = str(exc)
            else:
                return redirect("contracts:contract-detail", contract.pk)
    filters = {"contract_type": request.GET.get("type", "")[:20], "counterparty": request.GET.get("q", "")[:100],
               "risk": request.GET.get("risk", "")[:6]}
    within = request.GET.get("within", "")
    contracts = services.list_contracts(request.organization, **filters,
                                        deadline_within=int(within) if within.isdigit() else None)
    context = {"contracts": contracts, "error": error, "filters": filters, "within": within,
               "types": CONTRACT_TYPES, "renewing": services.renewing_within(request.organization, 90)}
    return render(request, "contracts/contract_list.html", context, status=400 if error else 200)


def _segments(contract: Contract) -> list[tuple[str, list[str]]]:
    """The text cut at clause boundaries: [(text, [clause types])], for highlighting."""
    clauses = list(contract.clauses.all())
    cuts = sorted({0, len(contract.text)} | {c.start for c in clauses} | {c.end for c in clauses})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        types = sorted({c.clause_type for c in clauses if c.start <= start and end <= c.end})
        out.append((contract.text[start:end], types))
    return out


def _detail_context(contract: Contract) -> dict:
    return {"contract": contract, "segments": _segments(contract), "clauses": contract.clauses.all(),
            "risks": contract.risks.all(), "deadlines": contract.deadlines.all(),
            "versions": services.versions(contract), "types": CONTRACT_TYPES, "clause_types": CLAUSE_TYPES}


@role_required(*ROLES)
@require_http_methods(["GET", "POST"])
def contract_detail(request, pk: int):
    contract = _contract(request, pk)
    error = None
    if request.method == "POST":
        changes = {name: request.POST.get(name, "") for name in services.EDITABLE_FIELDS if name in request.POST}
        try:
            services.apply_correction(contract, changes, request.user)
        except ValueError as exc:
            error = str(exc)
        else:
            return redirect("contracts:contract-detail", contract.pk)
    context = {**_detail_context(contract), "error": error}
    return render(request, "contracts/contract_detail.html", context, status=400 if error else 200)


@role_required(*ROLES)
@require_http_methods(["POST"])
def contract_clauses(request, pk: int):
    """A person says a found clause is not of its type (`wrong`), or marks a passage copied from
    the text as a clause type; either teaches the clause model."""
    contract = _contract(request, pk)
    wrong = request.POST.get("wrong", "")
    if wrong.isdigit():
        clause = contract.clauses.filter(pk=int(wrong)).first()
        if clause is None:
            raise Http404
        services.correct_clause(contract, clause.start, clause.end, clause.clause_type, False, request.user)
        return redirect("contracts:contract-detail", contract.pk)
    clause_type = request.POST.get("clause_type", "")
    span = services.find_passage(contract, request.POST.get("passage", "")[:20000])
    if clause_type not in CLAUSE_TYPES or span is None:
        context = {**_detail_context(contract),
                   "clause_error": _("Choose a clause type and paste a passage exactly as it stands in the text.")}
        return render(request, "contracts/contract_detail.html", context, status=400)
    services.correct_clause(contract, span[0], span[1], clause_type, True, request.user)
    return redirect("contracts:contract-detail", contract.pk)


@role_required(*ROLES)
def contract_compare(request, pk: int, other: int):
    new, old = _contract(request, pk), _contract(request, other)
    return render(request, "contracts/contract_compare.html",
                  {"new": new, "old": old, "diff": services.version_diff(old, new)})


@role_required(*ROLES)
@require_http_methods(["GET", "POST"])
def playbook(request):
    from fornuft.contracts.playbook import PlaybookError

    row = services.playbook_row(request.organization)
    text, problems, saved = row.yaml or services.default_playbook_text(), [], False
    if request.method == "POST":
        text = request.POST.get("yaml", "")[:200_000]
        try:
            services.save_playbook(request.organization, text)
            saved = True
        except PlaybookError as exc:
            problems = exc.problems
    return render(request, "contracts/playbook.html", {"yaml": text, "problems": problems, "saved": saved},
                  status=400 if problems else 200)


@role_required(*ROLES)
def export(request):
    fmt = "json" if request.GET.get("format") == "json" else "csv"
    response = HttpResponse(services.export(request.organization, fmt),
                            content_type="application/json" if fmt == "json" else "text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="contracts.{fmt}"'
    return response


@role_required(*ROLES)
def calendar(request):
    row = services.playbook_row(request.organization)
    token = row.ensure_token()
    feed = request.build_absolute_uri(f"/contracts/calendar/{token}.ics")
    return render(request, "contracts/calendar.html", {
        "deadlines": services.upcoming_deadlines(request.organization), "feed_url": feed,
        "renewing": services.renewing_within(request.organization, 90)})


def calendar_feed(request, token: str):
    """The iCal feed: protected by its secret token (calendar programs cannot log in)."""
    organization = services.organization_for_calendar_token(token)
    if organization is None:
        raise Http404
    return HttpResponse(services.ical_feed(organization), content_type="text/calendar; charset=utf-8")
