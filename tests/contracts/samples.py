"""Small contracts written for the tests (Norwegian and English), and files made from them."""

from __future__ import annotations

import io

NO_SERVICE = """TJENESTEAVTALE – DRIFT AV IT-SYSTEMER

Avtalen er inngått mellom

Nordlys Data AS, org.nr. 914 778 271 (heretter «Leverandøren»)

og

Fjordbakst AS, org.nr. 923 456 783 (heretter «Kunden»)

1. Avtalens formål
Leverandøren skal levere drift og brukerstøtte for Kundens IT-systemer.

2. Varighet og oppsigelse
Avtalen gjelder fra 1. mars 2025 og løper i 24 måneder. Avtalen fornyes deretter automatisk med 12 måneder av gangen med mindre den sies opp.
Oppsigelsesfristen er tre måneders oppsigelse regnet fra utgangen av måneden.

3. Vederlag og betaling
Samlet vederlag er NOK 1 200 000 per år. Faktura betales innen 30 dager.
Prisene kan justeres årlig i samsvar med konsumprisindeksen.

4. Ansvar
Leverandørens samlede ansvar er begrenset til 50 % av årlig vederlag. Ansvarsbegrensningen gjelder ikke ved brudd på taushetsplikten.

5. Taushetsplikt
Partene har taushetsplikt om konfidensiell informasjon.

6. Lovvalg og tvister
Avtalen reguleres av norsk rett. Tvister avgjøres ved Oslo tingrett.

Sted og dato: Oslo, 20. februar 2025
For Leverandøren: Kari Nordmann        For Kunden: Ola Hansen
Dato: 21.02.2025
"""

EN_LICENCE = """SOFTWARE LICENCE AND SUPPORT AGREEMENT

This Agreement is dated 1st March 2025 and is made between:

(1) Brightwave Software Ltd, a company incorporated in England and Wales with company number 08123456 ("Licensor"); and
(2) Fjellstad Regnskap AS, org. no. 998 877 660, a Norwegian company ("Customer").

1. Term
1.1 This Agreement shall commence on March 15, 2025 (the "Effective Date") and shall continue for an initial term of three (3) years. Thereafter it shall automatically renew for successive periods of one (1) year unless either party gives at least ninety (90) days' written notice of non-renewal prior to the end of the then-current term.

2. Licence
2.1 Licensor hereby grants to Customer a non-exclusive, non-transferable licence to use the Software during the term.

3. Fees
3.1 The total contract value is USD 45,000.00, payable annually in advance. Invoices are payable within 30 days of the invoice date.

4. Liability
4.1 Licensor's aggregate liability under this Agreement shall not exceed the fees paid in the twelve (12) months preceding the claim.

5. Non-competition
5.1 During the term and for twelve months thereafter, the Customer shall not engage in any business that competes with the Licensor.

6. Governing law
6.1 This Agreement shall be governed by and construed in accordance with the laws of England and Wales.

Signed for and on behalf of Brightwave Software Ltd on 3 March 2025
Signed for and on behalf of Fjellstad Regnskap AS on 05.03.2025
"""


def docx_bytes(text: str) -> bytes:
    """A real Word file (python-docx) with one paragraph per line of `text`."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
# ruff: noqa: E501 - regular expressions and contract text read best unbroken
