"""The `fornuft` command: a thin shell over the same service functions the UI and tasks use.

Exit codes: 0 ok, 1 a user error (one line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from django.core.exceptions import ImproperlyConfigured

from fornuft.config.environment import ConfigurationError

# The helpers capability CLIs use live in the platform; imported here for the commands
# below (and for capability CLIs written before the platform had them).
from fornuft.platform.cli import (  # noqa: F401
    database_problem,
    organization_option,
    prepare_database,
    resolve_organization,
    setup_django,
)


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


@cli.command()
@click.argument("name")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The folder that holds the parent package and tests/. Default: this checkout.")
@click.option("--parent", default="fornuft", show_default=True,
              help='The package to create it in ("" for a top-level package).')
def startcapability(name: str, root: Path | None, parent: str) -> None:
    """Create the skeleton of a new capability, with its tests."""
    setup_django()
    from fornuft.platform.scaffold import ScaffoldError, create_capability

    try:
        created = create_capability(name, root=root, parent=parent)
    except ScaffoldError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created {created.package} in {created.package_dir} and its tests in {created.tests_dir}.")
    click.echo("Add this line to INSTALLED_APPS (fornuft/config/settings.py):")
    click.echo(f"    {created.installed_apps_line}")
    click.echo(f"Then: make messages, and run its tests: python -m pytest {created.tests_dir}")


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
