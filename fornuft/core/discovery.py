"""Finds a capability's optional module by convention (`<app>/ai_systems.py`,
`<app>/navigation.py`, `<app>/personal_data.py`), so that adding one to an app is the
whole integration."""

from __future__ import annotations

import importlib
from types import ModuleType


def capability_modules(name: str) -> list[ModuleType]:
    """`<app>.<name>` of every installed Fornuft app that has one, in INSTALLED_APPS order."""
    from django.apps import apps

    found = []
    for config in apps.get_app_configs():
        if not config.name.startswith("fornuft."):
            continue
        try:
            found.append(importlib.import_module(f"{config.name}.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.{name}":
                raise
    return found
