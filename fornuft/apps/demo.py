"""The part of apps in the demo company (`fornuft demo`): the three templates as draft
apps, a small customer register and the quarter's supplier figures the supplier evaluation's
schedule reads; running it again changes nothing."""

from fornuft.apps import services, starters
from fornuft.apps.models import App, AppTable
from fornuft.core.tenancy import activate

CUSTOMERS = (b"name;segment;city\nByggmester Hansen AS;bygg;Oslo\nFjordkraft Eiendom AS;eiendom;Bergen\n"
             b"Nordlys Regnskap AS;regnskap;Troms\xc3\xb8\n")
SUPPLIER_FIGURES = (b"supplier;deliveries;on_time;invoice_deviations;complaints\n"
                    b"Elektroengros AS;24;23;0;0\nRask Bygg AS;18;11;3;2\nTrevare Nord AS;9;4;2;3\n")


def load(organization) -> None:
    with activate(organization):
        existing = set(App.objects.values_list("template", flat=True))
        tables = set(AppTable.objects.filter(name__in=["customers", "supplier_figures"]).values_list("name", flat=True))
    for key in starters.TEMPLATES:
        if key not in existing:
            services.create_app(organization, None, template=key, check_literacy=False)
    if "customers" not in tables:
        services.upload_table(organization, "customers", CUSTOMERS)
    if "supplier_figures" not in tables:
        services.upload_table(organization, "supplier_figures", SUPPLIER_FIGURES)
