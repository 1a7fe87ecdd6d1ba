# ruff: noqa: E501 - the assignments are texts as written, some with long lines on purpose
"""A dev set of invented assignments across trades and voices (architects, landscape, IT,
electrical, events, municipal tenders; terse tenders, chatty private clients, English from
foreign owners, forwarded threads, briefs with tables and numbered or lettered sections,
signatures whose address is not the site), with the fields a reader should find.

Every company, person and address here is invented. `score()` gives the share right per field;
`python -m tests.projects.dev_assignments` prints it with the misses.
"""

from __future__ import annotations

import io
import re
from datetime import date
from email.message import EmailMessage

REFERENCE = date(2027, 1, 18)  # what a brief without a mail date counts from


def _mail(body: str, subject: str, sender: str, sent: str, attachment: tuple[str, bytes] | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "post@example.no"
    message["Subject"] = subject
    message["Date"] = sent
    message.set_content(body)
    if attachment:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


def _docx(lines: list[str]) -> bytes:
    """Paragraphs; a line with tabs becomes a table row (consecutive rows one table)."""
    import docx

    document = docx.Document()
    table = None
    for line in lines:
        if "\t" in line:
            cells = line.split("\t")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
            row = table.add_row().cells
            for cell, value in zip(row, cells, strict=False):
                cell.text = value
        else:
            table = None
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


CASES: list[dict] = []


def case(name, data, deadline, location, deliverables, filename=None):
    CASES.append({
        "name": name,
        "filename": filename or (name + (".eml" if isinstance(data, bytes) and data[:5] in (b"From:", b"To: p", b"Conte", b"MIME-") else ".txt")),
        "data": data if isinstance(data, bytes) else data.encode(),
        "deadline": deadline,
        "location": location,  # every word here must be in the extracted location
        "deliverables": deliverables,
    })


case("01_tender_kindergarten", """KONKURRANSEGRUNNLAG – Skisseprosjekt for ny barnehage på Lunde
Oppdragsgiver: Vestby kommune, Eiendomsavdelingen

1. Orientering
Vestby kommune skal bygge ny 6-avdelings barnehage på Lunde.

2. Eiendom
Gnr. 12 bnr. 45, Lundeveien 8, 1540 Vestby

3. Oppdragets omfang
Oppdraget omfatter:
a) Skisseprosjekt med planløsninger og fasader
b) Utomhusplan i målestokk 1:200
c) Kostnadsoverslag etter NS 3451
d) Presentasjon for formannskapet

4. Frister
Frist for spørsmål: 15.02.2027
Tilbudsfrist: 01.03.2027 kl. 12:00
Leveranse av skisseprosjekt: senest 14. mai 2027

5. Kontakt
Kari Nilsen, Rådhusgata 1, 1540 Vestby
""", "2027-05-14", "Lundeveien 8",
     ["Skisseprosjekt med planløsninger og fasader", "Utomhusplan", "Kostnadsoverslag etter NS 3451",
      "Presentasjon for formannskapet"])

case("02_private_garden", _mail("""Hei!

Vi har nettopp kjøpt et hus i Bekkestien 14 på Nesøya og har lyst til å få gjort noe med hagen.
Vi tenker oss en ny terrasse mot sør, et lite kjøkkenhageområde og bedre belysning langs
innkjørselen. Kan dere lage en hageplan og et enkelt prisoverslag? Det hadde vært fint å ha
tegningene klare før fellesferien, så vi kan få anleggsgartner i gang i august.

Hilsen Siri

Siri Haugen
Storgata 3, 0155 Oslo
""", "Hage", "Siri Haugen <siri.haugen@gmail.com>", "Tue, 12 Jan 2027 19:02:00 +0100"),
     "2027-07-09", "Bekkestien 14", ["Hageplan", "Prisoverslag"])

case("03_foreign_owner_cabin", _mail("""Dear Sir/Madam,

We own the property at Hafjellvegen 112, 2636 Øyer and wish to extend the cabin with a bedroom
wing of approx. 40 m2.

The work includes:
- concept design with 2-3 alternatives
- drawings for the building permit application
- the building permit application itself
- follow-up with the municipality until approval

We would like to have the application submitted no later than 1 May 2027. The quotation should
reach us by 20 February.

Budget: approx. EUR 18,000.

Kind regards,
Henrik de Vries
Vries Holding BV, Keizersgracht 220, 1016 Amsterdam
""", "Cabin extension Hafjell", "Henrik de Vries <h.devries@vriesholding.nl>", "Mon, 8 Feb 2027 10:00:00 +0100"),
     "2027-05-01", "Hafjellvegen 112",
     ["Concept design with 2-3 alternatives", "Drawings for the building permit application",
      "Building permit application", "Follow-up with the municipality until approval"])

case("04_forward_web_portal", _mail("""Hei Lise, kan du se på denne? Merk at kunden har flyttet fristen, se under.
Jonas

---------- Videresendt melding ----------
Fra: Anders Lie <anders@lierbakeri.no>
Dato: 2. mars 2027
Emne: SV: Ny nettside og kundeportal
Til: Jonas Berg <jonas@datadrift.no>

Hei igjen, vi må dessverre flytte lanseringen: alt må være ferdig innen uke 20 i stedet for uke 16.
Vi dropper også nyhetsbrev-integrasjonen inntil videre.
Anders

Fra: Anders Lie <anders@lierbakeri.no>
Dato: 15. februar 2027
Emne: Ny nettside og kundeportal
Til: Jonas Berg <jonas@datadrift.no>

Hei,
Lier Bakeri AS ønsker tilbud på:
• ny nettside med nettbutikk
• kundeportal for bedriftskunder
• integrasjon mot regnskapssystemet
• nyhetsbrev-integrasjon
Ferdig innen uke 16. Vi holder til i Bakerveien 3 i Lier.
""", "VS: SV: Ny nettside og kundeportal", "Jonas Berg <jonas@datadrift.no>", "Wed, 3 Mar 2027 08:15:00 +0100"),
     "2027-05-21", "Bakerveien 3",
     ["Ny nettside med nettbutikk", "Kundeportal for bedriftskunder", "Integrasjon mot regnskapssystemet"])

case("05_school_electrical_table", _docx([
    "Forespørsel – elektroprosjektering, Tangen skole",
    "Oppdragsgiver\tNordre Follo kommune",
    "Byggested\tTangen skole, Skoleveien 20, 1400 Ski",
    "Kontaktperson\tPer Hansen",
    "",
    "Leveranser",
    "Nr\tLeveranse\tFrist",
    "1\tForprosjekt elektro\t12.03.2027",
    "2\tDetaljprosjektering el og tele\t30.04.2027",
    "3\tBrannalarmanlegg – beskrivelse og tegninger\t30.04.2027",
    "4\tSluttdokumentasjon (FDV)\t18.06.2027",
    "",
    "Tilbud sendes innen 15.02.2027.",
]), "2027-06-18", "Skoleveien 20",
     ["Forprosjekt elektro", "Detaljprosjektering el og tele", "Brannalarmanlegg – beskrivelse og tegninger",
      "Sluttdokumentasjon (FDV)"], filename="05_school_electrical_table.docx")

case("06_event_conference_en", _mail("""Hi there,

We're planning our annual partner conference for about 250 people at Grieghallen in Bergen and
we'd love your help. We need venue coordination, a full AV and stage production plan, catering
management as well as a welcome dinner on the first evening. Everything needs to be locked down
by end of Q2 since the conference itself is in September.

Please send your proposal by 15 March.

Best,
Emma

Olivia Harcourt | BrightPath Ltd | 14 King Street, Manchester M2 4LQ
""", "Summer conference 2027 – Bergen", "Olivia Harcourt <emma.clarke@brightpath.co.uk>",
           "Thu, 21 Jan 2027 14:20:00 +0000"),
     "2027-06-30", "Grieghallen Bergen",
     ["Venue coordination", "AV and stage production plan", "Catering management", "Welcome dinner"])

case("07_park_tender", """Anskaffelse: Landskapsprosjektering av Elvebredden park
Saksnr. 2027/114
Oppdragsgiver: Nordby kommune, Kommunalteknikk

Beskrivelse av oppdraget
Nordby kommune skal oppgradere Elvebredden park i Brumunddal sentrum.

Leveransen skal omfatte
- Mulighetsstudie med tre konsepter
- Forprosjekt landskap, inkl. beplantningsplan
- Detaljprosjektering med arbeidstegninger og
  mengdebeskrivelse etter NS 3420
- Medvirkningsmøte med nabolaget

Fremdrift
Oppstartsmøte: uke 10
Mulighetsstudie: innen 16. april 2027
Ferdig detaljprosjekt: innen uke 35

Spørsmål til konkurransen stilles innen 1. mars via KGV.
""", "2027-09-03", "Elvebredden Brumunddal",
     ["Mulighetsstudie med tre konsepter", "Forprosjekt landskap, inkl. beplantningsplan",
      "Detaljprosjektering med arbeidstegninger og mengdebeskrivelse etter NS 3420",
      "Medvirkningsmøte med nabolaget"])

case("08_office_thread_en", _mail("""Hi Ingrid,

Thanks for the meeting. After discussing internally we no longer need the furniture plan - we'll
handle that ourselves. Please add a lighting concept for the reception instead. The deadline
stays as agreed.

Olav

On Mon, 22 Feb 2027 at 09:12, Olav Strand <olav@strandeiendom.no> wrote:
> Hi,
> We are refurbishing the 3rd floor of our office building Strandkaien 9, Stavanger.
> We need:
> 1. Space planning for 45 workplaces
> 2. Interior design concept
> 3. Furniture plan
> 4. Tender drawings for the contractor
> Completion of the design by 30 April 2027.
""", "Re: Office refurbishment Strandkaien", "Olav Strand <olav@strandeiendom.no>", "Thu, 4 Mar 2027 11:00:00 +0100"),
     "2027-04-30", "Strandkaien 9",
     ["Space planning for 45 workplaces", "Interior design concept", "Tender drawings for the contractor",
      "Lighting concept for the reception"])

case("09_garage_thread_nb", _mail("""Hei igjen,

Vi har snakket sammen hjemme og kutter annekset i denne omgang. Garasjen står vi på.
Siden vi ikke skal bygge anneks nå, trenger vi tegningene litt tidligere: senest 23. april.

Bjørn

Den 1. mar. 2027 kl. 20:14 skrev Bjørn Aas <bjorn.aas@online.no>:
Hei,
Vi ønsker tegninger og byggesøknad for en dobbelgarasje og et anneks på ca. 25 m2 på tomta vår i
Granlia 7, 2380 Brumunddal. Det hadde vært fint med alt ferdig innen 1. juni.
Mvh Bjørn Aas
""", "Sv: Garasje og anneks", "Bjørn Aas <bjorn.aas@online.no>", "Wed, 10 Mar 2027 21:30:00 +0100"),
     "2027-04-23", "Granlia 7", ["Tegninger", "Byggesøknad for dobbelgarasje"])

case("10_library_opening", """Bestilling: Arrangement ved åpning av nye Sandvika bibliotek
Oppdragsgiver: Bærum kommune, Kultur

Vi ber om et opplegg for åpningsdagen. Oppdraget omfatter program for dagen, scene og lyd,
skilting og vakthold, samt markedsføring i lokale kanaler. Alt må være ferdig til åpningen
1. juni 2027.

Sted: Sandvika bibliotek, Kinoveien 7, 1337 Sandvika
Frist for tilbud: 22. mars 2027.
""", "2027-06-01", "Kinoveien 7",
     ["Program for dagen", "Scene og lyd", "Skilting og vakthold", "Markedsføring i lokale kanaler"])

case("11_order_relative_nb", _mail("""Hei,

Vi bekrefter herved bestilling i henhold til deres tilbud 2027-031.

Bestillingen omfatter:
– termografering av alle hovedtavler
– el-kontroll etter NEK 405 i alle fellesarealer
– rapport med tiltaksliste

Rapporten skal foreligge 6 uker etter bestilling. Anlegget ligger i Industriveien 14, 7080 Heimdal.

Med vennlig hilsen
Trine Dahl
Driftssjef, Heimdal Næringsbygg AS
Sandmoflata 2, 7092 Tiller
""", "Bestilling – termografering og el-kontroll", "Trine Dahl <trine@heimdalnb.no>",
           "Mon, 8 Feb 2027 09:00:00 +0100"),
     "2027-03-22", "Industriveien 14",
     ["Termografering av alle hovedtavler", "El-kontroll etter NEK 405 i alle fellesarealer",
      "Rapport med tiltaksliste"])

case("12_rfp_data_platform", _mail("""Northwind Shipping AS invites proposals for the migration of our data platform.

Scope of work
The work includes migration of our on-premise SQL Server data warehouse to Azure, rebuild of
14 Power BI reports, access management and training for 20 key users.

Timeline
Proposals due: 1 April 2027
Project start: May 2027
Go-live: by end of Q3 2027

Location: Northwind headquarters, Strandveien 50, 1366 Lysaker (hybrid work accepted)

Procurement office
Northwind Shipping AS, Postboks 1, 0101 Oslo
""", "RFP: Data platform migration", "Procurement <procurement@northwindshipping.com>",
           "Mon, 1 Mar 2027 08:00:00 +0100"),
     "2027-09-30", "Strandveien 50",
     ["Migration of SQL Server data warehouse to Azure", "Rebuild of 14 Power BI reports", "Access management",
      "Training for 20 key users"])

case("13_cemetery_table_txt", """Oppdrag: Kirkegårdsutvidelse ved Nes kirke
Oppdragsgiver: Nes kirkelige fellesråd
Tomt: Gnr 45 bnr 3, ved Nes kirke, Nesbyen

Leveranser og frister
Leveranse | Frist
Skisse med to alternativer | 12.03.2027
Forprosjekt med kostnadsoverslag | 07.05.2027
Detaljprosjekt og anbudsgrunnlag | 25.06.2027

Spørsmål rettes til kirkevergen.
""", "2027-06-25", "Nes kirke",
     ["Skisse med to alternativer", "Forprosjekt med kostnadsoverslag", "Detaljprosjekt og anbudsgrunnlag"])

case("14_nursing_home_lettered", """Forespørsel om arkitekttjenester – rehabilitering av Fjellheim sykehjem

Vi viser til telefonsamtale og ber om tilbud på følgende:
a) Tilstandsvurdering av fasader og tak, med
   anbefalte tiltak
b) Skisser til ny hovedinngang med
   universell utforming
c) Rammesøknad

Arbeidet skal være avsluttet før fellesferien 2027. Tilbudsfrist er 5. mars.
Fjellheim sykehjem ligger i Fjellheimveien 2 i Hønefoss.

Med hilsen
Ringerike kommune, Eiendom
Postboks 123, 3502 Hønefoss
""", "2027-07-09", "Fjellheimveien 2",
     ["Tilstandsvurdering av fasader og tak, med anbefalte tiltak", "Skisser til ny hovedinngang med universell utforming",
      "Rammesøknad"])

case("15_itt_lighting_en", """INVITATION TO TENDER – Lighting design, Kvarteret office park
Contracting authority: Sandnes Tomteselskap KF

1. Site: Kvarteret office park, Vågsgaten 12, 4306 Sandnes
2. Scope
2.1 Outdoor lighting masterplan
2.2 Lighting calculations for parking areas
2.3 Detailed drawings for the electrical contractor
3. Dates
Questions by 10 February 2027.
Tender deadline 24 February 2027.
Final delivery no later than 1 June 2027.
""", "2027-06-01", "Vågsgaten 12",
     ["Outdoor lighting masterplan", "Lighting calculations for parking areas",
      "Detailed drawings for the electrical contractor"])

case("16_canteen_electrical", _mail("""Hei,

Vi skal bygge om kantina ved Vestsiden ungdomsskole i Larvik og trenger elektroprosjektering.
Konkret ønsker vi:
1) nytt kurs- og tavleoppsett
2) belysningsplan for kantine og kjøkken
3) plan for ladepunkter i personalparkeringen
Alt ferdig innen uke 24.

Vennlig hilsen
Lars Evensen
Larvik kommune, Eiendomsforvaltning
Feltsetveien 2, 3262 Larvik
""", "Ombygging kantine", "Lars Evensen <lars.evensen@larvik.kommune.no>", "Tue, 2 Feb 2027 13:00:00 +0100"),
     "2027-06-18", "Vestsiden ungdomsskole",
     ["Kurs- og tavleoppsett", "Belysningsplan for kantine og kjøkken", "Plan for ladepunkter i personalparkeringen"])

case("17_barn_conversion_en", """Hello,

My wife and I have inherited a farmhouse and would like to turn the old barn into a holiday home.
The property is at Øvre Haugen gård, Rindal. We'd like you to do a measured survey of the barn,
sketch designs and a rough cost estimate. If possible we would like to receive everything by the
end of August.

Cheers,
Petter Lyngvær
42 Elm Road, Cambridge CB1 2XX, UK
""", "2027-08-31", "Haugen Rindal",
     ["Measured survey of the barn", "Sketch designs", "Rough cost estimate"])

case("18_school_yard_attachment", _mail("""Hei,

Vedlagt finner dere konkurransegrunnlaget for uteområdet ved Breivika skole. Vi minner om at
tilbudsfrist er 12. mars.

Mvh
Tromsø kommune, Byggforvaltning
Rådhusgata 2, 9008 Tromsø
""", "Konkurranse – uteområde Breivika skole", "Innkjøp <innkjop@tromso.kommune.no>", "Mon, 15 Feb 2027 09:00:00 +0100",
    attachment=("konkurransegrunnlag.docx", _docx([
        "Konkurransegrunnlag – Uteområde Breivika skole",
        "Prosjektadresse: Breivikveien 21, 9018 Tromsø",
        "Omfang",
        "Oppdraget omfatter landskapsarkitekttjenester i forprosjekt- og detaljfase:",
        "• Illustrasjonsplan",
        "• Terreng- og høydeplan",
        "• Vegetasjonsplan",
        "• Utendørs lekeareal med universell utforming",
        "Frister",
        "Befaring: 2. mars 2027",
        "Ferdig forprosjekt: 30. april 2027",
        "Endelig leveranse: 27. august 2027",
    ]))), "2027-08-27", "Breivikveien 21",
     ["Illustrasjonsplan", "Terreng- og høydeplan", "Vegetasjonsplan", "Utendørs lekeareal med universell utforming"])

case("19_jubilee_thread", _mail("""Hei! Liten endring: vi trenger ikke lenger fotograf, det ordner vi selv. Og festen er flyttet
til lørdag 18. september, så alt må være klart fredag 17. september.
Hilde

-----Opprinnelig melding-----
Fra: Hilde Rasmussen <hilde.rasmussen@gmail.com>
Sendt: 20. mars 2027 18:40
Til: post@eventhuset.no
Emne: Jubileumsfest

Hei,
Idrettslaget fyller 100 år og vi ønsker hjelp til jubileumsfesten på Samfunnshuset i Åndalsnes.
Vi trenger dekorasjon av salen, lyd og lys, fotograf og en konferansier. Festen er 11. september,
så alt bør være klart dagen før.
""", "SV: Jubileumsfest", "Hilde Rasmussen <hilde.rasmussen@gmail.com>", "Mon, 5 Apr 2027 20:00:00 +0200"),
     "2027-09-17", "Samfunnshuset Åndalsnes", ["Dekorasjon av salen", "Lyd og lys", "Konferansier"])

case("20_solar_site_en", _mail("""Hi,

We'd like to install rooftop solar and EV charging on our site at Kokstadflaten 35, Bergen.
Please quote for the following:
- PV system design (approx. 300 kWp)
- Grid connection application
- EV charging design for 40 chargers
- Load calculation for the main switchboard

We need the design completed within 8 weeks of contract signature. The contract is expected to be
signed on 1 March 2027.

Regards,
Arne Bakke
Facility Manager, Vestland Logistics AS
Sandviksbodene 1, 5035 Bergen
""", "Solar PV and EV charging – design", "Arne Bakke <arne.bakke@vestlandlogistics.no>",
           "Wed, 10 Feb 2027 10:30:00 +0100"),
     "2027-04-26", "Kokstadflaten 35",
     ["PV system design", "Grid connection application", "EV charging design for 40 chargers",
      "Load calculation for the main switchboard"])


# --- held out: written after the readers passed the cases above, scored once before any change
# they prompted (see docs/projects.md for the figures) ------------------------------------------

case("21_ehealth_call_off", """Avrop på rammeavtale – ny timebestillingsløsning for Fjordvik legesenter
Kunde: Fjordvik kommune
Leveringssted: Fjordvik legesenter, Havnegata 4, 8300 Svolvær

Ytelser som inngår:
1. Kravspesifikasjon i samarbeid med legene
2. Konfigurering og oppsett av løsningen
3. Opplæring av 12 ansatte
4. Brukerstøtte i tre måneder etter idriftsettelse

Løsningen skal være i drift senest 30.09.2027. Frist for å stille spørsmål er 10.05.2027.
""", "2027-09-30", "Havnegata 4",
     ["Kravspesifikasjon i samarbeid med legene", "Konfigurering og oppsett av løsningen", "Opplæring av 12 ansatte",
      "Brukerstøtte i tre måneder etter idriftsettelse"])

case("22_hotel_owner_en", _mail("""Hello team,

I'm the new owner of the Lindvik Fjord Hotel in Balestrand, and we'd like to refresh the terrace and
the garden in front of the restaurant before the season starts. Could you prepare a landscape
concept, planting plan and a budget estimate for the works? We also need lighting for the terrace.

It would be great to have the final drawings no later than 15 April 2027 so the contractor can
start in May.

Thanks!
Jean Dupont
Owner, Lindvik Fjord Hotel
12 Rue de Rivoli, 75001 Paris
""", "Terrace and garden", "Jean Dupont <jean.dupont@lindvikhotel.com>", "Fri, 15 Jan 2027 16:00:00 +0100"),
     "2027-04-15", "Lindvik Fjord Hotel Balestrand",
     ["Landscape concept", "Planting plan", "Budget estimate", "Lighting for the terrace"])

case("23_balconies_thread", _mail("""Hei,

Oppdatering etter styremøtet: Fasadetegningene utgår, de har vi fra før. I tillegg ønsker vi en
enkel 3D-visualisering til beboermøtet. Ny frist er 4. juni.

Mvh Kristin
Styreleder, Solhaug Borettslag

Den tir. 16. mar. 2027 kl. 09:12 skrev Kristin Moe <kristin.moe@solhaug-brl.no>:
> Hei,
> Solhaug Borettslag ønsker tilbud på prosjektering av nye balkonger i Solhaugveien 10, 3050 Mjøndalen.
> Vi trenger:
> - tilstandsvurdering av eksisterende balkonger
> - fasadetegninger
> - tegninger for byggesøknad
> - byggesøknad
> Frist 14. mai.
""", "Sv: Balkonger", "Kristin Moe <kristin.moe@solhaug-brl.no>", "Fri, 2 Apr 2027 12:00:00 +0200"),
     "2027-06-04", "Solhaugveien 10",
     ["Tilstandsvurdering av eksisterende balkonger", "Tegninger for byggesøknad", "Byggesøknad",
      "3D-visualisering"])

case("24_network_forward_en", _mail("""FYI - see below from the client. Let's discuss tomorrow.
Mark

-----Original Message-----
From: Sarah Jensen <sarah.jensen@coastalfreight.no>
Sent: Tuesday, March 9, 2027 14:02
To: Mark Olsen
Subject: Warehouse network upgrade

Hi Mark,
As discussed, we want to upgrade the network at our warehouse in Ålesund (Moaveien 21).
Scope:
- site survey of the existing Wi-Fi coverage
- new access points and switches, incl. installation
- firewall replacement
- documentation and handover to our IT staff
Everything must be completed by the end of week 38 as we go live with the new WMS the week after.
Regards,
Sarah
Coastal Freight AS
Postboks 400, 6001 Ålesund
""", "FW: Warehouse network upgrade", "Mark Olsen <mark@nettverkstedet.no>", "Wed, 10 Mar 2027 08:00:00 +0100"),
     "2027-09-24", "Moaveien 21",
     ["Site survey of the existing Wi-Fi coverage", "New access points and switches", "Firewall replacement",
      "Documentation and handover to our IT staff"])

case("25_private_electrician", _mail("""Hei!

Vi skal pusse opp kjøkken og bad i leiligheten vår i Thereses gate 40 her i Oslo, og trenger en
elektriker. Det gjelder nye kurser til kjøkkenet, varmekabler på badet, og flytting av
sikringsskapet. Helst skulle alt vært ferdig i løpet av mai, for vi flytter inn 1. juni.

Hilsen Ola og Kari
""", "Elektriker til oppussing", "Ola Nordmann <ola.nordmann@hotmail.com>", "Sun, 14 Feb 2027 21:00:00 +0100"),
     "2027-05-31", "Thereses gate 40",
     ["Nye kurser til kjøkkenet", "Varmekabler på badet", "Flytting av sikringsskapet"])

case("26_christmas_party_rfq", """Request for quotation – Christmas party 2027
Client: Aker Maritime Services AS
Venue: Fornebu Expo Hall, Oksenøyveien 3, 1366 Lysaker

Item | Description | Qty
1 | Stage, sound and lighting | 1
2 | Live band | 1
3 | Three-course dinner | 400
4 | Decoration | 1

Everything to be confirmed before 1 November 2027. Quotes by 15 September.
""", "2027-11-01", "Oksenøyveien 3",
     ["Stage, sound and lighting", "Live band", "Three-course dinner", "Decoration"])

case("27_park_pdf_like", """3 OPPDRAGET
3.1 Bakgrunn
Kommunen skal etablere en ny nærmiljøpark på tomten ved Gamle Kongevei, gnr. 33 bnr. 210 i
Steinkjer.
3.2 Leveranser
Leverandøren skal levere skisseprosjekt med to alternative utforminger, forprosjekt
med kostnadsoverslag og tegninger som grunnlag for anbudskonkurranse.
3.3 Fremdrift
Skisseprosjekt skal presenteres for politisk utvalg i uke 22. Endelig forprosjekt
skal leveres innen 1. oktober 2027.
""", "2027-10-01", "Kongevei",
     ["Skisseprosjekt med to alternative utforminger", "Forprosjekt med kostnadsoverslag",
      "Tegninger som grunnlag for anbudskonkurranse"])

case("28_dairy_conversion_en", """Dear colleagues,

Bergstad Invest AS invites you to submit a proposal for the transformation of the former dairy at
Meieriveien 5, Hamar, into 24 apartments.

The scope comprises:
(a) feasibility study including massing options;
(b) zoning amendment application;
(c) preliminary design (RIBA stage 2 equivalent).

Proposal deadline: 01/04/2027
Deadline for final submission: 20/08/2027

Yours faithfully,
Lars Bergstad
Bergstad Invest AS, Torggata 1, 2317 Hamar
""", "2027-08-20", "Meieriveien 5",
     ["Feasibility study including massing options", "Zoning amendment application", "Preliminary design"])

case("29_kindergarten_lighting", """Til aktuelle leverandører

Vi ber om pris på følgende arbeider ved Kvernhusbakken barnehage, Kvernhusbakken 2, 4020 Stavanger:
– utskifting av utebelysning (ca. 20 master)
– ny belysning i lekeområdet
– tidsstyring av all utebelysning

Arbeidet må være ferdigstilt senest innen utgangen av uke 44.
Tilbud sendes innen fredag 3. september.
""", "2027-11-05", "Kvernhusbakken 2",
     ["Utskifting av utebelysning", "Ny belysning i lekeområdet", "Tidsstyring av all utebelysning"])

case("30_conversion_thread_en", _mail("""Hi again,

Two changes: please remove the acoustic study from the scope, and we'd also like a daylight analysis
for the north wing. The deadline is now 12 November.

Best, Anne

From: Anne Kirkeby <anne@nordhavn-eiendom.dk>
Sent: 2 September 2027 10:15
To: studio@arkform.no
Subject: Office conversion – Nordhavn Brygge

Dear Arkform,
We would like you to prepare the design for converting floors 2-4 of Nordhavn Brygge,
Strandpromenaden 8, Tromsø, into offices. Deliverables:
1. Layout plans for all three floors
2. Acoustic study
3. Fire strategy
4. Cost estimate
Deadline 29 October 2027.
""", "Re: Office conversion – Nordhavn Brygge", "Anne Kirkeby <anne@nordhavn-eiendom.dk>",
           "Mon, 6 Sep 2027 09:00:00 +0200"),
     "2027-11-12", "Strandpromenaden 8",
     ["Layout plans for all three floors", "Fire strategy", "Cost estimate", "Daylight analysis for the north wing"])

case("31_community_hall_docx", _docx([
    "Oppdragsbeskrivelse – Rehabilitering av Lysheim samfunnshus",
    "Byggherre: Lysheim Grendelag",
    "Beliggenhet: Lysheimvegen 120, 7224 Melhus",
    "Oppdragets innhold",
    "a) Tilstandsanalyse av bygget etter NS 3424",
    "b) Forslag til universell utforming av inngangsparti og toaletter",
    "c) Energitiltak med beregnet besparelse",
    "d) Søknad om tilskudd fra Enova",
    "Ferdigstillelse: uke 47",
    "Befaring avtales etter nærmere avtale.",
]), "2027-11-26", "Lysheimvegen 120",
     ["Tilstandsanalyse av bygget etter NS 3424", "Forslag til universell utforming av inngangsparti og toaletter",
      "Energitiltak med beregnet besparelse", "Søknad om tilskudd fra Enova"], filename="31_community_hall_docx.docx")

case("32_datacentre_short_en", _mail("""Hi,

Our data centre at Kjelsåsveien 161 in Oslo needs a thermographic inspection of all switchboards
and an updated single-line diagram. At the latest by 31 May, as our insurer requires the report.

Thanks, Ravi Kumar
Operations, NordCloud AS | Drammensveien 1, 0250 Oslo
""", "Thermography", "Ravi Kumar <ravi.kumar@nordcloud.no>", "Mon, 1 Mar 2027 10:00:00 +0100"),
     "2027-05-31", "Kjelsåsveien 161",
     ["Thermographic inspection of all switchboards", "Updated single-line diagram"])


# --- a second held-out batch (33-40), written after 1-32 passed --------------------------------

case("33_html_only_mail", b"", "2027-07-30", "Kirkeveien 50",
     ["Reguleringsplan", "Illustrasjonsplan", "Sol- og skyggeanalyse"])
CASES[-1]["data"] = (
    b"From: Hege Lunde <hege@lundeutvikling.no>\nTo: post@example.no\nSubject: Reguleringsplan Kirkeveien\n"
    b"Date: Mon, 1 Mar 2027 08:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
    b"<html><body><p>Hei,</p><p>Lunde Utvikling AS planlegger 30 boliger p&aring; eiendommen i Kirkeveien 50, "
    b"1450 Nesoddtangen. Vi trenger hjelp med:</p><ul><li>Reguleringsplan</li><li>Illustrasjonsplan</li>"
    b"<li>Sol- og skyggeanalyse</li></ul><p>Fristen for innsending til kommunen er flyttet til uke 30.</p>"
    b"<p>Med vennlig hilsen<br>Hege Lunde<br>Lunde Utvikling AS<br>Storgata 9, 1440 Dr&oslash;bak</p></body></html>\n"
)
CASES[-1]["filename"] = "33_html_only_mail.eml"

case("34_award_days_en", _mail("""Dear supplier,

Following the tender, Harbour City Council is pleased to award you the contract for the wayfinding
signage at Pier 3, Havnepromenaden 2, 9008 Tromsø. The contract was awarded on 15 March 2027.

Your delivery consists of the following sub-deliveries:
i) signage strategy and design manual
ii) production drawings for all signs
iii) supervision of the installation

All sub-deliveries must be completed within 30 days of award.

Yours sincerely,
Procurement Office
Harbour City Council, Rådhusplassen 1, 9008 Tromsø
""", "Contract award - wayfinding signage", "Procurement <innkjop@harbourcity.no>", "Tue, 16 Mar 2027 09:00:00 +0100"),
     "2027-04-14", "Havnepromenaden 2",
     ["Signage strategy and design manual", "Production drawings for all signs", "Supervision of the installation"])

case("35_kv_docx_brief", _docx([
    "Oppdragsbrev",
    "Oppdragsgiver\tBakkedal Sameie",
    "Eiendom\tGnr. 110 bnr. 14, Bakkedalen 3, 5200 Os",
    "Frist for levering\t12.03.2027",
    "Tilbudsfrist\t20.01.2027",
    "",
    "Leveransen består av følgende delleveranser:",
    "– Kartlegging av fuktskader i kjeller",
    "– Forslag til drenering og tiltak",
    "– Kostnadsoverslag for tiltakene",
]), "2027-03-12", "Bakkedalen 3",
     ["Kartlegging av fuktskader i kjeller", "Forslag til drenering og tiltak", "Kostnadsoverslag for tiltakene"],
     filename="35_kv_docx_brief.docx")

case("36_milestones_it_en", """Statement of work – Customer app for Fjellvent Sport AS

Milestones
M1 Design prototype in Figma – 14 May 2027
M2 Beta release to TestFlight – 25 June 2027
M3 Final release in App Store and Google Play – 20 August 2027

The supplier shall deliver: a native iOS and Android app, an admin web panel for the store staff,
and integration with the existing loyalty system.

Work will be done remotely; workshops at the client's office in Storgata 12, Lillehammer.
""", "2027-08-20", "Storgata 12",
     ["Native iOS and Android app", "Admin web panel for the store staff", "Integration with the existing loyalty system"])

case("37_chatty_cabin_nb", _mail("""Hei Marius!

Hyggelig å snakke med deg i går. Som nevnt har vi en gammel hytte på Skeikampen (Skeikampvegen 400) som vi
vil rive og bygge ny. Vi ser for oss at dere tegner en ny hytte på ca. 120 kvm, tar dere av
søknaden til kommunen og lager en enkel utomhusplan med parkering. Det viktigste er at søknaden er
sendt inn før påske, men tegningene kan komme senest 1. mars.

Hilsen Tone
Tone Brekke
Kirkegata 5, 2609 Lillehammer
""", "Hytte Skeikampen", "Tone Brekke <tone.brekke@live.no>", "Sat, 9 Jan 2027 11:00:00 +0100"),
     "2027-03-24", "Skeikampvegen 400",
     ["Tegninger av ny hytte", "Søknad til kommunen", "Utomhusplan med parkering"])

case("38_framework_callout", """AVROP NR. 7 – Rammeavtale elektrotjenester

Avropet gjelder:
Utskifting av nødlys i Nordbyhallen, Nordbyveien 40, 1407 Vinterbro.

Arbeidet omfatter
1. Befaring og registrering av eksisterende nødlysarmaturer
2. Nye nødlysarmaturer med sentralt overvåkingsanlegg
3. Samsvarserklæring og FDV-dokumentasjon

Frist for ferdigstillelse: 15.10.2027
Kontaktperson: Hallvard Ruud, tlf. 900 00 000
Ås kommune, Skoleveien 1, 1430 Ås
""", "2027-10-15", "Nordbyveien 40",
     ["Befaring og registrering av eksisterende nødlysarmaturer", "Nye nødlysarmaturer med sentralt overvåkingsanlegg",
      "Samsvarserklæring og FDV-dokumentasjon"])

case("39_event_reply_moved", _mail("""Hi both,

Quick update from our side: the product launch has moved, so we now need everything ready by
Friday 10 September instead. Also, we won't need the livestream after all.

Cheers,
Tom

On Wed, 3 Mar 2027 at 10:00, Tom Becker <tom.becker@lumenaudio.de> wrote:
> Hello,
> We are launching our new speaker line in Oslo at Sentralen, Øvre Slottsgate 3, and would like
> your agency to handle the event. We need a venue setup with stage, a product showroom, a
> livestream of the keynote, and catering for 150 guests. The event date is 27 August, so all
> preparations should be done by 20 August.
> Best regards,
> Tom Becker, Lumen Audio GmbH, Friedrichstraße 10, Berlin
""", "Re: Launch event Oslo", "Tom Becker <tom.becker@lumenaudio.de>", "Mon, 19 Apr 2027 15:00:00 +0200"),
     "2027-09-10", "Øvre Slottsgate 3",
     ["Venue setup with stage", "Product showroom", "Catering for 150 guests"])

case("40_landscape_gnr_only", """Forespørsel om landskapsarkitekt

Tomt: gnr. 52 bnr. 7 i Hole kommune
Oppdragsgiver: Sundvollen Gårdsdrift

Vi ønsker en situasjonsplan som viser ny driftsbygning og adkomstvei, og et beplantningsforslag
for skjerming mot naboer. Planen skal legges ved byggesøknaden, som må være hos kommunen innen
utgangen av april 2027.
""", "2027-04-30", "gnr 52 bnr 7",
     ["Situasjonsplan", "Beplantningsforslag for skjerming mot naboer"])


# --- a third held-out batch (41-48), written after 1-40 passed --------------------------------

case("41_pdf_like_tender_nb", """KONKURRANSEGRUNNLAG
Prosjekt: Ny flerbrukshall på Eikrem
Oppdragsgiver: Eikrem kommune
Prosjektet ligger på Eikremsletta, like ved Eikrem ungdomsskole.

Leveransebeskrivelse
Leverandøren skal levere følgende:
Skisseprosjekt med tre alternativer
Forprosjekt med kostnadskalkyle
Detaljprosjekt for arkitekt og landskap

Tidsfrister
Kontraktsinngåelse: uke 12
Oppstart: uke 14
Sluttlevering: uke 40
""", "2027-10-08", "Eikremsletta",
     ["Skisseprosjekt med tre alternativer", "Forprosjekt med kostnadskalkyle", "Detaljprosjekt for arkitekt og landskap"])

case("42_kitchen_extension_en", _mail("""Hi,

We are planning a kitchen extension at our house, Bjørkeveien 7, Trondheim. We need plans, elevations
and a 3D model of the extension, plus help with the building permit application. We'd like the
drawings by mid-March if at all possible.

Many thanks,
Claire and Tom Andersen
""", "Kitchen extension", "Claire Andersen <claire.andersen@gmail.com>", "Wed, 20 Jan 2027 20:00:00 +0100"),
     "2027-03-15", "Bjørkeveien 7",
     ["Plans", "Elevations", "3D model of the extension", "Building permit application"])

case("43_forward_order_nb", _mail("""Til info – denne tar du, Per.

Kari

-----Opprinnelig melding-----
Fra: Svein Holm <svein@holmbygg.no>
Sendt: 4. mai 2027 14:10
Til: Kari Berg <kari@elplan.no>
Emne: Bestilling el-prosjektering Fjordtun

Hei Kari,
Vi bekrefter bestilling av el-prosjektering for 12 leiligheter på Fjordtun, Fjordvegen 22 i Florø.
Leveransen omfatter kursfortegnelser, tegninger for føringsveier og dokumentasjon for
samsvarserklæring.
Tilbudsfrist var 20. april.
Ønsket ferdigstillelse: 30. november 2027.

Hilsen Svein Holm
Holm Bygg AS, Industrivegen 3, 6900 Florø
""", "VS: Bestilling el-prosjektering Fjordtun", "Kari Berg <kari@elplan.no>", "Wed, 5 May 2027 08:00:00 +0200"),
     "2027-11-30", "Fjordvegen 22",
     ["Kursfortegnelser", "Tegninger for føringsveier", "Dokumentasjon for samsvarserklæring"])

case("44_it_semicolons_en", """Request for proposal – booking system for Fjordgym

Fjordgym AS (gyms in Haugesund and Karmøy) seeks a supplier for a new booking system. Deliverables
include: (1) a member app for iOS and Android; (2) an admin portal; (3) payment integration with Vipps.
The system must go live in week 45 at the latest. Proposals are due 1 June 2027.

Contact: Nina Sæther, Fjordgym AS, Smedasundet 90, 5528 Haugesund
""", "2027-11-12", "Haugesund",
     ["Member app for iOS and Android", "Admin portal", "Payment integration with Vipps"])

case("45_ev_charging_nb", _mail("""Hei,

Vi trenger tilbud på montering av 6 ladepunkter i garasjeanlegget i Sjøgata 14 i Bodø, inkludert
lastbalansering og nødvendige tavleendringer. Det må være klart før 1. desember.

Mvh
Geir Olsen
Styreleder, Sjøgata 14 Sameie
""", "Ladepunkter", "Geir Olsen <geir.olsen@gmail.com>", "Mon, 4 Oct 2027 10:00:00 +0200"),
     "2027-12-01", "Sjøgata 14",
     ["Montering av 6 ladepunkter", "Lastbalansering", "Tavleendringer"])

case("46_park_tables_en", """Landscape design services – Kongsparken

Field | Value
Client | Kristiansund Municipality
Site | Kongsparken, Kongsgata 2, 6509 Kristiansund

Task | Due
Survey of existing trees | 15 April 2027
Concept design with public consultation | 1 June 2027
Detailed design and tender documents | 1 October 2027
""", "2027-10-01", "Kongsgata 2",
     ["Survey of existing trees", "Concept design with public consultation", "Detailed design and tender documents"])

case("47_party_relative_nb", _mail("""Heisann!

Vi har 40-årslag på Grendehuset på Vikan om tre uker og trenger noen til å fikse lyd, lys og DJ.
Kan dere det?

Hilsen Mona
""", "Lyd og lys til fest", "Mona Vik <mona.vik@hotmail.com>", "Mon, 3 May 2027 19:00:00 +0200"),
     "2027-05-24", "Grendehuset",
     ["Lyd", "Lys", "DJ"])

case("48_architect_nb_formal", """Til Nordlys Arkitekter AS

Oppdraget gjelder ombygging av loftet i Fjellgata 8, 9008 Tromsø, til to leiligheter.
Vi ber om at dere utarbeider skisser, en enkel 3D-modell samt kostnadsoverslag. Alt bør være klart
i løpet av uke 18.

Med hilsen
Fjellgata 8 Sameie
v/ Ingrid Johansen
""", "2027-05-07", "Fjellgata 8",
     ["Skisser", "3D-modell", "Kostnadsoverslag"])


# --- a fourth held-out batch (49-54), written after 1-48 passed --------------------------------

case("49_owner_abroad_en", _mail("""Dear Sirs,

I am writing on behalf of my late father's estate. The building is at Strandgaten 45 in Bergen and
needs to be assessed before we decide whether to sell. We would need a condition survey of the
building, an estimate of the repair costs and advice on possible change of use. Ideally everything
should be done before the end of the year.

Yours sincerely,
Margaret Holm
14 Queen's Road, Edinburgh EH2 4AB
""", "Strandgaten 45", "Margaret Holm <m.holm@btinternet.com>", "Tue, 7 Sep 2027 09:00:00 +0100"),
     "2027-12-31", "Strandgaten 45",
     ["Condition survey of the building", "Estimate of the repair costs", "Advice on possible change of use"])

case("50_bullets_fields_nb", """Forespørsel – utomhusanlegg Lindeberg omsorgssenter

Byggherre: Lindeberg Eiendom KF
Adresse: Lindebergveien 12, 2150 Årnes
Spørsmål innen 01.02.2027
Frist: 12.03.2027

Vi ønsker tilbud på følgende:
• sansehage for beboere med demens
• gangstier med belysning og benker
• nye parkeringsplasser for ansatte
""", "2027-03-12", "Lindebergveien 12",
     ["Sansehage for beboere med demens", "Gangstier med belysning og benker", "Nye parkeringsplasser for ansatte"])

case("51_three_level_thread_en", _mail("""Hi Jonas,

Let's say 15 October instead - the board meeting was postponed.

Petra

On Tue, 14 Sep 2027 at 08:00, Jonas Eriksen <jonas@datavik.no> wrote:
> Hi Petra, noted - we'll include the data migration. The 1 October deadline is tight but fine.
>
> On Mon, 13 Sep 2027 at 16:00, Petra Nyberg <petra@skogsfonden.se> wrote:
> > Hi Jonas,
> > Could you also include the data migration from the old CRM? Otherwise as agreed.
> >
> > On Thu, 9 Sep 2027 at 10:00, Petra Nyberg <petra@skogsfonden.se> wrote:
> > > Hello,
> > > Skogsfonden would like a new website for our Oslo office (Tollbugata 17): design, development in
> > > WordPress, and a member login. Deadline 1 October 2027.
""", "Re: Re: Re: New website", "Petra Nyberg <petra@skogsfonden.se>", "Wed, 15 Sep 2027 09:30:00 +0200"),
     "2027-10-15", "Tollbugata 17",
     ["Design", "Development in WordPress", "Member login", "Data migration from the old CRM"])

case("52_it_acceptance_nb", """Oppdragsbeskrivelse – nytt saksbehandlingssystem for Heimdal Boligstiftelse

Oppdraget omfatter analyse av dagens saksflyt, konfigurasjon av nytt system, migrering av arkiv
og opplæring av saksbehandlere.

Akseptansetest skal gjennomføres i uke 33. Løsningen skal være ferdig testet og satt i produksjon
innen 1. september 2027.

Arbeidet utføres hos oss i Heimdalsgata 4, 7080 Heimdal.
""", "2027-09-01", "Heimdalsgata 4",
     ["Analyse av dagens saksflyt", "Konfigurasjon av nytt system", "Migrering av arkiv",
      "Opplæring av saksbehandlere"])

case("53_activity_date_table", _docx([
    "Forespørsel elektroarbeider – Vågen skole",
    "Skolen ligger i Vågsgata 3, 4306 Sandnes.",
    "Arbeidet består av:",
    "- Nytt nødlysanlegg",
    "- Utskifting av hovedtavle",
    "- Ny belysning i gymsal",
    "Aktivitet\tDato",
    "Tilbudsfrist\t01.03.2027",
    "Oppstart\t15.04.2027",
    "Ferdigstillelse\t30.09.2027",
]), "2027-09-30", "Vågsgata 3",
     ["Nytt nødlysanlegg", "Utskifting av hovedtavle", "Ny belysning i gymsal"], filename="53_activity_date_table.docx")

case("54_attached_txt_brief", _mail("""Hei,

Se vedlagt beskrivelse. Spørsmål kan rettes til undertegnede.

Vennlig hilsen
Anne Lie
Prosjektleder, Fjellby Utvikling AS
Storgata 1, 3510 Hønefoss
""", "Oppdrag: landskapsplan Fjellby", "Anne Lie <anne.lie@fjellbyutvikling.no>", "Mon, 1 Feb 2027 09:00:00 +0100",
    attachment=("beskrivelse.txt", """Landskapsplan for boligfeltet Fjellby Øst

Området ligger ved Fjellbyveien 100, 3512 Hønefoss.

Leveranser
1) Landskapsplan med terrengbehandling
2) Overvannsplan
3) Plan for lekeplasser og felles uteoppholdsareal

Leveransene skal foreligge innen 15. juni 2027.
""".encode())), "2027-06-15", "Fjellbyveien 100",
     ["Landskapsplan med terrengbehandling", "Overvannsplan", "Plan for lekeplasser og felles uteoppholdsareal"])


# --- a fifth held-out batch (55-60), written after 1-54 passed ---------------------------------

case("55_terse_order_en", """PURCHASE ORDER 2027-118
Supplier: Nordvik Landskap AS
Delivery address: Solheim kindergarten, Solheimsveien 7, 5058 Bergen

Description of services:
Playground redesign - concept and detailed drawings
Safety inspection report for existing equipment
Planting plan for the boundary hedge

Delivery: week 26
Payment terms: 30 days
""", "2027-07-02", "Solheimsveien 7",
     ["Playground redesign - concept and detailed drawings", "Safety inspection report for existing equipment",
      "Planting plan for the boundary hedge"])

case("56_chatty_bathroom_en", _mail("""Hiya,

A friend recommended you! We've just bought a flat in Oslo (Sofies gate 12) and the wiring is
ancient. Could you take a look and then rewire the kitchen, put in some new sockets in the living
room and sort out the fuse box? We move in on the 1st of March, so ideally it's all done the week
before.

Thanks a lot,
Lucy
""", "Electrics in our new flat", "Lucy Hart <lucy.hart@gmail.com>", "Sun, 10 Jan 2027 18:00:00 +0100"),
     "2027-02-26", "Sofies gate 12",
     ["Rewire the kitchen", "New sockets in the living room", "Fuse box"])
# Not read yet: "the week before" a date named earlier ("We move in on the 1st of March").
CASES[-1]["known_miss"] = "deadline"

case("57_municipal_nn", """Førespurnad – landskapsarkitekt til ny gravplass

Oppdragsgjevar: Ulvik kommune
Stad: Ulvik gravplass, gnr. 24 bnr. 1, Ulvik

Oppdraget omfattar:
- skisseprosjekt for utviding av gravplassen
- detaljprosjekt med beplantningsplan
- grunnlag for anbodskonkurranse

Frist for levering: 1. november 2027.
""", "2027-11-01", "Ulvik gravplass",
     ["Skisseprosjekt for utviding av gravplassen", "Detaljprosjekt med beplantningsplan",
      "Grunnlag for anbodskonkurranse"])

case("58_fwd_with_changes_nb", _mail("""Hei Kjetil,

Videresender fra kunden. Merk: de ønsker nå også en enkel driftsinstruks, og fristen er uke 9.

Stine

---------- Videresendt melding ----------
Fra: Rune Dahl <rune@dahlfisk.no>
Dato: 10. januar 2027
Emne: Kjøleanlegg – el-arbeid
Til: Stine Ås <stine@kaldt.no>

Hei,
Dahl Fisk AS skal sette opp nytt kjølerom på kaia vår i Havnevegen 5, Måløy. Vi trenger
elektrisk tilkobling av kompressor, nytt kurs til kjølerommet og alarm ved temperaturavvik.
Frist uke 8.
""", "VS: Kjøleanlegg – el-arbeid", "Stine Ås <stine@kaldt.no>", "Tue, 12 Jan 2027 08:00:00 +0100"),
     "2027-03-05", "Havnevegen 5",
     ["Elektrisk tilkobling av kompressor", "Nytt kurs til kjølerommet", "Alarm ved temperaturavvik",
      "Driftsinstruks"])

case("59_brief_numbered_sections_en", """1 INTRODUCTION
Vestfjord Harbour Authority (VHA) is upgrading the ferry terminal at Fergeleiet 1, 8300 Svolvær.

2 SCOPE OF SERVICES
2.1 Passenger flow study
2.2 Wayfinding and signage design
2.3 Lighting design for the waiting area
2.4 Cost estimate

3 PROGRAMME
Questions: 15 January 2027
Tender submission: 1 February 2027
Final report: 30 June 2027

4 CONTACT
VHA, Storgata 60, 8300 Svolvær
""", "2027-06-30", "Fergeleiet 1",
     ["Passenger flow study", "Wayfinding and signage design", "Lighting design for the waiting area", "Cost estimate"])

case("60_short_sms_like", _mail("""hei, trenger befaring og tilbud på ny sikringsboks og jordfeilbrytere på hytta i Hemsedal (Skarsnuten 12). gjerne ferdig før vinterferien uke 8. mvh Arne""",
    "sikringsboks hytte", "Arne Moen <arne.moen@outlook.com>", "Wed, 6 Jan 2027 22:00:00 +0100"),
     "2027-02-26", "Skarsnuten 12",
     ["Ny sikringsboks", "Jordfeilbrytere"])


# --- a sixth held-out batch (61-66), written after 1-60 passed ---------------------------------

case("61_swedish_owner_en", _mail("""Hello,

We are a Swedish family and have bought the old school building in Bøverdalen, Lom, which we plan
to turn into a guesthouse. We want help with a measured building survey, a floor plan for 8 guest
rooms and the change of use application to the municipality. The application has to be submitted
no later than 30 September.

Best wishes,
Karin Lindqvist
Vasagatan 8, 411 24 Göteborg, Sweden
""", "Old school in Bøverdalen", "Karin Lindqvist <karin.lindqvist@telia.se>", "Thu, 6 May 2027 10:00:00 +0200"),
     "2027-09-30", "Bøverdalen",
     ["Measured building survey", "Floor plan for 8 guest rooms", "Change of use application"])

case("62_need_within_weeks_nb", _mail("""Hei,

Vi har behov for en energivurdering av lagerbygget vårt i Brattørveien 2, Trondheim, og et forslag
til tiltak for å redusere strømforbruket. Leveringstid: innen 4 uker fra bestilling. Vi bestiller
med dette.

Mvh
Erik Aune
Driftsleder, Trondheim Havnelager AS
""", "Energivurdering lager", "Erik Aune <erik.aune@thlager.no>", "Tue, 6 Apr 2027 09:00:00 +0200"),
     "2027-05-04", "Brattørveien 2",
     ["Energivurdering av lagerbygget", "Forslag til tiltak for å redusere strømforbruket"])

case("63_contents_list_nb", """Konkurranse: Rehabilitering av Storgården

Oppdragsgiver: Brekstad Boligstiftelse
Eiendom: Storgården, Fosenveien 4, 7130 Brekstad

Oppdraget skal inneholde:
1. Tilstandsrapport for bygningskropp og tekniske anlegg
2. Rehabiliteringsplan med prioriterte tiltak
3. Kostnadsoverslag per tiltak

Tildelingskriterier: pris 40 %, kvalitet 60 %.
Tilbudsfrist: 15.03.2027. Leveransen skal være ferdig 30.06.2027.
""", "2027-06-30", "Fosenveien 4",
     ["Tilstandsrapport for bygningskropp og tekniske anlegg", "Rehabiliteringsplan med prioriterte tiltak",
      "Kostnadsoverslag per tiltak"])

case("64_postponed_two_weeks_nb", _mail("""Hei,

Styret har bestemt at vi utsetter fristen med to uker, altså til 28. mai. Resten står ved lag.

Hilsen Ove

-----Opprinnelig melding-----
Fra: Ove Nilsen <ove@fjellbu-vel.no>
Sendt: 1. mars 2027 12:00
Emne: Ny lekeplass

Hei,
Fjellbu Vel ønsker tegninger til ny lekeplass på Fjellbu-jordet, og en enkel kostnadsberegning.
Frist 14. mai.
""", "SV: Ny lekeplass", "Ove Nilsen <ove@fjellbu-vel.no>", "Mon, 15 Mar 2027 12:00:00 +0100"),
     "2027-05-28", "Fjellbu-jordet",
     ["Tegninger til ny lekeplass", "Kostnadsberegning"])

case("65_key_dates_en", """Brief: Interior design, Nordic Tech Hub

Site address: Innovasjonsveien 1, 0484 Oslo

Required deliverables
- Workplace strategy
- Interior concept with materials palette
- Furniture specification

Key dates
Kick-off | 10/05/2027
Concept presentation | 25/06/2027
Completion date | 14/11/2027
""", "2027-11-14", "Innovasjonsveien 1",
     ["Workplace strategy", "Interior concept with materials palette", "Furniture specification"])

case("66_garden_wishes_nb", _mail("""Hei!

Vi har en stor hage på Nesodden (Hellvikskogen 3) som trenger en ansiktsløftning. Vi tenker ny
plen, en støttemur i naturstein og noen frukttrær. Hadde vært fint å få en tegning og et overslag
før sommeren.

Hilsen Lise
""", "Hage", "Lise Berg <lise.berg@gmail.com>", "Sat, 13 Mar 2027 10:00:00 +0100"),
     "2027-07-09", "Hellvikskogen 3",
     ["Tegning", "Overslag"])


# --- scoring -------------------------------------------------------------------------------

def _stems(text: str) -> set[str]:
    from fornuft.projects.read_prose_deliverables import content_stems

    return content_stems(text)


def deliverable_found(expected: str, got: list[str]) -> bool:
    """Found when one extracted item holds at least half of the expected item's words."""
    want = _stems(expected)
    return any(len(want & _stems(item)) >= max(1, len(want) / 2) for item in got)


def location_right(expected: str, got: str | None) -> bool:
    words = re.findall(r"\w+", expected.lower())
    return bool(got) and all(w in got.lower() for w in words)


def run_case(item: dict) -> dict:
    from fornuft.projects.extraction import extract, read_assignment

    reference = None if item["filename"].endswith(".eml") else REFERENCE
    values = extract(read_assignment(item["data"], item["filename"]), reference=reference).values
    deadline = values.get("deadline")
    return {
        "deadline": deadline.isoformat() if deadline else None,
        "location": values.get("location"),
        "deliverables": values.get("deliverables") or [],
    }


def assert_read_right(item: dict) -> None:
    """The case's delivery date (unless it is a known miss), site and deliverables are read as
    written: every expected deliverable found, none extra."""
    got = run_case(item)
    if item.get("known_miss") != "deadline":
        assert got["deadline"] == item["deadline"]
    assert location_right(item["location"], got["location"]), got["location"]
    missed = [d for d in item["deliverables"] if not deliverable_found(d, got["deliverables"])]
    assert not missed, got["deliverables"]
    extra = [g for g in got["deliverables"]
             if not any(deliverable_found(g, [d]) or deliverable_found(d, [g]) for d in item["deliverables"])]
    assert not extra, got["deliverables"]


def score(verbose: bool = False, cases: list[dict] | None = None) -> dict[str, float]:
    cases = CASES if cases is None else cases
    totals = {"deadline": 0, "location": 0, "found": 0, "expected": 0, "extra": 0, "extracted": 0}
    for item in cases:
        got = run_case(item)
        ok_deadline = got["deadline"] == item["deadline"]
        ok_location = location_right(item["location"], got["location"])
        found = [d for d in item["deliverables"] if deliverable_found(d, got["deliverables"])]
        extra = [g for g in got["deliverables"] if not any(deliverable_found(g, [d]) or deliverable_found(d, [g])
                                                          for d in item["deliverables"])]
        totals["deadline"] += ok_deadline
        totals["location"] += ok_location
        totals["found"] += len(found)
        totals["expected"] += len(item["deliverables"])
        totals["extra"] += len(extra)
        totals["extracted"] += len(got["deliverables"])
        if verbose and (not ok_deadline or not ok_location or len(found) < len(item["deliverables"]) or extra):
            print(f"--- {item['name']}")
            if not ok_deadline:
                print(f"  deadline {got['deadline']} != {item['deadline']}")
            if not ok_location:
                print(f"  location {got['location']!r} !~ {item['location']!r}")
            missed = [d for d in item["deliverables"] if d not in found]
            if missed or extra:
                print(f"  missed {missed}\n  extra {extra}\n  got {got['deliverables']}")
    n = len(cases)
    return {
        "deadline": round(totals["deadline"] / n, 3),
        "location": round(totals["location"] / n, 3),
        "deliverables_recall": round(totals["found"] / totals["expected"], 3),
        "deliverables_precision": round(1 - totals["extra"] / max(1, totals["extracted"]), 3),
    }


if __name__ == "__main__":
    import sys

    batches = {
        "first": [c for c in CASES if int(c["name"][:2]) <= 20],
        "held-out": [c for c in CASES if 20 < int(c["name"][:2]) <= 32],
        "held-out-2": [c for c in CASES if 32 < int(c["name"][:2]) <= 40],
        "held-out-3": [c for c in CASES if 40 < int(c["name"][:2]) <= 48],
        "held-out-4": [c for c in CASES if 48 < int(c["name"][:2]) <= 54],
        "held-out-5": [c for c in CASES if 54 < int(c["name"][:2]) <= 60],
        "held-out-6": [c for c in CASES if int(c["name"][:2]) > 60],
    }
    chosen = batches.get(sys.argv[1] if len(sys.argv) > 1 else "", CASES)
    print(score(verbose=True, cases=chosen))
