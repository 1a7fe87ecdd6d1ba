"""`fornuft invoice …`: extract (the stable contract), import into the workflow, export."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from fornuft.platform.cli import organization_option, prepare_database, resolve_organization

FILE_SUFFIXES = {".pdf", ".xml", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


@click.group(name="invoice")
def group() -> None:
    """Invoice intake and extraction."""


def _files(paths: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise click.ClickException(f"{raw}: no such file or folder")
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES))
        else:
            found.append(path)
    return found


def _organization(org_slug):
    """The organization for register and duplicate checks, or None when the database is unusable."""
    try:
        prepare_database()
        return resolve_organization(org_slug)
    except click.ClickException as exc:
        if org_slug:
            raise
        click.echo(f"warning: {exc.message}; checking without the supplier register and earlier invoices", err=True)
        return None


def extract_paths(files: list[Path], organization=None) -> list[dict]:
    """Extracts each file; duplicates are checked against the database (when `organization`)
    and against the files before it in the same run. Returns the JSON objects in order."""
    from fornuft.invoices import checks
    from fornuft.invoices.extract import extract

    services: Any = None
    if organization is not None:  # the register and earlier invoices need the database
        from fornuft.invoices import services as workflow

        services = workflow
    seen: dict[str, list[dict]] = {}
    results: list[dict] = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            from fornuft.invoices.schema import ExtractedInvoice

            unreadable = ExtractedInvoice(
                source=str(path),
                document_type="unknown",
                status="failed",
                message=f"cannot read the file: {exc.strerror}",
            )
            results.append(unreadable.as_json())
            continue
        hints = services.hint_provider(organization) if services else None
        result = extract(data, str(path), hints=hints)
        if result.status == "ok":
            fields = {k: result.get(k) for k in ("supplier_org_number", "supplier_vat_number", "supplier_name")}
            key = result.get("supplier_org_number") or (result.get("supplier_name") or "").lower() or "?"
            if services:
                supplier = services.find_supplier(organization, fields)
                view = services.register_view(organization, supplier, fields)
            else:
                view = checks.RegisterView(supplier_known=True)
            view.earlier = view.earlier + seen.get(key, [])
            checks.check_register(result, view)
            seen.setdefault(key, []).append(
                {
                    "ref": str(path),
                    "invoice_number": result.get("invoice_number"),
                    "total": result.get("total_incl_vat"),
                    "issue_date": result.get("issue_date"),
                }
            )
        results.append(result.as_json())
    return results


@group.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document, one per line.")
@organization_option
def extract_command(paths, as_json, org_slug) -> None:
    """Extract invoice fields from EHF XML, PDF and image files or folders (no server needed)."""
    files = _files(paths)
    organization = _organization(org_slug)
    for item in extract_paths(files, organization):
        if as_json:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
            continue
        codes = ", ".join(f"{v['code']}" for v in item.get("validation", [])) or "ok"
        if item.get("status") in ("not_invoice", "failed", "too_large"):
            click.echo(f"{item['source']}: {item['status']}: {item.get('message')}")
        else:
            click.echo(
                f"{item['source']}: {item['format']} {item['document_type']} {item.get('supplier_name') or '?'} "
                f"#{item.get('invoice_number') or '?'} {item.get('issue_date') or '?'} "
                f"{item.get('total_incl_vat') or '?'} {item.get('currency') or ''} [{codes}]"
            )


@group.command("import")
@click.argument("paths", nargs=-1, required=True)
@organization_option
def import_command(paths, org_slug) -> None:
    """Store files and take them into the approval workflow."""
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.invoices import services

    for path in _files(paths):
        try:
            with path.open("rb") as handle:
                invoice = services.upload_invoice(
                    organization, handle, filename=path.name, source="cli", in_background=False
                )
        except services.UploadRefused as exc:
            click.echo(f"{path}: {exc}", err=True)
            continue
        except OSError as exc:
            click.echo(f"{path}: cannot read the file: {exc.strerror}", err=True)
            continue
        invoice.refresh_from_db()
        click.echo(f"{path}: #{invoice.pk} {invoice.status} {invoice.message}".rstrip())


@group.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default="-")
@click.option("--mark/--no-mark", default=True, help="Mark the exported invoices as exported.")
@organization_option
def export_command(fmt, output, mark, org_slug) -> None:
    """Export approved invoices as CSV or JSON."""
    prepare_database()
    organization = resolve_organization(org_slug)
    from fornuft.invoices import export
    from fornuft.invoices.models import Invoice, InvoiceStatus

    invoices = list(
        Invoice.objects.for_organization(organization).filter(status=InvoiceStatus.APPROVED)
    )
    text = export.to_csv(invoices) if fmt == "csv" else export.to_json(invoices)
    click.open_file(output, "w", encoding="utf-8").write(text)
    if mark:
        export.mark_exported(invoices, how=f"cli {fmt}")
    click.echo(f"{len(invoices)} invoice(s) exported", err=True)
