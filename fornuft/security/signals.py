"""Fornuft's own sign-ins feed the sign-in monitor (next to django-axes' lockouts): each login and
each failed login is stored and judged by a task, so the login itself is not slowed."""

from __future__ import annotations

import logging

log = logging.getLogger("fornuft.security")


def _client(request) -> tuple[str | None, str]:
    if request is None:
        return None, ""
    from fornuft.core.auth import client_ip

    ip = client_ip(request)
    return (None if ip == "0.0.0.0" else ip), request.META.get("HTTP_USER_AGENT", "")[:200]  # noqa: S104


def login_succeeded(sender, request=None, user=None, **kwargs) -> None:
    organization = getattr(user, "organization", None)
    if organization is None:
        return
    from fornuft.security import services

    ip, agent = _client(request)
    log.info("login succeeded", extra={"event": "login_succeeded", "username": user.get_username()[:150],
                                       "ip_address": ip or ""})
    services.record_fornuft_login(organization, account=user.get_username(), ip=ip, success=True, user_agent=agent)


def login_failed(sender, credentials=None, request=None, **kwargs) -> None:
    from fornuft.core.models import User
    from fornuft.security import services

    username = str((credentials or {}).get("username", ""))[:150]
    if not username:
        return
    name, _at, slug = username.rpartition("@") if "@" in username else (username, "", "")
    candidates = User._default_manager.filter(username=name or username)
    if slug:
        candidates = candidates.filter(organization__slug=slug)
    organizations = {u.organization_id: u.organization for u in candidates.select_related("organization")[:3]}
    if len(organizations) != 1:
        return  # an unknown or ambiguous name: not attributable to one organization
    ip, agent = _client(request)
    services.record_fornuft_login(next(iter(organizations.values())), account=name or username, ip=ip, success=False,
                                  user_agent=agent)
