"""The actions of security. Views, the API, the CLI, tasks and the demo call these and nothing
else; another capability uses security only through this module.

Alerts (from the sign-in detector or the ransomware watcher) become incidents: a new alert
joins the open incident with the same rule and subject (account, address or folder), so an
attack that goes on is one incident with a growing timeline. Each new incident is a logged
decision (`security.login_alert` / `security.ransomware_alert`) and is notified by the
organization's policy for its severity."""

from __future__ import annotations

import json
import logging
import urllib.request
from datetime import UTC, date, datetime, timedelta

from django.db import transaction
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.security.models import (
    OPEN_STATUSES,
    SEVERITY_RANK,
    BaselineException,
    Incident,
    IncidentEntry,
    IncidentKind,
    IncidentStatus,
    KnownTravel,
    SecuritySettings,
    Severity,
    SignInEvent,
)
from fornuft.security.rules import RANSOMWARE_RULES, rule_label

log = logging.getLogger("fornuft.security")

LOGIN_SYSTEM = "security.login_alert"
RANSOMWARE_SYSTEM = "security.ransomware_alert"
CONFIDENCE = {"high": 0.95, "medium": 0.8, "low": 0.6}  # low-severity alerts go to the review queue
DEFAULT_POLICY = {"high": ["mail", "webhook"], "medium": ["mail"], "low": []}
HISTORY_DAYS = 90
HISTORY_LIMIT = 200_000
MAX_UPLOAD = 50 * 1024 * 1024


# --- settings ------------------------------------------------------------------------------


def get_settings(organization) -> SecuritySettings:
    with activate(organization):
        found = SecuritySettings.objects.first()
        if found is None:
            found = SecuritySettings.objects.create(organization=organization, policy=DEFAULT_POLICY)
        return found


def update_settings(organization, *, thresholds: dict | None = None, vpn_networks: str | None = None,
                    notify_email: str | None = None, webhook_url: str | None = None, policy: dict | None = None,
                    watcher_command: str | None = None, digest_email: str | None = None) -> SecuritySettings:
    """Changes the settings; ValueError says what is wrong (an unknown threshold, a bad network)."""
    from fornuft.security.detection import Thresholds
    from fornuft.security.geo import Networks

    current = get_settings(organization)
    if thresholds is not None:
        Thresholds.from_dict(thresholds)  # refuses unknown names and bad numbers
        current.thresholds = {k: v for k, v in thresholds.items() if v not in (None, "")}
    if vpn_networks is not None:
        try:
            Networks(vpn_networks.splitlines())
        except ValueError as exc:
            raise ValueError(_("Not a network: %(problem)s") % {"problem": exc}) from None
        current.vpn_networks = vpn_networks.strip()
    if policy is not None:
        for severity, channels in policy.items():
            if severity not in SEVERITY_RANK or not set(channels) <= {"mail", "webhook"}:
                raise ValueError(_("The notification policy names a severity or channel that does not exist."))
        current.policy = {s: list(c) for s, c in policy.items()}
    for name, value in (("notify_email", notify_email), ("webhook_url", webhook_url),
                        ("watcher_command", watcher_command), ("digest_email", digest_email)):
        if value is not None:
            setattr(current, name, value.strip())
    if current.webhook_url and not current.webhook_url.startswith(("http://", "https://")):
        raise ValueError(_("The webhook must be an http(s) address."))
    with activate(organization):
        current.full_clean(exclude=["organization"])
        current.save()
    return current


def detector_for(organization, *, since=None):
    """A Detector with the organization's thresholds, allow-list, travel and confirmed exceptions,
    warmed with its stored sign-ins (the learned baseline)."""
    from fornuft.security.detection import Detector, Thresholds
    from fornuft.security.detection import KnownTravel as Trip
    from fornuft.security.geo import Networks

    current = get_settings(organization)
    with activate(organization):
        trips = [Trip(t.account, t.country.upper(),
                      datetime.combine(t.start, datetime.min.time(), UTC).timestamp(),
                      datetime.combine(t.end, datetime.max.time(), UTC).timestamp())
                 for t in KnownTravel.objects.all()]
        allowed: dict[str, dict[str, set]] = {}
        for row in BaselineException.objects.all():
            value = int(row.value) if row.kind == "hour" and row.value.isdigit() else row.value
            allowed.setdefault(row.account.lower(), {}).setdefault(row.kind, set()).add(value)
    detector = Detector(Thresholds.from_dict(current.thresholds or {}), vpn=Networks(current.vpn_networks.splitlines()),
                        travel=trips, allowed=allowed, geoip=_geoip())
    warm(detector, organization, since=since)
    return detector


def _geoip():
    """The installation's GeoIP source; an unreadable `FORNUFT_GEOIP` table is logged, not fatal."""
    from fornuft.security.geo import LayeredGeoIP, installed_geoip, packaged_geoip

    try:
        return installed_geoip()
    except OSError:
        log.warning("FORNUFT_GEOIP names a table that cannot be read; using the packaged country database")
        return LayeredGeoIP(packaged_geoip())


def warm(detector, organization, *, since=None, accounts=None) -> int:
    """Feeds stored sign-ins into the detector to rebuild its baseline; their alerts are dropped."""
    from fornuft.security.signins import SignIn

    since = since or timezone.now() - timedelta(days=HISTORY_DAYS)
    with activate(organization):
        rows = SignInEvent.objects.filter(time__gte=since)
        if accounts is not None:
            rows = rows.filter(account__in=accounts)
        rows = rows.order_by("time").values_list("time", "account", "ip", "success", "country", "city", "latitude",
                                                 "longitude", "device", "app", "source")[:HISTORY_LIMIT]
        count = 0
        for when, account, ip, success, country, city, lat, lon, device, app, source in rows.iterator(2000):
            detector.feed(SignIn(when.timestamp(), account or None, ip, success, country, city, lat, lon, device, app,
                                 source))
            count += 1
    detector.alerts.clear()
    detector._open.clear()
    return count


# --- sign-ins ------------------------------------------------------------------------------


def _event_row(organization, event) -> SignInEvent:
    return SignInEvent(organization=organization, time=event.time, account=(event.user or "")[:254],
                       ip=_valid_ip(event.ip), success=event.success, country=event.country[:8],
                       city=event.city[:100], latitude=event.lat, longitude=event.lon, device=event.device[:200],
                       app=event.app[:200], source=event.source[:20])


def _valid_ip(ip):
    import ipaddress

    try:
        return str(ipaddress.ip_address(ip)) if ip else None
    except ValueError:
        return None


def store_signins(organization, events, alerts) -> list[Incident]:
    """Stores sign-ins and files the alerts as incidents (the CLI's --store, the import)."""
    with activate(organization), transaction.atomic():
        SignInEvent.objects.bulk_create([_event_row(organization, e) for e in events], batch_size=1000)
    return [incident for alert in alerts if (incident := raise_alert(organization, alert.as_json()))]


def import_signins(organization, data: bytes, *, fmt: str = "auto", name: str = "") -> dict:
    """Reads an uploaded sign-in log, judges it against the stored baseline, stores it.
    Returns {"events", "skipped", "format", "incidents"}; ValueError for an unreadable file."""
    from fornuft.security.signins import ParseReport, UnknownFormat, parse_text

    if len(data) > MAX_UPLOAD:
        raise ValueError(_("The file is larger than %(limit)d MB.") % {"limit": MAX_UPLOAD // 1024 // 1024})
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError(_("This is not a sign-in log (a binary file)."))
    text = data.decode("utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8", errors="replace")
    report = ParseReport()
    try:
        events = sorted(parse_text(text, fmt, name=name, report=report), key=lambda e: e.ts)
    except UnknownFormat as exc:
        raise ValueError(str(exc)) from None
    detector = detector_for(organization)
    new = [alert for event in events for alert in detector.feed(event)]
    incidents = store_signins(organization, events, new)
    return {"events": report.events, "skipped": report.skipped, "format": report.format, "incidents": incidents}


def record_fornuft_login(organization, *, account: str, ip: str | None, success: bool, user_agent: str = "") -> int:
    """A sign-in to Fornuft itself (the login signals): stored now, judged by a task after the commit."""
    from fornuft.security.signins import SignIn

    event = SignIn(timezone.now().timestamp(), account[:254] or None, ip, success, device=user_agent[:200],
                   app="fornuft", source="fornuft")
    with activate(organization):
        row = _event_row(organization, event)
        row.save()

    def judge() -> None:
        from fornuft.security.tasks import judge_signin

        judge_signin(organization.pk, row.pk)

    transaction.on_commit(judge)
    return row.pk


def judge_signin(organization, signin_id: int) -> list[Incident]:
    """Judges one stored sign-in against the history of its account and its address."""
    from django.db.models import Q

    from fornuft.security.signins import SignIn

    with activate(organization):
        row = SignInEvent.objects.get(pk=signin_id)
        since = row.time - timedelta(days=30)
        history = (SignInEvent.objects.filter(time__gte=since, time__lte=row.time).exclude(pk=row.pk)
                   .filter(Q(account=row.account) | Q(ip=row.ip)))
        detector = detector_for(organization, since=timezone.now() + timedelta(days=1))  # settings only
        for r in history.order_by("time")[:20_000]:
            detector.feed(SignIn(r.time.timestamp(), r.account or None, r.ip, r.success, r.country, r.city,
                                 r.latitude, r.longitude, r.device, r.app, r.source))
        detector.alerts.clear()
        detector._open.clear()
    event = SignIn(row.time.timestamp(), row.account or None, row.ip, row.success, row.country, row.city,
                   row.latitude, row.longitude, row.device, row.app, row.source)
    return [incident for alert in detector.feed(event) if (incident := raise_alert(organization, alert.as_json()))]


# --- incidents -----------------------------------------------------------------------------


def _aware(value) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    from fornuft.security.signins import parse_time

    return datetime.fromtimestamp(parse_time(str(value)), tz=UTC)


def raise_alert(organization, alert: dict) -> Incident | None:
    """Files one alert (the CLI contract's object, sign-in or watcher) as an incident, or adds it to the
    open incident of the same rule and subject. Returns the incident."""
    rule = str(alert.get("rule") or "")[:40]
    if not rule:
        raise ValueError(_("The alert names no rule."))
    severity = alert.get("severity") if alert.get("severity") in SEVERITY_RANK else Severity.MEDIUM
    kind = IncidentKind.RANSOMWARE if (rule in RANSOMWARE_RULES or "files" in alert) else IncidentKind.LOGIN
    account = str(alert.get("user") or "")[:254]
    ip = str(alert.get("ip") or "")[:64]
    path = str(alert.get("path") or "")[:500]
    first = _aware(alert.get("first_seen") or alert.get("time") or timezone.now())
    last = _aware(alert.get("last_seen") or alert.get("time") or first)
    reason = str(alert.get("reason") or "")[:4000]
    files = [str(f)[:500] for f in (alert.get("files") or [])][:1000]
    dedup_key = f"{rule}|{account or ip or path}"[:400]
    with activate(organization), transaction.atomic():
        incident = (Incident.objects.select_for_update().filter(dedup_key=dedup_key, status__in=OPEN_STATUSES)
                    .first())
        if incident is not None:
            incident.last_seen = max(incident.last_seen, last)
            incident.alerts += 1
            if SEVERITY_RANK[severity] > SEVERITY_RANK[incident.severity]:
                incident.severity = severity
            if files:
                incident.files = list(dict.fromkeys(incident.files + files))[:1000]
            incident.save()
            IncidentEntry.objects.create(organization=organization, incident=incident, time=last,
                                         kind=IncidentEntry.Kind.ALERT, text=reason)
            return incident
        incident = Incident.objects.create(
            organization=organization, kind=kind, rule=rule, severity=severity, account=account, ip=ip, path=path,
            files=files, reason=reason, first_seen=first, last_seen=last, dedup_key=dedup_key)
        IncidentEntry.objects.create(organization=organization, incident=incident, time=first,
                                     kind=IncidentEntry.Kind.ALERT, text=reason)
        _record(organization, incident)
        transaction.on_commit(lambda: notify(organization, incident.pk))
    return incident


def _record(organization, incident: Incident) -> None:
    from fornuft.governance.decisions import record_decision

    system = RANSOMWARE_SYSTEM if incident.kind == IncidentKind.RANSOMWARE else LOGIN_SYSTEM
    record_decision(organization, system, subject=incident,
                    output={"rule": incident.rule, "severity": incident.severity, "verdict": "alert"},
                    confidence=CONFIDENCE.get(incident.severity, 0.8),
                    explanation={"reason": incident.reason, "rule": incident.rule})


def notify(organization, incident_id: int) -> list[str]:
    """Sends the incident by the policy for its severity (mail, webhook); the timeline records each."""
    from django.core.mail import send_mail

    current = get_settings(organization)
    with activate(organization):
        incident = Incident.objects.get(pk=incident_id)
        channels = (current.policy or DEFAULT_POLICY).get(incident.severity, [])
        done = []
        subject = f"[Fornuft] {incident.get_severity_display()}: {rule_label(incident.rule)}"
        body = f"{incident.reason}\n\n{incident.account or incident.ip or incident.path}\n"
        if "mail" in channels and current.notify_email:
            try:
                send_mail(subject[:200], body, None, [current.notify_email])
                done.append("mail")
            except OSError as exc:
                log.warning("security notification mail failed", extra={"event": "notify_failed",
                                                                         "reason": str(exc)[:200]})
        if "webhook" in channels and current.webhook_url:
            payload = json.dumps({"incident": incident.pk, "rule": incident.rule, "severity": incident.severity,
                                  "reason": incident.reason, "account": incident.account, "ip": incident.ip,
                                  "path": incident.path, "files": incident.files[:100]}).encode()
            request = urllib.request.Request(current.webhook_url, data=payload, method="POST",  # noqa: S310
                                             headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=10):  # noqa: S310 - the admin's own URL
                    done.append("webhook")
            except OSError as exc:
                log.warning("security webhook failed", extra={"event": "notify_failed", "reason": str(exc)[:200]})
        for channel in done:
            IncidentEntry.objects.create(organization=organization, incident=incident, time=timezone.now(),
                                         kind=IncidentEntry.Kind.NOTIFIED,
                                         text=_("Notified by %(channel)s.") % {"channel": channel})
    return done


def list_incidents(organization, *, status: str = "", kind: str = "", limit: int = 200) -> list[Incident]:
    with activate(organization):
        rows = Incident.objects.select_related("owner")
        if status == "open":
            rows = rows.filter(status__in=OPEN_STATUSES)
        elif status:
            rows = rows.filter(status=status)
        if kind:
            rows = rows.filter(kind=kind)
        return list(rows[:limit])


def get_incident(organization, incident_id: int) -> Incident:
    with activate(organization):
        return Incident.objects.select_related("owner").get(pk=incident_id)


def timeline(organization, incident: Incident) -> list[IncidentEntry]:
    with activate(organization):
        return list(incident.entries.select_related("author"))


def update_incident(organization, incident_id: int, *, user, status: str | None = None, owner_id: int | None = None,
                    note: str = "") -> Incident:
    """Changes status and owner and adds a note, each on the timeline. Marking a sign-in incident a false
    alarm teaches the baseline (the country, device or hour becomes normal for that account)."""
    from fornuft.core.tenancy import organization_users

    note = note.strip()
    if len(note) > 4000:
        raise ValueError(_("The note is too long (at most 4000 characters)."))
    with activate(organization), transaction.atomic():
        incident = Incident.objects.select_for_update().get(pk=incident_id)
        now = timezone.now()
        if status and status != incident.status:
            if status not in IncidentStatus.values:
                raise ValueError(_("Unknown status."))
            incident.status = status
            IncidentEntry.objects.create(organization=organization, incident=incident, time=now, author=user,
                                         kind=IncidentEntry.Kind.STATUS,
                                         text=_("Status: %(status)s") % {"status": incident.get_status_display()})
            if status == IncidentStatus.FALSE_POSITIVE:
                _learn_false_positive(organization, incident, user)
        if owner_id is not None and owner_id != incident.owner_id:
            owner = organization_users().filter(pk=owner_id).first() if owner_id else None
            if owner_id and owner is None:
                raise ValueError(_("That person is not in this organization."))
            incident.owner = owner
            IncidentEntry.objects.create(organization=organization, incident=incident, time=now, author=user,
                                         kind=IncidentEntry.Kind.OWNER,
                                         text=_("Owner: %(name)s") % {"name": owner.get_full_name() or owner.username}
                                         if owner else _("No owner"))
        if note:
            IncidentEntry.objects.create(organization=organization, incident=incident, time=now, author=user,
                                         kind=IncidentEntry.Kind.NOTE, text=note)
        incident.save()
    return incident


def _learn_false_positive(organization, incident: Incident, user) -> None:
    """Confirms what made the alert as normal for the account, and keeps the correction as a training example."""
    from fornuft.governance.training_data import add_example

    if incident.kind == IncidentKind.LOGIN and incident.account:
        with activate(organization):
            last = SignInEvent.objects.filter(account=incident.account, success=True,
                                              time__lte=incident.last_seen + timedelta(seconds=1)).first()
        facts = []
        if last is not None:
            if incident.rule in ("new_country", "impossible_travel") and last.country:
                facts.append(("country", last.country))
            if incident.rule == "new_device" and last.device:
                facts.append(("device", last.device))
            if incident.rule == "off_hours":
                hour = last.time.astimezone(timezone.get_default_timezone()).hour
                facts.append(("hour", str(hour)))
        with activate(organization):
            for kind, value in facts:
                BaselineException.objects.get_or_create(organization=organization, account=incident.account,
                                                        kind=kind, value=value[:200])
    system = RANSOMWARE_SYSTEM if incident.kind == IncidentKind.RANSOMWARE else LOGIN_SYSTEM
    add_example(organization, system, source="feedback", subject=incident, label="false_positive",
                fields={"rule": incident.rule, "severity": incident.severity}, user=user)


def add_known_travel(organization, *, account: str, country: str, start: date, end: date, note: str = ""):
    account, country = account.strip(), country.strip().upper()
    if not account or len(country) != 2 or not country.isalpha():
        raise ValueError(_("Give the account and a two-letter country code."))
    if end < start:
        raise ValueError(_("The trip ends before it starts."))
    with activate(organization):
        return KnownTravel.objects.create(organization=organization, account=account[:254], country=country,
                                          start=start, end=end, note=note[:200])


def list_known_travel(organization) -> list[KnownTravel]:
    with activate(organization):
        return list(KnownTravel.objects.all()[:200])


# --- dashboard, digest, retention ----------------------------------------------------------


def dashboard(organization, *, days: int = 30) -> dict:
    """Counts for the dashboard: incidents per day and severity, open incidents by rule, sign-ins per day."""
    since = timezone.now() - timedelta(days=days)
    with activate(organization):
        per_day = (Incident.objects.filter(first_seen__gte=since).annotate(day=TruncDate("first_seen"))
                   .values("day", "severity").annotate(n=Count("id")))
        signins = (SignInEvent.objects.filter(time__gte=since).annotate(day=TruncDate("time"))
                   .values("day", "success").annotate(n=Count("id")))
        open_by_rule = list(Incident.objects.filter(status__in=OPEN_STATUSES).values("rule")
                            .annotate(n=Count("id")).order_by("-n"))
        open_count = Incident.objects.filter(status__in=OPEN_STATUSES).count()
    labels = [(timezone.localdate() - timedelta(days=days - 1 - i)) for i in range(days)]
    series = {s: [0] * days for s in SEVERITY_RANK}
    index = {d: i for i, d in enumerate(labels)}
    for row in per_day:
        if row["day"] in index:
            series[row["severity"]][index[row["day"]]] += row["n"]
    ok, failed = [0] * days, [0] * days
    for row in signins:
        if row["day"] in index:
            (ok if row["success"] else failed)[index[row["day"]]] += row["n"]
    return {"days": [d.isoformat() for d in labels], "incidents": series, "signins_ok": ok, "signins_failed": failed,
            "open": open_count, "open_by_rule": [{"rule": r["rule"], "label": str(rule_label(r["rule"])),
                                                  "n": r["n"]} for r in open_by_rule]}


def weekly_digest(organization, *, send: bool = True) -> str:
    """A plain summary of the week for the managing director; mailed to the digest address when set."""
    from django.core.mail import send_mail

    since = timezone.now() - timedelta(days=7)
    with activate(organization):
        new = list(Incident.objects.filter(first_seen__gte=since))
        open_count = Incident.objects.filter(status__in=OPEN_STATUSES).count()
        signins = SignInEvent.objects.filter(time__gte=since).count()
        failed = SignInEvent.objects.filter(time__gte=since, success=False).count()
    lines = [_("Security this week for %(org)s") % {"org": organization.name}, "",
             _("%(n)d sign-ins, %(f)d failed.") % {"n": signins, "f": failed},
             _("%(n)d new incidents, %(o)d open now.") % {"n": len(new), "o": open_count}, ""]
    for incident in sorted(new, key=lambda i: -SEVERITY_RANK[i.severity])[:20]:
        lines.append(f"- [{incident.get_severity_display()}] {rule_label(incident.rule)}: {incident.reason[:200]}")
    text = "\n".join(lines)
    current = get_settings(organization)
    if send and current.digest_email:
        send_mail(_("Weekly security digest"), text, None, [current.digest_email])
    return text


def purge_signins(organization, cutoff, *, dry_run: bool = False) -> int:
    with activate(organization):
        old = SignInEvent.objects.filter(time__lt=cutoff)
        return old.count() if dry_run else old.delete()[0]


# --- governance hooks ----------------------------------------------------------------------


def verdict_choices(organization=None):
    return [("alert", _("A real alert")), ("false_positive", _("A false alarm"))]


def describe_decision(decision):
    from fornuft.governance.corrections import ReviewSubject

    if decision.subject_type != "security.incident":
        return None
    incident = Incident.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id).first()
    if incident is None:
        return None
    return ReviewSubject(title=str(rule_label(incident.rule)), url=reverse("security:incident", args=[incident.pk]),
                         summary=[(_("Severity"), incident.get_severity_display()), (_("Reason"), incident.reason)],
                         values={"verdict": "alert"})


def on_review_resolved(task, correction, user) -> None:
    """A reviewer said the alert was a false alarm: the incident is closed as such and the baseline learns."""
    decision = task.decision
    if decision.subject_type != "security.incident" or not correction:
        return
    if correction.get("verdict") == "false_positive":
        incident = Incident.objects.for_organization(decision.organization_id).filter(pk=decision.subject_id).first()
        if incident is not None:
            update_incident(incident.organization, incident.pk, user=user, status=IncidentStatus.FALSE_POSITIVE)


def demo_alerts() -> list[dict]:
    """Two example incidents for the demo company."""
    now = timezone.now()
    return [
        {"rule": "impossible_travel", "user": "kari@nordlys.no", "ip": "102.89.1.1",
         "first_seen": (now - timedelta(hours=5)).isoformat(), "last_seen": (now - timedelta(hours=5)).isoformat(),
         "severity": "high", "reason": "kari@nordlys.no logged in from Lagos 40 minutes after Bergen; 5,960 km, "
                                       "8,940 km/h (limit 1,000 km/h)"},
        {"rule": "password_spray", "user": None, "ip": "203.0.113.50",
         "first_seen": (now - timedelta(days=2)).isoformat(), "last_seen": (now - timedelta(days=2)).isoformat(),
         "severity": "high", "reason": "12 different accounts failed to sign in from 203.0.113.50 within 60 minutes "
                                       "(password spray)"},
    ]

