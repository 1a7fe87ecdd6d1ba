"""What starts a published app besides a person pressing "run": a mail sorted into a
category, a document uploaded to the app, a schedule, and another system posting to the
app's webhook address. Each stores the input as a Run first and queues it for a worker
(`services.start_run`), so nothing is lost when a block later fails.

Only the published version's trigger blocks count, and only apps that may run on real data
(`services.run_blockers` empty) start; the same mail or schedule period never starts the
same app twice (the run's `source` says what started it).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.apps.models import App, AppStatus, AppTable, AppVersion, Run
from fornuft.core.tenancy import activate

logger = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_WEBHOOK_BYTES = 1024 * 1024
MAX_WEBHOOK_ROWS = 1000
MAX_TEXT_CHARS = 200_000


def triggered(organization, block: str) -> list[tuple[App, dict]]:
    """(app, trigger settings) of each published app whose published version starts with `block`."""
    found = []
    with activate(organization):
        apps = {a.pk: a for a in App.objects.filter(status=AppStatus.PUBLISHED, published_version__isnull=False)}
        if not apps:
            return []
        versions = AppVersion.objects.filter(app_id__in=apps).only("app_id", "number", "definition")
        for version in versions:
            app = apps[version.app_id]
            if version.number != app.published_version:
                continue
            for node in version.definition.get("nodes", []):
                if node.get("block") == block:
                    found.append((app, node.get("config") or {}))
                    break
    return found


def start(app: App, rows: list[dict], source: str, user=None, *, once: bool = True) -> Run | None:
    """Starts a real run of `app` unless `source` already started one (with `once`), or the
    app may not run now (logged: a paused or high-risk app does not run on events)."""
    from fornuft.apps import services

    if not _may_start(app, source, once):
        return None
    return services.start_run(app, user, rows, source=source)


def _may_start(app: App, source: str, once: bool = True) -> bool:
    from fornuft.apps import services

    with activate(app.organization):
        if once and Run.objects.filter(app=app, source=source, test=False).exists():
            return False
    blockers = services.run_blockers(app)
    if blockers:
        logger.info("app %s not started by %s: %s", app.pk, source, " ".join(blockers))
        return False
    return True


# ---------------------------------------------------------------- mail in a category

def on_mail_sorted(organization, message) -> None:
    """Platform event "mail.sorted": starts each app whose mail trigger names the message's
    category. Only a message routed on the model's confidence starts apps; one waiting for a
    person to check its category does not."""
    if getattr(message, "status", "") != "routed" or not message.pk:
        return
    category = (message.category or "").lower()
    record = {"subject": message.subject, "body": message.body_text[:MAX_TEXT_CHARS], "from": message.from_address,
              "from_name": message.from_name, "category": message.category, "language": message.language,
              "mail": message.pk}
    for app, config in triggered(organization, "trigger.mail"):
        wanted = str(config.get("category") or "").strip().lower()
        if wanted and wanted != category:
            continue
        start(app, [record], f"mail:{message.pk}")


# ---------------------------------------------------------------- a document uploaded

def receive_document(app: App, user, data: bytes, filename: str) -> Run:
    """Stores an uploaded document (blob store first) and starts the app's run on it; the
    worker reads its text (PDF text or OCR, DOCX, text) before the blocks run
    (`read_documents`). A kind the platform does not read is refused here, at once.
    ValueError with a message for a person."""
    from fornuft.apps.graph import starts_with
    from fornuft.core import blobs
    from fornuft.platform.files.formats import detect_format

    if not starts_with(_published_definition(app), "trigger.document"):
        raise ValueError(_("This app does not start from an uploaded document."))
    if len(data) > MAX_DOCUMENT_BYTES:
        raise ValueError(_("A document is at most %(mb)d MB.") % {"mb": MAX_DOCUMENT_BYTES // (1024 * 1024)})
    if detect_format(data, filename) not in READABLE:
        raise ValueError(_("The file is not a kind Fornuft reads (PDF, JPEG, PNG, TIFF, Word DOCX or plain text)."))
    try:
        stored = blobs.store(app.organization, data, filename=filename, source_label="apps",
                             size_limit=MAX_DOCUMENT_BYTES)
    except ValueError:
        raise ValueError(_("The document is empty or too large.")) from None
    row = {"filename": filename[:255], "document": stored.pk}
    run = start(app, [row], f"document:{stored.pk}", user, once=False)
    if run is None:
        from fornuft.apps import services

        raise ValueError(" ".join(services.run_blockers(app)))
    return run


READABLE = {"pdf", "image", "docx", "text"}


def read_documents(run: Run) -> str | None:
    """In the worker, before the blocks run: the text of each input row's stored document,
    written into the row (`text`). Returns why a document could not be read, or None."""
    from fornuft.core.models import StoredFile
    from fornuft.platform.files.reader import read_document

    changed = False
    with activate(run.organization):
        for row in run.input_rows:
            if not isinstance(row, dict) or "document" not in row or "text" in row:
                continue
            stored = StoredFile.objects.filter(pk=row["document"]).first()
            if stored is None:
                return _("The uploaded document is no longer stored.")
            try:
                row["text"] = read_document(stored, row.get("filename") or "").text[:MAX_TEXT_CHARS]
            except ValueError as error:   # FileProblem: damaged, encrypted, too many pages
                return str(error)
            changed = True
        if changed:
            Run.objects.filter(pk=run.pk).update(input_rows=run.input_rows)
    return None


def _published_definition(app: App) -> dict:
    if app.published_version is None:
        return {}
    with activate(app.organization):
        version = app.versions.filter(number=app.published_version).first()
    return version.definition if version else {}


# ---------------------------------------------------------------- a schedule

def period(every: str, today: date) -> str:
    """The schedule period `today` falls in: 2026-12-07, 2026-W50, 2026-Q4."""
    if every == "day":
        return today.isoformat()
    if every == "quarter":
        return f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    year, week, _day = today.isocalendar()
    return f"{year}-W{week:02d}"


def run_due_schedules(organization, today: date | None = None) -> list[Run]:
    """Starts each scheduled app of the organization that has not run in this period, over
    the rows of its table (or one row with the date when it names none). Returns the runs
    (queued: a worker runs them)."""
    from fornuft.apps import services
    from fornuft.platform.workitems import mark_failed

    today = today or timezone.localdate()
    started = []
    for app, config in triggered(organization, "trigger.schedule"):
        key = period(str(config.get("every") or "week"), today)
        source = f"schedule:{key}"
        table_name = str(config.get("table") or "").strip()
        rows = [{"date": today.isoformat(), "period": key}]
        if table_name:
            with activate(organization):
                table = AppTable.objects.filter(name=table_name).first()
            if table is None:  # stored as a failed run, with the reason a person can fix
                if _may_start(app, source):
                    with activate(organization):
                        run = Run.objects.create(organization=organization, app=app, version=app.published_version,
                                                 input_rows=[], source=source, status=services.RECEIVED)
                        mark_failed(run, _("The schedule reads the table “%(name)s”, which has not been uploaded.")
                                    % {"name": table_name})
                    started.append(run)
                continue
            rows = list(table.rows)
        run = start(app, rows, source)
        if run is not None:
            started.append(run)
    return started


# ---------------------------------------------------------------- webhook / API call

def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_webhook_token(app: App) -> str:
    """Makes (or replaces) the app's webhook token and returns it; only its hash is kept."""
    token = secrets.token_urlsafe(32)
    with activate(app.organization):
        App.objects.filter(pk=app.pk).update(webhook_token_hash=_digest(token))
    app.webhook_token_hash = _digest(token)
    return token


class WebhookRefused(ValueError):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def receive_webhook(app_id: int, token: str, body: bytes) -> Run:
    """Starts the app `app_id` from another system's JSON (an object, or a list of objects).
    The token decides the organization; WebhookRefused carries the HTTP status and why."""
    if not token:
        raise WebhookRefused(401, "Send the app's token as 'Authorization: Bearer <token>'.")
    app = App.objects.all_organizations().filter(pk=app_id).select_related("organization").first()
    if app is None or not app.webhook_token_hash or not hmac.compare_digest(app.webhook_token_hash, _digest(token)):
        raise WebhookRefused(403, "The token does not open this app.")
    if len(body) > MAX_WEBHOOK_BYTES:
        raise WebhookRefused(413, f"The body is larger than {MAX_WEBHOOK_BYTES // 1024} KB.")
    with activate(app.organization):   # from here on, the token's organization only
        return _start_from_webhook(app, body)


def _start_from_webhook(app: App, body: bytes) -> Run:
    import json

    from fornuft.apps.graph import starts_with

    if app.status != AppStatus.PUBLISHED or not starts_with(_published_definition(app), "trigger.webhook"):
        raise WebhookRefused(409, "The app is not published with a webhook trigger.")
    try:
        data = json.loads(body.decode("utf-8") or "null")
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WebhookRefused(400, "The body is not JSON.") from None
    rows = [data] if isinstance(data, dict) else data
    if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) for r in rows):
        raise WebhookRefused(400, "Send a JSON object, or a list of objects (one run row each).")
    if len(rows) > MAX_WEBHOOK_ROWS:
        raise WebhookRefused(413, f"Send at most {MAX_WEBHOOK_ROWS} rows in one call.")
    from fornuft.apps import services

    blockers = services.run_blockers(app)
    if blockers:
        raise WebhookRefused(409, " ".join(blockers))
    return services.start_run(app, None, rows, source="webhook")


# ---------------------------------------------------------------- a form submitted

MAX_FORM_BYTES = 64 * 1024


def form_trigger(app: App) -> dict | None:
    """The settings of the published version's form trigger, or None when it has none."""
    for node in _published_definition(app).get("nodes", []):
        if node.get("block") == "trigger.form":
            return node.get("config") or {}
    return None


def form_fields(config: dict):
    """The form's fields as declared in the builder (one text box when none are)."""
    from fornuft.apps import formfields

    try:
        return formfields.parse(config.get("form_fields") or []) or formfields.default_fields()
    except formfields.FormFieldError:   # a published app passed the check; an old one gets the plain box
        return formfields.default_fields()


def may_use_form(config: dict, user) -> bool:
    """Whether a logged-in user's role opens the form (no roles named: everyone's does)."""
    roles = [str(r).strip().lower() for r in config.get("roles") or [] if str(r).strip()]
    return not roles or (user.role or "").lower() in roles


def receive_form(app: App, user, values: dict, *, public: bool = False) -> Run:
    """Starts the app on one submitted form (already validated against its fields); the
    run is stored first, as every trigger's. ValueError says why the app may not run now."""
    from fornuft.apps import services

    blockers = services.run_blockers(app)
    if blockers:
        raise ValueError(" ".join(blockers))
    return services.start_run(app, None if public else user, [values], source="form:public" if public else "form")


def new_form_token(app: App) -> str:
    """Makes (or replaces) the secret of the app's public form link; only its hash is kept."""
    token = secrets.token_urlsafe(24)
    with activate(app.organization):
        App.objects.filter(pk=app.pk).update(form_token_hash=_digest(token))
    app.form_token_hash = _digest(token)
    return token


def app_for_form_token(token: str) -> App | None:
    """The published app whose public form link carries `token`, if its form is public."""
    if not token or len(token) > 100:
        return None
    app = (App.objects.all_organizations().filter(form_token_hash=_digest(token), status=AppStatus.PUBLISHED)
           .select_related("organization").first())
    if app is None:
        return None
    config = form_trigger(app)
    if config is None or str(config.get("public") or "no") != "yes":
        return None
    return app
