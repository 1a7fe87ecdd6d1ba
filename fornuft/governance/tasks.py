"""Scheduled compliance work: the nightly retention purge and the weekly reminders
(system reviews due, data-subject request deadlines, missing AI training) by email."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

GAP_LINES = 20


@db_periodic_task(crontab(hour="3", minute="15"))
def nightly_retention_purge():
    from fornuft.governance import retention

    return retention.purge_all()


@db_periodic_task(crontab(minute="*/15"))
def write_chain_checkpoints():
    """Every 15 minutes: sign the decision log's heads (file + witnesses); see checkpoints.py."""
    from fornuft.governance import checkpoints

    result = checkpoints.write_checkpoints()
    return {"written": len(result.written), "refused": [r.organization_id for r in result.refused],
            "witness_errors": result.witness_errors}


@db_task()
def purge_organization(organization_id: int):
    from fornuft.core import tenancy
    from fornuft.core.models import Organization
    from fornuft.governance import retention

    organization = Organization.objects.get(pk=organization_id)
    with tenancy.activate(organization):
        return [line.count for line in retention.purge_organization(organization)]


def reminder_text(organization) -> str | None:
    """The reminder email body for one organization, or None when nothing needs attention."""
    from django.utils.translation import gettext as _

    from fornuft.core import tenancy
    from fornuft.governance.views_registry import reminders

    with tenancy.activate(organization):
        due = reminders(organization)
    lines = []
    lines += [_("Review of %(name)s due %(day)s") % {"name": s.name, "day": s.next_review} for s in due["reviews_due"]]
    lines += [_("%(name)s must be classified (again)") % {"name": s.name} for s in due["stale"]]
    lines += [_("Data-subject request due %(day)s") % {"day": r.due_at.date()} for r in due["requests"]]
    lines += [_("%(who)s lacks required AI training (%(need)s)") % {"who": g.user, "need": g.required_label}
              for g in due["gaps"][:GAP_LINES]]
    if len(due["gaps"]) > GAP_LINES:
        lines.append(_("… and %(more)s more people missing required training") % {
            "more": len(due["gaps"]) - GAP_LINES})
    return "\n".join(f"- {line}" for line in lines) if lines else None


def send_reminders() -> int:
    """Emails each organization's administrators what needs attention; returns emails sent."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.utils import translation

    from fornuft.core.models import Organization, User
    from fornuft.core.roles import Role

    sent = 0
    for organization in Organization.objects.all():
        with translation.override(organization.language or "nb"):
            body = reminder_text(organization)
            recipients = [u.email for u in User.objects.filter(organization=organization, role=Role.ADMIN,
                                                                is_active=True) if u.email]
            if body is None or not recipients:
                continue
            subject = translation.gettext("Fornuft: compliance reminders for %(name)s") % {"name": organization.name}
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
            sent += 1
    return sent


@db_periodic_task(crontab(day_of_week="1", hour="7", minute="0"))
def weekly_compliance_reminders():
    return send_reminders()
