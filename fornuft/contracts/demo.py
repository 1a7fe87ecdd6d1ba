"""The part of contracts in the demo company (`fornuft demo`); running it again changes nothing."""

from fornuft.contracts import services
from fornuft.contracts.models import Contract

DEMO_FILE = "demo-tjenesteavtale.txt"
DEMO_TEXT = """TJENESTEAVTALE – DRIFT OG BRUKERSTØTTE

Avtalen er inngått mellom

Nordlys Data AS, org.nr. 914 778 271 (heretter «Leverandøren»)

og

Demo AS, org.nr. 923 456 783 (heretter «Kunden»)

1. Varighet
Avtalen gjelder fra 1. januar 2026 og løper i 12 måneder. Avtalen fornyes deretter automatisk med 12 måneder av gangen.
Oppsigelsesfristen er tre måneders oppsigelse regnet fra utgangen av måneden.

2. Vederlag
Samlet vederlag er NOK 240 000 per år. Faktura betales innen 30 dager.

3. Ansvar
Leverandørens samlede ansvar er begrenset til årlig vederlag.

4. Lovvalg
Avtalen reguleres av norsk rett. Tvister avgjøres ved Oslo tingrett.

Sted og dato: Oslo, 15. desember 2025
"""


def load(organization) -> None:
    if Contract.objects.for_organization(organization).filter(filename=DEMO_FILE).exists():
        return
    services.upload_contract(organization, DEMO_TEXT.encode("utf-8"), filename=DEMO_FILE, source="demo",
                             in_background=False)
