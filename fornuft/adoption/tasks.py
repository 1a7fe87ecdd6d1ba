"""Background work: keep the adoption roll-ups fresh."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task


def refresh_all() -> int:
    """Refreshes every organization's roll-ups (incrementally); returns how many."""
    from fornuft.adoption import measurement
    from fornuft.core import tenancy
    from fornuft.core.models import Organization

    organizations = list(Organization.objects.all())
    for organization in organizations:
        with tenancy.activate(organization):
            measurement.refresh(organization)
    return len(organizations)


@db_periodic_task(crontab(minute="*/10"))
def refresh_rollups() -> int:
    return refresh_all()


@db_task()
def refresh_organization(organization_id: int, full: bool = False) -> None:
    from fornuft.adoption import measurement
    from fornuft.core import tenancy
    from fornuft.core.models import Organization

    organization = Organization.objects.get(pk=organization_id)
    with tenancy.activate(organization):
        measurement.refresh(organization, full=full)
