"""Logging in when usernames are unique per organization, not across them.

`ansatt` logs in as the one user of that name whose password matches. Should two
organizations have a user of the same name and the same password, neither is chosen
and `ansatt@organization-short-name` says which one is meant."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.backends import ModelBackend

from fornuft.core.models import User

security_log = logging.getLogger("fornuft.security")

# More candidates than this for one name is not a real login but a probe; refuse it.
MAX_CANDIDATES = 20


class OrganizationUsernameBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(User.USERNAME_FIELD)
        if not username or password is None:
            return None
        candidates = list(User._default_manager.filter(username=username)[:MAX_CANDIDATES + 1])
        if not candidates and "@" in username:
            name, _at, slug = username.rpartition("@")
            candidates = list(User._default_manager.filter(username=name, organization__slug=slug)[:1])
        if not candidates or len(candidates) > MAX_CANDIDATES:
            # Hash once anyway, so the answer takes as long as for a real user (as ModelBackend does).
            User().set_password(password)
            return None
        matching = [user for user in candidates if user.check_password(password) and self.user_can_authenticate(user)]
        return matching[0] if len(matching) == 1 else None


def client_ip(request) -> str:
    """The address of the person, not of our proxy. In production the TLS proxy appends
    the client's address to X-Forwarded-For; only that last entry is trusted (earlier
    ones come from the client and can be anything)."""
    if getattr(settings, "PRODUCTION", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    # A request built in code (e.g. a login without a connection) has no address; the
    # unspecified address keeps django-axes' IP columns valid on PostgreSQL (inet).
    return request.META.get("REMOTE_ADDR", "") or "0.0.0.0"  # noqa: S104 - a value, not a bind address


def log_lockout(sender, request, username=None, ip_address=None, **kwargs) -> None:
    """One security log line per lockout, next to django-axes' own rows
    (AccessAttempt, AccessFailureLog) in the database."""
    security_log.warning("login locked out", extra={"event": "login_lockout", "username": username or "",
                                                      "ip_address": ip_address or ""})


def log_failed_login(sender, credentials=None, request=None, **kwargs) -> None:
    security_log.info("login failed", extra={"event": "login_failed",
                                             "username": (credentials or {}).get("username", "")[:150],
                                             "ip_address": client_ip(request) if request is not None else ""})


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets (HTTP 429), saying for how long and what to do."""
    from django.shortcuts import render

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "core/locked_out.html", {"minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
                  status=429)
