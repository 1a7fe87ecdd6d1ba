"""Background work of the glossary (huey)."""

from huey.contrib.djhuey import db_task


@db_task()
def import_pack(organization_id: int, name: str) -> int:
    from fornuft.core.models import Organization
    from fornuft.glossary import services

    return services.add_pack(Organization.objects.get(pk=organization_id), name).added
