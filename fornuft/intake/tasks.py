"""Background work of intake (huey; found by the worker on start). A task takes ids, not
objects, and calls the same services as the pages."""

from huey.contrib.djhuey import db_task

from fornuft.intake import services


@db_task()
def import_catalogue(organization_id: int, data: bytes) -> tuple[int, int]:
    """Imports a catalogue CSV (a large one runs here, not in a request)."""
    from fornuft.core.models import Organization

    return services.import_catalogue(Organization.objects.get(pk=organization_id), data)


@db_task()
def process_offer_task(offer_id: int) -> None:
    """Transcribes a long dictation (its page shows the progress); a repeat of a done offer is harmless."""
    from fornuft.intake import workflow
    from fornuft.intake.models import Offer

    offer = Offer.objects.all_organizations().filter(pk=offer_id).select_related("organization").first()
    if offer is None or offer.status != "received":
        return
    workflow.process_offer(offer, offer.organization)
