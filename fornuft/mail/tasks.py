"""Background work: polling mailboxes, retraining the mail model and registering the
scam-text model (huey)."""

from django.db import transaction
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from fornuft.core.sweep import StuckItems


@db_periodic_task(crontab(minute="*"))
def poll_mailboxes():
    from fornuft.mail.mailboxes import poll_all

    return poll_all()


@db_task()
def retrain_classifier(organization_id: int):
    """Trains a candidate model; it becomes active only if not worse on held-out examples."""
    from fornuft.core import tenancy
    from fornuft.core.models import Organization
    from fornuft.mail.training import retrain

    organization = Organization.objects.get(pk=organization_id)
    with tenancy.activate(organization):
        record = retrain(organization)
    return {"version": record.version, "outcome": record.outcome, "macro_f1": record.report.get("macro_f1")}


@db_task()
def register_scam_model(organization_id: int):
    """Registers the current seed scam-text model as a version of the organization's phishing
    shield (trains the seed model first if this installation has none yet)."""
    from fornuft.core.models import Organization
    from fornuft.mail.training import train_scam_model

    version = train_scam_model(Organization.objects.get(pk=organization_id))
    return {"version": version.version, "outcome": version.outcome, "macro_f1": version.report.get("macro_f1")}


@db_periodic_task(crontab(hour="2", minute="50"))
def refresh_scam_models() -> int:
    """Every night: organizations without a version from the current seed texts (new ones,
    or after an upgrade shipped new texts) get one; returns how many."""
    from fornuft.core.models import Organization
    from fornuft.mail.training import scam_model_is_current, train_scam_model

    registered = 0
    for organization in Organization.objects.all():
        if not scam_model_is_current(organization):
            train_scam_model(organization)
            registered += 1
    return registered


@db_task()
def reprocess_message_task(message_id: int) -> None:
    """Runs a stored message through sorting and routing again, if it is still only received."""
    from fornuft.mail.intake import reprocess
    from fornuft.mail.models import Message, MessageStatus

    # The id is all a task gets; reprocess activates the message's own organization.
    message = (Message.objects.all_organizations().filter(pk=message_id, status=MessageStatus.RECEIVED)
               .select_related("organization").first())
    if message is not None:
        reprocess(message)


def _requeue_message(message) -> None:
    transaction.on_commit(lambda pk=message.pk: reprocess_message_task(pk))


def _fail_message(message, reason: str) -> None:
    from fornuft.platform.workitems import mark_failed

    mark_failed(message, reason)


# A message is stored as `received` and sorted right after; one still there was interrupted.
STUCK_ITEMS = [StuckItems("mail.message", "mail.Message", ("received",), since="received_at",
                          requeue=_requeue_message, fail=_fail_message)]
