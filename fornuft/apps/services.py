"""The actions of no-code apps. Views, the API, the CLI, tasks and the demo call these and
nothing else; another capability uses apps only through this module.

The life of an app: `create_app` (version 1, from a template or empty) → `save_version`
(each save is a new version; `diff_versions` compares two) → `publish` (the AI Act
questionnaire, pre-filled from the blocks by `suggested_answers`, registers the app as an
AI system and classifies it) → `start_run` (the input is stored as a Run, then a worker
runs it: `execute_run`; a failed run can be retried with `retry_run`). Test runs
(`test=True`) run drafts on example input and carry out no actions.
"""

from __future__ import annotations

import copy
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.apps import actions, graph, starters
from fornuft.apps.models import NAME_LENGTH, App, AppStatus, AppTable, AppVersion, Run, RunStep
from fornuft.core.tenancy import activate
from fornuft.platform.workitems import FAILED, clear_failure, mark_failed

DONE = "done"
RECEIVED = "received"
RUNNING = "running"
# AI Act questions the blocks and the builder's stated use answer "yes" to (Annex III).
USE_QUESTIONS = {"employment": "h_employment", "credit": "h_essential_services", "education": "h_education",
                 "biometrics": "h_biometrics"}


# ---------------------------------------------------------------- who may build

def literacy_level(user) -> int:
    """The user's current AI-literacy level (0 none, 1 basic, 2 superuser, 3 champion)."""
    from fornuft.governance.literacy import add_months
    from fornuft.governance.models import TrainingRecord

    today = timezone.localdate()
    level = 0
    for record in TrainingRecord.objects.for_organization(user.organization_id).filter(
            user=user).select_related("course"):
        if add_months(record.completed_on, record.course.valid_months) >= today:
            level = max(level, record.course.level)
    return level


def check_builder(user) -> None:
    """ValueError unless the user is a superuser or AI champion (governance literacy)."""
    from fornuft.governance.models import LiteracyLevel

    if user is None or literacy_level(user) < LiteracyLevel.SUPERUSER:
        raise PermissionError(_("Building apps needs the superuser or AI champion level of AI literacy; "
                                "record the training under Governance → AI literacy first."))


# ---------------------------------------------------------------- apps and versions

def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValueError(_("Give the app a name."))
    if len(name) > NAME_LENGTH:
        raise ValueError(_("The name is too long (at most %(limit)d characters).") % {"limit": NAME_LENGTH})
    return name


def _readable(definition) -> dict:
    try:
        graph.check_format(definition)
    except graph.AppFormatError as error:
        raise ValueError(str(error)) from None
    return definition


def create_app(organization, user, name: str = "", *, template: str = "", definition: dict | None = None,
               check_literacy: bool = True) -> App:
    """A new draft app with version 1 (empty, from a template, or from `definition`)."""
    if check_literacy:
        check_builder(user)
    if template:
        if template not in starters.TEMPLATES:
            raise ValueError(_("There is no template named %(name)s.") % {"name": template})
        definition = starters.template(template)
    definition = _readable(copy.deepcopy(definition) if definition else
                           {"format": graph.FORMAT, "nodes": [], "edges": []})
    name = _clean_name(name or definition.get("name") or "")
    definition["name"] = name
    with activate(organization), transaction.atomic():
        app = App.objects.create(organization=organization, name=name, owner=user,
                                 description=str(definition.get("description") or "")[:5000],
                                 purpose=str(definition.get("purpose") or "")[:5000], template=template)
        AppVersion.objects.create(organization=organization, app=app, number=1, definition=definition,
                                  note=_("Created"), created_by=user)
    return app


def get_app(organization, app_id: int) -> App:
    with activate(organization):
        return App.objects.get(pk=app_id)


def list_apps(organization) -> list[App]:
    with activate(organization):
        return list(App.objects.select_related("owner", "system"))


def latest_version(app: App) -> AppVersion:
    with activate(app.organization):
        return app.versions.order_by("-number").first()


def save_version(app: App, user, definition: dict, note: str = "") -> tuple[AppVersion, list[str]]:
    """Saves the builder's app JSON as a new version; returns it with the problems that keep
    it from running (a draft may have some). ValueError for JSON that is not an app."""
    check_builder(user)
    definition = _readable(definition)
    problems = graph.check_app(definition)
    with activate(app.organization), transaction.atomic():
        current = latest_version(app)
        if current is not None and current.definition == definition:
            return current, problems
        version = AppVersion.objects.create(
            organization=app.organization, app=app, number=(current.number + 1) if current else 1,
            definition=definition, note=note[:500], created_by=user)
        changed = []
        if definition.get("name"):
            app.name = _clean_name(str(definition["name"]))
            changed.append("name")
        for field in ("description", "purpose"):
            if field in definition:
                setattr(app, field, str(definition[field] or "")[:5000])
                changed.append(field)
        if changed:
            app.save(update_fields=[*changed, "updated_at"])
    return version, problems


def diff_versions(app: App, old: int, new: int) -> list[dict]:
    with activate(app.organization):
        versions = {v.number: v.definition for v in app.versions.filter(number__in=[old, new])}
    if old not in versions or new not in versions:
        raise ValueError(_("No such version."))
    return graph.diff(versions[old], versions[new])


def export_app(app: App, number: int | None = None) -> dict:
    """The app JSON of a version (the latest by default), ready to import elsewhere."""
    with activate(app.organization):
        version = app.versions.get(number=number) if number else latest_version(app)
    return {**copy.deepcopy(version.definition), "format": graph.FORMAT, "name": app.name,
            "exported_version": version.number}


def import_app(organization, user, data) -> App:
    """A new draft app from exported JSON; a newer format is refused with a clear message."""
    definition = _readable(data)
    definition = {k: v for k, v in definition.items() if k != "exported_version"}
    return create_app(organization, user, str(definition.get("name") or ""), definition=definition)


# ---------------------------------------------------------------- governance

def suggested_answers(definition: dict) -> dict:
    """Pre-filled answers to the AI Act questionnaire from the blocks and the builder's
    stated use ("use": {"employment": true, ...}): the Annex III questions the use touches
    are answered yes; everything else is left for the person to answer."""
    use = definition.get("use") or {}
    answers = {}
    for key, question in USE_QUESTIONS.items():
        if use.get(key):
            answers[question] = True
    return answers


def annex_iii_warning(definition: dict) -> bool:
    return bool(suggested_answers(definition))


def publish(app: App, user, answers: dict) -> App:
    """Publishes the latest version: registers the app as an AI system (owner, purpose,
    version, review schedule), classifies it with the questionnaire, and marks it published.
    ValueError when the app has problems or the questionnaire is unfinished."""
    from fornuft.governance import risk
    from fornuft.governance.models import AISystem, OversightMode, RiskClass, SystemKind
    from fornuft.governance.services import register_system

    check_builder(user)
    version = latest_version(app)
    problems = graph.check_app(version.definition)
    if problems:
        raise ValueError(_("The app cannot be published yet: %(problems)s") % {"problems": " ".join(problems)})
    if not (app.purpose or "").strip():
        raise ValueError(_("Describe the app's purpose before publishing it."))
    answers = {**suggested_answers(version.definition), **(answers or {})}
    evaluation = risk.evaluate(answers)
    if not evaluation.complete:
        raise ValueError(_("Answer the question “%(question)s” first.") % {
            "question": evaluation.next_question.text})
    uses_ai = [n["block"] for n in version.definition["nodes"]]
    with activate(app.organization), transaction.atomic():
        system = app.system
        if system is None:
            system = AISystem.objects.filter(key=f"apps.{app.pk}").first() or register_system(
                app.organization, user, key=f"apps.{app.pk}", name=_("App: %(name)s") % {"name": app.name},
                purpose=app.purpose, owner=app.owner.get_full_name() if app.owner else str(user),
                provider="Fornuft no-code app", model_name="Blocks: " + ", ".join(sorted(set(uses_ai)))[:180],
                data_categories=_data_categories(version.definition), oversight_mode=OversightMode.ON_THE_LOOP,
                kind=SystemKind.OWN, intended_users=str(app.owner or user))
        risk.classify(system, answers, user)
        system.refresh_from_db()
        system.model_version = str(version.number)
        system.next_review = timezone.localdate() + timedelta(days=180 if system.risk_class == RiskClass.HIGH
                                                              else 365)
        system.save(update_fields=["model_version", "next_review"])
        app.system = system
        app.status = AppStatus.PUBLISHED
        app.published_version = version.number
        app.save(update_fields=["system", "status", "published_version", "updated_at"])
    return app


def _data_categories(definition: dict) -> list[str]:
    found = {"app input"}
    for node in definition.get("nodes", []):
        if node.get("block") == "understand.personal_data" or node.get("block", "").startswith("trigger.mail"):
            found.add("personal data")
        if node.get("block") == "data.lookup":
            found.add(f"register: {(node.get('config') or {}).get('register')}")
    if (definition.get("use") or {}).get("employment"):
        found.add("job applications")
    return sorted(found)


def run_blockers(app: App) -> list[str]:
    """Why the app may not run on real data now (empty when it may)."""
    from fornuft.governance import obligations
    from fornuft.governance.models import ObligationState, RiskClass

    if app.status != AppStatus.PUBLISHED or app.system is None:
        return [_("Publish the app (with the AI Act questionnaire) before it runs on real data.")]
    system = app.system
    system.refresh_from_db()
    if system.risk_class == RiskClass.PROHIBITED:
        return [_("The questionnaire classified this app as a prohibited practice; it cannot run.")]
    if system.risk_class == RiskClass.HIGH:
        open_items = [str(item["obligation"].title) for item in obligations.checklist(system)
                      if item["state"] not in (ObligationState.DONE, ObligationState.NOT_APPLICABLE)]
        if open_items:
            return [_("This app is high risk; it runs when these obligations are met: %(items)s") % {
                "items": "; ".join(open_items)}]
    return []


# ---------------------------------------------------------------- tables

def upload_table(organization, name: str, data: bytes) -> AppTable:
    """Stores an uploaded CSV table for lookups (size checked before reading)."""
    from fornuft.apps.tables import read_table

    name = (name or "").strip()[:100]
    if not name:
        raise ValueError(_("Give the table a name."))
    rows = read_table(data)
    columns = list(rows[0].keys()) if rows else []
    with activate(organization):
        table, _created = AppTable.objects.update_or_create(
            organization=organization, name=name, defaults={"rows": rows, "columns": columns})
    return table


# ---------------------------------------------------------------- runs

def start_run(app: App, user, rows: list[dict], *, test: bool = False, source: str = "") -> Run:
    """Stores the input as a Run and queues it for a worker. A real run needs a published
    app whose obligations are met (ValueError says what is missing)."""
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ValueError(_("The input must be a list of records."))
    if test:
        version = latest_version(app)
    else:
        blockers = run_blockers(app)
        if blockers:
            raise ValueError(" ".join(blockers))
        with activate(app.organization):
            version = app.versions.get(number=app.published_version)
    with activate(app.organization), transaction.atomic():
        run = Run.objects.create(organization=app.organization, app=app, version=version.number, test=test,
                                 input_rows=rows, started_by=user, status=RECEIVED,
                                 source=source[:120])

        def queue():
            from fornuft.apps.tasks import run_app

            run_app(run.organization_id, run.pk)

        transaction.on_commit(queue)
    return run


def retry_run(run: Run) -> Run:
    """Runs a failed run again from its stored input, counting the attempt."""
    with activate(run.organization):
        clear_failure(run)
        run.attempts += 1
        run.status = RECEIVED
        run.save(update_fields=["problems", "attempts", "status"])
        run.steps.all().delete()
    return execute_run(run)


def context_for(organization, app: App):
    """A RunContext with the organization's own registers and tables, nobody else's."""
    from fornuft.apps.context import RunContext

    with activate(organization):
        tables = {t.name: t.rows for t in AppTable.objects.all()}
        registers = {"suppliers": _suppliers(organization), "customers": tables.get("customers", []),
                     "products": tables.get("products", [])}
    context = RunContext(registers=registers, tables=tables)
    learned = actions.learned_examples(organization, app)
    if learned:
        from fornuft.apps.context import fit_classifier

        def classifier_with_corrections(config):
            """The builder's examples plus what people corrected in the review queue."""
            examples = {label: list(texts) for label, texts in (config.get("examples") or {}).items()}
            for label, texts in learned.get(context.node_id, {}).items():
                examples.setdefault(label, []).extend(texts)
            return fit_classifier(examples)

        context.classifier_factory = classifier_with_corrections
    return context


def _suppliers(organization) -> list[dict]:
    from fornuft.invoices.models import Supplier

    return [{"name": s.name, "org_number": s.org_number, "email_domain": s.email_domain,
             "cost_centre": s.cost_centre} for s in Supplier.objects.for_organization(organization)]


def execute_run(run: Run) -> Run:
    """Runs the stored input through the app's version (in a worker), keeps each block's
    output, logs each decision, and carries out the actions (not for test runs)."""
    from fornuft.apps.executor import AppInvalid, execute

    organization = run.organization
    with activate(organization):
        app = run.app
        definition = app.versions.get(number=run.version).definition
        Run.objects.filter(pk=run.pk).update(status=RUNNING)
    if run.source.startswith("document:"):
        from fornuft.apps.triggers import read_documents

        problem = read_documents(run)
        if problem:
            mark_failed(run, problem)
            return run
    context = context_for(organization, app)
    try:
        result = execute(definition, run.input_rows, context)
    except AppInvalid as error:
        mark_failed(run, str(error))
        return run
    with activate(organization), transaction.atomic():
        failed_node = result.failed_node
        per_node: dict[str, list] = {}
        for index, row in enumerate(result.outputs):
            for key, value in row.items():
                node, _sep, port = key.rpartition(".")
                bucket = per_node.setdefault(node, [])
                while len(bucket) <= index:
                    bucket.append({})
                bucket[index][port] = value
        RunStep.objects.bulk_create([
            RunStep(organization=organization, run=run, node=s["node"], block=s["block"], rows=s["rows"],
                    seconds=s["seconds"], outputs=per_node.get(s["node"], []), failed=s["node"] == failed_node)
            for s in result.steps])
        run.result = {k: v for k, v in result.as_dict().items() if k not in ("outputs", "steps")}
        run.rows_done = result.rows
        run.finished_at = timezone.now()
        run.status = DONE if result.status == "done" else FAILED
        run.save(update_fields=["result", "rows_done", "finished_at", "status"])
        if not run.test and app.system is not None:
            _log_decisions(run, app, result)
            if result.status == "done":
                actions.carry_out(run, app, definition, run.result["actions"])
                run.save(update_fields=["result"])
    if result.status != "done":
        mark_failed(run, result.reason)
    return run


def _log_decisions(run: Run, app: App, result) -> None:
    from fornuft.governance.decisions import record_decision

    for decision in result.decisions[:5000]:
        record_decision(app.organization, app.system, subject=run, output={
            "node": decision["node"], "row": decision["row"], "output": decision["output"]},
            confidence=decision["confidence"], explanation={"text": decision["explanation"]},
            model_version=str(run.version))


# Kept here for callers of the services: what actions do lives in actions.py.
call_webhook = actions.call_webhook
webhook_allowed = actions.webhook_allowed


def get_run(organization, run_id: int) -> Run:
    with activate(organization):
        return Run.objects.select_related("app").get(pk=run_id)


def list_runs(app: App) -> list[Run]:
    with activate(app.organization):
        return list(app.runs.all()[:50])


def app_figures(app: App) -> dict:
    """Runs, rows, outcomes and time saved of one app (its page)."""
    with activate(app.organization):
        runs = list(app.runs.filter(test=False).values("status", "rows_done"))
    rows = sum(r["rows_done"] for r in runs if r["status"] == DONE)
    return {"runs": len(runs), "done": sum(r["status"] == DONE for r in runs),
            "failed": sum(r["status"] == FAILED for r in runs), "rows": rows,
            "minutes_saved": round(rows * app.minutes_saved_per_run_row, 1)}


def organization_figures(organization, since=None, until=None) -> list[dict]:
    """Per app, for adoption's ROI: runs, rows, outcomes and minutes saved (finished rows ×
    the app's minutes saved per row), also per month ("2026-12") of the run's finish,
    between the dates `since` and `until` (inclusive)."""
    from collections import defaultdict

    with activate(organization):
        runs = Run.objects.filter(test=False)
        if since is not None:
            runs = runs.filter(created_at__date__gte=since)
        if until is not None:
            runs = runs.filter(created_at__date__lte=until)
        apps = {a.pk: a for a in App.objects.all()}
        found: dict[int, dict] = {}
        for run in runs.values("app_id", "status", "rows_done", "created_at", "finished_at"):
            app = apps[run["app_id"]]
            entry = found.setdefault(app.pk, {
                "app": app.name, "app_id": app.pk, "system_key": f"apps.{app.pk}", "runs": 0, "done": 0, "failed": 0,
                "rows": 0, "minutes_saved": 0.0, "months": defaultdict(float)})
            entry["runs"] += 1
            entry["failed"] += run["status"] == FAILED
            if run["status"] == DONE:
                minutes = run["rows_done"] * app.minutes_saved_per_run_row
                entry["done"] += 1
                entry["rows"] += run["rows_done"]
                entry["minutes_saved"] += minutes
                when = timezone.localtime(run["finished_at"] or run["created_at"])
                entry["months"][f"{when.year:04d}-{when.month:02d}"] += minutes
    return sorted(({**e, "months": dict(e["months"]), "minutes_saved": round(e["minutes_saved"], 1)}
                   for e in found.values()), key=lambda e: -e["minutes_saved"])
