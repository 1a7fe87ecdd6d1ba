"""The part of projects in the demo company (`fornuft demo`); running it again changes nothing."""

from fornuft.projects import services

DEMO_TITLES = ["First example", "Second example"]


def load(organization) -> None:
    existing = {item.title for item in services.list_items(organization)}
    for title in DEMO_TITLES:
        if title not in existing:
            services.create_item(organization, title)
