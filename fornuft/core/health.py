"""GET /health: database, task queue, background workers, stuck items and disk, for
monitoring. No login needed; it reveals no company data (counts only)."""

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


def check_workers() -> dict:
    """Fails when no worker wrote a heartbeat within STALE_AFTER_SECONDS (none is running)."""
    try:
        from huey.contrib.djhuey import HUEY

        from fornuft.core import worker

        if HUEY.immediate:
            return {"ok": True, "mode": "immediate"}
        beats = worker.heartbeats()
        alive = worker.live_workers()
        live = [beat for beat in beats if worker.is_alive(beat["worker"], alive)]
        return {
            "ok": bool(live),
            "live": len(live),
            "stale": len(beats) - len(live),
            "newest_heartbeat_age_s": beats[0]["age"] if beats else None,
            "stale_after_s": worker.STALE_AFTER_SECONDS,
            "tasks_in_flight": len(worker.in_flight()),
        }
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": str(exc).splitlines()[0]}


def check_stuck_items() -> dict:
    """Fails while items sit in a processing state past the timeout (the sweep queues them again)."""
    try:
        from fornuft.core import sweep

        counts = sweep.stuck_counts()
        return {"ok": not any(counts.values()), "count": sum(counts.values()), "by_kind": counts,
                "stuck_after_s": int(sweep.stuck_after().total_seconds())}
    except Exception as exc:  # noqa: BLE001
        return {"ok": False, "error": str(exc).splitlines()[0]}


def check_disk() -> dict:
    usage = shutil.disk_usage(settings.FORNUFT_HOME)
    return {"ok": usage.free >= MIN_FREE_BYTES, "free_bytes": usage.free, "total_bytes": usage.total}


def health_view(request):
    checks = {"database": check_database(), "queue": check_queue(), "workers": check_workers(),
              "stuck_items": check_stuck_items(), "disk": check_disk()}
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse({"status": "ok" if healthy else "failing", **checks}, status=200 if healthy else 503)
