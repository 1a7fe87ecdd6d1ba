"""Background work of projects (huey; found by the worker on start). A task takes ids, not
objects, and calls the same services as the pages."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from fornuft.projects import services


@db_task()
def plan_project(organization_id: int, project_id: int) -> bool:
    """Re-plans a project (a large team or plan runs here, not in a request)."""
    from fornuft.core.models import Organization
    from fornuft.projects.models import Project

    organization = Organization.objects.get(pk=organization_id)
    project = Project.objects.for_organization(organization).get(pk=project_id)
    services.plan_project(organization, project)
    return True


@db_periodic_task(crontab(day_of_week="1", hour="7", minute="0"))
def weekly_digest() -> int:
    """Monday morning: the managers of each organization get the flagged projects."""
    from fornuft.core.models import Organization

    return sum(services.send_weekly_digest(org) for org in Organization.objects.all())


@db_task()
def train_risk_model_task(organization_id: int) -> str:
    """Trains the organization's risk model from its finished projects; returns the outcome
    (`activated`, `rejected`, or why nothing was trained)."""
    from fornuft.core.models import Organization
    from fornuft.governance.model_store import ModelStoreError
    from fornuft.projects.risk_learning import train_risk_model

    organization = Organization.objects.get(pk=organization_id)
    try:
        return train_risk_model(organization, notes="after a project was finished").outcome
    except ModelStoreError as exc:
        return str(exc)
