"""Background work of contracts (huey; found by the worker on start). A task takes ids, not
objects, and calls the same services as the pages."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from fornuft.contracts import services


@db_task()
def analyse_contract_task(contract_id: int) -> str:
    """Analyses one stored contract; returns its status."""
    from fornuft.contracts.models import Contract

    contract = Contract.objects.all_organizations().select_related("organization").get(pk=contract_id)
    return services.analyse_contract(contract).status


@db_periodic_task(crontab(hour="6", minute="15"))
def send_deadline_reminders() -> int:
    """Every morning: mail contract owners 30, 14 and 3 days before each deadline."""
    from fornuft.core.models import Organization

    return sum(services.send_reminders(organization) for organization in Organization.objects.all())
