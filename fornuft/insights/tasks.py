"""Background work of insights (huey; found by the worker on start). A task takes ids, not
objects, and calls the same services as the pages."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from fornuft.insights import services


@db_task()
def retrain_forecast(version_id: int) -> int | None:
    """New data in a data set that has been forecast before: forecast it again with the same
    horizon and season (the models are chosen anew on the new data). Returns the run id."""
    from fornuft.core.models import Organization
    from fornuft.core.tenancy import activate
    from fornuft.insights.models import DatasetVersion, Run, RunKind, VersionStatus

    version = DatasetVersion.objects.all_organizations().select_related("dataset").get(pk=version_id)
    organization = Organization.objects.get(pk=version.organization_id)
    with activate(organization):
        if version.status != VersionStatus.CHECKED:
            return None
        previous = (
            Run.objects.filter(kind=RunKind.FORECAST, version__dataset=version.dataset)
            .exclude(version=version)
            .order_by("-created_at", "-pk")
            .first()
        )
        if previous is None:
            return None
        # A reviewer's correction of the horizon or season length wins over the original.
        parameters = {**previous.parameters, **{k: v for k, v in previous.parameters.get("reviewed", {}).items() if v}}
    run = services.run_forecast(
        organization,
        version,
        horizon=int(parameters.get("horizon") or services.DEFAULT_HORIZON),
        season_length=parameters.get("season_length"),
    )
    return run.pk


@db_periodic_task(crontab(day="1", hour="6", minute="0"))
def monthly_digests() -> int:
    """On the first of each month: the management digest of every organization, kept as a run."""
    from fornuft.core.models import Organization
    from fornuft.core.tenancy import activate
    from fornuft.insights.models import Run, RunKind

    count = 0
    for organization in Organization.objects.all():
        digest = services.monthly_digest(organization)
        if digest["sections"]:
            with activate(organization):
                Run.objects.create(
                    organization=organization,
                    kind=RunKind.DIGEST,
                    parameters={"digest": True},
                    result={"digest": digest},
                )
            count += 1
    return count
