"""The JSON API under /api/v1 (OpenAPI at /api/docs).

Every endpoint requires a logged-in user (session cookie + CSRF, or an API token in
`Authorization: Bearer …`) and runs inside that user's organization scope. Errors have
one shape: `{"error": {"code": "...", "message": "...", "details": ...}}`.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import SessionAuth

from fornuft.platform.capability import api_routers


class OrganizationUserAuth(SessionAuth):
    """Session or API token (the token middleware has set request.user); the user must
    belong to an organization."""

    def authenticate(self, request, key):
        user = request.user
        if user.is_authenticated and user.is_active and user.organization_id:
            return user
        return None


api = NinjaAPI(
    title="Fornuft API",
    version="1",
    description="Self-hosted AI platform. Each installed capability adds its endpoints under its own tag.",
    urls_namespace="api",
    auth=OrganizationUserAuth(),
    docs_url="/docs",
)


def error_response(request, status: int, code: str, message: str, details=None):
    body = {"error": {"code": code, "message": message}}
    if details is not None:
        body["error"]["details"] = details
    return api.create_response(request, body, status=status)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    if getattr(request, "api_token_invalid", False):
        return error_response(request, 401, "invalid_token", "The API token is unknown or revoked.")
    return error_response(request, 401, "not_authenticated", "Log in or send an API token (Authorization: Bearer …).")


@api.exception_handler(Http404)
def _not_found(request, exc):
    return error_response(request, 404, "not_found", "Not found.")


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    return error_response(request, 403, "forbidden", str(exc) or "Your role does not allow this.")


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    return error_response(request, 422, "invalid_input", "The request is not valid.", exc.errors)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return error_response(request, exc.status_code, "error", str(exc))


@api.exception_handler(ValueError)
def _value_error(request, exc):
    return error_response(request, 400, "bad_request", str(exc))


# Each capability's router, at the prefix its manifest names (fornuft/platform/capability.py).
for _prefix, _router in api_routers():
    api.add_router(_prefix, _router)
