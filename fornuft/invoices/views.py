"""Invoice pages: list with status filters and drag-and-drop upload, detail with the document
beside the extracted fields (highlighting where each was found), correct / approve / reject,
export, the supplier register and approval rules."""

from __future__ import annotations

import io

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.invoices import export, services
from fornuft.invoices.forms import ApprovalRuleForm, CorrectionForm, SupplierForm
from fornuft.invoices.models import ApprovalRule, Invoice, InvoiceStatus, Supplier

ROLES = (Role.FINANCE, Role.ADMIN, Role.MANAGER)
MAX_FILES = 20
CODE_FIELDS = {
    "ORG_NUMBER_INVALID": "supplier_org_number",
    "VAT_NUMBER_INVALID": "supplier_vat_number",
    "BANK_ACCOUNT_INVALID": "bank_account",
    "BANK_ACCOUNT_CHANGED": "bank_account",
    "IBAN_INVALID": "iban",
    "KID_INVALID": "kid",
    "VAT_MISMATCH": "vat_total",
    "TOTAL_MISMATCH": "total_incl_vat",
    "DUE_BEFORE_ISSUE": "due_date",
    "DUPLICATE": "invoice_number",
    "UNKNOWN_SUPPLIER": "supplier_name",
}
FIELD_ROWS = [
    ("supplier_name", gettext_lazy("Supplier")),
    ("supplier_org_number", gettext_lazy("Organisation number")),
    ("supplier_vat_number", gettext_lazy("VAT number")),
    ("buyer_name", gettext_lazy("Buyer")),
    ("invoice_number", gettext_lazy("Invoice number")),
    ("issue_date", gettext_lazy("Invoice date")),
    ("due_date", gettext_lazy("Due date")),
    ("currency", gettext_lazy("Currency")),
    ("total_excl_vat", gettext_lazy("Total excl. VAT")),
    ("vat_total", gettext_lazy("VAT")),
    ("total_incl_vat", gettext_lazy("Total incl. VAT")),
    ("kid", gettext_lazy("KID")),
    ("bank_account", gettext_lazy("Bank account")),
    ("iban", gettext_lazy("IBAN")),
    ("order_reference", gettext_lazy("Order reference")),
]


@role_required(*ROLES)
def invoice_list(request):
    status = request.GET.get("status", "")
    query = request.GET.get("q", "").strip()
    rows = services.search(request.organization, status if status in InvoiceStatus.values else "", query)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    counts = {value: 0 for value in InvoiceStatus.values}
    from django.db.models import Count

    for row in Invoice.objects.values("status").annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    statuses = [(value, label, counts[value]) for value, label in InvoiceStatus.choices]
    return render(
        request,
        "invoices/invoice_list.html",
        {
            "page": page,
            "status": status,
            "query": query,
            "statuses": statuses,
            "max_mb": settings.FORNUFT_MAX_UPLOAD_BYTES // (1024 * 1024),
            "max_files": MAX_FILES,
        },
    )


@role_required(*ROLES)
@require_POST
def invoice_upload(request):
    files = request.FILES.getlist("files")
    if not files:
        messages.error(request, _("Choose one or more files to upload."))
        return redirect("invoices:invoice-list")
    if len(files) > MAX_FILES:
        messages.error(request, _("At most %(n)d files at a time.") % {"n": MAX_FILES})
        return redirect("invoices:invoice-list")
    taken = 0
    for upload in files:
        try:
            services.upload_invoice(
                request.organization,
                upload,
                filename=upload.name,
                content_type=upload.content_type or "",
                source="upload",
                reference=request.user.get_username(),
            )
        except services.UploadRefused as exc:
            messages.error(request, str(exc))
            continue
        taken += 1
    if taken:
        messages.success(request, _("%(n)d file(s) received; they are being read.") % {"n": taken})
    return redirect("invoices:invoice-list")


@role_required(*ROLES)
@require_POST
def invoice_bulk(request):
    ids = [int(pk) for pk in request.POST.getlist("ids") if pk.isdigit()]
    action = request.POST.get("action", "")
    invoices = list(Invoice.objects.filter(pk__in=ids))
    if action in ("export_csv", "export_json"):
        return _export_response(request, invoices, action.split("_")[1])
    if action not in ("approve", "reject", "reprocess") or not invoices:
        messages.error(request, _("Choose invoices and an action."))
        return redirect("invoices:invoice-list")
    done, problems = services.bulk(invoices, action, request.user, request.POST.get("note", ""))
    messages.success(request, _("%(n)d invoice(s) updated.") % {"n": done})
    for problem in problems[:10]:
        messages.warning(request, problem)
    return redirect("invoices:invoice-list")


def _export_response(request, invoices, fmt: str):
    if fmt not in ("csv", "json"):
        raise Http404
    approved = [i for i in invoices if i.status == InvoiceStatus.APPROVED]
    text = export.to_csv(approved) if fmt == "csv" else export.to_json(approved)
    export.mark_exported(approved, request.user, how=f"download {fmt}")
    response = HttpResponse(text, content_type="text/csv; charset=utf-8" if fmt == "csv" else "application/json")
    response["Content-Disposition"] = f'attachment; filename="invoices.{fmt}"'
    return response


@role_required(Role.FINANCE, Role.ADMIN)
def invoice_export(request, fmt: str):
    return _export_response(request, list(Invoice.objects.filter(status=InvoiceStatus.APPROVED)), fmt)


@role_required(*ROLES)
def invoice_detail(request, pk: int):
    invoice = get_for_org_or_404(Invoice.objects.select_related("supplier", "approver", "decided_by"), pk=pk)
    data = invoice.data or {}
    rows = [
        {
            "name": name,
            "label": label,
            "value": data.get(name),
            "confidence": data.get("confidence", {}).get(name),
            "box": invoice.boxes.get(name),
            "box_style": _box_style(invoice.boxes.get(name)),
            "codes": [v for v in invoice.validation if CODE_FIELDS.get(v.get("code")) == name],
        }
        for name, label in FIELD_ROWS
    ]
    initial = {name: data.get(name) or "" for name, _label in FIELD_ROWS}
    initial.update(project=invoice.project, cost_centre=invoice.cost_centre)
    pages = range(min(invoice.pages or 1, 10)) if (invoice.format != "ehf" or invoice.view_file_id) else range(0)
    return render(
        request,
        "invoices/invoice_detail.html",
        {
            "invoice": invoice,
            "rows": rows,
            "form": CorrectionForm(initial=initial),
            "pages": pages,
            "events": invoice.events.select_related("actor")[:50],
            "lines": data.get("lines", []),
            "can_decide": invoice.status == InvoiceStatus.AWAITING_APPROVAL,
            "boxes": {name: box for name, box in invoice.boxes.items()},
            "processing": invoice.status in PROCESSING,
        },
    )


# Statuses while the worker is still reading the document: the detail page asks again every 2 s.
PROCESSING = (InvoiceStatus.RECEIVED, InvoiceStatus.EXTRACTED)


@role_required(*ROLES)
def invoice_status(request, pk: int):
    """The status badge, for the detail page's htmx poll; once the worker is done, the page is
    reloaded (HX-Refresh) so that the fields it read appear."""
    invoice = get_for_org_or_404(Invoice.objects.only("pk", "status", "organization"), pk=pk)
    processing = invoice.status in PROCESSING
    response = render(request, "invoices/_status.html", {"invoice": invoice, "processing": processing})
    if not processing:
        response["HX-Refresh"] = "true"
    return response


def _box_style(box) -> str:
    if not box or len(box) != 5:
        return ""
    _page, x0, y0, x1, y1 = box
    pad = 0.003
    return (
        f"left:{(x0 - pad) * 100:.2f}%;top:{(y0 - pad) * 100:.2f}%;"
        f"width:{(x1 - x0 + 2 * pad) * 100:.2f}%;height:{(y1 - y0 + 2 * pad) * 100:.2f}%"
    )


def _document_bytes(invoice: Invoice) -> tuple[bytes, str]:
    if invoice.format == "ehf":
        if invoice.view_file is None:
            raise Http404
        return invoice.view_file.read_bytes(), "pdf"
    from fornuft.invoices.extract import detect_format

    data = invoice.stored_file.read_bytes()
    return data, detect_format(data[:4096])


@role_required(*ROLES)
def invoice_page(request, pk: int, page: int):
    """One page as PNG, turned the way OCR read it so the highlight boxes line up."""
    invoice = get_for_org_or_404(Invoice, pk=pk)
    data, kind = _document_bytes(invoice)
    from fornuft.platform.files import ocr, pdftext

    try:
        if kind == "pdf":
            image = pdftext.render_page(data, page, dpi=110, max_pixels=4_000_000)
        elif kind == "image" and page == 0:
            image = ocr.open_image(data)
            image.thumbnail((2000, 2000))
        else:
            raise Http404
    except (ValueError, IndexError):
        raise Http404 from None
    steps = (invoice.labels or {}).get("_rotations", {}).get(str(page))
    if invoice.format == "ocr" and steps:
        image = ocr.apply_rotations(image, steps)
    image.thumbnail((1100, 1600))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    response = HttpResponse(buffer.getvalue(), content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@role_required(*ROLES)
def invoice_original(request, pk: int):
    invoice = get_for_org_or_404(Invoice, pk=pk)
    response = HttpResponse(invoice.stored_file.read_bytes(), content_type="application/octet-stream")
    safe_name = "".join(c for c in (invoice.filename or "invoice") if c.isprintable() and c not in '"\\/')
    response["Content-Disposition"] = f'attachment; filename="{safe_name or "invoice"}"'
    return response


@role_required(*ROLES)
@require_POST
def invoice_correct(request, pk: int):
    invoice = get_for_org_or_404(Invoice, pk=pk)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please correct the errors below."))
        return redirect("invoices:invoice-detail", pk=invoice.pk)
    changes = {k: v for k, v in form.cleaned_data.items() if k not in ("project", "cost_centre")}
    services.correct_invoice(
        invoice,
        request.user,
        changes,
        project=form.cleaned_data["project"],
        cost_centre=form.cleaned_data["cost_centre"],
    )
    messages.success(request, _("Saved. The supplier's next invoices use what you corrected."))
    return redirect("invoices:invoice-detail", pk=invoice.pk)


@role_required(*ROLES)
@require_POST
def invoice_decide(request, pk: int):
    invoice = get_for_org_or_404(Invoice, pk=pk)
    action, note = request.POST.get("action"), request.POST.get("note", "")
    try:
        if action == "approve":
            services.approve(invoice, request.user, note)
            messages.success(request, _("Approved."))
        elif action == "reject":
            services.reject(invoice, request.user, note)
            messages.success(request, _("Rejected."))
        else:
            messages.error(request, _("Unknown action."))
    except services.WorkflowError as exc:
        messages.error(request, str(exc))
    return redirect("invoices:invoice-detail", pk=invoice.pk)


@role_required(Role.FINANCE, Role.ADMIN)
@require_POST
def invoice_send(request, pk: int):
    invoice = get_for_org_or_404(Invoice, pk=pk)
    ok, message = export.send_to_webhook(invoice, request.user)
    (messages.success if ok else messages.error)(request, message)
    return redirect("invoices:invoice-detail", pk=invoice.pk)


@role_required(*ROLES)
def supplier_list(request):
    return render(
        request,
        "invoices/supplier_list.html",
        {"suppliers": Supplier.objects.select_related("default_approver").order_by("name")},
    )


@role_required(Role.FINANCE, Role.ADMIN)
def supplier_edit(request, pk: int | None = None):
    supplier = get_for_org_or_404(Supplier, pk=pk) if pk else None
    form = SupplierForm(request.POST or None, instance=supplier, organization=request.organization)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.organization = request.organization
        saved.bank_accounts = form.cleaned_data["bank_accounts_text"]
        saved.email_domain = saved.email_domain.strip().lower()
        saved.save()
        messages.success(request, _("Supplier saved."))
        return redirect("invoices:supplier-list")
    return render(
        request,
        "invoices/supplier_form.html",
        {"form": form, "supplier": supplier},
        status=400 if request.method == "POST" else 200,
    )


@role_required(Role.FINANCE, Role.ADMIN)
def rule_list(request):
    form = ApprovalRuleForm(request.POST or None, organization=request.organization)
    if request.method == "POST" and form.is_valid():
        rule = form.save(commit=False)
        rule.organization = request.organization
        rule.save()
        messages.success(request, _("Rule saved."))
        return redirect("invoices:rule-list")
    return render(
        request,
        "invoices/rule_list.html",
        {"rules": ApprovalRule.objects.select_related("approver", "supplier"), "form": form},
    )


@role_required(Role.FINANCE, Role.ADMIN)
@require_POST
def rule_delete(request, pk: int):
    get_for_org_or_404(ApprovalRule, pk=pk).delete()
    return redirect("invoices:rule-list")
