"""Background work of the drawing register (huey): reading a stored drawing again."""

from huey.contrib.djhuey import db_task


@db_task()
def reread_revision(organization_id: int, revision_id: int) -> str:
    from fornuft.core.models import Organization
    from fornuft.drawings import services

    organization = Organization.objects.get(pk=organization_id)
    revision = services.reread(services.get_revision(organization, revision_id))
    return revision.status
