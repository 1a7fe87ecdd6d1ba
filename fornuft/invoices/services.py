"""The invoice workflow: intake → extraction → checks → decision → review / approval → export.

received → extracted → needs_review (low confidence or errors) → awaiting_approval →
approved / rejected → exported. Views, API, CLI, mail intake and tasks all call these.

The public entry points for other capabilities are `receive_attachment` (mail hands a
stored attachment over) and `known_bank_accounts` (the phishing shield asks about the
supplier register); they never need this capability's models or modules."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core import identifiers, tenancy
from fornuft.invoices import checks
from fornuft.invoices.models import ApprovalRule, Invoice, InvoiceEvent, InvoiceStatus, Supplier
from fornuft.invoices.schema import HEADER_FIELDS, REQUIRED_FIELDS, ExtractedInvoice, from_json
from fornuft.platform.workitems import Step, StopPipeline, mark_failed, retry, run_pipeline

log = logging.getLogger(__name__)
SYSTEM_KEY = "invoices.extraction"
EDITABLE_FIELDS = HEADER_FIELDS


def event(invoice: Invoice, action: str, note: str = "", actor=None) -> None:
    InvoiceEvent.objects.create(
        organization=invoice.organization, invoice=invoice, action=action, note=note[:2000], actor=actor
    )


# ---------------------------------------------------------------- suppliers and the register
def find_supplier(organization, data: dict) -> Supplier | None:
    """The registered supplier for extracted data: by org number, VAT number, then exact name."""
    suppliers = Supplier.objects.for_organization(organization)
    printed = str(data.get("supplier_org_number") or "").replace(" ", "")
    org_number = printed if printed.isdigit() else ""  # "DE298114507", "556677-8899": not a Norwegian number
    if len(org_number) == 9 and checks.org_number_ok(org_number):  # a failing one was misread or mistyped: unread
        found = suppliers.filter(org_number=org_number).first()
        if found:
            return found
    vat = (data.get("supplier_vat_number") or "").replace(" ", "").upper()
    if vat:
        found = suppliers.filter(vat_number__iexact=vat).first()
        if found:
            return found
    name = (data.get("supplier_name") or "").strip()
    if name:
        return suppliers.filter(name__iexact=name).first()
    return None


def hint_provider(organization):
    def hints(result: ExtractedInvoice) -> dict | None:
        supplier = find_supplier(
            organization, {k: result.get(k) for k in ("supplier_org_number", "supplier_vat_number", "supplier_name")}
        )
        return supplier.learned_hints if supplier and supplier.learned_hints else None

    return hints


def register_view(organization, supplier: Supplier | None, data: dict, exclude_pk=None) -> checks.RegisterView:
    earlier = Invoice.objects.for_organization(organization).exclude(
        status__in=[InvoiceStatus.NOT_INVOICE, InvoiceStatus.FAILED, InvoiceStatus.REJECTED]
    )
    if exclude_pk:
        earlier = earlier.exclude(pk=exclude_pk)
    if supplier is not None:
        earlier = earlier.filter(supplier=supplier)
    elif data.get("supplier_name"):
        earlier = earlier.filter(supplier__isnull=True, supplier_name__iexact=data["supplier_name"])
    else:
        earlier = earlier.none()
    rows = [
        {
            "ref": f"invoice #{row.pk} ({row.filename})",
            "invoice_number": row.invoice_number,
            "total": row.total_incl_vat,
            "issue_date": row.issue_date,
        }
        for row in earlier.only("pk", "filename", "invoice_number", "total_incl_vat", "issue_date")[:500]
    ]
    return checks.RegisterView(
        supplier_known=supplier is not None,
        supplier_name=supplier.name if supplier else "",
        bank_accounts=set(supplier.bank_accounts or []) if supplier else set(),
        earlier=rows,
    )


# ---------------------------------------------------------------- taking files in
UPLOAD_KINDS = ("pdf", "xml", "image")
MIN_PAGE_PIXELS = 800


class UploadRefused(ValueError):
    """A file was not taken in; the message says which file, what is wrong and what to do.
    `reason` is "too_large", "empty" or "unsupported_type"."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def intake(
    organization, stored_file, *, source: str = "upload", reference: str = "", filename: str = "", process: bool = True
) -> Invoice:
    """Creates the invoice for a stored file (stored first, never lost) and processes it."""
    invoice = Invoice.objects.create(
        organization=organization,
        stored_file=stored_file,
        source=source[:20],
        reference=reference[:200],
        filename=(filename or stored_file.filename or "")[:255],
        status=InvoiceStatus.RECEIVED,
    )
    event(invoice, "received", f"{source} {reference}".strip())
    if process:
        process_invoice(invoice)
    return invoice


def _declared_size(upload) -> int | None:
    if isinstance(upload, bytes | bytearray | memoryview):
        return len(upload)
    size = getattr(upload, "size", None)
    if isinstance(size, int):
        return size
    try:  # an open file (the command line): its size on disk, before reading it
        return os.fstat(upload.fileno()).st_size
    except (AttributeError, OSError, ValueError):
        return None


def _head(upload) -> bytes:
    if isinstance(upload, bytes | bytearray | memoryview):
        return bytes(upload[:4096])
    head = upload.read(4096)
    upload.seek(0)
    return head


def upload_invoice(
    organization,
    upload,
    *,
    filename: str = "",
    content_type: str = "",
    source: str = "upload",
    reference: str = "",
    in_background: bool = True,
) -> Invoice:
    """Takes in one uploaded file (bytes or a binary file such as Django's UploadedFile).

    1. refuses it when over FORNUFT_MAX_UPLOAD_MB or not an EHF/XML, PDF or image file,
    2. stores it in the blob store (before anything reads it),
    3. creates the invoice as received,
    4. queues its processing for when the transaction commits, so the worker sees the row
       (`in_background=False` processes it here and now instead: the command line reports
       each file's result).
    Raises UploadRefused with a message for the person who uploaded it."""
    from fornuft.core import blobs
    from fornuft.platform.files import detect_format

    name = filename or getattr(upload, "name", "") or ""
    limit = settings.FORNUFT_MAX_UPLOAD_BYTES
    size = _declared_size(upload)
    if size is not None and size > limit:
        raise UploadRefused(_too_large(name, limit), "too_large")
    if size == 0:
        raise UploadRefused(_empty(name), "empty")
    if detect_format(_head(upload), name) not in UPLOAD_KINDS:
        raise UploadRefused(
            _("%(name)s is not a PDF, EHF/XML, JPEG, PNG or TIFF file.") % {"name": name}, "unsupported_type"
        )
    try:
        stored = blobs.store(organization, upload, filename=name, content_type=content_type, source_label=source)
    except blobs.BlobTooLarge:  # the declared size was missing or wrong; the blob store counted
        raise UploadRefused(_too_large(name, limit), "too_large") from None
    except blobs.BlobEmpty:
        raise UploadRefused(_empty(name), "empty") from None
    invoice = intake(organization, stored, source=source, filename=name, reference=reference, process=False)
    if in_background:
        from fornuft.invoices.tasks import process_invoice_task

        transaction.on_commit(lambda: process_invoice_task(invoice.pk))
    else:
        process_invoice(invoice)
    return invoice


def _empty(name: str) -> str:
    return _("%(name)s is empty (0 bytes). Check that you picked the right file.") % {"name": name}


def _too_large(name: str, limit: int) -> str:
    return _(
        "%(name)s is larger than the upload limit of %(mb)d MB. Split it, or ask an administrator "
        "to raise FORNUFT_MAX_UPLOAD_MB."
    ) % {"name": name, "mb": limit // (1024 * 1024)}


def receive_attachment(organization, stored_file, *, source: str = "mail", reference: str = "") -> Invoice | None:
    """Offers a stored file (already in the blob store) to invoice intake: the one way other
    capabilities hand files over.

    Returns the created invoice when the file is taken in, or None when it is not a file
    this capability reads (a logo, a text file). Never raises for bad files: a failure is
    recorded on the created invoice with the reason."""
    if stored_file is None or not _looks_like_invoice_file(stored_file):
        return None
    try:
        return intake(
            organization, stored_file, source=source, reference=reference, filename=stored_file.filename or ""
        )
    except Exception:  # the mail flow must go on; the invoice row (if any) says what failed
        log.exception("invoice intake failed for stored file %s", getattr(stored_file, "pk", "?"))
        return Invoice.objects.for_organization(organization).filter(stored_file=stored_file).order_by("-pk").first()


def known_bank_accounts(organization, sender_domain: str) -> set[str] | None:
    """Bank accounts on file for the supplier mailing from `sender_domain` (subdomains
    included), or None when no supplier is registered for that domain."""
    from fornuft.invoices.suppliers import known_bank_accounts as registered_accounts

    return registered_accounts(organization, sender_domain)


def _looks_like_invoice_file(stored_file) -> bool:
    """Whether a stored file is something invoice intake reads (by its bytes, then its name)."""
    from fornuft.platform.files import detect_format

    try:
        with stored_file.open() as handle:
            head = handle.read(4096)
    except OSError:
        return False
    kind = detect_format(head, stored_file.filename or "")
    if kind == "pdf":
        return True
    if kind == "image":
        return _big_enough_to_be_a_page(stored_file)
    if kind == "xml":
        return b"Invoice-2" in head or b"CreditNote-2" in head or (stored_file.filename or "").lower().endswith(".xml")
    return False


def _big_enough_to_be_a_page(stored_file) -> bool:
    """Logos and signature images in mail are not invoices: a scanned or photographed page is
    at least about 800 px on its long side."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    try:
        with stored_file.open() as handle, warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            width, height = Image.open(handle).size
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
        return True  # let intake record why it cannot be read
    return max(width, height) >= MIN_PAGE_PIXELS


# ---------------------------------------------------------------- processing
@dataclass
class InvoiceWork:
    """What the steps of one run share: the organization and the extraction result."""

    organization: object
    result: ExtractedInvoice | None = None


class ReadAndExtract(Step):
    """Reads the stored file and extracts it (format, text or OCR, fields, document checks)."""

    name = "extract"

    def run(self, invoice: Invoice, work: InvoiceWork) -> None:
        from fornuft.invoices.extract import extract

        data = invoice.stored_file.read_bytes()
        work.result = extract(data, invoice.filename, hints=hint_provider(work.organization))


class KeepResult(Step):
    """Keeps the extraction on the invoice (also when it is not an invoice: people see why)."""

    name = "keep result"

    def run(self, invoice: Invoice, work: InvoiceWork) -> None:
        _store_result(invoice, work.result)
        invoice.save()


class StopUnlessInvoice(Step):
    """Not an invoice (stopped, said so) or unreadable (failed with the extractor's reason)."""

    name = "check readable"

    def run(self, invoice: Invoice, work: InvoiceWork) -> None:
        result = work.result
        if result.status == "ok":
            return
        if result.status == "not_invoice":
            invoice.status, invoice.message = InvoiceStatus.NOT_INVOICE, result.message
            invoice.save()
        else:
            mark_failed(invoice, result.message)
        event(invoice, invoice.status, result.message)
        raise StopPipeline(result.message)


class KeepEmbeddedPdf(Step):
    """An EHF's own PDF is what people look at."""

    name = "keep embedded pdf"

    def able_to_run(self, invoice: Invoice, work: InvoiceWork) -> bool:
        return _embedded_pdf(work.result) is not None

    def run(self, invoice: Invoice, work: InvoiceWork) -> None:
        from fornuft.core import blobs

        attachment = _embedded_pdf(work.result)
        invoice.view_file = blobs.store(
            work.organization,
            attachment["data"],
            filename=attachment["filename"],
            content_type="application/pdf",
            source_label="ehf-attachment",
        )
        invoice.save()


class MarkExtracted(Step):
    name = "extracted"

    def run(self, invoice: Invoice, work: InvoiceWork) -> None:
        invoice.status = InvoiceStatus.EXTRACTED
        invoice.save()
        event(invoice, "extracted", f"{work.result.format}, {len(work.result.validation)} findings")


class Route(Step):
    """Register checks, the logged decision, then review or approval."""

    name = "route"

    def run(self, invoice: Invoice, work: InvoiceWork) -> None:
        route(invoice, work.result)


STEPS: list[Step] = [ReadAndExtract(), KeepResult(), StopUnlessInvoice(), KeepEmbeddedPdf(), MarkExtracted(), Route()]


def _embedded_pdf(result: ExtractedInvoice) -> dict | None:
    for attachment in result.attachments:
        if attachment["mime"] == "application/pdf" and attachment["data"][:5] == b"%PDF-":
            return attachment
    return None


def process_invoice(invoice: Invoice, *, again: bool = False) -> Invoice:
    """Runs `STEPS` on one invoice (the platform pipeline). A failing step marks it failed with
    the step and the reason, and the invoice is kept for a retry; `again` is that retry
    (`reprocess_invoice`): the attempt is counted and the earlier failure forgotten."""
    with tenancy.activate(invoice.organization):
        work = InvoiceWork(invoice.organization)
        outcome = retry(invoice, STEPS, work) if again else run_pipeline(invoice, STEPS, work)
        if outcome.failed:
            event(invoice, "failed", invoice.message)
        return invoice


def reprocess_invoice(invoice: Invoice) -> Invoice:
    """Processes an invoice again from its stored file (after a failure, or better reading)."""
    return process_invoice(invoice, again=True)


def fail_invoice(invoice: Invoice, reason: str) -> None:
    """Marks an invoice failed with the reason from outside the pipeline (the stuck-item sweep)."""
    mark_failed(invoice, reason)
    event(invoice, "failed", reason)


def _store_result(invoice: Invoice, result: ExtractedInvoice) -> None:
    invoice.data = result.as_json()
    invoice.format = result.format
    invoice.document_type = result.document_type
    invoice.boxes = {name: box.as_list() for name, box in result.boxes.items()}
    invoice.labels = dict(result.labels, _rotations=result.rotations) if result.rotations else result.labels
    invoice.layout = result.segments[:3000]
    invoice.pages = result.pages
    _copy_header(invoice)


def _copy_header(invoice: Invoice) -> None:
    data = invoice.data
    invoice.supplier_name = (data.get("supplier_name") or "")[:200]
    invoice.invoice_number = (data.get("invoice_number") or "")[:60]
    invoice.issue_date = data.get("issue_date") or None
    invoice.due_date = data.get("due_date") or None
    invoice.currency = (data.get("currency") or "")[:3]
    invoice.total_incl_vat = Decimal(data["total_incl_vat"]) if data.get("total_incl_vat") else None
    invoice.order_reference = (data.get("order_reference") or "")[:60]


def _recheck(invoice: Invoice, supplier: Supplier | None) -> ExtractedInvoice:
    """Document + register checks on the invoice's current data (after extraction or correction)."""
    result = from_json(invoice.data)
    result.validation = []
    if invoice.format == "ehf":  # keep the EN 16931 rule findings from the XML
        from fornuft.invoices.schema import Finding

        result.validation = [
            Finding(v["code"], v["severity"], v["message"])
            for v in invoice.data.get("validation", [])
            if v["code"].startswith(("PEPPOL", "NO-R"))
        ]
    checks.check_document(result)
    checks.check_register(result, register_view(invoice.organization, supplier, invoice.data, exclude_pk=invoice.pk))
    invoice.data["validation"] = [f.as_dict() for f in result.validation]
    invoice.data["review"] = [f.as_dict() for f in result.review]  # not faults: what could not be checked
    return result


def route(invoice: Invoice, result: ExtractedInvoice | None = None) -> Invoice:
    """Checks against the register, logs the decision, and sends the invoice to review or approval."""
    from fornuft.governance.decisions import record_decision

    organization = invoice.organization
    supplier = find_supplier(organization, invoice.data)
    invoice.supplier = supplier
    if supplier and supplier.cost_centre and not invoice.cost_centre:
        invoice.cost_centre = supplier.cost_centre
    _recheck(invoice, supplier)
    confidences = {name: invoice.data["confidence"].get(name, 0.0) for name in REQUIRED_FIELDS}
    if supplier is not None and supplier.org_number and supplier.org_number == invoice.data.get("supplier_org_number"):
        confidences["supplier_name"] = max(confidences["supplier_name"], 0.95)  # identified by org number
    confidence = min(confidences.values(), default=0.0)
    codes = sorted({v["code"] for v in invoice.data["validation"]})
    error_codes = sorted({v["code"] for v in invoice.data["validation"] if v["severity"] == "error"})
    decision = record_decision(
        organization,
        SYSTEM_KEY,
        subject=invoice,
        output={
            "document_type": invoice.document_type,
            "format": invoice.format,
            "supplier_id": supplier.pk if supplier else None,
            "errors": error_codes,
            "fields_found": sorted(k for k in EDITABLE_FIELDS if invoice.data.get(k) not in (None, "")),
        },
        confidence=round(confidence, 3),
        explanation={
            "rules": codes,
            "top_features": sorted({f"label:{v}" for k, v in invoice.labels.items() if not k.startswith("_")})[:10],
        },
    )
    invoice.decision_seq = decision.seq
    unchecked = [v["message"] for v in invoice.data.get("review", [])]
    if decision.needs_review or error_codes or unchecked:
        invoice.status = InvoiceStatus.NEEDS_REVIEW
        threshold = decision.system.confidence_threshold
        unsure = ", ".join(f"{name} ({value:.2f})" for name, value in sorted(confidences.items()) if value < threshold)
        invoice.message = (
            "; ".join(error_codes) or " ".join(unchecked) or f"Low confidence in the extracted fields: {unsure or '—'}."
        )
    else:
        invoice.status = InvoiceStatus.AWAITING_APPROVAL
        invoice.approver = choose_approver(invoice)
        invoice.message = ""
    invoice.save()
    event(invoice, invoice.status, invoice.message)
    return invoice


def choose_approver(invoice: Invoice):
    """The approver of the first matching active rule (order reference, project, cost centre,
    supplier, amount range), else the supplier's default approver, else None (finance team)."""
    amount = invoice.total_incl_vat
    rules = ApprovalRule.objects.for_organization(invoice.organization).filter(active=True)
    for rule in rules.select_related("approver"):
        if rule.order_reference_prefix and not (invoice.order_reference or "").upper().startswith(
            rule.order_reference_prefix.upper()
        ):
            continue
        if rule.project and rule.project.lower() != (invoice.project or "").lower():
            continue
        if rule.cost_centre and rule.cost_centre.lower() != (invoice.cost_centre or "").lower():
            continue
        if rule.supplier_id and rule.supplier_id != invoice.supplier_id:
            continue
        if rule.min_amount is not None and (amount is None or amount < rule.min_amount):
            continue
        if rule.max_amount is not None and (amount is None or amount > rule.max_amount):
            continue
        return rule.approver
    if invoice.supplier and invoice.supplier.default_approver_id:
        return invoice.supplier.default_approver
    return None


# ---------------------------------------------------------------- corrections and learning
def open_review_task(invoice: Invoice):
    from fornuft.governance.models import Decision, ReviewTask

    decision = (
        Decision.objects.for_organization(invoice.organization)
        .filter(
            subject_type="documents.invoice",
            subject_id=str(invoice.pk),
            system_key=SYSTEM_KEY,
        )
        .order_by("-seq")
    )
    return (
        ReviewTask.objects.for_organization(invoice.organization).filter(decision__in=decision, status="open").first()
    )


def correct_invoice(
    invoice: Invoice, user, changes: dict, *, project: str | None = None, cost_centre: str | None = None
) -> Invoice:
    """A person's corrections: through the review queue when a review is open (the hook applies
    them), else applied directly and logged as the person's decision."""
    from fornuft.governance.decisions import record_decision
    from fornuft.governance.review import resolve_review

    clean = {k: (str(v).strip() if v is not None else None) for k, v in changes.items() if k in EDITABLE_FIELDS}
    clean = {k: v for k, v in clean.items() if (v or None) != (invoice.data.get(k) or None)}
    if project is not None or cost_centre is not None:
        invoice.project = (project if project is not None else invoice.project)[:60]
        invoice.cost_centre = (cost_centre if cost_centre is not None else invoice.cost_centre)[:50]
        invoice.save(update_fields=["project", "cost_centre", "updated_at"])
    task = open_review_task(invoice)
    if task is not None:
        resolve_review(task, user, correction=clean or None)
        invoice.refresh_from_db()
        return invoice
    accepted = not clean and invoice.status == InvoiceStatus.NEEDS_REVIEW
    if clean or accepted:
        record_decision(
            invoice.organization,
            SYSTEM_KEY,
            subject=invoice,
            output={"corrected": sorted(clean)} if clean else {"accepted": sorted({v["code"] for v in invoice.errors})},
            confidence=1.0,
            actor=user,
            explanation={"rules": ["person corrected fields" if clean else "person accepted the findings"]},
        )
    apply_correction(invoice, clean, user, accepted=accepted)
    return invoice


def on_review_resolved(task, correction, user) -> None:
    """Review hook: a person accepted or corrected an extraction."""
    invoice = Invoice.objects.for_organization(task.organization).filter(pk=task.decision.subject_id).first()
    if invoice is None:
        return
    apply_correction(invoice, correction or {}, user, accepted=correction is None, source="review")


def apply_correction(invoice: Invoice, changes: dict, user, accepted: bool = False, source: str = "ui") -> Invoice:
    from fornuft.invoices.learning import learn_hint
    from fornuft.invoices.numbers import format_amount, parse_amount, parse_date

    clean = {k: v for k, v in (changes or {}).items() if k in EDITABLE_FIELDS}
    for name, value in clean.items():
        if value in (None, ""):
            invoice.data[name] = None
        elif name in ("total_excl_vat", "vat_total", "total_incl_vat"):
            amount = parse_amount(value)
            invoice.data[name] = format_amount(amount) if amount is not None else None
        elif name in ("issue_date", "due_date"):
            parsed = parse_date(value)
            invoice.data[name] = parsed.isoformat() if parsed else None
        elif name == "bank_account":
            invoice.data[name] = identifiers.digits(value)
        else:
            invoice.data[name] = value
        invoice.data.setdefault("confidence", {})[name] = 1.0
    for name in clean:
        invoice.boxes.pop(name, None)
    _copy_header(invoice)
    supplier = find_supplier(invoice.organization, invoice.data)
    if supplier is not None and clean and invoice.layout and invoice.format != "ehf":
        hints = dict(supplier.learned_hints or {})
        for name in clean:
            hint = learn_hint(invoice.layout, name, invoice.data.get(name) or "")
            if hint:
                hints[name] = hint
                invoice.boxes[name] = hint["box"]
        supplier.learned_hints = hints
        supplier.save(update_fields=["learned_hints"])
    invoice.supplier = supplier
    result = _recheck(invoice, supplier)
    if clean:
        from fornuft.governance.training_data import add_example

        event(invoice, "corrected", ", ".join(sorted(clean)), actor=user)
        # The corrected fields, as the extraction should have read them: training data.
        add_example(
            invoice.organization,
            SYSTEM_KEY,
            subject=invoice,
            source=source,
            user=user,
            fields={name: invoice.data.get(name) for name in clean},
        )
    errors = [f for f in result.validation if f.severity == "error"]
    if errors and not accepted:
        invoice.status = InvoiceStatus.NEEDS_REVIEW
        invoice.message = "; ".join(sorted({f.code for f in errors}))
    else:
        invoice.status = InvoiceStatus.AWAITING_APPROVAL
        invoice.message = (
            "Accepted by a person despite: " + ", ".join(sorted({f.code for f in errors})) if errors else ""
        )
        invoice.approver = choose_approver(invoice)
    invoice.save()
    event(invoice, invoice.status, invoice.message, actor=user)
    return invoice


# ---------------------------------------------------------------- approval and export
class WorkflowError(ValueError):
    pass


def approve(invoice: Invoice, user, note: str = "") -> Invoice:
    if invoice.status not in (InvoiceStatus.AWAITING_APPROVAL,):
        raise WorkflowError(
            f"Only invoices awaiting approval can be approved (this one is {invoice.get_status_display()})."
        )
    if invoice.approver_id and invoice.approver_id != user.pk and not user.has_role("admin", "finance"):
        raise WorkflowError("This invoice is waiting for another approver.")
    invoice.status, invoice.decided_by, invoice.decided_at = InvoiceStatus.APPROVED, user, timezone.now()
    invoice.save()
    event(invoice, "approved", note, actor=user)
    return invoice


def reject(invoice: Invoice, user, note: str = "") -> Invoice:
    if invoice.status in (InvoiceStatus.EXPORTED, InvoiceStatus.REJECTED):
        raise WorkflowError(f"The invoice is already {invoice.get_status_display().lower()}.")
    invoice.status, invoice.decided_by, invoice.decided_at = InvoiceStatus.REJECTED, user, timezone.now()
    invoice.message = note[:500]
    invoice.save()
    event(invoice, "rejected", note, actor=user)
    return invoice


def bulk(invoices, action: str, user, note: str = "") -> tuple[int, list[str]]:
    """Applies approve / reject / reprocess to several invoices; (done, problems)."""
    done, problems = 0, []
    for invoice in invoices:
        try:
            with transaction.atomic():
                if action == "approve":
                    approve(invoice, user, note)
                elif action == "reject":
                    reject(invoice, user, note)
                elif action == "reprocess":
                    reprocess_invoice(invoice)
                else:
                    raise WorkflowError(f"unknown action {action!r}")
            done += 1
        except WorkflowError as exc:
            problems.append(f"#{invoice.pk}: {exc}")
    return done, problems


def search(organization, status: str = "", query: str = ""):
    rows = Invoice.objects.for_organization(organization).select_related("supplier", "approver")
    if status:
        rows = rows.filter(status=status)
    if query:
        rows = rows.filter(
            Q(supplier_name__icontains=query) | Q(invoice_number__icontains=query) | Q(filename__icontains=query)
        )
    return rows


def suppliers_of_parts(organization, part_numbers: list[str], *, limit: int = 2000) -> dict[str, list[dict]]:
    """The suppliers whose invoice lines name each part number (the newest `limit` invoices):
    {part: [{"source": "suppliers", "name": supplier, "url": invoice page}]}. Used by the drawing
    register to link a BOM to who sells its parts."""
    from django.urls import reverse

    wanted = {p.strip().lower(): p for p in part_numbers if p and len(p.strip()) >= 3}
    found: dict[str, list[dict]] = {}
    rows = Invoice.objects.for_organization(organization).order_by("-pk").only("pk", "supplier_name", "data")
    for invoice in rows[:limit]:
        text = " ".join(
            str(line.get("description") or "") + " " + str(line.get("item_id") or "")
            for line in (invoice.data or {}).get("lines") or []
        ).lower()
        if not text:
            continue
        for key, part in wanted.items():
            if key in text and not any(m["name"] == invoice.supplier_name for m in found.get(part, [])):
                try:
                    url = reverse("invoices:invoice-detail", args=[invoice.pk])
                except Exception:  # noqa: BLE001 - a link is a nicety
                    url = ""
                found.setdefault(part, []).append({"source": "suppliers", "name": invoice.supplier_name, "url": url})
    return found
