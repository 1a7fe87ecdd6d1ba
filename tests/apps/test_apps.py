"""No-code apps with Django: versions, publishing through the AI Act questionnaire, runs
in the worker, the review queue, tenancy, pages, API, CLI and demo."""

import json

import pytest
from click.testing import CliRunner
from django.test import Client

from fornuft.apps import services
from fornuft.apps.demo import load
from fornuft.apps.models import App, Run
from fornuft.cli import cli
from fornuft.governance.models import AISystem, Decision, ObligationState, ReviewTask
from fornuft.governance.obligations import for_class, set_state
from fornuft.testing import factories

from .conftest import trained

NO_TO_ALL = {q: False for q in [
    "p_manipulation", "p_vulnerability", "p_social_scoring", "p_crime_prediction", "p_face_scraping",
    "p_emotion_work", "p_biometric_categorisation", "p_realtime_biometric", "h_product_safety", "h_biometrics",
    "h_infrastructure", "h_education", "h_employment", "h_essential_services", "h_public_authority",
    "t_interaction", "t_synthetic", "t_emotion", "t_deepfake"]}
ROWS = [{"supplier": "God Levering AS", "deliveries": 10, "on_time": 10, "invoice_deviations": 0, "complaints": 0},
        {"supplier": "Treg AS", "deliveries": 10, "on_time": 3, "invoice_deviations": 4, "complaints": 4}]


@pytest.fixture(autouse=True)
def worker(django_capture_on_commit_callbacks):
    """Runs the queued worker task as the transaction would commit (huey runs it at once in tests)."""
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)
    return run


def supplier_app(org, user):
    return services.create_app(org, user, template="supplier_evaluation")


def test_only_superusers_and_champions_may_build(org, champion):
    with pytest.raises(PermissionError, match="AI literacy"):
        services.create_app(org, trained(org, level=1), "Mine")
    with pytest.raises(PermissionError):
        services.create_app(org, factories.user(org), "Mine")
    assert services.create_app(org, trained(org, level=2), "Mine").name == "Mine"


def test_versions_diff_export_and_import(org, champion):
    app = supplier_app(org, champion)
    definition = services.export_app(app)
    definition["nodes"][4]["config"]["threshold"] = 40
    version, problems = services.save_version(app, champion, definition, "Stricter")
    assert (version.number, problems) == (2, [])
    assert services.save_version(app, champion, definition)[0].number == 2  # nothing changed, no new version
    changes = services.diff_versions(app, 1, 2)
    assert {"change": "setting", "node": "weak", "setting": "threshold", "before": 50, "after": 40} in changes
    copy = services.import_app(org, champion, services.export_app(app))
    assert services.latest_version(copy).definition["nodes"][4]["config"]["threshold"] == 40
    with pytest.raises(ValueError, match="newer version of Fornuft"):
        services.import_app(org, champion, {**definition, "format": 99})


def test_a_draft_cannot_run_on_real_data_but_can_be_test_run(org, champion, worker):
    app = supplier_app(org, champion)
    with pytest.raises(ValueError, match="Publish the app"):
        worker(services.start_run, app, champion, ROWS)
    run = worker(services.start_run, app, champion, ROWS, test=True)   # the worker runs it at once in tests
    run.refresh_from_db()
    assert run.status == "done" and run.rows_done == 2
    steps = {s.node: s for s in run.steps.all()}
    assert steps["score"].outputs[1]["score"] < 30 and steps["weak"].outputs[1]["label"] == "follow up"
    assert not Decision.objects.for_organization(org).exists()  # a test run decides nothing


def test_publishing_registers_classifies_and_logs_every_decision(org, champion, worker):
    app = supplier_app(org, champion)
    app.purpose = "Compare suppliers each quarter."
    app.save()
    with pytest.raises(ValueError, match="Answer the question"):
        services.publish(app, champion, {})
    services.publish(app, champion, NO_TO_ALL)
    app.refresh_from_db()
    system = AISystem.objects.for_organization(org).get(pk=app.system_id)
    assert (system.risk_class, system.model_version, system.purpose) == ("minimal", "1", app.purpose)
    assert system.owner and system.next_review is not None
    run = worker(services.start_run, app, champion, ROWS)
    run.refresh_from_db()
    assert run.status == "done"
    decisions = list(run.decisions())
    assert len(decisions) == 4 and {d.system_key for d in decisions} == {f"apps.{app.pk}"}
    figures = services.app_figures(app)
    assert figures["runs"] == 1 and figures["rows"] == 2 and figures["minutes_saved"] == 4.0


def test_job_screening_is_high_risk_and_cannot_run_until_obligations_are_met(org, champion, worker):
    app = services.create_app(org, champion, template="job_screening")
    definition = services.latest_version(app).definition
    assert services.suggested_answers(definition) == {"h_employment": True}
    answers = {**NO_TO_ALL, "h_employment": True, "h_exception": False}
    services.publish(app, champion, answers)
    app.refresh_from_db()
    assert app.system.risk_class == "high"
    with pytest.raises(ValueError, match="high risk"):
        worker(services.start_run, app, champion, [{"text": "Elektriker med fagbrev"}])
    for obligation in for_class("high"):
        set_state(app.system, obligation.key, ObligationState.DONE, champion)
    run = worker(services.start_run, app, champion, [{"text": "Elektriker med fagbrev og 6 års erfaring."}])
    run.refresh_from_db()
    assert run.status == "done"
    # High risk: every decision and the approval wait for a person in the shared review queue.
    tasks = ReviewTask.objects.for_organization(org).filter(system=app.system)
    assert tasks.count() == len(run.decisions()) >= 2


def test_a_prohibited_app_never_runs(org, champion, worker):
    app = supplier_app(org, champion)
    app.purpose = "x"
    app.save()
    services.publish(app, champion, {"p_social_scoring": True, "p_manipulation": False, "p_vulnerability": False})
    with pytest.raises(ValueError, match="prohibited"):
        worker(services.start_run, app, champion, ROWS)


def test_a_failing_block_fails_the_run_with_its_reason_and_it_can_be_retried(org, champion, worker):
    app = supplier_app(org, champion)
    definition = services.export_app(app)
    definition["nodes"][1]["config"]["expression"] = "on_time / deliveries * 100"
    services.save_version(app, champion, definition)
    run = worker(services.start_run, app, champion, [{**ROWS[0], "deliveries": 0}], test=True)
    run.refresh_from_db()
    assert run.status == "failed"
    assert "Block 'on_time' (Formula) failed on row 1: Division by zero." in run.failure_reason
    assert run.steps.get(node="on_time").failed
    run.input_rows = [ROWS[0]]   # the stored input fixed by hand, then retried
    Run.objects.for_organization(org).filter(pk=run.pk).update(input_rows=[ROWS[0]])
    services.retry_run(run)
    run.refresh_from_db()
    assert (run.status, run.attempts, run.failure_reason) == ("done", 1, "")


def test_an_app_reads_only_its_own_organizations_registers(org, champion, worker):
    other = factories.organization()
    services.upload_table(other, "customers", b"name;secret\nByggmester Hansen AS;other company's data\n")
    services.upload_table(org, "prices", b"name;price\nVask;500\n")
    app = services.create_app(org, champion, template="lead_qualification")
    body = "Byggmester Hansen AS\nBudsjett: 400 000\nBehov: vask\nE-post: a@b.no"
    run = worker(services.start_run, app, champion, [{"body": body}], test=True)
    run.refresh_from_db()
    lookup = run.steps.get(node="customer").outputs[0]
    assert lookup == {"record": {}, "found": False}
    context = services.context_for(org, app)
    assert "prices" in context.tables and context.registers["customers"] == []
    # Another organization's app cannot be fetched by id either.
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(trained(other))
    assert client.get(f"/api/v1/apps/apps/{app.pk}/export").status_code == 404
    assert client.get(f"/apps/{app.pk}/").status_code == 404


def test_pages_build_publish_and_run(org, champion, worker):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    assert client.get("/apps/").status_code == 302
    client.force_login(champion)
    created = client.post("/apps/", {"name": "Leverandører", "template": "supplier_evaluation"})
    app = App.objects.for_organization(org).get(name="Leverandører")
    assert created.status_code == 302 and created["Location"] == f"/apps/{app.pk}/builder/"
    page = client.get(f"/apps/{app.pk}/builder/").content.decode()
    assert 'id="drawflow"' in page and "data.score" in page
    app.purpose = "Compare suppliers."
    app.save()
    published = client.post(f"/apps/{app.pk}/", {f"q_{k}": "no" for k in NO_TO_ALL})
    assert published.status_code == 302
    detail = client.get(f"/apps/{app.pk}/").content.decode()
    assert "Published" in detail and 'id="run-form"' in detail
    csv = "supplier;deliveries;on_time;invoice_deviations;complaints\nA;10;9;0;0\nB;10;2;5;4\n"
    from django.core.files.uploadedfile import SimpleUploadedFile
    ran = worker(client.post, f"/apps/{app.pk}/run", {"file": SimpleUploadedFile("r.csv", csv.encode(), "text/csv")})
    assert ran.status_code == 302
    result = client.get(ran["Location"]).content.decode()
    assert "done" in result and "Supplier score this quarter" in result
    bad = client.post(f"/apps/{app.pk}/run", {"file": SimpleUploadedFile("r.csv", b"\x00\x01", "text/csv")})
    assert bad.status_code == 400 and "not a CSV" in bad.content.decode()


def test_a_person_without_literacy_sees_apps_but_cannot_build(org, champion):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(factories.user(org))
    page = client.get("/apps/").content.decode()
    assert "needs the superuser or AI champion level" in page
    refused = client.post("/apps/", {"name": "x"})
    assert refused.status_code == 400


def test_the_api_builds_checks_and_runs(org, champion, worker):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(champion)
    assert any(b["key"] == "data.formula" for b in client.get("/api/v1/apps/blocks").json())
    created = client.post("/api/v1/apps/apps", {"template": "supplier_evaluation"}, content_type="application/json")
    assert created.status_code == 201
    app_id = created.json()["id"]
    definition = client.get(f"/api/v1/apps/apps/{app_id}/export").json()
    wrong = client.post("/api/v1/apps/connections", {"definition": definition, "source": "score.record",
                                                     "target": "weak.value"}, content_type="application/json")
    assert wrong.json()["ok"] is False and "needs number" in wrong.json()["message"]
    newer = client.post("/api/v1/apps/apps/import", {"definition": {**definition, "format": 5}},
                        content_type="application/json")
    assert newer.status_code == 400 and "newer version" in newer.json()["error"]["message"]
    run = worker(client.post, f"/api/v1/apps/apps/{app_id}/runs", {"rows": ROWS, "test": True},
                      content_type="application/json")
    assert run.status_code == 201
    assert client.get(f"/api/v1/apps/runs/{run.json()['id']}").json()["status"] == "done"
    refused = client.post(f"/api/v1/apps/apps/{app_id}/runs", {"rows": ROWS}, content_type="application/json")
    assert refused.status_code == 400 and "Publish" in refused.json()["error"]["message"]


def test_cli_checks_and_runs_app_files_without_a_server(tmp_path):
    from fornuft.apps.starters import template

    app_file = tmp_path / "app.json"
    app_file.write_text(json.dumps(template("supplier_evaluation")))
    rows = tmp_path / "rows.csv"
    rows.write_text("supplier,deliveries,on_time,invoice_deviations,complaints\nA,10,9,0,0\nB,0,0,1,1\n")
    runner = CliRunner()
    checked = runner.invoke(cli, ["apps", "check", str(app_file)])
    assert checked.exit_code == 0 and json.loads(checked.output)["ok"] is True
    ran = runner.invoke(cli, ["apps", "run", str(app_file), "--csv", str(rows)])
    result = json.loads(ran.output)
    assert ran.exit_code == 0 and result["status"] == "done" and result["rows"] == 2
    assert [g["group"] for g in result["reports"][0]["groups"]] == ["A", "B"]
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**template("supplier_evaluation"), "format": 3}))
    refused = runner.invoke(cli, ["apps", "check", str(newer), str(tmp_path / "missing.json")])
    lines = [json.loads(line) for line in refused.output.splitlines()]
    assert refused.exit_code == 1
    assert lines[0]["error"]["code"] == "unsupported_format" and "newer version" in lines[0]["error"]["message"]
    assert lines[1]["error"]["code"] == "not_found"
    broken = tmp_path / "broken.json"
    broken.write_text("{nope")
    assert json.loads(runner.invoke(cli, ["apps", "run", str(broken), "--csv", str(rows)]).output)[
        "error"]["code"] == "invalid_json"


def test_the_block_reference_in_the_docs_is_current():
    from pathlib import Path

    from fornuft.apps.reference import block_reference, current_section

    doc = Path(__file__).resolve().parents[2] / "docs" / "apps.md"
    assert current_section(doc.read_text(encoding="utf-8")) == block_reference(), \
        "run: fornuft apps docs --write docs/apps.md"


def test_the_demo_data_is_loaded_once(org):
    load(org)
    load(org)
    assert sorted(a.template for a in services.list_apps(org)) == [
        "job_screening", "lead_qualification", "supplier_evaluation"]


def test_webhooks_go_only_to_allow_listed_hosts_with_a_timeout(settings):
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - the standard library's name
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.handle_request, daemon=True).start()
    settings.FORNUFT_APPS_WEBHOOK_HOSTS = ["127.0.0.1"]
    assert services.call_webhook("https://evil.example/hook", {}) == "refused: evil.example is not on the allow list"
    assert services.call_webhook("file:///etc/passwd", {}).startswith("refused")
    assert services.call_webhook("http://10.0.0.1/x", {}).startswith("refused: plain http")
    assert services.call_webhook(f"http://127.0.0.1:{server.server_port}/hook", {"lead": "hot"}) == "sent: 204"
    assert received == [{"lead": "hot"}]
    server.server_close()
