"""The pages of intake: thin views that call the services."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from fornuft.intake import services

MAX_CATALOGUE_UPLOAD = 10 * 1024 * 1024


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
