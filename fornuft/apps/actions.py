"""Carrying out what a real run's action blocks asked for, and finishing it when a person
resolves a review.

- tag:        an AppTag on what started the run (the mail, the document) or on the row;
- route:      a mail is moved to the named team queue or person (mail's own service);
              any other record becomes a task for that queue or person;
- task:       an AppTask for a person or queue;
- write_row:  a row in one of the organization's app tables;
- webhook:    a POST to a host on the organization's allow list (see `webhook_allowed`);
- draft_mail: a draft in the shared review queue, sent when a person approves it;
- approval:   a question in the shared review queue. The actions wired after the approval
              block wait on the run (`result["waiting"]`) and are carried out when a person
              approves, dropped when the person says no.

A person's correction of a classify block's category becomes a training example (the
governance store) that the block learns from in the app's next runs.
Each action's `outcome` is kept on the run, so the run page says what happened.
"""

from __future__ import annotations

import json
import logging

from django.core.mail import send_mail

from fornuft.apps import graph
from fornuft.apps.models import App, AppSettings, AppTable, AppTag, AppTask, Run
from fornuft.core.tenancy import activate

logger = logging.getLogger(__name__)

WEBHOOK_TIMEOUT = 5.0
YES = {"true", "yes", "ja", "1", "on"}


def carry_out(run: Run, app: App, definition: dict, actions: list[dict]) -> None:
    """Carries out a finished run's actions (in the run's transaction); the ones behind an
    approval wait for the person's answer."""
    waiting_nodes: dict[tuple[int, str], str] = {}   # (row, node) -> the approval node it waits for
    for action in actions:
        if action["kind"] == "approval":
            for node in graph.downstream(definition, action["node"]):
                waiting_nodes.setdefault((action["row"], node), action["node"])
    waiting: dict[str, list] = {}
    approvals: dict[tuple[int, str], str] = {}
    for action in actions:
        behind = waiting_nodes.get((action["row"], action["node"]))
        if behind is not None:
            action["outcome"] = "waiting for approval"
            waiting.setdefault(f"{action['row']}:{behind}", []).append(action)
            continue
        key = _do(run, app, action)
        if action["kind"] == "approval":
            approvals[(action["row"], action["node"])] = key
    run.result["waiting"] = {approvals.get(tuple_key(k), k): v for k, v in waiting.items()}


def tuple_key(key: str) -> tuple[int, str]:
    row, _sep, node = key.partition(":")
    return int(row), node


def _do(run: Run, app: App, action: dict) -> str:
    """Carries out one action; returns the review decision's seq for approvals and drafts."""
    kind = action["kind"]
    organization = app.organization
    record = action.get("record") or {}
    if kind == "write_row":
        table, _created = AppTable.objects.get_or_create(organization=organization, name=action["table"])
        table.rows = [*table.rows, record][-50_000:]
        table.columns = list(dict.fromkeys([*table.columns, *record.keys()]))
        table.save(update_fields=["rows", "columns", "updated_at"])
        action["outcome"] = f"row written to {table.name}"
    elif kind == "webhook":
        action["outcome"] = call_webhook(action.get("url") or "", record, organization)
    elif kind == "tag":
        subject = _subject(run, action)
        AppTag.objects.create(organization=organization, app=app, run=run, row=action["row"], subject=subject,
                              tag=str(action.get("tag") or "")[:100])
        action["outcome"] = f"tagged {subject}"
    elif kind == "route":
        action["outcome"] = _route(run, app, action)
    elif kind == "task":
        AppTask.objects.create(organization=organization, app=app, run=run, row=action["row"],
                               title=str(action.get("title") or "")[:300] or app.name,
                               assignee=str(action.get("assignee") or "")[:200], record=_small(record))
        action["outcome"] = "task created"
    elif kind in ("approval", "draft_mail"):
        return _to_review(run, app, action)
    return ""


def _subject(run: Run, action: dict) -> str:
    if run.source.startswith(("mail:", "document:")):
        return run.source
    return f"run:{run.pk}:{action['row']}"


def _small(record: dict) -> dict:
    text = json.dumps(record, default=str)
    return record if len(text) <= 20_000 else {"note": "record too large to keep on the task"}


def _route(run: Run, app: App, action: dict) -> str:
    target = str(action.get("queue") or "").strip()
    if run.source.startswith("mail:"):
        try:
            from fornuft.mail.services import MailActionError, route_message_to
        except ImportError:  # mail not installed: the record becomes a task below
            pass
        else:
            try:
                return "mail routed to " + route_message_to(app.organization, int(run.source[5:]), target)
            except (MailActionError, ValueError) as error:
                return f"failed: {error}"
            except Exception as error:  # the message was deleted meanwhile
                return f"failed: {type(error).__name__}"
    AppTask.objects.create(organization=app.organization, app=app, run=run, row=action["row"],
                           title=f"{app.name}: {target}"[:300], assignee=target[:200],
                           record=_small(action.get("record") or {}))
    return f"task for {target}"


def _to_review(run: Run, app: App, action: dict) -> str:
    from fornuft.governance.decisions import record_decision

    output = {"node": action["node"], "row": action["row"], "action": action["kind"]}
    if action["kind"] == "approval":
        output.update(question=str(action.get("question") or ""), approved=True)
    else:
        output.update({k: str(action.get(k) or "") for k in ("to", "subject", "body")}, send=True)
    # Confidence 0 sends it to a person: nothing takes effect until it is approved.
    decision = record_decision(app.organization, app.system, subject=run, output=output, confidence=0.0,
                               explanation={"text": "Waiting for a person's approval."},
                               model_version=str(run.version))
    action["outcome"] = "in the review queue"
    return str(decision.seq)


# ---------------------------------------------------------------- a person's answer

def on_review_resolved(organization, task, correction, user) -> None:
    """Platform event "review.resolved": finishes what an app's review task held back, and
    keeps a corrected category as a training example."""
    key = task.system.key
    if not key.startswith("apps.") or task.decision.subject_type != "apps.run":
        return
    decision = task.decision
    output = decision.output if isinstance(decision.output, dict) else {}
    final = {**output, **(correction or {})}
    with activate(organization):
        run = Run.objects.select_related("app").filter(pk=decision.subject_id).first()
        if run is None or f"apps.{run.app_id}" != key:
            return
        app = run.app
        if output.get("action") == "approval":
            _answer_approval(run, app, str(decision.seq), _yes(final.get("approved")), user)
        elif output.get("action") == "draft_mail":
            _answer_draft(run, final, _yes(final.get("send")))
        elif correction and "output" in correction and correction["output"] != output.get("output"):
            learn_from_correction(run, app, output, str(correction["output"]), user)


def _yes(value) -> bool:
    return value is True or str(value).strip().lower() in YES


def _answer_approval(run: Run, app: App, seq: str, approved: bool, user) -> None:
    waiting = dict(run.result.get("waiting") or {})
    held = waiting.pop(seq, [])
    for action in held:
        if approved:
            action.pop("outcome", None)
            _do(run, app, action)
        else:
            action["outcome"] = "not carried out: the approval was refused"
    for action in held:
        _set_outcome(run, action, action.get("outcome", ""))
    answered = run.result.get("answered") or []
    answered.append({"decision": seq, "approved": approved, "by": getattr(user, "username", ""),
                     "actions": held})
    run.result = {**run.result, "waiting": waiting, "answered": answered}
    run.save(update_fields=["result"])


def _answer_draft(run: Run, final: dict, send: bool) -> None:
    outcome = "not sent: the person declined"
    if send:
        if not final.get("to") or "@" not in str(final["to"]):
            outcome = "not sent: no address to send to"
        else:
            send_mail(str(final.get("subject") or "")[:500], str(final.get("body") or ""), None, [str(final["to"])])
            outcome = f"sent to {final['to']}"
    _set_outcome(run, {"row": final.get("row"), "node": final.get("node"), "kind": "draft_mail"}, outcome)
    sent = run.result.get("mails") or []
    sent.append({"row": final.get("row"), "node": final.get("node"), "outcome": outcome})
    run.result = {**run.result, "mails": sent}
    run.save(update_fields=["result"])


def _set_outcome(run: Run, action: dict, outcome: str) -> None:
    """Writes what finally happened onto the run's list of actions (what its page shows)."""
    for listed in run.result.get("actions") or []:
        if (listed.get("row"), listed.get("node"), listed.get("kind")) == (
                action.get("row"), action.get("node"), action.get("kind")):
            listed["outcome"] = outcome


def classify_input(run: Run, app: App, node: str, row: int) -> str:
    """The text the classify block `node` read on `row` of the run, worked out again from the
    stored input (the decision log holds no input text)."""
    from fornuft.apps.context import Limits
    from fornuft.apps.executor import execute
    from fornuft.apps.services import context_for

    definition = app.versions.get(number=run.version).definition
    source = next((e["from"] for e in definition.get("edges", []) if e.get("to") == f"{node}.text"), None)
    if source is None or not 1 <= row <= len(run.input_rows):
        return ""
    context = context_for(app.organization, app)
    context.limits = Limits(max_output_chars=2_000_000)
    result = execute(definition, [run.input_rows[row - 1]], context, keep=1)
    return str((result.outputs[0] if result.outputs else {}).get(source) or "")


def learn_from_correction(run: Run, app: App, output: dict, label: str, user) -> None:
    from fornuft.governance.training_data import ExampleSource, add_example

    node, row = str(output.get("node") or ""), int(output.get("row") or 0)
    text = classify_input(run, app, node, row)
    if text.strip():
        add_example(app.organization, f"apps.{app.pk}", source=ExampleSource.REVIEW, subject=run, text=text,
                    label=label, fields={"node": node, "row": row}, user=user)


def learned_examples(organization, app: App) -> dict[str, dict[str, list[str]]]:
    """People's corrections of the app's classify blocks: {node: {category: [texts]}}."""
    from fornuft.governance.training_data import examples

    found: dict[str, dict[str, list[str]]] = {}
    with activate(organization):
        for example in examples(organization, f"apps.{app.pk}")[:5000]:
            node = (example.fields or {}).get("node")
            if node and example.text and example.label:
                found.setdefault(node, {}).setdefault(example.label, []).append(example.text)
    return found


# ---------------------------------------------------------------- webhooks out

def allowed_hosts(organization) -> set[str] | None:
    """The hosts the organization's apps may call: its own list, within the installation's
    FORNUFT_APPS_WEBHOOK_HOSTS ("*" there leaves the organization's list as it is). Without an
    organization (the CLI), the installation's list."""
    from django.conf import settings

    installation = {h.lower() for h in getattr(settings, "FORNUFT_APPS_WEBHOOK_HOSTS", ())}
    if organization is None:
        return installation - {"*"}
    with activate(organization):
        own = AppSettings.objects.filter().first()
    hosts = set(own.hosts()) if own else set()
    return hosts if "*" in installation else hosts & installation


def webhook_allowed(url: str, organization=None) -> str | None:
    """Why a webhook address is refused, or None: https (or http to localhost) to a host on
    the allow list (`allowed_hosts`; empty allows none)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return "not an http(s) address"
    if parts.scheme == "http" and parts.hostname not in ("localhost", "127.0.0.1"):
        return "plain http is only allowed to this machine"
    if parts.hostname.lower() not in allowed_hosts(organization):
        return f"{parts.hostname} is not on the allow list"
    return None


def call_webhook(url: str, record: dict, organization=None) -> str:
    """Posts the record as JSON with a timeout; returns what happened (never raises)."""
    import urllib.error
    import urllib.request

    refusal = webhook_allowed(url, organization)
    if refusal:
        return f"refused: {refusal}"
    request = urllib.request.Request(url, data=json.dumps(record, default=str).encode(),  # noqa: S310 - checked
                                     method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=WEBHOOK_TIMEOUT) as response:  # noqa: S310 - allow-listed
            return f"sent: {response.status}"
    except (urllib.error.URLError, OSError, ValueError) as error:
        return f"failed: {error}"
