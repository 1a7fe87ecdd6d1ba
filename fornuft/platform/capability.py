"""The capability manifest: each capability declares, in `<package>/capability.py`, one
`CAPABILITY = Capability(...)` naming its URL prefix, URL module, API router, CLI
commands, demo loader, AI systems, menu entries, personal-data providers and the platform
events it listens to (fornuft/platform/events.py).

The web URLs, the JSON API, the `fornuft` command, the demo loader, the AI-system
registry, the menu and the privacy tools iterate over the installed capabilities (the
packages in INSTALLED_APPS that have a capability.py, in INSTALLED_APPS order), so adding
a capability to INSTALLED_APPS is the whole integration.

References are dotted strings, `"module:attribute"` (or just `"module"` for a URL module),
so that reading a manifest imports nothing heavy; a leading dot makes the module relative
to the capability's package (`".api:router"` in fornuft/mail is `fornuft.mail.api:router`).
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured

MANIFEST_MODULE = "capability"
MANIFEST_ATTRIBUTE = "CAPABILITY"

# The fields that hold lists which every capability adds to (ai_systems → the registry,
# navigation → the menu, personal_data → the data-subject tools, events → platform/events.py).
LIST_FIELDS = ("ai_systems", "navigation", "personal_data", "stuck_items", "events")


@dataclass(frozen=True)
class Capability:
    """One capability's manifest. Every reference is optional: a capability without pages
    leaves `urls` out, one without AI systems leaves `ai_systems` out."""

    # Web pages: `urls` (a URL module) is mounted at `url_prefix` ("" for the site root,
    # otherwise ending in "/"). The API router is mounted at `api_prefix`, which defaults
    # to "/" + url_prefix, so the pages and the API share one name.
    url_prefix: str | None = None
    urls: str | None = None
    api_router: str | None = None
    api_prefix: str | None = None
    # A click command or group, or a list of them, added to `fornuft`.
    cli: str | None = None
    # `load(organization)`, called by `fornuft demo` with the organization active; must be
    # safe to run twice.
    demo: str | None = None
    # Lists: AISystemDeclaration, NavItem and PersonalDataProvider objects.
    ai_systems: str | None = None
    navigation: str | None = None
    personal_data: str | None = None
    # core.sweep.StuckItems: items a dead worker can leave half-processed (the sweep re-queues them).
    stuck_items: str | None = None
    # events.Subscription objects: what this capability does when another one says that
    # something happened ("mail.sorted", "review.resolved", ...), without importing it.
    events: str | None = None
    # The home page (platform/home.py): `items(user) -> [HomeItem]`, what a person must do now;
    # `steps(organization) -> [SetupStep]`, the administrator's first-run checklist.
    home_items: str | None = None
    setup_steps: str | None = None
    # Filled in by discovery: the package the manifest belongs to (e.g. "fornuft.mail").
    package: str = ""

    @property
    def label(self) -> str:
        """The package's last name ("mail"), used in messages."""
        return self.package.rsplit(".", 1)[-1]

    @property
    def mounted_api_prefix(self) -> str:
        if self.api_prefix is not None:
            return self.api_prefix
        return "/" + (self.url_prefix or "")

    def absolute(self, reference: str) -> str:
        """The reference with a relative module made absolute against the package."""
        return self.package + reference if reference.startswith(".") else reference

    def load(self, field: str) -> Any:
        """The object a field refers to (imported now), or None when the field is empty."""
        reference = getattr(self, field)
        if reference is None:
            return None
        module_name, _colon, attribute = self.absolute(reference).partition(":")
        module = importlib.import_module(module_name)
        if not attribute:
            return module
        try:
            return getattr(module, attribute)
        except AttributeError:
            raise ImproperlyConfigured(
                f"{self.package}.capability: {field}={reference!r}, but {module_name} has no {attribute!r}"
            ) from None


def installed_capabilities() -> tuple[Capability, ...]:
    """The manifests of the installed packages that have one, in INSTALLED_APPS order.

    Works before django.setup() too (the `fornuft` command builds its groups without
    setting Django up); then INSTALLED_APPS is read from the settings."""
    return _discover(_installed_packages())


def capability_entries(field: str) -> list[Any]:
    """Every capability's entries for a list field (ai_systems, navigation, personal_data),
    concatenated in INSTALLED_APPS order."""
    if field not in LIST_FIELDS:
        raise ValueError(f"{field!r} is not a list field of the capability manifest; use one of {LIST_FIELDS}")
    found: list[Any] = []
    for capability in installed_capabilities():
        entries = capability.load(field)
        if entries is not None:
            found.extend(entries)
    return found


def url_patterns() -> list:
    """One include() per capability with pages, at its URL prefix."""
    from django.urls import include, path

    return [path(capability.url_prefix or "", include(capability.absolute(capability.urls)))
            for capability in installed_capabilities() if capability.urls]


def api_routers() -> list[tuple[str, Any]]:
    """(prefix, ninja Router) of every capability with an API."""
    return [(capability.mounted_api_prefix, capability.load("api_router"))
            for capability in installed_capabilities() if capability.api_router]


def cli_commands() -> list:
    """The click commands and groups of every capability."""
    commands: list = []
    for capability in installed_capabilities():
        found = capability.load("cli")
        if found is None:
            continue
        commands.extend(found if isinstance(found, list | tuple) else [found])
    return commands


def demo_loaders() -> list[tuple[Capability, Any]]:
    """(capability, load function) of every capability with demo data."""
    return [(capability, capability.load("demo")) for capability in installed_capabilities() if capability.demo]


def _installed_packages() -> tuple[str, ...]:
    from django.apps import apps

    if apps.apps_ready:
        return tuple(config.name for config in apps.get_app_configs())
    from django.conf import settings

    return tuple(_package_of(entry) for entry in settings.INSTALLED_APPS)


def _package_of(entry: str) -> str:
    """An INSTALLED_APPS entry is a package or the dotted path of an AppConfig class."""
    if _find_spec_quietly(entry) is not None:
        return entry
    from django.utils.module_loading import import_string

    try:
        return import_string(entry).name
    except ImportError:
        raise ImproperlyConfigured(
            f"INSTALLED_APPS names {entry!r}, which is neither an importable package nor an AppConfig class"
        ) from None


def _find_spec_quietly(name: str):
    try:
        return importlib.util.find_spec(name)
    except ModuleNotFoundError:  # a parent is a module, not a package: `app.apps.Config`
        return None


@cache
def _discover(packages: tuple[str, ...]) -> tuple[Capability, ...]:
    found = []
    for package in packages:
        if not _has_manifest(package):
            continue
        module = importlib.import_module(f"{package}.{MANIFEST_MODULE}")
        if module.__name__ == __name__:  # fornuft.platform installed as an app: this file is no manifest
            continue
        manifest = getattr(module, MANIFEST_ATTRIBUTE, None)
        if not isinstance(manifest, Capability):
            raise ImproperlyConfigured(
                f"{package}.{MANIFEST_MODULE} must define {MANIFEST_ATTRIBUTE} = Capability(...)")
        found.append(_checked(dataclasses.replace(manifest, package=package)))
    return tuple(found)


def _has_manifest(package: str) -> bool:
    # Looks for the file instead of importing the package: some installed apps (huey's)
    # configure themselves on import, which must not happen before django.setup().
    spec = importlib.util.find_spec(package)
    locations = spec.submodule_search_locations if spec is not None else None
    return any((Path(location) / f"{MANIFEST_MODULE}.py").is_file() for location in locations or ())


def _checked(capability: Capability) -> Capability:
    where = f"{capability.package}.{MANIFEST_MODULE}"
    if capability.urls and capability.url_prefix is None:
        raise ImproperlyConfigured(f"{where}: urls is set but url_prefix is not (use \"\" for the site root)")
    prefix = capability.url_prefix
    if prefix and (not prefix.endswith("/") or prefix.startswith("/")):
        raise ImproperlyConfigured(f"{where}: url_prefix {prefix!r} must be \"\" or look like \"name/\"")
    return capability
