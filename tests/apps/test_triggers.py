"""What starts a published app without a person (a sorted mail, a schedule, a webhook, an
uploaded document) and what its actions do: route, tag, tasks, drafts and approvals in the
review queue that finish the run, corrections that teach the classify block."""

import json

import pytest
from django.core import mail as outbox
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from fornuft.apps import services, starters, triggers
from fornuft.apps.models import AppTag, AppTask, Run
from fornuft.core.tenancy import activate
from fornuft.governance.models import AISystem, ObligationState, ReviewTask
from fornuft.governance.obligations import for_class, set_state
from fornuft.governance.review import resolve_review
from fornuft.governance.training_data import examples
from fornuft.testing import factories

from ..mail.conftest import make_eml
from .test_apps import NO_TO_ALL, ROWS


def published(org, user, definition, **answers):
    app = services.create_app(org, user, definition=definition)
    app.purpose = app.purpose or "Testing what starts an app."
    app.save()
    return services.publish(app, user, {**NO_TO_ALL, **answers})


def open_review(org, app, **output):
    """The one open review task of the app whose decision output has these values."""
    found = [t for t in ReviewTask.objects.for_organization(org).filter(system=app.system, status="open")
             .select_related("decision", "system") if all(t.decision.output.get(k) == v for k, v in output.items())]
    assert len(found) == 1, found
    return found[0]


LEAD_MAIL = make_eml(
    subject="Forespørsel om tilbud på nytt kontorbygg", sender="Per Kjøper <per@byggmester.no>",
    body="Hei, vi ønsker et tilbud på rådgivning for et nytt kontorbygg. Hva er prisen deres?\n"
         "Firma: Byggmester Hansen AS\nBudsjett: 600 000 kr\nBehov: rådgivning for nytt kontorbygg\n"
         "E-post: per@byggmester.no\n", message_id="<lead-1@byggmester.no>")


def test_a_mail_sorted_into_the_category_starts_the_app_and_its_actions_are_carried_out(org, champion, worker):
    from fornuft.mail import intake
    from fornuft.mail.models import Message

    seller = factories.user(org, role="employee", username="selger")
    definition = starters.template("lead_qualification")
    next(n for n in definition["nodes"] if n["id"] == "route")["config"]["queue"] = "selger"
    app = published(org, champion, definition)
    # The mail model decides on its own (no person checks the category) in this test.
    AISystem.objects.for_organization(org).filter(key="mail.classifier").update(confidence_threshold=0.0)

    message = worker(intake.ingest, org, LEAD_MAIL, source="lead.eml").message
    assert message.category == "sales_inquiry" and message.status == "routed"
    run = Run.objects.for_organization(org).get(app=app)
    assert (run.source, run.status, run.test) == (f"mail:{message.pk}", "done", False)
    assert run.input_rows[0]["from"] == "per@byggmester.no"
    outcomes = {a["kind"]: a["outcome"] for a in run.result["actions"]}
    assert outcomes == {"route": "mail routed to person:selger", "draft_mail": "in the review queue"}
    with activate(org):
        assert Message.objects.get(pk=message.pk).assignee == seller

    # The reply is sent when a person approves the draft in the shared review queue.
    draft = open_review(org, app, action="draft_mail")
    assert draft.decision.output["to"] == "per@byggmester.no"
    resolve_review(draft, champion)
    assert [m.to for m in outbox.outbox] == [["per@byggmester.no"]]
    assert "Byggmester Hansen AS" in outbox.outbox[0].subject
    run.refresh_from_db()
    assert {a["kind"]: a["outcome"] for a in run.result["actions"]}["draft_mail"] == "sent to per@byggmester.no"

    # Processing the same mail again does not start the app twice; other categories do not start it.
    worker(intake.reprocess, message)
    other = worker(intake.ingest, org, make_eml(subject="Nyhetsbrev desember", body="Les våre nyheter og tilbud.",
                                                message_id="<news@x.no>"), source="n.eml").message
    assert other.category != "sales_inquiry"
    assert Run.objects.for_organization(org).filter(app=app).count() == 1


def test_a_mail_waiting_for_a_person_starts_the_app_when_the_person_settles_its_category(org, champion, worker):
    from fornuft.mail import intake

    app = published(org, champion, starters.template("lead_qualification"))
    # A person checks every category here (human in the loop).
    AISystem.objects.for_organization(org).filter(key="mail.classifier").update(oversight_mode="in_the_loop")
    message = worker(intake.ingest, org, LEAD_MAIL, source="lead.eml").message
    assert message.status == "review" and not Run.objects.for_organization(org).filter(app=app).exists()
    task = ReviewTask.objects.for_organization(org).get(system__key="mail.classifier", status="open")
    worker(resolve_review, task, factories.user(org, role="admin"))   # the person agrees: sales inquiry
    run = Run.objects.for_organization(org).get(app=app)
    assert (run.source, run.status) == (f"mail:{message.pk}", "done")


def test_a_schedule_runs_over_its_table_once_per_period_and_makes_tasks(org, champion, worker):
    definition = starters.template("supplier_evaluation")
    definition["nodes"][0]["config"] = {"every": "quarter", "table": "leverandortall"}
    app = published(org, champion, definition)
    from datetime import date

    missing = worker(triggers.run_due_schedules, org, date(2026, 12, 7))
    assert [(r.status, r.source) for r in missing] == [("failed", "schedule:2026-Q4")]
    assert "leverandortall" in missing[0].failure_reason and "not been uploaded" in missing[0].failure_reason

    csv = "supplier;deliveries;on_time;invoice_deviations;complaints\n" + "\n".join(
        ";".join(str(r[k]) for k in ("supplier", "deliveries", "on_time", "invoice_deviations", "complaints"))
        for r in ROWS)
    services.upload_table(org, "leverandortall", csv.encode())
    started = worker(triggers.run_due_schedules, org, date(2027, 1, 4))
    for run in started:
        run.refresh_from_db()
    assert [(r.status, r.source, r.rows_done) for r in started] == [("done", "schedule:2027-Q1", 2)]
    assert worker(triggers.run_due_schedules, org, date(2027, 3, 31)) == []   # once per quarter
    task = AppTask.objects.for_organization(org).get(app=app)
    assert (task.title, task.assignee) == ("Follow up supplier Treg AS (score 5.7)", "Purchasing")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org))
    assert "Follow up supplier Treg AS" in client.get(f"/apps/{app.pk}/").content.decode()
    client.post(f"/apps/tasks/{task.pk}/done")
    task.refresh_from_db()
    assert task.done


def webhook_app(org, champion):
    definition = {"format": 1, "name": "Kundehenvendelser", "purpose": "Store enquiries from the web form.",
                  "nodes": [{"id": "hook", "block": "trigger.webhook", "config": {}},
                            {"id": "save", "block": "action.write_row", "config": {"table": "henvendelser"}}],
                  "edges": [{"from": "hook.record", "to": "save.record"}]}
    return published(org, champion, definition)


def test_a_webhook_starts_the_app_only_with_its_token(org, champion, worker):
    app = webhook_app(org, champion)
    client = Client(enforce_csrf_checks=True)   # no session: the token is what lets it in
    url = f"/apps/{app.pk}/hook"
    body = json.dumps({"name": "Ola", "text": "Ring meg"})
    assert client.post(url, body, content_type="application/json").status_code == 401
    assert client.post(url, body, content_type="application/json",
                       HTTP_AUTHORIZATION="Bearer wrong").status_code == 403   # no token made yet

    token = triggers.new_webhook_token(app)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert client.post(url, body, content_type="application/json", HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    accepted = worker(client.post, url, body, content_type="application/json", **auth)
    assert accepted.status_code == 202
    run = Run.objects.for_organization(org).get(pk=accepted.json()["run"])
    assert (run.source, run.status) == ("webhook", "done")
    with activate(org):
        assert services.context_for(org, app).tables["henvendelser"] == [{"name": "Ola", "text": "Ring meg"}]

    too_large = client.post(url, json.dumps({"text": "x" * (triggers.MAX_WEBHOOK_BYTES + 1)}),
                            content_type="application/json", **auth)
    assert too_large.status_code == 413 and "KB" in too_large.json()["error"]
    not_json = client.post(url, "name=Ola", content_type="text/plain", **auth)
    assert not_json.status_code == 400 and "not JSON" in not_json.json()["error"]
    assert client.post(url, "[1, 2]", content_type="application/json", **auth).status_code == 400
    assert client.get(url, **auth).status_code == 405
    # The token opens this app only.
    second = webhook_app(org, champion)
    assert client.post(f"/apps/{second.pk}/hook", body, content_type="application/json", **auth).status_code == 403


def test_an_uploaded_document_runs_the_app_the_approval_finishes_it_and_corrections_teach_it(org, champion,
                                                                                           worker):
    app = published(org, champion, starters.template("job_screening"), h_employment=True, h_exception=False)
    for obligation in for_class("high"):
        set_state(app.system, obligation.key, ObligationState.DONE, champion)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(champion)
    assert 'id="document-form"' in client.get(f"/apps/{app.pk}/").content.decode()
    letter = "Søknad: jeg har jobbet i butikk i mange år og liker kundeservice og salg.".encode()
    ran = worker(client.post, f"/apps/{app.pk}/document", {"file": SimpleUploadedFile("soknad.txt", letter)})
    assert ran.status_code == 302
    run = Run.objects.for_organization(org).get(app=app)
    assert run.status == "done" and run.source.startswith("document:") and "butikk" in run.input_rows[0]["text"]
    tag = next(a for a in run.result["actions"] if a["kind"] == "tag")
    assert tag["outcome"] == "waiting for approval" and not AppTag.objects.for_organization(org).exists()
    assert "waiting for approval" in client.get(ran["Location"]).content.decode()

    # High risk: the category and the approval wait for a person. Approving carries out the tag.
    approval = open_review(org, app, action="approval")
    resolve_review(approval, champion)
    tag_row = AppTag.objects.for_organization(org).get()
    assert (tag_row.subject, tag_row.tag) == (run.source, "not relevant")
    page = client.get(ran["Location"]).content.decode()
    assert f"tagged {run.source}" in page and "waiting for approval" not in page

    # The person corrects the category: the text becomes a training example of the classify block.
    category = open_review(org, app, node="fit")
    resolve_review(category, champion, correction={"output": "relevant"})
    learned = list(examples(org, f"apps.{app.pk}"))
    assert [(e.label, e.fields["node"]) for e in learned] == [("relevant", "fit")]
    assert "butikk" in learned[0].text
    from fornuft.apps.actions import learned_examples

    assert learned_examples(org, app) == {"fit": {"relevant": [learned[0].text]}}

    refused = client.post(f"/apps/{app.pk}/document", {"file": SimpleUploadedFile("x.bin", b"\x00\x01\x02")})
    assert refused.status_code == 400 and "not a kind Fornuft reads" in refused.content.decode()


def test_a_refused_approval_drops_the_actions_behind_it(org, champion, worker):
    app = published(org, champion, starters.template("job_screening"), h_employment=True, h_exception=False)
    for obligation in for_class("high"):
        set_state(app.system, obligation.key, ObligationState.DONE, champion)
    run = worker(services.start_run, app, champion, [{"text": "Elektriker med fagbrev"}])
    approval = open_review(org, app, action="approval")
    resolve_review(approval, champion, correction={"approved": "false"})
    run.refresh_from_db()
    assert not AppTag.objects.for_organization(org).exists()
    assert run.result["answered"][0]["approved"] is False
    assert run.result["answered"][0]["actions"][0]["outcome"] == "not carried out: the approval was refused"


def test_webhook_hosts_are_allowed_per_organization_within_the_installations_list(org, settings):
    from fornuft.apps.actions import webhook_allowed

    other = factories.organization()
    admin = factories.user(org, role="admin")
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org, role="employee"))
    assert client.get("/apps/settings/").status_code == 403
    client.force_login(admin)
    assert client.post("/apps/settings/", {"webhook_hosts": "hooks.example.no\nhttps://bad/"}).status_code == 400
    assert client.post("/apps/settings/", {"webhook_hosts": "hooks.example.no\nCRM.example.no"}).status_code == 302

    settings.FORNUFT_APPS_WEBHOOK_HOSTS = ["hooks.example.no"]
    assert webhook_allowed("https://hooks.example.no/x", org) is None
    assert webhook_allowed("https://crm.example.no/x", org) == "crm.example.no is not on the allow list"
    assert webhook_allowed("https://hooks.example.no/x", other) == "hooks.example.no is not on the allow list"
    settings.FORNUFT_APPS_WEBHOOK_HOSTS = ["*"]
    assert webhook_allowed("https://crm.example.no/x", org) is None
    page = client.get("/apps/settings/").content.decode()
    assert "crm.example.no" in page and "hooks.example.no" in page


def test_run_inputs_are_found_exported_and_erased_for_a_data_subject(org, champion, worker):
    from fornuft.apps.personal_data import PROVIDERS
    from fornuft.governance.privacy.providers import SubjectQuery

    app = webhook_app(org, champion)
    run = worker(services.start_run, app, champion, [{"name": "Søren Ødegård", "email": "soren@kunde.no"}])
    provider = PROVIDERS[0]
    with activate(org):
        hits = provider.search(org, SubjectQuery(name="Søren Ødegård"))
        assert [h.record_id for h in hits] == [str(run.pk)]
        assert [h.record_id for h in provider.search(org, SubjectQuery(email="soren@kunde.no"))] == [str(run.pk)]
        assert provider.export(org, hits[0]).data["input_rows"] == [{"name": "Søren Ødegård",
                                                                     "email": "soren@kunde.no"}]
        assert provider.erase(org, hits[0]) == "deleted"
        assert not Run.objects.filter(pk=run.pk).exists()
        assert provider.search(org, SubjectQuery(email="soren@kunde.no")) == []
    # Retention: runs older than the cut-off go, newer ones stay.
    from datetime import timedelta

    from django.utils import timezone

    kept = worker(services.start_run, app, champion, [{"name": "Ny kunde"}])
    old = worker(services.start_run, app, champion, [{"name": "Gammel kunde"}])
    with activate(org):
        Run.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=400))
        cutoff = timezone.now() - timedelta(days=provider.default_keep_days)
        assert provider.purge(org, cutoff, dry_run=True) == 1
        assert provider.purge(org, cutoff) == 1
        assert list(Run.objects.values_list("pk", flat=True)) == [kept.pk]


def test_the_time_an_app_saves_counts_in_adoptions_roi(org, champion, worker):
    from fornuft.adoption import kpis

    app = webhook_app(org, champion)
    app.minutes_saved_per_run_row = 6
    app.save()
    worker(services.start_run, app, champion, [{"name": f"kunde {n}"} for n in range(10)])
    board = kpis.dashboard(org)
    [row] = board.apps
    assert (row["app"], row["runs"], row["rows"], row["hours_saved"]) == (app.name, 1, 10, 1.0)
    assert row["cost_saved"] == 750 and not row["counted_by_pilot"]   # the default hourly cost
    assert board.totals.hours_saved == pytest.approx(1.0) and sum(board.savings_per_month) == 750
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org, role="manager"))
    page = client.get("/adoption/").content.decode()
    assert 'id="roi-apps"' in page and app.name in page


def test_builders_make_the_webhook_token_on_the_page_or_the_api(org, champion, worker):
    import re

    app = webhook_app(org, champion)
    employee = Client(HTTP_ACCEPT_LANGUAGE="en")
    employee.force_login(factories.user(org, role="employee"))
    assert employee.post(f"/apps/{app.pk}/hook/token").status_code == 302   # refused: back to the app
    app.refresh_from_db()
    assert not app.webhook_token_hash
    builder = Client(HTTP_ACCEPT_LANGUAGE="en")
    builder.force_login(champion)
    detail = builder.get(f"/apps/{app.pk}/").content.decode()
    assert "no token yet" in detail and 'id="new-token"' in detail
    page = builder.post(f"/apps/{app.pk}/hook/token").content.decode()
    token = re.search(r'id="webhook-token">([^<]+)<', page).group(1)
    answer = worker(Client().post, f"/apps/{app.pk}/hook", {"text": "fra skjema"}, content_type="application/json",
                    HTTP_AUTHORIZATION=f"Bearer {token}")
    assert answer.status_code == 202
    made = builder.post(f"/api/v1/apps/apps/{app.pk}/webhook-token")
    assert made.status_code == 201 and made.json()["url"].endswith(f"/apps/{app.pk}/hook")
    old = Client().post(f"/apps/{app.pk}/hook", {"text": "x"}, content_type="application/json",
                        HTTP_AUTHORIZATION=f"Bearer {token}")
    assert old.status_code == 403   # the new token replaced the old one
    assert builder.get("/api/v1/apps/tasks").json() == []
