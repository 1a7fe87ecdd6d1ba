"""What a person's correction in the review queue does to a dictated offer or a service report.

`on_review_resolved(task, correction, user)` is the review hook of `intake.offer` and
`intake.service_report` (declared in ai_systems.py). The corrected fields are written back to the
offer or report, its document is made again from them (the quote PDF and slides; the service
report PDF, without reading the photo again), a corrected nameplate moves the report to the right
unit in the equipment register, and the correction is kept as a training example."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from fornuft.core import blobs
from fornuft.core.tenancy import activate
from fornuft.governance.training_data import ExampleSource, add_example
from fornuft.intake.models import Equipment, Offer, ServiceReport

EQUIPMENT_FIELDS = ("manufacturer", "model", "serial_number", "year")


def on_review_resolved(task, correction, user) -> None:
    """Review hook: an accepted proposal changes nothing; a corrected one is written back."""
    if not correction:
        return
    key = task.system.key
    model = {"intake.offer": Offer, "intake.service_report": ServiceReport}.get(key)
    if model is None:
        return
    item = model.objects.for_organization(task.organization).filter(pk=task.decision.subject_id).first()
    if item is None:
        return
    with activate(task.organization):
        if isinstance(item, Offer):
            correct_offer(item, correction)
        else:
            correct_service_report(item, correction)
        # the fields as the extraction should have read them, beside the text it read them from
        add_example(task.organization, key, subject=item, source=ExampleSource.REVIEW, user=user,
                    text=item.transcript, fields={name: _plain(value) for name, value in correction.items()})


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _text(value) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def _amount(value) -> float | None:
    try:
        return float(Decimal(str(value).replace(" ", "").replace(",", "."))) if _text(value) else None
    except InvalidOperation:
        return None


def _day(value) -> str | None:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat() if _text(value) else None
    except ValueError:
        return None


def _year(value) -> int | None:
    text = _text(value) or ""
    return int(text[:4]) if text[:4].isdigit() else None


def _lines(value) -> list[str]:
    return [line.strip(" -•\t") for line in str(value or "").splitlines() if line.strip(" -•\t")]


# --- offers -----------------------------------------------------------------------------------

def correct_offer(item: Offer, correction: dict) -> None:
    """Customer, validity and total from the person; the quote and slides show the new customer and date."""
    extracted = dict(item.extracted or {})
    if "customer" in correction:
        extracted["customer"] = _text(correction["customer"])
        item.title = (extracted["customer"] or item.title)[:200]
    if "valid_until" in correction:
        extracted["valid_until"] = _day(correction["valid_until"])
    if "total_excl_vat" in correction:
        # the lines stay as read; the person's total is what the offer says from now on
        extracted["total_excl_vat"] = _amount(correction["total_excl_vat"])
    extracted["corrected_fields"] = sorted(set(extracted.get("corrected_fields") or []) | set(correction))
    item.extracted = extracted
    _remake_offer_files(item)
    item.save(update_fields=["extracted", "title", "quote_pdf", "slides_pptx"])


def _remake_offer_files(item: Offer) -> None:
    from fornuft.intake import pipeline, services
    from fornuft.intake.offer import Offer as PlainOffer
    from fornuft.intake.offer import OfferLine
    from fornuft.intake.workflow import _documents_dir

    extracted = item.extracted
    images = {p.product_id: p.image for p in services.plain_catalogue(item.organization)}
    lines = [OfferLine(line.get("product_id"), line.get("description") or "", float(line.get("quantity") or 0),
                       line.get("unit"), line.get("unit_price"), image=images.get(line.get("product_id") or "", ""))
             for line in extracted.get("items") or []]
    valid_until = date.fromisoformat(extracted["valid_until"]) if extracted.get("valid_until") else None
    plain = PlainOffer(language=item.language or "nb", customer=extracted.get("customer"),
                       contact=extracted.get("contact"), lines=lines, valid_until=valid_until,
                       notes=list(extracted.get("notes") or []))
    with _documents_dir() as folder:
        files = pipeline.write_offer_files(plain, folder, f"offer-{item.pk}",
                                           branding=services.branding(item.organization))
        item.quote_pdf = blobs.store(item.organization, Path(files["quote_pdf"]).read_bytes(),
                                     filename=f"quote-{item.pk}.pdf", source_label="intake")
        item.slides_pptx = blobs.store(item.organization, Path(files["slides_pptx"]).read_bytes(),
                                       filename=f"slides-{item.pk}.pptx", source_label="intake")


# --- service reports --------------------------------------------------------------------------

def correct_service_report(item: ServiceReport, correction: dict) -> None:
    """Nameplate fields, findings and actions from the person; the report is filed under the right unit."""
    extracted = dict(item.extracted or {})
    equipment = dict(extracted.get("equipment") or {})
    for name in EQUIPMENT_FIELDS:
        if name in correction:
            equipment[name] = _year(correction[name]) if name == "year" else _text(correction[name])
    extracted["equipment"] = equipment
    for name in ("findings", "actions"):
        if name in correction:
            extracted[name] = _lines(correction[name])
    extracted["corrected_fields"] = sorted(set(extracted.get("corrected_fields") or []) | set(correction))
    if set(correction) & set(EQUIPMENT_FIELDS):
        item.equipment = _refile(item, equipment, extracted)
        extracted["is_nameplate"] = True
    item.extracted = extracted
    _remake_report_pdf(item)
    item.save(update_fields=["extracted", "equipment", "report_pdf"])


def _refile(item: ServiceReport, fields: dict, extracted: dict) -> Equipment:
    """The register's unit for the corrected plate. A unit this report created from a misread plate
    is corrected in place, or removed when the corrected serial number is already registered."""
    from fornuft.intake import services

    ratings = extracted.get("ratings") or {}
    current = item.equipment
    made_by_this_report = bool(current is not None and extracted.get("new_equipment")
                               and not current.reports.exclude(pk=item.pk).exists())
    serial = (fields.get("serial_number") or "").strip()
    registered = Equipment.objects.filter(serial_number__iexact=serial).exclude(
        pk=current.pk if current else None).first() if serial else None
    if made_by_this_report and registered is None and current is not None:
        current.manufacturer = (fields.get("manufacturer") or "")[:100]
        current.model = (fields.get("model") or "")[:100]
        current.serial_number = serial[:100]
        current.year = fields.get("year")
        current.save(update_fields=["manufacturer", "model", "serial_number", "year"])
        return current
    equipment, created = services.find_or_create_equipment(item.organization, fields, ratings)
    if made_by_this_report and current is not None and current.pk != equipment.pk:
        item.equipment = equipment
        item.save(update_fields=["equipment"])
        current.delete()
    extracted["new_equipment"] = created
    return equipment


def _remake_report_pdf(item: ServiceReport) -> None:
    from fornuft.intake import pipeline, services
    from fornuft.intake.servicenote import ServiceNote
    from fornuft.intake.workflow import _documents_dir

    extracted = item.extracted
    note = ServiceNote(findings=list(extracted.get("findings") or []), actions=list(extracted.get("actions") or []),
                       parts=list(extracted.get("parts") or []), hours=extracted.get("hours"))
    images = [stored.read_bytes() for stored in item.photos.all()]
    with _documents_dir() as folder:
        files = pipeline.write_service_report(extracted.get("equipment") or {}, extracted.get("ratings") or {}, note,
                                              item.transcript, images, folder, f"report-{item.pk}",
                                              item.language or "nb", branding=services.branding(item.organization))
        item.report_pdf = blobs.store(item.organization, Path(files["report_pdf"]).read_bytes(),
                                      filename=f"service-report-{item.pk}.pdf", source_label="intake")
