"""Factories for tests and benchmarks: real rows made through the service functions."""

from __future__ import annotations

import itertools

from fornuft.core import services
from fornuft.core.roles import Role
from fornuft.governance.models import AISystem, OversightMode, RiskClass

PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - test password
_counter = itertools.count(1)


def organization(name: str | None = None, **kwargs):
    number = next(_counter)
    return services.create_organization(name or f"Testfirma {number} AS", slug=kwargs.pop("slug", f"test-{number}"),
                                        **kwargs)


def user(org, role: str = Role.EMPLOYEE, username: str | None = None, **kwargs):
    number = next(_counter)
    return services.create_user(org, username or f"{role}-{number}", password=PASSWORD, role=role,
                                first_name=kwargs.pop("first_name", role.title()),
                                last_name=kwargs.pop("last_name", f"Person{number}"), validate=False, **kwargs)


def ai_system(org, key: str = "test.classifier", **kwargs) -> AISystem:
    defaults = {
        "name": "Test classifier", "purpose": "Sorts test items", "owner": "IT", "model_name": "logistic regression",
        "risk_class": RiskClass.MINIMAL, "oversight_mode": OversightMode.ON_THE_LOOP, "confidence_threshold": 0.7,
    }
    defaults.update(kwargs)
    return AISystem.objects.create(organization=org, key=key, **defaults)
