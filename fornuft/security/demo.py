"""The part of security in the demo company (`fornuft demo`); running it again changes nothing."""

from fornuft.security import services


def load(organization) -> None:
    if services.list_incidents(organization, limit=1):
        return
    services.get_settings(organization)
    for alert in services.demo_alerts():
        services.raise_alert(organization, alert)
