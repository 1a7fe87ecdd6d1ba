"""Starting the web app (or the `fornuft` command) loads no heavy library: scikit-learn,
numpy, PDF, OCR, XML, imaging and report libraries load only when a task needs them, so a
page view never pays for them and a worker pays once. One test for every capability:
what it covers comes from the installed capabilities' manifests."""

import json
import os
import subprocess
import sys

# Top-level module names, as they appear in sys.modules. Libraries named in
# ARCHITECTURE.md that are not installed yet are listed too, so a capability that
# adds one is held to the same rule.
HEAVY = (
    "sklearn", "scipy", "numpy", "joblib", "skops", "pandas",
    "pypdfium2", "PIL", "pytesseract", "tesserocr", "lxml", "defusedxml", "weasyprint", "pydyf", "fontTools",
    "ortools", "statsforecast", "ezdxf", "faster_whisper", "ctranslate2", "pptx", "docx", "openpyxl",
    "watchdog", "torch", "cv2",
)

PROBE = """
import importlib, importlib.util, json, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
import fornuft.config.wsgi  # django.setup(): every app, its models and (through huey) its tasks
from django.urls import resolve
import fornuft.config.api, fornuft.config.urls
from fornuft.cli import cli
from fornuft.platform.capability import installed_capabilities
import fornuft.platform.files  # the shared file reader: its heavy libraries load inside its functions

cli.list_commands(None)  # what `fornuft --help` imports: every capability's CLI
covered = []
for capability in installed_capabilities():
    for field in ("urls", "api_router", "cli", "navigation", "ai_systems", "personal_data"):
        capability.load(field)
    for pattern in capability.load("urls").urlpatterns if capability.urls else ():
        if "<" not in str(pattern.pattern):  # one page of each capability, resolved as a request would
            resolve("/" + (capability.url_prefix or "") + str(pattern.pattern))
            break
    for name in ("services", "tasks", "forms"):
        module = f"{capability.package}.{name}"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)
    covered.append(capability.package)
print(json.dumps({"covered": covered, "heavy": sorted(m for m in HEAVY if m in sys.modules)}))
"""


def test_web_app_and_cli_of_every_capability_load_no_heavy_library(tmp_path):
    environment = {**os.environ, "FORNUFT_HOME": str(tmp_path)}
    environment.pop("FORNUFT_HUEY_IMMEDIATE", None)
    done = subprocess.run([sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{PROBE}"], capture_output=True, text=True,
                          env=environment, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"fornuft.core", "fornuft.governance", "fornuft.mail", "fornuft.invoices", "fornuft.assistant",
            "fornuft.adoption"} <= set(report["covered"])
    assert report["heavy"] == [], f"loaded when the web app starts: {report['heavy']}"


def test_the_probe_notices_a_heavy_library(tmp_path):
    # Guards the test above against a probe that cannot see: loading one module that
    # reads PDFs must show up.
    code = f"HEAVY = {HEAVY!r}\nimport sys, pypdfium2\nprint(sorted(m for m in HEAVY if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert "pypdfium2" in done.stdout
