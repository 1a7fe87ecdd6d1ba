import click

from fornuft.platform.cli import organization_option, prepare_database, resolve_organization


@click.group(name="adoption")
def group() -> None:
    """Processes, pilots and ROI."""


@group.command()
@organization_option
@click.option("--full", is_flag=True, help="Recompute every day, not only the days since the last refresh.")
def refresh(org_slug: str | None, full: bool) -> None:
    """Refresh the daily roll-ups from the decision log and review queue."""
    prepare_database()
    from fornuft.adoption import measurement

    organization = resolve_organization(org_slug)
    state = measurement.refresh(organization, full=full)
    click.echo(f"{organization.name}: {state.decisions_seen} decisions measured in {state.seconds:.2f} s")


@group.command()
@organization_option
def quickwins(org_slug: str | None) -> None:
    """List the processes ranked by automation potential × time consumed, with the reasoning."""
    prepare_database()
    from fornuft.adoption import services

    organization = resolve_organization(org_slug)
    ranking = services.ranked_processes(organization)
    if not ranking:
        raise click.ClickException("no processes in the inventory yet; add them at /adoption/processes/")
    for number, entry in enumerate(ranking, 1):
        click.echo(f"{number}. {entry.facts.name}: {entry.addressable_hours_per_month:.1f} h/month addressable")
        for reason in entry.reasons:
            click.echo(f"     {reason}")


@group.command()
@organization_option
@click.option("--lang", type=click.Choice(["nb", "en"]), default="nb", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), required=True)
def report(org_slug: str | None, lang: str, output: str) -> None:
    """Write the management report (PDF)."""
    prepare_database()
    from pathlib import Path

    from fornuft.adoption.report import management_report

    organization = resolve_organization(org_slug)
    Path(output).write_bytes(management_report(organization, lang))
    click.echo(f"wrote {output}")
