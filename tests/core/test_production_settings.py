"""Production mode (FORNUFT_PRODUCTION=true): HSTS, an enforced Content-Security-Policy,
the HTTPS redirect behind the documented proxy header, and `check --deploy` clean."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client()
out = {}
for name, path, extra in [("https", "/login/", {"HTTP_X_FORWARDED_PROTO": "https"}),
                          ("http", "/login/", {}), ("health", "/health", {}),
                          ("schema", "/api/v1/openapi.json", {"HTTP_X_FORWARDED_PROTO": "https"})]:
    response = client.get(path, HTTP_HOST="fornuft.example.no", **extra)
    out[name] = {"status": response.status_code, "headers": dict(response.headers),
                 "body": response.content.decode(errors="replace")[:5000]}
print("PROBE" + json.dumps(out))
"""


def _production_env(tmp_path, **extra):
    env = {**os.environ, "FORNUFT_PRODUCTION": "true", "FORNUFT_SECRET_KEY": secrets.token_urlsafe(60),
           "FORNUFT_HOME": str(tmp_path), "FORNUFT_ALLOWED_HOSTS": "fornuft.example.no",
           "DJANGO_SETTINGS_MODULE": "fornuft.config.settings", "PYTHONPATH": str(ROOT)}
    # What the test plugin sets for the test process is not part of a deployment.
    for name in ("FORNUFT_DEBUG", "FORNUFT_SQLITE_TEST_NAME", "DJANGO_ALLOW_ASYNC_UNSAFE", "FORNUFT_HUEY_IMMEDIATE"):
        env.pop(name, None)
    env.update(extra)
    return env


def test_check_deploy_is_clean_in_production_mode(tmp_path):
    result = subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
                            env=_production_env(tmp_path), capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.fixture(scope="module")
def production_responses(tmp_path_factory):
    home = tmp_path_factory.mktemp("production")
    env = _production_env(home)
    subprocess.run([sys.executable, "-m", "django", "migrate", "-v", "0"], env=env, check=True, timeout=300, cwd=ROOT)
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120,
                            cwd=ROOT)
    line = next((x for x in result.stdout.splitlines() if x.startswith("PROBE")), None)
    assert line, result.stdout[-2000:] + result.stderr[-2000:]
    return json.loads(line.removeprefix("PROBE"))


def test_production_sends_hsts_and_an_enforced_csp(production_responses):
    https = production_responses["https"]
    assert https["status"] == 200
    assert https["headers"]["Strict-Transport-Security"].startswith("max-age=31536000")
    policy = https["headers"]["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    # Inline scripts run only with the request's nonce (checked on every page in test_hostile_input).
    assert "'self'" in script_src and "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "Secure" in https["headers"].get("Set-Cookie", "Secure")


def test_production_redirects_plain_http_except_the_health_probe(production_responses):
    assert production_responses["http"]["status"] == 301
    assert production_responses["http"]["headers"]["Location"].startswith("https://fornuft.example.no/")
    assert production_responses["health"]["status"] in (200, 503)


def test_the_openapi_schema_needs_a_login(production_responses):
    schema = production_responses["schema"]
    assert schema["status"] == 401
    assert json.loads(schema["body"])["error"]["code"] == "not_authenticated"


def test_production_and_debug_together_are_refused(tmp_path):
    result = subprocess.run([sys.executable, "-m", "django", "check"], env=_production_env(tmp_path, FORNUFT_DEBUG="1"),
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode != 0
    assert "FORNUFT_PRODUCTION and FORNUFT_DEBUG" in result.stderr


def test_development_reports_the_same_policy_without_enforcing_it(client, db):
    response = client.get("/login/")
    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]


def test_schema_and_docs_need_a_login(client, admin_client):
    assert client.get("/api/v1/openapi.json").status_code == 401
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 302 and "/login/" in docs["Location"]
    assert admin_client.get("/api/v1/openapi.json").json()["paths"]
    assert admin_client.get("/api/v1/docs").status_code == 200
