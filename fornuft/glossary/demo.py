"""The glossary of the demo company: the construction pack. Running it again changes nothing new."""

from fornuft.glossary import services


def load(organization) -> None:
    if not services.list_entries(organization):
        services.add_pack(organization, "construction")
