"""Background work: training the intent model (never inside a chat request)."""

from __future__ import annotations

import logging

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

logger = logging.getLogger(__name__)


def _train(organization) -> dict:
    from fornuft.assistant.training import train_intent_model
    from fornuft.governance.model_store import ModelStoreError

    try:
        version = train_intent_model(organization)
    except ModelStoreError as exc:
        logger.info("intent model of organization %s not trained: %s", organization.pk, exc)
        return {"trained": False, "reason": str(exc)}
    return {"trained": True, "version": version.version, "outcome": version.outcome,
            "macro_f1": version.report.get("macro_f1")}


@db_task()
def train_intent_model_task(organization_id: int) -> dict:
    """Trains a candidate intent model; it becomes active only if not worse on held-out examples."""
    from fornuft.core import tenancy
    from fornuft.core.models import Organization

    organization = Organization.objects.get(pk=organization_id)
    with tenancy.activate(organization):
        return _train(organization)


@db_periodic_task(crontab(hour="2", minute="40"))
def train_stale_intent_models() -> int:
    """Every night: trains the intent model of each organization with new examples."""
    from fornuft.assistant.training import needs_training
    from fornuft.core import tenancy
    from fornuft.core.models import Organization

    trained = 0
    for organization in Organization.objects.all():
        with tenancy.activate(organization):
            if needs_training(organization):
                trained += bool(_train(organization)["trained"])
    return trained
