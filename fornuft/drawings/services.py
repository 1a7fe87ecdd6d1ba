"""The actions of the drawing register. Views, the API, the CLI, tasks and the demo call these
and nothing else; another capability uses drawings only through this module (and the hooks in
`drawings.links`)."""

from __future__ import annotations

import csv
import io

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.drawings import links
from fornuft.drawings.models import Drawing, DrawingRevision, DrawingUse, RevisionStatus
from fornuft.drawings.revisions import revision_key, superseded
from fornuft.platform.workitems import Step, run_pipeline

SYSTEM_KEY = "drawings.read"
CORE_FIELDS = ("drawing_number", "revision", "title", "date")


class UploadRefused(ValueError):
    def __init__(self, message: str, code: str = "refused"):
        super().__init__(message)
        self.code = code


def _glossary_labels(organization) -> dict[str, list[str]]:
    """Title-block labels the organization's glossary adds (its own words for "drawing number" …)."""
    from django.apps import apps

    if not apps.is_installed("fornuft.glossary"):
        return {}
    from fornuft.glossary import services as glossary

    return glossary.drawing_labels(organization)


class ReadDrawing(Step):
    """Reads the stored file: title block, BOM, units, layers."""

    def run(self, item: DrawingRevision, work) -> None:
        from fornuft.drawings.reading import read_drawing

        data = item.stored_file.read_bytes()
        result = read_drawing(data, item.filename, extra_labels=_glossary_labels(item.organization))
        work["result"] = result
        item.file_format = result.format
        item.title_block = result.title_block
        item.bom = result.bom
        item.units = result.units or ""
        item.layers = result.layers[:500]
        item.message = result.message[:300]
        block = result.title_block
        item.revision = (block.get("revision") or "")[:40]
        from datetime import date

        item.drawing_date = date.fromisoformat(block["date"]) if block.get("date") else None
        if result.status in ("failed", "too_large", "unsupported"):
            item.status = RevisionStatus.FAILED
            item.problems = [*item.problems, result.message]
        elif result.status == "no_title_block":
            item.status = RevisionStatus.NO_TITLE_BLOCK
        item.save()


class RegisterRevision(Step):
    """Files the revision under its drawing number (a new drawing the first time)."""

    def able_to_run(self, item, work) -> bool:
        return item.status not in (RevisionStatus.FAILED,) and bool(item.title_block.get("drawing_number"))

    def run(self, item: DrawingRevision, work) -> None:
        block = item.title_block
        drawing, _created = Drawing.objects.for_organization(item.organization).get_or_create(
            organization=item.organization, number=block["drawing_number"][:100])
        newest = drawing.current()
        if newest is None or revision_key(item.revision) >= revision_key(newest.revision):
            drawing.title = (block.get("title") or drawing.title)[:300]
            drawing.project = (block.get("project") or drawing.project)[:300]
            drawing.company = (block.get("company") or drawing.company)[:300]
            drawing.save()
        item.drawing = drawing
        item.save(update_fields=["drawing"])


class RecordDecision(Step):
    """Logs `drawings.read`: what was read and how sure; a drawing without its number or
    revision goes to review."""

    def able_to_run(self, item, work) -> bool:
        return item.status != RevisionStatus.FAILED

    def run(self, item: DrawingRevision, work) -> None:
        from fornuft.governance.decisions import record_decision

        block = item.title_block
        found = [f for f, v in block.items() if v]
        core = sum(1 for f in CORE_FIELDS if block.get(f))
        confidence = round(0.6 * core / len(CORE_FIELDS) + 0.4 * len(found) / max(len(block), 1), 3)
        decision = record_decision(
            item.organization, SYSTEM_KEY, subject=item,
            output={"title_block": block, "bom_rows": len(item.bom), "units": item.units or None},
            confidence=confidence,
            explanation={"fields_found": found, "format": item.file_format, "message": item.message,
                         "method": "block attributes and labels beside values (nb/en)"},
        )
        if item.status == RevisionStatus.RECEIVED:
            item.status = RevisionStatus.REVIEW if decision.needs_review else RevisionStatus.READ
            item.save(update_fields=["status"])


STEPS = [ReadDrawing(), RegisterRevision(), RecordDecision()]


def on_review_resolved(task, correction, user) -> None:
    """Review hook: the title-block fields a person corrected are written to the revision, which
    is then filed under its (corrected) drawing number; accepted or corrected, it counts as read.
    The correction itself is kept as a training example by the review queue."""
    from datetime import date

    revision = DrawingRevision.objects.for_organization(task.organization).filter(
        pk=task.decision.subject_id).first()
    if revision is None:
        return
    from fornuft.drawings.ai_systems import DRAWING_FIELDS

    block = dict(revision.title_block or {})
    correctable = {field.name for field in DRAWING_FIELDS}
    for name, value in (correction or {}).items():
        if name in correctable:
            block[name] = (str(value).strip() or None) if value is not None else None
    revision.title_block = block
    revision.revision = (block.get("revision") or "")[:40]
    try:
        revision.drawing_date = date.fromisoformat(block["date"]) if block.get("date") else None
    except ValueError:
        revision.drawing_date = None
    if revision.status == RevisionStatus.REVIEW:
        revision.status = RevisionStatus.READ
    revision.save(update_fields=["title_block", "revision", "drawing_date", "status"])
    if block.get("drawing_number"):
        RegisterRevision().run(revision, {})


def import_drawing(organization, upload, *, filename: str = "", source: str = "upload") -> DrawingRevision:
    """Stores one drawing file (DXF or PDF) and reads it into the register.

    Refuses (UploadRefused) a file over FORNUFT_MAX_UPLOAD_BYTES, empty, or neither DXF nor PDF.
    A file that cannot be read is kept, marked failed with the reason, and can be retried."""
    from fornuft.core import blobs
    from fornuft.drawings.reading.reader import drawing_format

    name = filename or getattr(upload, "name", "") or ""
    limit = settings.FORNUFT_MAX_UPLOAD_BYTES
    data = upload if isinstance(upload, bytes) else upload.read(limit + 1)
    if len(data) > limit:
        raise UploadRefused(_("%(name)s is larger than %(mb)d MB.") % {"name": name, "mb": limit // 2**20},
                            "too_large")
    if not data.strip():
        raise UploadRefused(_("%(name)s is empty.") % {"name": name}, "empty")
    if drawing_format(data, name) is None:
        raise UploadRefused(_("%(name)s is not a DXF or PDF drawing.") % {"name": name}, "unsupported_type")
    with activate(organization):
        stored = blobs.store(organization, data, filename=name, source_label=source)
        revision = DrawingRevision.objects.create(organization=organization, stored_file=stored, filename=name[:255])
        run_pipeline(revision, STEPS, {})
        revision.refresh_from_db()
    return revision


def reread(revision: DrawingRevision) -> DrawingRevision:
    from fornuft.platform.workitems import retry

    with activate(revision.organization):
        revision.status = RevisionStatus.RECEIVED
        revision.save(update_fields=["status"])
        retry(revision, STEPS, {})
        revision.refresh_from_db()
    return revision


def list_drawings(organization) -> list[Drawing]:
    with activate(organization):
        return list(Drawing.objects.prefetch_related("revisions"))


def get_drawing(organization, number: str) -> Drawing:
    with activate(organization):
        try:
            return Drawing.objects.prefetch_related("revisions").get(number=number)
        except Drawing.DoesNotExist:
            raise ValueError(_("No drawing numbered %(number)s.") % {"number": number}) from None


def get_revision(organization, pk: int) -> DrawingRevision:
    with activate(organization):
        try:
            return DrawingRevision.objects.select_related("drawing", "stored_file").get(pk=pk)
        except DrawingRevision.DoesNotExist:
            raise ValueError(_("No such drawing revision.")) from None


def recent_revisions(organization, limit: int = 50) -> list[DrawingRevision]:
    with activate(organization):
        return list(DrawingRevision.objects.select_related("drawing")[:limit])


def revisions_of(drawing: Drawing) -> list[DrawingRevision]:
    """Newest revision first."""
    return sorted(drawing.revisions.all(), key=lambda r: (revision_key(r.revision), r.pk), reverse=True)


def record_use(organization, drawing_number: str, revision: str, used_by: str, *, url: str = "",
               is_open: bool = True) -> DrawingUse:
    """Notes that an open project, quote or order builds on this revision (replacing an earlier note)."""
    if not drawing_number.strip() or not used_by.strip():
        raise ValueError(_("Give the drawing number and what uses it."))
    with activate(organization), transaction.atomic():
        use, _created = DrawingUse.objects.update_or_create(
            organization=organization, drawing_number=drawing_number.strip()[:100], used_by=used_by.strip()[:300],
            defaults={"revision": revision.strip()[:40], "url": url[:300], "is_open": is_open})
        return use


def current_revisions(organization) -> dict[str, str]:
    result = {}
    for drawing in list_drawings(organization):
        newest = drawing.current()
        if newest is not None:
            result[drawing.number] = newest.revision
    return result


def supersede_warnings(organization) -> list[dict]:
    """Open projects, quotes and orders that still use an older revision than the newest registered."""
    with activate(organization):
        return superseded(links.drawing_uses(organization), current_revisions(organization))


def bom_csv(revision: DrawingRevision) -> str:
    """The revision's BOM as CSV (semicolon-separated, as Norwegian spreadsheets open it)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["item", "part_number", "description", "quantity", "material"])
    for row in revision.bom:
        writer.writerow([_safe_cell(row.get(k)) for k in ("item", "part_number", "description", "quantity",
                                                           "material")])
    return out.getvalue()


def _safe_cell(value) -> str:
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text  # a spreadsheet must not run a formula from a drawing
    return text


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def bom_links(organization, revision: DrawingRevision) -> dict[str, list[dict]]:
    """Where each BOM part number is known: the supplier register and the product catalogue."""
    with activate(organization):
        return links.part_matches(organization, [r.get("part_number") or "" for r in revision.bom])


def preview_svg(revision: DrawingRevision, *, max_entities: int = 200_000) -> str:
    """An SVG picture of a DXF revision (ezdxf's drawing add-on, no matplotlib); "" for a PDF or a failure."""
    if revision.file_format != "dxf":
        return ""
    from fornuft.drawings.reading.preview import dxf_to_svg

    return dxf_to_svg(revision.stored_file.read_bytes(), max_entities=max_entities)
