#!/usr/bin/env python3
"""Generate the second blind project set (issue 13): Fjordlys Arkitekter og Landskap AS, Ålesund.

    /work/main/.venv/bin/python make_projects_b.py      # needs python-docx and weasyprint

All texts are hand-written below. Writes assignments/, team.json, history.csv, truth.jsonl.
Measure on it, never copy it.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import random
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "assignments"

US = "Fjordlys Arkitekter og Landskap AS"


# ---------------------------------------------------------------- writers
def when(s: str) -> str:
    """'2027-01-11 09:14' -> RFC 2822 date in Norwegian time."""
    from zoneinfo import ZoneInfo
    return format_datetime(dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo("Europe/Oslo")))


def eml(name, frm, to, subject, date, body, cc=None, attachments=()):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = when(date)
    m["Message-ID"] = f"<{name.replace('.', '-')}-{date[:10]}@mail.example>"
    m.set_content(body.strip("\n") + "\n")
    for fname, data, mt in attachments:
        main, sub = mt.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=fname)
    (OUT / name).write_bytes(m.as_bytes())


def txt(name, body):
    (OUT / name).write_text(body.strip("\n") + "\n", encoding="utf-8")


def pdf_bytes(html: str) -> bytes:
    from weasyprint import HTML
    css = ("<style>@page{size:A4;margin:2cm} body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
           "table{border-collapse:collapse;width:100%} td,th{border:1px solid #444;padding:3pt;text-align:left}"
           "h1{font-size:15pt} h2{font-size:12pt}</style>")
    return HTML(string="<html><head><meta charset='utf-8'>" + css + "</head><body>" + html + "</body></html>").write_pdf()


def docx_bytes(blocks) -> bytes:
    """blocks: ('h', text) heading, ('p', text) paragraph, ('b', text) bullet, ('n', text) numbered,
    ('t', [[cells], ...]) table with header row."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "n":
            d.add_paragraph(val, style="List Number")
        elif kind == "t":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


TRUTH = []


def truth(source, fmt, lang, start, client, client_accept, title_keywords, deadline, budget, location,
          location_accept, deliverables, feasible=True, note="", deadline_accept=(), budget_accept=(),
          dropped=()):
    TRUTH.append({
        "source": source, "format": fmt, "language": lang, "start": start,
        "client": client, "client_accept": [client] + [c for c in client_accept if c != client],
        "title_keywords": title_keywords, "deadline": deadline, "deadline_accept": list(deadline_accept),
        "budget": budget, "budget_accept": list(budget_accept),
        "location": location, "location_accept": location_accept,
        "deliverables": deliverables, "deliverables_dropped": list(dropped),
        "feasible": feasible, "note": note,
    })


def nok(x, vat=None):
    return {"amount": x, "currency": "NOK", "vat": vat}


def ex(x):
    """ex-VAT equivalent of an incl.-VAT figure, accepted as well."""
    return [{"amount": round(x / 1.25, 2), "currency": "NOK", "vat": "ex"}]


# ---------------------------------------------------------------- assignments
def build():
    OUT.mkdir(parents=True, exist_ok=True)

    # b01 -- terse municipal request, quote deadline is not the delivery date; lettered list
    eml("b01_sula_langevag_skole.eml",
        "Randi Hessevik <randi.hessevik@sula.kommune.example>", "post@fjordlys.example",
        "Forespørsel om tilbud – mulighetsstudie Langevåg skule, tilbygg og uteområde", "2027-01-11 09:14", """
Til aktuelle leverandører

Sula kommune, Eiendomsavdelingen, ber om tilbud på arkitekt- og landskapstjenester i forbindelse med
mulighetsstudie for Langevåg skule.

Bakgrunn: Elevtallet øker og skolen mangler fire klasserom. Uteområdet er slitt og har ikke trinnfri
adkomst.

Oppdraget omfatter:
a) registrering av eksisterende bygningsmasse og uteområde
b) romprogram for tilbygg med fire klasserom og grupperom
c) mulighetsstudie med to alternativer for plassering av tilbygget
d) skisse til nytt uteområde med universelt utformet adkomst fra busslomme til hovedinngang
e) grovt kostnadsoverslag for begge alternativer

Kostnadsramme for oppdraget: inntil kr 450 000 ekskl. mva.
Tilbudsfrist: 22.01.2027 kl. 12:00.
Oppstart: snarest etter tildeling.
Ferdigstillelse: Oppdraget skal være avsluttet innen uke 16.

Spørsmål rettes skriftlig til undertegnede.

Med hilsen
Randi Hessevik
Rådgiver eiendom
Sula kommune, Eiendomsavdelingen
Rådhusvegen 1, 6030 Langevåg
""")
    truth("b01_sula_langevag_skole.eml", "eml", "nb", "2027-01-11", "Sula kommune",
          ["Sula kommune, Eiendomsavdelingen"], ["Langevåg", "mulighetsstudie"], "2027-04-23",
          nok(450000, "ex"), "Langevåg skule, Sula", ["Langevåg"],
          ["Registrering av eksisterende bygningsmasse og uteområde",
           "Romprogram for tilbygg med fire klasserom",
           "Mulighetsstudie med to alternativer for plassering av tilbygg",
           "Skisse til nytt uteområde med universelt utformet adkomst",
           "Grovt kostnadsoverslag"],
          note="Tilbudsfrist 22.01 is a quote deadline; delivery 'innen uke 16' = Friday 2027-04-23.")

    # b02 -- chatty private cabin owners, thread: later reply moves the deadline and drops 3D images
    eml("b02_hytte_ullavika.eml",
        "Silje Rønneberg <silje.ronneberg@privat.example>", "Jonas Aarseth <jonas@fjordlys.example>",
        "Re: Re: Hytte på Ullavika – tegninger og søknad", "2027-01-12 21:47", """
Hei igjen Jonas!

Takk for raskt svar og hyggelig prat på telefonen i dag. Vi har snakket med Arnfinn (snekkeren) i kveld,
og han vil helst ha alle tegningene og søknaden klar senest 26. februar, så han kan bestille materialer
før påsketravelheten. Går det an å få det til? Da blir det ikke påske som vi skrev først.

Og en ting til: vi dropper 3D-bildene likevel. Trond mener vi klarer oss fint med fasadetegningene, og
vi vil heller bruke pengene på kjøkkenet :)

Budsjettet står ellers som før.

Klem fra Silje (og Trond)

Silje og Trond Rønneberg
Thereses gate 14B, 0358 Oslo
tlf 917 22 404

> Den tir. 12. jan. 2027 kl. 10:03 skrev Jonas Aarseth <jonas@fjordlys.example>:
> Hei Silje og Trond,
> takk for henvendelsen – dette tar vi gjerne. Jeg ringer dere i dag for å avklare detaljer.
> Mvh Jonas Aarseth, arkitekt MNAL, Fjordlys Arkitekter og Landskap AS
>
>> Den tir. 5. jan. 2027 kl. 22:15 skrev Silje Rønneberg <silje.ronneberg@privat.example>:
>> Hei!
>>
>> Vi har endelig fått kjøpt tomta på Ullavika i Stranda (gnr. 12 bnr. 88), og nå vil vi gjerne
>> bygge en hytte på ca. 90 kvm med hems. Vi har sett hyttene dere tegnet på Fjellseter og ble helt
>> forelsket!
>>
>> Det vi tenker vi trenger fra dere er vel:
>> - skisser og planløsning (vi har masse ønsker, blant annet stort vindu mot fjorden)
>> - fasadetegninger
>> - situasjonsplan
>> - noen 3D-bilder så vi ser hvordan det blir
>> - og at dere tar hele byggesøknaden til kommunen
>>
>> Vi har tenkt rundt 150 000 kr inkl. mva til arkitekt. Det hadde vært drømmen å ha alt klart til
>> påske!
>>
>> Hilsen Silje og Trond
""")
    truth("b02_hytte_ullavika.eml", "eml", "nb", "2027-01-12", "Silje og Trond Rønneberg",
          ["Silje Rønneberg", "Trond Rønneberg", "Rønneberg"], ["hytte", "Ullavika"], "2027-02-26",
          nok(150000, "incl"), "Ullavika, Stranda", ["Ullavika", "Stranda"],
          ["Skisser og planløsning", "Fasadetegninger", "Situasjonsplan", "Byggesøknad til kommunen"],
          budget_accept=ex(150000), dropped=["3D-bilder"],
          note="Private clients (address in Oslo). First wish 'til påske' replaced by 'senest 26. februar' in the "
               "newest message; 3D images dropped. Budget 150 000 incl. VAT.")

    # b03 -- foreign owner, English, plain text, prose enumeration, end of Q3, EUR
    txt("b03_hotel_bergtun_geiranger.txt", """
From: Klaus Obermaier, Managing Director, Alpenrose Hospitality GmbH
To: Fjordlys Arkitekter og Landskap AS, Ålesund
Date: 18 January 2027
Subject: Hotel Bergtun Geiranger - renewal of garden, restaurant and arrival

Dear Sirs and Madams,

since two years we are the owner of Hotel Bergtun in Geiranger and we are wishing now to make the hotel
more attractive for the season 2028. Your office was recommended to us by the Geiranger tourist office.

What we need from you is following. First, a new design for the garden terrace in front of the
restaurant, with plantings that can survive the winter and a place for outdoor serving. Second, a new
interior concept for the restaurant and the bar, we think more Scandinavian, less 1980s. Third, the
way from the parking to the reception must be possible for wheelchairs, today there are only stairs,
so we need a solution for universal access. And at last some visualisations of good quality, which
we can use already in our marketing for the next year.

Our budget for your work is EUR 60,000 plus VAT. All must be finished by end of Q3 2027, because the
builders begin in October when the season is over.

Please send us your offer and a time plan. I am in Geiranger from 1 to 5 February, we can meet there.

With kind regards

Klaus Obermaier
Managing Director
Alpenrose Hospitality GmbH
Leopoldstraße 118, 80804 München, Germany
""")
    truth("b03_hotel_bergtun_geiranger.txt", "txt", "en", "2027-01-18", "Alpenrose Hospitality GmbH",
          ["Alpenrose Hospitality", "Hotel Bergtun"], ["Bergtun", "hotel"], "2027-09-30",
          {"amount": 60000, "currency": "EUR", "vat": "ex"}, "Hotel Bergtun, Geiranger", ["Geiranger"],
          ["Design of the garden terrace with plantings and outdoor serving",
           "Interior concept for the restaurant and bar",
           "Universal access from parking to reception",
           "Visualisations for marketing"],
          note="Owner's address in Munich, site in Geiranger. 'by end of Q3 2027' = 2027-09-30. EUR 60,000 ex VAT.")

    # b04 -- county tender as PDF with a milestone table; final delivery is the deadline
    html = """
<h1>Konkurransegrunnlag – rådgivertjenester</h1>
<p><b>Oppdragsgiver:</b> Møre og Romsdal fylkeskommune, Eiendomsavdelingen<br/>
<b>Saksnr.:</b> 2027/0142<br/><b>Prosedyre:</b> Åpen tilbudskonkurranse</p>
<h2>1 Oppdraget</h2>
<p>Rehabilitering av skolegård og nytt inngangsparti ved Fosnavåg videregående skole, Fosnavåg i Herøy
kommune. Skolegården (ca. 6 500 m²) har dårlig drenering, mangler trinnfri adkomst og har lite
vegetasjon. Hovedinngangen skal bygges om med nytt vindfang og overbygd sykkelparkering.</p>
<h2>2 Leveranser og frister</h2>
<table>
<tr><th>Nr.</th><th>Leveranse</th><th>Frist</th></tr>
<tr><td>1</td><td>Forprosjekt landskap for skolegården, inkl. overvannshåndtering på terreng</td><td>30.04.2027</td></tr>
<tr><td>2</td><td>Forprosjekt arkitekt for nytt inngangsparti med vindfang</td><td>30.04.2027</td></tr>
<tr><td>3</td><td>Rapport universell utforming av skoleanlegget</td><td>28.05.2027</td></tr>
<tr><td>4</td><td>Konkurransegrunnlag for entreprise med beskrivelse etter NS 3420</td><td>13.08.2027</td></tr>
<tr><td>5</td><td>Endelig leveranse: oppdatert tegningsgrunnlag og søknad om igangsettingstillatelse</td><td>10.09.2027</td></tr>
</table>
<h2>3 Økonomi</h2>
<p>Oppdragets anslåtte verdi er NOK 1 400 000 eks. mva. Honorar etter medgått tid, med takhonorar.</p>
<h2>4 Tilbud</h2>
<p>Tilbudsfrist: 12.02.2027 kl. 12.00 via KGV. Vedståelsesfrist 3 måneder. Planlagt kontraktsignering
uke 9.</p>
<p>Kontaktperson: Eirin Dimmen, seniorrådgiver, Møre og Romsdal fylkeskommune, Fylkeshuset,
Julsundvegen 9, 6404 Molde.</p>
"""
    (OUT / "b04_fosnavag_vgs_skolegard.pdf").write_bytes(pdf_bytes(html))
    truth("b04_fosnavag_vgs_skolegard.pdf", "pdf", "nb", "2027-03-01", "Møre og Romsdal fylkeskommune",
          ["Møre og Romsdal fylkeskommune, Eiendomsavdelingen"], ["Fosnavåg", "skolegård", "inngangsparti"],
          "2027-09-10", nok(1400000, "ex"), "Fosnavåg videregående skole, Herøy", ["Fosnavåg", "Herøy"],
          ["Forprosjekt landskap for skolegården",
           "Forprosjekt arkitekt for nytt inngangsparti med vindfang",
           "Rapport universell utforming",
           "Konkurransegrunnlag for entreprise med beskrivelse etter NS 3420",
           "Oppdatert tegningsgrunnlag og søknad om igangsettingstillatelse"],
          note="Milestone table; the final delivery 10.09.2027 is the deadline (tilbudsfrist 12.02 is not). "
               "Contract week 9 -> start 2027-03-01. Client address in Molde. Landscape work must fall outside "
               "the landscape team's April-May booking (March, June-August).")

    # b05 -- corporate English brief as DOCX, lettered list, fixed price
    data = docx_bytes([
        ("h", "Design brief – Visitor centre and office extension, Brandal"),
        ("p", "Client: Nordvik Seafood AS (head office: Strandkaien 30, 5013 Bergen)"),
        ("p", "Site: Nordvik processing plant, Brandal, Hareid municipality"),
        ("p", "Reference: NS-FAC-2027-03. Date: 1 February 2027"),
        ("h2", "Background"),
        ("p", "Nordvik Seafood receives a growing number of visiting buyers and school classes at the Brandal plant. "
              "We want a small visitor centre (approx. 350 m²) with an exhibition area and a tasting kitchen, connected "
              "to a two-storey office extension for 20 workplaces."),
        ("h2", "Scope"),
        ("p", "The consultant shall deliver:"),
        ("p", "(a) a concept design report describing the design idea, materials and energy ambitions;"),
        ("p", "(b) floor plans and sections at 1:200;"),
        ("p", "(c) a BIM model at LOD 200 suitable for cost estimation;"),
        ("p", "(d) four photorealistic 3D renderings (two exterior, two interior);"),
        ("p", "(e) a landscape concept for the arrival area and visitor parking."),
        ("h2", "Commercial terms and schedule"),
        ("p", "A fixed price of NOK 780,000 excluding VAT has been agreed for the scope above. Work starts on 1 February "
              "2027. All deliverables are due no later than 25 June 2027, in time for the board meeting."),
        ("p", "Contact: Hilde Brandal Vik, Facilities Manager, Nordvik Seafood AS"),
    ])
    (OUT / "b05_nordvik_visitor_centre.docx").write_bytes(data)
    truth("b05_nordvik_visitor_centre.docx", "docx", "en", "2027-02-01", "Nordvik Seafood AS",
          ["Nordvik Seafood"], ["visitor centre", "Brandal", "office extension"], "2027-06-25",
          nok(780000, "ex"), "Brandal, Hareid", ["Brandal", "Hareid"],
          ["Concept design report", "Floor plans and sections at 1:200", "BIM model at LOD 200",
           "Four photorealistic 3D renderings", "Landscape concept for the arrival area and visitor parking"],
          note="Head office in Bergen, site in Brandal. Fixed price NOK 780,000 ex VAT. Landscape concept fits "
               "Feb-March or June.")

    # b06 -- Dutch-owned firm, single mail, "within six weeks of this order" from the mail date
    eml("b06_brimstad_office_fitout.eml",
        "Joost van der Meer <j.vandermeer@brimstad.example>", "Hanna Liavåg <hanna@fjordlys.example>",
        "Order: office fit-out Keiser Wilhelms gate 20", "2027-02-15 08:31", """
Dear Hanna,

Thank you for the meeting last Thursday and for your proposal. Please consider this e-mail our formal
order.

As discussed, Brimstad Offshore Services will move its Ålesund team (45 people) into the 3rd floor of
Keiser Wilhelms gate 20 in the autumn. From your side we need:

  * a space plan with workstations, meeting rooms and a quiet zone
  * a furniture layout including reuse of our existing desks where possible
  * material and colour scheme
  * a tender package for the fit-out contractor

Everything must be delivered within six weeks of this order, so our landlord can start the tender.

The budget is capped at NOK 290 000 including VAT. Invoices to our accounts payable in Rotterdam, ref.
PO 4500-2271.

Best regards,

Joost van der Meer
Regional Operations Director
Brimstad Offshore Services B.V.
Wilhelminakade 91, 3072 AP Rotterdam, The Netherlands
""")
    truth("b06_brimstad_office_fitout.eml", "eml", "en", "2027-02-15", "Brimstad Offshore Services B.V.",
          ["Brimstad Offshore Services", "Brimstad"], ["fit-out", "office", "Keiser Wilhelms"], "2027-03-29",
          nok(290000, "incl"), "Keiser Wilhelms gate 20, Ålesund", ["Keiser Wilhelms gate 20", "Keiser Wilhelms"],
          ["Space plan", "Furniture layout", "Material and colour scheme", "Tender package for the fit-out contractor"],
          budget_accept=ex(290000), deadline_accept=["2027-03-26"],
          note="Six weeks from the order mail of Mon 2027-02-15 = 2027-03-29 (Friday 03-26 accepted). Budget incl. "
               "VAT. Sender in Rotterdam, site in Ålesund.")

    # b07 -- internal forward of a developer's request for a zoning plan
    eml("b07_fwd_vigra_eiendom_roald.eml",
        "Per Arne Vik <perarne@fjordlys.example>", "Ingrid Vestre <ingrid@fjordlys.example>",
        "VS: Detaljregulering næringsområde Roald", "2027-02-08 07:52", """
Hei Ingrid,

se under. Vigra Eiendom ringte meg fredag også – de er seriøse og har tomta klar. Kan du sette opp en
plan og bemanning? Olav bør nok ta reguleringen, Sunniva er opptatt med Brattvåg-prosjektet i vår.

PA

---------- Videresendt melding ----------
Fra: Håkon Roald <hakon@vigraeiendom.example>
Dato: fre. 5. feb. 2027 kl. 14:20
Emne: Detaljregulering næringsområde Roald
Til: Per Arne Vik <perarne@fjordlys.example>

Hei Per Arne,

som nevnt på telefon ønsker Vigra Eiendom AS å regulere ca. 40 dekar til næring og lager på Roald i
Giske kommune, mellom fylkesvegen og flyplassgjerdet. Oppstartsmøte med kommunen var 20. januar, og
referatet ligger ved.

Vi ønsker at dere utarbeider planforslaget, dvs. plankart, reguleringsbestemmelser og planbeskrivelse.
I tillegg kreves ROS-analyse og en illustrasjonsplan som viser bebyggelse, grøntdrag og
terrengbehandling.

Planforslaget må være sendt inn til kommunen senest 1. juni 2027, ellers mister vi en leietaker.

Vi har satt av 600 000 kroner eks. mva. til dette.

Mvh
Håkon Roald
Daglig leder, Vigra Eiendom AS
Postboks 44, 6001 Ålesund
""")
    truth("b07_fwd_vigra_eiendom_roald.eml", "eml", "nb", "2027-02-08", "Vigra Eiendom AS",
          ["Vigra Eiendom"], ["Roald", "regulering", "næringsområde"], "2027-06-01",
          nok(600000, "ex"), "Roald, Giske", ["Roald", "Giske"],
          ["Plankart", "Reguleringsbestemmelser", "Planbeskrivelse", "ROS-analyse", "Illustrasjonsplan"],
          note="Internal forward: the client is Vigra Eiendom AS (P.O. box in Ålesund), not the colleague. "
               "Senest 1. juni 2027.")

    # b08 -- short mail with a PDF brief attached (church council)
    att = pdf_bytes("""
<h1>Ulstein kirkegård – ny seremonibygning og utvidelse av gravplass</h1>
<p>Oppdragsgiver: <b>Ulstein kirkelige fellesråd</b>, Kyrkjegata 5, 6065 Ulsteinvik<br/>
Dato: 26.02.2027</p>
<h2>Beskrivelse</h2>
<p>Fellesrådet planlegger en ny seremonibygning (ca. 180 m²) med seremonirom for 120 personer og
kjølerom, samt utvidelse av gravplassen mot nord med ca. 400 nye gravsteder og ny parkeringsplass
for 40 biler.</p>
<h2>Oppdragets omfang</h2>
<ul>
<li>Skisseprosjekt for seremonibygningen</li>
<li>Landskapsplan for utvidelse av gravplassen, inkludert gangveier og beplantning</li>
<li>Parkeringsløsning med trafikksikker adkomst fra Holsekerdalsvegen</li>
<li>Rammesøknad til Ulstein kommune</li>
</ul>
<h2>Frister og økonomi</h2>
<p>Prosjektet skal være ferdig prosjektert og rammesøknad sendt senest 24.09.2027.
Kostnadsramme rådgivning: kr 1,1 mill. inkl. mva.</p>
""")
    eml("b08_ulstein_kirkegard.eml",
        "Gunnhild Eiksund <gunnhild.eiksund@ulstein.kirken.example>", "post@fjordlys.example",
        "Oppdrag: seremonibygning og gravplass, Ulstein", "2027-03-01 11:05", """
Hei,

viser til samtale med Ingrid Vestre. Vedlagt ligger beskrivelsen av oppdraget for ny seremonibygning og
utvidelse av gravplassen ved Ulstein kirkegård. Fellesrådet vedtok oppstart i møtet 25. februar.

Gi gjerne beskjed om dere har spørsmål.

Vennlig hilsen
Gunnhild Eiksund
kirkeverge
""", attachments=[("Ulstein_kirkegard_oppdragsbeskrivelse.pdf", att, "application/pdf")])
    truth("b08_ulstein_kirkegard.eml", "eml+pdf", "nb", "2027-03-01", "Ulstein kirkelige fellesråd",
          ["Ulstein kirkelig fellesråd"], ["seremonibygning", "gravplass", "kirkegård"], "2027-09-24",
          nok(1100000, "incl"), "Ulstein kirkegård, Ulsteinvik", ["Ulstein kirkegård", "Ulsteinvik"],
          ["Skisseprosjekt for seremonibygningen", "Landskapsplan for utvidelse av gravplassen",
           "Parkeringsløsning med trafikksikker adkomst", "Rammesøknad"],
          budget_accept=ex(1100000),
          note="All facts are in the attached PDF. 'kr 1,1 mill. inkl. mva' = 1 100 000 incl. VAT.")

    # b09 -- Scottish client, mail with a DOCX brief attached, numbered list, GBP, end of Q2
    att = docx_bytes([
        ("h", "Hjørundfjord Eco-Cabins – Architectural Brief"),
        ("p", "Client: Highland & Fjord Retreats Ltd, 14 Dublin Street, Edinburgh EH1 3PP, Scotland"),
        ("p", "Site: former orchard at Sæbø, Hjørundfjord (Ørsta municipality), approx. 11 decares sloping to the fjord."),
        ("h2", "Services required"),
        ("n", "Site analysis covering sun, wind, views, access and existing trees."),
        ("n", "Masterplan for six eco-cabins, a shared sauna and a small car park."),
        ("n", "Design of a cabin prototype (approx. 45 m²) in timber, with plans, sections and elevations."),
        ("n", "Sustainability strategy with a materials and carbon assessment."),
        ("n", "Planning application to Ørsta municipality."),
        ("h2", "Budget and programme"),
        ("p", "Our fee budget for the architectural work is GBP 85,000 excluding VAT. Completion of all the above by "
              "end of Q2 2027, so that construction can be procured over the summer."),
    ])
    eml("b09_hjorundfjord_cabins.eml",
        "Fiona MacLeod <fiona@highlandfjord.example>", "Tor Inge Ulstein <toringe@fjordlys.example>",
        "Eco-cabins at Sæbø – brief attached", "2027-03-08 16:40", """
Hi Tor Inge,

Lovely to speak yesterday. As promised, please find our brief attached. We'd be delighted if Fjordlys
could take this on – the board signed off on Friday, so you may start straight away.

Shout if anything's unclear.

Cheers,
Fiona

Fiona MacLeod
Director, Highland & Fjord Retreats Ltd
""", attachments=[("Saebo_brief_v2.docx", att,
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    truth("b09_hjorundfjord_cabins.eml", "eml+docx", "en", "2027-03-08", "Highland & Fjord Retreats Ltd",
          ["Highland and Fjord Retreats", "Highland & Fjord Retreats"], ["cabin", "Sæbø", "Hjørundfjord"],
          "2027-06-30", {"amount": 85000, "currency": "GBP", "vat": "ex"}, "Sæbø, Hjørundfjord",
          ["Sæbø", "Saebo", "Hjørundfjord"],
          ["Site analysis", "Masterplan for six eco-cabins", "Design of a cabin prototype",
           "Sustainability strategy with materials and carbon assessment", "Planning application"],
          note="Brief in the attached DOCX; client in Edinburgh. 'end of Q2 2027' = 2027-06-30. GBP.")

    # b10 -- plain text nb, "før fellesferien" with the closing week given
    txt("b10_moa_tannklinikk.txt", """
OPPDRAGSBESKRIVELSE

Oppdragsgiver: Moa Tannklinikk AS v/ daglig leder Elin Myklebust
Kontaktadresse: Postboks 7712 Spjelkavik, 6022 Ålesund
Dato: 15.03.2027

Vi har leid nye lokaler i 1. etasje i Langelandsvegen 17 på Moa (tidligere butikk, ca. 420 m²) og skal
flytte klinikken dit i høst. Lokalene må bygges om fra butikk til tannklinikk.

Vi ber Fjordlys om:
  – ny planløsning med 7 behandlingsrom, sterilsentral, venterom og personalrom
  – interiørkonsept (farger, materialer, belysning i venterommet)
  – vurdering av universell utforming, spesielt inngang og toalett
  – søknad om bruksendring fra forretning til helseformål

Tidsramme: Alt må være klart før fellesferien. Vi stenger klinikken fra og med uke 28, og håndverkerne
starter da.

Økonomi: maks 400 000 + mva.

Elin Myklebust
""")
    truth("b10_moa_tannklinikk.txt", "txt", "nb", "2027-03-15", "Moa Tannklinikk AS", ["Moa Tannklinikk"],
          ["tannklinikk", "Moa", "ombygging"], "2027-07-09", nok(400000, "ex"), "Langelandsvegen 17, Moa",
          ["Langelandsvegen 17", "Langelandsvegen", "Moa"],
          ["Planløsning med behandlingsrom, sterilsentral, venterom og personalrom", "Interiørkonsept",
           "Vurdering av universell utforming", "Søknad om bruksendring"],
          deadline_accept=["2027-07-11"],
          note="'før fellesferien', closing from week 28 -> Friday of week 27 = 2027-07-09 (Sunday 07-11 accepted). "
               "'maks 400 000 + mva' = ex VAT.")

    # b11 -- English thread; the newest message drops the landscape concept and brings the date forward
    eml("b11_blue_harbour_hessa.eml",
        "Oliver Pryce <oliver.pryce@blueharbour.example>", "Magnus Brudevoll <magnus@fjordlys.example>",
        "RE: Hessa waterfront – feasibility study", "2027-03-04 13:12", """
Magnus,

Quick update after our investment committee this morning:

1. Please drop the landscape concept for now – we will commission that in phase 2 if the scheme goes
   ahead.
2. The committee now meets on 20 April, so we need your material by Friday 16 April at the latest
   instead of 30 April. Sorry for the squeeze.

Everything else as in my first mail, fee unchanged.

Regards,
Oliver

Oliver Pryce | Development Manager | Blue Harbour Properties Ltd
30 St Mary Axe, London EC3A 8BF

-----Original Message-----
From: Oliver Pryce
Sent: Monday, 1 March 2027 10:02
To: Magnus Brudevoll
Subject: Hessa waterfront – feasibility study

Dear Magnus,

Blue Harbour Properties has an option on the former boatyard plot at Hessa, Ålesund, and we would like
Fjordlys to test how many apartments the site can take (our guess is 60–80 units).

Scope:
- feasibility study report with area schedule
- 3D massing model
- sun and shadow study for the neighbouring houses
- landscape concept for the waterfront promenade
- planning initiative (planinitiativ) for the start-up meeting with the municipality

Fee: NOK 420,000 ex VAT. Deadline 30 April 2027.

Kind regards,
Oliver Pryce
""")
    truth("b11_blue_harbour_hessa.eml", "eml", "en", "2027-03-04", "Blue Harbour Properties Ltd",
          ["Blue Harbour Properties", "Blue Harbour"], ["Hessa", "feasibility"], "2027-04-16",
          nok(420000, "ex"), "Hessa, Ålesund", ["Hessa"],
          ["Feasibility study report with area schedule", "3D massing model", "Sun and shadow study",
           "Planning initiative for the start-up meeting"],
          dropped=["Landscape concept for the waterfront promenade"],
          note="Newest message: landscape concept dropped, deadline 30 April -> Friday 16 April 2027. "
               "Client in London, site at Hessa.")

    # b12 -- INFEASIBLE (missing skill): water/sewer and stormwater engineering, formal English PDF
    html = """
<h1>Request for Proposal</h1>
<h2>Stormwater and water/sewer master plan – Tafjord Industrial Park</h2>
<p>Issued by: <b>Tafjord Industrial Park AS</b>, Kraftverksvegen 2, 6213 Tafjord<br/>
Date of issue: 26 February 2027 &nbsp; RFP no. TIP-2027-04</p>
<h2>1. Purpose</h2>
<p>The park is expanding by 25,000 m² of industrial floor space. The municipality (Fjord kommune) requires a
water and sewer master plan (VA-rammeplan) and documented stormwater capacity before the zoning plan can be
processed. The existing pipe network dates from the 1960s and its capacity is unknown.</p>
<h2>2. Scope of services</h2>
<p>The consultant shall:</p>
<p>(i) build a hydraulic model of the existing water and sewer network and calibrate it against flow measurements;<br/>
(ii) prepare the water and sewer master plan (VA-rammeplan) for the expansion, including fire water supply;<br/>
(iii) carry out stormwater calculations for a 200-year rain with climate factor 1.4, incl. sizing of retention;<br/>
(iv) prepare a flood risk assessment for the Tafjord river along the park.</p>
<h2>3. Time and budget</h2>
<p>Contract award 8 March 2027. Final deliverables no later than 1 June 2027. Budget NOK 650,000 excl. VAT.</p>
<p>Qualification: the consultant must document experience with hydraulic modelling (e.g. MIKE URBAN, EPANET).</p>
"""
    (OUT / "b12_tafjord_va_rammeplan.pdf").write_bytes(pdf_bytes(html))
    truth("b12_tafjord_va_rammeplan.pdf", "pdf", "en", "2027-03-08", "Tafjord Industrial Park AS",
          ["Tafjord Industrial Park"], ["stormwater", "water", "VA", "Tafjord"], "2027-06-01",
          nok(650000, "ex"), "Tafjord Industrial Park, Tafjord", ["Tafjord"],
          ["Hydraulic model of the existing water and sewer network", "Water and sewer master plan (VA-rammeplan)",
           "Stormwater calculations with sizing of retention", "Flood risk assessment"],
          feasible=False,
          note="INFEASIBLE: pure water/sewer, hydraulic and flood engineering (VA, hydrology) – nobody in the "
               "team has such a skill (architecture, landscape, zoning, interior, BIM, ... only). Items numbered "
               "with roman numerals (i-iv). Award 8 March -> start 2027-03-08.")

    # b13 -- DOCX with a deliverables table, deadline in weeks, no budget
    data = docx_bytes([
        ("h", "Ombygging av skjermet avdeling – Giske omsorgssenter"),
        ("p", "Oppdragsgiver: Giske kommune, Helse og omsorg / Teknisk drift"),
        ("p", "Sted: Giske omsorgssenter, Valderøya"),
        ("p", "Kontakt: enhetsleder Bjørn Ove Giske, Rådhuset, Valderhaugstrand 7, 6050 Valderøya"),
        ("p", "Dato: 22.03.2027"),
        ("h2", "Bakgrunn"),
        ("p", "Avdelingen for personer med demens (12 beboere) skal bygges om slik at den blir oversiktlig og rolig, "
              "og får direkte utgang til en skjermet sansehage."),
        ("h2", "Leveranser"),
        ("t", [["Nr.", "Leveranse", "Merknad"],
               ["1", "Romprogram", "Utarbeides i samarbeid med personalet"],
               ["2", "Interiørplan for fellesareal og beboerrom", "Møblering og orienteringshjelp"],
               ["3", "Sansehage", "Landskapsplan med beplantning, sløyfe-gangsti og benker"],
               ["4", "Fargesetting", "Kontrastbruk etter universell utforming"],
               ["5", "Rammesøknad", "Inkl. nabovarsel"]]),
        ("h2", "Fremdrift"),
        ("p", "Oppstart straks. Siste leveranse skal foreligge i uke 35, slik at byggearbeidene kan starte før jul."),
        ("p", "Honorar avtales etter tilbud; kommunen har ikke fastsatt noen ramme ennå."),
    ])
    (OUT / "b13_giske_omsorgssenter.docx").write_bytes(data)
    truth("b13_giske_omsorgssenter.docx", "docx", "nb", "2027-03-22", "Giske kommune",
          ["Giske kommune, Helse og omsorg"], ["omsorgssenter", "skjermet avdeling", "ombygging"], "2027-09-03",
          None, "Giske omsorgssenter, Valderøya", ["Giske omsorgssenter", "Valderøya"],
          ["Romprogram", "Interiørplan for fellesareal og beboerrom", "Sansehage med landskapsplan",
           "Fargesetting", "Rammesøknad"],
          note="Deliverables in a table. 'i uke 35' = Friday 2027-09-03. No budget (null).")

    # b14 -- INFEASIBLE (timeline): full preliminary design for 42 flats in three working days
    eml("b14_brosundet_bolig_kipervik.eml",
        "Rune Hatlehol <rune@brosundetbolig.example>", "post@fjordlys.example",
        "HASTER: forprosjekt Kipervikgata 12 til fredag", "2027-02-03 07:12", """
Hei,

vi har fått bankmøte fredag 5. februar kl. 12.00 om finansiering av boligprosjektet i Kipervikgata 12 i
Ålesund sentrum (42 leiligheter, 5 etasjer, næring på gateplan). Banken krever et komplett forprosjekt,
og den forrige arkitekten vår har trukket seg.

Vi trenger til fredag kl. 12:
1. full BIM-modell (arkitekt) av bygget
2. plan-, snitt- og fasadetegninger for alle etasjer
3. seks 3D-visualiseringer
4. ferdig rammesøknad med alle vedlegg, nabovarsel sendt
5. leilighetsoversikt med BRA per enhet

Vi har ingenting fra før utover tomtekart og reguleringsplan. Vi betaler godt: kr 900 000 eks mva.

Rune Hatlehol
Brosundet Bolig AS
Apotekergata 3, 6004 Ålesund
""")
    truth("b14_brosundet_bolig_kipervik.eml", "eml", "nb", "2027-02-03", "Brosundet Bolig AS", ["Brosundet Bolig"],
          ["Kipervikgata", "forprosjekt"], "2027-02-05", nok(900000, "ex"), "Kipervikgata 12, Ålesund",
          ["Kipervikgata 12", "Kipervikgata"],
          ["BIM-modell av bygget", "Plan-, snitt- og fasadetegninger", "Seks 3D-visualiseringer",
           "Rammesøknad med alle vedlegg og nabovarsel", "Leilighetsoversikt med BRA per enhet"],
          feasible=False,
          note="INFEASIBLE: a full preliminary design for 42 flats from scratch plus a complete framework "
               "application is many hundreds of hours; Wed 3 Feb to Fri 5 Feb 12:00 is 2.5 working days "
               "(about 72 h of architecture capacity in the whole team). Budget 900 000 ex VAT.")

    # b15 -- INFEASIBLE (booked): landscape-only job while all landscape architects are fully booked
    eml("b15_fjordkunst_sculpture_park.eml",
        "Ingeborg Lunde <ingeborg@fjordkunst.example>", "Sunniva Hjelle <sunniva@fjordlys.example>",
        "Sculpture park at Stordal – landscape design", "2027-03-30 15:26", """
Dear Sunniva,

The Fjordkunst Foundation has now received the grant from Sparebankstiftelsen, so we can proceed with
the sculpture park by the fjord in Stordal. The contract can be signed on Monday 5 April, and work
should start that day.

We need the following landscape design work:
- a landscape masterplan for the 3.5 hectare park
- a planting plan with native species
- path and lighting layout along the shore
- detailed landscape drawings and descriptions for the contractor tender

Because the contractor must start on 1 June, everything has to be delivered no later than 14 May 2027.
The budget is NOK 380,000 excl. VAT.

Our board is very keen that your team does this, since you know the site from the competition.

Warm regards,
Ingeborg Lunde
Project Director, Fjordkunst Foundation
Øvre Slottsgate 8, 0157 Oslo
""")
    truth("b15_fjordkunst_sculpture_park.eml", "eml", "en", "2027-04-05", "Fjordkunst Foundation",
          ["Fjordkunst", "Stiftelsen Fjordkunst"], ["sculpture park", "Stordal", "landscape"], "2027-05-14",
          nok(380000, "ex"), "Stordal", ["Stordal"],
          ["Landscape masterplan", "Planting plan with native species", "Path and lighting layout",
           "Detailed landscape drawings and descriptions for the contractor tender"],
          feasible=False,
          note="INFEASIBLE: pure landscape work 5 April - 14 May 2027, while all three landscape architects "
               "(Sunniva Hjelle, Marte Giske, Leah Brandal) are booked at their full hours 2027-04-05..2027-05-28.")

    # b16 -- plain text English, numbered list, "no later than 1 March", incl. VAT
    txt("b16_international_school_warehouse.txt", """
ÅLESUND INTERNATIONAL SCHOOL
Fremmerholen 3, 6008 Ålesund

Ref.: AIS/FAC/27-01                                                     4 January 2027

To: Fjordlys Arkitekter og Landskap AS

REQUEST: CONVERSION OF WAREHOUSE TO SPORTS HALL, NEDRE STRANDGATE 41

The Board of Ålesund International School has leased the former fish warehouse at Nedre Strandgate 41
and intends to convert it into a small sports hall with changing rooms. We kindly ask you to provide
the following services:

  1. Measured survey and as-built drawings of the existing building
  2. Concept design for the conversion, incl. changing rooms and a climbing wall
  3. Universal design assessment
  4. Application for change of use to the municipality

The application must be submitted no later than 1 March 2027, as the lease agreement depends on it.

Budget: NOK 240,000 incl. VAT.

Please confirm by return whether you can start on Monday 11 January.

Yours faithfully,

Dr. Amrita Sen
Head of School
""")
    truth("b16_international_school_warehouse.txt", "txt", "en", "2027-01-11", "Ålesund International School",
          ["Aalesund International School"], ["warehouse", "sports hall", "conversion"], "2027-03-01",
          nok(240000, "incl"), "Nedre Strandgate 41, Ålesund", ["Nedre Strandgate 41", "Nedre Strandgate"],
          ["Measured survey and as-built drawings", "Concept design for the conversion",
           "Universal design assessment", "Application for change of use"],
          budget_accept=ex(240000),
          note="School address differs from the site. Start Monday 11 January as proposed. Incl. VAT.")

    # b17 -- nb thread; later reply moves the deadline EARLIER; "kr 350' eks. mva"
    eml("b17_sykkylven_naeringshage.eml",
        "Marit Tynes <marit@sykkylvennh.example>", "Jonas Aarseth <jonas@fjordlys.example>",
        "SV: Ny fasade og inngangsparti – Sykkylven Næringshage", "2027-04-20 12:40", """
Hei Jonas,

beklager, men styret har flyttet møtet sitt fram. Vi må derfor ha materialet senest 4. juni, ikke 18.
juni som jeg skrev sist. Innholdet er det samme.

Mvh Marit

Marit Tynes
daglig leder, Sykkylven Næringshage AS
Kyrkjevegen 4, 6230 Sykkylven

Fra: Jonas Aarseth <jonas@fjordlys.example>
Sendt: tirsdag 13. april 2027 09:30
Til: Marit Tynes
Emne: SV: Ny fasade og inngangsparti – Sykkylven Næringshage

Hei Marit, takk – vi bekrefter oppdraget og starter opp mandag 19. april. Mvh Jonas

Fra: Marit Tynes <marit@sykkylvennh.example>
Sendt: mandag 12. april 2027 14:02
Til: Jonas Aarseth
Emne: Ny fasade og inngangsparti – Sykkylven Næringshage

Hei,

som avtalt i møtet ønsker vi at Fjordlys tar oppdraget med ny fasade og inngangsparti på næringshagen i
Sykkylven. Vi ser for oss:

  • fasadestudie med tre alternativer
  • tegninger av valgt alternativ
  • visualiseringer til styret og leietakerne
  • søknad om tillatelse for fasadeendringen

Leveranse senest 18. juni. Rammen er kr 350' eks. mva.

Mvh Marit Tynes
""")
    truth("b17_sykkylven_naeringshage.eml", "eml", "nb", "2027-04-20", "Sykkylven Næringshage AS",
          ["Sykkylven Næringshage"], ["fasade", "inngangsparti", "Sykkylven"], "2027-06-04",
          nok(350000, "ex"), "Sykkylven Næringshage, Sykkylven", ["Sykkylven"],
          ["Fasadestudie med tre alternativer", "Tegninger av valgt alternativ", "Visualiseringer",
           "Søknad om tillatelse for fasadeendring"],
          note="Newest message moves the deadline earlier: 18. juni -> 4. juni 2027. \"kr 350' eks. mva\" = 350 000.")

    # b18 -- PDF nb, prose enumeration, "levering i løpet av uke 11", "MNOK 1,2 inkl. mva"
    html = """
<h1>Sunnmøre Havn IKS</h1>
<p>Postboks 105, 6001 Ålesund</p>
<h2>Oppdragsbeskrivelse: Mulighetsstudie for ankomstområde og venteareal, Skansekaia</h2>
<p>Dato: 8. januar 2027</p>
<p>Cruisetrafikken til Ålesund har økt kraftig, og dagens ankomst på Skansekaia fungerer dårlig både for
busser, taxi og gående. Sunnmøre Havn IKS ønsker derfor en mulighetsstudie som grunnlag for politisk
behandling i representantskapet.</p>
<p>Oppdraget omfatter en stedsanalyse av kaiområdet og tilstøtende byrom, to konseptalternativer for et
nytt terminalbygg med venteareal for inntil 600 passasjerer, en landskapsplan for ankomstområdet med
busslommer og trygge gangforbindelser mot sentrum, samt illustrasjoner egnet for politisk behandling.</p>
<p>Oppstart mandag 11. januar. Levering i løpet av uke 11, slik at saken rekker representantskapets
møte i april.</p>
<p>Økonomisk ramme for rådgivertjenestene er MNOK 1,2 inkl. mva.</p>
<p>Kontaktperson: havnedirektør Knut Arild Fiskerstrand</p>
"""
    (OUT / "b18_skansekaia_cruise.pdf").write_bytes(pdf_bytes(html))
    truth("b18_skansekaia_cruise.pdf", "pdf", "nb", "2027-01-11", "Sunnmøre Havn IKS", ["Sunnmøre Havn"],
          ["Skansekaia", "mulighetsstudie", "ankomstområde", "cruise"], "2027-03-19",
          nok(1200000, "incl"), "Skansekaia, Ålesund", ["Skansekaia"],
          ["Stedsanalyse av kaiområdet", "To konseptalternativer for nytt terminalbygg",
           "Landskapsplan for ankomstområdet", "Illustrasjoner for politisk behandling"],
          budget_accept=ex(1200000),
          note="Prose enumeration. 'i løpet av uke 11' = Friday 2027-03-19. MNOK 1,2 incl. VAT.")

    # b19 -- DOCX nb, deadline relative to a contract date in the text, fixed fee
    data = docx_bytes([
        ("h", "Ombygging av foajé og kafé – Ørsta kulturhus"),
        ("p", "Oppdragsgiver: Ørsta Kulturhus KF, Postboks 38, 6151 Ørsta"),
        ("p", "Bygg: Ørsta kulturhus, Vikegata 2, Ørsta"),
        ("p", "Foajeen og kafeen er fra 1998 og oppleves som mørk og lite innbydende. Kulturhuset ønsker et lyst og "
              "fleksibelt rom som kan brukes til små konserter og utstillinger utenom forestillingene."),
        ("p", "Oppdraget omfatter følgende leveranser:"),
        ("p", "1) interiørkonsept med material- og fargepalett"),
        ("p", "2) møbleringsplan for foajé og kafé, med fleksibel scene"),
        ("p", "3) belysningsplan for foajeen"),
        ("p", "4) vurdering av universell utforming, særlig kafédisk og garderobe"),
        ("p", "5) tegningsgrunnlag for tilbudsforespørsel til entreprenør"),
        ("p", "Honorar: fastpris kr 310 000 ekskl. mva."),
        ("p", "Frist: Leveransen skal foreligge 8 uker etter kontraktsignering. Kontrakten signeres 1. februar 2027."),
        ("p", "Kontaktperson: kulturhussjef Ragnhild Bjørdal"),
    ])
    (OUT / "b19_orsta_kulturhus_foaje.docx").write_bytes(data)
    truth("b19_orsta_kulturhus_foaje.docx", "docx", "nb", "2027-02-01", "Ørsta Kulturhus KF", ["Ørsta Kulturhus"],
          ["foajé", "foaje", "kafé", "kulturhus"], "2027-03-29", nok(310000, "ex"), "Ørsta kulturhus, Vikegata 2, Ørsta",
          ["Ørsta kulturhus", "Vikegata 2", "Ørsta"],
          ["Interiørkonsept med material- og fargepalett", "Møbleringsplan for foajé og kafé", "Belysningsplan",
           "Vurdering av universell utforming", "Tegningsgrunnlag for tilbudsforespørsel"],
          deadline_accept=["2027-03-26"],
          note="8 weeks after contract signing on Mon 1 Feb 2027 = 2027-03-29 (Friday 03-26 accepted; both are "
               "Easter holidays in Norway, not modelled). Fixed price "
               "310 000 ex VAT. Items numbered '1)'.")

    # b20 -- nb single mail from a builder, no budget, "senest 30. april"
    eml("b20_hessen_bygg_emblem.eml",
        "Kjetil Hessen <kjetil@hessenbygg.example>", "Kristin Moldskred <kristin@fjordlys.example>",
        "Rekkehus Emblem – søknad", "2027-03-10 10:18", """
Hei Kristin

Tegningene fra arkitekten vår på de 12 rekkehusene på Emblem er ferdige, men vi har ikke kapasitet til
søknadsarbeidet selv. Kan dere ta:

- søknad om rammetillatelse
- nabovarsel
- dispensasjonssøknad for byggegrensen mot Emblemsvegen
- tilpasning av fasadetegningene til kommunens krav til høyder

Vi må ha søknaden inne senest 30. april. Pris tar vi på timer som vanlig.

Hilsen Kjetil
Hessen Bygg AS
Moaveien 91, 6018 Ålesund
""")
    truth("b20_hessen_bygg_emblem.eml", "eml", "nb", "2027-03-10", "Hessen Bygg AS", ["Hessen Bygg"],
          ["rekkehus", "Emblem"], "2027-04-30", None, "Emblem, Ålesund", ["Emblem"],
          ["Søknad om rammetillatelse", "Nabovarsel", "Dispensasjonssøknad for byggegrensen",
           "Tilpasning av fasadetegningene"],
          note="No budget (hourly). Builder's address at Moa, site at Emblem.")


# ---------------------------------------------------------------- team and history
LANDSCAPE_BLOCK = ("2027-04-05", "2027-05-28")

TEAM = [
    ("Ingrid Vestre", ["prosjektledelse", "arkitektur"], 37.5, [("2027-01-04", "2027-02-26", 10)]),
    ("Magnus Brudevoll", ["arkitektur", "BIM"], 37.5, [("2027-03-01", "2027-04-30", 15)]),
    ("Jonas Aarseth", ["arkitektur", "byggesak"], 37.5, []),
    ("Tor Inge Ulstein", ["arkitektur", "bærekraft"], 37.5, [("2027-02-01", "2027-03-31", 20)]),
    ("Sunniva Hjelle", ["landskap", "regulering"], 37.5, [(*LANDSCAPE_BLOCK, 37.5)]),
    ("Marte Giske", ["landskap", "visualisering"], 30, [(*LANDSCAPE_BLOCK, 30)]),
    ("Leah Brandal", ["landskap"], 37.5, [(*LANDSCAPE_BLOCK, 37.5), ("2027-07-12", "2027-08-06", 37.5)]),
    ("Olav Tennfjord", ["regulering", "prosjektledelse"], 30, [("2027-01-04", "2027-01-29", 10)]),
    ("Hanna Liavåg", ["interiør", "universell utforming"], 37.5, [("2027-07-12", "2027-08-06", 37.5)]),
    ("Selma Øye", ["interiør", "visualisering"], 30, []),
    ("Eirik Sætre", ["BIM", "visualisering"], 37.5, [("2027-06-01", "2027-06-30", 20)]),
    ("Kristin Moldskred", ["byggesak", "universell utforming"], 22.5, []),
    ("Per Arne Vik", ["prosjektledelse", "byggesak"], 30, [("2027-03-15", "2027-04-16", 10)]),
]

PAST = [  # project, [(task, skill, typical hours)]
    ("F-2401 Barnehage Spjelkavik", [("Skisseprosjekt", "arkitektur", 120), ("Utomhusplan", "landskap", 60),
                                     ("Rammesøknad", "byggesak", 30), ("Prosjektledelse", "prosjektledelse", 25)]),
    ("F-2402 Detaljregulering Blindheim", [("Plankart og bestemmelser", "regulering", 90),
                                           ("Planbeskrivelse", "regulering", 70), ("ROS-analyse", "regulering", 25),
                                           ("Illustrasjonsplan", "landskap", 40)]),
    ("F-2403 Kontor Notenesgata", [("Romprogram", "interiør", 20), ("Interiørkonsept", "interiør", 55),
                                   ("Møbleringsplan", "interiør", 35), ("Visualiseringer", "visualisering", 24)]),
    ("F-2404 Enebolig Hatlane", [("Skisser og planløsning", "arkitektur", 60), ("Fasadetegninger", "arkitektur", 25),
                                 ("Byggesøknad", "byggesak", 18)]),
    ("F-2405 Torget Ulsteinvik", [("Stedsanalyse", "landskap", 30), ("Landskapsplan", "landskap", 110),
                                  ("Belysningsplan uterom", "landskap", 30), ("Illustrasjoner", "visualisering", 30),
                                  ("Prosjektledelse", "prosjektledelse", 30)]),
    ("F-2406 Omsorgsboliger Hareid", [("Forprosjekt", "arkitektur", 220), ("BIM-modell", "BIM", 90),
                                      ("Universell utforming", "universell utforming", 30),
                                      ("Rammesøknad", "byggesak", 35)]),
    ("F-2407 Hytter Fjellseter", [("Skisser og planløsning", "arkitektur", 80), ("Situasjonsplan", "arkitektur", 14),
                                  ("3D-bilder", "visualisering", 20), ("Byggesøknad", "byggesak", 20)]),
    ("F-2408 Mulighetsstudie Moa sør", [("Volumstudie", "arkitektur", 70), ("Sol- og skyggestudie", "BIM", 16),
                                        ("Planinitiativ", "regulering", 30), ("Rapport", "arkitektur", 30)]),
    ("F-2409 Skolegård Brattvåg", [("Registrering", "landskap", 20), ("Forprosjekt landskap", "landskap", 130),
                                   ("Anbudsgrunnlag NS 3420", "landskap", 60),
                                   ("Universell utforming", "universell utforming", 20)]),
    ("F-2410 Butikk til klinikk Larsgården", [("Planløsning", "arkitektur", 40), ("Interiørkonsept", "interiør", 45),
                                              ("Søknad om bruksendring", "byggesak", 22)]),
    ("F-2411 Hotell Øye", [("Interiørkonsept restaurant", "interiør", 70), ("Hageplan", "landskap", 50),
                           ("Visualiseringer", "visualisering", 35), ("Universell utforming", "universell utforming", 18)]),
    ("F-2412 Næringsbygg Digernes", [("Skisseprosjekt", "arkitektur", 100), ("BIM-modell", "BIM", 70),
                                     ("Klimagassberegning", "bærekraft", 35), ("Rammesøknad", "byggesak", 30)]),
    ("F-2413 Fasade Kongens gate", [("Fasadestudie", "arkitektur", 45), ("Visualiseringer", "visualisering", 20),
                                    ("Søknad fasadeendring", "byggesak", 15)]),
    ("F-2414 Kapell Vatne", [("Skisseprosjekt", "arkitektur", 110), ("Landskapsplan gravplass", "landskap", 80),
                             ("Rammesøknad", "byggesak", 28), ("Prosjektledelse", "prosjektledelse", 30)]),
    ("F-2415 Områderegulering Ellingsøy", [("Plankart og bestemmelser", "regulering", 140),
                                          ("Planbeskrivelse", "regulering", 110), ("ROS-analyse", "regulering", 35),
                                          ("Medvirkning", "prosjektledelse", 40)]),
    ("F-2416 Kulturhus Volda foajé", [("Interiørkonsept", "interiør", 50), ("Møbleringsplan", "interiør", 30),
                                      ("Universell utforming", "universell utforming", 16)]),
    ("F-2417 Rekkehus Åse", [("Rammesøknad", "byggesak", 40), ("Nabovarsel", "byggesak", 8),
                             ("Dispensasjonssøknad", "byggesak", 16)]),
    ("F-2418 Turisthytter Norangsdalen", [("Stedsanalyse", "landskap", 25), ("Masterplan", "arkitektur", 60),
                                          ("Prototype hytte", "arkitektur", 90), ("Bærekraftsstrategi", "bærekraft", 40),
                                          ("Byggesøknad", "byggesak", 25)]),
]


def write_team_and_history():
    people = [{"name": n, "skills": s, "hours_per_week": h,
               "booked": [{"from": a, "to": b, "hours_per_week": x} for a, b, x in bk]} for n, s, h, bk in TEAM]
    (HERE / "team.json").write_text(json.dumps({"people": people}, ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")
    rng = random.Random(2027)
    rows = []
    for proj, tasks in PAST:
        for task, skill, typ in tasks:
            est = round(typ * rng.uniform(0.85, 1.2) * 2) / 2
            act = round(est * math.exp(rng.gauss(0.1, 0.2)) * 2) / 2
            rows.append([proj, task, skill, est, act])
    with open(HERE / "history.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["project", "task", "skill", "estimated_hours", "actual_hours"])
        w.writerows(rows)
    return len(rows)


def main():
    build()
    n = write_team_and_history()
    TRUTH.sort(key=lambda t: t["source"])
    (HERE / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in TRUTH),
                                      encoding="utf-8")
    print(f"{len(TRUTH)} assignments, {sum(len(t['deliverables']) for t in TRUTH)} deliverables, "
          f"{sum(not t['feasible'] for t in TRUTH)} infeasible, {len(TEAM)} people, {n} history rows")


if __name__ == "__main__":
    main()
