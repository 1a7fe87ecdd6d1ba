"""Pages and endpoints that start apps and handle what they made: the webhook address
another system posts to (token instead of a session, so CSRF-exempt, and size-limited), a
document uploaded to an app, the app's webhook token, its tasks, and the organization's
webhook allow-list (administrators)."""

from __future__ import annotations

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from fornuft.apps import services, triggers
from fornuft.apps.models import App, AppSettings, AppTask
from fornuft.core.permissions import get_for_org_or_404, role_required
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate


@csrf_exempt  # another system calls it with the app's token, not a browser session
@require_POST
def webhook(request, app_id: int):
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > triggers.MAX_WEBHOOK_BYTES:
        return JsonResponse({"error": f"Send at most {triggers.MAX_WEBHOOK_BYTES // 1024} KB of JSON."}, status=413)
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else ""
    try:
        run = triggers.receive_webhook(app_id, token, request.body)
    except triggers.WebhookRefused as refused:
        return JsonResponse({"error": str(refused)}, status=refused.status)
    return JsonResponse({"run": run.pk, "status": run.status}, status=202)


@role_required()
@require_POST
def webhook_token(request, app_id: int):
    """Makes a new token for the app's webhook (builders only); shown once."""
    app = get_for_org_or_404(App, pk=app_id)
    try:
        services.check_builder(request.user)
    except PermissionError as exc:
        messages.error(request, str(exc))
        return redirect("apps:app-detail", app_id=app.pk)
    token = triggers.new_webhook_token(app)
    return render(request, "apps/webhook_token.html", {
        "app": app, "token": token, "url": request.build_absolute_uri(f"/apps/{app.pk}/hook")})


@role_required()
@require_POST
def document_upload(request, app_id: int):
    app = get_for_org_or_404(App, pk=app_id)
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise ValueError(_("Choose a document."))
        if upload.size > triggers.MAX_DOCUMENT_BYTES:
            raise ValueError(_("A document is at most %(mb)d MB.") % {
                "mb": triggers.MAX_DOCUMENT_BYTES // (1024 * 1024)})
        run = triggers.receive_document(app, request.user, upload.read(), upload.name or "document")
    except ValueError as exc:
        return render(request, "apps/run_refused.html", {"app": app, "error": str(exc)}, status=400)
    return redirect("apps:run-detail", run_id=run.pk)


@role_required()
@require_POST
def task_done(request, task_id: int):
    task = get_for_org_or_404(AppTask, pk=task_id)
    task.done = True
    task.save(update_fields=["done"])
    return redirect("apps:app-detail", app_id=task.app_id)


@role_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def app_settings(request):
    """The hosts this organization's apps may call webhooks on."""
    from fornuft.apps.actions import allowed_hosts

    with activate(request.organization):
        current = AppSettings.objects.first() or AppSettings(organization=request.organization)
    error = None
    if request.method == "POST":
        hosts = [h.strip().lower() for h in request.POST.get("webhook_hosts", "").replace(",", "\n").splitlines()
                 if h.strip()]
        bad = [h for h in hosts if not _host_name(h)]
        if bad:
            error = _("Not a host name: %(hosts)s. Write only the host, e.g. hooks.example.no.") % {
                "hosts": ", ".join(bad)}
        else:
            current.webhook_hosts = "\n".join(dict.fromkeys(hosts))
            current.save()
            messages.success(request, _("Saved."))
            return redirect("apps:settings")
    from django.conf import settings as django_settings

    installation = list(getattr(django_settings, "FORNUFT_APPS_WEBHOOK_HOSTS", ()))
    return render(request, "apps/settings.html", {
        "current": current, "installation": installation, "effective": sorted(allowed_hosts(request.organization)),
        "error": error}, status=400 if error else 200)


def _host_name(text: str) -> bool:
    import re

    return bool(re.fullmatch(r"[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?)*", text))
