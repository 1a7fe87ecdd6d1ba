"""The JSON API under /api/v1 (OpenAPI at /api/docs).

Every endpoint requires a logged-in user (session cookie + CSRF, or an API token in
`Authorization: Bearer …`) and runs inside that user's organization scope; so do the
OpenAPI schema and its docs page. Errors have one shape:
`{"error": {"code": "...", "message": "...", "details": ...}}` — also for a conflict, a
number out of range and an unexpected failure (logged, never shown).
"""

from __future__ import annotations

import json
import logging
import math
from functools import wraps

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404, JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer
from ninja.security import SessionAuth

from fornuft.platform.capability import api_routers

logger = logging.getLogger("fornuft.api")


class OrganizationUserAuth(SessionAuth):
    """Session or API token (the token middleware has set request.user); the user must
    belong to an organization."""

    def authenticate(self, request, key):
        user = request.user
        if user.is_authenticated and user.is_active and user.organization_id:
            return user
        return None


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


class StrictJSONRenderer(JSONRenderer):
    """JSON as the standard defines it: a number too large to represent (inf, nan) is
    written as null instead of the `Infinity` that JSON parsers reject. Input limits
    keep such numbers out; this is the last line."""

    def render(self, request, data, *, response_status):
        try:
            return json.dumps(data, cls=self.encoder_class, allow_nan=False)
        except ValueError:
            logger.warning("non-finite number in an API response", extra={"path": request.path})
            return json.dumps(_finite(data), cls=self.encoder_class, allow_nan=False)


def login_required_for_docs(view):
    """The schema and docs describe every endpoint, so they are for logged-in users (or
    an API token): JSON 401 for the schema, the login page for the docs."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.user.is_authenticated and request.user.organization_id:
            return view(request, *args, **kwargs)
        if request.path.endswith(".json"):
            return JsonResponse({"error": {"code": "not_authenticated",
                                           "message": "Log in or send an API token (Authorization: Bearer …)."}},
                                status=401)
        return redirect(f"/login/?next={request.path}")

    return wrapped


api = NinjaAPI(
    title="Fornuft API",
    version="1",
    description="Self-hosted AI platform. Each installed capability adds its endpoints under its own tag.",
    urls_namespace="api",
    auth=OrganizationUserAuth(),
    docs_url="/docs",
    # Swagger UI from the installed package's static files; no call to the online validator.
    docs=Swagger(settings={"validatorUrl": None}),
    docs_decorator=login_required_for_docs,
    renderer=StrictJSONRenderer(),
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


@api.exception_handler(DjangoValidationError)
def _model_invalid(request, exc):
    details = exc.message_dict if hasattr(exc, "error_dict") else None
    return error_response(request, 400, "invalid_input", " ".join(exc.messages), details)


@api.exception_handler(MultiPartParserError)
def _unreadable_upload(request, exc):
    return error_response(request, 400, "bad_request",
                          "The upload could not be read; send it as multipart/form-data with one file.")


@api.exception_handler(SuspiciousOperation)
def _suspicious(request, exc):
    return error_response(request, 400, "bad_request", "The request could not be accepted (too large or malformed).")


@api.exception_handler(OverflowError)
def _overflow(request, exc):
    return error_response(request, 400, "out_of_range", "A number in the request is too large.")


@api.exception_handler(IntegrityError)
def _conflict(request, exc):
    logger.warning("integrity error in the API", extra={"path": request.path, "error": str(exc)[:200]})
    return error_response(request, 409, "conflict", "This conflicts with something that already exists.")


@api.exception_handler(Exception)
def _unexpected(request, exc):
    # Logged with its traceback for the operator; the caller gets the shape, not the text.
    logger.exception("unexpected error in the API", extra={"path": request.path})
    return error_response(request, 500, "server_error", "Something went wrong on our side; it has been logged.")


# Each capability's router, at the prefix its manifest names (fornuft/platform/capability.py).
for _prefix, _router in api_routers():
    api.add_router(_prefix, _router)
