"""Request logging, API-token authentication and the tenant scope of each request."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

from django.utils import timezone

from fornuft.core import tenancy

request_log = logging.getLogger("fornuft.request")
TOKEN_USE_PRECISION = timedelta(minutes=1)  # how exactly ApiToken.last_used_at is kept


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        user = getattr(request, "user", None)
        request_log.info(
            "request",
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": user.pk if user is not None and user.is_authenticated else None,
            },
        )
        return response


class ApiTokenMiddleware:
    """`Authorization: Bearer fnt_…` logs the request in as the token's owner.

    Token requests carry no cookies, so CSRF does not apply to them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if header.startswith("Bearer "):
            from fornuft.core.models import ApiToken

            key = header.removeprefix("Bearer ").strip()
            # The token is what tells us the user and so the organization: search them all.
            token = (
                ApiToken.objects.all_organizations()
                .select_related("user", "user__organization")
                .filter(key_hash=ApiToken.hash_key(key), revoked_at__isnull=True)
                .first()
            )
            if token is not None and token.user.is_active:
                request.user = token.user
                request.api_token = token
                request._dont_enforce_csrf_checks = True
                now = timezone.now()
                # At most one write a minute per token: a read-only request stays read-only
                # (on SQLite a write waits for the one writer, e.g. a running mail import).
                if token.last_used_at is None or now - token.last_used_at > TOKEN_USE_PRECISION:
                    ApiToken.objects.for_organization(token.organization_id).filter(pk=token.pk).update(last_used_at=now)
            else:
                request.api_token_invalid = True
        return self.get_response(request)


class TenantMiddleware:
    """Activates the logged-in user's organization for the whole request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        organization = user.organization if user.is_authenticated else None
        request.organization = organization
        with tenancy.activate(organization):
            return self.get_response(request)
