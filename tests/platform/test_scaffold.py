"""`fornuft startcapability NAME`: the skeleton it writes is a working capability (found
through its manifest once installed, its own tests pass), and bad names are refused."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import fornuft
from fornuft.cli import cli

REPOSITORY = Path(fornuft.__file__).resolve().parent.parent

SETTINGS_WITH_THE_NEW_CAPABILITY = """
from fornuft.config.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "parcels"]  # noqa: F405
"""

DISCOVERY_PROBE = """
import django, json
django.setup()
from fornuft.config.api import api
from fornuft.platform.capability import installed_capabilities
from django.urls import reverse
parcels = [c for c in installed_capabilities() if c.package == "parcels"]
print(json.dumps({"prefix": parcels[0].url_prefix if parcels else None, "page": reverse("parcels:item-list"),
                  "api": sorted(p for p in api.get_openapi_schema()["paths"] if "parcels" in p)}))
"""


def _run(args, root: Path, **kwargs):
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("FORNUFT_SQLITE_TEST_NAME", "FORNUFT_TEST_HOME", "DJANGO_SETTINGS_MODULE")}
    environment.update(PYTHONPATH=f"{root}{os.pathsep}{REPOSITORY}", DJANGO_SETTINGS_MODULE="scaffold_settings",
                       FORNUFT_HOME=str(root / "home"))
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=environment, cwd=root,
                          timeout=300, check=False, **kwargs)


def test_the_skeleton_is_discovered_when_installed_and_its_tests_pass(tmp_path):
    (tmp_path / "scaffold_settings.py").write_text(SETTINGS_WITH_THE_NEW_CAPABILITY)
    created = CliRunner().invoke(cli, ["startcapability", "parcels", "--root", str(tmp_path), "--parent", ""])
    assert created.exit_code == 0, created.output
    assert '    "parcels",\n' in created.output  # the one line to add to INSTALLED_APPS
    package = tmp_path / "parcels"
    for name in ("capability.py", "apps.py", "models.py", "services.py", "api.py", "views.py", "urls.py",
                 "ai_systems.py", "tasks.py", "cli.py", "demo.py", "navigation.py", "migrations/__init__.py",
                 "migrations/0001_initial.py", "templates/parcels/item_list.html",
                 "locale/nb/LC_MESSAGES/django.po"):
        assert (package / name).is_file(), name
    assert (tmp_path / "tests" / "parcels" / "test_parcels.py").is_file()

    discovered = _run(["-c", DISCOVERY_PROBE], tmp_path)
    assert discovered.returncode == 0, discovered.stderr[-3000:]
    assert discovered.stdout.strip().splitlines()[-1] == (
        '{"prefix": "parcels/", "page": "/parcels/", "api": ["/api/v1/parcels/items"]}')

    migrations = _run(["-m", "django", "makemigrations", "--check", "--dry-run", "parcels"], tmp_path)
    assert migrations.returncode == 0, migrations.stdout + migrations.stderr[-3000:]

    command = _run(["-m", "fornuft.cli", "parcels", "--help"], tmp_path)
    assert command.returncode == 0 and "list" in command.stdout, command.stderr[-3000:]

    tests = _run(["-m", "pytest", "-c", str(REPOSITORY / "pyproject.toml"), "--rootdir", str(tmp_path),
                  "--ds", "scaffold_settings", "tests/parcels"], tmp_path)
    assert tests.returncode == 0, tests.stdout[-4000:] + tests.stderr[-2000:]
    assert re.search(r"\b\d+ passed", tests.stdout) and "failed" not in tests.stdout, tests.stdout


@pytest.mark.parametrize(("name", "message"), [
    ("mail", "an installed app is already called 'mail'"),
    ("9lives", "'9lives' is not a valid capability name"),
    ("Has-Dash", "'Has-Dash' is not a valid capability name"),
    ("class", "'class' is not a valid capability name"),
    ("demo", "`fornuft demo` is already a command"),
    ("users", "the address /users/ is already taken"),
    ("json", "a Python module called 'json' is already importable"),
])
def test_a_bad_name_is_refused_with_exit_code_1_and_nothing_written(tmp_path, name, message):
    result = CliRunner().invoke(cli, ["startcapability", name, "--root", str(tmp_path), "--parent", ""])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_never_overwritten(tmp_path):
    (tmp_path / "tests" / "parcels").mkdir(parents=True)
    result = CliRunner().invoke(cli, ["startcapability", "parcels", "--root", str(tmp_path), "--parent", ""])
    assert result.exit_code == 1 and "already exists" in result.output
    assert not (tmp_path / "parcels").exists()
