"""Background work of apps (huey; found by the worker on start)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task


@db_task()
def run_app(organization_id: int, run_id: int) -> str:
    """Runs a stored app run; returns its status."""
    from fornuft.apps import services
    from fornuft.apps.models import Run
    from fornuft.core.models import Organization

    organization = Organization.objects.get(pk=organization_id)
    run = Run.objects.for_organization(organization).get(pk=run_id)
    return services.execute_run(run).status


@db_periodic_task(crontab(minute="*/10"))
def start_scheduled_apps() -> dict:
    """Every ten minutes: each organization's scheduled apps that have not run in their
    period (day, week, quarter) start; {organization id: runs started}."""
    from fornuft.apps import triggers
    from fornuft.core.models import Organization

    started = {}
    for organization in Organization.objects.all():
        runs = triggers.run_due_schedules(organization)
        if runs:
            started[organization.pk] = len(runs)
    return started
