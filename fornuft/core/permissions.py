"""Role checks shared by views and API endpoints."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404


def require_role(user, *roles: str) -> None:
    """Raises PermissionDenied unless `user` belongs to an organization and has one of `roles`."""
    if not user.is_authenticated or user.organization_id is None:
        raise PermissionDenied("Log in with a user of an organization.")
    if roles and user.role not in roles:
        raise PermissionDenied("Your role does not allow this.")


def role_required(*roles: str):
    """View decorator: login, an organization, and one of `roles` (any role if none given)."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            require_role(request.user, *roles)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def get_for_org_or_404(model_or_queryset, **lookup):
    """`get_object_or_404` through the organization-scoped manager: another
    organization's object is simply not found."""
    queryset = model_or_queryset
    if hasattr(model_or_queryset, "objects"):
        queryset = model_or_queryset.objects.all()
    return get_object_or_404(queryset, **lookup)
