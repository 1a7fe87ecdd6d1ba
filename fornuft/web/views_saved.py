"""Saved views: a person keeps a filtered list under a name and finds it in their menu."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, QueryDict
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from fornuft.core.models import SavedView
from fornuft.core.permissions import role_required

MAX_PER_PERSON = 50


def _clean_path(path: str) -> str | None:
    """A path of this site that opens a page (never another site, never the API)."""
    if not path.startswith("/") or path.startswith("//") or len(path) > 200 or path.startswith("/api/"):
        return None
    try:
        resolve(path)
    except Resolver404:
        return None
    return path


@role_required()
@require_POST
def save_view(request):
    path = _clean_path(request.POST.get("path", ""))
    name = " ".join(request.POST.get("name", "").split())[:60]
    # The query is parsed and written again: only plain name=value pairs are kept.
    query = urlencode(list(QueryDict(request.POST.get("query", "")[:1000]).lists()), doseq=True)[:1000]
    if path is None:
        messages.error(request, _("This page cannot be saved as a view."))
        return redirect("dashboard")
    if not name:
        messages.error(request, _("Give the view a name."))
        return redirect(f"{path}?{query}" if query else path)
    if SavedView.objects.filter(user=request.user).count() >= MAX_PER_PERSON:
        messages.error(request, _("You have %(count)d saved views; delete one first.") % {"count": MAX_PER_PERSON})
        return redirect(f"{path}?{query}" if query else path)
    view = SavedView.objects.create(organization=request.organization, user=request.user, name=name, path=path,
                                    query=query)
    messages.success(request, _("Saved as “%(name)s” in your menu.") % {"name": view.name})
    return redirect(view.url)


@role_required()
@require_POST
def delete_view(request, pk: int):
    deleted, _rows = SavedView.objects.filter(user=request.user, pk=pk).delete()
    if not deleted:
        raise Http404
    messages.success(request, _("The view was deleted."))
    return redirect(request.POST.get("next") if _clean_path(request.POST.get("next", "")) else "dashboard")
