#!/usr/bin/env python3
"""Generate the blind mail set for Bjørgvin Rør og Klima AS (stdlib only, reproducible).

Written by a helper that had not seen Fornuft's code, tests or seed data.
Run: python3 make_mail.py   -> mail/messages/*.eml, labels.csv, organization.json, known_domains.txt
"""
import csv, json, os, random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'mail')
ORG = {"name": "Bjørgvin Rør og Klima AS", "domain": "bjorgvinror.no", "employees": [
    {"name": "Solveig Hauge", "email": "solveig.hauge@bjorgvinror.no", "role": "daglig leder"},
    {"name": "Arne Tveit", "email": "arne.tveit@bjorgvinror.no", "role": "prosjektleder ventilasjon"},
    {"name": "Kari Mjelde", "email": "kari.mjelde@bjorgvinror.no", "role": "økonomiansvarlig"},
    {"name": "Jostein Brakstad", "email": "jostein.brakstad@bjorgvinror.no", "role": "serviceleder"},
    {"name": "Ingrid Lie", "email": "ingrid.lie@bjorgvinror.no", "role": "innkjøper"},
    {"name": "Tor Espeland", "email": "tor.espeland@bjorgvinror.no", "role": "IT-ansvarlig"},
    {"name": "Post", "email": "post@bjorgvinror.no", "role": "felles postkasse"},
    {"name": "Faktura", "email": "faktura@bjorgvinror.no", "role": "felles fakturamottak"},
    {"name": "Service", "email": "service@bjorgvinror.no", "role": "felles servicepostkasse"},
    {"name": "Jobb", "email": "jobb@bjorgvinror.no", "role": "rekruttering"}]}
KNOWN = ["vestror-grossist.no", "rorkjop-vest.no", "ventilasjonsgrossisten.no", "pumpeservice-nord.no",
         "nordvent-partner.no", "byggmester-sandal.no", "bergenboligbyggelag.no", "askoy.kommune.no",
         "vestlandsbanken.no", "straumnett.no", "kronholm-inkasso.no"]


# (category, phishing, language, from, to, subject, body, note, style)
# style: plain | html | reply | fwd | attach:<name> | multi
M = [
# ---------------- sales_inquiry
("sales_inquiry",0,"nb","Håkon Sæle <hakon.saele@gmail.com>","post","Pris på varmepumpe luft-vann?",
 "Hei\nVi har et hus fra 1978 på Nesttun med oljefyr som må ut før nyttår. Kan dere gi pris på luft/vann varmepumpe inkl. montering og fjerning av tanken? Ca 160 kvm.\n\nHåkon", "private RFQ, heat pump", "plain"),
("sales_inquiry",0,"nb","Byggmester Sandal AS <anbud@byggmester-sandal.no>","post","Forespørsel om pris – rørleggerarbeider 14 leiligheter Fyllingsdalen",
 "Hei,\n\nVi regner på rehabilitering av 14 bad i Krokatjønnveien og ønsker pris på rørleggerarbeidene etter vedlagt beskrivelse. Frist for tilbud er fredag 18. desember kl 12.\n\nMed vennlig hilsen\nRagnhild Sandal\nkalkulasjon\nByggmester Sandal AS", "main contractor asks for price (not assignment)", "attach:beskrivelse_bad.pdf"),
("sales_inquiry",0,"nb","Askøy kommune <innkjop@askoy.kommune.no>","post","Invitasjon til konkurranse: rammeavtale VVS-service 2027–2029",
 "Askøy kommune inviterer til åpen anbudskonkurranse om rammeavtale for VVS-service på kommunale bygg. Konkurransegrunnlaget ligger i Mercell, referanse 2026/4471. Tilbudsfrist 12.01.2027.\n\nVennlig hilsen\nInnkjøpsseksjonen", "tender invitation = sales", "html"),
("sales_inquiry",0,"en","Mark Dolan <mark@dolanproperties.co.uk>","post","Quote for ventilation upgrade – office in Bryggen",
 "Hi there,\nWe rent a 2nd floor office in Bryggen (approx 300 m2) and the air is terrible in the afternoons. Could you come by and give us a quote for balanced ventilation? We're flexible on dates.\nCheers, Mark", "English RFQ", "plain"),
("sales_inquiry",0,"nb","nettskjema@bjorgvinror.no","post","Kontaktskjema: Ny forespørsel fra nettsiden",
 "Navn: Liv Aarethun\nTelefon: 91 22 33 44\nAdresse: Hjellestadvegen 201\nHva gjelder det: Ønsker befaring og pris på nytt bad, varmekabler + dusjhjørne\nBeste tid å ringe: etter kl 16", "web form request", "plain"),
("sales_inquiry",0,"nn","Eirik Fauskanger <eirik.fauskanger@online.no>","post","varmtvassberedar",
 "hei. berederen vår på 200 l lek litt i botn. kva kostar det å byte han? bur på sotra. helsing eirik", "nynorsk, short, water heater replacement price", "plain"),
("sales_inquiry",0,"nb","Vibeke Nordanger <vibeke@bergenboligbyggelag.no>","arne.tveit","SV: Tilbud ventilasjon Blokk C",
 "Hei Arne,\n\nTakk for tilbudet. Styret lurer på om dere kan prise et alternativ med aggregat på loft i stedet for i kjeller? Da slipper vi å ta ned himlinger i bodgangen.\n\nVibeke", "question in a sales thread (not yet accepted)", "reply"),
("sales_inquiry",0,"sv","Johan Lindqvist <johan.lindqvist@fastighetnord.se>","post","Offertförfrågan – värmepumpar till fritidshus",
 "Hej!\nVi är ett svenskt bolag som äger tre fritidshus i Voss. Kan ni lämna offert på luft/luft-värmepumpar till alla tre? Gärna med service avtal.\nMvh Johan", "Swedish RFQ", "plain"),
("sales_inquiry",0,"nb","Tone Rød <tone.rod@hotmail.com>","post","hvor mye koster det",
 "hei, hva tar dere for å flytte en vask 2 meter? og kan dere komme før jul", "very short, typos", "plain"),
("sales_inquiry",0,"en","Procurement Nordsjø Offshorebase <rfq@nordsjo-offshorebase.com>","post","RFQ 88-2231: HVAC maintenance Ågotnes base",
 "Dear supplier,\n\nPlease find attached RFQ 88-2231 for preventive maintenance of HVAC units at our Ågotnes base. Kindly confirm intention to bid by 15 December.\n\nRegards\nProcurement team", "English RFQ bid request", "attach:RFQ_88-2231.pdf"),
("sales_inquiry",0,"da","Mette Kjær <mette@kjaer-ejendomme.dk>","post","Forespørgsel: serviceaftale ventilation",
 "Hej\nVi har overtaget en ejendom i Bergen sentrum og søger en serviceaftale på ventilationsanlægget (2 aggregater). Kan I sende et tilbud?\nVenlig hilsen Mette Kjær", "Danish, service agreement offer", "plain"),
("sales_inquiry",0,"nb","Geir Olsen <geir@olsen-eiendom.no>","solveig.hauge","Fwd: behov for rørlegger på næringsbygg",
 "Solveig – dette kom via en kjenning, kan dere ta kontakt?\n\n---------- Videresendt melding ----------\nFra: Marte Vik\nEmne: rørlegger\n\nVi trenger tilbud på ny vannledning inn til bygget på Kokstad, ca 40 meter grøft. Hvem kan vi bruke?", "forwarded lead", "fwd"),
("sales_inquiry",0,"nb","Sameiet Møhlenpris 12 <styret.mohlenpris12@gmail.com>","post","Ønsker tilbud stakeservice + filming avløp",
 "Hei! Sameiet har hatt tett avløp tre ganger i høst. Vi ønsker tilbud på spyling og rørinspeksjon med kamera av fellesledningene, og evt pris på relining.\nMvh styreleder Per Hjelle", "sameie RFQ", "html"),
# ---------------- customer_support
("customer_support",0,"nb","Øyvind Brekke <oyvind.brekke@live.no>","service","Varmepumpa piper og viser E7",
 "Hei, dere monterte Mitsubishi varmepumpe hos oss i august. Nå står det E7 i displayet og den blåser bare kald luft. Hva gjør vi?\nØyvind, Fana", "fault on delivered equipment", "plain"),
("customer_support",0,"nb","Randi Hope <randi.hope@bergenboligbyggelag.no>","jostein.brakstad","Lekkasje etter service – Blokk A",
 "Hei Jostein\n\nEtter servicen forrige uke drypper det fra pakningen ved varmeveksleren i teknisk rom. Beboer har satt under bøtte. Kan noen komme i dag?\n\nRandi Hope\nvaktmester", "complaint about delivered work", "plain"),
("customer_support",0,"nb","Leif Sund <leif.sund@online.no>","faktura","Faktura 30412 – dere har fakturert for to besøk",
 "Hei. Jeg har mottatt faktura 30412, men montøren var her bare én gang, ikke to. Lekkasjen under kjøkkenbenken er heller ikke helt borte. Kan dere se på dette?\nLeif Sund", "complaint that mentions an invoice = support", "plain"),
("customer_support",0,"en","Sarah Whitfield <sarah.whitfield@gmail.com>","service","Floor heating not working in bathroom",
 "Hello, your guys installed floor heating in our bathroom in May. The thermostat shows 28 degrees but the floor is cold. Is this covered by warranty? We live in Paradis.\nThanks, Sarah", "English warranty question", "plain"),
("customer_support",0,"nb","Driftssystem FDVweb <no-reply@fdvweb.no>","service","Avviksmelding #4471: Aggregat AHU-02 alarm høy temperatur",
 "Automatisk melding fra FDVweb\n\nBygg: Kokstadvegen 44\nAnlegg: AHU-02\nAlarm: Tilluftstemp > 28 °C\nTid: 06.12.2026 23:41\nAnsvarlig leverandør: Bjørgvin Rør og Klima AS", "maintenance system fault notice", "plain"),
("customer_support",0,"nb","Anne-Lise Totland <altotland@gmail.com>","post","SV: SV: Befaring",
 "Nå har vi venta i tre uker på at dere skal komme tilbake og fikse sluket. Det lukter fremdeles. Hører fra dere.\n\nAnne-Lise", "purring on a service case", "reply"),
("customer_support",0,"nb","Kjell Rasmussen <kjell@rasmussen-bygg.no>","arne.tveit","FDV-dokumentasjon Vestre Torggate",
 "Hei Arne, vi mangler fortsatt FDV for ventilasjonsanlegget i Vestre Torggate 9. Byggherre holder igjen sluttoppgjøret til det er på plass. Kan du sende innen fredag?\nKjell", "FDV after handover", "plain"),
("customer_support",0,"nn","Marit Nesse <marit.nesse@hotmail.com>","service","Varmepumpa lagar rare lydar",
 "Hei. Den nye varmepumpa vår (montert i oktober) har byrja å klikke og dure om natta. Er det normalt? Ho står på soverommet så det er litt plagsamt.\nMarit", "nynorsk noise complaint", "plain"),
("customer_support",0,"nb","Stein Aasen <stein.aasen@aasen-tannlege.no>","service","Filterbytte?",
 "Hei, når skal filteret i ventilasjonen byttes neste gang? Står det i serviceavtalen vår? Lufta er tung på venterommet.\nStein", "existing customer question", "html"),
("customer_support",0,"sv","Karin Holm <karin.holm@telia.se>","service","Garanti värmepump",
 "Hej, ni installerade en värmepump i vår stuga i Ulvik förra året. Inomhusdelen läcker vatten. Gäller garantin fortfarande?\nHälsningar Karin", "Swedish warranty", "plain"),
("customer_support",0,"nb","Trond Lerøy <trond.leroy@online.no>","solveig.hauge","Klage på arbeid utført i Fjøsanger",
 "Hei\nJeg er svært misfornøyd. Rørleggeren deres boret rett gjennom en varmekabel da han satte opp servantskapet, og nå virker ikke gulvvarmen. Jeg forventer at dere utbedrer dette for egen regning.\n\nTrond Lerøy", "angry complaint", "plain"),
("customer_support",0,"en","Facilities <facilities@havnelab.no>","service","Re: Service visit 4 Dec",
 "Hi Jostein,\nThanks for coming on Friday. The cold room is still at 9 degrees instead of 4. Could your technician check the damper again?\nBest, Priya\nFacilities, Havnelab", "follow-up after service", "reply"),
("customer_support",0,"nb","Ole Kvamme <ole.kvamme@gmail.com>","service","Bruksanvisning til termostaten?",
 "Har dere bruksanvisning til den termostaten dere satte opp på badet? Fant den ikke i permen\n\nSendt fra min iPhone", "short doc request", "plain"),
# ---------------- invoice
("invoice",0,"nb","Vestrør Grossist Faktura <faktura@vestror-grossist.no>","faktura","Faktura 7719034 fra Vestrør Grossist AS",
 "Vedlagt følger faktura 7719034.\nForfallsdato: 05.01.2027\nBeløp: 48 211,50\nKID: 7719034000213\n\nDenne e-posten kan ikke besvares.", "supplier invoice PDF", "attach:Faktura_7719034.pdf"),
("invoice",0,"nb","Straumnett AS <kundeservice@straumnett.no>","faktura","Din faktura for nettleie november er klar",
 "Hei Bjørgvin Rør og Klima AS\n\nFakturaen for nettleie november er klar. Beløp 6 412 kr, forfall 20.12.2026. Du finner den på Min side: https://minside.straumnett.no\n\nVennlig hilsen Straumnett", "utility notice with Min side link (legit)", "html"),
("invoice",0,"nb","Rørkjøp Vest <regnskap@rorkjop-vest.no>","faktura","Kreditnota 2291 – retur av pumper",
 "Hei, vedlagt kreditnota 2291 for returnerte sirkulasjonspumper (ordre 55812). Beløpet motregnes neste faktura.\nMvh Rørkjøp Vest AS", "credit note", "attach:Kreditnota_2291.pdf"),
("invoice",0,"nb","Kronholm Inkasso AS <sak@kronholm-inkasso.no>","faktura","Inkassovarsel saksnr 2026-88120",
 "Inkassovarsel\n\nVi har mottatt til inkasso et krav fra Bergen Containerutleie AS på kr 3 480,-. Betales innen 14 dager til konto 3624.51.27736 for å unngå inkassosalær.\n\nKronholm Inkasso AS", "debt-collection notice (legit)", "plain"),
("invoice",0,"nb","Ventilasjonsgrossisten <ordre@ventilasjonsgrossisten.no>","faktura","Purring: faktura 20188 forfalt",
 "Vi kan ikke se å ha mottatt betaling for faktura 20188 pålydende kr 12 900,00 som forfalt 20.11.2026. Vennligst betal snarest. Purregebyr kr 35 er lagt til.\n\nMvh Ventilasjonsgrossisten AS", "payment reminder", "plain"),
("invoice",0,"nb","EHF Mottak <noreply@ehf.no>","faktura","Ny EHF-faktura mottatt fra Pumpeservice Nord AS",
 "Du har mottatt en elektronisk faktura (EHF) fra Pumpeservice Nord AS.\nFakturanr: PS-10422\nBeløp: 9 875,00 NOK\nLogg inn i regnskapssystemet for å godkjenne.", "EHF notice", "plain"),
("invoice",0,"en","Billing <billing@fieldtrack.com>","faktura","Your FieldTrack invoice INV-2026-1207",
 "Hi,\nYour invoice for 25 technician licences (December) is attached. Amount due: EUR 487.50. Card on file will be charged on 15 Dec.\n\nFieldTrack Billing", "English SaaS invoice", "attach:INV-2026-1207.pdf"),
("invoice",0,"nb","Kari Mjelde <kari.mjelde@bjorgvinror.no>","faktura","VS: faktura leie av lift",
 "Legger denne i fakturamottaket.\n\n-----Opprinnelig melding-----\nFra: Bergen Maskinutleie <post@bergenmaskin.no>\nEmne: faktura leie av lift\n\nHei, faktura 4410 for lift uke 47 vedlagt, kr 7 250 eks mva.", "internal forward of an invoice keeps category", "fwd"),
("invoice",0,"nb","Nordvent Partner <konto@nordvent-partner.no>","faktura","Kontoutskrift per 30.11.2026",
 "Vedlagt kontoutskrift med åpne poster per 30.11. Saldo i vår favør: kr 84 117,20. Ta kontakt om noe ikke stemmer.\nMvh reskontro", "statement of account", "attach:kontoutskrift_nov.pdf"),
("invoice",0,"da","Faktura <faktura@danvent.dk>","faktura","Faktura nr. 55102",
 "Hej\nHermed faktura nr. 55102 for ventilationskomponenter. Betalingsbetingelser netto 30 dage. Beløb DKK 14.220,00.\nMed venlig hilsen\nDanVent ApS", "Danish invoice", "attach:faktura_55102.pdf"),
("invoice",0,"nb","Vestlandsbanken <varsel@vestlandsbanken.no>","kari.mjelde","eFaktura fra Telenor Bedrift er klar til godkjenning",
 "Ny eFaktura venter i nettbanken: Telenor Bedrift, kr 5 630,00, forfall 18.12.2026. Logg inn i nettbanken for å godkjenne.", "bank eFaktura notice", "plain"),
("invoice",0,"nb","Regnskap Rørkjøp Vest <regnskap@rorkjop-vest.no>","faktura","faktura 2302",
 "Hei\nfaktura vedlagt. husk KID\nmvh Janne", "very short invoice mail", "attach:2302.pdf"),
("invoice",0,"sv","Fakturering <faktura@svensk-vvs-grossist.se>","faktura","Faktura 880231 från Svensk VVS Grossist AB",
 "Hej,\nBifogat finner ni faktura 880231. Förfallodag 2027-01-06. Belopp SEK 21 450,00. Betalas till IBAN SE45 5000 0000 0583 9825 7466.\nVänliga hälsningar", "Swedish invoice", "attach:faktura_880231.pdf"),
# ---------------- job_application
("job_application",0,"nb","Sindre Fosse <sindre.fosse98@gmail.com>","jobb","Søknad på stilling som rørlegger",
 "Hei\nJeg søker stillingen som rørlegger som ble utlyst på Finn. Jeg har fagbrev fra 2021 og har jobbet hos en mindre rørleggerbedrift i Os siden. CV og fagbrev ligger vedlagt.\n\nMvh Sindre Fosse\n95 11 22 33", "application with CV", "attach:CV_Sindre_Fosse.pdf"),
("job_application",0,"nb","Amalie Nygård <amalie.nygaard@skole.hfk.no>","post","Lærlingplass ventilasjon?",
 "Hei! Jeg går Vg2 kulde- og varmepumpeteknikk på Laksevåg vgs og lurer på om dere tar inn lærlinger til høsten. Kan sende karakterer hvis dere vil.\nHilsen Amalie (17)", "apprentice request", "plain"),
("job_application",0,"en","Piotr Nowak <piotr.nowak.hvac@gmail.com>","jobb","Application – HVAC technician",
 "Dear Sir/Madam,\nI am a certified HVAC technician from Gdańsk with 8 years experience in commercial ventilation. I have lived in Bergen for two years and speak some Norwegian. I would like to apply for a position in your company.\nKind regards, Piotr Nowak", "English open application", "attach:Piotr_Nowak_CV.docx"),
("job_application",0,"nb","Webcruiter <noreply@webcruiter.no>","jobb","Ny søknad: Serviceteknikker varmepumpe (ref 2211)",
 "Du har mottatt en ny søknad på stillingen Serviceteknikker varmepumpe.\nSøker: Marius Hellesøy\nLogg inn i Webcruiter for å se søknaden.", "application-system notice", "html"),
("job_application",0,"nb","Marius Hellesøy <marius.hellesoy@outlook.com>","jobb","Trekker søknaden",
 "Hei, jeg har dessverre takket ja til en annen jobb og trekker søknaden min på serviceteknikker-stillingen. Takk for samtalen!\nMarius", "withdrawal", "plain"),
("job_application",0,"nb","NAV Arbeidsgiverkontakt <marit.sjo@nav.no>","solveig.hauge","Kandidat til praksisplass – rørlegger",
 "Hei Solveig\nVi har en motivert kandidat (32 år, rørleggerbakgrunn fra Eritrea) som ønsker arbeidspraksis med tanke på fast jobb. Kan vi ta en prat om dette?\nMvh Marit Sjø, NAV Årstad", "job centre presents a candidate", "plain"),
("job_application",0,"nn","Torbjørn Vindenes <torbjorn.v@hotmail.com>","jobb","Open søknad",
 "Hei. Eg er utdanna blikkenslagar og har jobba med ventilasjonskanalar i 6 år. Eg flyttar til Bergen i februar og søkjer arbeid. Legg ved CV.\nHelsing Torbjørn", "nynorsk open application", "attach:CV_Vindenes.pdf"),
("job_application",0,"nb","Jonas Helle <jonas.helle@student.hvl.no>","post","sommerjobb?",
 "hei! er student på energiteknikk på HVL og lurer på om dere har noe sommerjobb 2027? kan gjøre det meste, også bære rør :)", "student asking for work", "plain"),
("job_application",0,"nb","Sindre Fosse <sindre.fosse98@gmail.com>","jobb","SV: Søknad på stilling som rørlegger",
 "Hei igjen, ville bare høre om dere har sett på søknaden min? Jeg er fortsatt veldig interessert.\n\nMvh Sindre", "follow-up on application", "reply"),
("job_application",0,"en","Hays Technical <anna.berg@hays-tech.com>","solveig.hauge","Candidate for your project manager role",
 "Hi Solveig,\nI'm working with a senior project manager (ventilation, 12 yrs, currently at a Stavanger contractor) who would be a strong fit for your open PL role. Shall I send the profile?\nBest, Anna", "agency presents candidate", "plain"),
("job_application",0,"sv","Erik Sandberg <erik.sandberg@gmail.com>","jobb","Ansökan kyltekniker",
 "Hej!\nJag är kyltekniker med F-gascertifikat och söker jobb i Norge. Jag kan börja i mars. CV bifogas.\nMvh Erik", "Swedish application", "attach:CV_Erik_Sandberg.pdf"),
("job_application",0,"nb","Lise Hammersland <lise.hammersland@gmail.com>","arne.tveit","Spørsmål om prosjektet på Haukeland + stilling",
 "Hei Arne, jeg så at dere har ventilasjonsjobben på Haukeland. Jeg har jobbet med sykehusventilasjon før og lurte på om dere trenger flere folk der? Legger ved CV i tilfelle.\nLise", "candidate asks about a project = application", "attach:Lise_H_CV.pdf"),
("job_application",0,"da","Rasmus Juhl <rasmus.juhl@mail.dk>","jobb","Uopfordret ansøgning – VVS-montør",
 "Hej\nJeg er uddannet VVS-montør fra Aarhus og vil gerne arbejde i Bergen. Har I brug for en montør fra januar?\nVenlig hilsen Rasmus", "Danish", "plain"),
# ---------------- project_assignment
("project_assignment",0,"nb","Byggmester Sandal AS <prosjekt@byggmester-sandal.no>","arne.tveit","Kontrakt tildelt: VVS Krokatjønnveien 14 bad",
 "Hei Arne\nVi har gleden av å meddele at dere er tildelt rørleggerarbeidene i Krokatjønnveien. Kontrakt vedlagt for signering. Oppstart uke 3.\nMvh Ragnhild Sandal", "contract award", "attach:Kontrakt_Krokatjonn.pdf"),
("project_assignment",0,"nb","Bergen Boligbyggelag <bestilling@bergenboligbyggelag.no>","service","Arbeidsordre 66120 – tett sluk Blokk D leil 204",
 "Arbeidsordre 66120\nAdresse: Søreidåsen 12, leil 204\nBeskrivelse: Tett sluk på bad, vann står\nPrioritet: Haster\nKontakt beboer: 48 00 11 22\nFakturer iht. rammeavtale.", "work order on framework", "plain"),
("project_assignment",0,"nb","Vibeke Nordanger <vibeke@bergenboligbyggelag.no>","arne.tveit","SV: SV: Tilbud ventilasjon Blokk C",
 "Hei Arne,\n\nStyret vedtok i går kveld å gå for tilbudet med aggregat på loft. Dere kan sette i gang. Ring meg for å avtale oppstart.\n\nVibeke", "reply turning sales thread into acceptance", "reply"),
("project_assignment",0,"nb","Askøy kommune <innkjop@askoy.kommune.no>","post","Meddelelse om tildeling – VVS-service kommunale bygg",
 "Askøy kommune har besluttet å tildele rammeavtalen til Bjørgvin Rør og Klima AS. Karensperioden utløper 20.12.2026. Kontrakt sendes deretter.", "tender award (not invitation)", "html"),
("project_assignment",0,"en","Procurement <po@nordsjo-offshorebase.com>","post","Purchase Order 4500881210",
 "Please find attached Purchase Order 4500881210 for HVAC maintenance, Ågotnes base, as per your quote Q-2026-118. Please confirm receipt.\nRegards, Procurement", "English PO", "attach:PO_4500881210.pdf"),
("project_assignment",0,"nb","Solveig Hauge <solveig.hauge@bjorgvinror.no>","jostein.brakstad","Du tar Kokstadvegen 44",
 "Jostein – vi vant serviceavtalen på Kokstadvegen 44. Du blir ansvarlig. Oppstartsmøte med driftsleder tirsdag kl 09. Sett opp mannskap.\nS", "internal assignment of won project", "plain"),
("project_assignment",0,"nb","Kjell Rasmussen <kjell@rasmussen-bygg.no>","arne.tveit","Endringsordre E-07 Vestre Torggate",
 "Hei\nVi bestiller herved endring E-07: flytting av to tilluftsventiler i 3. etg iht. vedlagt tegning. Pris iht. enhetspriser i kontrakten.\nKjell", "change order", "attach:E-07_tegning.pdf"),
("project_assignment",0,"nb","Randi Hope <randi.hope@bergenboligbyggelag.no>","service","Avrop rammeavtale: service varmepumper 2027",
 "Hei, vi gjør avrop på rammeavtalen for årlig service av 38 varmepumper i Blokk A–F, utføres jan–feb 2027. Beboerliste kommer.\nRandi", "call-off", "plain"),
("project_assignment",0,"nn","Voss Herad Eigedom <eigedom@voss.herad.no>","post","Bestilling: utskifting av varmtvassberedarar",
 "Hei\nVi stadfestar bestilling i samsvar med tilbodet dykkar av 20.11: utskifting av fire varmtvassberedarar på Voss barneskule. Arbeidet må skje i juleferien.\nHelsing Eigedomsavdelinga", "nynorsk order", "plain"),
("project_assignment",0,"nb","Håkon Sæle <hakon.saele@gmail.com>","post","Re: Tilbud luft-vann varmepumpe",
 "Hei! Vi takker ja til tilbudet på 148 000. Når kan dere starte? Helst før jul pga oljefyren.\nHåkon", "private customer accepts offer", "reply"),
("project_assignment",0,"en","Mark Dolan <mark@dolanproperties.co.uk>","post","Re: Quote ventilation Bryggen",
 "Hi Arne, we're happy with the quote – go ahead. Signed copy attached. Access via the side door, key at reception.\nMark", "English acceptance", "attach:signed_quote.pdf"),
("project_assignment",0,"nb","Byggmester Sandal AS <prosjekt@byggmester-sandal.no>","arne.tveit","Igangsettingstillatelse – dere kan starte",
 "Hei, vi har fått IG fra kommunen. Dere kan starte opp rørarbeidene mandag. Byggeplassmøte hver torsdag kl 08.\nRagnhild", "notice to proceed", "plain"),
("project_assignment",0,"sv","Johan Lindqvist <johan.lindqvist@fastighetnord.se>","post","Sv: Offert värmepumpar",
 "Hej, vi accepterar er offert för de tre värmepumparna i Voss. Montering gärna vecka 2.\nMvh Johan", "Swedish acceptance", "reply"),
# ---------------- supplier
("supplier",0,"nb","Vestrør Grossist Ordre <ordre@vestror-grossist.no>","ingrid.lie","Ordrebekreftelse 4412987",
 "Takk for din bestilling.\nOrdre 4412987\n20 stk Pressfitting 22mm\n4 stk Sirkulasjonspumpe Grundfos Alpha2\nLevering: Kokstad lager, tirsdag 08.12.\n\nVestrør Grossist AS", "order confirmation", "plain"),
("supplier",0,"nb","Rørkjøp Vest <salg@rorkjop-vest.no>","ingrid.lie","Restordre på varmtvannsberedere",
 "Hei Ingrid\nOSO Super S 200 liter er dessverre i restordre hos produsent. Forventet levering uke 2. Vil du ha alternativ fra annen produsent?\nMvh Terje, Rørkjøp Vest", "backorder notice", "plain"),
("supplier",0,"nb","Ventilasjonsgrossisten <pris@ventilasjonsgrossisten.no>","ingrid.lie","Prisliste 2027 – Bjørgvin Rør og Klima",
 "Hei,\nVedlagt deres nettoprisliste gjeldende fra 01.01.2027. Gjennomsnittlig økning 4,2 %. Rabattavtalen er uendret.\nMvh key account", "supplier price list (not newsletter)", "attach:Prisliste_2027.xlsx"),
("supplier",0,"nb","Pumpeservice Nord <tore@pumpeservice-nord.no>","arne.tveit","Tilbud på pumper til Vestre Torggate",
 "Hei Arne,\nSom avtalt: 2 stk Wilo Stratos 40/1-8 til kr 18 450 pr stk netto. Levering 5 dager. Tilbudet gjelder ut januar.\nTore", "quote to us from supplier", "plain"),
("supplier",0,"en","Nordvent Technical <tech@nordvent-partner.no>","arne.tveit","Product change notice: Nordic S4 controller",
 "Dear partner,\nFrom January units ship with the CS1000 controller replacing CS60. Wiring diagrams attached. Existing spare parts stock remains available.\nNordvent Technical", "product change", "attach:CS1000_wiring.pdf"),
("supplier",0,"nb","Vestrør Grossist Levering <levering@vestror-grossist.no>","ingrid.lie","Din pakke er sendt – ordre 4412987",
 "Ordren din er plukket og sendt med egen bil. Forventet levering i morgen før kl 10. Pakkseddel vedlagt.", "delivery notice", "html"),
("supplier",0,"nb","Ventilasjonsgrossisten <teknisk@ventilasjonsgrossisten.no>","arne.tveit","Tegninger til godkjenning – kanalføring Blokk C",
 "Hei Arne, vedlagt produksjonstegninger for kanaler Blokk C. Godkjenn innen onsdag så går de i produksjon.\nMvh Sigurd", "drawings for approval", "attach:Blokk_C_kanaler.pdf"),
("supplier",0,"sv","Order <order@svensk-vvs-grossist.se>","ingrid.lie","Orderbekräftelse 88-1202",
 "Hej Ingrid,\nTack för er beställning. Leverans till Bergen beräknas till vecka 51. Tullhandlingar bifogas.\nMvh Svensk VVS Grossist AB", "Swedish order confirmation", "plain"),
("supplier",0,"nb","Rørkjøp Vest <salg@rorkjop-vest.no>","ingrid.lie","SV: Bestilling pressverktøy",
 "Hei, verktøyet kom tilbake fra service i dag og kan hentes på disken. Kalibreringsbevis ligger i kofferten.\nTerje", "service notice on tool", "reply"),
("supplier",0,"nb","Pumpeservice Nord <tore@pumpeservice-nord.no>","ingrid.lie","Ny kontonummer – ring for bekreftelse",
 "Hei Ingrid\nVi bytter bank fra 1. januar. Nytt kontonummer står på neste faktura. Ikke endre noe før du har ringt meg på 55 44 33 22 (sentralbord) for å bekrefte. Vi sender ALDRI slike endringer bare på e-post.\nTore Hansen, daglig leder", "real bank change asking for phone verification (legit)", "plain"),
("supplier",0,"da","DanVent ApS <salg@danvent.dk>","ingrid.lie","Leveringstid spjæld",
 "Hej Ingrid\nSpjældene I bestilte er forsinket en uge pga. strejke hos underleverandør. Vi beklager.\nMvh Lars", "Danish delay", "plain"),
("supplier",0,"en","Daikin Distribution <orders@daikin-dist.com>","ingrid.lie","Shipment 77812 – backorder update",
 "Hello,\n3 of 5 outdoor units shipped today. Remaining 2 pcs expected 14 Jan. Tracking attached.\nOrder desk", "English backorder", "plain"),
("supplier",0,"nb","Vestrør Grossist Kundeservice <ks@vestror-grossist.no>","ingrid.lie","Erstatningsvare for utgått ventil",
 "Hei, TA-ventilen dere bruker (art 5522101) er utgått. Erstatning er art 5522188, samme byggemål. Vil du vi skal bytte på åpne ordre?\nHilsen Maja", "personal product mail from supplier", "plain"),
# ---------------- newsletter
("newsletter",0,"nb","Vestrør Grossist Nyheter <nyhetsbrev@vestror-grossist.no>","post","Julekampanje: 25 % på verktøy ut desember!",
 "Kjære kunde\nBenytt deg av vårt juletilbud: 25 % på alt av elektroverktøy fra Milwaukee og Makita. Gjelder t.o.m. 23.12.\nMeld deg av nyhetsbrevet her.", "supplier bulk campaign = newsletter", "html"),
("newsletter",0,"nb","Rørentreprenørene Norge <nyhet@rornorge.no>","post","Nyhetsbrev desember: nye våtromsnormer",
 "I denne utgaven: Endringer i våtromsnormen fra 2027, lønnsoppgjøret, og kursoversikt for vårsemesteret.\nDu mottar dette fordi du er medlem.", "trade association newsletter", "html"),
("newsletter",0,"en","HVAC Insider <news@hvacinsider.com>","arne.tveit","Webinar: Heat pumps in cold climates – Dec 15",
 "Join our free webinar on cold-climate heat pump design. Speakers from SINTEF and Daikin. Register now!\nUnsubscribe | Privacy", "webinar invite", "html"),
("newsletter",0,"nb","Doffin Varsling <varsel@doffin-alert.no>","post","Dine anbudsvarsler: 6 nye kunngjøringer",
 "6 nye kunngjøringer matcher søket ditt «VVS Vestland»:\n- Bergen kommune: Service ventilasjon skoler\n- Alver kommune: Rørarbeid helsehus\n...\nEndre varslingsprofil.", "tender-alert digest", "plain"),
("newsletter",0,"nb","Vestlandsbanken <nyheter@vestlandsbanken.no>","kari.mjelde","Bedriftsnytt: renten og julegaver til ansatte",
 "Hei! Her er månedens bedriftsnytt fra Vestlandsbanken: hva rentebeslutningen betyr for deg, og skatteregler for julegaver.\nLes mer på nettsiden vår.", "bank newsletter (legit)", "html"),
("newsletter",0,"nb","Byggfakta Prosjektvarsel <varsel@byggfakta.no>","solveig.hauge","Ukens prosjekter i Vestland – uke 49",
 "14 nye prosjekter i ditt område, blant annet omsorgsboliger i Os og kontorbygg på Minde. Logg inn for kontaktpersoner.", "project-lead digest", "html"),
("newsletter",0,"nb","VVS-messen <invitasjon@vvsmessen.no>","post","Invitasjon: VVS-dagene Lillestrøm 2027",
 "Vi ønsker deg velkommen til VVS-dagene 13.–15. oktober 2027. Registrer deg før 1. mars for gratis inngang.", "fair invitation", "html"),
("newsletter",0,"sv","Nordic HVAC Magazine <nyhetsbrev@nordichvac.se>","arne.tveit","Veckans nyheter: F-gasförordningen",
 "Veckans nyheter: Nya F-gasregler 2027, vad betyder det för installatörer? Läs mer.\nAvregistrera dig", "Swedish newsletter", "html"),
("newsletter",0,"nb","Nordvent Partner <kampanje@nordvent-partner.no>","post","Partnerkampanje Q1: bonus på aggregater",
 "Til alle Nordvent-partnere: Selg 10 aggregater i Q1 og få ekstra 3 % bonus. Kampanjen gjelder alle Nordic-modeller.", "supplier's bulk partner campaign", "html"),
("newsletter",0,"en","LinkedIn <notifications@linkedin.com>","solveig.hauge","Solveig, 5 people viewed your profile",
 "See who's viewed your profile this week. Plus: jobs you may be interested in.\nUnsubscribe", "social digest", "html"),
("newsletter",0,"nb","Norsk Kjøleteknisk Forening <post@nkf.no>","jostein.brakstad","Kurskalender 2027 – F-gass og sertifisering",
 "Kurskalenderen for 2027 er klar! Påmelding til F-gasskurs kategori I åpner 5. januar.\nDu får denne e-posten som medlem.", "association course calendar", "plain"),
("newsletter",0,"da","VVS-Nyt <nyhedsbrev@vvsnyt.dk>","post","Nyhedsbrev: Årets bedste varmepumper",
 "Læs om årets testvindere, nye regler for fjernvarme og meget mere.\nAfmeld nyhedsbrev", "Danish newsletter", "html"),
("newsletter",0,"nb","Elkjøp Bedrift <nyhet@elkjop-bedrift.no>","tor.espeland","Black Week for bedrifter – PC-er og skjermer",
 "Kun denne uken: bedriftspriser på bærbare PC-er og skjermer. Se alle tilbud.\nAvmeld", "retail campaign", "html"),
# ---------------- other
("other",0,"nb","Tor Espeland <tor.espeland@bjorgvinror.no>","post","Innføring av tofaktor (MFA) – gjør dette før fredag",
 "Hei alle\nFra mandag krever vi tofaktor på e-post. Installer Microsoft Authenticator og følg veiledningen på https://aka.ms/mfasetup. Spør meg hvis det stopper opp.\nTor, IT", "internal MFA roll-out (legit)", "plain"),
("other",0,"nb","Solveig Hauge <solveig.hauge@bjorgvinror.no>","post","Julebord 11. desember",
 "Hei alle sammen! Julebordet blir på Bryggeloftet fredag 11.12 kl 19. Gi beskjed om allergier til Kari innen mandag.\nGod helg!", "internal social", "plain"),
("other",0,"nb","Jostein Brakstad <jostein.brakstad@bjorgvinror.no>","post","Automatisk svar: Fravær",
 "Jeg er på kurs til og med 9. desember med begrenset tilgang til e-post. Haster det, ring service på 55 20 30 40.", "out of office", "plain"),
("other",0,"en","Mail Delivery Subsystem <mailer-daemon@bjorgvinror.no>","arne.tveit","Undeliverable: Tilbud ventilasjon",
 "Delivery to the following recipient failed permanently:\n\n    vibeke@bergenboligbyggelg.no\n\nThe domain does not exist.", "bounce", "plain"),
("other",0,"nb","Altinn <ikke-svar@altinn.no>","kari.mjelde","Ny melding i Altinn",
 "Bjørgvin Rør og Klima AS har mottatt en ny melding i Altinn fra Skatteetaten. Logg inn på altinn.no for å lese meldingen.", "genuine Altinn notice", "plain"),
("other",0,"nb","Kari Mjelde <kari.mjelde@bjorgvinror.no>","post","Husk timelister!",
 "Hei, timelistene for november må være levert innen kl 12 i morgen, ellers blir lønna forsinket. Takk!\nKari", "internal HR notice", "plain"),
("other",0,"nb","Arne Tveit <arne.tveit@bjorgvinror.no>","solveig.hauge","Invitasjon: Prosjektgjennomgang Blokk C",
 "Invitasjon: Prosjektgjennomgang Blokk C\nTid: onsdag 9. desember 10:00–11:00\nSted: Møterom Fløyen", "calendar invitation", "multi"),
("other",0,"nb","Posten <varsling@posten.no>","post","Pakken din er levert",
 "Hei! Sendingen 70731234567890 ble levert til Bjørgvin Rør og Klima AS kl 11:42. Takk for at du bruker Posten.", "transactional confirmation (legit)", "plain"),
("other",0,"en","Apple <no_reply@email.apple.com>","tor.espeland","Your receipt from Apple",
 "Receipt\niCloud+ 200 GB  NOK 39.00\nOrder ID: MKV0B2JX9\nQuestions? Visit Apple Support.", "transactional receipt", "html"),
("other",0,"nb","Ingrid Lie <ingrid.lie@bjorgvinror.no>","arne.tveit","kaffe?",
 "skal du ha kaffe? går ned nå", "internal one-liner", "plain"),
("other",0,"nb","Brønnøysundregistrene <ikkesvar@brreg.no>","solveig.hauge","Bekreftelse: endring registrert i Enhetsregisteret",
 "Endringen av styresammensetning for Bjørgvin Rør og Klima AS er registrert. Kunngjøringen publiseres i dag.", "government portal notice", "plain"),
("other",0,"en","Lucky Winner Dept <promo@mega-prizes.biz>","post","You have been selected!!!",
 "Congratulations!!! Your email was selected for our end-of-year sweepstakes. Reply to claim your exclusive gift basket. No purchase necessary.", "spam, not phishing", "plain"),
("other",0,"nb","Trond Lerøy <trond.leroy@online.no>","solveig.hauge","Lest: Klage på arbeid utført i Fjøsanger",
 "Meldingen din\n  Til: Trond Lerøy\n  Emne: Klage på arbeid utført i Fjøsanger\nble lest mandag 07.12.2026 08:12.", "read receipt", "plain"),
# ---------------- phishing (category = imitated look, not scored)
("invoice",1,"nb","Vestrør Grossist Faktura <faktura@vestror-grosist.com>","faktura","Faktura 7719877 – forfalt",
 "Hei\nVi viser til vedlagte faktura som er forfalt. Vennligst betal i dag for å unngå stans i leveranser. OBS: ny konto 1506.44.18822.\nVestrør Grossist AS", "look-alike supplier domain + new account", "attach:faktura_7719877.pdf.exe"),
("supplier",1,"nb","Rørkjøp Vest <regnskap@rorkjop-vest.no>","kari.mjelde","Oppdatert bankinformasjon",
 "Hei Kari\nPga revisjon har vi ny bankforbindelse med umiddelbar virkning. Alle utestående fakturaer betales til 1822.60.91247. Vennligst bekreft på e-post, vi er ikke på kontoret denne uka.\nJanne", "compromised real supplier mailbox (auth passes)", "plain"),
("other",1,"nb","Solveig Hauge <solveig.hauge.dagligleder@gmail.com>","kari.mjelde","Haster – diskret",
 "Kari, er du ved pc? Jeg sitter i møte og trenger at du gjennomfører en betaling på 184 500 kr til en ny samarbeidspartner i dag. Ikke snakk med noen om dette ennå. Svar her.\nSolveig\nSendt fra iPhone", "CEO fraud, free-mail", "plain"),
("other",1,"en","Microsoft 365 <no-reply@m365-secure-login.net>","tor.espeland","Action required: your mailbox will be deactivated",
 "Your mailbox storage is full. Verify your account within 24 hours to avoid deactivation: https://m365-secure-login.net/verify\nMicrosoft Security Team", "credential harvest M365", "html"),
("other",1,"nb","SharePoint <share@sharepoint-dokumenter.net>","arne.tveit","Byggmester Sandal har delt «Kontrakt_signert.pdf» med deg",
 "Ragnhild Sandal har delt en fil med deg.\nKlikk her for å åpne: https://sharepoint-dokumenter.net/s/kontrakt\nDu må logge inn med jobbkontoen din.", "fake SharePoint share", "html"),
("other",1,"nb","BankID <varsel@bankid-fornyelse.com>","kari.mjelde","Din BankID utløper i dag",
 "Kjære kunde\nDin BankID utløper i dag. Forny den her for å unngå sperring: https://bankid-fornyelse.com/forny\nMed vennlig hilsen BankID Norge", "BankID lure", "html"),
("other",1,"nb","Posten <sporing@posten-levering.top>","post","Pakken din venter – tollgebyr 29 kr",
 "Din pakke kan ikke leveres før tollgebyr kr 29,- er betalt. Betal her innen 48 timer: https://posten-levering.top/betal", "Posten lure", "html"),
("invoice",1,"da","DanVent ApS <faktura@danventt.dk>","faktura","Rykker: faktura 55102 – ny bankkonto",
 "Hej\nFaktura 55102 er forfalden. Bemærk at vi har skiftet bank. Betal venligst til IBAN DK50 0040 0440 1162 43 straks.\nMed venlig hilsen DanVent", "Danish look-alike domain", "attach:Faktura_55102.html"),
("sales_inquiry",1,"nb","Askøy kommune <innkjop@askoy-kommune.org>","post","Invitasjon til konkurranse – VVS rehabilitering",
 "Askøy kommune inviterer til konkurranse. Se konkurransegrunnlaget her (krever innlogging med Microsoft-konto): https://askoy-kommune.org/tender/login", "fake tender behind login", "html"),
("job_application",1,"nb","Henrik Dahl <henrik.dahl.cv@gmail.com>","jobb","Søknad rørlegger – CV",
 "Hei, søker stilling som rørlegger. CV og attester ligger i mappen: https://docs-share-files.net/cv-henrik (logg inn med e-post for å se).\nHenrik", "fake application behind file-share login", "plain"),
("customer_support",1,"nb","Trine Moe <trine.moe@outlook.com>","service","Klage – bilder av vannskaden",
 "Hei, dere har laget en vannskade hos meg. Bildene ligger i vedlagt fil, åpne den for å se.\nTrine", "fake complaint with malicious attachment", "attach:bilder_vannskade.zip"),
("other",1,"en","Domain Services <renewal@norid-domains.co>","solveig.hauge","FINAL NOTICE: bjorgvinror.no expires",
 "Your domain bjorgvinror.no will expire in 2 days. Renew now for NOK 1 990 to avoid losing your website and e-mail: https://norid-domains.co/renew", "domain renewal scam", "plain"),
("other",1,"nb","Solveig Hauge <solveig.hauge@bjorgvinror.no>","kari.mjelde","Betaling i dag",
 "Hei Kari, kan du sette opp en utenlandsbetaling på EUR 23 800 i dag? Detaljer kommer. Svar meg på denne adressen.\nSolveig", "spoofs own domain, free-mail Reply-To", "plain"),
("other",1,"nb","Altinn <varsel@altinn-melding.net>","kari.mjelde","Ny melding fra Skatteetaten – frist i dag",
 "Du har en uåpnet melding fra Skatteetaten i Altinn. Logg inn med BankID her for å unngå tvangsmulkt: https://altinn-melding.net/login", "fake Altinn", "html"),
("invoice",1,"sv","Svensk VVS Grossist <faktura@svensk-vvs-grosist.se>","faktura","Påminnelse faktura 880231",
 "Hej,\nFaktura 880231 är förfallen. Vänligen betala till nytt bankgiro 5581-2290 omgående. Faktura bifogas.\nEkonomiavdelningen", "Swedish look-alike domain", "attach:faktura_880231.pdf.scr"),
("other",1,"en","DocuSign <dse@docusign-notify.net>","solveig.hauge","Please DocuSign: Rammeavtale_Askøy.pdf",
 "You have a document waiting for signature. REVIEW DOCUMENT: https://docusign-notify.net/review?id=88123\nDo not share this email.", "e-signature lure", "html"),
]

FREE = ("gmail.com", "hotmail.com", "outlook.com", "live.no", "online.no", "telia.se", "mail.dk")
SIGS = {"nb": "\n\n--\nDenne e-posten kan inneholde konfidensiell informasjon.", "en": "\n\n--\nThis e-mail may contain confidential information."}


def addr(to):
    return to if '@' in to else f"{to}@{ORG['domain']}"


def auth(sender, phishing, note):
    dom = sender.split('@')[-1].rstrip('>').lower()
    if phishing and 'compromised' in note:
        res = 'pass'
    elif phishing and 'own domain' in note:
        return f"mx.bjorgvinror.no; spf=fail smtp.mailfrom={dom}; dkim=none; dmarc=fail header.from={dom}"
    elif phishing:
        res = random.choice(['pass', 'none', 'fail', 'softfail'])
    else:
        res = 'pass'
    dk = 'pass' if res == 'pass' else random.choice(['none', 'fail'])
    dm = 'pass' if res == 'pass' else 'fail' if res == 'fail' else 'none'
    return f"mx.bjorgvinror.no; spf={res} smtp.mailfrom={dom}; dkim={dk} header.d={dom}; dmarc={dm} header.from={dom}"


def html_of(body):
    paras = ''.join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split('\n\n'))
    return f"<html><body style=\"font-family:Arial\">{paras}</body></html>"


def build(i, row, when):
    cat, ph, lang, frm, to, subj, body, note, style = row
    m = EmailMessage()
    m['From'] = frm
    m['To'] = addr(to)
    m['Subject'] = subj
    m['Date'] = format_datetime(when)
    dom = frm.split('@')[-1].rstrip('>')
    m['Message-ID'] = make_msgid(domain=dom)
    m['Authentication-Results'] = auth(frm, ph, note)
    m['Received'] = f"from mail.{dom} (mail.{dom} [198.51.100.{i % 250 + 1}]) by mx.bjorgvinror.no; {format_datetime(when)}"
    if 'Reply-To' in note or 'own domain' in note:
        m['Reply-To'] = 'solveig.hauge.privat@gmail.com'
    text = body
    if not ph and dom not in FREE and random.random() < 0.4:
        text += SIGS.get(lang, SIGS['nb'] if lang in ('nn', 'da', 'sv') else SIGS['en'])
    if style == 'reply':
        m['In-Reply-To'] = make_msgid(domain=ORG['domain'])
        quote = ("Den fre. 4. des. 2026 kl. 14:02 skrev Bjørgvin Rør og Klima AS <post@bjorgvinror.no>:\n"
                 if lang != 'en' else "On Fri, 4 Dec 2026 at 14:02, Bjørgvin Rør og Klima AS <post@bjorgvinror.no> wrote:\n")
        text += "\n\n" + quote + "> Hei,\n> takk for henvendelsen. Vi kommer tilbake med mer informasjon.\n> Mvh Bjørgvin Rør og Klima"
    if style.startswith('attach:'):
        m.set_content(text)
        name = style.split(':', 1)[1]
        m.add_attachment(b'%PDF-1.4\n% placeholder attachment for a blind test set\n', maintype='application',
                         subtype='pdf' if name.endswith('.pdf') else 'octet-stream', filename=name)
    elif style == 'html':
        m.set_content(html_of(text), subtype='html')
    elif style == 'multi':
        m.set_content(text)
        ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Prosjektgjennomgang Blokk C\r\n"
               "DTSTART:20261209T090000Z\r\nDTEND:20261209T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        m.add_alternative(ics, subtype='calendar')
    else:
        m.set_content(text)
        if random.random() < 0.3:
            m.add_alternative(html_of(text), subtype='html')
    return m


def main():
    random.seed(20261207)
    os.makedirs(os.path.join(HERE, 'messages'), exist_ok=True)
    rows = list(M)
    random.shuffle(rows)
    start = datetime(2026, 11, 23, 7, 0, tzinfo=timezone(timedelta(hours=1)))
    labels = []
    for i, row in enumerate(rows, 1):
        name = f"{i:03d}.eml"
        msg = build(i, row, start + timedelta(minutes=97 * i))
        with open(os.path.join(HERE, 'messages', name), 'wb') as f:
            f.write(bytes(msg))
        labels.append([name, row[0], row[1], row[2], row[7]])
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'phishing', 'language', 'note'])
        w.writerows(labels)
    with open(os.path.join(HERE, 'organization.json'), 'w', encoding='utf-8') as f:
        json.dump(ORG, f, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, 'known_domains.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(KNOWN) + '\n')
    from collections import Counter
    print(len(rows), Counter(r[0] for r in rows if not r[1]), 'phishing', sum(r[1] for r in rows))


if __name__ == '__main__':
    main()
