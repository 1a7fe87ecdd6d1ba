"""`fornuft cad …`: read drawings (the stable contract, no server needed) and keep the register.

    fornuft cad read FILE... --json      one JSON object per file and line
    fornuft cad import FILE...           into the drawing register (revisions per drawing number)
    fornuft cad list                     the register
    fornuft cad bom DRAWING_NUMBER       the current revision's BOM as CSV
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from fornuft.platform.cli import organization_option, prepare_database, resolve_organization

# The services (and through them the models) are imported inside each command: `fornuft`
# lists its commands before Django is set up.

FILE_SUFFIXES = {".dxf", ".pdf"}


@click.group(name="cad")
def group() -> None:
    """Technical drawings (DXF, PDF): title block, BOM, register."""


def _files(paths: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES))
        else:
            found.append(path)
    return found


def read_paths(files: list[Path]) -> list[dict]:
    """The contract's JSON object for each file, in order; a missing or unreadable file gets status "failed"."""
    from fornuft.drawings.reading import DrawingResult, read_drawing

    results = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read the file: {exc.strerror}"
            results.append(DrawingResult(source=str(path), status="failed", message=reason).as_json())
            continue
        results.append(read_drawing(data, str(path)).as_json())
    return results


@group.command("read")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
def read_command(paths, as_json) -> None:
    """Read title block, BOM, units and layers of DXF and PDF drawings (no server needed).

    Exits 1 when a file could not be read at all (its line says why)."""
    failed = 0
    for item in read_paths(_files(paths)):
        if item["status"] in ("failed", "too_large", "unsupported"):
            failed += 1
        if as_json:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
            continue
        block = item["title_block"]
        if item["status"] in ("failed", "too_large", "unsupported"):
            click.echo(f"{item['source']}: {item['status']}: {item['message']}")
            continue
        click.echo(
            f"{item['source']}: {block['drawing_number'] or '?'} rev {block['revision'] or '?'} "
            f"{block['title'] or ''} ({block['date'] or 'no date'}), {len(item['bom'])} BOM row(s), "
            f"units {item['units'] or '?'}, {len(item['layers'])} layer(s)"
            + (f" [{item['message']}]" if item["message"] else "")
        )
    sys.stdout.flush()
    if failed:
        sys.exit(1)


@group.command("import")
@click.argument("paths", nargs=-1, required=True)
@organization_option
def import_command(paths, org_slug) -> None:
    """Store drawings and file them in the register (revisions per drawing number)."""
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.drawings import services

    failed = 0
    for path in _files(paths):
        try:
            revision = services.import_drawing(organization, path.read_bytes(), filename=path.name, source="cli")
        except services.UploadRefused as exc:
            click.echo(f"{path}: {exc}", err=True)
            failed += 1
            continue
        except OSError as exc:
            click.echo(f"{path}: cannot read the file: {exc.strerror}", err=True)
            failed += 1
            continue
        number = revision.drawing.number if revision.drawing_id else "-"
        click.echo(f"{path}: {revision.status} {number} rev {revision.revision or '-'} {revision.message}".rstrip())
    for warning in services.supersede_warnings(organization):
        click.echo(f"warning: {warning['used_by']} uses {warning['drawing_number']} rev {warning['revision'] or '-'}; "
                   f"newest is {warning['current_revision']}", err=True)
    if failed:
        sys.exit(1)


@group.command("list")
@organization_option
def list_command(org_slug) -> None:
    """The drawing register: number, newest revision, title."""
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.drawings import services

    for drawing in services.list_drawings(organization):
        current = drawing.current()
        click.echo(f"{drawing.number}\t{current.revision if current else '-'}\t{drawing.title}")


@group.command("bom")
@click.argument("number")
@organization_option
def bom_command(number, org_slug) -> None:
    """The newest revision's bill of materials as CSV."""
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.drawings import services

    try:
        drawing = services.get_drawing(organization, number)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    current = drawing.current()
    if current is None:
        raise click.ClickException(f"drawing {number} has no revision that was read")
    click.echo(services.bom_csv(current), nl=False)
