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


@db_task()
def train_clause_model_task(organization_id: int) -> str:
    """Trains the organization's clause model from its marks; returns the outcome
    (`activated`, `rejected`, or why nothing was trained)."""
    from fornuft.contracts.clause_learning import train_clause_model
    from fornuft.core.models import Organization
    from fornuft.governance.model_store import ModelStoreError

    organization = Organization.objects.get(pk=organization_id)
    try:
        return train_clause_model(organization, notes="after a person marked clauses").outcome
    except ModelStoreError as exc:
        return str(exc)
