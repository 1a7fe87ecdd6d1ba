"""Background work of apps (huey; found by the worker on start)."""

from huey.contrib.djhuey import db_task


@db_task()
def run_app(organization_id: int, run_id: int) -> str:
    """Runs a stored app run; returns its status."""
    from fornuft.apps import services
    from fornuft.apps.models import Run
    from fornuft.core.models import Organization

    organization = Organization.objects.get(pk=organization_id)
    run = Run.objects.for_organization(organization).get(pk=run_id)
    return services.execute_run(run).status
