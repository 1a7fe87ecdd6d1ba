"""What every capability's `fornuft <group>` commands use: Django set up, the database
checked and migrated, and the organization a command works for (`--org`).

A capability's cli.py imports these from here, never from fornuft/cli.py (the command
itself, which loads the capabilities' commands)."""

from __future__ import annotations

import os

import click

from fornuft.config.environment import ConfigurationError


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
    import django

    try:
        django.setup()
    except ConfigurationError as exc:
        raise click.ClickException(str(exc)) from None


def database_problem() -> str | None:
    """One line describing why the database cannot be used, or None when it can."""
    from django.conf import settings
    from django.db import connection
    from django.db.utils import Error as DatabaseError

    try:
        connection.ensure_connection()
    except DatabaseError as exc:
        config = settings.DATABASES["default"]
        first_line = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        if os.environ.get("FORNUFT_DATABASE_URL"):
            where = f"PostgreSQL at {config['HOST']}:{config['PORT']}/{config['NAME']}"
            return f"FORNUFT_DATABASE_URL: cannot connect to {where}: {first_line}"
        return f"FORNUFT_HOME: cannot open the SQLite database {config['NAME']}: {first_line}"
    return None


def prepare_database(migrate: bool = True) -> None:
    """Checks the database and applies pending migrations quietly (commands work on a fresh home)."""
    setup_django()
    problem = database_problem()
    if problem:
        raise click.ClickException(problem)
    if migrate:
        from django.db import connection
        from django.db.migrations.executor import MigrationExecutor

        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            from django.core.management import call_command

            call_command("migrate", interactive=False, verbosity=0)


def organization_option(function):
    return click.option("--org", "org_slug", default=None,
                        help="Organization (short name). Default: the only or first organization.")(function)


def resolve_organization(org_slug: str | None, *, create_default: bool = True):
    """The organization a command works for: --org, else the first one, else a new 'default'.

    It is active (`tenancy.activate`) until the command ends, so the services the command
    calls read that organization's rows and no other's."""
    organization = _find_organization(org_slug, create_default=create_default)
    context = click.get_current_context(silent=True)
    if context is not None:
        from fornuft.core import tenancy

        context.with_resource(tenancy.activate(organization))
    return organization


def _find_organization(org_slug: str | None, *, create_default: bool):
    from fornuft.core.models import Organization

    if org_slug:
        try:
            return Organization.objects.get(slug=org_slug)
        except Organization.DoesNotExist:
            raise click.ClickException(f"no organization with short name {org_slug!r}") from None
    organization = Organization.objects.order_by("pk").first()
    if organization is None and create_default:
        from fornuft.core.services import create_organization

        organization = create_organization("Default organization", slug="default")
    if organization is None:
        raise click.ClickException("no organization exists yet; run `fornuft demo` or create one")
    return organization
