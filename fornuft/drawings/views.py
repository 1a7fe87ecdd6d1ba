"""The pages of the drawing register: thin views that call the services."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from fornuft.core.permissions import role_required
from fornuft.drawings import services
from fornuft.drawings.ai_systems import DRAWING_ROLES

ROLES = tuple(DRAWING_ROLES)
MAX_FILES = 20


@role_required(*ROLES)
@require_GET
def drawing_list(request):
    organization = request.organization
    context = {
        "drawings": services.list_drawings(organization),
        "recent": services.recent_revisions(organization, limit=20),
        "warnings": services.supersede_warnings(organization),
    }
    return render(request, "drawings/drawing_list.html", context)


@role_required(*ROLES)
@require_POST
def drawing_upload(request):
    files = request.FILES.getlist("files")
    if not files:
        messages.error(request, _("Choose one or more drawings to upload."))
        return redirect("drawings:drawing-list")
    if len(files) > MAX_FILES:
        messages.error(request, _("At most %(n)d files at a time.") % {"n": MAX_FILES})
        return redirect("drawings:drawing-list")
    for upload in files:
        try:
            revision = services.import_drawing(request.organization, upload, filename=upload.name)
        except services.UploadRefused as exc:
            messages.error(request, str(exc))
            continue
        if revision.drawing_id:
            messages.success(request, _("%(name)s: drawing %(number)s revision %(rev)s.") % {
                "name": upload.name, "number": revision.drawing.number, "rev": revision.revision or "–"})
        else:
            messages.warning(request, f"{upload.name}: {revision.message or revision.get_status_display()}")
    return redirect("drawings:drawing-list")


@role_required(*ROLES)
@require_GET
def drawing_detail(request, number: str):
    try:
        drawing = services.get_drawing(request.organization, number)
    except ValueError as exc:
        raise Http404(str(exc)) from None
    revisions = services.revisions_of(drawing)
    current = drawing.current()
    part_links = services.bom_links(request.organization, current) if current else {}
    rows = [{**row, "links": part_links.get(row.get("part_number") or "", [])} for row in (current.bom if current
                                                                                               else [])]
    warnings = [w for w in services.supersede_warnings(request.organization) if w["drawing_number"] == number]
    context = {"drawing": drawing, "revisions": revisions, "current": current, "rows": rows, "warnings": warnings}
    return render(request, "drawings/drawing_detail.html", context)


@role_required(*ROLES)
@require_GET
def revision_detail(request, pk: int):
    revision = _revision_or_404(request, pk)
    return render(request, "drawings/revision_detail.html", {"revision": revision})


@role_required(*ROLES)
@require_POST
def revision_reread(request, pk: int):
    revision = _revision_or_404(request, pk)
    services.reread(revision)
    return redirect("drawings:revision-detail", pk=pk)


@role_required(*ROLES)
@require_GET
def revision_preview(request, pk: int):
    revision = _revision_or_404(request, pk)
    svg = services.preview_svg(revision)
    if not svg:
        raise Http404(_("No preview for this drawing."))
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@role_required(*ROLES)
@require_GET
def revision_bom_csv(request, pk: int):
    revision = _revision_or_404(request, pk)
    number = revision.drawing.number if revision.drawing_id else f"revision-{pk}"
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in f"{number}-{revision.revision or 'x'}")
    response = HttpResponse(services.bom_csv(revision), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="bom-{safe}.csv"'
    return response


def _revision_or_404(request, pk: int):
    """The organization's revision `pk`; another organization's or a missing one is a 404."""
    try:
        return services.get_revision(request.organization, pk)
    except ValueError as exc:
        raise Http404(str(exc)) from None
