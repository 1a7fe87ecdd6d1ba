"""One mechanism that keeps every organization's data apart.

Every model with company data inherits `OrgScopedModel`. Its default manager reads
the *active organization* from a context variable:

* in a web or API request, `TenantMiddleware` activates the user's organization, so
  `Invoice.objects.get(pk=...)` simply cannot find another organization's row (404);
  an anonymous request activates `NO_TENANT` and sees nothing at all;
* in the CLI, tasks and migrations nothing is active, and code must say which
  organization it works for with `activate(org)` or ask for `all_organizations()`.

Rows created while an organization is active belong to it automatically, and saving a
row of another organization raises `CrossTenantError`.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Any

from django.db import models


class _NoTenant:
    def __repr__(self) -> str:
        return "NO_TENANT"


NO_TENANT = _NoTenant()
_UNSET = object()
_active: contextvars.ContextVar[Any] = contextvars.ContextVar("fornuft_active_organization", default=_UNSET)


class CrossTenantError(PermissionError):
    """Code tried to write a row of one organization while another was active."""


def active_organization():
    """The active Organization, NO_TENANT, or None when no scope is set (system code)."""
    value = _active.get()
    return None if value is _UNSET else value


@contextlib.contextmanager
def activate(organization) -> Iterator[None]:
    """Scopes every OrgScopedModel query in this block to `organization`."""
    token = _active.set(organization if organization is not None else NO_TENANT)
    try:
        yield
    finally:
        _active.reset(token)


@contextlib.contextmanager
def system_scope() -> Iterator[None]:
    """Lifts any scope for trusted system code (sync jobs, retention purges)."""
    token = _active.set(_UNSET)
    try:
        yield
    finally:
        _active.reset(token)


class OrgScopedQuerySet(models.QuerySet):
    def for_organization(self, organization) -> OrgScopedQuerySet:
        return self.filter(organization=organization)


class OrgScopedManager(models.Manager.from_queryset(OrgScopedQuerySet)):  # type: ignore[misc]
    def get_queryset(self):
        queryset = super().get_queryset()
        scope = _active.get()
        if scope is _UNSET:
            return queryset
        if scope is NO_TENANT:
            return queryset.none()
        return queryset.filter(organization=scope)

    def all_organizations(self) -> OrgScopedQuerySet:
        """Every organization's rows: only for system code that works across tenants."""
        return super().get_queryset()


class OrgScopedModel(models.Model):
    organization = models.ForeignKey("core.Organization", on_delete=models.CASCADE, related_name="+")

    objects = OrgScopedManager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        scope = _active.get()
        if scope is NO_TENANT:
            raise CrossTenantError("no organization is active; log in first")
        if scope is not _UNSET:
            if self.organization_id is None:
                self.organization = scope
            elif self.organization_id != scope.pk:
                raise CrossTenantError(
                    f"{type(self).__name__} belongs to organization {self.organization_id}, "
                    f"but organization {scope.pk} is active"
                )
        super().save(*args, **kwargs)


def organization_users():
    """Users of the active organization. Users are not OrgScopedModel (authentication must
    find them before an organization is known), so views list them through this."""
    from fornuft.core.models import User

    scope = _active.get()
    if scope is _UNSET:
        return User.objects.all()
    if scope is NO_TENANT:
        return User.objects.none()
    return User.objects.filter(organization=scope)
