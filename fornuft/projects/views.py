"""The pages of projects: thin views that call the services."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from fornuft.projects import services


@login_required
@require_http_methods(["GET", "POST"])
def item_list(request):
    error = None
    if request.method == "POST":
        try:
            services.create_item(request.organization, request.POST.get("title", ""))
        except ValueError as exc:
            error = str(exc)
        else:
            return redirect("projects:item-list")
    context = {"items": services.list_items(request.organization), "error": error}
    return render(request, "projects/item_list.html", context, status=400 if error else 200)
