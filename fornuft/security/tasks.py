"""Background work of security (huey): judging Fornuft's own sign-ins, notifications, the weekly
digest, and the scheduled pulls of sign-ins from a drop folder and from Microsoft Graph."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from fornuft.security import services


def _organization(organization_id: int):
    from fornuft.core.models import Organization

    return Organization.objects.get(pk=organization_id)


@db_task()
def judge_signin(organization_id: int, signin_id: int) -> int:
    """Judges one stored sign-in (a login to Fornuft); returns the number of incidents it touched."""
    return len(services.judge_signin(_organization(organization_id), signin_id))


@db_periodic_task(crontab(day_of_week="1", hour="7", minute="0"))
def weekly_digest() -> int:
    """Monday 07:00: the week's security digest to each organization's managing director."""
    from fornuft.core.models import Organization

    sent = 0
    for organization in Organization.objects.all():
        if services.get_settings(organization).digest_email:
            services.weekly_digest(organization)
            sent += 1
    return sent


@db_periodic_task(crontab(minute="*/5"))
def pull_exports() -> int:
    """Every five minutes: sign-in exports dropped in FORNUFT_HOME/security-inbox/<org>/ are imported."""
    from django.conf import settings

    from fornuft.core.models import Organization

    inbox = settings.FORNUFT_HOME / "security-inbox"
    if not inbox.is_dir():
        return 0
    done = 0
    for organization in Organization.objects.all():
        folder = inbox / organization.slug
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if not path.is_file() or path.name.startswith("."):
                continue
            target = folder / "done" / path.name
            try:
                services.import_signins(organization, path.read_bytes(), name=path.name)
            except ValueError:
                target = folder / "failed" / path.name
            target.parent.mkdir(exist_ok=True)
            path.replace(target)
            done += 1
    return done


@db_periodic_task(crontab(minute="*/5"))
def pull_graph() -> int:
    """Every five minutes: new Entra sign-ins from Microsoft Graph, for each organization that set it up.
    A failed pull is kept as the last error on the settings page; the next one tries again."""
    from fornuft.core.models import Organization
    from fornuft.security.graph_pull import graph_configured
    from fornuft.security.graph_pull import pull_graph as pull

    pulled = 0
    for organization in Organization.objects.all():
        if not graph_configured(services.get_settings(organization)):
            continue
        try:
            pulled += pull(organization)["events"]
        except ValueError:
            continue
    return pulled
