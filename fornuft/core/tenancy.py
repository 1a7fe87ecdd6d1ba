"""One mechanism that keeps every organization's data apart, and fails closed.

Every model with company data inherits `OrgScopedModel`. Its default manager reads
the *active organization* from a context variable:

* in a web or API request, `TenantMiddleware` activates the user's organization, so
  `Invoice.objects.get(pk=...)` simply cannot find another organization's row (404);
  an anonymous request activates `NO_TENANT` and sees nothing at all;
* in the CLI, tasks, demo loaders and scripts nothing is active, and a scoped query
  there raises `TenantScopeMissing` when it runs: code says which organization it works
  for with `with activate(org):` (nightly jobs loop over organizations and activate each).

Code handed its organization explicitly (a service called by a task, the CLI or a demo
loader) may read it with `Model.objects.for_organization(org)`, which is refused while
another organization is active. Code that truly works across organizations says so by
name, on the query: `Model.objects.all_organizations()` (`grep -rn all_organizations`
lists every such place). There is no block that lifts the rule for everything inside it.

Writing (`save` and `bulk_create`): rows created while an organization is active belong
to it automatically, and saving a row of another organization raises `CrossTenantError`. With nothing active a
row may be saved when its organization is set explicitly (a CLI command or demo loader
creating rows for a named organization); without one `TenantScopeMissing` is raised.

Related managers (`invoice.lines.all()`) and prefetches are bound to a parent row that
was itself read under a scope, so they work with nothing active; while an organization
is active they are filtered by it like any other query. Forward foreign keys and saves
use Django's plain base manager. Data migrations use historical models, which get plain
managers (ours is not `use_in_migrations`), so migrations are not scoped.
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


class TenantScopeMissing(RuntimeError):
    """A scoped query ran, or a row without an organization was saved, with no
    organization active: the rule fails closed instead of reading every organization."""

    @classmethod
    def on_read(cls, model_name: str) -> TenantScopeMissing:
        return cls(
            f"No organization is active, so {model_name} rows cannot be read. Wrap the code in "
            f"`with fornuft.core.tenancy.activate(organization):`; only code that truly works "
            f"across organizations may say so with `{model_name}.objects.all_organizations()`."
        )

    @classmethod
    def on_save(cls, model_name: str) -> TenantScopeMissing:
        return cls(
            f"No organization is active and this {model_name} names none. Set its organization, "
            f"or wrap the code in `with fornuft.core.tenancy.activate(organization):`."
        )


def active_organization():
    """The active Organization, NO_TENANT, or None when no organization is active."""
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


class _RequireActiveOrganization(models.Expression):
    """A filter condition that refuses to become SQL: marks a queryset built with no
    organization active. It raises when the query runs (list, count, exists, update,
    delete, or as a subquery), not when it is built, so forms and querysets built at
    import time do not break."""

    conditional = True
    output_field = models.BooleanField()

    def __init__(self, model_name: str):
        super().__init__()
        self.model_name = model_name

    def as_sql(self, compiler, connection):
        raise TenantScopeMissing.on_read(self.model_name)


def _check_write(row, scope) -> None:
    """The write rule (see module docstring) for one row about to be saved."""
    if scope is NO_TENANT:
        raise CrossTenantError("no organization is active; log in first")
    if scope is _UNSET:
        if row.organization_id is None:
            raise TenantScopeMissing.on_save(type(row).__name__)
    elif row.organization_id is None:
        row.organization = scope
    elif row.organization_id != scope.pk:
        raise CrossTenantError(
            f"{type(row).__name__} belongs to organization {row.organization_id}, "
            f"but organization {scope.pk} is active"
        )


class OrgScopedQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        scope = _active.get()
        for row in objs:
            _check_write(row, scope)
        return super().bulk_create(objs, *args, **kwargs)


class OrgScopedManager(models.Manager.from_queryset(OrgScopedQuerySet)):  # type: ignore[misc]
    def get_queryset(self):
        queryset = super().get_queryset()
        scope = _active.get()
        if scope is NO_TENANT:
            return queryset.none()
        if scope is not _UNSET:
            return queryset.filter(organization=scope)
        if getattr(self, "instance", None) is not None:
            return queryset  # a related manager: bound to its parent row (see module docstring)
        return queryset.filter(_RequireActiveOrganization(self.model.__name__))

    def for_organization(self, organization) -> OrgScopedQuerySet:
        """The rows of one named organization, whether or not it is active: for services
        handed their organization explicitly. Refused while another organization is active."""
        scope = _active.get()
        wanted = getattr(organization, "pk", organization)
        if scope is NO_TENANT or (scope is not _UNSET and scope.pk != wanted):
            raise CrossTenantError(
                f"{self.model.__name__} rows of organization {wanted} were asked for while "
                f"{'no organization is logged in' if scope is NO_TENANT else f'organization {scope.pk} is active'}"
            )
        return super().get_queryset().filter(organization=organization)

    def all_organizations(self) -> OrgScopedQuerySet:
        """Every organization's rows: only for code that truly works across organizations."""
        return super().get_queryset()


class OrgScopedModel(models.Model):
    organization = models.ForeignKey("core.Organization", on_delete=models.CASCADE, related_name="+")

    objects = OrgScopedManager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        _check_write(self, _active.get())
        super().save(*args, **kwargs)


def organization_users():
    """Users of the active organization. Users are not OrgScopedModel (authentication must
    find them before an organization is known), so views list them through this; like a
    scoped query it raises `TenantScopeMissing` when no organization is active."""
    from fornuft.core.models import User

    scope = _active.get()
    if scope is _UNSET:
        raise TenantScopeMissing(
            "No organization is active, so its users cannot be listed: wrap the code in "
            "`with fornuft.core.tenancy.activate(organization):`, or filter `User.objects` "
            "by the organization the code works for."
        )
    if scope is NO_TENANT:
        return User.objects.none()
    return User.objects.filter(organization=scope)


def run_tasks_with_no_active_organization() -> None:
    """Every huey task starts with no organization active, as in the worker process, also
    when it runs immediately inside a request or a test (immediate mode would otherwise
    inherit the caller's organization and hide a task that forgets to `activate`)."""
    from huey.contrib.djhuey import HUEY

    tokens: dict[str, contextvars.Token] = {}

    @HUEY.pre_execute(name="fornuft_no_active_organization")
    def _clear_scope(task) -> None:
        tokens[task.id] = _active.set(_UNSET)

    @HUEY.post_execute(name="fornuft_restore_organization")
    def _restore_scope(task, task_value, exception) -> None:
        token = tokens.pop(task.id, None)
        if token is not None:
            _active.reset(token)
