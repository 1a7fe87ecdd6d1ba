# ruff: noqa: E501 - the assignments are texts as written, some with long lines on purpose
"""Assignments written to cover one kind of wording each, in trades the other dev sets have little
of (an electrical contractor, an IT consultancy, an event agency, municipal tenders): list markers
of every kind (• - * – , "1." "1)" "(1)", "a)" "(a)", "(i)"), sub-items that only detail their
item, requirement and meeting lists that are not deliverables, Word and PDF tables, prose
enumerations, threads that drop, add and move; sites given as "på stedet i X", "Site: …", a street
with its postcode, a place only in the subject, the client's office elsewhere; deadlines as weeks,
quarters, month ends and counted from the mail's date.

Every company, person and address is invented; the later batches (k49-) are in
`assignment_kinds_late.py`, which adds them to `CASES` here. Scored with `dev_assignments.score`;
`python -m tests.projects.assignment_kinds` prints the misses of all of them.
"""

from __future__ import annotations

from tests.projects.dev_assignments import _docx, _mail

CASES: list[dict] = []


def case(name, data, deadline, location, deliverables, filename=None):
    CASES.append({
        "name": name,
        "filename": filename or (name + (".eml" if isinstance(data, bytes) and data[:5] in (b"From:", b"To: p", b"Conte", b"MIME-") else ".txt")),
        "data": data if isinstance(data, bytes) else data.encode(),
        "deadline": deadline,
        "location": location,
        "deliverables": deliverables,
    })


def _table_pdf(lines: list[str]) -> bytes:
    """A one-page PDF; a line with tabs is a table row whose cells start at fixed columns."""
    from fornuft.platform.files.simple_pdf import assemble_pdf

    commands = [b"BT /F1 11 Tf"]
    y = 780
    for line in lines:
        for cell, x in zip(line.split("\t"), (56, 300, 460), strict=False):
            escaped = cell.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            commands.append(b"1 0 0 1 %d %d Tm (" % (x, y) + escaped + b") Tj")
        y -= 16
    commands.append(b"ET")
    stream = b"\n".join(commands)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
    ]
    return assemble_pdf(objects)


case("k01_electrical_bullets_requirements_meetings", _mail("""Hei,

Vi i Brattli Mekaniske AS bygger om kantina og trenger en elektroentreprenør. Arbeidet utføres på stedet i Mosjøen, i bygget bak verkstedet.

Leveranser:
• Ny kursfordeling for kantinekjøkkenet
• Belysningsanlegg med dimming i spisesalen
• Samsvarserklæring og FDV-dokumentasjon

Krav:
• Alle montører må ha gyldig HMS-kort
• Støyende arbeid kun mellom kl. 07 og 15

Byggemøter holdes:
• tirsdager kl. 09:00
• torsdager kl. 13:00

Alt skal være ferdig innen uke 34.

Mvh
Geir Brattli
Brattli Mekaniske AS
Industriveien 4, 8656 Mosjøen
""", "Elektroarbeid – ny kantine", "Geir Brattli <geir@brattli-mek.no>", "Mon, 1 Feb 2027 08:10:00 +0100"),
     "2027-08-27", "Mosjøen",
     ["Ny kursfordeling for kantinekjøkkenet", "Belysningsanlegg med dimming", "Samsvarserklæring og FDV-dokumentasjon"])

case("k02_it_nested_scope_site", _mail("""Hello,

Fjordline Logistics is upgrading its order systems and would like a consultancy to help.

Scope:
- Migration of the order database to PostgreSQL
    - about 40 tables
    - historical data back to 2015
- API gateway for the partner portal
    - OAuth2 login
    - rate limiting per partner
- Operations handbook for the new platform

Requirements:
- Consultants must sign our NDA
- All data must stay in the EU

Site: Terminalgata 12, 5038 Bergen (our operations centre)

We need everything in production by end of Q3 2027.

Best regards
Hanna Lie
Fjordline Logistics AS
Strandkaien 2, 5013 Bergen
""", "Integration platform upgrade", "Hanna Lie <hanna.lie@fjordline-logistics.no>", "Tue, 2 Feb 2027 09:00:00 +0100"),
     "2027-09-30", "Terminalgata 12",
     ["Migration of the order database to PostgreSQL", "API gateway for the partner portal", "Operations handbook"])

case("k03_event_numbered_paren_nested_dash", """Bestilling – sommerfest for ansatte
Oppdragsgiver: Havbruk Nord AS

Vi ønsker:
1) Leie av telt for 150 personer
2) Catering med tre retter
   – vegetar og glutenfritt for ca. 20
   – servering fra kl. 18
3) Underholdning med band og DJ
4) Busstransport fra Stokmarknes

Sted: Strandveien 7, 8445 Melbu
Alt må være på plass til festen fredag 18. juni 2027.
""", "2027-06-18", "Strandveien 7",
     ["Leie av telt", "Catering med tre retter", "Underholdning med band og DJ", "Busstransport fra Stokmarknes"])

case("k04_tender_word_table", _docx([
    "Konkurransegrunnlag – ny belysning i idrettshallen",
    "Oppdragsgiver\tLurøy kommune",
    "Eiendom\tLurøyhallen, Skolevegen 3, 8766 Lurøy",
    "Oppdraget",
    "Kommunen skal skifte all belysning i hallen og ønsker en rådgiver for hele prosessen.",
    "Nr\tLeveranse\tFrist",
    "1\tForprosjekt med lysberegning\t15.03.2027",
    "2\tAnbudsgrunnlag for elektroarbeidene\t30.04.2027",
    "3\tOppfølging i byggefasen og sluttkontroll\t27.08.2027",
    "Kvalifikasjonskrav",
    "Leverandøren må ha sentral godkjenning i tiltaksklasse 2.",
    "Tilbudsfrist: 20.02.2027 kl. 12.00",
]), "2027-08-27", "Skolevegen 3",
     ["Forprosjekt med lysberegning", "Anbudsgrunnlag for elektroarbeidene", "Oppfølging i byggefasen og sluttkontroll"],
     filename="k04_tender_word_table.docx")

case("k05_it_pdf_table", _table_pdf([
    "Statement of work - service desk modernisation",
    "Client: Arcton Shipping AS",
    "Location: Fornebuveien 40, 1366 Lysaker",
    "",
    "Deliverable\tDue",
    "Current-state assessment\t12 March 2027",
    "Target service model\t16 April 2027",
    "Tool selection report\t21 May 2027",
    "Training for first-line staff\t11 June 2027",
]), "2027-06-11", "Fornebuveien 40",
     ["Current-state assessment", "Target service model", "Tool selection report", "Training for first-line staff"],
     filename="k05_it_pdf_table.pdf")

case("k06_tender_letters_roman_obligations", """Request for tender: wayfinding signage, Kirkenes town centre
Contracting authority: Sør-Varanger kommune

1. Scope
The contract comprises:
(a) a signage strategy for the town centre;
(b) detailed design of 25 signs;
(c) production drawings; and
(d) supervision of the installation.

2. Tenderer's obligations
(i) The tenderer shall hold liability insurance.
(ii) The tenderer shall attend a start-up meeting.

3. Time
The tender deadline is 1 March 2027. The installation shall be complete by week 40 2027.
""", "2027-10-08", "Kirkenes",
     ["Signage strategy", "Detailed design of 25 signs", "Production drawings", "Supervision of the installation"])

case("k07_event_roman_place_in_subject", _mail("""Dear Eventus team,

Following our call, the agency shall deliver:
(i) venue booking and contract
(ii) a registration website
(iii) travel and hotel for the speakers
(iv) event management during the three days

All arrangements must be in place by 31 August 2027.

Kind regards
Ingrid Solheim
Polar Research Network
Postboks 6050, 9037 Oslo
""", "Annual conference 2027 – Tromsø", "Ingrid Solheim <ingrid@polarnet.org>", "Wed, 3 Feb 2027 14:00:00 +0100"),
     "2027-08-31", "Tromsø",
     ["Venue booking and contract", "Registration website", "Travel and hotel for the speakers", "Event management"])

case("k08_electrical_prose_relative", _mail("""Hei!

Vi har kjøpt et eldre hus i Fjellveien 21, 8610 Mo i Rana. Vi trenger nytt sikringsskap, jordfeilbrytere på alle kurser og en termografering av anlegget. Det hadde vært fint om jobben er gjort innen tre uker.

Hilsen
Trine Aas
Kongensgate 2, 0153 Oslo
""", "Elektriker", "Trine Aas <trine.aas@gmail.com>", "Thu, 4 Feb 2027 18:00:00 +0100"),
     "2027-02-25", "Fjellveien 21",
     ["Nytt sikringsskap", "Jordfeilbrytere på alle kurser", "Termografering av anlegget"])

case("k09_it_thread_drop_add_move", _mail("""Hei igjen,

Vi dropper opplæringen, men legg til en sikkerhetsgjennomgang av løsningen. Fristen flyttes til 30. april.

Hilsen Mona

Fra: Mona Dahl <mona@kystbakeri.no>
Sendt: 1. februar 2027 10:00
Til: post@kodeverket.no
Emne: Ny nettside

Hei,

Kyst Bakeri AS ønsker ny nettside. Vi ønsker:
- Ny nettside med bestillingsskjema
- Integrasjon mot kassesystemet
- Opplæring for ansatte

Frist 15. april.

Hilsen Mona Dahl
Kyst Bakeri AS, Havnegata 3, 8300 Svolvær
""", "SV: Ny nettside", "Mona Dahl <mona@kystbakeri.no>", "Mon, 8 Feb 2027 09:00:00 +0100"),
     "2027-04-30", "Svolvær",
     ["Ny nettside med bestillingsskjema", "Integrasjon mot kassesystemet", "Sikkerhetsgjennomgang av løsningen"])

case("k10_event_thread_deadline_moved_en", _mail("""Hi Sara,

Small change: the board moved its meeting, so we now need everything ready by 12 May instead.

Thanks,
Leo

On Mon, 1 Feb 2027 at 11:00, Leo Grant <leo@northgrid.no> wrote:
> Hi,
>
> We are planning our customer day at Kulturhuset in Harstad and need:
> * stage, sound and lighting
> * a host for the programme
> * printed programmes for 200 guests
>
> It all has to be ready by 28 May 2027.
>
> Leo Grant
> Northgrid Energy AS
""", "Re: Customer day", "Leo Grant <leo@northgrid.no>", "Tue, 9 Feb 2027 10:00:00 +0100"),
     "2027-05-12", "Harstad",
     ["Stage, sound and lighting", "Host for the programme", "Printed programmes for 200 guests"])

case("k11_practical_list_not_deliverables", _mail("""Hei,

Vi skal bygge om lageret til kontorer og trenger en elektroentreprenør.

Dette trenger vi hjelp til:
- Elektroprosjektering av kontorarealet
- Nytt adgangskontrollsystem
- Utvidelse av brannalarmanlegget

Praktisk:
- Parkering bak bygget
- Nøkkel hentes i resepsjonen
- Befaring onsdag 17. februar kl. 10

Byggeplass: Sjøgata 44, 8006 Bodø
Alt må være ferdig innen utgangen av mars.

Vennlig hilsen
Kari Nygård
Nordlandslager AS
""", "Ombygging lager", "Kari Nygård <kari@nordlandslager.no>", "Wed, 10 Feb 2027 12:00:00 +0100"),
     "2027-03-31", "Sjøgata 44",
     ["Elektroprosjektering av kontorarealet", "Nytt adgangskontrollsystem", "Utvidelse av brannalarmanlegget"])

case("k12_municipality_place_in_subject_numbered_parens", _mail("""Hei,

Kommunen ønsker pris på følgende:
(1) kartlegging av eksisterende armaturer
(2) utskifting til LED
(3) styringssystem for nattsenking

Arbeidet må gjennomføres i løpet av tredje kvartal 2027.

Med hilsen
Ole Karlsen
Teknisk drift
""", "Tilbudsforespørsel – oppgradering av gatelys, Hamarøy", "Ole Karlsen <ole.karlsen@hamaroy.kommune.no>", "Thu, 11 Feb 2027 08:00:00 +0100"),
     "2027-09-30", "Hamarøy",
     ["Kartlegging av eksisterende armaturer", "Utskifting til LED", "Styringssystem for nattsenking"])

case("k13_docx_bare_list_and_requirements", _docx([
    "Oppdragsbeskrivelse: nytt nettverk på rådhuset",
    "Oppdragsgiver\tVefsn kommune",
    "Oppdraget utføres på stedet i Mosjøen.",
    "Leveranser",
    "Kartlegging av dagens nettverk",
    "Nytt trådløst nett i alle etasjer",
    "Brannmur med overvåking",
    "Krav til tilbyder",
    "Tilbyder må ha erfaring fra offentlig sektor.",
    "Frist: uke 22",
]), "2027-06-04", "Mosjøen",
     ["Kartlegging av dagens nettverk", "Nytt trådløst nett", "Brannmur med overvåking"],
     filename="k13_docx_bare_list_and_requirements.docx")

case("k14_en_dash_bullets_nested_meetings_relative", _mail("""Hello,

We run a warehouse in Narvik and need our lighting and power upgraded; the work is on site at our warehouse in Narvik.

Deliverables:
– LED lighting in the storage hall
    • about 120 fittings
    • motion sensors in the aisles
– Charging points for 12 forklifts
– Updated electrical drawings

Status meetings: every Monday at 10:00 on Teams.

The work must be finished within 8 weeks of this order.

Regards
Paul Berg
Ofoten Freight AS
Industrigata 9, 8514 Narvik
""", "Order: warehouse lighting and power", "Paul Berg <paul@ofotenfreight.no>", "Mon, 15 Feb 2027 07:30:00 +0100"),
     "2027-04-12", "Narvik",
     ["LED lighting in the storage hall", "Charging points for 12 forklifts", "Updated electrical drawings"])

case("k15_star_bullets_site_in_prose_office_letterhead", """Sandnes Boligbyggelag
Postboks 44, 4301 Sandnes

Sandnes, 20. januar 2027

Elektro i oppgangene

Jobben gjelder boligblokka vår i Storgata 15, 8800 Sandnessjøen.
Vi ønsker:
* Ny belysning i alle trappeoppganger
* Nødlys etter gjeldende forskrift
* Ladeklare parkeringsplasser i garasjen

Arbeidet skal være ferdig innen uke 12.
""", "2027-03-26", "Storgata 15",
     ["Ny belysning i alle trappeoppganger", "Nødlys", "Ladeklare parkeringsplasser"])

case("k16_event_prose_en_quarter", _mail("""Hi,

We would like a launch event for our new ferry route. We need a venue for 300 guests, catering, a photographer and a short film about the route. The launch will be in Q2, so everything should be delivered by the end of Q2.

Best,
Nina Holm
Helgeland Sjøtransport AS
""", "Launch event – Brønnøysund", "Nina Holm <nina@hsjo.no>", "Tue, 16 Feb 2027 11:00:00 +0100"),
     "2027-06-30", "Brønnøysund",
     ["Venue for 300 guests", "Catering", "Photographer", "Short film about the route"])


# --- held out: k17-k28, written after k01-k16 passed, scored once before any change ------------

case("k17_event_lettered_meeting_plan", _mail("""Hei,

Vi i Trønderhallen Venner planlegger vinterseminar og ønsker følgende levert:
a) Program og påmeldingsside for 120 deltakere
b) Middag og underholdning lørdag kveld, med musikk
   som passer for alle aldre
c) Navneskilt og trykt program

Møteplan:
- 3. mars kl. 18: oppstart
- 7. april kl. 18: gjennomgang

Lokale: Storsalen, Kirkegata 1, 7600 Levanger
Alt må være klart senest fredag i uke 15.

Hilsen
Randi Moe
""", "Vinterseminar", "Randi Moe <randi.moe@gmail.com>", "Fri, 19 Feb 2027 10:00:00 +0100"),
     "2027-04-16", "Kirkegata 1",
     ["Program og påmeldingsside", "Middag og underholdning lørdag kveld", "Navneskilt og trykt program"])

case("k18_it_out_of_scope", _mail("""Hello,

Deliverables
1. Data warehouse design
2. Nightly load jobs from the ERP system
3. Sales dashboard for the management team

Out of scope:
- Changes to the ERP system itself
- End-user hardware

The system is hosted in our data centre at Kjøpmannsgata 20, 7013 Trondheim.
Go-live no later than 1 November 2027.

Regards
Erik Lund
Midtnorsk Handel AS
Postboks 90, 7401 Trondheim
""", "Data warehouse", "Erik Lund <erik@midtnorskhandel.no>", "Mon, 22 Feb 2027 09:00:00 +0100"),
     "2027-11-01", "Kjøpmannsgata 20",
     ["Data warehouse design", "Nightly load jobs from the ERP system", "Sales dashboard for the management team"])

case("k19_tender_pdf_table_and_criteria", _table_pdf([
    "Konkurransegrunnlag - kartlegging av kommunale bygg",
    "Oppdragsgiver: Grong kommune",
    "Oppdragssted: Grong",
    "",
    "Leveranse\tFrist",
    "Tilstandsregistrering av 14 bygg\t01.06.2027",
    "Vedlikeholdsplan for ti år\t01.09.2027",
    "",
    "Tildelingskriterium\tVekt",
    "Pris\t60 %",
    "Kompetanse\t40 %",
]), "2027-09-01", "Grong",
     ["Tilstandsregistrering av 14 bygg", "Vedlikeholdsplan for ti år"],
     filename="k19_tender_pdf_table_and_criteria.pdf")

case("k20_electrical_thread_addition_moved", _mail("""Hei,

Kan dere også ta med utelys ved inngangen? Fristen er nå 1. juni.

Mvh Jon

Den 22. feb. 2027 kl. 10:00 skrev Jon Vik <jon@vikbygg.no>:
> Hei,
> Vi trenger:
> - Nytt sikringsskap i kjelleren
> - Varmekabler i to bad
>
> Arbeidet må være ferdig før påske.
> Adresse: Furuvegen 12, 7500 Stjørdal
>
> Mvh Jon Vik
> Vik Bygg AS
""", "SV: Elektro Furuvegen", "Jon Vik <jon@vikbygg.no>", "Wed, 24 Feb 2027 08:00:00 +0100"),
     "2027-06-01", "Furuvegen 12",
     ["Nytt sikringsskap i kjelleren", "Varmekabler i to bad", "Utelys ved inngangen"])

case("k21_event_prose_en_on_site", _mail("""Hi,

We are bringing 40 clients to Norway in September; the programme takes place on site in Fjærland. The package should include a welcome dinner, a guided glacier hike and transport from the airport. All bookings must be confirmed by the end of August.

Thanks
Maria Costa
Lumen Travel Ltd, 14 King Street, London
""", "Client trip September", "Maria Costa <maria@lumentravel.co.uk>", "Thu, 25 Feb 2027 15:00:00 +0000"),
     "2027-08-31", "Fjærland",
     ["Welcome dinner", "Guided glacier hike", "Transport from the airport"])

case("k22_municipality_docx_office_letterhead", _docx([
    "Meløy kommune",
    "Postboks 14, 8151 Ørnes",
    "Oppdrag: Ny ventilasjon i helsesenteret",
    "Bygget ligger i Ørnesvegen 8, 8150 Ørnes.",
    "Leveransen skal omfatte:",
    "– Tilstandsvurdering av dagens anlegg",
    "– Prosjektering av nytt ventilasjonsanlegg",
    "– Beskrivelse for anbud",
    "Krav til leverandør:",
    "– Sentral godkjenning for prosjektering",
    "– Erfaring fra helsebygg",
    "Leveransene skal være ferdige innen utgangen av mai 2027.",
]), "2027-05-31", "Ørnesvegen 8",
     ["Tilstandsvurdering av dagens anlegg", "Prosjektering av nytt ventilasjonsanlegg", "Beskrivelse for anbud"],
     filename="k22_municipality_docx_office_letterhead.docx")

case("k23_it_star_bullets_o_details_quarter_words", _mail("""Hello,

We would like help with our customer portal.

Scope
* Redesign of the customer portal
    o new login page
    o mobile layout
* Integration with the billing system
* Load testing before launch

Everything should be delivered by the end of the second quarter.

The work will be done at our offices in Stavanger.

Best regards
Ola Berg
Vestkyst Energi AS
""", "Customer portal", "Ola Berg <ola@vestkystenergi.no>", "Fri, 26 Feb 2027 10:00:00 +0100"),
     "2027-06-30", "Stavanger",
     ["Redesign of the customer portal", "Integration with the billing system", "Load testing before launch"])

case("k24_electrical_wrapped_dash_relative", _mail("""Hei,

Vi ønsker:
– Ny belysning i butikklokalet med LED-skinner og
  dimming i vindusfeltet
– Flytting av kassepunkt og nye stikkontakter
  ved disken
– Samsvarserklæring

Adresse: Strandvegen 30, 9060 Lyngseidet
Jobben må være gjort innen 6 uker fra bestilling.

Hilsen
Anne Lyng
Lyngen Sport AS
""", "Elektroarbeid butikk", "Anne Lyng <anne@lyngensport.no>", "Mon, 1 Mar 2027 09:00:00 +0100"),
     "2027-04-12", "Strandvegen 30",
     ["Ny belysning i butikklokalet med LED-skinner og dimming i vindusfeltet",
      "Flytting av kassepunkt og nye stikkontakter ved disken", "Samsvarserklæring"])

case("k25_event_inline_items_week_year", """Bestilling: sommerkonsert 2027
Oppdragsgiver: Vesterålen Kulturforum
Sted: Fjellparken, 8450 Stokmarknes
Leveranser: lydanlegg, scene, lysrigg og teknikere
Alt skal være rigget i uke 25/2027.
""", "2027-06-25", "Fjellparken",
     ["Lydanlegg", "Scene", "Lysrigg", "Teknikere"])

case("k26_it_thread_skip_and_correction", _mail("""Hi Tom,

We can skip the mobile app for now. Correction: the deadline is 15 October, not 15 September.

Best,
Lina

From: Lina Ek <lina@fjellbank.no>
Sent: 1 March 2027 09:00
To: Tom <tom@bitverk.no>
Subject: Online banking refresh

Hi Tom,

We need:
- New online banking front end
- Mobile app for iOS and Android
- Accessibility audit (WCAG 2.1)

Deadline 15 September 2027. The team sits at Bankplassen 2, 9008 Tromsø.

Lina Ek
Fjellbank
""", "RE: Online banking refresh", "Lina Ek <lina@fjellbank.no>", "Wed, 3 Mar 2027 11:00:00 +0100"),
     "2027-10-15", "Bankplassen 2",
     ["New online banking front end", "Accessibility audit"])

case("k27_municipality_roman_no_paren_subject_place", _mail("""Hei,

Kommunen ber om tilbud på:
i) trafikktelling på fem punkter
ii) rapport med anbefalte tiltak
iii) presentasjon for hovedutvalget

Rapporten må foreligge innen 30. april 2027.

Med hilsen
Siv Hansen
Plan og utvikling
""", "Tilbudsforespørsel – trafikktelling, Saltdal", "Siv Hansen <siv.hansen@saltdal.kommune.no>", "Thu, 4 Mar 2027 12:00:00 +0100"),
     "2027-04-30", "Saltdal",
     ["Trafikktelling på fem punkter", "Rapport med anbefalte tiltak", "Presentasjon for hovedutvalget"])

case("k28_pdf_bullets_meetings_en", _table_pdf([
    "Brief: office relocation IT",
    "Client: Nordic Seafood Trading AS",
    "Site: Havnegata 50, 9008 Tromsø",
    "Deliverables",
    "• Network cabling plan for the new office",
    "• Move of servers and phones",
    "• User support on the first two days",
    "Meetings",
    "• Weekly status every Tuesday 09:00",
    "• Final walkthrough before the move",
    "The move must be completed by end of March 2027.",
]), "2027-03-31", "Havnegata 50",
     ["Network cabling plan for the new office", "Move of servers and phones", "User support on the first two days"],
     filename="k28_pdf_bullets_meetings_en.pdf")


# --- held out: k29-k40, written after k01-k28 passed, scored once before any change ------------

case("k29_nb_prose_sequence_month", _mail("""Hei,

Hytta vår på Hovden trenger nytt strømopplegg. Vi ser for oss en enkel kartlegging av dagens anlegg, deretter et forslag til ny løsning, og til slutt en kostnadsberegning. Det bør være klart i løpet av april.

Hilsen Kjell
""", "Strøm på hytta", "Kjell Haugen <kjell.haugen@online.no>", "Fri, 5 Mar 2027 20:00:00 +0100"),
     "2027-04-30", "Hovden",
     ["Kartlegging av dagens anlegg", "Forslag til ny løsning", "Kostnadsberegning"])

case("k30_en_prose_across_sentences", _mail("""Hello,

First, we need a survey of the existing network. Then we would like a proposal for the new setup. Finally, please provide a cost estimate. We would appreciate having this within two weeks.

Our office is at 5 Harbour Road, 4006 Stavanger.

Regards
Tor Lie
Harbour Analytics AS
""", "Network", "Tor Lie <tor@harbouranalytics.no>", "Mon, 8 Mar 2027 09:00:00 +0100"),
     "2027-03-22", "Harbour Road",
     ["Survey of the existing network", "Proposal for the new setup", "Cost estimate"])

case("k31_nb_thread_prose_add_drop_move", _mail("""Hei igjen,

Dispensasjonssøknaden trengs ikke likevel. I tillegg ønsker vi en 3D-visualisering av tilbygget. Kan vi flytte fristen til 1. juni?

Hilsen Guro

Fra: Guro Lunde <guro.lunde@gmail.com>
Sendt: 1. mars 2027 10:00
Til: post@tegneriet.no
Emne: Tilbygg

Hei,
Vi skal bygge tilbygg på huset i Elvegata 9, 8200 Fauske. Vi trenger tegninger og en søknad om dispensasjon fra byggegrensen. Frist innen 15. mai.

Guro
""", "SV: Tilbygg", "Guro Lunde <guro.lunde@gmail.com>", "Tue, 9 Mar 2027 18:00:00 +0100"),
     "2027-06-01", "Elvegata 9",
     ["Tegninger", "3D-visualisering av tilbygget"])

case("k33_tender_subnumbered_sections", """KONKURRANSEGRUNNLAG
Tilstandsanalyse av kommunale veglys

1 Innledning
Beiarn kommune eier om lag 400 veglys langs kommunale veger i Beiarn kommune.

2 Oppdragsgiver
Beiarn kommune, teknisk etat

3 Oppdragets innhold
3.1 Registrering av alle lyspunkter med posisjon
3.2 Tilstandsvurdering av master og armaturer
3.3 Prioritert tiltaksliste

4 Krav til tilbyder
4.1 Tilbyder skal ha elektroinstallatør med fagbrev
4.2 Tilbyder skal ha ansvarsforsikring

5 Frister
Tilbudsfrist: 12.04.2027
Oppdraget skal være avsluttet innen 1. desember 2027.
""", "2027-12-01", "Beiarn",
     ["Registrering av alle lyspunkter", "Tilstandsvurdering av master og armaturer", "Prioritert tiltaksliste"])

case("k34_event_docx_table_owner_due", _docx([
    "Event brief – Arctic Business Summit",
    "Client\tNordkapp Næringsforening",
    "Venue\tKulturhuset, Storgata 1, 9405 Harstad",
    "What the agency delivers",
    "Deliverable\tOwner\tDue date",
    "Speaker programme\tAgency\t01.05.2027",
    "Exhibition floor plan\tAgency\t15.05.2027",
    "Registration and badges\tAgency\t01.06.2027",
    "Please send any questions by 1 April 2027.",
]), "2027-06-01", "Storgata 1",
     ["Speaker programme", "Exhibition floor plan", "Registration and badges"],
     filename="k34_event_docx_table_owner_due.docx")

case("k35_nb_bullets_parenthesis_details_week", _mail("""Hei,

Vi trenger pris på følgende arbeider:
• Nytt ladeanlegg for 8 biler (inkl. lastbalansering)
• Utskifting av hovedtavle (dagens tavle er fra 1985)
• Nye lysarmaturer i garasjen

Ferdig uke 19. Anlegget ligger i Sjøgata 3, 8400 Sortland.

Mvh
Erlend Bakke
Sortland Boligsameie
""", "Pris elektro", "Erlend Bakke <erlend@sortlandsameie.no>", "Fri, 5 Mar 2027 10:00:00 +0100"),
     "2027-05-14", "Sjøgata 3",
     ["Nytt ladeanlegg for 8 biler", "Utskifting av hovedtavle", "Nye lysarmaturer i garasjen"])

case("k36_en_scope_inline_quarter_subject_place", _mail("""Hi,

Scope: network audit, firewall replacement and staff training.
We aim to finish in Q4 2027.

Thanks,
Heidi
Finnmark Fisk AS
""", "IT refresh – Alta", "Heidi Berg <heidi@finnmarkfisk.no>", "Mon, 15 Mar 2027 09:00:00 +0100"),
     "2027-12-31", "Alta",
     ["Network audit", "Firewall replacement", "Staff training"])

case("k37_nb_prose_samt_holiday", _mail("""Hei,

Oppdraget omfatter prosjektering av nytt lysanlegg i idrettshallen samt oppfølging i byggetiden. Arbeidet utføres på stedet i Kautokeino, og alt må være ferdig før sommerferien.

Hilsen
Mikkel Sara
Kautokeino kommune
""", "Lys i idrettshallen", "Mikkel Sara <mikkel.sara@kautokeino.kommune.no>", "Tue, 16 Mar 2027 09:00:00 +0100"),
     "2027-07-09", "Kautokeino",
     ["Prosjektering av nytt lysanlegg", "Oppfølging i byggetiden"])

case("k38_en_thread_add_in_newest", _mail("""Hi Jonas,

Please also include a risk assessment.

Cheers,
Amy

On Wed, 10 Mar 2027 at 14:00, Amy Park <amy@glacierevents.com> wrote:
> Hi Jonas,
> For the company retreat we need:
> 1) a venue for 60 people
> 2) two nights of hotel rooms
> 3) a guided kayak trip
> Site: Svolværgeita Lodge, Austnesfjorden, 8310 Kabelvåg
> Everything booked by 30 June.
> Amy
""", "Re: Company retreat", "Amy Park <amy@glacierevents.com>", "Thu, 18 Mar 2027 08:00:00 +0100"),
     "2027-06-30", "Kabelvåg",
     ["Venue for 60 people", "Two nights of hotel rooms", "Guided kayak trip", "Risk assessment"])

case("k39_nb_letter_dot_items_letterhead", """Bakke Eiendom AS
Storgata 1
8001 Bodø

Gjelder: Skolegata 5, 8300 Svolvær

Vi ønsker tilbud på følgende:
a. Energimerking av bygget
b. Tiltaksanalyse for redusert energibruk
c. Søknad om støtte fra Enova

Leveransene må foreligge senest 20.08.2027.
""", "2027-08-20", "Skolegata 5",
     ["Energimerking av bygget", "Tiltaksanalyse for redusert energibruk", "Søknad om støtte fra Enova"])

case("k40_en_pdf_wrapped_lettered_programme", _table_pdf([
    "Request for proposal: lighting upgrade, Hammerfest harbour",
    "Client: Hammerfest Havn KF",
    "Services required",
    "(a) Lighting design for the quay and the",
    "ferry terminal",
    "(b) Tender documents for the installation",
    "(c) Site follow-up during construction",
    "Programme",
    "Kick-off: 3 May 2027",
    "Completion: 30 September 2027",
]), "2027-09-30", "Hammerfest",
     ["Lighting design for the quay and the ferry terminal", "Tender documents for the installation",
      "Site follow-up during construction"],
     filename="k40_en_pdf_wrapped_lettered_programme.pdf")


# --- held out: k41-k48, written after k01-k40 passed, scored once before any change ------------

case("k41_nb_prose_at_dere", _mail("""Hei,

FAU ved Tverlandet skole ønsker at dere tar fram et skisseforslag for ny lekeplass med to alternativer, og at dere deretter utarbeider en kostnadsberegning. Vi vil også ha en enkel 3D-illustrasjon til foreldremøtet. Skolen ligger i Tverlandsveien 101, 8050 Tverlandet.

Vi trenger dette innen 1. mai.

Hilsen Hege
""", "Lekeplass", "Hege Aune <hege.aune@gmail.com>", "Mon, 22 Mar 2027 19:00:00 +0100"),
     "2027-05-01", "Tverlandsveien 101",
     ["Skisseforslag for ny lekeplass", "Kostnadsberegning", "3D-illustrasjon"])

case("k42_en_job_involves_gerunds", _mail("""Hello,

The job involves replacing 30 light fittings, installing two new distribution boards and testing the emergency lighting. The premises are at 22 Dock Street, 9008 Tromsø.

It should be done by mid-October.

Thanks
Rob
Arctic Storage Ltd
""", "Electrical job", "Rob Stone <rob@arcticstorage.co.uk>", "Tue, 23 Mar 2027 09:00:00 +0000"),
     "2027-10-15", "Dock Street",
     ["Replacing 30 light fittings", "Installing two new distribution boards", "Testing the emergency lighting"])

case("k43_nb_det_vi_trenger_er", _mail("""Hei,

Det vi trenger er: en oversikt over dagens IT-utstyr, et forslag til ny serverløsning, og en fremdriftsplan for utskiftingen. Dette må være klart innen utgangen av første kvartal.

Kontoret vårt er i Torggata 5, 8200 Fauske.

Hilsen
Lars Eide
Salten Regnskap AS
""", "IT-gjennomgang", "Lars Eide <lars@saltenregnskap.no>", "Wed, 6 Jan 2027 09:00:00 +0100"),
     "2027-03-31", "Torggata 5",
     ["Oversikt over dagens IT-utstyr", "Forslag til ny serverløsning", "Fremdriftsplan for utskiftingen"])

case("k44_en_thread_leave_out_add", _mail("""Hi Kim,

Let's leave out the video, and add a photo booth. Otherwise as before.

Jo

On Thu, 18 Mar 2027 at 10:00, Jo Rask <jo@nordlysfestival.no> wrote:
> Hi Kim,
> For the opening night we would like:
> - a welcome drink for 250 guests
> - a short video about the festival
> - decorations in the foyer
> The opening is in Bodø, at Stormen concert hall, on 2 September 2027.
> Jo Rask
""", "Re: Opening night", "Jo Rask <jo@nordlysfestival.no>", "Mon, 22 Mar 2027 12:00:00 +0100"),
     "2027-09-02", "Bodø",
     ["Welcome drink for 250 guests", "Decorations in the foyer", "Photo booth"])

case("k45_en_location_of_works_semicolons", """Invitation to tender: maintenance planning
Contracting authority: Vefsn Havn KF
Location of works: Eidet industrial estate, Vefsn

We require the following: a condition survey of the quay; a maintenance plan for ten years; and an energy label for the terminal building.

Completion: no later than 15 November 2027.
""", "2027-11-15", "Eidet",
     ["Condition survey of the quay", "Maintenance plan for ten years", "Energy label for the terminal building"])

case("k46_nb_three_things_numbered", _mail("""Hei,

Vi trenger hjelp med tre ting:

1. Nytt nettverk i begge etasjer
2. Oppsett av felles skrivere
3. Sikkerhetskopi til skyen

Vi holder til i Kirkegata 12, 8900 Brønnøysund. Jobben bør være ferdig innen fire uker.

Mvh
Siri Hagen
Hagen Advokatfirma
""", "IT-hjelp", "Siri Hagen <siri@hagenadvokat.no>", "Mon, 29 Mar 2027 08:00:00 +0200"),
     "2027-04-26", "Kirkegata 12",
     ["Nytt nettverk i begge etasjer", "Oppsett av felles skrivere", "Sikkerhetskopi til skyen"])


def _html_mail() -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Tone Lie <tone@vegaferie.no>"
    message["Subject"] = "Sommerarrangement Vega"
    message["Date"] = "Tue, 30 Mar 2027 10:00:00 +0200"
    message.set_content("<html><body><p>Hei,</p><p>Vi ønsker:</p><ul><li>Guidet tur til Vegatrappa</li>"
                        "<li>Lunsj på kaia</li><li>Båttransport fra Gladstad</li></ul>"
                        "<p>Alt må bookes innen 15. mai.</p><p>Hilsen Tone</p></body></html>", subtype="html")
    return message.as_bytes()


case("k47_nb_html_list_place_in_subject", _html_mail(), "2027-05-15", "Vega",
     ["Guidet tur til Vegatrappa", "Lunsj på kaia", "Båttransport fra Gladstad"], filename="k47_nb_html_list.eml")

case("k48_nb_jobben_gaar_ut_paa", _mail("""Hei!

Jobben går ut på å trekke nye kabler til verkstedet, montere fire nye lysrør og flytte sikringsskapet. Verkstedet ligger på Straumen i Sørfold. Frist uke 20.

Mvh Arne
""", "Elektriker verksted", "Arne Nilsen <arne.nilsen@gmail.com>", "Wed, 31 Mar 2027 07:00:00 +0200"),
     "2027-05-21", "Straumen",
     ["Trekke nye kabler til verkstedet", "Montere fire nye lysrør", "Flytte sikringsskapet"])


if __name__ == "__main__":
    from tests.projects.assignment_kinds_late import CASES as ALL_CASES
    from tests.projects.dev_assignments import score

    print(score(verbose=True, cases=ALL_CASES))
