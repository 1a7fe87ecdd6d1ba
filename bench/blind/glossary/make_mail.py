#!/usr/bin/env python3
"""Generate the blind jargon mail set for Tverrfjell Rådgivende Ingeniører AS (invented; stdlib only).

An engineering consultancy in Hamar. Its mail is thick with the trade's shorthand: RIB, RIV, RIE, RIBr,
RIG, TG2/TG3, FDV, IG/RT/MB/FA, SHA, KP/KU, NS 8407, dagmulkt, EO, UE, BH, TE, UK, KS ...
Run:  python3 make_mail.py   -> mail/messages/*.eml, mail/labels.csv, mail/organization.json, mail/known_domains.txt
"""
import csv
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'mail')
DOMAIN = 'tverrfjell.no'
ORG = {'name': 'Tverrfjell Rådgivende Ingeniører AS', 'domain': DOMAIN, 'employees': [
    {'name': 'Marianne Løkken', 'email': 'marianne.lokken@tverrfjell.no', 'role': 'daglig leder'},
    {'name': 'Petter Haugom', 'email': 'petter.haugom@tverrfjell.no', 'role': 'fagleder RIB'},
    {'name': 'Sigrid Nordahl', 'email': 'sigrid.nordahl@tverrfjell.no', 'role': 'fagleder RIV'},
    {'name': 'Anders Bjørke', 'email': 'anders.bjorke@tverrfjell.no', 'role': 'fagleder RIE'},
    {'name': 'Hilde Kvisler', 'email': 'hilde.kvisler@tverrfjell.no', 'role': 'takst og tilstandsvurdering'},
    {'name': 'Jon Arne Sveen', 'email': 'jon.arne.sveen@tverrfjell.no', 'role': 'BIM-koordinator'},
    {'name': 'Kristin Moe', 'email': 'kristin.moe@tverrfjell.no', 'role': 'økonomi'},
    {'name': 'Line Engen', 'email': 'line.engen@tverrfjell.no', 'role': 'kontor og HR'},
    {'name': 'Post', 'email': 'post@tverrfjell.no', 'role': 'felles postkasse'},
    {'name': 'Faktura', 'email': 'faktura@tverrfjell.no', 'role': 'fakturamottak'},
    {'name': 'Jobb', 'email': 'jobb@tverrfjell.no', 'role': 'rekruttering'}]}
KNOWN = ['mjosbygg-entreprenor.no', 'vangsaas-eiendom.no', 'furnes-trehus.no', 'geolab-innlandet.no', 'plottsenteret-hamar.no',
         'brannsikring-ost.no', 'stange-boligutleie.no', 'elvebakken-borettslag.no', 'innlandsbanken-bedrift.no',
         'rif-nettverk.no', 'hedmark-betongelement.no', 'landaas-arkitekter.no']
TO = dict({'post': 'post@tverrfjell.no', 'faktura': 'faktura@tverrfjell.no', 'jobb': 'jobb@tverrfjell.no',
           'petter': 'petter.haugom@tverrfjell.no', 'sigrid': 'sigrid.nordahl@tverrfjell.no', 'anders': 'anders.bjorke@tverrfjell.no',
           'hilde': 'hilde.kvisler@tverrfjell.no', 'jonarne': 'jon.arne.sveen@tverrfjell.no', 'kristin': 'kristin.moe@tverrfjell.no',
           'marianne': 'marianne.lokken@tverrfjell.no', 'line': 'line.engen@tverrfjell.no'})

# (category, language, from, to, subject, body, note, style)   style: plain | html | reply | fwd | attach:<name>
M = [
    # ------------------------------------------------------------- sales_inquiry (price requests, tender invitations)
    ('sales_inquiry', 'nb', 'Kjetil Vangsaas <kjetil@vangsaas-eiendom.no>', 'post', 'Forespørsel RIB + RIBr forprosjekt, 4 etg. massivtre',
     'Hei,\n\nVi planlegger et boligbygg i fire etasjer i massivtre på Ottestad, ca. 2 400 m2 BRA. Vi ønsker pris på RIB og RIBr '
     'fram til RT, og som opsjon videre til IG. Arkitekt er Landaas. Kan dere gi et estimat innen to uker?\n\nMvh Kjetil Vangsaas',
     'RIB/RIBr price up to RT, option to IG', 'plain'),
    ('sales_inquiry', 'nb', 'Ragnhild Aas <ragnhild.aas@gmail.com>', 'post', 'tilstandsrapport før salg',
     'Hei! Vi skal selge enebolig fra 1984 i Brumunddal og megler sier vi må ha tilstandsrapport etter ny forskrift. '
     'Hva tar dere, og hvor fort kan dere komme? Ca 180 kvm + dobbelgarasje.\nHilsen Ragnhild', 'condition report price, private', 'plain'),
    ('sales_inquiry', 'nb', 'Stange kommune innkjøp <konkurranse@stange-innkjop.no>', 'post', 'Kunngjøring: RIV/RIE rammeavtale 2027–2030 (Mercell 2026/1184)',
     'Stange kommune inviterer til konkurranse om rammeavtale for rådgivning innen VVS og elektro (RIV og RIE) på kommunale '
     'formålsbygg. Kontraktsform NS 8402. Konkurransegrunnlag og SSA-R ligger i Mercell. Frist for spørsmål 4.1., tilbudsfrist 18.1.2027.',
     'tender invitation RIV/RIE framework', 'html'),
    ('sales_inquiry', 'nb', 'Trond Mjøs <trond@mjosbygg-entreprenor.no>', 'petter', 'Pris på RIB-prosjektering som UK for oss i TE',
     'Petter,\n\nVi har fått tilbudsforespørsel som TE på et lagerbygg i Kløfta (NS 8407). Kan dere gi oss en pris på RIB-prosjektering '
     'som underkonsulent, inkl. fundamentering når RIG-rapporten foreligger? Vi trenger tallet før 10.12.\n\nTrond',
     'TE asks RIB price as UK (subconsultant)', 'plain'),
    ('sales_inquiry', 'nb', 'Elvebakken borettslag <styret@elvebakken-borettslag.no>', 'post', 'Ønsker tilbud på tilstandsvurdering av fasader og balkonger',
     'Hei,\n\nStyret vil ha en tilstandsvurdering etter NS 3424 av fasader og 48 balkonger før vi legger vedlikeholdsplan. Kan dere gi tilbud '
     'på befaring, rapport med TG per bygningsdel og grovt kostnadsoverslag?\n\nMed hilsen\nstyreleder Åse Nygaard',
     'NS 3424 survey RFQ', 'plain'),
    ('sales_inquiry', 'en', 'Lars-Erik Holm <lars-erik.holm@nordicdatahall.se>', 'post', 'Request for quotation – MEP design for data hall, Elverum',
     'Hello,\n\nWe are planning a 2 MW data hall near Elverum and are looking for a local consultant for MEP design (HVAC and electrical, '
     'your RIV/RIE disciplines). Could you send a fee proposal for concept and detailed design? Drawings attached.\n\nBest regards\nLars-Erik',
     'English RFQ MEP (RIV/RIE)', 'attach:concept_layout.pdf'),
    ('sales_inquiry', 'nb', 'nettskjema@tverrfjell.no', 'post', 'Nettskjema: ny henvendelse',
     'Navn: Bård Storhaug\nTelefon: 924 11 870\nGjelder: Fuktskade i kjeller, trenger noen som kan ta fuktmåling og si om det er TG2 eller TG3 '
     'før vi bestemmer oss\nAdresse: Furnesvegen 212, Hamar\nØnsket tidspunkt: så fort som mulig', 'web form', 'plain'),
    ('sales_inquiry', 'nn', 'Solveig Bryhni <solveig.bryhni@online.no>', 'post', 'SHA-plan og KU for lite prosjekt?',
     'Hei. Me skal byggje om eit gamalt fjøs til to bustader og entreprenøren seier me treng SHA-plan og ein KU. Kan de ta på dykk det, '
     'og kva kostar det? Helsing Solveig', 'nynorsk, SHA/KU price', 'plain'),
    ('sales_inquiry', 'nb', 'Marte Furnes <marte@furnes-trehus.no>', 'hilde', 'SV: Pris energiattest + tilstandsrapport',
     'Hei Hilde,\n\nTakk for prisen. Kan dere også legge inn en pris på uavhengig kontroll (UK) av våtrom på de seks husene i feltet? '
     'Da tar vi alt samlet.\n\nMarte\n\n> Pris for energiattest og tilstandsrapport per bolig: se vedlegg.', 'question in a sales thread, asks to add UK', 'reply'),
    # ------------------------------------------------------------- project_assignment (award, call-off, EO, IG, internal assignment)
    ('project_assignment', 'nb', 'Kjetil Vangsaas <kjetil@vangsaas-eiendom.no>', 'post', 'Tildeling – RIB og RIBr Ottestad boligbygg',
     'Hei,\n\nVi har gått gjennom tilbudene og har gleden av å meddele at Tverrfjell tildeles oppdraget som RIB og RIBr for boligbygget på '
     'Ottestad, inkludert opsjonen fram til IG. Kontrakt etter NS 8402 ettersendes. Oppstartsmøte foreslås 14.1.\n\nKjetil',
     'award incl. option to IG', 'plain'),
    ('project_assignment', 'nb', 'Stange kommune eiendom <eiendom@stange-innkjop.no>', 'anders', 'Avrop 7 på rammeavtalen – RIE Tangen skole',
     'Hei Anders,\n\nVi gjør herved avrop nr. 7 under rammeavtalen: RIE-prosjektering av nytt nødlys og brannalarm på Tangen skole. '
     'Ramme 180 timer. Bestillingsnummer 4500-2291 må stå på alle fakturaer.\n\nMvh eiendomsavdelingen', 'call-off under framework', 'plain'),
    ('project_assignment', 'nb', 'Trond Mjøs <trond@mjosbygg-entreprenor.no>', 'petter', 'EO 12 – tilleggsberegning dekke over kjeller',
     'Petter,\n\nBH har godkjent endringen, så her er EO 12 etter NS 8407 pkt. 31: dere skal regne ut nytt hulldekke over kjeller med '
     'økt nyttelast (arkiv). Honoreres etter timepris i UK-avtalen, estimat 40 t. Frist 20.12.\n\nTrond', 'change order (EO) to do work', 'plain'),
    ('project_assignment', 'nb', 'Byggesak Hamar <byggesak@hamar-plan.no>', 'post', 'Vedtak: igangsettingstillatelse gitt – gnr. 3 bnr. 118',
     'Søknad om IG for trinn 1 (grunn- og betongarbeider) er godkjent. Tiltakshaver og ansvarlig søker varsles herved. Arbeidet kan starte. '
     'Vilkår: gjennomføringsplan oppdateres før IG for trinn 2.', 'IG granted, work may start (project go-ahead for the consultancy as SØK)', 'html'),
    ('project_assignment', 'en', 'Lars-Erik Holm <lars-erik.holm@nordicdatahall.se>', 'post', 'Re: Fee proposal MEP – accepted',
     'Hi,\n\nWe accept your fee proposal of 27 November for concept and detailed MEP design. Please treat this e-mail as our order until the '
     'contract is signed. Kick-off in Elverum on 8 January?\n\nLars-Erik\n\n> Please find attached our fee proposal.', 'accepted offer', 'reply'),
    ('project_assignment', 'nb', 'Marianne Løkken <marianne.lokken@tverrfjell.no>', 'sigrid', 'Du er PL på Furnes omsorgsboliger',
     'Hei Sigrid,\n\nVi fikk Furnes omsorgsboliger. Du er PL og RIV, Petter tar RIB, og Jon Arne setter opp BIM-modellen. KS-plan og '
     'SHA-ansvar for prosjekteringsfasen (KP) ligger hos oss. Oppstart etter nyttår, timer føres på 26-114.\n\nMarianne',
     'internal assignment (PL, KP)', 'plain'),
    ('project_assignment', 'nb', 'Vangsaas Eiendom <post@vangsaas-eiendom.no>', 'hilde', 'Bestilling: tilstandsrapporter 14 leiligheter Ringgata',
     'Hei,\n\nVi bestiller herved tilstandsrapport for 14 leiligheter i Ringgata 20 iht. tilbudet deres. Nøkler hentes hos vaktmester, '
     'første befaring uke 2. Send faktura per rapport.\n\nMed hilsen Vangsaas Eiendom AS', 'order for condition reports', 'attach:bestilling_Ringgata.pdf'),
    ('project_assignment', 'nb', 'Åse Nygaard <styret@elvebakken-borettslag.no>', 'post', 'Vi aksepterer tilbudet – tilstandsvurdering fasader',
     'Hei igjen,\n\nStyret vedtok i går å akseptere tilbudet på tilstandsvurdering etter NS 3424. Befaring kan skje når som helst på dagtid, '
     'beboerne er varslet.\n\nÅse', 'accepted offer', 'plain'),
    ('project_assignment', 'nn', 'Solveig Bryhni <solveig.bryhni@online.no>', 'post', 'Ja takk til KU-oppdraget',
     'Hei att. Me tek imot tilbodet dykkar på SHA-plan og koordinator for utføringsfasen. Entreprenøren startar 1. februar, så de kan '
     'kome i gang. Helsing Solveig', 'nynorsk acceptance of SHA/KU assignment', 'plain'),
    # ------------------------------------------------------------- customer_support (complaints and follow-ups on delivered work)
    ('customer_support', 'nb', 'Geir Rusten <geir.rusten@hotmail.com>', 'hilde', 'Feil TG i tilstandsrapporten?',
     'Hei,\n\nI rapporten dere leverte 3. november står det TG3 på badet, men rørleggeren vår mener sluket er byttet i 2019 og at det '
     'høyst er TG1. Kjøperen bruker dette i prisforhandlingen. Kan dere se på det igjen?\n\nGeir Rusten', 'dispute TG in delivered report', 'plain'),
    ('customer_support', 'nb', 'Drift Vangsaas <drift@vangsaas-eiendom.no>', 'sigrid', 'Mangler FDV for ventilasjonsanlegget etter overtakelse',
     'Hei,\n\nVi tok over bygget i Ringgata 14. november, men FDV-dokumentasjonen for ventilasjonsaggregatene er fortsatt ikke lagt i '
     'FDV-portalen. Vedlikeholdspersonellet vårt trenger filterdata og innreguleringsprotokoll. Hvem følger opp?\n\nDriftssjef',
     'missing FDV after handover', 'plain'),
    ('customer_support', 'nb', 'Trond Mjøs <trond@mjosbygg-entreprenor.no>', 'petter', 'Dagmulkt – tegninger fra RIB kom for sent',
     'Petter,\n\nDe reviderte armeringstegningene kom 9 dager etter avtalt frist. Vi har fått varsel om dagmulkt fra BH fordi støpen ble '
     'utsatt. Vi vurderer å kreve dette videre mot dere. Ring meg i dag.\n\nTrond', 'complaint about delay in delivered work', 'plain'),
    ('customer_support', 'nb', 'Byggesak Hamar <byggesak@hamar-plan.no>', 'post', 'Mangler i søknad om ferdigattest – brannkonsept',
     'Søknad om FA for gnr. 3 bnr. 118 kan ikke behandles. Samsvarserklæring for RIBr mangler, og brannkonseptet viser ikke rømning fra '
     'plan 4. Ansvarlig søker bes ettersende innen 14 dager.', 'authority notes defects in delivered fire concept', 'html'),
    ('customer_support', 'nb', 'Ragnhild Aas <ragnhild.aas@gmail.com>', 'hilde', 'SV: tilstandsrapport – megler finner den ikke',
     'Hei igjen, megleren sier rapporten ikke er registrert i Boligregisteret og at han ikke kan legge den ut. Har det skjedd noe feil? '
     'Visningen er på søndag!\nRagnhild', 'delivered report not registered, chasing', 'reply'),
    ('customer_support', 'en', 'Lars-Erik Holm <lars-erik.holm@nordicdatahall.se>', 'anders', 'Cable sizing in IFC model looks wrong',
     'Anders,\n\nOur contractor found that several main cables in the IFC model you delivered last week are undersized compared to the '
     'load list (rev C). Can you check and reissue? They need it before ordering.\n\nLars-Erik', 'error in delivered RIE model', 'plain'),
    ('customer_support', 'nb', 'Åse Nygaard <styret@elvebakken-borettslag.no>', 'post', 'Spørsmål om rapporten og fakturaen',
     'Hei,\n\nVi har lest rapporten om balkongene. Den sier TG2 på rekkverkene, men ikke hva som må gjøres eller når. Samtidig er fakturaen '
     'høyere enn tilbudet. Kan noen forklare begge deler før styremøtet?\n\nÅse', 'complaint that mentions the invoice', 'plain'),
    ('customer_support', 'nb', 'Trine Sletten <trine.sletten@stange-boligutleie.no>', 'post', 'Purring: svar på avvik fra UK våtrom',
     'Hei,\n\nJeg sendte spørsmål for tre uker siden om avviket dere skrev i UK-rapporten for våtrommene i Stangevegen (membran opp på vegg). '
     'Vi har rettet det og sendt bilder. Kan dere lukke avviket så vi får søkt MB?\n\nTrine', 'chasing a case on delivered UK', 'plain'),
    ('customer_support', 'nn', 'Olav Kvitrud <olav.kvitrud@gmail.com>', 'post', 'fukt i kjellaren trass rapporten',
     'Hei. De gav kjellarveggen TG1 i fjor, men no er det kvite saltutslag og det luktar muggent. Eg lurer på om målingane var rett. '
     'Kan nokon kome og sjå? Olav', 'nynorsk complaint about earlier TG', 'plain'),
    # ------------------------------------------------------------- invoice
    ('invoice', 'nb', 'Geolab Innlandet AS <faktura@geolab-innlandet.no>', 'faktura', 'Faktura 20261187 fra Geolab Innlandet AS',
     'Vedlagt faktura 20261187 for grunnundersøkelser (totalsonderinger og prøveserie), prosjekt Ottestad. Forfall 30 dager. '
     'KID 0020261187 8.\n\nGeolab Innlandet AS', 'supplier invoice PDF', 'attach:Faktura_20261187.pdf'),
    ('invoice', 'nb', 'EHF Mottak <noreply@ehf-aksesspunkt.no>', 'faktura', 'Ny EHF-faktura mottatt: Plottsenteret Hamar AS',
     'Du har mottatt en elektronisk faktura (EHF) fra Plottsenteret Hamar AS, fakturanr. 88412, beløp kr 4 312,50. Fakturaen er levert '
     'til regnskapssystemet.', 'EHF notice', 'html'),
    ('invoice', 'nb', 'Brannsikring Øst AS <regnskap@brannsikring-ost.no>', 'faktura', 'Purring – faktura 5531 (RIBr-kontroll)',
     'Vi kan ikke se å ha mottatt betaling for faktura 5531 for uavhengig kontroll av brannkonsept, forfalt 15.11. Vennligst betal '
     'innen 8 dager for å unngå purregebyr.\n\nRegnskap', 'reminder (purring)', 'plain'),
    ('invoice', 'nb', 'Mjøsbygg Entreprenør AS <faktura@mjosbygg-entreprenor.no>', 'faktura', 'Kreditnota 3307 – dagmulkt trukket',
     'Vedlagt kreditnota 3307 som motregner 9 dager dagmulkt mot vårt tilgodehavende iht. UK-avtalen. Spørsmål rettes til prosjektleder.',
     'credit note / set-off', 'attach:Kreditnota_3307.pdf'),
    ('invoice', 'en', 'FEM Software Nordic <billing@femsoft-nordic.eu>', 'faktura', 'Invoice INV-2026-7741 – annual licence',
     'Dear customer,\n\nPlease find attached invoice INV-2026-7741 for the annual FEM licence renewal (3 seats), due 31 December. '
     'Payment by bank transfer to the IBAN on the invoice.\n\nAccounts receivable', 'English licence invoice', 'attach:INV-2026-7741.pdf'),
    ('invoice', 'nb', 'Kristin Moe <kristin.moe@tverrfjell.no>', 'faktura', 'Fwd: faktura fra takstprogram – riktig prosjekt?',
     'Legger denne i fakturamottaket, den gjelder lisens for tilstandsrapport-programmet.\n\n---------- Videresendt melding ----------\n'
     'Fra: Takstsystemer AS\nEmne: Faktura 10-4471\n\nVedlagt faktura for årslisens, 6 brukere.', 'internal forward of an invoice', 'fwd'),
    ('invoice', 'nb', 'Innlandsbanken Bedrift <varsel@innlandsbanken-bedrift.no>', 'faktura', 'Kontoutskrift november – driftskonto',
     'Kontoutskriften for november for driftskonto 1822.40.11873 er klar i nettbanken.', 'bank statement notice', 'html'),
    ('invoice', 'nb', 'Landaas Arkitekter AS <faktura@landaas-arkitekter.no>', 'faktura', 'Akontofaktura 4 – ARK Ottestad (vi fakturerer dere som PGL)',
     'Hei,\n\nVedlagt akontofaktura nr. 4 for ARK-prosjektering Ottestad, som avtalt fakturert til dere som prosjekteringsleder (PGL). '
     'Timeliste ligger ved.\n\nLandaas Arkitekter', 'a-konto invoice', 'attach:Akonto4_Ottestad.pdf'),
    ('invoice', 'nn', 'Hedmark Betongelement AS <faktura@hedmark-betongelement.no>', 'faktura', 'Faktura for prøvestøp og trykkprøving',
     'Hei. Vedlagt faktura 2231 for prøvestøp og trykkprøving av betong for RIB-kontrollen dykkar. Forfall 14 dagar. Helsing rekneskap',
     'nynorsk invoice', 'attach:Faktura_2231.pdf'),
    # ------------------------------------------------------------- job_application
    ('job_application', 'nb', 'Ingrid Sørlie <ingrid.sorlie@student.ntnu.no>', 'jobb', 'Søknad: RIB-ingeniør (utlyst stilling)',
     'Hei,\n\nJeg søker stillingen som RIB. Jeg fullfører master i konstruksjonsteknikk til sommeren, med oppgave om massivtre og '
     'brannmotstand. Har brukt FEM-Design og Robot. CV og karakterer vedlagt.\n\nVennlig hilsen Ingrid Sørlie', 'application RIB', 'attach:CV_Ingrid_Sorlie.pdf'),
    ('job_application', 'nb', 'Mehmet Aydin <mehmet.aydin@outlook.com>', 'jobb', 'Søknad BIM-koordinator',
     'Hei! Jeg har 6 år som BIM-koordinator hos en entreprenør og kjenner IFC, Solibri og ISY. Jeg ønsker å jobbe på rådgiversiden. '
     'Søknad og CV vedlagt.\nMvh Mehmet', 'application BIM', 'attach:Soknad_Mehmet_Aydin.pdf'),
    ('job_application', 'nb', 'Even Kolstad <even.kolstad@gmail.com>', 'jobb', 'Sommerjobb RIV?',
     'hei, jeg går 3. klasse VVS (energi og miljø) på NTNU i Gjøvik og lurer på om dere har sommerjobb for RIV-studenter. har gjort '
     'enkle varmetapsberegninger og kan Simien. mvh Even', 'summer job student', 'plain'),
    ('job_application', 'nb', 'Hanne Berg <hanne.berg@takstkompetanse.no>', 'marianne', 'Takstingeniør med TG-erfaring – åpen søknad',
     'Hei Marianne,\n\nJeg er bygningsingeniør og har skrevet tilstandsrapporter etter NS 3600 i fem år. Har sett at dere vokser på '
     'tilstand og tar kontakt med en åpen søknad. Legger ved CV.\n\nHanne', 'open application surveyor', 'attach:CV_Hanne_Berg.pdf'),
    ('job_application', 'en', 'Tomasz Nowak <tomasz.nowak@wp.pl>', 'jobb', 'Application – electrical design engineer (RIE)',
     'Dear Sir/Madam,\n\nI am an electrical engineer with 8 years in building services design (low voltage, fire alarm, lighting) in '
     'Poland and Norway. I hold Norwegian approval for ansvarsrett PRO and would like to apply for your RIE position.\n\nKind regards\nTomasz Nowak',
     'English application RIE', 'attach:Tomasz_Nowak_CV.pdf'),
    ('job_application', 'nb', 'NAV Arbeidsgiver <arbeidsgiver@nav-formidling.no>', 'jobb', 'Kandidat til stilling som ingeniør RIBr',
     'Hei,\n\nVi har en kandidat med bakgrunn som brannrådgiver fra Sverige som er interessert i stillingen deres som RIBr. Kandidaten '
     'har samtykket til at vi sender CV. Ta kontakt om dere ønsker et møte.\n\nNAV Arbeidsgiver', 'NAV candidate', 'plain'),
    ('job_application', 'nb', 'Ingrid Sørlie <ingrid.sorlie@student.ntnu.no>', 'jobb', 'SV: Søknad: RIB-ingeniør',
     'Hei igjen, jeg ville bare høre om dere har fått søknaden min og når dere regner med å ha intervjuer? Vennlig hilsen Ingrid',
     'follow-up on application', 'reply'),
    ('job_application', 'nn', 'Sindre Skjelbred <sindre.skjelbred@gmail.com>', 'jobb', 'Søknad som lærling teiknar',
     'Hei. Eg er 18 år og går bygg- og anleggsteknikk. Eg vil gjerne søkje på læreplass som teiknar/BIM hjå dykk. Legg ved vitnemål. '
     'Helsing Sindre', 'nynorsk apprentice application', 'attach:vitnemal.pdf'),
    ('job_application', 'nb', 'Mehmet Aydin <mehmet.aydin@outlook.com>', 'jobb', 'Trekker søknaden',
     'Hei, jeg har takket ja til en annen stilling og trekker derfor søknaden min som BIM-koordinator. Takk for samtalen! Mehmet',
     'withdrawal', 'plain'),
    # ------------------------------------------------------------- supplier (quotes to us, order confirmations, price lists, product changes)
    ('supplier', 'nb', 'Geolab Innlandet AS <post@geolab-innlandet.no>', 'petter', 'Tilbud RIG-undersøkelser Kløfta lager',
     'Hei Petter,\n\nHer er vårt tilbud på grunnundersøkelser for lagerbygget: 8 totalsonderinger, 2 prøveserier og poretrykksmåling. '
     'Feltarbeid kan starte uke 3. RIG-rapport 3 uker etter feltarbeid.\n\nMvh Geolab Innlandet', 'quote to us from subconsultant', 'attach:Tilbud_Kloefta.pdf'),
    ('supplier', 'nb', 'Plottsenteret Hamar <ordre@plottsenteret-hamar.no>', 'post', 'Ordrebekreftelse 88412 – plott A0 og innbinding',
     'Takk for bestillingen. Ordre 88412: 6 sett A0-plott av RIB-tegninger og 2 innbundne FDV-permer. Klar for henting torsdag etter kl 12.',
     'order confirmation', 'plain'),
    ('supplier', 'en', 'FEM Software Nordic <sales@femsoft-nordic.eu>', 'petter', 'Product change: timber module moves to new licence tier',
     'Dear Petter,\n\nFrom 1 February the CLT/glulam design module will only be included in the Professional tier. Your current '
     'subscription keeps it until renewal. See the attached comparison.\n\nFEM Software Nordic', 'product change notice', 'attach:tiers_2027.pdf'),
    ('supplier', 'nb', 'Brannsikring Øst AS <post@brannsikring-ost.no>', 'post', 'Prisliste 2027 – tredjepartskontroll brann',
     'Vedlagt prisliste for 2027 for uavhengig kontroll av brannkonsept og utførelse. Timepris øker med 3,5 %. Rammeavtalekunder beholder '
     'prisene ut mars.', 'price list', 'attach:Prisliste_2027.pdf'),
    ('supplier', 'nb', 'Dronekart Innlandet <post@dronekart-innlandet.no>', 'jonarne', 'Forsinket leveranse – punktsky Tangen skole',
     'Hei Jon Arne,\n\nPå grunn av snø ble flygingen utsatt. Punktskyen av fasadene kommer tidligst fredag i neste uke. Beklager.\n\nDronekart',
     'supplier delay (backorder-like)', 'plain'),
    ('supplier', 'nb', 'Hedmark Betongelement AS <prosjekt@hedmark-betongelement.no>', 'petter', 'Elementtegninger til godkjenning – hulldekker HD265',
     'Hei,\n\nVedlagt elementtegninger og opplagerdetaljer for hulldekkene (HD265) til RIB-godkjenning. Vi trenger svar innen 12.12 for '
     'å holde produksjonsplanen.\n\nHedmark Betongelement', 'drawings for approval from supplier', 'attach:HD265_elementtegninger.pdf'),
    ('supplier', 'nb', 'Geolab Innlandet AS <okonomi@geolab-innlandet.no>', 'kristin', 'Endret kontonummer – bekreft per telefon',
     'Hei Kristin,\n\nVi har byttet bank. Fra 1. januar skal betalinger til oss gå til nytt kontonummer, som vi oppgir per telefon. '
     'Ring meg på 62 51 44 00 for å få og bekrefte det; vi sender det aldri på e-post.\n\nØkonomi, Geolab', 'real bank change asking for phone verification', 'plain'),
    ('supplier', 'sv', 'Anna Bergström <anna.bergstrom@akustikkonsult.se>', 'post', 'Offert: akustikberäkningar (RIAku) för Furnes omsorgsboende',
     'Hej!\nHär kommer vår offert som underkonsult för akustik (RIAku på norska) i Furnes omsorgsboende: beräkningar, mätningar och '
     'rapport. Fast pris enligt bilaga.\nMvh Anna', 'Swedish quote to us', 'attach:Offert_akustik.pdf'),
    ('supplier', 'nb', 'Takstsystemer AS <kundeservice@takstsystemer.no>', 'hilde', 'Ny versjon: NS 3600-mal for tilstandsrapport',
     'Hei,\n\nVersjon 9.2 av rapportmalen er klar, med oppdaterte tekster for TG og anbefalte tiltak etter siste revisjon av forskriften. '
     'Oppdateringen installeres automatisk natt til lørdag.', 'supplier product update', 'html'),
    # ------------------------------------------------------------- newsletter
    ('newsletter', 'nb', 'RIF nettverk <nyhetsbrev@rif-nettverk.no>', 'marianne', 'RIF-nytt: høring om endringer i TEK17 og nye veiledere',
     'I denne utgaven: høring om endringer i TEK17 kap. 11 (brann), ny veileder for RIG i kvikkleireområder, og lønnsstatistikk for '
     'rådgivende ingeniører. Meld deg på frokostmøtet om NS 8407-revisjonen.\n\nAvmeld nyhetsbrevet her.', 'association newsletter', 'html'),
    ('newsletter', 'nb', 'Doffin varsling <varsel@anbudsvarsel-innlandet.no>', 'post', '7 nye kunngjøringer som matcher søket ditt (RIB, RIV, Innlandet)',
     'Nye kunngjøringer: 1) Rådgivertjenester RIB – ny brannstasjon Løten. 2) RIV rammeavtale Gjøvik kommune. 3) Tilstandsvurdering av '
     'kommunale boliger, Elverum. ... Se alle i portalen.', 'tender-alert digest', 'html'),
    ('newsletter', 'nb', 'Byggkurs Norge <kurs@byggkurs-norge.no>', 'post', 'Webinar: tilstandsrapport etter ny forskrift – typiske feil ved TG2',
     'Bli med på gratis webinar 15. januar kl. 09.00 om vanlige feil i tilstandsrapporter, særlig bruk av TG2 og TG3 på våtrom og '
     'drenering. Påmelding via lenken.', 'webinar invitation', 'html'),
    ('newsletter', 'en', 'BIM Forum Nordic <news@bimforum-nordic.org>', 'jonarne', 'BIM Forum Nordic – December newsletter',
     'This month: IFC 4.3 adoption in infrastructure, openBIM awards, and our spring conference in Oslo. Early-bird tickets until 31 January.',
     'English newsletter', 'html'),
    ('newsletter', 'nb', 'Innlandsbanken Bedrift <nyhetsbrev@innlandsbanken-bedrift.no>', 'kristin', 'Bedriftsnytt: renteendring og nye muligheter for byggelån',
     'Norges Bank holdt renten uendret. Les også om byggelån for næringsbygg og hvordan du reduserer risikoen ved NS 8407-kontrakter med bankgaranti.',
     'bank newsletter', 'html'),
    ('newsletter', 'nb', 'Brannsikring Øst AS <nyhetsbrev@brannsikring-ost.no>', 'post', 'Kurs for KP og KU – SHA etter byggherreforskriften',
     'Vi arrangerer kurs for koordinatorer i prosjekterings- og utførelsesfasen (KP/KU) 22.–23. januar på Hamar. Tema: SHA-plan, '
     'risikovurdering og dokumentasjon. Få plasser igjen.', 'course invitation from a supplier', 'html'),
    ('newsletter', 'nb', 'Fagpressen Bygg <redaksjon@fagpressen-bygg.no>', 'petter', 'Ukens Bygg: massivtre, dagmulktsaker og ny FDV-standard',
     'Ukens saker: Tingretten om dagmulkt i totalentreprise; stor test av massivtre i brann; slik blir den nye FDV-standarden.',
     'trade press digest', 'html'),
    ('newsletter', 'nn', 'Energiforum Innlandet <post@energiforum-innlandet.no>', 'sigrid', 'Invitasjon: fagdag om varmepumper og energimerke',
     'Velkomen til fagdag om varmepumper, energimerking og krav i TEK17 for næringsbygg. Gratis for medlemer. Påmelding innan 10. januar.',
     'nynorsk event invitation', 'html'),
    ('newsletter', 'nb', 'Mercell <noreply@mercell-varsling.no>', 'post', 'Ukentlig oversikt: konkurranser innen rådgivning',
     'Denne uken er 12 nye konkurranser publisert innen rådgivende ingeniørtjenester i Innlandet og Viken. Logg inn for å se detaljene.',
     'tender digest', 'html'),
    # ------------------------------------------------------------- other (internal, auto-replies, notices, calendar)
    ('other', 'nb', 'Line Engen <line.engen@tverrfjell.no>', 'post', 'Husk timeføring og julebord',
     'Hei alle,\n\nHusk å føre timer på riktige prosjektnr. før fredag kl 12 (også KS-timer og intern tid). Påmelding til julebordet '
     'lukkes samme dag.\n\nLine', 'internal HR/office notice', 'plain'),
    ('other', 'nb', 'Petter Haugom <petter.haugom@tverrfjell.no>', 'marianne', 'Fravær: kurs i Eurokode 5',
     'Jeg er på kurs i Eurokode 5 (trekonstruksjoner) onsdag og torsdag. Trond i Mjøsbygg vet om det. Sjekker mail om kvelden.',
     'internal absence note', 'plain'),
    ('other', 'nb', 'Sigrid Nordahl <sigrid.nordahl@tverrfjell.no>', 'post', 'Automatisk svar: Utilgjengelig',
     'Takk for e-posten. Jeg er på befaring uten dekning og er tilbake mandag. For RIV-spørsmål som haster, kontakt post@tverrfjell.no.',
     'out of office', 'plain'),
    ('other', 'nb', 'Altinn <ikke-svar@altinn-varsel.no>', 'kristin', 'Ny melding i Altinn: mva-melding for 5. termin',
     'Tverrfjell Rådgivende Ingeniører AS har fått en ny melding i Altinn. Logg inn for å lese den.', 'authority portal notice', 'html'),
    ('other', 'nb', 'Jon Arne Sveen <jon.arne.sveen@tverrfjell.no>', 'post', 'Invitasjon: Modellgjennomgang RIB/RIV/RIE – kollisjonskontroll',
     'Jon Arne Sveen inviterer til møte torsdag 10:00–11:30, møterom Mjøsa. Vi går gjennom kollisjoner mellom RIB-, RIV- og RIE-modellen '
     'før leveranse.', 'calendar invitation, internal', 'plain'),
    ('other', 'en', 'Mail Delivery System <MAILER-DAEMON@mx.tverrfjell.no>', 'hilde', 'Undelivered Mail Returned to Sender',
     'This is the mail system at host mx.tverrfjell.no.\n\nI\'m sorry to have to inform you that your message could not be delivered to '
     'one or more recipients.\n\n<ragnhild.aas@gmial.com>: host not found', 'bounce', 'plain'),
    ('other', 'nb', 'Anders Bjørke <anders.bjorke@tverrfjell.no>', 'line', 'Bytte av PC og MFA',
     'Hei Line, jeg har fått ny PC og må sette opp MFA på nytt. Kan du be IT-leverandøren ringe meg? Anders', 'internal IT/MFA chatter', 'plain'),
    ('other', 'nb', 'Parkering Hamar <kvittering@parkering-hamar.no>', 'kristin', 'Kvittering for parkering – Stortorget',
     'Kvittering: parkering Stortorget 12.11. 08:14–15:52, kr 164,00. Betalt med bedriftskort.', 'receipt', 'plain'),
    ('other', 'nb', 'Marianne Løkken <marianne.lokken@tverrfjell.no>', 'post', 'Referat ledermøte – KS-system og ny RIBr-stilling',
     'Kort referat: KS-håndboka revideres før revisjon i mars. Vi lyser ut en stilling som RIBr i januar. Ingen nye oppdrag fordeles i '
     'dette møtet, se egne mailer.', 'internal minutes (not an assignment)', 'plain'),
]


def tiny_pdf(line):
    """A valid one-page PDF with one line of text (Helvetica, ASCII)."""
    line = line.encode('ascii', 'replace').decode().replace('\\', '').replace('(', '').replace(')', '')
    stream = f'BT /F1 14 Tf 72 760 Td ({line}) Tj ET'.encode()
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out, offsets = bytearray(b'%PDF-1.4\n'), []
    for n, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f'{n} 0 obj\n'.encode() + o + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    out += b''.join(f'{x:010d} 00000 n \n'.encode() for x in offsets)
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return bytes(out)


def build(i, row, base):
    cat, lang, frm, to, subj, body, note, style = row
    msg = EmailMessage()
    msg['From'] = frm
    msg['To'] = TO.get(to, to if '@' in to else f'{to}@{DOMAIN}')
    msg['Subject'] = subj
    msg['Date'] = format_datetime(base + timedelta(hours=7 + i * 5.3 % 11, minutes=(i * 37) % 60))
    addr = frm.split('<')[-1].rstrip('>')
    dom = addr.split('@')[-1]
    msg['Message-ID'] = f'<{random.Random(subj + str(i)).getrandbits(64):016x}.{i}@{dom}>'
    if note in ('out of office', 'bounce'):
        msg['Auto-Submitted'] = 'auto-replied'
    msg['Authentication-Results'] = f'mx.{DOMAIN}; spf=pass smtp.mailfrom={dom}; dkim=pass header.d={dom}; dmarc=pass header.from={dom}'
    msg['MIME-Version'] = '1.0'
    if style == 'reply':
        msg['In-Reply-To'] = f'<{random.Random(subj).getrandbits(64):016x}@{DOMAIN}>'
        msg['References'] = msg['In-Reply-To']
    if style == 'html':
        html = '<html><body>' + ''.join(f'<p>{p}</p>' for p in body.replace('&', '&amp;').split('\n\n')) + '</body></html>'
        msg.set_content(html, subtype='html')
    else:
        msg.set_content(body)
    if style.startswith('attach:'):
        name = style.split(':', 1)[1]
        msg.add_attachment(tiny_pdf(name.rsplit('.', 1)[0].replace('_', ' ') + ' - ' + subj), maintype='application', subtype='pdf', filename=name)
        msg.set_boundary(f'=_tverrfjell_{i:03d}')
    return msg


def main():
    rng = random.Random(1717)
    rows = list(M)
    rng.shuffle(rows)
    os.makedirs(os.path.join(HERE, 'messages'), exist_ok=True)
    base = datetime(2026, 11, 23, tzinfo=timezone(timedelta(hours=1)))
    labels = []
    for i, row in enumerate(rows, 1):
        name = f'{i:03d}.eml'
        with open(os.path.join(HERE, 'messages', name), 'wb') as f:
            f.write(bytes(build(i, row, base + timedelta(days=i // 6))))
        labels.append({'file': name, 'category': row[0], 'phishing': 0, 'language': row[1], 'note': row[6]})
    with open(os.path.join(HERE, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, ['file', 'category', 'phishing', 'language', 'note'])
        w.writeheader()
        w.writerows(labels)
    with open(os.path.join(HERE, 'organization.json'), 'w', encoding='utf-8') as f:
        json.dump(ORG, f, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, 'known_domains.txt'), 'w', encoding='utf-8') as f:
        f.write('# correspondents of Tverrfjell Rådgivende Ingeniører AS\n' + '\n'.join(KNOWN) + '\n')
    from collections import Counter
    print(len(rows), 'messages', dict(Counter(r[0] for r in rows)), dict(Counter(r[1] for r in rows)))


if __name__ == '__main__':
    main()
