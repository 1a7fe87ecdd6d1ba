"""`/api/v1/apps/`: build, publish and run no-code apps (logged-in users, scoped to their
organization). Thin: validate with a schema, call one service, return."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ninja import Router, Schema, Status
from pydantic import Field

from fornuft.apps import blocks, graph, services
from fornuft.apps.models import App, Run
from fornuft.core.permissions import get_for_org_or_404

router = Router(tags=["apps"])


class AppIn(Schema):
    name: str = Field("", max_length=200)
    template: str = Field("", max_length=40)


class AppOut(Schema):
    id: int
    name: str
    status: str
    purpose: str
    published_version: int | None
    created_at: datetime


class VersionIn(Schema):
    definition: dict[str, Any]
    note: str = Field("", max_length=500)


class VersionOut(Schema):
    number: int
    problems: list[str]


class ConnectionIn(Schema):
    definition: dict[str, Any]
    source: str = Field(max_length=100)
    target: str = Field(max_length=100)


class ConnectionOut(Schema):
    ok: bool
    message: str


class PublishIn(Schema):
    answers: dict[str, bool] = Field(default_factory=dict, max_length=60)


class RunIn(Schema):
    rows: list[dict[str, Any]] = Field(max_length=10_000)
    test: bool = False


class RunOut(Schema):
    id: int
    status: str
    test: bool
    version: int
    rows_done: int
    failure_reason: str
    result: dict[str, Any]


def _app(request, app_id: int) -> App:
    return get_for_org_or_404(App, pk=app_id)


def _builder(request) -> None:
    try:
        services.check_builder(request.user)
    except PermissionError as error:
        raise ValueError(str(error)) from None


@router.get("/blocks", response=list[dict[str, Any]])
def list_blocks(request):
    """Every block with its typed inputs, outputs, settings and nb/en description."""
    return blocks.catalogue()


@router.get("/apps", response=list[AppOut])
def list_apps(request):
    return services.list_apps(request.organization)


@router.post("/apps", response={201: AppOut})
def create_app(request, payload: AppIn):
    """A new draft app, empty or from a template (400 when the builder lacks AI literacy)."""
    _builder(request)
    return Status(201, services.create_app(request.organization, request.user, payload.name,
                                           template=payload.template))


@router.post("/apps/import", response={201: AppOut})
def import_app(request, payload: VersionIn):
    """A new draft app from exported JSON (400 for a newer format, with the reason)."""
    _builder(request)
    return Status(201, services.import_app(request.organization, request.user, payload.definition))


@router.get("/apps/{app_id}/export", response=dict[str, Any])
def export_app(request, app_id: int, version: int | None = None):
    return services.export_app(_app(request, app_id), version)


@router.post("/apps/{app_id}/versions", response={201: VersionOut})
def save_version(request, app_id: int, payload: VersionIn):
    """Saves the app JSON as a new version; returns the problems that keep it from running."""
    _builder(request)
    version, problems = services.save_version(_app(request, app_id), request.user, payload.definition, payload.note)
    return Status(201, {"number": version.number, "problems": problems})


@router.get("/apps/{app_id}/diff", response=list[dict[str, Any]])
def diff(request, app_id: int, old: int, new: int):
    return services.diff_versions(_app(request, app_id), old, new)


@router.post("/connections", response=ConnectionOut)
def check_connection(request, payload: ConnectionIn):
    """Whether a wire may go from an output to an input (the canvas asks while you drag)."""
    try:
        message = graph.check_connection(payload.definition, payload.source, payload.target)
    except (AttributeError, TypeError):
        message = "This is not an app."
    return {"ok": message is None, "message": message or ""}


@router.post("/apps/{app_id}/publish", response=AppOut)
def publish(request, app_id: int, payload: PublishIn):
    """Publishes the app through the AI Act questionnaire (400 with the next question)."""
    _builder(request)
    return services.publish(_app(request, app_id), request.user, payload.answers)


def _run_out(run: Run) -> dict:
    return {"id": run.pk, "status": run.status, "test": run.test, "version": run.version,
            "rows_done": run.rows_done, "failure_reason": run.failure_reason, "result": run.result}


@router.post("/apps/{app_id}/runs", response={201: RunOut})
def start_run(request, app_id: int, payload: RunIn):
    """Stores the input and queues the run (400 when the app may not run yet, with why)."""
    app = _app(request, app_id)
    if payload.test:
        _builder(request)
    run = services.start_run(app, request.user, payload.rows, test=payload.test, source="api")
    run.refresh_from_db()
    return Status(201, _run_out(run))


@router.get("/runs/{run_id}", response=RunOut)
def get_run(request, run_id: int):
    return _run_out(get_for_org_or_404(Run, pk=run_id))


@router.post("/runs/{run_id}/retry", response=RunOut)
def retry_run(request, run_id: int):
    run = get_for_org_or_404(Run, pk=run_id)
    if run.status != "failed":
        raise ValueError("Only a failed run can be retried.")
    return _run_out(services.retry_run(run))


class WebhookTokenOut(Schema):
    token: str
    url: str


@router.post("/apps/{app_id}/webhook-token", response={201: WebhookTokenOut})
def webhook_token(request, app_id: int):
    """Makes a new token for the app's webhook address (builders; shown once, replaces the old one)."""
    from fornuft.apps import triggers

    _builder(request)
    app = _app(request, app_id)
    token = triggers.new_webhook_token(app)
    return Status(201, {"token": token, "url": request.build_absolute_uri(f"/apps/{app.pk}/hook")})


class TaskOut(Schema):
    id: int
    app: int
    run: int
    title: str
    assignee: str
    done: bool
    created_at: datetime


@router.get("/tasks", response=list[TaskOut])
def list_tasks(request, open_only: bool = True):
    """The tasks apps made (action "Create a task", or a routed record that is not a mail)."""
    from fornuft.apps.models import AppTask

    tasks = AppTask.objects.all()
    if open_only:
        tasks = tasks.filter(done=False)
    return [{"id": t.pk, "app": t.app_id, "run": t.run_id, "title": t.title, "assignee": t.assignee, "done": t.done,
             "created_at": t.created_at} for t in tasks[:500]]
