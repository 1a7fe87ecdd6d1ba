"""Background work of projects (huey; found by the worker on start). A task takes ids, not
objects, and calls the same services as the pages."""

from huey.contrib.djhuey import db_task

from fornuft.projects import services


@db_task()
def import_titles(organization_id: int, titles: list[str]) -> int:
    """Adds one item per title (a long import runs here, not in a request); returns how many."""
    from fornuft.core.models import Organization

    organization = Organization.objects.get(pk=organization_id)
    for title in titles:
        services.create_item(organization, title)
    return len(titles)
