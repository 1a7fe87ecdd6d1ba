# ruff: noqa: E501 - the assignments are texts as written, some with long lines on purpose
"""The later batches of tests/projects/assignment_kinds.py (k49-): deadline and site wordings,
tables and lists in attachments, more prose. Importing this module adds them to
`assignment_kinds.CASES`; `CASES` here is that full list."""

from __future__ import annotations

from tests.projects.assignment_kinds import CASES, _table_pdf, case  # noqa: F401 - CASES: the full list
from tests.projects.dev_assignments import _docx, _mail

# --- held out: k49-k58 (deadline and site wordings), written after k01-k48 passed ----------------

case("k49_nb_quarter_next_year_gnr", """Bestilling: nytt tak på naustet
Oppdragsgiver: Rødøy Kystlag
Byggested: gnr. 12 bnr. 4, Rødøy
Leveranser:
- Riving av gammelt tak
- Nytt tak med torv
Frist: 1. kvartal 2028
""", "2028-03-31", "gnr. 12",
     ["Riving av gammelt tak", "Nytt tak med torv"])

case("k50_en_end_of_week_school_in_town", _mail("""Hello,

We need new projectors in six classrooms and a sound system in the assembly hall. The work will take place at Lakselv school in Porsanger during the summer break.

Delivery: end of week 33.

Regards
Per Mo
""", "Classroom AV", "Per Mo <per.mo@porsanger.kommune.no>", "Mon, 5 Apr 2027 09:00:00 +0200"),
     "2027-08-20", "Lakselv",
     ["Projectors in six classrooms", "Sound system in the assembly hall"])

case("k51_nb_om_tre_uker_paa_i", _mail("""Hei,

Vi bor på Ramberg i Flakstad og trenger en ny varmepumpe og en termostatstyring for hele huset. Kan dere komme om tre uker?

Hilsen Eli
""", "Varmepumpe", "Eli Moen <eli.moen@gmail.com>", "Tue, 6 Apr 2027 09:00:00 +0200"),
     "2027-04-27", "Ramberg",
     ["Varmepumpe", "Termostatstyring for hele huset"])

case("k52_nb_thread_correction_without_deadline_word", _mail("""Beklager, det skulle stå 10. oktober.

Mvh Ole

Fra: Ole Lund <ole@lundfrakt.no>
Sendt: 7. april 2027 09:00
Til: post@dataverket.no
Emne: Nytt lagersystem

Hei,
Lund Frakt AS ønsker:
- Nytt lagerstyringssystem
- Strekkodeskannere til lageret
Frist: 10. september.
Lageret ligger i Havnevegen 4, 9900 Kirkenes.
Mvh Ole Lund
""", "SV: Nytt lagersystem", "Ole Lund <ole@lundfrakt.no>", "Wed, 7 Apr 2027 10:00:00 +0200"),
     "2027-10-10", "Havnevegen 4",
     ["Nytt lagerstyringssystem", "Strekkodeskannere til lageret"])

case("k53_en_end_of_next_month", _mail("""Hi,

Please prepare a cyber security review and a backup strategy for our office at 3 Fjord Road, 6800 Førde. We need both by the end of next month.

Regards
Kari Dahl
Sunnfjord Revisjon AS
""", "Security review", "Kari Dahl <kari@sunnfjordrevisjon.no>", "Thu, 8 Apr 2027 09:00:00 +0200"),
     "2027-05-31", "Fjord Road",
     ["Cyber security review", "Backup strategy"])

case("k54_nb_day_slash_month_no_year", _mail("""Hei,

Vi ønsker:
- Lydanlegg til festsalen
- Mikrofoner til talerstolen

Dette må være på plass innen 1/6. Stedet er Grendehuset, Bygdevegen 2, 8890 Leirfjord.

Hilsen Bjørn
""", "Lyd til grendehuset", "Bjørn Ask <bjorn.ask@gmail.com>", "Fri, 9 Apr 2027 09:00:00 +0200"),
     "2027-06-01", "Bygdevegen 2",
     ["Lydanlegg til festsalen", "Mikrofoner til talerstolen"])

case("k55_nb_week_range", _mail("""Hei,

Kommunen ønsker:
1. Nye ladepunkter ved rådhuset
2. Skilting og oppmerking av plassene

Montering skjer i uke 32–33. Adresse: Rådhusvegen 1, 8700 Nesna.

Hilsen
Tor Eng
Nesna kommune
""", "Ladepunkter rådhuset", "Tor Eng <tor.eng@nesna.kommune.no>", "Mon, 12 Apr 2027 09:00:00 +0200"),
     "2027-08-20", "Rådhusvegen 1",
     ["Nye ladepunkter ved rådhuset", "Skilting og oppmerking av plassene"])

case("k56_en_first_half_of_year", """Brief: IT support contract
Client: Helgeland Museum
Address: Museumsgata 1, 8800 Sandnessjøen

Deliverables:
- Inventory of all PCs and servers
- Replacement plan for old equipment
- Service desk set-up

All deliverables within the first half of 2027.
""", "2027-06-30", "Museumsgata 1",
     ["Inventory of all PCs and servers", "Replacement plan for old equipment", "Service desk set-up"])

case("k57_nb_site_and_office_towns", _mail("""Hei,

Vi trenger en elektrokontroll av utleiebygget vårt. Adressen er Storgata 10 i Narvik, men kontoret vårt er i Bodø. Rapporten må foreligge innen 15. juni.

Mvh
Hilde Vang
Vang Eiendom AS
Sjøgata 1, 8006 Bodø
""", "Elektrokontroll", "Hilde Vang <hilde@vangeiendom.no>", "Tue, 13 Apr 2027 09:00:00 +0200"),
     "2027-06-15", "Storgata 10",
     ["Elektrokontroll av utleiebygget"])

case("k58_en_event_held_at_lowercase_place", _mail("""Hi,

Our 25th anniversary party will be held at the old fish factory on Værøy. We need a caterer, a band and boat transport for 80 guests. The party is on Saturday 21 August 2027.

Best
Ina
Lofoten Seafood AS
""", "Anniversary party", "Ina Ulv <ina@lofotenseafood.no>", "Wed, 14 Apr 2027 09:00:00 +0200"),
     "2027-08-21", "Værøy",
     ["Caterer", "Band", "Boat transport for 80 guests"])


# --- held out: k59-k67, written after k01-k58 passed, scored once before any change --------------

case("k59_nb_docx_bare_sentences_and_client_duties", _docx([
    "Tilbudsforespørsel – varmeanlegg i Kjøpsvik skole",
    "Oppdragsgiver\tNarvik kommune",
    "Oppdragssted\tKjøpsvik",
    "Oppdraget omfatter",
    "Kartlegging av eksisterende anlegg, inkludert tegninger.",
    "Skisser til tre alternative løsninger.",
    "Anbefaling med kostnadsoverslag.",
    "Oppdragsgivers bidrag",
    "Kommunen stiller med nøkler og tegninger.",
    "Oppdraget skal være ferdig i løpet av uke 48.",
]), "2027-12-03", "Kjøpsvik",
     ["Kartlegging av eksisterende anlegg", "Skisser til tre alternative løsninger", "Anbefaling med kostnadsoverslag"],
     filename="k59_nb_docx_bare_sentences_and_client_duties.docx")

case("k60_en_items_with_dates_mo_i_rana", _mail("""Hello,

We would like to order the following:
- Test environment, by 1 June
- Data migration, by 1 August
- User training, by 20 August

Go-live: 1 September 2027. The work is mostly remote, with two days on site at our office in Mo i Rana.

Regards
Jan Ek
Ranfjord Kraft AS
""", "Order: new customer system", "Jan Ek <jan.ek@ranfjordkraft.no>", "Mon, 19 Apr 2027 09:00:00 +0200"),
     "2027-09-01", "Mo i Rana",
     ["Test environment", "Data migration", "User training"])

case("k61_nb_bestillingen_gjelder_event", _mail("""Hei,

Bestillingen gjelder: leie av lokale, mat og drikke, og DJ fra kl. 22.
Festen er lørdag 4. desember 2027, i samfunnshuset på Inndyr.

Hilsen Marit
Gildeskål Idrettslag
""", "Julebord", "Marit Lo <marit.lo@gmail.com>", "Tue, 20 Apr 2027 09:00:00 +0200"),
     "2027-12-04", "Inndyr",
     ["Leie av lokale", "Mat og drikke", "DJ"])

case("k62_en_pdf_tender_numbered_heads", _table_pdf([
    "Invitation to tender",
    "Digital signage for Bodø Airport",
    "1 Background",
    "The airport wants to replace its printed signs with screens.",
    "2 Scope of services",
    "The services comprise:",
    "• Screen layout design",
    "• Content management system",
    "• Installation of 40 screens",
    "3 Requirements",
    "• ISO 27001 certification",
    "• Norwegian-speaking project manager",
    "Final delivery: 10 December 2027",
]), "2027-12-10", "Bodø",
     ["Screen layout design", "Content management system", "Installation of 40 screens"],
     filename="k62_en_pdf_tender_numbered_heads.pdf")

case("k63_nb_three_messages_postpone_add", _mail("""Hei,

Legg til en brukerhåndbok også.

Mvh Rune

Den 20. apr. 2027 kl. 09:00 skrev Rune Holm <rune@holmtransport.no>:
> Vi venter med appen til neste år.
>
> Den 15. apr. 2027 kl. 09:00 skrev Rune Holm <rune@holmtransport.no>:
> > Hei,
> > Vi trenger:
> > - Ny bookingløsning på nett
> > - App for sjåførene
> > - Rapportmodul for ledelsen
> > Frist 1. oktober. Kontoret er i Industrivegen 8, 8800 Sandnessjøen.
""", "SV: SV: Bookingløsning", "Rune Holm <rune@holmtransport.no>", "Thu, 22 Apr 2027 09:00:00 +0200"),
     "2027-10-01", "Industrivegen 8",
     ["Ny bookingløsning på nett", "Rapportmodul for ledelsen", "Brukerhåndbok"])

case("k64_en_pipe_table_in_mail", _mail("""Hi,

Please quote for the following:

| Deliverable | Qty |
|---|---|
| Wireless access points | 12 |
| Network switches | 3 |
| Installation and configuration | 1 |

Site: Sjøfartsbygget, Storgata 20, 9300 Finnsnes. Needed by 15 June 2027.

Thanks
Eva
""", "Network quote", "Eva Ruud <eva@senjafisk.no>", "Fri, 23 Apr 2027 09:00:00 +0200"),
     "2027-06-15", "Storgata 20",
     ["Wireless access points", "Network switches", "Installation and configuration"])

case("k65_nb_o_bullets_before_christmas", _mail("""Hei,

Hytta ligger på Helligvær. Vi ønsker oss:
o Solcelleanlegg på taket
o Batteri for lagring
o Nytt sikringsskap

Alt må være ferdig før jul.

Hilsen Nils
""", "Solceller hytta", "Nils Berg <nils.berg@online.no>", "Mon, 26 Apr 2027 09:00:00 +0200"),
     "2027-12-24", "Helligvær",
     ["Solcelleanlegg på taket", "Batteri for lagring", "Nytt sikringsskap"])

case("k66_en_uppercase_letters_heading_with_parenthesis", """Deliverables (see the attached schedule):
A. Brand guidelines for the festival
B. Poster and social media templates
C. Signage for the festival area

Client: Lofoten Music Festival
Location: Festival area, Leknes
Deadline: 1 May 2027
""", "2027-05-01", "Leknes",
     ["Brand guidelines for the festival", "Poster and social media templates", "Signage for the festival area"])

case("k67_nb_days_street_paa", _mail("""Hei,

Vi trenger nye stikkontakter på kjøkkenet og en ny kurs til vaskemaskinen. Jobben skal utføres i Sjøvegen 12 på Hamnvik, og bør være gjort innen 14 dager.

Hilsen Berit
""", "Elektriker kjøkken", "Berit Lie <berit.lie@gmail.com>", "Tue, 27 Apr 2027 09:00:00 +0200"),
     "2027-05-11", "Sjøvegen 12",
     ["Nye stikkontakter på kjøkkenet", "Ny kurs til vaskemaskinen"])


# --- held out: k68-k73, written after k01-k67 passed, scored once before any change --------------

case("k68_en_what_we_need_and_provide", _mail("""Hello,

What we need from you:
1. Control system upgrade for the filling line
2. New operator panels
3. Documentation and training

What we provide:
1. Access to the plant on weekdays
2. A contact person in maintenance

The plant is at Halsøy in Vefsn. Everything must be done by Friday 3 September.

Regards
Leif Moe
Helgeland Bryggeri AS
""", "Filling line upgrade", "Leif Moe <leif@helgelandbryggeri.no>", "Mon, 3 May 2027 09:00:00 +0200"),
     "2027-09-03", "Halsøy",
     ["Control system upgrade for the filling line", "New operator panels", "Documentation and training"])

case("k69_nb_inline_upper_letters_two_deadlines", _mail("""Hei,

Oppdraget består av tre deler: A) forprosjekt, B) detaljprosjekt og C) oppfølging i byggefase. Tiltaket ligger i Skjerstad. Forprosjektet skal leveres innen 1. mars, og detaljprosjektet innen 1. juni 2028.

Hilsen
Per Ovesen
Bodø kommune
""", "Ny pumpestasjon", "Per Ovesen <per.ovesen@bodo.kommune.no>", "Mon, 15 Nov 2027 09:00:00 +0100"),
     "2028-06-01", "Skjerstad",
     ["Forprosjekt", "Detaljprosjekt", "Oppfølging i byggefase"])

case("k70_en_deliverable_n_lines_working_days", _mail("""Hi,

Deliverable 1: Penetration test of the web shop
Deliverable 2: Report with prioritised findings
Deliverable 3: Retest after fixes

Please complete the work within 10 working days. Our office is at 8 Quay Street, 8006 Bodø.

Regards
Sofie Strand
Nordpil Sport AS
""", "Security testing", "Sofie Strand <sofie@nordpilsport.no>", "Mon, 3 May 2027 09:00:00 +0200"),
     "2027-05-17", "Quay Street",
     ["Penetration test of the web shop", "Report with prioritised findings", "Retest after fixes"])

case("k72_nb_verb_bullets", _mail("""Hei,

Vi ønsker pris på å:
- bytte alle stikkontakter i stua
- legge nytt opplegg i garasjen
- montere lader for elbil

Adresse: Bjørkevegen 3, 8450 Stokmarknes. Ferdig innen 1. juli.

Hilsen Stine
""", "Elektro hus", "Stine Ask <stine.ask@gmail.com>", "Tue, 4 May 2027 09:00:00 +0200"),
     "2027-07-01", "Bjørkevegen 3",
     ["Bytte alle stikkontakter i stua", "Legge nytt opplegg i garasjen", "Montere lader for elbil"])

case("k73_en_scope_paragraph", """Brief: new website for Saltstraumen Adventure
Client: Saltstraumen Adventure AS
Address: Saltstraumveien 10, 8056 Saltstraumen

Scope
Design and build of a new website, including hosting for two years and a content workshop with our staff.

Deadline: 15 March 2027
""", "2027-03-15", "Saltstraumveien 10",
     ["Design and build of a new website", "Hosting for two years", "Content workshop with our staff"])


# --- held out: k74-k82, written after k01-k73 passed, scored once before any change --------------

case("k74_nb_questions_list_before_deliverables", _mail("""Hei,

Før vi går videre har vi noen spørsmål:
1. Har dere kapasitet i mai?
2. Kan dere bruke våre egne tegninger?

Leveranser:
1. Lysplan for utomhusområdet
2. Mengdeliste for innkjøp

Anlegget ligger i Parkvegen 2, 8370 Leknes. Ferdig innen utgangen av uke 40.

Hilsen Tove
Vestvågøy kommune
""", "Utelys", "Tove Lind <tove.lind@vestvagoy.kommune.no>", "Mon, 10 May 2027 09:00:00 +0200"),
     "2027-10-08", "Parkvegen 2",
     ["Lysplan for utomhusområdet", "Mengdeliste for innkjøp"])

case("k77_en_forward_with_moved_deadline", _mail("""Hi Ola,

Can you take this one? They want it by 1 June, not 15 May as written below.

Pia

---------- Forwarded message ---------
From: Karl Nes <karl@arcticinn.no>
Date: Mon, 10 May 2027 at 08:00
Subject: Booking system
To: post@webverket.no

Hello,
We need:
- An online booking system for our 20 rooms
- Payment integration
- Staff training
Deadline 15 May. The hotel is at Havnegata 1, 9950 Vardø.
Karl Nes
Arctic Inn AS
""", "Fwd: Booking system", "Pia Dahl <pia@webverket.no>", "Tue, 11 May 2027 09:00:00 +0200"),
     "2027-06-01", "Havnegata 1",
     ["Online booking system for our 20 rooms", "Payment integration", "Staff training"])

case("k78_nb_arbeidsstedet_er", _mail("""Hei,

Vi trenger nytt ventilasjonsaggregat og ny styring til kafeen. Arbeidsstedet er Brygga 4 i Henningsvær. Alt må være klart til sesongstart 1. juni.

Hilsen Kai
Henningsvær Kafé AS
""", "Ventilasjon kafé", "Kai Moe <kai@henningsvaerkafe.no>", "Wed, 12 May 2027 09:00:00 +0200"),
     "2027-06-01", "Brygga 4",
     ["Ventilasjonsaggregat", "Ny styring til kafeen"])

case("k82_nb_condition_bullet_inside_list", _mail("""Hei,

Vi ønsker:
- Tilstandsrapport for det elektriske anlegget
- Tiltaksliste med kostnader
- Rapporten må være på norsk

Sted: Hamnøy, Moskenes. Frist 1. september.

Hilsen Liv
""", "Elkontroll", "Liv Ask <liv.ask@gmail.com>", "Thu, 13 May 2027 09:00:00 +0200"),
     "2027-09-01", "Hamnøy",
     ["Tilstandsrapport for det elektriske anlegget", "Tiltaksliste med kostnader"])


# --- held out: k83-k90, written after k01-k82 passed, scored once before any change --------------

case("k83_en_chatty_ideally_easter", _mail("""Hi there,

We're a small accounting firm with 8 staff at 12 Storgata Street... sorry, Storgata 12, 9300 Finnsnes. Ideally you'd set up Microsoft 365 for everyone, move our files from the old server and sort out the printers. It'd be great if this could be done before the Easter break.

Cheers,
Mia
Senja Regnskap AS
""", "IT help", "Mia Lund <mia@senjaregnskap.no>", "Mon, 15 Feb 2027 09:00:00 +0100"),
     "2027-03-24", "Storgata 12",
     ["Microsoft 365 for everyone", "Move our files from the old server", "Printers"])

case("k85_nb_arrow_bullets", _mail("""Hei,

Oppgaver:
➢ Montering av 30 nye downlights
➢ Ny kurs til varmtvannsbereder
➢ Termografering av sikringsskap

Adresse: Fjordgata 7, 8900 Brønnøysund. Frist uke 24.

Hilsen Geir
""", "Elektrojobb", "Geir Moe <geir.moe@gmail.com>", "Mon, 17 May 2027 09:00:00 +0200"),
     "2027-06-18", "Fjordgata 7",
     ["Montering av 30 nye downlights", "Ny kurs til varmtvannsbereder", "Termografering av sikringsskap"])

case("k87_nb_stedet_er", _mail("""Hei,

Vi trenger scene, lyd og lys til 17. mai-arrangementet. Stedet er Torget i Svolvær. Alt må være på plass til 16. mai kl. 18.

Hilsen
Svolvær Sentrumsforening
""", "17. mai", "Ane Berg <ane@svolvaersentrum.no>", "Tue, 18 May 2027 09:00:00 +0200"),
     "2027-05-16", "Torget",
     ["Scene", "Lyd", "Lys"])

case("k88_en_number_dash_items", """Brief: warehouse lighting survey
Client: Polar Cargo AS
Location: Terminalveien 5, 9015 Tromsø

Deliverables
1 - Lighting survey of the warehouse
2 - Energy saving report
3 - Budget price for LED replacement

Deadline: 30 June 2027
""", "2027-06-30", "Terminalveien 5",
     ["Lighting survey of the warehouse", "Energy saving report", "Budget price for LED replacement"])

case("k89_nb_docx_pos_beskrivelse_antall", _docx([
    "Forespørsel – nytt AV-utstyr i kommunestyresalen",
    "Oppdragsgiver\tLødingen kommune",
    "Adresse\tRådhuset, Lødingen",
    "Utstyr og arbeider",
    "Pos.\tBeskrivelse\tAntall",
    "1\tProjektor med lerret\t1",
    "2\tMikrofonanlegg med 20 delegatmikrofoner\t1",
    "3\tInstallasjon og opplæring\t1",
    "Leveransen må være ferdig innen 15.08.2027.",
]), "2027-08-15", "Lødingen",
     ["Projektor med lerret", "Mikrofonanlegg med 20 delegatmikrofoner", "Installasjon og opplæring"],
     filename="k89_nb_docx_pos_beskrivelse_antall.docx")

case("k90_en_scope_paragraph_inline_numbers", """Request for quotation: CCTV at Sortland harbour
Client: Sortland Havn KF

Scope of work
The supplier shall deliver (1) a camera plan for the quay area, (2) supply and installation of 16 cameras and (3) a video management system with 30 days of storage.

Completion by 1 October 2027.
""", "2027-10-01", "Sortland",
     ["Camera plan for the quay area", "Supply and installation of 16 cameras", "Video management system"])


# --- held out: k91-k96, written after k01-k90 passed, scored once before any change --------------

case("k91_en_project_address_label", _mail("""Hello,

Project address: Kvaløyveien 300, 9100 Kvaløysletta

We need:
- Electrical design for the school extension
- Lighting calculations for the classrooms

Due at the latest on 20 August 2027.

Regards
Tom Eide
Tromsø kommune, Eiendom
Grønnegata 50, 9008 Tromsø
""", "School extension", "Tom Eide <tom.eide@tromso.kommune.no>", "Mon, 24 May 2027 09:00:00 +0200"),
     "2027-08-20", "Kvaløyveien 300",
     ["Electrical design for the school extension", "Lighting calculations for the classrooms"])

case("k92_nb_verb_bullets_present_tense", _mail("""Hei,

Vi ønsker at dere:
• kartlegger dagens belysning i alle klasserom
• foreslår nye armaturer med styring
• beregner energibesparelsen

Skolen ligger i Skoleveien 4, 8690 Hattfjelldal. Vi må ha forslaget senest torsdag 9. september.

Hilsen
Hattfjelldal kommune
""", "Belysning skolen", "Eva Nes <eva.nes@hattfjelldal.kommune.no>", "Tue, 25 May 2027 09:00:00 +0200"),
     "2027-09-09", "Skoleveien 4",
     ["Kartlegger dagens belysning i alle klasserom", "Foreslår nye armaturer med styring", "Beregner energibesparelsen"])

case("k93_en_thread_also_asked_for", _mail("""Hi all,

Update: the client has also asked for an as-built drawing set.

Nils

On Mon, 24 May 2027 at 09:00, Nils Berg <nils@nordelektro.no> wrote:
> Team,
> The order from Lyngen Hotel covers:
> - New main distribution board
> - Emergency lighting in all corridors
> Site: Lyngen Hotel, Strandveien 1, 9060 Lyngseidet. Completion 30 September.
""", "Re: Lyngen Hotel order", "Nils Berg <nils@nordelektro.no>", "Wed, 26 May 2027 09:00:00 +0200"),
     "2027-09-30", "Strandveien 1",
     ["New main distribution board", "Emergency lighting in all corridors", "As-built drawing set"])

case("k94_nb_inline_paren_numbers_after_head", """Bestilling fra Vefsn Golfklubb
Oppdragsgiver: Vefsn Golfklubb
Sted: Klubbhuset, Golfveien 1, 8664 Mosjøen
Leveransene er: 1) ny nettside 2) medlemsregister 3) bookingløsning for starttider
Ferdig innen 1. april 2027.
""", "2027-04-01", "Golfveien 1",
     ["Ny nettside", "Medlemsregister", "Bookingløsning for starttider"])

case("k96_nb_hos_oss_name_number_town", _mail("""Hei,

Vi trenger en ny server og oppsett av sikkerhetskopi. Arbeidet skal gjøres hos oss i Vestbyen 3, Bodø, innen 14 dager.

Hilsen
Kari
Vestbyen Tannlegesenter
""", "Server", "Kari Li <kari@vestbyentannlege.no>", "Thu, 27 May 2027 09:00:00 +0200"),
     "2027-06-10", "Vestbyen 3",
     ["Ny server", "Oppsett av sikkerhetskopi"])


# --- held out: k97-k102, written after k01-k96 passed, scored once before any change -------------

case("k97_en_contractor_shall_client_will", """Invitation to tender: heat pumps for Andøy sports hall
Client: Andøy kommune
Site: Andøyhallen, Idrettsveien 2, 8480 Andenes

The Contractor shall:
(a) supply two air-to-water heat pumps;
(b) install the pumps and connect them to the existing system;
(c) commission and document the installation.

The Client will:
(a) provide access to the plant room;
(b) arrange power shutdowns.

Completion: 15 October 2027.
""", "2027-10-15", "Idrettsveien 2",
     ["Supply two air-to-water heat pumps", "Install the pumps", "Commission and document the installation"])

case("k98_nb_docx_oppgave_timer", _docx([
    "Forespørsel: IT-drift for Leirfjord Sparebank",
    "Oppdragsgiver\tLeirfjord Sparebank",
    "Adresse\tSentrumsveien 1, 8890 Leirfjord",
    "Vi ønsker tilbud på følgende:",
    "Oppgave\tAnslåtte timer",
    "Oppdatering av alle klienter\t40",
    "Overvåking av servere\t20",
    "Brukerstøtte\t60",
    "Oppstart 1. mars, ferdig innen 30.06.2027.",
]), "2027-06-30", "Sentrumsveien 1",
     ["Oppdatering av alle klienter", "Overvåking av servere", "Brukerstøtte"],
     filename="k98_nb_docx_oppgave_timer.docx")

case("k99_en_close_of_business_venue_tbc", _mail("""Hi,

For our autumn kick-off we need a keynote speaker, a workshop facilitator and dinner for 45.

Venue: to be confirmed (Bodø area)
Please confirm everything by close of business on Friday 16 July.

Thanks
Hanne
""", "Autumn kick-off", "Hanne Vik <hanne@nordtek.no>", "Mon, 31 May 2027 09:00:00 +0200"),
     "2027-07-16", "Bodø",
     ["Keynote speaker", "Workshop facilitator", "Dinner for 45"])

case("k100_nb_hjelpe_med_colon", _mail("""Hei,

Jeg lurer på om dere kan hjelpe med:
- flytting av datautstyr til nytt kontor
- oppkobling av nettverk og skrivere

Det nye kontoret er i Storgata 40, 8800 Sandnessjøen. Flyttingen skjer i uke 27.

Mvh Tor
""", "Flytting", "Tor Ask <tor@helgelandrevisjon.no>", "Tue, 1 Jun 2027 09:00:00 +0200"),
     "2027-07-09", "Storgata 40",
     ["Flytting av datautstyr til nytt kontor", "Oppkobling av nettverk og skrivere"])

case("k101_en_looking_for_someone_to", _mail("""Hi,

We are a small cider farm in Lofoten. We are looking for someone to design our new logo, build a simple website and set up our social media accounts. We'd like it all done within six weeks.

Thanks,
Jonas
Fjellgården Cider
""", "Branding", "Jonas Li <jonas@fjellgardencider.no>", "Wed, 2 Jun 2027 09:00:00 +0200"),
     "2027-07-14", "Lofoten",
     ["Design our new logo", "Build a simple website", "Set up our social media accounts"])

case("k102_nb_behov_heading", _mail("""Hei,

Behov:
- Nye lysarmaturer i lagerhallen
- Nødlys ved alle utganger

Lagerhallen ligger i Industrivegen 22, 8610 Mo i Rana. Frist 1. oktober.

Hilsen
Rana Lager AS
""", "Lys lagerhall", "Ida Berg <ida@ranalager.no>", "Thu, 3 Jun 2027 09:00:00 +0200"),
     "2027-10-01", "Industrivegen 22",
     ["Nye lysarmaturer i lagerhallen", "Nødlys ved alle utganger"])


# --- held out: k103-k108, written after k01-k102 passed, scored once before any change ------------

case("k103_en_requirements_as_follows", _mail("""Dear Sir or Madam,

Our requirements are as follows:
- Fire alarm system for the new wing
- Integration with the existing alarm panel
- Annual service agreement

The building is at Sykehusveien 38, 9019 Tromsø. Completion by 1 December 2027.

Yours faithfully
Anne Holt
Nordlys Helse AS
""", "Fire alarm", "Anne Holt <anne@nordlyshelse.no>", "Mon, 7 Jun 2027 09:00:00 +0200"),
     "2027-12-01", "Sykehusveien 38",
     ["Fire alarm system for the new wing", "Integration with the existing alarm panel", "Annual service agreement"])

case("k104_nb_folgende_skal_leveres", """Oppdrag: ny hjemmeside for Rødøy Reiseliv
Oppdragsgiver: Rødøy Reiseliv SA
Adresse: Vågaholmen 1, 8170 Engavågen

Følgende skal leveres:
- Hjemmeside på norsk og engelsk
- Bildebank med 50 bilder
- Opplæring av to ansatte

Ferdig innen 15. april 2027.
""", "2027-04-15", "Vågaholmen 1",
     ["Hjemmeside på norsk og engelsk", "Bildebank med 50 bilder", "Opplæring av to ansatte"])

case("k105_nb_del_n_colon_items", """Forespørsel – rehabilitering av svømmehallen
Oppdragsgiver: Vega kommune
Adresse: Gladstadveien 5, 8980 Vega

Omfang:
Del 1: Tilstandsvurdering av bassengteknikk
Del 2: Forprosjekt for ny ventilasjon
Del 3: Kostnadsoverslag

Frist: 30.09.2027
""", "2027-09-30", "Gladstadveien 5",
     ["Tilstandsvurdering av bassengteknikk", "Forprosjekt for ny ventilasjon", "Kostnadsoverslag"])

case("k106_en_project_phases", """Brief: digital visitor guide
Client: Lofotr Museum Foundation
Location: Borg, Vestvågøy

Project phases
Phase 1 – discovery workshop with staff
Phase 2 – prototype of the guide app
Phase 3 – pilot with 50 visitors

Final delivery: 1 May 2027.
""", "2027-05-01", "Borg",
     ["Discovery workshop with staff", "Prototype of the guide app", "Pilot with 50 visitors"])

case("k107_en_two_sites_quote", _mail("""Hello,

Could you quote for installing EV chargers at our two sites, Storgata 5 in Bodø and Sjøgata 10 in Narvik? We also need a load management system. It must be finished by 31 October.

Regards
Ola Strand
Nordbil AS
""", "EV chargers", "Ola Strand <ola@nordbil.no>", "Tue, 8 Jun 2027 09:00:00 +0200"),
     "2027-10-31", "Storgata 5",
     ["Installing EV chargers", "Load management system"])

case("k108_nb_baade_og", _mail("""Hei,

Vi trenger både en ny hovedtavle og en utvidelse av anlegget i verkstedet. Verkstedet ligger i Sjøvegen 2, 8370 Leknes, og alt må være ferdig før fellesferien.

Hilsen Rolf
""", "Ny tavle", "Rolf Aas <rolf.aas@gmail.com>", "Wed, 9 Jun 2027 09:00:00 +0200"),
     "2027-07-09", "Sjøvegen 2",
     ["Ny hovedtavle", "Utvidelse av anlegget i verkstedet"])


# --- held out: k109-k113, written after k01-k108 passed, scored once before any change ------------

case("k109_nb_mail_with_docx_brief", _mail("""Hei,

Se vedlagt konkurransegrunnlag for ny belysning i kulturhuset. Spørsmål kan rettes til undertegnede.

Med hilsen
Åse Lie
Hemnes kommune
Sentrumsgata 1, 8646 Korgen
""", "Konkurranse – belysning kulturhuset", "Åse Lie <ase.lie@hemnes.kommune.no>", "Mon, 14 Jun 2027 09:00:00 +0200",
    attachment=("konkurransegrunnlag.docx", _docx([
        "Konkurransegrunnlag – ny belysning i kulturhuset",
        "Byggested\tHemnesberget kulturhus, Kirkegata 2, 8640 Hemnesberget",
        "Leveranser",
        "– Lysdesign for salen og foajeen",
        "– Styringssystem med scenelys",
        "– Montasje og igangkjøring",
        "Tilbudsfrist: 1. juli 2027",
        "Ferdigstillelse: 15.11.2027",
    ]))),
     "2027-11-15", "Kirkegata 2",
     ["Lysdesign for salen og foajeen", "Styringssystem med scenelys", "Montasje og igangkjøring"])

case("k110_en_mail_with_pdf_table", _mail("""Hello,

Please find the scope attached. Site: Harbour Terminal, Kaigata 3, 8514 Narvik.

Regards
Lena Vik
Narvik Port AS
""", "Scope – terminal Wi-Fi", "Lena Vik <lena@narvikport.no>", "Tue, 15 Jun 2027 09:00:00 +0200",
    attachment=("scope.pdf", _table_pdf([
        "Scope of work - terminal Wi-Fi",
        "Deliverable\tDue",
        "Site survey\t16 July 2027",
        "Wi-Fi design\t13 August 2027",
        "Installation of access points\t24 September 2027",
    ]))),
     "2027-09-24", "Kaigata 3",
     ["Site survey", "Wi-Fi design", "Installation of access points"])

case("k111_nb_numbered_with_flat_details", _mail("""Hei,

Vi ønsker:
1) Nytt adgangskontrollsystem
• kortlesere på 6 dører
• app for administrasjon
2) Kameraovervåking av inngangspartiet
3) Serviceavtale i tre år

Arbeidet utføres på stedet i Hemnesberget og må være ferdig innen 3 måneder.

Hilsen
Hemnes Næringshage
""", "Adgangskontroll", "Rita Moe <rita@hemnesnh.no>", "Wed, 16 Jun 2027 09:00:00 +0200"),
     "2027-09-16", "Hemnesberget",
     ["Nytt adgangskontrollsystem", "Kameraovervåking av inngangspartiet", "Serviceavtale i tre år"])

case("k113_nb_thread_address_corrected", _mail("""Beklager, adressen er Nyveien 4, ikke Gamleveien 4.

Mvh Unni

Fra: Unni Lund <unni.lund@gmail.com>
Sendt: 17. juni 2027 09:00
Til: post@elektro.no
Emne: Ladeboks

Hei,
Vi ønsker en ladeboks og en ny kurs i garasjen i Gamleveien 4, 8800 Sandnessjøen. Gjerne innen uke 30.
Unni
""", "SV: Ladeboks", "Unni Lund <unni.lund@gmail.com>", "Thu, 17 Jun 2027 10:00:00 +0200"),
     "2027-07-30", "Nyveien 4",
     ["Ladeboks", "Ny kurs i garasjen"])


# --- held out: k114-k118, written after k01-k113 passed, scored once before any change ------------

case("k114_en_carry_out_following_work", _mail("""Hello,

We would like you to carry out the following work:
– Replacement of the fire alarm panel
– New smoke detectors in the basement
– Updated fire documentation

The building is at Kirkegata 15, 8300 Svolvær. Please complete by 30 November 2027.

Regards
Svolvær Borettslag
""", "Fire alarm work", "Ivar Lind <ivar@svolvaerbrl.no>", "Mon, 21 Jun 2027 09:00:00 +0200"),
     "2027-11-30", "Kirkegata 15",
     ["Replacement of the fire alarm panel", "New smoke detectors in the basement", "Updated fire documentation"])

case("k115_nb_det_dreier_seg_om", _mail("""Hei,

Det dreier seg om en ny hjemmeside og en nettbutikk for gårdsbutikken vår på Tjøtta. Vi håper det kan være klart innen 1. september.

Hilsen Marte
""", "Nettside gårdsbutikk", "Marte Vik <marte.vik@gmail.com>", "Tue, 22 Jun 2027 09:00:00 +0200"),
     "2027-09-01", "Tjøtta",
     ["Ny hjemmeside", "Nettbutikk for gårdsbutikken"])

case("k116_en_wrapped_plain_text_bullets", _mail("""Hello,

Services:
- Design of the ventilation system for the
new sports hall
- Energy calculation according to the
building regulations
- Tender documents

Site: Idrettsveien 10, 8450 Stokmarknes. Deadline 15 October 2027.

Regards
Hadsel kommune
""", "Ventilation design", "Kim Berg <kim.berg@hadsel.kommune.no>", "Wed, 23 Jun 2027 09:00:00 +0200"),
     "2027-10-15", "Idrettsveien 10",
     ["Design of the ventilation system for the new sports hall", "Energy calculation according to the building regulations",
      "Tender documents"])

case("k117_nb_pdf_table_tjeneste_pris", _table_pdf([
    "Prisforespørsel - drift av nettverk",
    "Oppdragsgiver: Bindal kommune",
    "Adresse: Rådhuset, Terråk",
    "Tjeneste\tPris eks. mva",
    "Overvåking av nettverk",
    "Oppdatering av brannmur",
    "Månedlig rapport",
    "Frist for levering av tjenestene: 01.01.2028",
]), "2028-01-01", "Terråk",
     ["Overvåking av nettverk", "Oppdatering av brannmur", "Månedlig rapport"],
     filename="k117_nb_pdf_table_tjeneste_pris.pdf")

case("k118_en_work_required", """Client: Bodø Marina AS
Location: Bodø Marina, Moloveien 2, 8003 Bodø

Work required:
1. Shore power pedestals for 40 berths
2. Metering and payment solution
3. Lighting on the pontoons

Completion no later than 1 May 2028.
""", "2028-05-01", "Moloveien 2",
     ["Shore power pedestals for 40 berths", "Metering and payment solution", "Lighting on the pontoons"])
