"""`fornuft intake …`: the stable command-line contract (issue 16).

    fornuft intake dictation AUDIO [--language en|nb] [--catalog catalog.csv] --out DIR --json
    fornuft intake dictation --text TRANSCRIPT.txt [...] --out DIR --json
    fornuft intake service-report --photo IMG [--photo IMG...] [--audio AUDIO | --text NOTE.txt] --out DIR --json

One JSON object per line on stdout. A bad input gives {"source", "error": {"code", "message"}} on
stdout (with --json), the message on stderr, and exit status 1; the input file is never changed.
Works without a server or DJANGO_SETTINGS_MODULE: Django is set up only for the document templates."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from fornuft.platform.cli import organization_option, prepare_database, resolve_organization, setup_django


@click.group(name="intake")
def group() -> None:
    """Dictated offers → quote and slides; nameplate photo and note → service report."""


def _emit(obj: dict, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(obj, ensure_ascii=False))
    else:
        click.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _fail(source: str, code: str, message: str, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"source": source, "error": {"code": code, "message": message}}, ensure_ascii=False))
    click.echo(f"{source}: {message}", err=True)
    sys.exit(1)


def _progress_bar():
    """A callback that draws a progress bar on stderr (only once the audio is longer than a minute)."""
    state: dict = {"bar": None, "done": 0}

    def update(done: float, total: float) -> None:
        if total < 60:
            return
        if state["bar"] is None:
            state["bar"] = click.progressbar(length=int(total), label="Transcribing", file=sys.stderr,
                                             show_pos=True, item_show_func=lambda _: "s")
            state["bar"].__enter__()
        step = int(done) - state["done"]
        if step > 0:
            state["bar"].update(step)
            state["done"] = int(done)

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].__exit__(None, None, None)

    update.close = close  # type: ignore[attr-defined]
    return update


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read the file ({exc.strerror})") from None


@group.command()
@click.argument("audio", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--text", "text_path", type=click.Path(dir_okay=False, path_type=Path),
              help="A transcript (UTF-8 text) in place of AUDIO.")
@click.option("--language", type=click.Choice(["en", "nb"]), default=None, help="Language of the dictation.")
@click.option("--catalog", "catalog_path", type=click.Path(dir_okay=False, path_type=Path),
              help="catalog.csv: product_id,name,description,unit,price,image[,synonyms].")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object on one line.")
def dictation(audio: Path | None, text_path: Path | None, language: str | None, catalog_path: Path | None,
              out_dir: Path, as_json: bool) -> None:
    """A dictated offer (audio or transcript) → quote PDF + slide deck PPTX."""
    from fornuft.intake import catalogue, pipeline

    if (audio is None) == (text_path is None):
        raise click.UsageError("Give either AUDIO or --text TRANSCRIPT.txt.")
    source_path = audio or text_path
    assert source_path is not None
    source = str(source_path)
    data = _read(source_path)
    try:
        products = catalogue.load_catalogue(catalog_path) if catalog_path else catalogue.seed_catalogue()
    except catalogue.CatalogueProblem as exc:
        raise click.ClickException(str(exc)) from None
    setup_django()
    try:
        if text_path is not None:
            transcript = pipeline.read_text(data)
        else:
            progress = _progress_bar()
            try:
                heard = pipeline.transcribe(data, language, progress, pipeline.catalogue_prompt(products))
            finally:
                progress.close()  # type: ignore[attr-defined]
            transcript = heard.text
            language = language or heard.language
        offer = pipeline.offer_from_text(transcript, products, language)
        files = pipeline.write_offer_files(offer, out_dir, source_path.stem)
    except pipeline.IntakeProblem as exc:
        _fail(source, exc.status, str(exc), as_json)
        return
    _emit(pipeline.dictation_json(source, transcript, offer, files), as_json)


@group.command(name="service-report")
@click.option("--photo", "photos", multiple=True, required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="A photo of the nameplate (repeat for several).")
@click.option("--audio", "audio_path", type=click.Path(dir_okay=False, path_type=Path), help="A voice note.")
@click.option("--text", "text_path", type=click.Path(dir_okay=False, path_type=Path), help="A typed note.")
@click.option("--language", type=click.Choice(["en", "nb"]), default=None)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object on one line.")
def service_report(photos: tuple[Path, ...], audio_path: Path | None, text_path: Path | None, language: str | None,
                   out_dir: Path, as_json: bool) -> None:
    """Nameplate photo(s) and a voice or typed note → service report PDF."""
    from fornuft.intake import photo, pipeline

    if audio_path is not None and text_path is not None:
        raise click.UsageError("Give --audio or --text, not both.")
    source = str(photos[0])
    images = [_read(path) for path in photos]
    setup_django()
    transcript = ""
    try:
        if text_path is not None:
            transcript = pipeline.read_text(_read(text_path))
        elif audio_path is not None:
            progress = _progress_bar()
            try:
                heard = pipeline.transcribe(_read(audio_path), language, progress)
            finally:
                progress.close()  # type: ignore[attr-defined]
            transcript = heard.text
        try:
            reading = photo.read_nameplates(images)
        except photo.PhotoProblem as exc:
            raise pipeline.IntakeProblem(str(exc), exc.status) from None
        if not reading.is_nameplate:
            click.echo(f"{source}: warning: no nameplate found in the photo; the report is made without "
                       "equipment data. Photograph the plate straight on, in good light.", err=True)
        note = pipeline.service_note(transcript)
        language = language or (pipeline.note_language(transcript) if transcript else "nb")
        equipment = reading.nameplate.equipment_json()
        files = pipeline.write_service_report(equipment, reading.nameplate.ratings, note, transcript, images,
                                              out_dir, Path(source).stem, language)
    except pipeline.IntakeProblem as exc:
        _fail(source, exc.status, str(exc), as_json)
        return
    _emit({"source": source, "equipment": equipment, "transcript": transcript, "findings": note.findings,
           "actions": note.actions, "files": files}, as_json)


@group.command(name="import-catalog")
@organization_option
@click.argument("csv_path", type=click.Path(dir_okay=False, exists=True, path_type=Path))
def import_catalog(org_slug: str | None, csv_path: Path) -> None:
    """Import products from a CSV into the organization's catalogue (updates by product_id)."""
    prepare_database()
    from fornuft.intake import services

    organization = resolve_organization(org_slug)
    try:
        created, updated = services.import_catalogue(organization, csv_path.read_bytes(), base_dir=csv_path.parent)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{created} products added, {updated} updated")
