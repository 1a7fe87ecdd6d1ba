"""Background work of intake (huey; found by the worker on start). A task takes ids, not
objects, and calls the same services as the pages."""

from huey.contrib.djhuey import db_task

from fornuft.intake import services


@db_task()
def import_catalogue(organization_id: int, data: bytes) -> tuple[int, int]:
    """Imports a catalogue CSV (a large one runs here, not in a request)."""
    from fornuft.core.models import Organization

    return services.import_catalogue(Organization.objects.get(pk=organization_id), data)
