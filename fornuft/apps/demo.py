"""The part of apps in the demo company (`fornuft demo`): the three templates as draft
apps and a small customer register; running it again changes nothing."""

from fornuft.apps import services, starters
from fornuft.apps.models import App, AppTable
from fornuft.core.tenancy import activate

CUSTOMERS = (b"name;segment;city\nByggmester Hansen AS;bygg;Oslo\nFjordkraft Eiendom AS;eiendom;Bergen\n"
             b"Nordlys Regnskap AS;regnskap;Troms\xc3\xb8\n")


def load(organization) -> None:
    with activate(organization):
        existing = set(App.objects.values_list("template", flat=True))
        has_customers = AppTable.objects.filter(name="customers").exists()
    for key in starters.TEMPLATES:
        if key not in existing:
            services.create_app(organization, None, template=key, check_literacy=False)
    if not has_customers:
        services.upload_table(organization, "customers", CUSTOMERS)
