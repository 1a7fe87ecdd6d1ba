"""Security, end to end: incidents from alerts (deduplicated, logged, notified), false-alarm feedback,
pages and API with their roles, the CLI with --store, Fornuft's own logins, demo and personal data."""

import http.server
import json
import threading
from datetime import timedelta

import pytest
from click.testing import CliRunner
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from fornuft.cli import cli
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.governance.models import Decision, TrainingExample
from fornuft.security import services
from fornuft.security.demo import load
from fornuft.security.models import BaselineException, Incident, IncidentStatus, SignInEvent
from fornuft.testing import factories

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def alert(**changes):
    now = timezone.now()
    base = {"rule": "brute_force", "user": None, "ip": "203.0.113.9",
            "first_seen": (now - timedelta(minutes=5)).isoformat(), "last_seen": now.isoformat(), "severity": "high",
            "reason": "30 failed sign-ins from 203.0.113.9"}
    return {**base, **changes}


def _client(org, role=Role.ADMIN) -> Client:
    client = Client(**ENGLISH)
    client.force_login(factories.user(org, role=role))
    return client


def test_an_alert_becomes_an_incident_logged_as_a_decision_and_mailed(org, django_capture_on_commit_callbacks):
    services.update_settings(org, notify_email="it@nordlys.no")
    with pytest.raises(ValueError):
        services.raise_alert(org, {"rule": ""})
    with django_capture_on_commit_callbacks(execute=True):
        incident = services.raise_alert(org, alert())
    assert incident.kind == "login" and incident.severity == "high" and incident.is_open
    with activate(org):
        decision = Decision.objects.get(subject_type="security.incident", subject_id=str(incident.pk))
    assert decision.output["rule"] == "brute_force"
    assert [m.to for m in mail.outbox] == [["it@nordlys.no"]] and "Brute force" in mail.outbox[0].subject


def test_a_new_alert_joins_the_open_incident_and_a_closed_one_starts_anew(org):
    first = services.raise_alert(org, alert(severity="medium"))
    again = services.raise_alert(org, alert(reason="45 failed sign-ins"))
    assert again.pk == first.pk and again.alerts == 2 and again.severity == "high"
    assert [e.kind for e in services.timeline(org, again)] == ["alert", "alert"]
    services.update_incident(org, first.pk, user=None, status=IncidentStatus.RESOLVED, note="Blocked in firewall")
    third = services.raise_alert(org, alert())
    assert third.pk != first.pk


def test_webhook_by_severity_policy(org, django_capture_on_commit_callbacks):
    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        services.update_settings(org, webhook_url=f"http://127.0.0.1:{server.server_port}/hook",
                                 policy={"high": ["webhook"], "medium": [], "low": []})
        with django_capture_on_commit_callbacks(execute=True):
            services.raise_alert(org, alert(rule="password_spray", severity="medium"))
            services.raise_alert(org, alert(rule="mass_encryption", severity="high", path="/srv/share",
                                            files=["/srv/share/a.docx"], ip=None))
    finally:
        server.shutdown()
        server.server_close()
    assert [r["rule"] for r in received] == ["mass_encryption"] and received[0]["files"] == ["/srv/share/a.docx"]


def test_settings_refuse_unknown_thresholds_and_bad_networks(org):
    with pytest.raises(ValueError):
        services.update_settings(org, thresholds={"nonsense": 3})
    with pytest.raises(ValueError):
        services.update_settings(org, vpn_networks="10.0.0.0/8\nnot-a-network")
    with pytest.raises(ValueError):
        services.update_settings(org, policy={"high": ["pigeon"]})
    assert services.update_settings(org, thresholds={"fast_capacity": 8}).thresholds == {"fast_capacity": 8}


def _csv(rows):
    return ("time,user,ip,result,country,city,lat,lon,device,app\n" + "\n".join(rows) + "\n").encode()


def _history(days=15, hour=7):
    start = timezone.now().replace(hour=hour, minute=0, second=0, microsecond=0) - timedelta(days=days + 1)
    return [f"{(start + timedelta(days=d)).isoformat()},kari,84.210.1.2,success,NO,Bergen,60.39,5.32,pc-kari,Outlook"
            for d in range(days)]


def test_import_learns_the_baseline_and_false_alarm_feedback_tunes_it(org):
    result = services.import_signins(org, _csv(_history()))
    assert result["events"] == 15 and result["incidents"] == []
    later = timezone.now() - timedelta(hours=1)
    trip = [f"{later.isoformat()},kari,81.2.69.160,success,GB,London,51.51,-0.13,phone-new,Outlook"]
    result = services.import_signins(org, _csv(trip))
    incident = next(i for i in result["incidents"] if i.rule == "new_country")
    assert incident.account == "kari"
    services.update_incident(org, incident.pk, user=None, status=IncidentStatus.FALSE_POSITIVE)
    with activate(org):
        assert BaselineException.objects.filter(account="kari", kind="country", value="GB").exists()
        assert TrainingExample.objects.filter(system_key="security.login_alert", label="false_positive").exists()
    again = [f"{(later + timedelta(minutes=30)).isoformat()},kari,81.2.69.161,success,GB,London,51.51,-0.13,"
             "phone-2,Outlook"]
    assert all(i.rule != "new_country" for i in services.import_signins(org, _csv(again))["incidents"])


def test_a_bad_upload_is_refused_with_the_reason(org):
    with pytest.raises(ValueError, match="binary"):
        services.import_signins(org, b"\x00\x01\x02" * 100)
    with pytest.raises(ValueError, match="unknown"):
        services.import_signins(org, b"hello\nworld\n")


def test_fornuft_logins_feed_the_monitor(org, django_capture_on_commit_callbacks):
    user = factories.user(org, username="ola")
    client = Client(**ENGLISH, REMOTE_ADDR="198.51.100.7")
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(12):
            client.post("/login/", {"username": "ola", "password": "wrong"})
    with activate(org):
        assert SignInEvent.objects.filter(account="ola", success=False).count() >= 10
        assert Incident.objects.filter(rule="brute_force").exists()
    assert user.organization == org


def test_pages_need_the_right_role(org):
    assert Client().get("/security/").status_code == 302
    assert _client(org, Role.EMPLOYEE).get("/security/").status_code == 403
    incident = services.raise_alert(org, alert())
    manager = _client(org, Role.MANAGER)
    page = manager.get("/security/")
    assert page.status_code == 200 and "Brute force" in page.content.decode()
    assert manager.get(f"/security/incidents/{incident.pk}/").status_code == 200
    assert manager.post(f"/security/incidents/{incident.pk}/", {"status": "resolved"}).status_code == 403
    assert manager.get("/security/settings/").status_code == 403
    other = factories.organization()
    assert _client(other).get(f"/security/incidents/{incident.pk}/").status_code == 404


def test_admin_handles_an_incident_and_imports_a_log(org):
    admin = _client(org)
    incident = services.raise_alert(org, alert())
    response = admin.post(f"/security/incidents/{incident.pk}/", {"status": "investigating", "owner": "0",
                                                                  "note": "Looking at the firewall log"})
    assert response.status_code == 302
    page = admin.get(f"/security/incidents/{incident.pk}/").content.decode()
    assert "Looking at the firewall log" in page and "Investigating" in page
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("signins.csv", _csv(_history(3)), content_type="text/csv")
    response = admin.post("/security/import/", {"log": upload, "format": "auto"})
    assert response.status_code == 200 and "3 sign-ins read" in response.content.decode()
    bad = SimpleUploadedFile("x.bin", b"\x00" * 500, content_type="application/octet-stream")
    assert admin.post("/security/import/", {"log": bad, "format": "auto"}).status_code == 400
    assert admin.get("/security/settings/").status_code == 200
    assert admin.post("/security/settings/", {"thresholds": '{"nonsense": 1}'}).status_code == 400
    assert admin.get("/security/digest/").status_code == 200


def test_api_alerts_incidents_and_import(org):
    admin = _client(org)
    response = admin.post("/api/v1/security/alerts", json.dumps(
        {"rule": "mass_encryption", "path": "/srv/share", "files": ["/srv/share/a.docx"], "severity": "high",
         "reason": "2 files encrypted", "time": timezone.now().isoformat()}), content_type="application/json")
    assert response.status_code == 201 and response.json()["kind"] == "ransomware"
    incident_id = response.json()["id"]
    listed = admin.get("/api/v1/security/incidents").json()
    assert [i["id"] for i in listed] == [incident_id]
    detail = admin.get(f"/api/v1/security/incidents/{incident_id}").json()
    assert detail["timeline"][0]["kind"] == "alert"
    updated = admin.post(f"/api/v1/security/incidents/{incident_id}", json.dumps({"status": "nonsense"}),
                         content_type="application/json")
    assert updated.status_code == 400
    imported = admin.post("/api/v1/security/signins", json.dumps({"content": _csv(_history(2)).decode()}),
                          content_type="application/json")
    assert imported.status_code == 201 and imported.json()["events"] == 2
    employee = _client(org, Role.EMPLOYEE)
    assert employee.get("/api/v1/security/incidents").status_code == 403


def test_cli_logins_contract_and_store(org, tmp_path):
    log = tmp_path / "auth.log"
    log.write_text("".join(f"Feb 12 14:10:{20 + i:02d} h sshd[1]: Invalid user u{i} from 35.188.49.176 port 5\n"
                           for i in range(8)) + "garbage line\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["security", "logins", str(log), "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["rule"] for line in lines} == {"brute_force", "password_spray"}
    for line in lines:
        assert set(line) == {"rule", "user", "ip", "first_seen", "last_seen", "severity", "reason"}
        assert line["severity"] in ("high", "medium", "low") and line["first_seen"].endswith("+00:00")
    assert "1 unreadable" in result.stderr
    stored = runner.invoke(cli, ["security", "logins", str(log), "--json", "--store", "--org", org.slug])
    assert stored.exit_code == 0, stored.output
    with activate(org):
        assert SignInEvent.objects.count() == 8 and Incident.objects.count() == 2


def test_cli_logins_bad_files(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(cli, ["security", "logins", str(tmp_path / "nope.log"), "--json"])
    assert missing.exit_code == 1 and "nope.log" in missing.stderr and "Traceback" not in missing.output
    prose = tmp_path / "prose.txt"
    prose.write_text("Dear all,\nthe meeting is moved.\n")
    unknown = runner.invoke(cli, ["security", "logins", str(prose), "--json"])
    assert unknown.exit_code == 1 and "unknown log format" in unknown.stderr
    zone = runner.invoke(cli, ["security", "logins", str(prose), "--zone", "Mars/Olympus"])
    assert zone.exit_code == 1 and "time zone" in zone.output


def test_cli_scan_contract(tmp_path):
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    (old / "a.txt").write_text("hello " * 300)
    (new / "a.txt").write_text("hello " * 300)
    result = CliRunner().invoke(cli, ["security", "scan", str(new), "--baseline", str(old), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"verdict", "changed", "high_entropy", "renamed", "files", "reason"}
    bad = CliRunner().invoke(cli, ["security", "scan", str(tmp_path / "x"), "--baseline", str(old), "--json"])
    assert bad.exit_code == 1 and "not a directory" in bad.output


def test_demo_is_idempotent(org):
    load(org)
    load(org)
    assert len(services.list_incidents(org)) == 2


def test_personal_data_search_export_erase_and_retention(org):
    from fornuft.governance.privacy.providers import SubjectQuery
    from fornuft.security.personal_data import erase, export, purge, search

    services.import_signins(org, _csv(_history(3)))
    hits = search(org, SubjectQuery(name="kari"))
    assert hits and hits[0].record_id == "kari"
    assert len(export(org, hits[0]).data["signins"]) == 3
    assert purge(org, timezone.now() - timedelta(days=2), dry_run=True) >= 1
    assert erase(org, hits[0]).startswith("deleted")
    with activate(org):
        assert not SignInEvent.objects.filter(account="kari").exists()


def test_a_low_severity_alert_goes_to_review_and_a_false_alarm_verdict_closes_it(org):
    from fornuft.governance.models import ReviewTask
    from fornuft.governance.review import resolve_review

    incident = services.raise_alert(org, alert(rule="new_device", severity="low", user="kari", ip="91.1.1.1"))
    with activate(org):
        task = ReviewTask.objects.get(decision__subject_type="security.incident",
                                      decision__subject_id=str(incident.pk))
    resolve_review(task, factories.user(org, role=Role.ADMIN), correction={"verdict": "false_positive"})
    assert services.get_incident(org, incident.pk).status == IncidentStatus.FALSE_POSITIVE
    high = services.raise_alert(org, alert())
    with activate(org):
        assert not ReviewTask.objects.filter(decision__subject_id=str(high.pk),
                                             decision__subject_type="security.incident").exists()
