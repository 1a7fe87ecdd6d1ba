"""Security's personal-data provider: sign-ins (account, address, place, device) and the incidents
that name an account. Sign-ins have their own retention (90 days by default, governance's purge);
erasure deletes the sign-ins and removes the account from incidents, which stay as security records."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from fornuft.governance.privacy.providers import ExportRecord, Hit, PersonalDataProvider, SubjectQuery
from fornuft.security.models import Incident, SignInEvent


def _accounts(query: SubjectQuery) -> Q | None:
    conditions = []
    if query.email:
        conditions.append(Q(account__iexact=query.email))
        conditions.append(Q(account__iexact=query.email.split("@")[0]))
    if query.name:
        conditions.append(Q(account__iexact=query.name))
    if not conditions:
        return None
    combined = conditions[0]
    for condition in conditions[1:]:
        combined |= condition
    return combined


def search(organization, query: SubjectQuery) -> list[Hit]:
    condition = _accounts(query)
    if condition is None:
        return []
    hits = []
    accounts = (SignInEvent.objects.for_organization(organization).filter(condition)
                .values_list("account", flat=True).distinct()[:50])
    for account in accounts:
        count = SignInEvent.objects.for_organization(organization).filter(account=account).count()
        hits.append(Hit("security.signins", "security.signins", account, f"{account}: {count} sign-ins"))
    for incident in Incident.objects.for_organization(organization).filter(condition)[:200]:
        hits.append(Hit("security.signins", "security.incident", str(incident.pk),
                        f"{incident.first_seen:%Y-%m-%d} {incident.rule}",
                        subjects=[("security.incident", str(incident.pk))]))
    return hits


def export(organization, hit: Hit) -> ExportRecord:
    if hit.record_type == "security.incident":
        incident = Incident.objects.for_organization(organization).get(pk=hit.record_id)
        return ExportRecord({"rule": incident.rule, "severity": incident.severity, "reason": incident.reason,
                             "account": incident.account, "ip": incident.ip,
                             "first_seen": incident.first_seen.isoformat(), "status": incident.status})
    rows = SignInEvent.objects.for_organization(organization).filter(account=hit.record_id).values(
        "time", "ip", "success", "country", "city", "device", "app", "source")[:100_000]
    return ExportRecord({"account": hit.record_id,
                         "signins": [{**row, "time": row["time"].isoformat()} for row in rows]})


def erase(organization, hit: Hit) -> str:
    if hit.record_type == "security.incident":
        updated = Incident.objects.for_organization(organization).filter(pk=hit.record_id).update(account="")
        return "account removed from the incident" if updated else "already gone"
    deleted, _details = SignInEvent.objects.for_organization(organization).filter(account=hit.record_id).delete()
    return f"deleted {deleted} sign-ins" if deleted else "already gone"


def purge(organization, cutoff, *, dry_run: bool = False) -> int:
    old = SignInEvent.objects.for_organization(organization).filter(time__lt=cutoff)
    return old.count() if dry_run else old.delete()[0]


PROVIDERS = [
    PersonalDataProvider("security.signins", _("Sign-ins"), search, export, erase, category="security",
                         category_label=_("Sign-in records (security monitoring)"), purge=purge,
                         default_keep_days=90),
]
