"""The pages of intake: thin views that call the services."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from fornuft.core.tenancy import activate
from fornuft.intake import services
from fornuft.intake.models import Offer, ServiceReport

MAX_CATALOGUE_UPLOAD = 10 * 1024 * 1024
MAX_UPLOAD = 25 * 1024 * 1024


@login_required
@require_http_methods(["GET", "POST"])
def catalogue(request):
    """The product catalogue: search by name or synonym, import a CSV."""
    error = message = None
    status = 200
    if request.method == "POST":
        upload = request.FILES.get("csv")
        if upload is None:
            error = "no_file"
        elif upload.size > MAX_CATALOGUE_UPLOAD or not upload.name.lower().endswith((".csv", ".txt")):
            error = "bad_file"
        else:
            try:
                added, updated = services.import_catalogue(request.organization, upload.read())
            except ValueError as exc:
                error = str(exc)
            else:
                return redirect(f"{request.path}?added={added}&updated={updated}")
        status = 400
    query = request.GET.get("q", "")[:200]
    products = services.search_products(request.organization, query, limit=200)
    if request.GET.get("added"):
        message = (request.GET.get("added", "0")[:6], request.GET.get("updated", "0")[:6])
    template = "intake/_product_rows.html" if request.headers.get("HX-Request") else "intake/catalogue.html"
    return render(request, template, {"products": products, "query": query, "error": error, "message": message},
                  status=status)


@login_required
def equipment_list(request):
    query = request.GET.get("q", "")[:100]
    return render(request, "intake/equipment_list.html",
                  {"equipment": services.list_equipment(request.organization, query), "query": query})


# --- offers and service reports -------------------------------------------------------------

def _upload(request, name: str):
    upload = request.FILES.get(name)
    if upload is None:
        return None, ""
    if upload.size > MAX_UPLOAD:
        raise ValueError(_("The file is larger than %(mb)d MB.") % {"mb": MAX_UPLOAD // 1024 // 1024})
    return upload.read(), upload.name


@login_required
@require_http_methods(["GET", "POST"])
def offer_list(request):
    from fornuft.intake import workflow

    error = None
    if request.method == "POST":
        try:
            audio, filename = _upload(request, "audio")
            offer = workflow.create_offer(request.organization, user=request.user, audio=audio, filename=filename,
                                          text=request.POST.get("text", "")[:100_000],
                                          language=request.POST.get("language", "")[:5])
        except ValueError as exc:
            error = str(exc)
        else:
            return redirect("intake:offer-detail", pk=offer.pk)
    with activate(request.organization):
        offers = list(Offer.objects.all()[:100])
    return render(request, "intake/offer_list.html", {"offers": offers, "error": error},
                  status=400 if error else 200)


def _offer(request, pk: int) -> Offer:
    with activate(request.organization):
        return get_object_or_404(Offer, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def offer_detail(request, pk: int):
    from fornuft.intake import workflow

    offer = _offer(request, pk)
    error = None
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "transcript":
                workflow.update_transcript(offer, request.organization, request.POST.get("transcript", "")[:100_000])
            elif action == "retry":
                workflow.retry_offer(offer, request.organization)
            elif action == "approve":
                workflow.approve(offer, request.organization, request.user, request.POST.get("email", "")[:254])
            else:
                error = _("Unknown action.")
        except ValueError as exc:
            error = str(exc)
        if not error:
            return redirect("intake:offer-detail", pk=offer.pk)
    return render(request, "intake/offer_detail.html", {"offer": offer, "error": error},
                  status=400 if error else 200)


@login_required
def offer_progress(request, pk: int):
    """The transcription progress, for the offer page's htmx poll; once the recording is heard (or
    failed), the page is reloaded (HX-Refresh) so that the transcript appears."""
    offer = _offer(request, pk)
    response = render(request, "intake/_transcribing.html", {"offer": offer})
    if offer.status != "received":
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def report_list(request):
    from fornuft.intake import workflow

    error = None
    if request.method == "POST":
        try:
            photos = []
            for upload in request.FILES.getlist("photo")[:5]:
                if upload.size > MAX_UPLOAD:
                    raise ValueError(_("%(name)s: the photo is larger than 25 MB.") % {"name": upload.name[:80]})
                photos.append((upload.name, upload.read()))
            audio, audio_name = _upload(request, "audio")
            report = workflow.create_service_report(request.organization, user=request.user, photos=photos,
                                                    audio=audio, audio_name=audio_name,
                                                    text=request.POST.get("text", "")[:100_000])
        except ValueError as exc:
            error = str(exc)
        else:
            return redirect("intake:report-detail", pk=report.pk)
    with activate(request.organization):
        reports = list(ServiceReport.objects.select_related("equipment")[:100])
    return render(request, "intake/report_list.html", {"reports": reports, "error": error},
                  status=400 if error else 200)


@login_required
@require_http_methods(["GET", "POST"])
def report_detail(request, pk: int):
    from fornuft.intake import workflow

    with activate(request.organization):
        report = get_object_or_404(ServiceReport.objects.select_related("equipment"), pk=pk)
    error = None
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "note":
                with activate(request.organization):
                    report.transcript = request.POST.get("transcript", "")[:100_000]
                    report.save(update_fields=["transcript"])
                workflow.retry_report(report, request.organization)
            elif action == "retry":
                workflow.retry_report(report, request.organization)
            elif action == "approve":
                workflow.approve(report, request.organization, request.user, request.POST.get("email", "")[:254])
            else:
                error = _("Unknown action.")
        except ValueError as exc:
            error = str(exc)
        if not error:
            return redirect("intake:report-detail", pk=report.pk)
    return render(request, "intake/report_detail.html", {"report": report, "error": error},
                  status=400 if error else 200)


@login_required
def download(request, kind: str, pk: int):
    """The quote, slides or report of the user's own organization."""
    names = {"quote": (Offer, "quote_pdf", "application/pdf", "quote-{}.pdf"),
             "slides": (Offer, "slides_pptx",
                        "application/vnd.openxmlformats-officedocument.presentationml.presentation", "slides-{}.pptx"),
             "report": (ServiceReport, "report_pdf", "application/pdf", "service-report-{}.pdf")}
    if kind not in names:
        raise Http404
    model, field, mime, filename = names[kind]
    with activate(request.organization):
        item = get_object_or_404(model, pk=pk)
        stored = getattr(item, field)
    if stored is None:
        raise Http404
    response = HttpResponse(stored.read_bytes(), content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{filename.format(pk)}"'
    return response
