"""The capability manifest: every installed capability is discovered, and its pages, API,
CLI commands and demo data are reachable through it alone."""

import sys

import pytest
from click.testing import CliRunner
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls import URLPattern, resolve
from ninja.utils import normalize_path

from fornuft.cli import cli
from fornuft.config.api import api
from fornuft.core.demo import load_demo
from fornuft.platform.capability import (
    Capability,
    _discover,
    capability_entries,
    cli_commands,
    installed_capabilities,
)

CAPABILITIES = installed_capabilities()


def _ids(capability):
    return capability.label


def test_every_installed_fornuft_app_is_a_discovered_capability_in_installed_apps_order():
    fornuft_apps = [app for app in settings.INSTALLED_APPS if app.startswith("fornuft.")]
    assert [capability.package for capability in CAPABILITIES] == fornuft_apps
    assert {"mail", "assistant", "adoption", "governance", "core", "web"} <= {c.label for c in CAPABILITIES}


def test_url_and_api_prefixes_are_the_published_ones():
    prefixes = {capability.label: (capability.url_prefix, capability.mounted_api_prefix)
                for capability in CAPABILITIES}
    assert prefixes["mail"] == ("mail/", "/mail/")
    assert prefixes["governance"] == ("governance/", "/governance/")
    assert prefixes["assistant"] == ("assistant/", "/assistant/")
    assert prefixes["adoption"] == ("adoption/", "/adoption/")
    assert prefixes["core"] == ("", "/")
    invoices = [prefix for label, prefix in prefixes.items() if label in ("documents", "invoices")]
    assert invoices == [("documents/", "/documents/")]


@pytest.mark.parametrize("capability", [c for c in CAPABILITIES if c.urls], ids=_ids)
def test_each_capabilitys_pages_resolve_under_its_prefix(capability):
    patterns = capability.load("urls").urlpatterns
    plain = [p for p in patterns if isinstance(p, URLPattern) and "<" not in str(p.pattern)]
    assert plain, f"{capability.package} has no page without parameters"
    for pattern in plain:
        url = "/" + (capability.url_prefix or "") + str(pattern.pattern)
        assert resolve(url).func is pattern.callback, url


@pytest.mark.parametrize("capability", [c for c in CAPABILITIES if c.api_router], ids=_ids)
def test_each_capabilitys_api_is_in_the_openapi_schema(capability):
    schema_paths = set(api.get_openapi_schema()["paths"])
    router = capability.load("api_router")
    own = [normalize_path("/api/v1/" + capability.mounted_api_prefix + route) for route in router.path_operations]
    assert own, f"{capability.package}'s router has no endpoints"
    missing = [path for path in own if path not in schema_paths]
    assert not missing


def test_each_capabilitys_cli_commands_are_fornuft_commands_with_help():
    commands = cli_commands()
    with_cli = [capability for capability in CAPABILITIES if capability.cli]
    assert {"mail", "assistant", "adoption", "governance"} <= {capability.label for capability in with_cli}
    assert len(commands) >= len(with_cli)
    runner = CliRunner()
    for command in commands:
        result = runner.invoke(cli, [command.name, "--help"])
        assert result.exit_code == 0, result.output
        assert command.get_short_help_str(limit=200) in " ".join(result.output.split())
    listed = runner.invoke(cli, ["--help"]).output
    assert all(command.name in listed for command in commands)


def test_list_fields_gather_every_capabilitys_entries():
    keys = {system.key for system in capability_entries("ai_systems")}
    assert {"mail.classifier"} <= keys
    url_names = {item.url_name for item in capability_entries("navigation")}
    assert {"dashboard", "mail:inbox", "governance:review-list"} <= url_names
    assert "mail.messages" in {provider.key for provider in capability_entries("personal_data")}
    with pytest.raises(ValueError, match="not a list field"):
        capability_entries("urls")


def test_demo_loads_every_capabilitys_demo_data(db):
    progress: list[str] = []
    load_demo(progress=progress.append)
    with_demo = [capability for capability in CAPABILITIES if capability.demo]
    assert [line for line in progress if line.startswith("Demo data:")] == [
        f"Demo data: {capability.label} ready" for capability in with_demo]
    for capability in with_demo:
        # by package, not label: the invoices app keeps its old label "documents"
        config = next(c for c in apps.get_app_configs() if c.name == capability.package)
        rows = sum(model._default_manager.all_organizations().count()
                   if hasattr(model._default_manager, "all_organizations") else model._default_manager.count()
                   for model in config.get_models())
        assert rows > 0, f"{capability.package}'s demo stored nothing"


def _package(tmp_path, monkeypatch, name: str, manifest: str) -> str:
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "capability.py").write_text("from fornuft.platform.capability import Capability\n" + manifest)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


@pytest.mark.parametrize(("manifest", "message"), [
    ("CAPABILITY = Capability(url_prefix='things', urls='.urls')\n", "must be \"\" or look like \"name/\""),
    ("CAPABILITY = Capability(urls='.urls')\n", "urls is set but url_prefix is not"),
    ("CAPABILITY = {'url_prefix': 'things/'}\n", "must define CAPABILITY = Capability"),
])
def test_a_bad_manifest_is_refused_with_a_message_naming_it(tmp_path, monkeypatch, manifest, message):
    name = _package(tmp_path, monkeypatch, f"badcap_{abs(hash(manifest))}", manifest)
    with pytest.raises(ImproperlyConfigured, match=message) as error:
        _discover((name,))
    assert f"{name}.capability" in str(error.value)


def test_a_reference_to_a_missing_attribute_names_the_field(tmp_path, monkeypatch):
    name = _package(tmp_path, monkeypatch, "cap_missing_attr",
                    "CAPABILITY = Capability(demo='.capability:load')\n")
    (capability,) = _discover((name,))
    assert isinstance(capability, Capability) and capability.package == name
    with pytest.raises(ImproperlyConfigured, match="demo='.capability:load', but cap_missing_attr.capability"):
        capability.load("demo")


def test_packages_without_a_manifest_are_not_capabilities():
    # fornuft.platform has a capability.py (this machinery), but no manifest in it
    assert _discover(("django.contrib.auth", "huey.contrib.djhuey", "fornuft.platform")) == ()


def test_the_installed_fornuft_command_lists_every_capability_in_a_bare_shell():
    """`fornuft --help` as a user types it: no DJANGO_SETTINGS_MODULE in the environment."""
    import os
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run([sys.executable, "-m", "fornuft.cli", "--help"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    for command in ("mail", "invoice", "assistant", "audit", "adoption", "privacy"):
        assert f"  {command} " in result.stdout
