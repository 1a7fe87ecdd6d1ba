"""Fixed-window request counters for anonymous endpoints (the chat widget).

The counters live in the `ratelimit` cache: files in FORNUFT_HOME on one machine (shared
by every web process there), Redis when FORNUFT_REDIS_URL is set (shared by all machines).
A counter that cannot be read counts as zero: a broken cache never locks customers out."""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass

from django.core.cache import caches

security_log = logging.getLogger("fornuft.security")


@dataclass(frozen=True)
class Limit:
    requests: int
    seconds: int


def exceeded(scope: str, identity: str, limit: Limit) -> int:
    """Counts one request of `identity` (an address, a widget key) in `scope`. Returns 0
    while within `limit`, else the seconds until the window ends (for Retry-After)."""
    now = time.time()
    window = int(now // limit.seconds)
    digest = hashlib.sha256(identity.encode("utf-8", "replace")).hexdigest()[:32]
    key = f"rl:{scope}:{digest}:{window}"
    cache = caches["ratelimit"]
    try:
        if cache.add(key, 1, timeout=limit.seconds * 2):
            count = 1
        else:
            count = cache.incr(key)
    except Exception:  # noqa: BLE001 - a broken counter must not take the endpoint down
        security_log.exception("rate-limit counter unavailable", extra={"scope": scope})
        return 0
    if count <= limit.requests:
        return 0
    if count == limit.requests + 1:
        security_log.warning("rate limit reached", extra={"event": "rate_limited", "scope": scope,
                                                          "limit": limit.requests, "seconds": limit.seconds})
    return max(1, int((window + 1) * limit.seconds - now))
