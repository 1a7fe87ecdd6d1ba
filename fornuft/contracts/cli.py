"""`fornuft contract …`: analyse contract files (the stable contract, no server needed) and take
them into the organization's contract register."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.group(name="contract")
def group() -> None:
    """Contract analysis: clauses, dates, notice deadlines and playbook risks."""


def contract_files(paths: tuple[str, ...]) -> list[Path]:
    """The files named, folders expanded to their .pdf/.docx/.txt/.md files (sorted)."""
    from fornuft.contracts.analysis import SUFFIXES

    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    return found


@group.command("analyze")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document, one per line.")
@click.option(
    "--playbook",
    "playbook_path",
    type=click.Path(dir_okay=False),
    help="Playbook YAML with the organization's rules (default: the built-in one).",
)
def analyze_command(paths, as_json, playbook_path) -> None:
    """Analyse contracts (.pdf, .docx, .txt, .md files or folders of them)."""
    from fornuft.contracts.analysis import analyze_file, error_object
    from fornuft.contracts.model import shipped_model
    from fornuft.contracts.playbook import PlaybookError, load_playbook, traffic_light

    try:
        playbook = load_playbook(playbook_path)
    except (OSError, PlaybookError) as exc:
        message = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise click.ClickException(f"{playbook_path}: the playbook cannot be used: {message}") from None
    from fornuft.glossary.terms import from_environment

    model = shipped_model()
    glossary = from_environment() or None  # FORNUFT_GLOSSARY: packs or CSV files, as mail's CLI reads it
    failures = 0
    for path in contract_files(paths):
        if not path.exists():
            result = error_object(str(path), "not_found", "no such file or folder")
        else:
            try:
                result = analyze_file(path, playbook, model=model, glossary=glossary)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run
                result = error_object(str(path), "failed", f"the analysis failed: {type(exc).__name__}: {exc}")
        failures += "error" in result
        if as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif "error" in result:
            click.echo(f"{result['source']}: {result['error']['code']}: {result['error']['message']}")
        else:
            parties = " / ".join(p["name"] for p in result["parties"]) or "?"
            click.echo(
                f"{result['source']}: {result['contract_type']} ({result['language']}) {parties}; "
                f"{result['effective_date'] or '?'} – {result['expiration_date'] or '?'}, "
                f"notice by {result['notice_deadline'] or '-'}; {len(result['clauses'])} clauses; "
                f"risk {traffic_light(result['risks'])}: {', '.join(r['code'] for r in result['risks']) or 'none'}"
            )
    if failures:
        sys.exit(1)
