"""`fornuft apps …`: check and run no-code apps from app JSON files without a server
(`check`, `run`, `blocks`, `template`, `docs`), and list the organization's apps.

Every command that reads files prints one JSON object per line; a bad file gives one
line {"source": ..., "error": {"code": ..., "message": ...}} and exit status 1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

MAX_APP_BYTES = 2 * 1024 * 1024


@click.group(name="apps")
def group() -> None:
    """No-code AI apps: check, run and document apps built from blocks."""


def _emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def _error(source: str, code: str, message: str) -> dict:
    return {"source": source, "error": {"code": code, "message": message}}


def load_app_file(path: str) -> dict:
    """The app in a JSON file; ValueError (with a code in .args[1]) when it cannot be read."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except OSError as error:
        raise ValueError(f"cannot read the file: {error.strerror or error}", "not_found") from None
    if size > MAX_APP_BYTES:
        raise ValueError(f"the file is {size} bytes; an app file is at most {MAX_APP_BYTES}", "too_large")
    try:
        app = json.loads(file.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"not valid JSON: {error}", "invalid_json") from None
    return app


@group.command("check")
@click.argument("paths", nargs=-1, required=True)
def check_command(paths) -> None:
    """Check app JSON files: {"source", "ok", "problems", "blocks"} per file."""
    from fornuft.apps import graph

    failed = 0
    for path in paths:
        try:
            app = load_app_file(path)
            problems = graph.check_app(app)
        except graph.AppFormatError as error:
            _emit(_error(path, "unsupported_format", str(error)))
            failed += 1
            continue
        except ValueError as error:
            _emit(_error(path, error.args[1] if len(error.args) > 1 else "invalid", error.args[0]))
            failed += 1
            continue
        failed += bool(problems)
        _emit({"source": path, "ok": not problems, "problems": problems, "blocks": graph.blocks_used(app)})
    if failed:
        sys.exit(1)


def _named_tables(values) -> dict:
    from fornuft.apps.tables import TableProblem, read_table_file

    tables = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name:
            raise click.ClickException(f"'{value}': give NAME=FILE.csv")
        try:
            tables[name] = read_table_file(path)
        except TableProblem as error:
            raise click.ClickException(f"{path}: {error}") from None
    return tables


@group.command("run")
@click.argument("app_path")
@click.option("--csv", "csv_path", help="Run once per row of this CSV file.")
@click.option("--input", "input_json", help="Run once on this JSON object (a form, a mail).")
@click.option("--register", "registers", multiple=True, help="NAME=FILE.csv: a register for lookups.")
@click.option("--table", "tables", multiple=True, help="NAME=FILE.csv: an uploaded table for lookups.")
@click.option("--max-rows", default=10_000, show_default=True)
@click.option("--max-seconds", default=120.0, show_default=True)
@click.option("--keep", default=5, show_default=True, help="Rows whose block outputs are printed.")
def run_command(app_path, csv_path, input_json, registers, tables, max_rows, max_seconds, keep) -> None:
    """Run an app on example input; prints one JSON object: status, rows, the failing
    block and reason, each block's output for the first rows, decisions, actions, reports.
    Actions are listed, not carried out."""
    from fornuft.apps import graph
    from fornuft.apps.context import Limits, RunContext
    from fornuft.apps.executor import AppInvalid, execute
    from fornuft.apps.tables import TableProblem, read_table_file

    try:
        app = load_app_file(app_path)
        graph.check_format(app)
    except graph.AppFormatError as error:
        _emit(_error(app_path, "unsupported_format", str(error)))
        sys.exit(1)
    except ValueError as error:
        _emit(_error(app_path, error.args[1] if len(error.args) > 1 else "invalid", error.args[0]))
        sys.exit(1)
    if csv_path:
        try:
            rows = read_table_file(csv_path)
        except TableProblem as error:
            _emit(_error(csv_path, "bad_table", str(error)))
            sys.exit(1)
    elif input_json:
        try:
            row = json.loads(input_json)
        except json.JSONDecodeError as error:
            raise click.ClickException(f"--input is not valid JSON: {error}") from None
        if not isinstance(row, dict):
            raise click.ClickException("--input must be a JSON object.")
        rows = [row]
    else:
        raise click.ClickException("Give --csv FILE or --input JSON.")
    context = RunContext(registers=_named_tables(registers), tables=_named_tables(tables),
                         limits=Limits(max_rows=max_rows, max_seconds=max_seconds))
    try:
        result = execute(app, rows, context, keep=keep)
    except AppInvalid as error:
        _emit({**_error(app_path, "invalid_app", str(error)), "problems": error.problems})
        sys.exit(1)
    _emit({"source": app_path, **result.as_dict()})
    if result.status != "done":
        sys.exit(1)


@group.command("blocks")
def blocks_command() -> None:
    """List the blocks: one JSON object per block (key, category, inputs, outputs, settings)."""
    from fornuft.apps.blocks import catalogue

    for item in catalogue():
        _emit(item)


@group.command("template")
@click.argument("name", type=click.Choice(["lead_qualification", "supplier_evaluation", "job_screening"]))
def template_command(name) -> None:
    """Print a template app as JSON (save it, edit it, check it, run it)."""
    from fornuft.apps.starters import template

    click.echo(json.dumps(template(name), ensure_ascii=False, indent=2))


@group.command("docs")
@click.option("--write", "write_path", type=click.Path(dir_okay=False),
              help="Replace the block reference in this Markdown file (docs/apps.md).")
def docs_command(write_path) -> None:
    """Print the block reference generated from the blocks' descriptions."""
    from fornuft.apps.reference import block_reference, replace_section

    if write_path:
        path = Path(write_path)
        document = path.read_text(encoding="utf-8") if path.exists() else ""
        path.write_text(replace_section(document), encoding="utf-8")
        click.echo(f"wrote the block reference into {path}")
    else:
        click.echo(block_reference(), nl=False)
