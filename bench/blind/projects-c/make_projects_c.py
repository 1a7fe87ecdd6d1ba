#!/usr/bin/env python3
"""Generate blind project set C (Solsikke IT og Automasjon AS, Tromsø): assignments/, team.json, history.csv,
truth.jsonl.  All texts live in this file.  Run: /work/main/.venv/bin/python make_projects_c.py
(needs python-docx and weasyprint).  Deterministic (seeded)."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import math
import random
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
from weasyprint import HTML

HERE = Path(__file__).resolve().parent
OUT = HERE / "assignments"
OUR = "Solsikke IT og Automasjon AS"
OUR_MAIL = "post@solsikke-it.no"


def when(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))


def mail(sender, to, date, subject, body, attachments=()):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Date"] = format_datetime(when(date))
    m["Subject"] = subject
    m["Message-ID"] = f"<{hashlib.sha1((subject + date).encode()).hexdigest()[:16]}@mail.example>"
    m.set_content(body)
    for name, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if attachments:
        m.set_boundary("=_solsikke_" + hashlib.sha1(subject.encode()).hexdigest()[:12])
    return bytes(m)


def pdf_bytes(html: str) -> bytes:
    css = "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;line-height:1.4} " \
          "table{border-collapse:collapse} td,th{border:1px solid #777;padding:3px 8px;text-align:left}"
    return HTML(string=f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{html}</body></html>") \
        .write_pdf()


def docx_bytes(build) -> bytes:
    d = docx.Document()
    build(d)
    d.core_properties.author = "Solsikke blind set"
    d.core_properties.created = d.core_properties.modified = dt.datetime(2027, 1, 1)
    d.core_properties.last_modified_by = ""
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed member times so that the generator's output is byte-for-byte repeatable
    fixed = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2027, 1, 1, 0, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return fixed.getvalue()


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


PDF = ("application", "pdf")
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")

FILES: dict[str, bytes] = {}
TRUTH: list[dict] = []


def truth(source, fmt, lang, start, client, client_accept, title_keywords, deadline, budget, location,
          location_accept, deliverables, feasible, note, deadline_accept=(), budget_accept=(), dropped=()):
    TRUTH.append({
        "source": source, "format": fmt, "language": lang, "start": start,
        "client": client, "client_accept": [client] + [c for c in client_accept if c != client],
        "title_keywords": list(title_keywords), "deadline": deadline, "deadline_accept": list(deadline_accept),
        "budget": budget, "budget_accept": list(budget_accept), "location": location,
        "location_accept": list(location_accept), "deliverables": list(deliverables),
        "deliverables_dropped": list(dropped), "feasible": feasible, "note": note,
    })


def nok(amount, vat):
    return {"amount": amount, "currency": "NOK", "vat": vat}


def eur(amount, vat):
    return {"amount": amount, "currency": "EUR", "vat": vat}


# ------------------------------------------------------------------------------------------------ c01
FILES["c01_kvaloya_havbruk_wifi.eml"] = mail(
    "Randi Opsahl <randi.opsahl@kvaloya-havbruk.no>", OUR_MAIL, "2027-01-08T14:12",
    "Nettverk på Sommarøy – forespørsel",
    """Hei,

Vi i Kvaløya Havbruk har fått nok av ustabilt nett ute på lokaliteten ved Sommarøy. Kameraene på fôrflåten
faller ut flere ganger i uka, og de ansatte i landbasen deler ett trådløst nett med besøkende og
servicefolk. Vi ønsker derfor et tilbud på følgende:

- Kartlegging av dekning og eksisterende nettverksutstyr på fôrflåten
- Radiolink mellom fôrflåten og landbasen
- Nytt trådløst nett i landbasen, med eget gjestenett
- Segmentering av driftsnett og kontornett (VLAN)
- Dokumentasjon med oppdatert nettverkstegning

Flåten kan nås med vår arbeidsbåt fra kaia på Sommarøy alle hverdager.

Tilbud ønskes innen fredag 22. januar. Alt må være i drift innen utgangen av uke 14, før vi starter
med ny generasjon fisk i sjø.

Økonomisk ramme er inntil 280 000 kr eks. mva.

Med vennlig hilsen
Randi Opsahl
Driftssjef
Kvaløya Havbruk AS
Hovedkontor: Nygårdsgaten 31, 5015 Bergen
Tlf. 918 22 410
""")
truth("c01_kvaloya_havbruk_wifi.eml", "eml", "nb", "2027-01-11", "Kvaløya Havbruk AS", ["Kvaløya Havbruk"],
      ["Sommarøy", "nettverk", "trådløs", "Wi-Fi", "radiolink"], "2027-04-09", nok(280000, "ex"),
      "Sommarøy", ["Sommarøy"],
      ["Kartlegging av dekning og eksisterende nettverksutstyr på fôrflåten",
       "Radiolink mellom fôrflåten og landbasen",
       "Nytt trådløst nett i landbasen med eget gjestenett",
       "Segmentering av driftsnett og kontornett (VLAN)",
       "Dokumentasjon med oppdatert nettverkstegning"],
      True, "Quote deadline 22 Jan is not the delivery; 'innen utgangen av uke 14' = Fri 2027-04-09. "
            "Signature in Bergen, site at Sommarøy.")

# ------------------------------------------------------------------------------------------------ c02
FILES["c02_lyngen_regnskap_m365.eml"] = mail(
    "Solveig Hatteng <solveig@lyngen-regnskap.no>", "Sigrid Hansen-Eira <sigrid@solsikke-it.no>", "2027-01-21T08:47",
    "SV: SV: Flytting til Microsoft 365",
    """Hei igjen Sigrid,

Vi har snakket sammen internt. Årsoppgjøret tar mer tid enn vi trodde, så vi må skyve ferdigdatoen:
alt kan være ferdig innen utgangen av april i stedet for mars. Kurset i Teams (punkt 5) dropper vi –
det tar leverandøren av regnskapssystemet seg av i forbindelse med sin egen opplæring.

Resten står som i første e-post. Send gjerne en oppdatert plan.

Hilsen Solveig

ons. 15. jan. 2027 kl. 10:02 skrev Sigrid Hansen-Eira <sigrid@solsikke-it.no>:
> Hei Solveig,
>
> Takk for henvendelsen! Vi har gjort tilsvarende flyttinger for flere regnskapskontor. Et par spørsmål:
> hvor mange postbokser er det totalt, og er det noe på serveren som må beholdes lokalt?
>
> Vennlig hilsen
> Sigrid Hansen-Eira
> Prosjektleder, Solsikke IT og Automasjon AS, Tromsø
>
> tir. 13. jan. 2027 kl. 13:30 skrev Solveig Hatteng <solveig@lyngen-regnskap.no>:
>> Hei,
>>
>> Lyngen Regnskap AS har 14 ansatte og kjører fortsatt egen Exchange-server og filserver i kjelleren
>> på kontoret i Lyngseidet. Serveren er gammel og vi vil over på Microsoft 365. Vi ser for oss dette:
>>
>> 1. Flytting av e-post fra lokal Exchange-server til Exchange Online
>> 2. Flytting av fellesområdet på filserveren til SharePoint og Teams
>> 3. Tofaktorautentisering for alle brukere
>> 4. Sikkerhetskopi av Microsoft 365-data
>> 5. Opplæringskurs i Teams for alle ansatte
>> 6. Utfasing av den gamle serveren
>>
>> Vi ønsker at dette er gjort innen utgangen av mars. Vi har tenkt oss en ramme på rundt 180' eks. mva.
>>
>> Mvh
>> Solveig Hatteng
>> Daglig leder
>> Lyngen Regnskap AS, Strandveien 7, 9060 Lyngseidet
""")
truth("c02_lyngen_regnskap_m365.eml", "eml", "nb", "2027-01-25", "Lyngen Regnskap AS", ["Lyngen Regnskap"],
      ["Microsoft 365", "M365", "Lyngen"], "2027-04-30", nok(180000, "ex"), "Lyngseidet", ["Lyngseidet"],
      ["Flytting av e-post fra lokal Exchange-server til Exchange Online",
       "Flytting av fellesområdet på filserveren til SharePoint og Teams",
       "Tofaktorautentisering for alle brukere",
       "Sikkerhetskopi av Microsoft 365-data",
       "Utfasing av den gamle serveren"],
      True, "Thread, newest on top: deadline moved from 'innen utgangen av mars' to end of April (Fri 2027-04-30); "
            "item 5 (Teams course) dropped. Budget '180'' = 180 000.",
      dropped=["Opplæringskurs i Teams for alle ansatte"])

# ------------------------------------------------------------------------------------------------ c03
FILES["c03_nordkyst_integration.txt"] = """NORDKYST FISKEEKSPORT AS
Request for proposal – order and freight integration

From: Mikkel Sørensen, Group IT, Nordkyst Group A/S, Havnevej 4, 9850 Hirtshals, Denmark
To: Solsikke IT og Automasjon AS, Tromsø
Date: 29 January 2027

Background
Nordkyst Fiskeeksport AS ships fresh and frozen fish from its export terminal at Breivika in Tromsø to
customers in the EU and Asia. Today the logistics staff retype every confirmed sales order from Visma
Business into the freight forwarder's booking portal, and copy tracking numbers back by hand. This costs
about two hours a day and causes errors.

Scope
The work we want to buy covers four parts. First, an API integration that transfers confirmed sales orders
from Visma Business to the freight booking portal. Second, automatic return of tracking numbers and freight
documents into the order in Visma. Third, a monitoring dashboard that alerts the logistics staff when a
transfer fails. Finally, technical documentation and a handover session for our local IT contact.

Time frame
The integration must be in production by the end of Q2 2027. We would like to start in February.

Commercial
Our budget for this is EUR 38,000 excluding VAT, paid in two instalments. Please quote in EUR.

Contact
Mikkel Sørensen, +45 98 94 10 22, mikkel.sorensen@nordkyst-group.dk
"""
truth("c03_nordkyst_integration.txt", "txt", "en", "2027-02-01", "Nordkyst Fiskeeksport AS",
      ["Nordkyst Fiskeeksport", "Nordkyst Group A/S"], ["integration", "Visma", "freight"], "2027-06-30",
      eur(38000, "ex"), "Breivika, Tromsø", ["Breivika", "Tromsø"],
      ["API integration transferring confirmed sales orders from Visma Business to the freight booking portal",
       "Automatic return of tracking numbers and freight documents into the order",
       "Monitoring dashboard alerting logistics staff when a transfer fails",
       "Technical documentation and handover session"],
      True, "Prose enumeration (First/Second/Third/Finally). 'End of Q2 2027' = 2027-06-30. Sender at the Danish "
            "parent in Hirtshals; the client is the Tromsø subsidiary.")

# ------------------------------------------------------------------------------------------------ c04
FILES["c04_ishavskysten_sikkerhet.pdf"] = pdf_bytes("""
<p style="text-align:right">Ishavskysten Helse AS<br>c/o Nordic Care Holding AS<br>Postboks 1180 Vika, 0111 Oslo</p>
<h2>Forespørsel: sikkerhetsgjennomgang av IT-miljøet ved klinikken på Finnsnes</h2>
<p>Dato: 17. februar 2027<br>Til: Solsikke IT og Automasjon AS</p>
<p>Ishavskysten Helse AS driver en privat spesialistklinikk i Storgata 40, 9300 Finnsnes, med 22 ansatte.
Vi behandler helseopplysninger og ønsker en uavhengig gjennomgang av informasjonssikkerheten før vi
kobler oss på flere offentlige tjenester til høsten.</p>
<p><b>Oppdraget omfatter:</b></p>
<p>a) Gjennomgang av brannmur- og nettverkskonfigurasjon<br>
b) Sårbarhetsskanning av servere og klientmaskiner<br>
c) Kontroll av sikkerhetskopiering og test av gjenoppretting<br>
d) Gap-analyse mot Normen for informasjonssikkerhet i helsesektoren<br>
e) Rapport med prioriterte tiltak, presentert for ledelsen</p>
<p><b>Framdrift</b></p>
<table>
<tr><th>Milepæl</th><th>Tidspunkt</th></tr>
<tr><td>Oppstartsmøte på klinikken</td><td>uke 9</td></tr>
<tr><td>Teknisk gjennomgang ferdig</td><td>16.04.2027</td></tr>
<tr><td>Utkast til rapport</td><td>30.04.2027</td></tr>
<tr><td>Endelig rapport og presentasjon</td><td>14.05.2027</td></tr>
</table>
<p><b>Pris:</b> Vi har satt av kr 240 000,- inkl. mva. til oppdraget. Oppgi timepris og estimat.</p>
<p>Kontaktperson: Hege Sollid, klinikksjef, tlf. 77 84 20 10</p>
""")
truth("c04_ishavskysten_sikkerhet.pdf", "pdf", "nb", "2027-02-22", "Ishavskysten Helse AS",
      ["Ishavskysten Helse", "Nordic Care Holding AS"], ["sikkerhet", "Finnsnes"], "2027-05-14",
      nok(240000, "incl"), "Storgata 40, 9300 Finnsnes", ["Finnsnes"],
      ["Gjennomgang av brannmur- og nettverkskonfigurasjon",
       "Sårbarhetsskanning av servere og klientmaskiner",
       "Kontroll av sikkerhetskopiering og test av gjenoppretting",
       "Gap-analyse mot Normen for informasjonssikkerhet i helsesektoren",
       "Rapport med prioriterte tiltak presentert for ledelsen"],
      True, "Letters a)-e) joined by line breaks in one paragraph; milestone table, last row is the delivery "
            "(2027-05-14). Address block is the Oslo holding company. 240 000 incl. VAT (192 000 ex accepted).",
      budget_accept=[nok(192000, "ex")])

# ------------------------------------------------------------------------------------------------ c05
FILES["c05_nordlys_marine_backup.eml"] = mail(
    "Fiona MacLeod <f.macleod@nordlysmarine.co.uk>", OUR_MAIL, "2027-02-08T09:05",
    "Order: server replacement and backup, Tromsø office",
    """Dear Solsikke team,

Thank you for the quote and the helpful call last week. We accept your fixed price of NOK 95,000 excl. VAT,
and please treat this email as our order.

To summarise what we agreed for our Tromsø office at Stakkevollvegen 65:

1) Replace the two ageing file servers with one new virtualised server
2) Off-site backup to a Norwegian data centre with 90 days' retention
3) A documented restore test
4) A short runbook for our local staff

Everything should be finished within four weeks of this order, as our auditors visit in the second week of March.

Kind regards,

Fiona MacLeod
Head of Operations
Nordlys Marine Research Ltd
1 Marischal Square, Aberdeen AB10 1BL, United Kingdom
""")
truth("c05_nordlys_marine_backup.eml", "eml", "en", "2027-02-08", "Nordlys Marine Research Ltd",
      ["Nordlys Marine Research"], ["server", "backup"], "2027-03-08", nok(95000, "ex"),
      "Stakkevollvegen 65, Tromsø", ["Stakkevollvegen", "Tromsø"],
      ["Replace the two ageing file servers with one new virtualised server",
       "Off-site backup to a Norwegian data centre with 90 days' retention",
       "Documented restore test",
       "Short runbook for local staff"],
      True, "'Within four weeks of this order' relative to Date: Mon 2027-02-08 -> 2027-03-08 (Fri 03-05 accepted). "
            "Signature in Aberdeen, site in Tromsø.", deadline_accept=["2027-03-05"])

# ------------------------------------------------------------------------------------------------ c06
FILES["c06_balsfjord_settefisk_scada_fwd.eml"] = mail(
    "Line Kristiansen <line@solsikke-it.no>", "Sigrid Hansen-Eira <sigrid@solsikke-it.no>", "2027-04-28T11:20",
    "VS: SCADA og PLS på settefiskanlegget",
    """Hei Sigrid,

Se henvendelsen under fra Balsfjord Settefisk. Automasjonsgjengen er ledig igjen fra mai, så dette passer
fint. Kan du lage en plan og et tilbud? Jeg har sagt at vi svarer innen fredag.

Line

Line Kristiansen
Solsikke IT og Automasjon AS | Storgata 102, 9008 Tromsø

-------- Videresendt melding --------
Fra: Øystein Rasmussen <oystein@balsfjord-settefisk.no>
Dato: 27. april 2027 kl. 15:41
Emne: SCADA og PLS på settefiskanlegget
Til: Line Kristiansen <line@solsikke-it.no>

Hei Line,

Som nevnt på telefon ønsker vi å gjøre følgende på settefiskanlegget vårt i Storsteinnes:

* Programvare:
    - Oppgradering av SCADA-serveren til ny programvareversjon
    - Nye skjermbilder for klekkeri og startfôring
* Maskinvare:
    - Utskifting av to PLS-er i pumpestasjonen
    - Alarmoverføring til vakttelefon via SMS
* Etter overlevering:
    - Opplæring av driftspersonellet

Vi har en ramme på 0,65 MNOK eks. mva. Arbeidet må være ferdig innen utgangen av juni, før vi setter
inn ny rogn.

Hilsen
Øystein Rasmussen
Teknisk leder, Balsfjord Settefisk AS
""")
truth("c06_balsfjord_settefisk_scada_fwd.eml", "eml", "nb", "2027-05-03", "Balsfjord Settefisk AS",
      ["Balsfjord Settefisk"], ["SCADA", "PLS", "settefisk"], "2027-06-30", nok(650000, "ex"),
      "Storsteinnes", ["Storsteinnes"],
      ["Oppgradering av SCADA-serveren til ny programvareversjon",
       "Nye skjermbilder for klekkeri og startfôring",
       "Utskifting av to PLS-er i pumpestasjonen",
       "Alarmoverføring til vakttelefon via SMS",
       "Opplæring av driftspersonellet"],
      True, "Internal forward: sender and signature are our own colleague (Tromsø); client is the forwarded "
            "sender's company. Nested bullets: the top level are group headings, the sub-items are the "
            "deliverables. '0,65 MNOK' = 650 000. 'Innen utgangen av juni' = 2027-06-30.")

# ------------------------------------------------------------------------------------------------ c07
def _c07(d):
    d.add_heading("Arctic Gateway Terminals AS", 1)
    d.add_paragraph("Statement of work – firewall replacement and network segmentation, Grøtsund terminal")
    d.add_paragraph("Issued by: Procurement, Arctic Gateway Holding GmbH, Am Sandtorkai 50, 20457 Hamburg, Germany\n"
                    "Date: 8 March 2027")
    d.add_heading("1. Background", 2)
    d.add_paragraph("Arctic Gateway Terminals AS operates the container terminal at Grøtsund outside Tromsø. The "
                    "office network, crane control systems and guest access currently share one flat network "
                    "behind a firewall that is out of support.")
    d.add_heading("2. Deliverables", 2)
    items = [
        ("New next-generation firewall cluster",
         ["two units in active/passive configuration", "minimum 5 Gbit/s inspected throughput",
          "five years of support and licences"]),
        ("Segmentation of the terminal network into office, OT and guest zones",
         ["crane control systems in a zone of their own", "rules reviewed with the terminal manager"]),
        ("Secure remote access for equipment vendors",
         ["multi-factor authentication required", "time-limited accounts with logging"]),
        ("As-built documentation", []),
    ]
    for head, subs in items:
        d.add_paragraph(head, style="List Number")
        for s in subs:
            d.add_paragraph(s, style="List Bullet 2")
    d.add_heading("3. Schedule", 2)
    d.add_paragraph("Work in the crane zone may only be done on Sundays or after 18:00. The solution shall be "
                    "delivered and handed over during week 22, 2027.")
    d.add_heading("4. Price", 2)
    d.add_paragraph("Target price NOK 420k ex. VAT, including hardware. Travel within Tromsø is not reimbursed.")


FILES["c07_arctic_gateway_firewall.docx"] = docx_bytes(_c07)
truth("c07_arctic_gateway_firewall.docx", "docx", "en", "2027-03-15", "Arctic Gateway Terminals AS",
      ["Arctic Gateway Terminals", "Arctic Gateway Holding GmbH"], ["firewall", "segmentation", "Grøtsund"],
      "2027-06-04", nok(420000, "ex"), "Grøtsund, Tromsø", ["Grøtsund"],
      ["New next-generation firewall cluster",
       "Segmentation of the terminal network into office, OT and guest zones",
       "Secure remote access for equipment vendors",
       "As-built documentation"],
      True, "Numbered deliverables with sub-bullets that are specifications, not deliverables. 'During week 22, "
            "2027' = Fri 2027-06-04. 'NOK 420k' = 420 000. Issuer in Hamburg.")

# ------------------------------------------------------------------------------------------------ c08
FILES["c08_aurora_tours_teams.eml"] = mail(
    "Camille Roux <camille@nordicauroratours.no>", "Sigrid Hansen-Eira <sigrid@solsikke-it.no>", "2027-03-04T16:55",
    "RE: Teams for our guides",
    """Hi Sigrid,

Small but important change: the owners have moved the start of our summer season planning, so we need
everything in place by Friday 23 April instead of the end of May. The content is the same. Is that still
possible for you?

Best,
Camille

From: Sigrid Hansen-Eira <sigrid@solsikke-it.no>
Sent: Tuesday, March 2, 2027 10:14
To: Camille Roux <camille@nordicauroratours.no>
Subject: RE: Teams for our guides

Hi Camille, thanks – we can do this within your budget. I will send a proposed schedule this week.
Sigrid

From: Camille Roux <camille@nordicauroratours.no>
Sent: Monday, March 1, 2027 08:31
To: Solsikke IT og Automasjon AS <post@solsikke-it.no>
Subject: Teams for our guides

Hello,

Nordic Aurora Tours AS runs northern lights and whale tours from our base in Tromsø. Most of our 25 guides
are seasonal and do not speak Norwegian, and today we coordinate everything through private chat apps.
We would like help with:

 * Microsoft Teams set-up with channels for guides, sales and office
 * A shared booking calendar in Outlook and SharePoint
 * Two half-day training sessions for the guides
 * A quick reference guide in English

We can spend up to NOK 150,000 incl. VAT. It would be good to have this done by the end of May.

Kind regards
Camille Roux
Operations Manager, Nordic Aurora Tours AS
""")
truth("c08_aurora_tours_teams.eml", "eml", "en", "2027-03-08", "Nordic Aurora Tours AS", ["Nordic Aurora Tours"],
      ["Teams", "Microsoft 365", "guides"], "2027-04-23", nok(150000, "incl"), "Tromsø", ["Tromsø"],
      ["Microsoft Teams set-up with channels for guides, sales and office",
       "Shared booking calendar in Outlook and SharePoint",
       "Two half-day training sessions for the guides",
       "Quick reference guide in English"],
      True, "Outlook-style thread, newest on top, moves the deadline EARLIER: end of May -> Fri 2027-04-23. "
            "Up to NOK 150 000 incl. VAT (120 000 ex accepted).", budget_accept=[nok(120000, "ex")])


# ------------------------------------------------------------------------------------------------ c09
_c09_pdf = pdf_bytes("""
<h1>Reisa Renovasjon IKS</h1>
<h2>Konkurransegrunnlag – integrasjon av vektsystem og fakturering</h2>
<p>Saksnr. 2027/014 &nbsp;·&nbsp; Anskaffelse etter forskrift om offentlige anskaffelser del I</p>
<h3>1 Om oppdragsgiver</h3>
<p>Reisa Renovasjon IKS eies av tre kommuner i Nord-Troms og driver avfallsanlegget på Storslett. Alle
leveranser fra næringskunder veies på bilvekta, men vektdata føres i dag manuelt over i fagsystemet.</p>
<h3>2 Leveranser</h3>
<ol>
<li>Integrasjon mellom vektsystemet og fagsystemet for renovasjon</li>
<li>Automatisk fakturagrunnlag til økonomisystemet</li>
<li>Kundeportal for næringskunder med oversikt over leverte mengder</li>
<li>Testplan og gjennomført akseptansetest</li>
<li>Brukerdokumentasjon for vektpersonalet</li>
</ol>
<h3>3 Tidsramme</h3>
<p>Arbeidet skal utføres i perioden 12. april – 28. mai 2027. Tilbudsfrist er 1. mars 2027 kl. 12:00.</p>
<h3>4 Økonomi</h3>
<p>Kostnadsramme: kr 350 000 inkl. merverdiavgift. Tilbud over rammen kan bli avvist.</p>
""")
FILES["c09_reisa_renovasjon_vekt.eml"] = mail(
    "Kari Nymo <kari.nymo@innkjopnord.no>", OUR_MAIL, "2027-02-10T10:30",
    "Invitasjon til å gi tilbud – integrasjon vektsystem, Reisa Renovasjon IKS",
    """Hei,

På vegne av Reisa Renovasjon IKS inviterer vi dere til å gi tilbud på integrasjon av vektsystem og
fakturering. Se vedlagt konkurransegrunnlag for omfang, tidsramme og kostnadsramme.

Spørsmål sendes til undertegnede innen 19. februar.

Med vennlig hilsen
Kari Nymo
Innkjøpsrådgiver
Innkjøpskontoret Nord AS, Sjøgata 3, 8006 Bodø
""", [("Konkurransegrunnlag_Reisa_Renovasjon.pdf", _c09_pdf, *PDF)])
truth("c09_reisa_renovasjon_vekt.eml", "eml", "nb", "2027-04-12", "Reisa Renovasjon IKS", ["Reisa Renovasjon"],
      ["vekt", "integrasjon", "fakturering"], "2027-05-28", nok(350000, "incl"),
      "Avfallsanlegget på Storslett", ["Storslett"],
      ["Integrasjon mellom vektsystemet og fagsystemet for renovasjon",
       "Automatisk fakturagrunnlag til økonomisystemet",
       "Kundeportal for næringskunder med oversikt over leverte mengder",
       "Testplan og gjennomført akseptansetest",
       "Brukerdokumentasjon for vektpersonalet"],
      True, "Brief in an attached PDF; mail from a procurement adviser in Bodø on the IKS's behalf. Range "
            "'12. april – 28. mai 2027' -> 2027-05-28; tilbudsfrist 1 March is not the delivery. 350 000 incl. "
            "VAT (280 000 ex accepted).", budget_accept=[nok(280000, "ex")])

# ------------------------------------------------------------------------------------------------ c10
FILES["c10_ringvassoy_ot_security.eml"] = mail(
    "Jørgen Ellingsen <jorgen.ellingsen@ringvassoy-aqua.no>", "Tor Einar Mikkelsen <toreinar@solsikke-it.no>",
    "2027-08-11T13:02", "Re: Re: Re: Security review of the production network",
    """Hi Tor Einar,

No, unfortunately 1 October does not work – the report goes to the board meeting, so Friday 17 September
stands.

One change in scope, though: we have decided to leave out the phishing simulation. Our insurer already runs
one for us this autumn, so there is no need to do it twice. Everything else as in my first mail.

Jørgen

On 10.08.2027 09:15, Tor Einar Mikkelsen wrote:
> Hi Jørgen,
> Thanks, this looks clear. With the holidays on our side, could we move the final report to 1 October?
> Tor Einar

On 06.08.2027 14:48, Jørgen Ellingsen wrote:
> Dear Solsikke,
>
> Ringvassøy Aquaculture AS would like a security review of the production network at our processing plant
> in Hansnes, after a neighbouring company was hit by ransomware in the spring. We would like:
>
> (a) an inventory of all devices on the production network;
> (b) a vulnerability assessment of the OT network and the remote access solution;
> (c) a phishing simulation campaign for the office staff;
> (d) an incident response plan for ransomware; and
> (e) a final report with prioritised recommendations.
>
> The final report must be with us by Friday 17 September. Our budget is EUR 24 000 + VAT.
>
> Best regards
> Jørgen Ellingsen
> HSE and IT Manager, Ringvassøy Aquaculture AS
""")
truth("c10_ringvassoy_ot_security.eml", "eml", "en", "2027-08-16", "Ringvassøy Aquaculture AS",
      ["Ringvassøy Aquaculture"], ["security", "OT", "production network"], "2027-09-17", eur(24000, "ex"),
      "Hansnes", ["Hansnes"],
      ["Inventory of all devices on the production network",
       "Vulnerability assessment of the OT network and the remote access solution",
       "Incident response plan for ransomware",
       "Final report with prioritised recommendations"],
      True, "Thread: our colleague asks to move to 1 October, the client refuses (deadline stays Fri 2027-09-17) "
            "and drops (c) the phishing simulation. EUR 24 000 + VAT.",
      dropped=["Phishing simulation campaign for the office staff"])

# ------------------------------------------------------------------------------------------------ c11
FILES["c11_kanebogen_il_m365.txt"] = """Fra: Kanebogen Idrettslag, styret v/ Trine Arntzen (leder)
Til: Solsikke IT og Automasjon AS
Dato: 16.08.2027
Emne: Hjelp med IT for idrettslaget

Hei!

Vi er et idrettslag i Kanebogen i Harstad med rundt 600 medlemmer. Styret bruker i dag private e-postadresser,
og alle dokumenter ligger i en Dropbox som eies av et tidligere styremedlem. Vi har fått tips om at dere
hjelper frivillige lag, og vil gjerne ha hjelp til:

  a) felles Microsoft 365-løsning for styret med e-post på klubbens domene
  b) Teams-område for trenere og lagledere
  c) overføring av dokumenter fra den private Dropbox-kontoen
  d) et kveldskurs for styret i hvordan vi bruker løsningen

Vi ønsker at alt er på plass før årsmøtet torsdag 14. oktober 2027.

Vi har ikke satt av et fast beløp ennå – vi søker om midler fra en lokal stiftelse og vil gjerne ha et
prisanslag først.

Sportslig hilsen
Trine Arntzen
Styreleder, Kanebogen Idrettslag
"""
truth("c11_kanebogen_il_m365.txt", "txt", "nb", "2027-08-23", "Kanebogen Idrettslag", ["Kanebogen IL"],
      ["Microsoft 365", "M365", "Kanebogen", "idrettslag"], "2027-10-14", None, "Kanebogen, Harstad",
      ["Kanebogen", "Harstad"],
      ["Felles Microsoft 365-løsning for styret med e-post på klubbens domene",
       "Teams-område for trenere og lagledere",
       "Overføring av dokumenter fra den private Dropbox-kontoen",
       "Kveldskurs for styret i bruk av løsningen"],
      True, "Lower-case a)-d) list; 'på plass før årsmøtet torsdag 14. oktober' -> 2027-10-14 (the day before, "
            "10-13, accepted); no budget (null).", deadline_accept=["2027-10-13"])

# ------------------------------------------------------------------------------------------------ c12
FILES["c12_skibotn_smakraft_hoyspent.eml"] = mail(
    "Bjørn Olsen Skibotn <bjorn@skibotn-smakraft.no>", OUR_MAIL, "2027-02-09T07:58",
    "Prosjektering av nettilknytning – Skibotn Småkraft",
    """Hei,

Dere gjorde en god jobb med fjernstyringen av inntaksluka vår i fjor, så vi spør dere først.

Skibotn Småkraft AS skal øke produksjonen og må bygge ny nettilknytning for kraftverket i Skibotndalen.
Nettselskapet krever full prosjektering fra vår side. Vi trenger:

- Prosjektering av 22 kV jordkabel fra kraftstasjonen til nettilknytningspunktet
- Ny nettstasjon med transformator på 1,6 MVA
- Selektivitets- og kortslutningsberegninger for vernet
- Søknad om anleggskonsesjon til NVE

Alt må være ferdig innen 1. juni 2027 slik at entreprenøren kan starte i sommer. Vi regner med at
dette koster ca. 500 000 kr eks. mva.

Hilsen
Bjørn Olsen Skibotn
Styreleder, Skibotn Småkraft AS
9048 Skibotn
""")
truth("c12_skibotn_smakraft_hoyspent.eml", "eml", "nb", "2027-02-15", "Skibotn Småkraft AS", ["Skibotn Småkraft"],
      ["nettilknytning", "Skibotn", "høyspent", "22 kV"], "2027-06-01", nok(500000, "ex"),
      "Skibotndalen", ["Skibotn"],
      ["Prosjektering av 22 kV jordkabel fra kraftstasjonen til nettilknytningspunktet",
       "Ny nettstasjon med transformator på 1,6 MVA",
       "Selektivitets- og kortslutningsberegninger for vernet",
       "Søknad om anleggskonsesjon til NVE"],
      False, "INFEASIBLE: high-voltage power engineering and licensing; no one in the team has that skill "
             "(automation is not electrical power design). Deadline 'innen 1. juni 2027' is a Tuesday.")


# ------------------------------------------------------------------------------------------------ c13
def _c13(d):
    d.add_heading("Terms of Reference", 1)
    d.add_paragraph("Skjervøy Ocean Observatory AS – buoy data platform")
    d.add_paragraph("Version 1.2, 12 July 2027")
    d.add_heading("Purpose", 2)
    d.add_paragraph("Skjervøy Ocean Observatory AS runs six measuring buoys in Kvænangen and off Skjervøy. Sensor "
                    "data are today collected by hand from the loggers. The observatory wants a data platform that "
                    "receives, checks and publishes the data automatically.")
    d.add_heading("Deliverables", 2)
    rows = [("ID", "Deliverable", "Description"),
            ("D1", "Data ingestion API for buoy sensor data",
             "REST interface receiving data from the loggers every ten minutes"),
            ("D2", "Quality control pipeline with automatic flagging of outliers", "Range and spike tests"),
            ("D3", "Open data export in NetCDF format", "Daily files, CF conventions"),
            ("D4", "Operator dashboard showing station status", "Battery, last message, alarms"),
            ("D5", "Handover workshop for the operations team", "One day, in Skjervøy")]
    tab = d.add_table(rows=len(rows), cols=3)
    tab.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            tab.cell(i, j).text = v
    d.add_heading("Time frame", 2)
    d.add_paragraph("Project period 1 September – 30 November 2027. Final delivery: no later than 30 November 2027. "
                    "A progress meeting is held at the end of each month.")
    d.add_heading("Budget", 2)
    d.add_paragraph("The work is financed by a regional research grant. Maximum contract value EUR 55,000 "
                    "excluding VAT.")


FILES["c13_skjervoy_buoy_platform.eml"] = mail(
    "Dr. Annika Brandt <abrandt@meeresdaten-kiel.de>", OUR_MAIL, "2027-07-14T12:40",
    "Skjervøy buoy data platform – terms of reference",
    """Dear colleagues at Solsikke,

I coordinate the data work for Skjervøy Ocean Observatory AS as part of our joint research project, and the
observatory has asked me to send you the attached terms of reference. They would like a proposal with a
work plan by 6 August.

Please address questions to me; I am in Kiel until the end of August.

With best regards
Dr. Annika Brandt
Meeresdaten Kiel GmbH, Wischhofstraße 1–3, 24148 Kiel, Germany
""", [("ToR_Skjervoy_buoy_platform.docx", docx_bytes(_c13), *DOCX)])
truth("c13_skjervoy_buoy_platform.eml", "eml", "en", "2027-09-01", "Skjervøy Ocean Observatory AS",
      ["Skjervøy Ocean Observatory"], ["buoy", "data platform"], "2027-11-30", eur(55000, "ex"),
      "Skjervøy", ["Skjervøy", "Kvænangen"],
      ["Data ingestion API for buoy sensor data",
       "Quality control pipeline with automatic flagging of outliers",
       "Open data export in NetCDF format",
       "Operator dashboard showing station status",
       "Handover workshop for the operations team"],
      True, "Brief as a DOCX attached to a mail from a coordinator in Kiel; deliverables in a Word table. "
            "'No later than 30 November 2027' (Tuesday). Proposal date 6 Aug is not the delivery.")

# ------------------------------------------------------------------------------------------------ c14
FILES["c14_arctic_light_hotel_event.pdf"] = pdf_bytes("""
<h2>Arctic Light Conference Hotel AS</h2>
<p>Strandtorget 2, 9008 Tromsø &nbsp;·&nbsp; Wednesday 1 September 2027</p>
<h3>Urgent request: IT for the Arctic Seafood Summit</h3>
<p>The hotel hosts the Arctic Seafood Summit, which opens on Saturday 4 September with about 1,500 participants.
Our previous IT supplier has gone bankrupt and nothing of the planned upgrade has been done. We need the
following, complete, tested and handed over by 16:00 on Friday 3 September:</p>
<ul>
<li>New Wi-Fi covering four conference halls and 1,500 concurrent guests</li>
<li>Replacement of core switches and firewall</li>
<li>Migration of 60 staff mailboxes to Microsoft 365</li>
<li>New backup solution for the booking server</li>
<li>Staff training on the new systems</li>
</ul>
<p>Budget: NOK 1.2 million excluding VAT. We can pay overtime and weekend rates.</p>
<p>Please call our director, Håkon Lie, on 77 60 20 00 as soon as you have read this.</p>
""")
truth("c14_arctic_light_hotel_event.pdf", "pdf", "en", "2027-09-01", "Arctic Light Conference Hotel AS",
      ["Arctic Light Conference Hotel"], ["Seafood Summit", "conference", "Wi-Fi", "Arctic Light"], "2027-09-03",
      nok(1200000, "ex"), "Strandtorget 2, 9008 Tromsø", ["Strandtorget", "Tromsø"],
      ["New Wi-Fi covering four conference halls and 1,500 concurrent guests",
       "Replacement of core switches and firewall",
       "Migration of 60 staff mailboxes to Microsoft 365",
       "New backup solution for the booking server",
       "Staff training on the new systems"],
      False, "INFEASIBLE: impossible timeline - Wed 1 to Fri 3 Sep 2027 (3 working days) for several hundred "
             "hours of network, M365 and server work; network capacity in the window is about 60 h.")


# ------------------------------------------------------------------------------------------------ c15
def _c15(d):
    d.add_heading("Gisund Laks AS – bestilling", 1)
    d.add_paragraph("Oppgradering av styresystemet på RAS-anlegget på Silsand")
    d.add_paragraph("Dato: 22. februar 2027\nBestiller: Ragnhild Pettersen, anleggsleder")
    d.add_paragraph("Resirkuleringsanlegget (RAS) tømmes for fisk i mars og april. I denne perioden må "
                    "styresystemet oppgraderes, fordi det ikke kan gjøres mens det står fisk i karene.")
    d.add_paragraph().add_run("Leveranser:").bold = True
    items = [("Utskifting av PLS i vannbehandlingen",
              ["ny PLS av samme fabrikat som i resten av anlegget", "eksisterende I/O-kort gjenbrukes der det går"]),
             ("Nytt SCADA-bilde for oksygen og CO2", ["trendvisning for de siste 30 døgnene"]),
             ("Tilkobling av nye oksygenmålere til styresystemet", []),
             ("Fabrikktest og idriftsettelsestest (FAT og SAT)", ["testprotokollen signeres av anleggsleder"])]
    for head, subs in items:
        d.add_paragraph(head, style="List Number")
        bullets(d, subs, style="List Bullet 2")
    d.add_heading("Tidsrom", 2)
    d.add_paragraph("Arbeidet må utføres i perioden 8. mars – 16. april 2027. Ny fisk settes inn mandag 19. april, "
                    "og da må alt være testet.")
    d.add_heading("Pris", 2)
    d.add_paragraph("Arbeidet faktureres etter medgått tid etter rammeavtalen vår.")


FILES["c15_gisund_laks_ras_pls.docx"] = docx_bytes(_c15)
truth("c15_gisund_laks_ras_pls.docx", "docx", "nb", "2027-03-08", "Gisund Laks AS", ["Gisund Laks"],
      ["RAS", "styresystem", "PLS", "Silsand"], "2027-04-16", None, "Silsand", ["Silsand"],
      ["Utskifting av PLS i vannbehandlingen",
       "Nytt SCADA-bilde for oksygen og CO2",
       "Tilkobling av nye oksygenmålere til styresystemet",
       "Fabrikktest og idriftsettelsestest (FAT og SAT)"],
      False, "INFEASIBLE: automation-only work 8 Mar - 16 Apr 2027 while all three automation engineers are "
             "booked at their full hours 2027-03-01..2027-04-30. No budget (time and materials under a "
             "framework agreement). 'Leveranser:' with numbered items whose sub-bullets are details.")

# ------------------------------------------------------------------------------------------------ c16
FILES["c16_lyngsalpan_lodge_nett.eml"] = mail(
    "Marte Haugland <marte@lyngsalpan-lodge.no>", OUR_MAIL, "2027-04-26T21:14", "Internett på lodgen før sommeren",
    """Hei Solsikke,

Vi driver Lyngsalpan Lodge på Koppangen, innerst i Lyngen, og har hatt mange klager på nettet fra gjestene.
Vi trenger tre ting: et trådløst nett som dekker hovedhuset og de seks hyttene, en 4G/5G-ruter med
Starlink som reserveforbindelse, og sikkerhetskopi av bookingsystemet til skyen.

Vi åpner for sommersesongen 12. juni. Installasjonen kan gjøres i perioden 1.–11. juni, men må være
ferdig senest fredag 11. juni.

Vi har satt av 85 000 kr inkl. mva. til dette.

Vennlig hilsen
Marte Haugland
Daglig leder, Lyngsalpan Lodge AS
Postadresse: Thereses gate 14, 0452 Oslo
""")
truth("c16_lyngsalpan_lodge_nett.eml", "eml", "nb", "2027-05-03", "Lyngsalpan Lodge AS", ["Lyngsalpan Lodge"],
      ["Lyngsalpan", "nett", "trådløs", "internett"], "2027-06-11", nok(85000, "incl"), "Koppangen, Lyngen",
      ["Koppangen"],
      ["Trådløst nett som dekker hovedhuset og de seks hyttene",
       "4G/5G-ruter med Starlink som reserveforbindelse",
       "Sikkerhetskopi av bookingsystemet til skyen"],
      True, "Prose enumeration in one sentence; range '1.–11. juni, senest fredag 11. juni' -> 2027-06-11. "
            "Postal address in Oslo. 85 000 incl. VAT (68 000 ex accepted).", budget_accept=[nok(68000, "ex")])

# ------------------------------------------------------------------------------------------------ team
AUTO_BUSY = ("2027-03-01", "2027-04-30")
TEAM = {"people": [
    {"name": "Sigrid Hansen-Eira", "skills": ["prosjektledelse", "m365", "opplæring"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-04-05", "to": "2027-06-25", "hours_per_week": 15}]},
    {"name": "Tor Einar Mikkelsen", "skills": ["nettverk", "sikkerhet"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-07-12", "to": "2027-08-06", "hours_per_week": 37.5}]},
    {"name": "Maren Bakkeby", "skills": ["nettverk", "server og backup"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-09-01", "to": "2027-12-17", "hours_per_week": 7.5}]},
    {"name": "Jonas Isaksen", "skills": ["server og backup", "m365"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-07-05", "to": "2027-08-06", "hours_per_week": 37.5}]},
    {"name": "Aslak Nilsen Somby", "skills": ["automasjon", "integrasjon"], "hours_per_week": 37.5,
     "booked": [{"from": AUTO_BUSY[0], "to": AUTO_BUSY[1], "hours_per_week": 37.5}]},
    {"name": "Kristine Dahl Olsen", "skills": ["automasjon", "dokumentasjon"], "hours_per_week": 30,
     "booked": [{"from": AUTO_BUSY[0], "to": AUTO_BUSY[1], "hours_per_week": 30}]},
    {"name": "Henrik Strøm", "skills": ["automasjon", "prosjektledelse"], "hours_per_week": 37.5,
     "booked": [{"from": AUTO_BUSY[0], "to": AUTO_BUSY[1], "hours_per_week": 37.5}]},
    {"name": "Ida Karlsen", "skills": ["integrasjon", "dokumentasjon"], "hours_per_week": 37.5, "booked": []},
    {"name": "Eirik Pedersen", "skills": ["sikkerhet", "server og backup"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-01-04", "to": "2027-02-26", "hours_per_week": 10}]},
    {"name": "Nora Johansen", "skills": ["opplæring", "m365", "dokumentasjon"], "hours_per_week": 22.5,
     "booked": [{"from": "2027-07-05", "to": "2027-07-30", "hours_per_week": 22.5}]},
    {"name": "Vegard Lund", "skills": ["integrasjon", "sikkerhet"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-08-02", "to": "2027-10-29", "hours_per_week": 37.5}]},
    {"name": "Line Kristiansen", "skills": ["prosjektledelse", "nettverk", "dokumentasjon"], "hours_per_week": 30,
     "booked": []},
]}

# ------------------------------------------------------------------------------------------------ history
TYPICAL = {  # task -> (skill, typical hours)
    "Kartlegging av nettverk": ("nettverk", 16), "Installasjon av aksesspunkter": ("nettverk", 40),
    "Brannmur og VLAN": ("nettverk", 28), "Radiolink": ("nettverk", 24),
    "Flytting av e-post": ("m365", 36), "SharePoint og Teams": ("m365", 30), "Tofaktor og Intune": ("m365", 18),
    "Ny server": ("server og backup", 32), "Backupløsning": ("server og backup", 20),
    "Gjenopprettingstest": ("server og backup", 8),
    "Sårbarhetsskanning": ("sikkerhet", 24), "Sikkerhetsrapport": ("sikkerhet", 20),
    "Risikovurdering": ("sikkerhet", 16),
    "PLS-programmering": ("automasjon", 60), "SCADA-skjermbilder": ("automasjon", 36), "FAT/SAT": ("automasjon", 24),
    "API-integrasjon": ("integrasjon", 70), "Overvåking og varsling": ("integrasjon", 24),
    "Kurs for brukere": ("opplæring", 12), "Brukerveiledning": ("dokumentasjon", 10),
    "Teknisk dokumentasjon": ("dokumentasjon", 14), "Prosjektledelse": ("prosjektledelse", 24),
}
PROJECTS = [
    ("S-2501 Trådløst nett Tromsdalen barnehage", ["Kartlegging av nettverk", "Installasjon av aksesspunkter",
                                                   "Teknisk dokumentasjon", "Prosjektledelse"]),
    ("S-2502 M365 Balsfjord Elektro", ["Flytting av e-post", "SharePoint og Teams", "Tofaktor og Intune",
                                       "Kurs for brukere"]),
    ("S-2503 Server og backup Kvaløysletta Tannlegesenter", ["Ny server", "Backupløsning", "Gjenopprettingstest",
                                                             "Brukerveiledning"]),
    ("S-2504 Sikkerhetsrevisjon Nordreisa Sparebank", ["Sårbarhetsskanning", "Risikovurdering", "Sikkerhetsrapport",
                                                       "Prosjektledelse"]),
    ("S-2505 PLS fôringsanlegg Karlsøy Sjømat", ["PLS-programmering", "SCADA-skjermbilder", "FAT/SAT",
                                                 "Teknisk dokumentasjon", "Prosjektledelse"]),
    ("S-2506 Integrasjon nettbutikk Polarbakeriet", ["API-integrasjon", "Overvåking og varsling",
                                                     "Teknisk dokumentasjon", "Prosjektledelse"]),
    ("S-2507 Nettverk og brannmur Senja Transport", ["Kartlegging av nettverk", "Brannmur og VLAN",
                                                     "Teknisk dokumentasjon"]),
    ("S-2508 M365 og opplæring Tromsø Tolketjeneste", ["Flytting av e-post", "SharePoint og Teams",
                                                       "Kurs for brukere", "Brukerveiledning"]),
    ("S-2509 Radiolink og Wi-Fi Ullsfjord Laks", ["Kartlegging av nettverk", "Radiolink",
                                                  "Installasjon av aksesspunkter", "Prosjektledelse"]),
    ("S-2510 SCADA pumpestasjoner Storfjord kommune", ["SCADA-skjermbilder", "PLS-programmering", "FAT/SAT",
                                                       "Kurs for brukere", "Prosjektledelse"]),
    ("S-2511 Backup og gjenoppretting Advokatfirma Nordnes", ["Backupløsning", "Gjenopprettingstest",
                                                              "Risikovurdering"]),
    ("S-2512 Integrasjon lønn og timer Kvænangen Bygg", ["API-integrasjon", "Overvåking og varsling",
                                                         "Brukerveiledning", "Prosjektledelse"]),
    ("S-2513 Sikkerhetsgjennomgang Skjervøy Fiskemottak", ["Kartlegging av nettverk", "Sårbarhetsskanning",
                                                           "Sikkerhetsrapport", "Prosjektledelse"]),
    ("S-2514 M365 og Intune Målselv Regnskap", ["Flytting av e-post", "Tofaktor og Intune", "Kurs for brukere",
                                                "Prosjektledelse"]),
    ("S-2515 Ny server og VLAN Bardu Maskin", ["Ny server", "Brannmur og VLAN", "Backupløsning",
                                               "Teknisk dokumentasjon", "Prosjektledelse"]),
]


def history_rows(rng):
    rows = []
    for proj, tasks in PROJECTS:
        for task in tasks:
            skill, typ = TYPICAL[task]
            est = round(typ * rng.uniform(0.85, 1.2) * 2) / 2
            act = round(est * math.exp(rng.gauss(0.10, 0.20)) * 2) / 2
            rows.append((proj, task, skill, est, act))
    return rows


def main():
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for name, data in FILES.items():
        (OUT / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    (HERE / "team.json").write_text(json.dumps(TEAM, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(HERE / "history.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["project", "task", "skill", "estimated_hours", "actual_hours"])
        w.writerows(history_rows(random.Random(2027_3)))
    (HERE / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in TRUTH),
                                      encoding="utf-8")
    print(f"{len(FILES)} assignments, {sum(len(t['deliverables']) for t in TRUTH)} deliverables")


if __name__ == "__main__":
    main()
