"""GDPR pages: redaction tool, data-subject requests (search, ZIP export, erasure with a
receipt, deadline), retention policies, records of processing (Art. 30), and the
password confirmation that exports require."""

from __future__ import annotations

from datetime import datetime, time
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import GOVERNANCE_READERS, Role
from fornuft.governance import dsar, reauth, records, retention
from fornuft.governance.forms_compliance import SubjectForm
from fornuft.governance.models import DataSubjectRequest, RequestKind, RequestStatus
from fornuft.governance.privacy import pii
from fornuft.governance.privacy.providers import categories, provider

MAX_REDACT_CHARS = 200_000


@role_required()
def reauthenticate(request):
    target = request.GET.get("next") or request.POST.get("next") or "/governance/compliance/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/governance/compliance/"
    if request.method == "POST":
        if reauth.confirm(request, request.POST.get("password", "")):
            return redirect(target)
        messages.error(request, _("Wrong password. Try again."))
    return render(request, "governance/compliance/reauth.html",
                  {"next": target, "minutes": reauth.WINDOW_SECONDS // 60},
                  status=401 if request.method == "POST" else 200)


@role_required()
def redact_tool(request):
    text = request.POST.get("text", "") if request.method == "POST" else ""
    entities, redacted, error = [], "", ""
    if len(text) > MAX_REDACT_CHARS:
        error = _("The text is longer than %(limit)s characters; split it.") % {"limit": MAX_REDACT_CHARS}
    elif text:
        entities = pii.detect(text)
        redacted = pii.redact(text, entities=entities)
    return render(request, "governance/compliance/redact.html",
                  {"text": text, "entities": entities, "redacted": redacted, "error": error})


@role_required(*GOVERNANCE_READERS)
def request_list(request):
    form = SubjectForm(request.POST or None, initial={"kind": RequestKind.ACCESS})
    if request.method == "POST":
        if request.user.role != Role.ADMIN:
            messages.error(request, _("Only administrators register data-subject requests."))
            return redirect("governance:request-list")
        if form.is_valid():
            received = form.cleaned_data.get("received")
            received_at = (timezone.make_aware(datetime.combine(received, time(12)))
                           if received else timezone.now())
            row = dsar.open_request(request.organization, form.cleaned_data.get("kind") or RequestKind.ACCESS,
                                    form.cleaned_data["query"], received_at=received_at)
            messages.success(request, _("Request registered; answer due %(due)s.") % {
                "due": timezone.localtime(row.due_at).date().isoformat()})
            return redirect("governance:request-detail", pk=row.pk)
    rows = DataSubjectRequest.objects.order_by("status", "due_at")
    return render(request, "governance/compliance/requests.html",
                  {"form": form, "rows": rows, "now": timezone.now(), "is_admin": request.user.role == Role.ADMIN},
                  status=400 if request.method == "POST" else 200)


def _hits(request_row):
    query = dsar.query_for(request_row)
    return query, dsar.search(request_row.organization, query)


@role_required(*GOVERNANCE_READERS)
def request_detail(request, pk: int):
    row = get_for_org_or_404(DataSubjectRequest, pk=pk)
    query, hits = _hits(row)
    grouped: dict[str, list] = {}
    for hit in hits:
        grouped.setdefault(str(provider(hit.provider).label), []).append(hit)
    return render(request, "governance/compliance/request_detail.html", {
        "row": row, "grouped": grouped, "count": len(hits), "now": timezone.now(),
        "is_admin": request.user.role == Role.ADMIN})


@role_required(*GOVERNANCE_READERS)
@reauth.recent_password_required
def request_export(request, pk: int):
    row = get_for_org_or_404(DataSubjectRequest, pk=pk)
    query, hits = _hits(row)
    content = dsar.export_zip(request.organization, query, hits)
    if row.kind == RequestKind.ACCESS and row.status == RequestStatus.OPEN and request.user.role == Role.ADMIN:
        row.status = RequestStatus.DONE
        row.completed_at = timezone.now()
        row.handled_by = request.user
        row.receipt = {"exported_at": timezone.now().isoformat(), "records": len(hits),
                       "exported_by": f"user:{request.user.pk}"}
        row.save()
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="innsyn-{row.pk}-{timezone.localdate().isoformat()}.zip"'
    return response


@role_required(Role.ADMIN)
@require_POST
def request_erase(request, pk: int):
    row = get_for_org_or_404(DataSubjectRequest, pk=pk)
    if not reauth.is_recent(request):
        detail = reverse("governance:request-detail", kwargs={"pk": row.pk})
        messages.warning(request, _("Confirm your password, then erase again."))
        return redirect(reverse("governance:reauth") + "?" + urlencode({"next": detail}))
    if request.POST.get("confirm") != "erase":
        messages.error(request, _("Tick the box to confirm the erasure."))
        return redirect("governance:request-detail", pk=row.pk)
    query, hits = _hits(row)
    # The request row itself is kept as evidence; erase everything else found.
    receipt = dsar.erase(request.organization, query, request.user, request=row,
                         hits=[hit for hit in hits if hit.provider != "governance.requests"])
    messages.success(request, _("Erased: %(count)s record(s). The receipt is stored with the request.") % {
        "count": len(receipt["records"])})
    return redirect("governance:request-detail", pk=row.pk)


@role_required(*GOVERNANCE_READERS)
def retention_policies(request):
    rows = retention.policies(request.organization)
    labels = categories()
    if request.method == "POST":
        if request.user.role != Role.ADMIN:
            messages.error(request, _("Only administrators change retention policies."))
            return redirect("governance:retention")
        if request.POST.get("action") == "purge":
            lines = retention.purge_organization(request.organization)
            messages.success(request, _("Purge done: %(count)s record(s) deleted.") % {
                "count": sum(line.count for line in lines)})
            return redirect("governance:retention")
        try:
            for row in rows:
                days = int(request.POST.get(f"days_{row.category}", row.keep_days))
                enabled = request.POST.get(f"enabled_{row.category}") == "on"
                retention.set_policy(request.organization, row.category, days, enabled, request.user)
        except ValueError as exc:
            messages.error(request, str(exc) if "day" in str(exc) else _("Days must be a whole number."))
            return redirect("governance:retention")
        messages.success(request, _("Saved."))
        return redirect("governance:retention")
    preview = retention.purge_organization(request.organization, dry_run=True)
    return render(request, "governance/compliance/retention.html", {
        "rows": [(row, labels.get(row.category, (row.category, None))[0]) for row in rows],
        "preview": {line.category: line.count for line in preview}, "is_admin": request.user.role == Role.ADMIN})


@role_required(*GOVERNANCE_READERS)
def processing_records(request):
    return render(request, "governance/compliance/records.html", {"rows": records.build(request.organization)})


@role_required(*GOVERNANCE_READERS)
@reauth.recent_password_required
def processing_records_csv(request):
    response = HttpResponse(records.as_csv(records.build(request.organization)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="behandlingsprotokoll.csv"'
    return response
