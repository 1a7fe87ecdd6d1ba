"""`fornuft mail …`: classify, train and import from the command line (no server needed)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from fornuft.platform.cli import organization_option


@click.group(name="mail")
def group() -> None:
    """Mail intake, sorting and the phishing shield."""


def _progress(done: int, total: int | None, label: str) -> None:
    if sys.stderr.isatty():
        suffix = f"/{total}" if total else ""
        click.echo(f"\r{label}: {done}{suffix}", nl=False, err=True)


def _database_organization(org_slug):
    """(organization or None, problem or None) — the CLI works without a database too.
    Classifying never creates an organization."""
    from fornuft.platform.cli import prepare_database, resolve_organization

    try:
        prepare_database()
        return resolve_organization(org_slug, create_default=False), None
    except click.ClickException as exc:
        return None, exc.message


@group.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="One JSON object per message, one per line.")
@click.option("--org-file", type=click.Path(), help='organization.json: {"name", "domain", "employees": [...]}')
@click.option("--known-domains", type=click.Path(), help="File with one known correspondent domain per line.")
@organization_option
def classify(paths, as_json, org_file, known_domains, org_slug):
    """Sort and check .eml files (or folders of them) without storing anything."""
    from fornuft.platform.cli import setup_django

    setup_django()
    from fornuft.mail import intake, phishing, sorting, sources
    from fornuft.mail.context import ContextFileError, context_from_files
    from fornuft.mail.parsing import ParsedMessage, parse_message

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise click.ClickException(f"{missing[0]} does not exist")
    files = sources.list_eml_files(paths)
    if not files:
        raise click.ClickException("no .eml files found in " + ", ".join(paths))
    if org_file or known_domains:
        try:
            context = context_from_files(org_file, known_domains)
        except ContextFileError as exc:
            raise click.ClickException(str(exc)) from None
        organization = None
        if org_slug:
            organization, problem = _database_organization(org_slug)
            if problem:
                raise click.ClickException(problem)
    else:
        organization, problem = _database_organization(org_slug)
        if organization is None and org_slug:
            raise click.ClickException(problem)
        if organization is None:  # no database or no organization yet: general signals only
            click.echo(f"note: {problem}; checking without the organization's staff and correspondents "
                       "(give --org-file and --known-domains)", err=True)
            context = phishing.OrgContext()
        else:
            from fornuft.mail.context import organization_context

            context = organization_context(organization)
    if organization is not None:
        classifier = intake.load_classifier(organization)
    else:
        classifier = intake.Classifier(sorting.seed_model(), sorting.SEED_VERSION, None)
    from fornuft.glossary.terms import from_environment

    environment_glossary = from_environment()  # FORNUFT_GLOSSARY: packs or CSV files, for runs without a database
    if environment_glossary:
        classifier.glossary = environment_glossary + classifier.glossary if classifier.glossary \
            else environment_glossary
    batch: list[tuple[Path, ParsedMessage, str]] = []

    def flush() -> None:
        # the intake steps themselves, on unsaved messages; the batch only makes the model faster
        classifier.classify_ahead([sorting.with_features(
            sorting.message_text(parsed.subject, parsed.text, intake.attachment_names(parsed)),
            sorting.parsed_features(parsed, context)) for _p, parsed, _e in batch])
        for path, parsed, error in batch:
            message, work = intake.analyse(parsed, organization=organization, classifier=classifier,
                                           context=context)
            for problem in ([error] if error else []) + parsed.problems[:3]:
                click.echo(f"{path}: {problem}", err=True)
            if work.verdict is None:  # a step failed: say why, go on with the next file
                click.echo(f"{path}: {message.failure_reason}", err=True)
                continue
            verdict = work.verdict
            record = {"source": str(path), "message_id": parsed.message_id, "category": message.category,
                      "confidence": message.confidence, "language": message.language,
                      "phishing": verdict.as_dict()}
            if as_json:
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                click.echo(f"{path}\t{message.category} ({message.confidence:.2f})\t{message.language}\t"
                           f"{verdict.verdict} ({verdict.score:.2f})\t{'; '.join(verdict.reasons[:2])}")
        batch.clear()

    for number, path in enumerate(files, 1):
        try:
            raw, error = Path(path).read_bytes(), ""
        except OSError as exc:
            raw, error = b"", f"cannot read file: {exc.strerror or exc}"
        batch.append((path, parse_message(raw), error))
        if len(batch) >= 256:
            flush()
        if not as_json:
            _progress(number, len(files), "classified")
    if batch:
        flush()


@group.command()
@click.option("--labels", "labels_file", required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV with columns file,category.")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@organization_option
def train(labels_file, paths, org_slug):
    """Train the organization's model on labelled .eml files plus the seed data."""
    from fornuft.platform.cli import prepare_database, resolve_organization

    prepare_database()
    from fornuft.core.tenancy import activate
    from fornuft.governance import training_data
    from fornuft.governance.models import ExampleSource
    from fornuft.mail import intake, sorting, sources, training
    from fornuft.mail.context import organization_context
    from fornuft.mail.models import Category
    from fornuft.mail.parsing import parse_message

    organization = resolve_organization(org_slug)
    labels = _read_labels(Path(labels_file))
    files = sources.list_eml_files(paths)
    by_key: dict[str, Path] = {}
    for path in files:
        for key in (str(path), path.name, str(path.resolve())):
            by_key.setdefault(key, path)
    base = Path(labels_file).resolve().parent
    context = organization_context(organization)  # known correspondents and roles, for the feature channel
    examples, missing = [], []
    for name, category in labels:
        path = by_key.get(name) or by_key.get(Path(name).name) or by_key.get(str((base / name).resolve()))
        if path is None:
            missing.append(name)
            continue
        parsed = parse_message(path.read_bytes())
        examples.append((sorting.with_features(
            sorting.message_text(parsed.subject, parsed.text, intake.attachment_names(parsed)),
            sorting.parsed_features(parsed, context)), category))
    if missing:
        click.echo(f"{len(missing)} labelled file(s) not found among PATHS, e.g. {missing[0]}", err=True)
    if not examples:
        raise click.ClickException("none of the labelled files were found among PATHS")
    intake.ensure_setup(organization)
    with activate(organization):
        known = set(Category.objects.values_list("key", flat=True))
        for category in sorted({c for _t, c in examples} - known):
            Category.objects.create(key=category, name=category.replace("_", " ").capitalize(),
                                    sort_order=100)
            click.echo(f"new category: {category}", err=True)
        training_data.add_text_examples(organization, "mail.classifier", examples, source=ExampleSource.IMPORT)
    click.echo(f"training on {len(examples)} labelled messages + seed data …", err=True)
    record = training.retrain(organization, notes=f"fornuft mail train --labels {Path(labels_file).name}")
    _print_report(record)


def _read_labels(path: Path) -> list[tuple[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if not reader.fieldnames or not {"file", "category"} <= {f.strip() for f in reader.fieldnames}:
                raise click.ClickException(f"{path} must have the columns file,category")
            rows = [(row["file"].strip(), row["category"].strip()) for row in reader
                    if (row.get("file") or "").strip() and (row.get("category") or "").strip()]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise click.ClickException(f"cannot read {path}: {exc}") from None
    for _name, category in rows:
        if not category.replace("_", "").replace("-", "").isalnum():
            raise click.ClickException(f"invalid category {category!r} in {path} (use letters, digits, _)")
    if not rows:
        raise click.ClickException(f"{path} has no rows")
    return rows


def _print_report(record) -> None:
    report = record.report
    click.echo(f"model version {record.version}: {record.outcome} "
               f"(held-out macro-F1 {report['macro_f1']:.3f}, accuracy {report['accuracy']:.3f}; "
               f"active before: {report['baseline']['version']} {report['baseline']['macro_f1']:.3f})")
    click.echo(f"{'category':<22} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}")
    for category, row in report["per_class"].items():
        click.echo(f"{category:<22} {row['precision']:>9.2f} {row['recall']:>7.2f} {row['f1']:>6.2f} "
                   f"{row['support']:>4}")


@group.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@organization_option
def import_(paths, org_slug):
    """Import .eml files, folders, mbox files or Maildir folders through the full pipeline."""
    from fornuft.platform.cli import prepare_database, resolve_organization

    prepare_database()
    from fornuft.mail import intake, sources
    from fornuft.mail.context import organization_context

    organization = resolve_organization(org_slug)
    intake.ensure_setup(organization)
    classifier = intake.load_classifier(organization)
    context = organization_context(organization)
    counts = {"imported": 0, "duplicates": 0, "with problems": 0, "failed": 0, "quarantined": 0, "unreadable": 0}
    for number, item in enumerate(sources.iter_paths(paths), 1):
        if item.error and not item.data:
            counts["unreadable"] += 1
            click.echo(f"{item.source}: {item.error}", err=True)
            continue
        outcome = intake.ingest(organization, item.data, source=item.source, context=context,
                                classifier=classifier)
        if not outcome.created:
            counts["duplicates"] += 1
        else:
            counts["imported"] += 1
            message = outcome.message
            if message.status == "failed":
                counts["failed"] += 1
            if message.status == "quarantined":
                counts["quarantined"] += 1
            if outcome.problems or item.error:
                counts["with problems"] += 1
                for problem in ([item.error] if item.error else []) + outcome.problems[:3]:
                    click.echo(f"{item.source}: {problem}", err=True)
        _progress(number, None, "imported")
    if sys.stderr.isatty():
        click.echo("", err=True)
    click.echo(", ".join(f"{value} {key}" for key, value in counts.items()))


@group.command()
@organization_option
def retrain(org_slug):
    """Retrain the organization's model from its corrections (activates only if not worse)."""
    from fornuft.platform.cli import prepare_database, resolve_organization

    prepare_database()
    from fornuft.governance.model_store import ModelStoreError
    from fornuft.mail import training

    organization = resolve_organization(org_slug)
    try:
        record = training.retrain(organization, notes="fornuft mail retrain")
    except ModelStoreError as exc:
        raise click.ClickException(str(exc)) from None
    _print_report(record)


def _message_of(org_slug, message_id: int):
    from fornuft.cli import prepare_database, resolve_organization

    prepare_database()
    from fornuft.mail.models import Message

    organization = resolve_organization(org_slug)
    message = Message.objects.for_organization(organization).filter(pk=message_id).first()
    if message is None:
        raise click.ClickException(f"no message {message_id} in {organization.slug}")
    return message


@group.command()
@click.argument("message_id", type=int)
@organization_option
def quarantine(message_id, org_slug):
    """Report a message as phishing: it goes to quarantine (logged, learned from)."""
    from fornuft.mail import services

    message = services.quarantine_message(_message_of(org_slug, message_id), None)
    click.echo(f"message {message.pk}: {message.status}")


@group.command()
@click.argument("message_id", type=int)
@organization_option
def release(message_id, org_slug):
    """Release a quarantined message to its queue (logged, learned from)."""
    from fornuft.mail import services

    try:
        message = services.release_message(_message_of(org_slug, message_id), None)
    except services.MailActionError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"message {message.pk}: {message.status}")


@group.command()
@click.option("--failed", "only_failed", is_flag=True, help="Every failed message of the organization.")
@click.argument("message_ids", nargs=-1, type=int)
@organization_option
def reprocess(only_failed, message_ids, org_slug):
    """Run the intake steps again for failed messages (from their stored bytes)."""
    from fornuft.cli import prepare_database, resolve_organization

    prepare_database()
    from fornuft.mail import services
    from fornuft.mail.models import Message, MessageStatus

    if not only_failed and not message_ids:
        raise click.ClickException("give message ids or --failed")
    organization = resolve_organization(org_slug)
    messages = Message.objects.for_organization(organization)
    messages = messages.filter(status=MessageStatus.FAILED) if only_failed else messages.filter(pk__in=message_ids)
    for message in messages.order_by("pk"):
        message = services.reprocess_message(message)
        reason = f" ({message.failure_reason})" if message.failure_reason else ""
        click.echo(f"message {message.pk}: {message.status}{reason}")


@group.command()
def poll():
    """Fetch new mail from every enabled mailbox once."""
    from fornuft.platform.cli import prepare_database

    prepare_database()
    from fornuft.mail.mailboxes import poll_all

    for mailbox, result in poll_all().items():
        click.echo(f"mailbox {mailbox}: {result}")
