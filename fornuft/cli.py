"""The `fornuft` command: a thin shell over the same service functions the UI and tasks use.

Exit codes: 0 ok, 1 a user error (one line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import os
import sys

import click
from django.core.exceptions import ImproperlyConfigured

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
    """The organization a command works for: --org, else the first one, else a new 'default'."""
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


class CapabilityGroup(click.Group):
    """The `fornuft` group: its own commands plus every installed capability's (from the
    manifests), added the first time a command is looked up — after this module is
    imported, so capability CLIs can import its helpers."""

    _capabilities_added = False

    def _add_capability_commands(self) -> None:
        if self._capabilities_added:
            return
        self._capabilities_added = True
        # The manifests are found through INSTALLED_APPS, which needs the settings module
        # (not django.setup()): `fornuft --help` must work in a bare shell.
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
        from fornuft.platform.capability import cli_commands

        for command in cli_commands():
            if command.name in self.commands:
                raise click.ClickException(f"two capabilities declare the command {command.name!r}")
            self.add_command(command)

    def list_commands(self, ctx):
        self._add_capability_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx, cmd_name):
        self._add_capability_commands()
        return super().get_command(ctx, cmd_name)


@click.group(cls=CapabilityGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="fornuft")
def cli() -> None:
    """Fornuft: self-hosted AI for mail, invoices, customer service, governance and ROI."""


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int, help="Web worker processes.")
@click.option("--threads", default=8, show_default=True, type=int, help="Threads per web worker.")
@click.option("--with-worker/--no-worker", default=True, show_default=True,
              help="Also start one background (huey) worker.")
def serve(host: str, port: int, workers: int, threads: int, with_worker: bool) -> None:
    """Start the web server (and one background worker); Ctrl-C stops both."""
    from fornuft.server import run_server

    prepare_database()
    sys.exit(run_server(host, port, workers=workers, threads=threads, with_worker=with_worker))


@cli.command()
@click.option("--periodic/--no-periodic", default=True, show_default=True,
              help="Also schedule periodic tasks (nightly checks, retention). Run exactly one worker with it.")
def worker(periodic: bool) -> None:
    """Run one background worker (huey consumer) in the foreground."""
    prepare_database()
    from django.core.management import call_command

    call_command("run_huey", *([] if periodic else ["--no-periodic"]))


@cli.command()
def migrate() -> None:
    """Create or upgrade the database schema (and sync built-in AI systems)."""
    setup_django()
    problem = database_problem()
    if problem:
        raise click.ClickException(problem)
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)


@cli.command()
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def demo(quiet: bool) -> None:
    """Load the demo company (safe to repeat: a second run changes nothing)."""
    prepare_database()
    from fornuft.core.demo import DEMO_LOGINS, DEMO_PASSWORD, load_demo

    organization = load_demo(progress=None if quiet else click.echo)
    if not quiet:
        click.echo(f"Demo company ready: {organization.name}")
        click.echo(f"Logins (password {DEMO_PASSWORD}): " + ", ".join(f"{u} ({r})" for u, r in DEMO_LOGINS))


@cli.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def manage(ctx) -> None:
    """Run a Django management command (e.g. `fornuft manage createsuperuser`)."""
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["fornuft manage", *ctx.args])


def main() -> None:
    try:
        cli.main(standalone_mode=True)
    except (ConfigurationError, ImproperlyConfigured) as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
