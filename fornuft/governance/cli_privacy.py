"""`fornuft privacy …`: personal-data tools on the command line (thin shells over the services)."""

from __future__ import annotations

import json
import sys

import click

from fornuft.platform.cli import organization_option, prepare_database, resolve_organization


@click.group()
def privacy() -> None:
    """Find and redact personal data; data-subject requests; retention."""


@privacy.command()
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--kind", "kinds", multiple=True, help="Only these kinds (e.g. PHONE, EMAIL). Default: all.")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON instead of the redacted text.")
def redact(source: str, kinds: tuple[str, ...], as_json: bool) -> None:
    """Redact personal data in FILE (or - for standard input) and print the result."""
    from fornuft.governance.privacy import pii

    if source == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(source, "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            raise click.ClickException(f"cannot read {source}: {exc.strerror}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise click.ClickException(f"{source} is not UTF-8 text; convert it first (e.g. with iconv)") from None
    wanted = [kind.upper() for kind in kinds]
    try:
        entities = pii.detect(text, wanted or None)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps([entity.as_dict() for entity in entities], ensure_ascii=False, indent=2))
    else:
        click.echo(pii.redact(text, entities=entities), nl=False)


@privacy.command()
@organization_option
@click.option("--dry-run", is_flag=True, help="Only count what would be deleted.")
def purge(org_slug: str | None, dry_run: bool) -> None:
    """Apply the retention policies now (the scheduled task does this every night)."""
    prepare_database()
    from fornuft.governance import retention

    organization = resolve_organization(org_slug)
    for line in retention.purge_organization(organization, dry_run=dry_run):
        verb = "would be deleted" if dry_run else "deleted"
        click.echo(f"{line.category}: {line.count} {verb} (older than {line.cutoff:%Y-%m-%d})")


@privacy.command()
@organization_option
@click.argument("query")
def search(org_slug: str | None, query: str) -> None:
    """Find everything stored about a person (name, email, phone or fødselsnummer)."""
    prepare_database()
    from fornuft.governance import dsar

    organization = resolve_organization(org_slug)
    try:
        hits = dsar.search(organization, dsar.SubjectQuery.parse(query))
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    for hit in hits:
        click.echo(f"{hit.provider}\t{hit.record_type}\t{hit.record_id}\t{hit.summary}")
    click.echo(f"{len(hits)} record(s)", err=True)


@privacy.command()
@organization_option
@click.argument("query")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), required=True,
              help="Where to write the ZIP (JSON + original files).")
def export(org_slug: str | None, query: str, output: str) -> None:
    """Export everything stored about a person as a ZIP (data-subject access, Art. 15)."""
    prepare_database()
    from fornuft.governance import dsar

    organization = resolve_organization(org_slug)
    try:
        subject = dsar.SubjectQuery.parse(query)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    hits = dsar.search(organization, subject)
    content = dsar.export_zip(organization, subject, hits)
    try:
        with open(output, "wb") as handle:
            handle.write(content)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror}") from None
    click.echo(f"{len(hits)} record(s) exported to {output} ({len(content)} bytes)")
