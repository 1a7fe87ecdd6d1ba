"""`fornuft glossary …`: the company glossary from the command line.

    fornuft glossary import FILE.csv [--org ORG]     add or update entries; bad rows listed, exit 1 if any
    fornuft glossary suggest [--org ORG] [FILE...]   frequent unknown terms in the org's mail and documents
    fornuft glossary packs                           the built-in industry packs
    fornuft glossary add-pack NAME [--org ORG]       copy a pack into the glossary
"""

import json
import sys
from pathlib import Path

import click

from fornuft.platform.cli import organization_option, prepare_database, resolve_organization


@click.group(name="glossary")
def group() -> None:
    """The company glossary: terms, abbreviations, synonyms, nb/en translations."""


@group.command("import")
@click.argument("path", type=click.Path(dir_okay=False))
@organization_option
def import_command(path, org_slug) -> None:
    """Import FILE.csv (columns term;abbreviation;synonyms;nb;en;field, synonyms separated by |)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read the file: {exc.strerror}") from None
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.glossary import services

    try:
        report = services.import_csv(organization, data)
    except ValueError as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    for error in report.errors:
        click.echo(f"{path}:{error.line}: {error.message}", err=True)
    click.echo(f"{report.added} added, {report.updated} updated, {len(report.errors)} row(s) with errors")
    if report.errors:
        sys.exit(1)


@group.command("suggest")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=True))
@click.option("--limit", default=30, show_default=True, type=click.IntRange(1, 500))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per term, one per line.")
@organization_option
def suggest_command(paths, limit, as_json, org_slug) -> None:
    """Frequent terms the glossary does not know, from the organization's mail and knowledge base
    (or from the text/.eml/.md files given)."""
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.glossary import services

    texts = None
    if paths:
        texts = []
        for raw in paths:
            path = Path(raw)
            files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for file in files[:5000]:
                if file.suffix.lower() in (".txt", ".md", ".eml", ".csv"):
                    texts.append(file.read_bytes()[:200_000].decode("utf-8", errors="replace"))
    for term, count in services.suggest(organization, texts, limit=limit):
        if as_json:
            sys.stdout.write(json.dumps({"term": term, "count": count}, ensure_ascii=False) + "\n")
        else:
            click.echo(f"{term}\t{count}")


@group.command("packs")
def packs_command() -> None:
    """The built-in industry packs."""
    from fornuft.glossary import terms

    for name in terms.pack_names():
        click.echo(f"{name}\t{len(terms.load_pack(name))} terms")


@group.command("add-pack")
@click.argument("name")
@organization_option
def add_pack_command(name, org_slug) -> None:
    """Copy a built-in pack (see `fornuft glossary packs`) into the organization's glossary."""
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.glossary import services

    try:
        report = services.add_pack(organization, name)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{report.added} added, {report.updated} updated")
