from __future__ import annotations

from django.shortcuts import render


def _api_error(request, status: int, code: str, message: str):
    from django.http import JsonResponse

    return JsonResponse({"error": {"code": code, "message": message}}, status=status)


def bad_request(request, exception=None):
    """A request Django cannot read (a malformed upload, too many fields): the error page,
    or the API's JSON shape under /api/."""
    if request.path.startswith("/api/"):
        return _api_error(request, 400, "bad_request", "The request could not be read (malformed or too large).")
    return render(request, "web/error.html", {"status": 400}, status=400)


def forbidden(request, exception=None):
    return render(request, "web/error.html", {"status": 403, "exception": exception}, status=403)


def not_found(request, exception=None):
    return render(request, "web/error.html", {"status": 404}, status=404)


def server_error(request):
    if request.path.startswith("/api/"):
        return _api_error(request, 500, "server_error", "Something went wrong on our side; it has been logged.")
    return render(request, "web/error.html", {"status": 500}, status=500)
