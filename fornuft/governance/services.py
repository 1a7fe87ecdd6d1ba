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
        RegistryChange.objects.all_organizations().bulk_create(logged)
    return logged
