"""Changing the registry: every change is logged (who, what, old → new)."""

from __future__ import annotations

from django.db import transaction

from fornuft.governance.models import AISystem, RegistryChange


@transaction.atomic
def update_system(system: AISystem, user, **changes) -> list[RegistryChange]:
    logged = []
    for field, new in changes.items():
        old = getattr(system, field)
        if old == new:
            continue
        setattr(system, field, new)
        logged.append(RegistryChange(organization_id=system.organization_id, system=system, changed_by=user,
                                     field=field, old_value="" if old is None else str(old),
                                     new_value="" if new is None else str(new)))
    if logged:
        system.save()
        RegistryChange.objects.bulk_create(logged)
    return logged


@transaction.atomic
def register_system(organization, user, *, key: str, name: str, purpose: str, owner: str, provider: str,
                    model_name: str, data_categories: list[str], oversight_mode: str, kind: str,
                    vendor_url: str = "", intended_users: str = "") -> AISystem:
    """Registers an organization's own system or an external tool, unclassified until the
    risk questionnaire is answered; the registration is logged."""
    from datetime import timedelta

    from django.utils import timezone
    from django.utils.translation import gettext as _

    from fornuft.governance.models import RiskClass, SystemProfile

    system = AISystem.objects.create(
        organization=organization, key=key, name=name, purpose=purpose, owner=owner, provider=provider,
        model_name=model_name or provider, data_categories=data_categories, oversight_mode=oversight_mode,
        risk_class=RiskClass.MINIMAL, risk_rationale=_("Not classified yet: answer the questionnaire."),
        built_in=False, next_review=timezone.localdate() + timedelta(days=365),
    )
    SystemProfile.objects.create(organization=organization, system=system, kind=kind,
                                                     vendor_url=vendor_url, intended_users=intended_users)
    RegistryChange.objects.create(organization=organization, system=system, changed_by=user,
                                                      field="created", new_value=f"{kind}: {system.name}")
    return system
