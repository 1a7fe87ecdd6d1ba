"""The glossary pages: list and search, add an entry, CSV import with row-level errors, packs, suggestions."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from fornuft.core.permissions import role_required
from fornuft.core.roles import Role
from fornuft.glossary import services, terms

READERS = (Role.ADMIN, Role.MANAGER, Role.EMPLOYEE, Role.SUPPORT, Role.FINANCE, Role.HR)
EDITORS = (Role.ADMIN, Role.MANAGER)


@role_required(*READERS)
@require_GET
def entry_list(request):
    query = request.GET.get("q", "")[:100]
    context = {"entries": services.list_entries(request.organization, query), "query": query,
               "packs": terms.pack_names(), "can_edit": request.user.role in EDITORS,
               "errors": request.session.pop("glossary_errors", [])}
    return render(request, "glossary/entry_list.html", context)


@role_required(*EDITORS)
@require_POST
def entry_add(request):
    try:
        services.add_entry(request.organization, request.POST.get("term", "")[:120],
                           abbreviation=request.POST.get("abbreviation", "")[:120],
                           synonyms=request.POST.get("synonyms", "")[:600], nb=request.POST.get("nb", "")[:120],
                           en=request.POST.get("en", "")[:120])
    except ValueError as exc:
        messages.error(request, str(exc))
    return redirect("glossary:entry-list")


@role_required(*EDITORS)
@require_POST
def entry_delete(request, pk: int):
    services.delete_entry(request.organization, pk)
    return redirect("glossary:entry-list")


@role_required(*EDITORS)
@require_POST
def entry_import(request):
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a CSV file."))
        return redirect("glossary:entry-list")
    if upload.size > services.MAX_CSV_BYTES:
        messages.error(request, _("The file is larger than %(mb)d MB.") % {"mb": services.MAX_CSV_BYTES // 2**20})
        return redirect("glossary:entry-list")
    try:
        report = services.import_csv(request.organization, upload.read())
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect("glossary:entry-list")
    messages.success(request, _("%(added)d added, %(updated)d updated, %(errors)d row(s) with errors.") % {
        "added": report.added, "updated": report.updated, "errors": len(report.errors)})
    request.session["glossary_errors"] = [{"line": e.line, "message": e.message} for e in report.errors[:50]]
    return redirect("glossary:entry-list")


@role_required(*EDITORS)
@require_POST
def pack_add(request):
    try:
        report = services.add_pack(request.organization, request.POST.get("pack", "")[:60])
    except ValueError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("%(added)d added, %(updated)d updated.") % {"added": report.added,
                                                                                "updated": report.updated})
    return redirect("glossary:entry-list")


@role_required(*EDITORS)
@require_GET
def suggestions(request):
    return render(request, "glossary/suggestions.html",
                  {"suggestions": services.suggest(request.organization, limit=40)})
