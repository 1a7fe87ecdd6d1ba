import sys

import click

from fornuft.cli import organization_option, prepare_database


@click.group()
def audit() -> None:
    """Check the decision log."""


@audit.command()
@organization_option
def verify(org_slug: str | None) -> None:
    """Walk the hash chain of the decision log; exit 1 naming the first bad record."""
    prepare_database()
    from fornuft.core.models import Organization
    from fornuft.governance import chain

    organization = None
    if org_slug:
        organization = Organization.objects.filter(slug=org_slug).first()
        if organization is None:
            raise click.ClickException(f"no organization with short name {org_slug!r}")
    total = chain.count_records(organization)
    with click.progressbar(length=total, label="Verifying decisions", file=sys.stderr,
                           show_pos=True) as bar:
        reports = chain.verify(organization, progress=bar.update)
    broken = [report for report in reports if not report.intact]
    for report in reports:
        if report.intact:
            click.echo(f"organization {report.organization_id}: {report.records} records, chain intact")
    for report in broken:
        click.echo(
            f"organization {report.organization_id}: chain BROKEN at record #{report.first_bad_seq}"
            + (f" (row id {report.first_bad_id})" if report.first_bad_id else "")
            + f": {report.problem}",
            err=True,
        )
    if broken:
        raise SystemExit(1)


COMMANDS = [audit]

from fornuft.governance.cli_privacy import privacy  # noqa: E402

COMMANDS.append(privacy)
