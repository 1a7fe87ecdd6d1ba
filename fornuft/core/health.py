"""GET /health: database, task queue and disk, for monitoring. No login needed; it
reveals no company data."""

from __future__ import annotations

import shutil

from django.conf import settings
from django.db import connection
from django.http import JsonResponse

MIN_FREE_BYTES = 1024 * 1024 * 1024


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return {"ok": True, "vendor": connection.vendor}
    except Exception as exc:  # noqa: BLE001 - any failure is a health finding
        return {"ok": False, "error": str(exc).splitlines()[0]}


def check_queue() -> dict:
    try:
        from huey.contrib.djhuey import HUEY

        return {"ok": True, "backend": type(HUEY.storage).__name__, "pending": HUEY.pending_count()}
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": str(exc).splitlines()[0]}


def check_disk() -> dict:
    usage = shutil.disk_usage(settings.FORNUFT_HOME)
    return {"ok": usage.free >= MIN_FREE_BYTES, "free_bytes": usage.free, "total_bytes": usage.total}


def health_view(request):
    checks = {"database": check_database(), "queue": check_queue(), "disk": check_disk()}
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse({"status": "ok" if healthy else "failing", **checks}, status=200 if healthy else 503)
