"""Background work: polling mailboxes and retraining the mail model (huey)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task


@db_periodic_task(crontab(minute="*"))
def poll_mailboxes():
    from fornuft.mail.mailboxes import poll_all

    return poll_all()


@db_task()
def retrain_classifier(organization_id: int):
    """Trains a candidate model; it becomes active only if not worse on held-out examples."""
    from fornuft.core.models import Organization
    from fornuft.mail.training import retrain

    organization = Organization.objects.get(pk=organization_id)
    record = retrain(organization)
    return {"version": record.version, "outcome": record.outcome, "macro_f1": record.report.get("macro_f1")}
