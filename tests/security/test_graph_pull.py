"""The scheduled pull of Entra sign-ins from Microsoft Graph, against a small fake of Microsoft's
token endpoint and `/auditLogs/signIns` (an external service we cannot run here)."""

import http.server
import json
import threading
import urllib.parse
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client

from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.security import services, tasks
from fornuft.security.graph import GraphClient, GraphError
from fornuft.security.graph_pull import pull_graph
from fornuft.security.models import Incident, SignInEvent
from fornuft.testing import factories

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
SECRET = "s3cret-value"


def record(number, minutes_ago, *, user="kari@firma.no", city="Bergen", country="NO", lat=60.39, lon=5.32,
           ip="84.210.1.2", device="laptop-kari"):
    return {"id": f"id-{number}", "createdDateTime": (NOW - timedelta(minutes=minutes_ago)).isoformat(),
            "userPrincipalName": user, "ipAddress": ip, "appDisplayName": "Outlook",
            "status": {"errorCode": 0}, "deviceDetail": {"deviceId": device},
            "location": {"city": city, "countryOrRegion": country,
                         "geoCoordinates": {"latitude": lat, "longitude": lon}}}


class FakeMicrosoft(http.server.BaseHTTPRequestHandler):
    """Token endpoint + a paged sign-in log. Class attributes steer one test's answers."""

    records: list = []
    page_size = 3
    busy_once = False
    refuse_log = 0
    foreign_next = False
    queries: list = []

    def do_POST(self):  # noqa: N802 - http.server's name
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        if self.path != "/tenant-1/oauth2/v2.0/token" or form.get("client_secret") != [SECRET]:
            return self._answer(401, {"error": "invalid_client"})
        return self._answer(200, {"access_token": "token-1", "expires_in": 3600})

    def do_GET(self):  # noqa: N802
        if self.headers.get("Authorization") != "Bearer token-1":
            return self._answer(401, {"error": "InvalidAuthenticationToken"})
        if type(self).refuse_log:
            return self._answer(type(self).refuse_log, {"error": "Authorization_RequestDenied"})
        if type(self).busy_once:
            type(self).busy_once = False
            return self._answer(429, {}, {"Retry-After": "1"})
        url = urllib.parse.urlparse(self.path)
        query = urllib.parse.parse_qs(url.query)
        type(self).queries.append(query.get("$filter", [""])[0])
        since = datetime.fromisoformat(query["$filter"][0].split(" ge ")[1].replace("Z", "+00:00"))
        chosen = [r for r in self.records if datetime.fromisoformat(r["createdDateTime"]) >= since]
        start = int(query.get("skip", ["0"])[0])
        page = {"value": chosen[start:start + self.page_size]}
        if start + self.page_size < len(chosen):
            host = "evil.example.com" if self.foreign_next else f"127.0.0.1:{self.server.server_port}"
            base = f"http://{host}{url.path}"
            following = urllib.parse.urlencode({"$filter": query["$filter"][0], "skip": start + self.page_size})
            page["@odata.nextLink"] = f"{base}?{following}"
        return self._answer(200, page)

    def _answer(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def microsoft(monkeypatch):
    FakeMicrosoft.records, FakeMicrosoft.busy_once, FakeMicrosoft.refuse_log = [], False, 0
    FakeMicrosoft.queries, FakeMicrosoft.foreign_next = [], False
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeMicrosoft)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    monkeypatch.setenv("FORNUFT_GRAPH_LOGIN_URL", url)
    monkeypatch.setenv("FORNUFT_GRAPH_URL", url)
    monkeypatch.setenv("FORNUFT_GRAPH_CLIENT_SECRET", SECRET)
    yield FakeMicrosoft
    server.shutdown()
    server.server_close()


@pytest.fixture
def org(db):
    organization = factories.organization()
    current = services.get_settings(organization)
    current.graph_tenant_id, current.graph_client_id = "tenant-1", "client-1"
    current.save()
    return organization


def _pull(org, **kwargs):
    return pull_graph(org, now=NOW, **kwargs)


def _stored(org):
    with activate(org):
        return SignInEvent.objects.count()


def test_a_pull_reads_every_page_waits_when_asked_and_files_impossible_travel(org, microsoft):
    lagos = record(99, 2, city="Lagos", country="NG", lat=6.52, lon=3.38, ip="102.89.1.1", device="android-x")
    microsoft.records = [record(n, 300 - n) for n in range(4)] + [record(98, 42), lagos]  # two pages of three
    microsoft.busy_once = True  # a 429 with Retry-After first
    result = _pull(org)
    assert result["events"] == 6 and _stored(org) == 6
    with activate(org):
        travel = Incident.objects.get(rule="impossible_travel")
    assert "Lagos" in travel.reason and "Bergen" in travel.reason
    settings = services.get_settings(org)
    assert settings.graph_last_pulled == NOW and settings.graph_last_error == ""
    assert microsoft.queries[0] == "createdDateTime ge 2026-12-06T08:30:00Z"  # a day back, minus the overlap


def test_the_next_pull_overlaps_and_stores_nothing_twice(org, microsoft):
    microsoft.records = [record(n, 10 - n) for n in range(5)]
    assert _pull(org)["events"] == 5
    microsoft.records.append(record(7, 0))  # arrived late, inside the overlap
    result = pull_graph(org, now=NOW + timedelta(minutes=5))
    assert result["events"] == 1 and _stored(org) == 6
    assert microsoft.queries[-1].endswith("2026-12-07T08:30:00Z")


def test_a_missing_secret_names_the_environment_variable_and_is_kept_for_the_page(org, microsoft, monkeypatch):
    monkeypatch.delenv("FORNUFT_GRAPH_CLIENT_SECRET")
    with pytest.raises(ValueError, match="FORNUFT_GRAPH_CLIENT_SECRET"):
        _pull(org)
    assert "FORNUFT_GRAPH_CLIENT_SECRET" in services.get_settings(org).graph_last_error
    assert services.get_settings(org).graph_last_pulled is None  # the window does not move on a failure


@pytest.mark.parametrize(("secret", "refuse", "advice"), [
    ("wrong", 0, "client secret is wrong"),
    (SECRET, 403, "AuditLog.Read.All"),
])
def test_refusals_say_what_to_do(org, microsoft, monkeypatch, secret, refuse, advice):
    monkeypatch.setenv("FORNUFT_GRAPH_CLIENT_SECRET", secret)
    microsoft.refuse_log = refuse
    with pytest.raises(ValueError, match=advice):
        _pull(org)
    assert _stored(org) == 0


def test_an_unreachable_microsoft_is_an_error_not_a_hang():
    client = GraphClient("t", "c", "s", login_url="http://127.0.0.1:9", graph_url="http://127.0.0.1:9",
                         timeout=1, sleep=lambda seconds: None)
    with pytest.raises(GraphError, match="could not be reached"):
        next(client.signins_since("2026-12-07T00:00:00Z"))


def test_the_token_never_goes_to_a_next_page_outside_graph_nor_over_plain_http(org, microsoft):
    with pytest.raises(GraphError, match="https only"):
        GraphClient("t", "c", "s", graph_url="http://graph.example.com")
    microsoft.records, microsoft.foreign_next = [record(n, 10 - n) for n in range(5)], True
    with pytest.raises(ValueError, match="outside Microsoft Graph"):
        _pull(org)
    assert _stored(org) == 0 and services.get_settings(org).graph_last_pulled is None


def test_the_schedule_pulls_only_organizations_that_set_it_up(org, microsoft):
    factories.organization(slug="other")  # no app registration: skipped
    microsoft.records = [record(1, 3)]
    assert tasks.pull_graph.call_local() == 1


def test_admins_set_it_up_and_pull_from_the_settings_page(org, microsoft):
    microsoft.records = [record(1, 3)]
    admin = Client()
    admin.force_login(factories.user(org, role=Role.ADMIN))
    page = admin.get("/security/settings/")
    assert page.status_code == 200 and "satt i FORNUFT_GRAPH_CLIENT_SECRET" in page.content.decode()
    answer = admin.post("/security/settings/graph/", {"graph_tenant_id": "tenant-1", "graph_client_id": "client-2",
                                                     "graph_secret_env": "FORNUFT_GRAPH_CLIENT_SECRET", "pull": "1"},
                        follow=True)
    assert "1 pålogginger hentet fra Microsoft Graph" in answer.content.decode()
    assert services.get_settings(org).graph_client_id == "client-2"
    refused = admin.post("/security/settings/graph/", {"graph_tenant_id": "t", "graph_client_id": "c",
                                                      "graph_secret_env": "lower; rm -rf"}, follow=True)
    assert "Bare store bokstaver" in refused.content.decode()

    employee = Client()
    employee.force_login(factories.user(org, role=Role.EMPLOYEE))
    assert employee.post("/security/settings/graph/", {"graph_tenant_id": "x", "graph_client_id": "y",
                                                       "graph_secret_env": "X"}).status_code == 403
    assert services.get_settings(org).graph_tenant_id == "tenant-1"
