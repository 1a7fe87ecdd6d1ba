"""The scheduled pull of an organization's Entra sign-ins from Microsoft Graph.

Graph delivers sign-ins minutes late and out of order, so each pull asks again from a
little before the last one (`OVERLAP`) and drops the records whose id it has already stored.
The first pull reaches back one day. An error is kept on the settings, shown on the settings
page, and the next pull tries again; nothing is lost because the window only moves on after
a pull that worked."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from fornuft.security.graph import GRAPH_URL, LOGIN_URL, GraphClient, GraphError

OVERLAP = timedelta(minutes=30)
FIRST_PULL = timedelta(days=1)
SECRET_ENV_DEFAULT = "FORNUFT_GRAPH_CLIENT_SECRET"  # noqa: S105 - the name of a variable, not a secret


def graph_configured(current) -> bool:
    return bool(current.graph_tenant_id and current.graph_client_id)


def secret_is_set(current) -> bool:
    return bool(os.environ.get(current.graph_secret_env or SECRET_ENV_DEFAULT))


def client_for(current) -> GraphClient:
    """A Graph client for the organization's app registration; ValueError when it cannot be made."""
    if not graph_configured(current):
        raise ValueError(_("Microsoft Graph is not set up: enter the tenant id and the client id."))
    variable = current.graph_secret_env or SECRET_ENV_DEFAULT
    secret = os.environ.get(variable, "")
    if not secret:
        raise ValueError(_("The client secret is missing: set the environment variable %(name)s on the server "
                           "and restart Fornuft.") % {"name": variable})
    return GraphClient(current.graph_tenant_id, current.graph_client_id, secret,
                       login_url=os.environ.get("FORNUFT_GRAPH_LOGIN_URL", LOGIN_URL),
                       graph_url=os.environ.get("FORNUFT_GRAPH_URL", GRAPH_URL))


def pull_graph(organization, *, client: GraphClient | None = None, now: datetime | None = None) -> dict:
    """Pulls new sign-ins, judges and stores them. Returns {"events", "skipped", "incidents"};
    ValueError (also kept on the settings as the last error) when the pull did not work."""
    from fornuft.security import services
    from fornuft.security.signins import ParseReport, parse_text

    current = services.get_settings(organization)
    now = now or timezone.now()
    try:
        client = client or client_for(current)  # GraphError for a URL that is not https
        since = (current.graph_last_pulled or now - FIRST_PULL) - OVERLAP
        seen = {str(item[0]) for item in current.graph_recent_ids or []}
        records = [record for page in client.signins_since(_iso(since)) for record in page
                   if str(record.get("id", "")) not in seen]
    except (ValueError, GraphError) as exc:
        current.graph_last_error = str(exc)
        current.save(update_fields=["graph_last_error"])
        raise ValueError(str(exc)) from None

    report = ParseReport()
    text = "\n".join(json.dumps(record) for record in records)
    events = sorted(parse_text(text, "entra", name="graph", report=report), key=lambda e: e.ts) if records else []
    detector = services.detector_for(organization)
    alerts = [alert for event in events for alert in detector.feed(event)]
    incidents = services.store_signins(organization, events, alerts)

    newest = max((_created(record) for record in records), default=None)
    current.graph_last_pulled = newest if client.truncated and newest else now
    current.graph_last_error = ""
    current.graph_recent_ids = _recent_ids(current.graph_recent_ids or [], records, current.graph_last_pulled)
    current.save(update_fields=["graph_last_pulled", "graph_last_error", "graph_recent_ids"])
    return {"events": report.events, "skipped": report.skipped, "incidents": incidents}


def _recent_ids(kept: list, records: list[dict], pulled: datetime) -> list:
    """The ids inside the next pull's overlap: those are the ones it could see again."""
    horizon = pulled - OVERLAP - timedelta(minutes=5)
    items = [item for item in kept if _parse(item[1]) and _parse(item[1]) >= horizon]
    items += [[str(r.get("id")), str(r.get("createdDateTime"))] for r in records
              if r.get("id") and (_created(r) or horizon) >= horizon]
    return items[-20_000:]


def _created(record: dict) -> datetime | None:
    return _parse(record.get("createdDateTime"))


def _parse(value) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
