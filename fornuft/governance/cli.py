import os
import sys

import click

from fornuft.platform.cli import organization_option, prepare_database, setup_django


@click.group()
def audit() -> None:
    """Check the decision log."""


def _organization(org_slug: str | None):
    from fornuft.core.models import Organization

    if not org_slug:
        return None
    organization = Organization.objects.filter(slug=org_slug).first()
    if organization is None:
        raise click.ClickException(f"no organization with short name {org_slug!r}")
    return organization


def _load_checkpoints():
    from fornuft.governance import checkpoints

    try:
        return checkpoints.load()
    except checkpoints.CheckpointError as exc:
        raise click.ClickException(str(exc)) from None


@audit.command()
@organization_option
def verify(org_slug: str | None) -> None:
    """Walk the hash chain of the decision log and compare it with the signed checkpoints;
    exit 1 naming the first bad record, a truncated, rolled-back or wiped log, or an edited
    checkpoint file."""
    prepare_database()
    from fornuft.governance import chain

    organization = _organization(org_slug)
    loaded = _load_checkpoints()
    total = chain.count_records(organization)
    with click.progressbar(length=total, label="Verifying decisions", file=sys.stderr,
                           show_pos=True) as bar:
        reports = chain.verify(organization, progress=bar.update, anchors=loaded.anchors)
    if loaded.lines == 0:
        click.echo("no signed checkpoints yet (`fornuft audit checkpoint`): only the chain itself was checked",
                   err=True)
    for problem in loaded.problems:
        click.echo(f"checkpoint file: {problem}", err=True)
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
    if broken or loaded.problems:
        raise SystemExit(1)


@audit.command()
@organization_option
@click.option("--force", is_flag=True, help="Write a checkpoint even where the chain did not grow.")
def checkpoint(org_slug: str | None, force: bool) -> None:
    """Sign the head of each chain (after verifying it) and append it to the checkpoint file
    and the configured witnesses; exit 1 if a chain is broken or a witness failed."""
    prepare_database()
    from fornuft.governance import checkpoints

    try:
        result = checkpoints.write_checkpoints(_organization(org_slug), force=force)
    except checkpoints.CheckpointError as exc:
        raise click.ClickException(str(exc)) from None
    for entry in result.written:
        click.echo(f"organization {entry['organization']}: checkpoint at #{entry['seq']} {entry['head'][:16]}…")
    for organization_id in result.unchanged:
        click.echo(f"organization {organization_id}: unchanged since the last checkpoint")
    for report in result.refused:
        click.echo(f"organization {report.organization_id}: chain BROKEN at record #{report.first_bad_seq}: "
                   f"{report.problem}; no checkpoint signed", err=True)
    for error in result.witness_errors:
        click.echo(f"witness not reached: {error}", err=True)
    click.echo(f"checkpoint file: {checkpoints.checkpoint_file()}")
    if result.refused or result.witness_errors:
        raise SystemExit(1)


@audit.command()
def key() -> None:
    """Print the checkpoint signing key's public half (give it to your auditor; it creates
    the key on first use)."""
    setup_django()
    from fornuft.governance import checkpoints

    try:
        private_key = checkpoints.signing_key()
    except checkpoints.CheckpointError as exc:
        raise click.ClickException(str(exc)) from None
    public = private_key.public_key()
    click.echo(f"public key: {checkpoints.public_key_text(public)}")
    click.echo(f"key id:     {checkpoints.key_id(public)}")
    source = "FORNUFT_AUDIT_KEY" if os.environ.get("FORNUFT_AUDIT_KEY") else str(checkpoints.key_file())
    click.echo(f"private key: {source}")


COMMANDS = [audit]

from fornuft.governance.cli_privacy import privacy  # noqa: E402

COMMANDS.append(privacy)
