#!/usr/bin/env python3
"""Blind mail set C: Saltstraum Marine AS (boat yard and marine service, Bodø, ~60 staff).

Writes messages/001.eml..120.eml (shuffled), labels.csv, organization.json, known_domains.txt.
Standard library only; all texts are hand-written below. Everything is invented (IPs are
documentation ranges); altinn.no, brreg.no and nav.no appear as genuine public senders.
Run: python3 make_mail.py   (from this folder or anywhere)
"""
import csv
import json
import os
import random
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
DOM = 'saltstraummarine.no'
TZ = timezone(timedelta(hours=1))
rnd = random.Random(20261207)

ORG = {
    'name': 'Saltstraum Marine AS',
    'domain': DOM,
    'employees': [
        {'name': 'Tor Arne Pedersen', 'email': f'tor.arne.pedersen@{DOM}', 'role': 'Daglig leder'},
        {'name': 'Hilde Johansen', 'email': f'hilde.johansen@{DOM}', 'role': 'Økonomisjef'},
        {'name': 'Marius Eliassen', 'email': f'marius.eliassen@{DOM}', 'role': 'Verkstedleder'},
        {'name': 'Sunniva Berg', 'email': f'sunniva.berg@{DOM}', 'role': 'Salgssjef båt og utstyr'},
        {'name': 'Kenneth Olsen', 'email': f'kenneth.olsen@{DOM}', 'role': 'Innkjøp og lager'},
        {'name': 'Line Karlsen', 'email': f'line.karlsen@{DOM}', 'role': 'HR og kontor'},
        {'name': 'Postmottak', 'email': f'post@{DOM}', 'role': 'Felles postkasse'},
        {'name': 'Service', 'email': f'service@{DOM}', 'role': 'Felles postkasse verksted'},
        {'name': 'Faktura', 'email': f'faktura@{DOM}', 'role': 'Fakturamottak'},
        {'name': 'Salg', 'email': f'salg@{DOM}', 'role': 'Felles postkasse salg'},
    ],
}
KNOWN = ['marinegrossisten.no', 'penta-nord.no', 'kystlakk.no', 'nordhavn-stal.no', 'nordmotor-import.no',
         'lofothavbruk.no', 'saltenhavn.no', 'saltenkommunene.no', 'kystsparebank.no', 'salten-energi.no',
         'tallverk.no', 'nordlift-utleie.no']

P = {  # our people
    'tap': f'Tor Arne Pedersen <tor.arne.pedersen@{DOM}>', 'hj': f'Hilde Johansen <hilde.johansen@{DOM}>',
    'me': f'Marius Eliassen <marius.eliassen@{DOM}>', 'sb': f'Sunniva Berg <sunniva.berg@{DOM}>',
    'ko': f'Kenneth Olsen <kenneth.olsen@{DOM}>', 'lk': f'Line Karlsen <line.karlsen@{DOM}>',
    'post': f'Saltstraum Marine <post@{DOM}>', 'service': f'Service Saltstraum Marine <service@{DOM}>',
    'faktura': f'faktura@{DOM}', 'salg': f'Salg <salg@{DOM}>',
}

SIG_SB = """Med vennlig hilsen
Sunniva Berg
Salgssjef båt og utstyr
Saltstraum Marine AS | Rønvikveien 41, 8010 Bodø
Tlf 755 20 410 | www.saltstraummarine.no"""
SIG_ME = """mvh
Marius Eliassen
Verkstedleder, Saltstraum Marine AS
Mob 918 44 207"""

PDF = b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
JPG = b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9'
PNG = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde'
XLSX = b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml'
DOCX = b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml'
ZIP = b'PK\x03\x04\x14\x00\x00\x00\x08\x00invoice_scan.js'
EXE = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run in DOS mode.'
XML = b'<?xml version="1.0" encoding="UTF-8"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'

CT = {'pdf': 'application/pdf', 'jpg': 'image/jpeg', 'png': 'image/png', 'xml': 'application/xml',
      'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'zip': 'application/zip', 'exe': 'application/octet-stream', 'scr': 'application/octet-stream',
      'html': 'text/html', 'htm': 'text/html', 'csv': 'text/csv'}

M = []


def add(cat, lang, note, frm, subj, body, to=None, phish=0, auth='pass', html=None, html_only=False,
        atts=(), reply_to=None, headers=None, cc=None, raw=None):
    M.append(dict(cat=cat, lang=lang, note=note, frm=frm, subj=subj, body=body, to=to or P['post'], phish=phish,
                  auth=auth, html=html, html_only=html_only, atts=list(atts), reply_to=reply_to,
                  headers=headers or {}, cc=cc, raw=raw))


def dom_of(addr):
    return addr.split('@')[-1].rstrip('>').strip().lower()


def auth_header(frm, auth):
    d = dom_of(frm)
    if auth == 'pass':
        return f'mx1.{DOM}; spf=pass smtp.mailfrom={d}; dkim=pass header.d={d}; dmarc=pass header.from={d}'
    if isinstance(auth, tuple):
        spf, dkim, dmarc = auth
        return f'mx1.{DOM}; spf={spf} smtp.mailfrom={d}; dkim={dkim} header.d={d}; dmarc={dmarc} header.from={d}'
    return f'mx1.{DOM}; {auth}'


def html_of(text):
    paras = ''.join('<p>' + p.replace('\n', '<br>') + '</p>' for p in text.split('\n\n'))
    return f'<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{paras}</body></html>'


def build(m, when):
    msg = EmailMessage()
    frm_dom = dom_of(m['frm'])
    msg['Return-Path'] = '<bounce@' + frm_dom + '>' if '<' in m['frm'] else '<' + m['frm'] + '>'
    host = f'mail.{frm_dom}'
    if isinstance(m['auth'], tuple) and m['auth'][0] in ('fail', 'softfail', 'none'):
        host = f'vps{rnd.randint(100, 999)}.cheap-hosting.example'  # not the domain's own mail server
    msg['Received'] = (f'from {host} ({host} [203.0.113.{rnd.randint(2, 250)}]) by mx1.{DOM} '
                       if host != f'mail.{frm_dom}' else
                       f'from mail.{frm_dom} (mail.{frm_dom} [198.51.100.{rnd.randint(2, 250)}]) by mx1.{DOM} '
                       f'with ESMTPS id {rnd.getrandbits(40):010x}; {format_datetime(when)}')
    msg['Authentication-Results'] = auth_header(m['frm'], m['auth'])
    msg['From'] = m['frm']
    msg['To'] = m['to']
    if m['cc']:
        msg['Cc'] = m['cc']
    if m['reply_to']:
        msg['Reply-To'] = m['reply_to']
    msg['Subject'] = m['subj']
    msg['Date'] = format_datetime(when)
    msg['Message-ID'] = f'<{rnd.getrandbits(64):016x}.{when:%Y%m%d%H%M}@{frm_dom}>'
    for k, v in m['headers'].items():
        msg[k] = v
    if m['html_only']:
        msg.set_content(m['html'] or html_of(m['body']), subtype='html')
    else:
        msg.set_content(m['body'])
        if m['html']:
            msg.add_alternative(m['html'] if m['html'] is not True else html_of(m['body']), subtype='html')
    for name, data in m['atts']:
        ext = name.rsplit('.', 1)[-1].lower()
        ctype = CT.get(ext, 'application/octet-stream')
        if ctype.startswith('text/'):
            msg.add_attachment(data.decode('utf-8') if isinstance(data, bytes) else data,
                               subtype=ctype.split('/')[1], filename=name)
        else:
            mt, st = ctype.split('/')
            msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return msg


# =====================================================================================
# sales_inquiry (13)
# =====================================================================================
add('sales_inquiry', 'nb', 'phone-written, typos, no greeting; price for winter storage',
    'Rune Mikalsen <rune.mikalsen71@gmail.com>', 'opplag',
    """hei hva koster vinteropplag innendørs for en askeladden 25 fot ca 2,6 bred? og kan dere ta løft+spyling samtidig. trenger den opp før 1 des

rune
Sendt fra min iPhone""")
add('sales_inquiry', 'nb', 'web form relayed from our own site, Reply-To is the customer',
    f'Nettskjema <noreply@{DOM}>', 'Ny henvendelse fra kontaktskjema: Bunnstoff og polering',
    """Ny henvendelse fra saltstraummarine.no/kontakt

Navn: Elisabeth Strand
E-post: elisabeth.strand@outlook.com
Telefon: 480 13 772
Båt: Windy 31 Ghibli, 2008
Emne: Bunnstoff og polering

Melding:
Ønsker pris på sliping og ny bunnstoff (gjerne hard type), samt polering og voks av skroget før sesongen. Båten ligger i opplag hos dere allerede, plass 14 i hall B.

Samtykke til lagring: Ja""", to=P['salg'], reply_to='Elisabeth Strand <elisabeth.strand@outlook.com>', html=True)
add('sales_inquiry', 'en', 'foreign visiting sailor asking for price of haul-out and rig check next summer',
    'Jens Hoffmann <j.hoffmann@segelpost.de>', 'Haul-out and rig inspection in Bodø, July 2027?',
    """Dear Sir or Madam,

We are sailing our Hallberg-Rassy 372 (11.3 m, 7.5 t, deep keel 1.9 m) from Kiel to Lofoten next summer and expect to reach Bodø around 8-10 July 2027.

Could you give us an estimate for:
- haul-out, pressure wash and relaunch
- inspection of standing rigging (mast up) by a rigger
- replacement of the cutless bearing if necessary

Also, is it possible to stay on board while the boat is on the hard for two nights?

Kind regards,
Jens and Margit Hoffmann
SY "Seeschwalbe" """)
add('sales_inquiry', 'nb', 'existing customer (fish farm) asks for an offer on a service frame agreement; not yet an order',
    'Kari-Anne Hansen <kari-anne.hansen@lofothavbruk.no>', 'Forespørsel – serviceavtale for arbeidsbåter 2027',
    """Hei Sunniva,

Vi holder på å se over serviceavtalene våre for neste år. Kan dere gi et tilbud på årlig service for våre tre arbeidsbåter (Havørn 1, Havørn 2 og Lokkeskjær – alle med 2 x Volvo Penta D4, og hydraulisk kran på Havørn 1)?

Vi ønsker:
1. Fast pris per båt for årlig motorservice inkl. deler
2. Timepris for uforutsett arbeid, også utenom arbeidstid
3. Responstid ved driftsstans

Frist for tilbud er fredag 18. desember. Vi innhenter også tilbud fra andre verft.

Med hilsen
Kari-Anne Hansen
Driftsleder sjø, Lofot Havbruk AS
Tlf 902 55 118""", to=P['sb'])
add('sales_inquiry', 'nb', 'tender invitation from a public buyer (invitation, not award)',
    'Innkjøpskontoret Salten <innkjop@saltenkommunene.no>', 'Invitasjon til å gi tilbud – vedlikehold av kommunale redningsbåter 2027–2029 (sak 2026/4412)',
    """Til aktuelle leverandører

Saltenkommunenes innkjøpssamarbeid inviterer til åpen tilbudskonkurranse om vedlikehold og reparasjon av kommunenes 6 redningsbåter og 2 brannbåter, rammeavtale 2 + 1 + 1 år.

Konkurransegrunnlaget ligger i KGV-portalen under saksnummer 2026/4412. Spørsmål sendes gjennom portalen innen 4. januar 2027. Tilbudsfrist: 15. januar 2027 kl. 12:00.

Befaring av båtene kan avtales ved Bodø brannstasjon i uke 51.

Vennlig hilsen
Trude Aune
Rådgiver innkjøp, Saltenkommunenes innkjøpssamarbeid""", html=True)
add('sales_inquiry', 'nb', 'question inside a sales thread (asks to extend the offer); quoted Outlook history',
    'Geir Olav Nystad <geir.nystad@online.no>', 'SV: Tilbud motorbytte Rana 680',
    """Takk for tilbudet. Ser bra ut. Kan dere også ta med ny kalesje i samme slengen? Den gamle er morken. Hva blir totalen da? Og hvor lang leveringstid på kalesjen?

Geir Olav

Fra: Sunniva Berg <sunniva.berg@saltstraummarine.no>
Sendt: tirsdag 1. desember 2026 14:02
Til: Geir Olav Nystad <geir.nystad@online.no>
Emne: Tilbud motorbytte Rana 680

Hei Geir Olav,

Som avtalt på telefon: vedlagt tilbud på bytte av Mercury 115 til Yamaha F130, inkludert ny kontroll, ratt-kabel og propell. Pris kr 189 400 inkl. mva. Tilbudet gjelder i 30 dager.

""" + SIG_SB, to=P['sb'])
add('sales_inquiry', 'sv', 'Swedish private owner asking price for an engine replacement',
    'Anders Lindqvist <anders.lindqvist@telia.se>', 'Prisförfrågan motorbyte',
    """Hej!

Jag har en Nimbus 2600 som ligger i Bodø över vintern (min svärfar bor där). Motorn är en gammal Volvo Penta AQ 200 som börjar ge upp. Vad skulle det kosta att byta till en ny D2-75 med drev, inklusive montering? Ungefärligt pris räcker just nu.

Med vänliga hälsningar
Anders Lindqvist
Uppsala""")
add('sales_inquiry', 'nn', 'nynorsk; price for installing new electronics',
    'Olav Tvedt <olav.tvedt@bredband-nord.no>', 'Kva kostar kartplottar?',
    """Hei

Eg har ein Skibsplast 560 og vil gjerne få montert kartplottar med ekkolodd, helst Garmin eller Simrad, 9 tommar. Kva kostar det med montering, og kan de gjere det i januar medan båten står inne hjå dykk?

Helsing Olav Tvedt""")
add('sales_inquiry', 'en', 'charter company asking for a fleet price on winter storage (10 boats)',
    'Sofie Mathisen <sofie@arcticsailcharter.com>', 'Winter storage for our charter fleet – request for quote',
    """Hi,

Arctic Sail Charter operates 10 sailing yachts (34-45 ft) out of Svolvær. Our current storage contract ends in March and we are looking for a yard for the 2027/28 season.

Could you quote for:
- lift out / lift in, mast down and stored
- indoor storage for 6 boats, outdoor with cover for 4
- antifouling and engine winterisation as an option

A price per foot would be helpful. We can deliver the boats by sea in October.

Best regards,
Sofie Mathisen
Operations Manager, Arctic Sail Charter AS
+47 932 10 554""", html=True)
add('sales_inquiry', 'nb', 'existing customer but asks price for new equipment (sales, not support)',
    'Bjørnar Evjen <bjornar.evjen@hotmail.com>', 'baugpropell',
    """Hei Marius

Dere gjorde service på motoren min i vår og det har gått fint hele sommeren, takk for det.
Nå har kona bestemt at vi skal ha baugpropell :) Hva koster det å få montert en på en Sargo 31? Hun ligger i opplag hos dere så dere kan se på den.

Bjørnar""", to=P['me'])
add('sales_inquiry', 'nb', 'internal forward of a price request; forwards keep category',
    P['sb'], 'VS: Gelcoatskade – pris?',
    """Marius, kan du ta en titt på bildene og gi meg et grovt estimat i morgen? Han ønsker svar før helga.

S.

---------- Videresendt melding ---------
Fra: Henning Bakken <henning.bakken@gmail.com>
Dato: man. 30. nov. 2026 kl. 21:14
Emne: Gelcoatskade – pris?
Til: <salg@saltstraummarine.no>

Hei. Jeg traff en stein i Saltstraumen i høst og har en skade i gelcoaten på kjølen, ca 40 cm lang, ned til glassfiberen. Båten er en Bavaria 32. Hva vil det koste å få reparert dette? Bilder vedlagt.

Mvh Henning Bakken""", to=P['me'], atts=[('IMG_4471.jpg', JPG), ('IMG_4472.jpg', JPG)])
add('sales_inquiry', 'da', 'Danish buyer asking about a used boat we have for sale',
    'Mikkel Sørensen <mikkel.sorensen@mail.dk>', 'Jeres annonce: Nord Star 26 Patrol (2019)',
    """Hej

Jeg har set jeres annonce på Nord Star 26 Patrol fra 2019. Er båden stadig til salg? Hvad er jeres bedste pris, hvis jeg selv henter den i marts? Har I servicehistorik på motoren?

Venlig hilsen
Mikkel Sørensen
Svendborg""", to=P['salg'])
add('sales_inquiry', 'nb', 'HTML-only relay from a boat marketplace; buyer message about a listing',
    'Båtmarkedet <varsel@batmarked.no>', 'Ny melding om annonsen din: Ibiza 22 Touring 2015',
    None, html_only=True, to=P['salg'],
    html="""<html><body style="font-family:Arial"><table width="600"><tr><td style="background:#0a3d62;color:#fff;padding:12px"><b>Båtmarkedet</b></td></tr>
<tr><td style="padding:12px"><p>Hei Saltstraum Marine AS,</p><p>Du har fått en ny melding om annonsen <b>Ibiza 22 Touring 2015 – kr 329 000</b>:</p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">Hei, er det mulig å få en prøvetur før jul? Og tar dere inn båt i innbytte (Askeladden 18 fra 2004)? Hva kan dere gi for den? Hilsen Stian, 41 22 09 87</blockquote>
<p><a href="https://www.batmarked.no/meldinger/883192">Svar på meldingen</a></p><p style="color:#888;font-size:10px">Du får denne e-posten fordi du har en aktiv annonse på Båtmarkedet.</p></td></tr></table></body></html>""")

# =====================================================================================
# customer_support (13)
# =====================================================================================
add('customer_support', 'nb', 'angry warranty claim after our service; engine stops',
    'Frode Hanssen <frode.hanssen@gmail.com>', 'Motoren stopper – etter DERES service!!',
    """Hei

Hentet båten (Yamarin 63 DC, Yamaha F150) hos dere for tre uker siden etter full service. Siden da har motoren stoppet TO ganger ute på fjorden, sist i går i Mistfjorden med to barn om bord. Den gikk helt fint før service.

Jeg forventer at dette blir fikset på garanti og at dere henter båten. Dette er ikke greit.

Frode Hanssen
Tlf 412 77 903""", to=P['service'])
add('customer_support', 'nb', 'complaint that mentions the invoice; still support (about the work)',
    'Ragnhild Sæther <ragnhild.saether@lyse.net>', 'Ang. faktura 26-10455 og lekkasje',
    """Hei,

Jeg har mottatt faktura 26-10455 på kr 14 860 for bytte av impeller og vannpumpe. Problemet er at det fortsatt lekker kjølevann under motoren, akkurat som før. Jeg har lagt ved bilde.

Jeg betaler gjerne for arbeid som er gjort, men vil at dere ser på lekkasjen igjen først. Kan noen ringe meg?

Vennlig hilsen
Ragnhild Sæther""", to=P['service'], atts=[('lekkasje_motorrom.jpg', JPG)])
add('customer_support', 'en', 'documentation (manuals, FDV-like) after delivery of a new boat',
    'Paul Brennan <paul.brennan@brennan-consulting.ie>', 'Manuals for the boat delivered in October',
    """Hello Sunniva,

Thanks again for a smooth handover of the Nord Star 31 in October. We have been enjoying her.

I cannot find the manuals for the diesel heater (Webasto) and the chart plotter, and the warranty card for the engine seems to be missing from the folder. Could you send PDFs, and confirm that the engine warranty has been registered in my name?

Best,
Paul""", to=P['sb'])
add('customer_support', 'nb', 'purring chasing an open service case (not an invoice reminder)',
    'Kjell Ivar Rønning <kjellivar@ronning.as>', 'Purring: sak 26-1187 baugpropell',
    """Hei igjen

Jeg sendte mail for to uker siden om at baugpropellen dere monterte i august har sluttet å virke (sak 26-1187). Har ikke hørt noe. Kan dere gi meg en status?

Kjell Ivar Rønning
Rønning Transport AS""", to=P['service'])
add('customer_support', 'nb', 'business customer: repaired crane leaking again, urgent',
    'Vidar Kristoffersen <vidar.kristoffersen@lofothavbruk.no>', 'Kran Havørn 1 lekker igjen',
    """Marius,

Kranen på Havørn 1 som dere byttet slanger på i forrige uke lekker hydraulikkolje igjen ved svingkransen. Vi kan ikke bruke båten til fôring før det er fikset. Kan dere sende en mann ut til Kvalvika i morgen tidlig?

Vidar
Sendt fra Outlook for Android""", to=P['me'], cc=P['service'])
add('customer_support', 'nn', 'nynorsk; scratches after winter storage',
    'Synnøve Hauge <synnove.hauge@gmail.com>', 'Riper i skroget etter vinterlagring',
    """Hei

Båten min (Ørnvik 520) vart levert tilbake etter vinterlagringa hjå dykk i går, og no ser eg at det er fleire djupe riper på styrbord side som ikkje var der før. Eg har bilete frå då eg leverte ho. Korleis går vi fram med dette?

Helsing Synnøve Hauge""", to=P['service'])
add('customer_support', 'sv', 'Swedish customer asks for help with plotter software on a boat bought from us',
    'Maria Ek <maria.ek@bahnhof.se>', 'Problem med plottern',
    """Hej,

Vi köpte en Nord Star 24 av er förra året. Nu visar plottern (Simrad NSS9) ett felmeddelande om att sjökorten inte är licensierade efter en uppdatering. Vet ni hur vi löser det, eller kan ni hjälpa oss att få en ny licens?

Tack på förhand!
Maria""", to=P['service'])
add('customer_support', 'nb', 'automatic alarm from a boat-monitoring system for a boat stored with us',
    'Båtvakt Alarm <alarm@batvakt.no>', 'ALARM: Lensepumpe aktiv 14 ganger siste døgn – «Havfruen» (plass C-07)',
    """Båtvakt – alarmvarsel

Båt: Havfruen (Marex 310)
Eier: Jan Erik Vold
Lokasjon: Saltstraum Marine, utendørs opplag plass C-07
Hendelse: Lensepumpe aktivert 14 ganger siste 24 t (terskel 5)
Batterispenning: 11,9 V
Siste kontakt: 07.12.2026 05:42

Eier har registrert Saltstraum Marine som servicepartner. Sjekk båten snarest.

Dette er en automatisk melding fra Båtvakt.""", to=P['service'])
add('customer_support', 'nb', 'terse, angry-ish: boat not launched as agreed; service delivery',
    'Tommy Lie <tommylie@icloud.com>', 'sjøsetting??',
    """Båten står fortsatt på land. Skulle vært sjøsatt i går?? Ring meg

Sendt fra min iPhone""", to=P['service'])
add('customer_support', 'en', 'reply to our service report; problem persists; English quoting',
    'Lars Hendriksen <lars.hendriksen@gmail.com>', 'Re: Service report – Sealine S28',
    """Hi Marius,

Thanks for the report. Unfortunately the starboard engine still runs rough at idle, same as before you replaced the injectors. Could you take another look before you bill the rest?

Lars

On Thu, 3 Dec 2026 at 15:20, Marius Eliassen <marius.eliassen@saltstraummarine.no> wrote:
> Hi Lars,
>
> The work on your Sealine S28 is done: injectors replaced on the starboard
> engine, new fuel filters on both, test run 40 min OK.
> Boat is back at the guest pier.
>
> """ + SIG_ME.replace('\n', '\n> '), to=P['me'])
add('customer_support', 'nb', 'damage during crane lift at our yard; customer asks how to proceed (support, not legal)',
    'Marit Sørlie <marit.sorlie@sorlie.no>', 'Skade på båten etter løft',
    """Hei

Da båten vår ble løftet ut forrige fredag, så jeg at stroppen lå over loggen. Nå ser jeg at loggføleren er knekt og det er en sprekk rundt gjennomføringen. Hvordan går vi fram – skal jeg melde det til mitt forsikringsselskap eller tar dere det?

Vennlig hilsen
Marit Sørlie""", to=P['service'])
add('customer_support', 'nb', 'photo attachment; warranty question on anodes after our service',
    'Even Kolstad <even.kolstad@altibox.no>', 'Anoder spist opp etter 4 mnd?',
    """Hei, se bilde. Dere byttet anodene på drevet i juni, og nå er de nesten borte. Er det normalt, eller er det noe galt med jordingen? Dekkes det av garantien?

mvh Even""", to=P['service'], atts=[('anode_drev.png', PNG)])
add('customer_support', 'da', 'Danish: complaint on an outboard motor bought from us',
    'Henrik Møller <henrik.moller@jubii.dk>', 'Reklamation – Yamaha F40',
    """Hej

Jeg købte en Yamaha F40 hos jer i august, da vi var på ferie i Nordland. Motoren har nu problemer med at starte, og tomgangen er meget ustabil. Kan jeg reklamere over jer, eller skal jeg kontakte en dansk forhandler?

Med venlig hilsen
Henrik Møller""", to=P['post'])

# =====================================================================================
# invoice (13)
# =====================================================================================
add('invoice', 'nb', 'PDF invoice from a known wholesaler with KID',
    'Marinegrossisten AS <faktura@marinegrossisten.no>', 'Faktura 4410982 fra Marinegrossisten AS',
    """Hei,

Vedlagt følger faktura 4410982.

Beløp: kr 38 412,50
Forfall: 21.12.2026
KID: 4410982005
Konto: 4520 11 87342

Med vennlig hilsen
Marinegrossisten AS – Regnskap""", to=P['faktura'], atts=[('Faktura_4410982.pdf', PDF)])
add('invoice', 'nb', 'EHF notice from an access point, XML + PDF attached',
    'EHF Mottak <noreply@ehf-aksess.no>', 'Ny EHF-faktura fra Penta Nord AS (fakturanr 88214)',
    """Du har mottatt en elektronisk faktura (EHF 3.0).

Avsender: Penta Nord AS (org.nr 981 442 610)
Fakturanummer: 88214
Fakturadato: 04.12.2026
Forfallsdato: 03.01.2027
Beløp inkl. mva: NOK 112 875,00

Fakturaen er levert til deres regnskapssystem. Denne e-posten er en kopi.""", to=P['faktura'],
    atts=[('88214.xml', XML), ('88214.pdf', PDF)])
add('invoice', 'nb', 'utility invoice notice with a Min side link (legitimate)',
    'Salten Energi <kundeservice@salten-energi.no>', 'Fakturaen din for november er klar',
    """Hei Saltstraum Marine AS,

Fakturaen for strøm i november er nå klar.

Anlegg: Rønvikveien 41 (verksted og hall A–C)
Beløp: kr 61 230,00
Forfall: 20.12.2026

Du finner fakturaen og forbruket ditt på Min side: https://minside.salten-energi.no

Fakturaen trekkes med AvtaleGiro.

Vennlig hilsen
Salten Energi""", to=P['faktura'], html=True)
add('invoice', 'nb', 'credit note (kreditnota) from a known supplier',
    'Kystlakk AS <okonomi@kystlakk.no>', 'Kreditnota 20331 – retur av bunnstoff',
    """Hei Kenneth,

Vedlagt kreditnota 20331 for returnerte 12 x 2,5 l Kystlakk Hard Racing (svart), jf. returseddel R-7781.

Krediteres: kr -14 220,00 inkl. mva. Beløpet motregnes mot neste faktura.

Hilsen
Anita Brekke
Kystlakk AS, økonomi""", to=P['ko'], cc=P['faktura'], atts=[('Kreditnota_20331.pdf', PDF)])
add('invoice', 'nb', 'payment reminder (purring) for an unpaid invoice',
    'Nordhavn Stål AS <regnskap@nordhavn-stal.no>', 'Betalingspåminnelse – faktura 7712',
    """Hei

Vi kan ikke se å ha mottatt betaling for faktura 7712 (forfall 15.11.2026), kr 27 500,00.
Vennligst betal innen 14 dager til konto 4530 27 11904 med KID 0077125. Dersom beløpet allerede er betalt, ber vi dere se bort fra denne påminnelsen.

Purregebyr kr 35 er lagt til.

Mvh
Nordhavn Stål AS""", to=P['faktura'])
add('invoice', 'nb', 'debt-collection notice (inkassovarsel) — legitimate, not phishing',
    'Nord Inkasso AS <saksbehandling@nordinkasso.no>', 'Inkassovarsel – sak 2026-55810 (Nordlift Utleie AS)',
    """INKASSOVARSEL

Vi er engasjert av Nordlift Utleie AS for å innkreve følgende krav:

Faktura 10-2291, forfall 30.10.2026: kr 9 875,00
Purregebyr: kr 35,00

Dersom beløpet ikke er betalt innen 14 dager fra dette varselet, vil kravet bli sendt til inkasso, og det vil påløpe ytterligere kostnader.

Betal til kontonummer 1503 22 90118, KID 2026558101.

Har du innsigelser mot kravet, ta kontakt på tlf 75 50 11 00.

Nord Inkasso AS""", to=P['faktura'], atts=[('Inkassovarsel_2026-55810.pdf', PDF)])
add('invoice', 'en', 'foreign supplier invoice in GBP with IBAN',
    'Accounts – Solent Rigging Ltd <accounts@solentrigging.co.uk>', 'Invoice SR-20931 – Saltstraum Marine AS',
    """Dear customer,

Please find attached invoice SR-20931 for rigging wire and swage terminals (your PO 26-0688).

Amount due: GBP 2,184.60 (0% VAT, reverse charge)
Due date: 2027-01-05
IBAN: GB29 NWBK 6016 1331 9268 19 / BIC NWBKGB2L

Kind regards,
Accounts Department
Solent Rigging Ltd, Southampton""", to=P['faktura'], atts=[('SR-20931.pdf', PDF)])
add('invoice', 'sv', 'Swedish supplier invoice',
    'Båtbeslag Väst AB <faktura@batbeslag.se>', 'Faktura 60117 från Båtbeslag Väst AB',
    """Hej,

Bifogat finner ni faktura 60117 avseende rostfria knapar och pollare enligt er order.

Belopp: SEK 18 940,00
Förfallodatum: 2027-01-04
IBAN: SE45 5000 0000 0583 9825 7466

Vänliga hälsningar
Båtbeslag Väst AB""", to=P['faktura'], atts=[('Faktura_60117.pdf', PDF)])
add('invoice', 'nb', 'internal forward of an invoice to the invoice mailbox',
    P['ko'], 'VS: Faktura 10-2344',
    """Denne kom til meg direkte. Kan dere bokføre? Gjelder leie av truck i november, prosjekt 26-114 (Havbruk).

Kenneth

-----Opprinnelig melding-----
Fra: Nordlift Utleie AS <faktura@nordlift-utleie.no>
Sendt: 2. desember 2026 08:11
Til: Kenneth Olsen
Emne: Faktura 10-2344

Vedlagt faktura 10-2344 for leie av teleskoptruck 01.11–30.11.2026. Kr 21 250,00 inkl. mva, forfall 16.12.2026.""",
    to=P['faktura'], atts=[('Faktura 10-2344.pdf', PDF)])
add('invoice', 'nb', 'statement of account with open items',
    'Marinegrossisten AS <reskontro@marinegrossisten.no>', 'Kontoutskrift per 30.11.2026 – kundenr 10442',
    """Hei,

Vedlagt kontoutskrift for kundenummer 10442 per 30.11.2026.

Åpne poster:
4408121  forfall 10.11.2026  kr 12 440,00  (forfalt)
4409773  forfall 30.11.2026  kr  5 915,00  (forfalt)
4410982  forfall 21.12.2026  kr 38 412,50

Saldo: kr 56 767,50

Ta kontakt dersom noe ikke stemmer.

Reskontro, Marinegrossisten AS""", to=P['faktura'], atts=[('Kontoutskrift_10442.pdf', PDF)])
add('invoice', 'nb', 'short mail with invoice PDF from equipment rental',
    'Nordlift Utleie AS <faktura@nordlift-utleie.no>', 'Faktura 10-2402',
    """Vedlagt faktura 10-2402.

Nordlift Utleie AS
Org.nr 998 115 204""", to=P['faktura'], atts=[('faktura_10-2402.pdf', PDF)])
add('invoice', 'nb', 'mobile/telecom invoice notice, HTML',
    'Kystnett Bedrift <faktura@kystnett.no>', 'Mobilfakturaen for desember er klar',
    """Hei,

Bedriftsfakturaen for 24 mobilabonnement er klar.

Fakturanummer: 5580231
Beløp: kr 8 964,00
Forfall: 28.12.2026

Se spesifikasjon i bedriftsportalen.

Kystnett Bedrift""", to=P['faktura'], html=True)
add('invoice', 'nb', 'accounting firm invoice with PDF; sender is our accountant',
    'Tallverk Regnskap AS <faktura@tallverk.no>', 'Faktura 2026-1184 – regnskapstjenester november',
    """Hei Hilde,

Vedlagt faktura for regnskapsføring og lønnskjøring i november (kr 23 125,00 inkl. mva, forfall 20.12.2026).

Husk at vi trenger lagertelling per 31.12 innen 10. januar.

Hilsen
Jorunn Eide
Tallverk Regnskap AS""", to=P['hj'], atts=[('Faktura_2026-1184.pdf', PDF)])

# =====================================================================================
# job_application (13)
# =====================================================================================
add('job_application', 'nb', 'application as boat mechanic with CV',
    'Sindre Alsos <sindre.alsos@gmail.com>', 'Søknad – båtmekaniker',
    """Hei,

Jeg søker stillingen som båtmekaniker som dere har lyst ut. Jeg har fagbrev som motormekaniker (2019) og har jobbet fem år ved et båtverksted i Harstad, mest med Volvo Penta og Yamaha. Jeg har også erfaring med hydraulikk og enkel elektro.

Familien flytter til Bodø i mars, så jeg kan begynne 1. april.

CV og attester ligger vedlagt.

Med vennlig hilsen
Sindre Alsos
Tlf 959 30 441""", to=P['lk'], atts=[('CV_Sindre_Alsos.pdf', PDF), ('Fagbrev_og_attester.pdf', PDF)])
add('job_application', 'nb', 'apprentice request from a teenager, typos, informal',
    'Emil Jakobsen <emiljakobsen2009@gmail.com>', 'lærlingplass',
    """hei! jeg heter Emil og går vg2 båtbygger på Knut Hamsun vgs. jeg lurer på om dere har lærlingplass til høsten? jeg har vært utplassert på et verksted i sommer og likte veldig godt å jobbe med glassfiber. kan sende karakterer hvis dere vil

mvh emil""", to=P['post'])
add('job_application', 'en', 'Polish aluminium welder applies in English',
    'Tomasz Wójcik <tomasz.wojcik.weld@wp.pl>', 'Application – aluminium welder',
    """Dear Sir/Madam,

I would like to apply for a position as aluminium welder. I have 11 years of experience (TIG/MIG, certificates EN ISO 9606-2) from shipyards in Gdańsk and 2 years in Norway at a workboat builder in Averøy. I speak English and basic Norwegian.

I attach my CV and welding certificates.

Yours faithfully,
Tomasz Wójcik""", to=P['lk'], atts=[('Tomasz_Wojcik_CV.pdf', PDF), ('certificates.pdf', PDF)])
add('job_application', 'nb', 'open application for office/accounting work',
    'Hanne Vik <hanne.vik@live.no>', 'Åpen søknad – regnskap/kontor',
    """Hei,

Jeg sender en åpen søknad i tilfelle dere har behov for en medarbeider innen regnskap, fakturering eller kontor. Jeg er utdannet økonom fra Nord universitet og har jobbet tre år i et regnskapsbyrå. Jeg er glad i båt og har vokst opp i Saltstraumen.

CV vedlagt. Jeg tar gjerne en prat!

Vennlig hilsen
Hanne Vik""", to=P['hj'], atts=[('Hanne_Vik_CV.docx', DOCX)])
add('job_application', 'nb', 'NAV adviser presents a candidate for work training (genuine nav.no)',
    'Stine Haugland <stine.haugland@nav.no>', 'Kandidat til arbeidstrening – verksted',
    """Hei Line,

Takk for en hyggelig prat på telefon. Som avtalt sender jeg en kort presentasjon av kandidaten vi snakket om: mann, 34 år, bakgrunn som fisker og maskinist, ønsker å omskolere seg til båtmekaniker. NAV dekker lønn i arbeidstreningsperioden (3 måneder, med mulighet for forlengelse).

Kandidaten har samtykket til at vi deler CV-en (vedlagt). Kan vi avtale et møte i uke 51?

Med vennlig hilsen
Stine Haugland
Veileder, NAV Bodø""", to=P['lk'], atts=[('CV_kandidat.pdf', PDF)])
add('job_application', 'nb', 'application-system notice about a new application',
    'Jobbportalen <noreply@jobbportalen.no>', 'Ny søknad: Båtmekaniker (ref. 26-044) – Ingrid Sandvik',
    """Hei Line Karlsen,

Du har mottatt en ny søknad på stillingen Båtmekaniker (ref. 26-044).

Søker: Ingrid Sandvik
Utdanning: Fagbrev båtmotormekaniker
Erfaring: 4 år

Logg inn i Jobbportalen for å lese søknaden og CV.

Totalt antall søkere: 7""", to=P['lk'], html=True)
add('job_application', 'nb', 'follow-up from an applicant',
    'Ingrid Sandvik <ingrid.sandvik@gmail.com>', 'Ang. søknad båtmekaniker',
    """Hei Line,

Jeg søkte på stillingen som båtmekaniker for to uker siden via Jobbportalen og lurer på hvordan prosessen går videre? Jeg er fortsatt veldig interessert, og kan komme på intervju når som helst.

Vennlig hilsen
Ingrid Sandvik""", to=P['lk'])
add('job_application', 'nb', 'withdrawal of an application',
    'Ole-Martin Husby <olemhusby@gmail.com>', 'Trekker søknaden min',
    """Hei,

Jeg har dessverre takket ja til en annen stilling og trekker derfor søknaden min på stillingen som lagermedarbeider. Takk for hyggelig intervju.

Lykke til videre!
Ole-Martin""", to=P['lk'])
add('job_application', 'sv', 'Swedish marine electrician applies',
    'Johan Berglund <johan.berglund@gmail.com>', 'Ansökan marinelektriker',
    """Hej!

Jag heter Johan och är utbildad marinelektriker med sex års erfarenhet från ett varv i Göteborg. Jag och min sambo planerar att flytta till Bodø till sommaren och jag söker därför arbete hos er. Jag har erfarenhet av installation av navigationsutrustning, 24 V-system och litiumbatterier.

CV bifogas. Hör gärna av er!

Med vänlig hälsning
Johan Berglund""", to=P['post'], atts=[('CV_Johan_Berglund.pdf', PDF)])
add('job_application', 'en', 'international student asks for summer job',
    'Aisha Rahman <aisha.rahman@student.nord.no>', 'Summer job 2027?',
    """Hello,

I am a second-year mechanical engineering student at Nord University. Do you hire students for the summer season? I can work in the workshop, in the chandlery or on the pier, and I have a boat licence (båtførerbevis).

Thank you,
Aisha Rahman""", to=P['post'])
add('job_application', 'nb', 'candidate asks about a project; still a job application',
    'Kristian Moe <kristian.moe@outlook.com>', 'Stillingen som prosjektleder – spørsmål',
    """Hei,

Jeg vurderer å søke på stillingen som prosjektleder verksted. Jeg så i Avisa Nordland at dere skal bygge om arbeidsbåtene til Lofot Havbruk – er det det prosjektet stillingen er knyttet til? Og er det mulig med delvis hjemmekontor fra Fauske?

Søknad og CV kommer i løpet av uka.

Mvh
Kristian Moe""", to=P['lk'])
add('job_application', 'nn', 'nynorsk summer job application',
    'Ingeborg Flåm <ingeborg.flaam@gmail.com>', 'Søknad om sommarjobb',
    """Hei

Eg heiter Ingeborg, er 19 år og studerer til sjøoffiser. Eg søkjer sommarjobb hjå dykk i juni–august, gjerne på bryggja eller i butikken. Eg har båtførarbevis og VHF-sertifikat og har jobba to somrar på ein camping med båtutleige.

CV ligg ved.

Venleg helsing
Ingeborg Flåm""", to=P['post'], atts=[('CV_Ingeborg_Flaam.pdf', PDF)])
add('job_application', 'nb', 'staffing agency presents a candidate',
    'Maja Nordli <maja.nordli@kystbemanning.no>', 'Kandidat: erfaren båtbygger (kompositt) – ledig fra januar',
    """Hei Tor Arne,

Vi har en erfaren båtbygger (kompositt, vakuuminfusjon, 15 års erfaring) som er ledig fra januar og ønsker seg til Bodø-området. Kandidaten kan tilbys som innleid eller for direkte ansettelse.

Anonymisert profil er vedlagt. Gi beskjed om dere ønsker å møte kandidaten.

Med vennlig hilsen
Maja Nordli
Rådgiver, Kyst Bemanning AS""", to=P['tap'], atts=[('Profil_kandidat_4471.pdf', PDF)])

# =====================================================================================
# project_assignment (13)
# =====================================================================================
add('project_assignment', 'nb', 'accepted offer inside a sales thread (turns into assignment); quoted history',
    'Kari-Anne Hansen <kari-anne.hansen@lofothavbruk.no>', 'SV: Tilbud – ombygging av Havørn 2',
    """Hei Sunniva,

Vi har gått gjennom tilbudet og aksepterer det slik det står, inkludert opsjon 2 (ny navigasjonspakke). Dere kan starte når båten kommer inn 11. januar. Bestillingsnummer fra oss er LH-PO-7781 – bruk det på fakturaene.

Vidar er kontaktperson hos oss under arbeidet.

Mvh Kari-Anne

Fra: Sunniva Berg
Sendt: 26. november 2026 10:40
Til: Kari-Anne Hansen
Emne: Tilbud – ombygging av Havørn 2

Hei Kari-Anne, vedlagt tilbud på ombygging av styrehus og ny fôringskran på Havørn 2. Pris kr 1 240 000 eks. mva, opsjon 2 kr 186 000 eks. mva. Byggetid 7 uker.""", to=P['sb'], cc=P['me'])
add('project_assignment', 'nb', 'work order from a customer maintenance system',
    'Lofot Havbruk Vedlikehold <vedlikehold@lofothavbruk.no>', 'Arbeidsordre AO-2291: Skifte propell og akselpakning, Lokkeskjær',
    """ARBEIDSORDRE AO-2291

Leverandør: Saltstraum Marine AS
Fartøy: Lokkeskjær (arbeidsbåt 12 m)
Arbeid: Skifte styrbord propell (skadet) og akselpakning begge sider
Ønsket utført: uke 50
Kostnadssted: 4410 Drift Kvalvika
Bestiller: Vidar Kristoffersen

Arbeidet utføres etter rammeavtale 2026. Ferdigmelding sendes til vedlikehold@lofothavbruk.no.

Generert av Vedlikeholdssystemet""", to=P['service'], html=True)
add('project_assignment', 'nb', 'contract award after tender',
    'Innkjøpskontoret Salten <innkjop@saltenkommunene.no>', 'Meddelelse om tildeling – service på kommunale båter (sak 2026/3018)',
    """Til Saltstraum Marine AS

Vi viser til deres tilbud av 2. november 2026 i konkurransen «Service og reparasjon av kommunale småbåter 2027–2028».

Saltenkommunenes innkjøpssamarbeid har besluttet å tildele kontrakten til Saltstraum Marine AS. Karensperioden varer til 17. desember 2026. Kontrakt signeres etter karensperiodens utløp.

Begrunnelse for tildelingen er vedlagt.

Med vennlig hilsen
Trude Aune
Rådgiver innkjøp""", to=P['tap'], atts=[('Tildelingsbrev_2026-3018.pdf', PDF)])
add('project_assignment', 'en', 'PO from a foreign yacht owner for a repair',
    'Pieter de Vries <pieter@devries-yachting.nl>', 'PO 2026-118: repair of generator, MY "Noorderlicht"',
    """Hello Marius,

Following your estimate of 2 December, please consider this our purchase order PO 2026-118 for the repair of the Onan generator on MY Noorderlicht, berth 4 at the guest harbour. Budget limit NOK 45,000 excl. VAT; please contact me before exceeding it.

Invoice to: De Vries Yachting B.V., Hoorn, VAT NL8520.11.334.B01.

Best regards,
Pieter de Vries""", to=P['me'], atts=[('PO_2026-118.pdf', PDF)])
add('project_assignment', 'nb', 'call-off (avrop) on a frame agreement with the port',
    'Salten Havn KF <drift@saltenhavn.no>', 'Avrop nr. 7 på rammeavtale – service arbeidsbåt «Losen»',
    """Hei,

Vi avroper herved på rammeavtalen for båtservice (avtale SH-2025-12):

Avrop nr. 7
Fartøy: Losen (arbeidsbåt)
Arbeid: Årlig motorservice begge motorer, kontroll av styresystem
Båten kan leveres ved verkstedkaia mandag 14.12 kl. 08.

Kontakt: Anders Hagen, 915 02 338

Salten Havn KF""", to=P['service'])
add('project_assignment', 'nb', 'change order on ongoing project',
    'Vidar Kristoffersen <vidar.kristoffersen@lofothavbruk.no>', 'Endringsordre 2 – Havørn 2',
    """Hei Marius,

Som vi snakket om på befaringen i dag: vi ønsker at dere også monterer en ekstra dieselvarmer (Webasto Air Top 5500) i mannskapsrommet. Dette er endringsordre 2 til LH-PO-7781. Send oss pris og konsekvens for framdrift, men dere kan bestille varmeren allerede nå.

Vidar""", to=P['me'], cc=P['sb'])
add('project_assignment', 'nb', 'internal assignment of a won project',
    P['tap'], 'Kommunekontrakten – prosjektleder og oppstart',
    """Hei Marius og Kenneth,

Vi vant kontrakten med Saltenkommunene (sak 2026/3018). Marius blir prosjektleder. Første båt kommer inn i uke 3. Kenneth: sett opp rammeavtale på filtre og impellere med Penta Nord så vi har lager.

Oppstartsmøte torsdag kl 09 på kontoret.

Tor Arne""", to=P['me'], cc=P['ko'])
add('project_assignment', 'nb', 'short acceptance reply from a private customer; quoted history',
    'Geir Olav Nystad <geir.nystad@online.no>', 'SV: SV: Tilbud motorbytte Rana 680',
    """Ok kjør på! Dere kan bytte motoren og ta kalesjen som i siste tilbud. Jeg kommer med båten lørdag.

GO

> Hei Geir Olav, ny total med kalesje blir kr 214 900 inkl. mva. Leveringstid
> kalesje ca. 4 uker.
> Sunniva""", to=P['sb'])
add('project_assignment', 'nb', 'notice to proceed (oppstartsmelding) from a main contractor',
    'Bjørn Steffensen <bjorn.steffensen@kystanlegg.no>', 'Oppstartsmelding – flytebrygge Kjerringøy, montering av landgang',
    """Hei,

Viser til kontrakt datert 12.11.2026. Dere kan starte montering av landgang og fendere på flytebrygga på Kjerringøy fra mandag 11. januar. Brygga ligger på plass fra uke 1. Byggemøter hver onsdag kl 10 på brakkeriggen.

HMS-plan og SJA-mal ligger vedlagt.

Mvh
Bjørn Steffensen
Prosjektleder, Kyst Anlegg AS""", to=P['tap'], atts=[('HMS-plan_Kjerringoy.pdf', PDF), ('SJA-mal.docx', DOCX)])
add('project_assignment', 'sv', 'Swedish customer accepts quote for storage and service',
    'Anders Lindqvist <anders.lindqvist@telia.se>', 'Sv: Offert vinterförvaring och service',
    """Hej Sunniva,

Tack för offerten. Vi kör på vinterförvaring inomhus och service enligt alternativ B. Min svärfar Ottar lämnar båten hos er på torsdag.

Hälsningar
Anders

> Hej Anders, här kommer offert på vinterförvaring ...""", to=P['sb'])
add('project_assignment', 'en', 'insurer instructs the repair on our estimate',
    'Claims – Nordkyst Forsikring <claims@nordkyst-forsikring.no>', 'Claim 26-88410 – instruction to repair',
    """Dear Saltstraum Marine,

Re: claim 26-88410, insured Marit Sørlie, Askeladden C65 (reg. LNO 4412).

We have reviewed your damage estimate of 30 November (NOK 38,900 excl. VAT) and hereby instruct you to carry out the repair. Please invoice Nordkyst Forsikring directly, quoting the claim number; the insured's deductible of NOK 4,000 is to be invoiced to the insured.

Kind regards,
Claims Department
Nordkyst Forsikring""", to=P['service'])
add('project_assignment', 'nb', 'purchase order PDF from a business customer',
    'Innkjøp Fauske Dykk <innkjop@fauskedykk.no>', 'Innkjøpsordre 4471 – ny RIB-konsoll',
    """Hei,

Vedlagt innkjøpsordre 4471 på bygging og montering av ny styrekonsoll på vår RIB (Ribcraft 7.8) i henhold til tilbud 26-212.

Leveranse senest 1. mars 2027.

Mvh
Fauske Dykk og Anlegg AS""", to=P['salg'], atts=[('Innkjopsordre_4471.pdf', PDF)])
add('project_assignment', 'da', 'Danish customer confirms order',
    'Mette Kjær <mette.kjaer@sejlklub-aalborg.dk>', 'Bekræftelse af ordre – nyt rig til klubbåd',
    """Hej Sunniva,

Vi bekræfter hermed ordren på nyt stående rig til vores klubbåd (Albin Vega) i henhold til jeres tilbud nr. 26-198. Båden står allerede hos jer, så I kan gå i gang.

Venlig hilsen
Mette Kjær
Kasserer, Sejlklubben Aalborg Nord""", to=P['sb'])

# =====================================================================================
# supplier (13)
# =====================================================================================
add('supplier', 'nb', 'order confirmation from wholesaler; looks like an invoice (amounts) but is not',
    'Marinegrossisten Ordre <ordre@marinegrossisten.no>', 'Ordrebekreftelse 881204 – kundenr 10442',
    """ORDREBEKREFTELSE 881204

Takk for bestillingen. Følgende er registrert:

Ant  Varenr     Beskrivelse                       Pris
20   MG-44120   Impeller Volvo Penta 21951346     kr 612,00
10   MG-20881   Drivstoffilter 3817599            kr 289,00
4    MG-71003   Sinkanode Z-drev sett             kr 1 090,00

Sum eks. mva: kr 19 490,00
Forventet levering: 09.12.2026 med Bring Cargo

Faktura sendes ved levering.

Marinegrossisten AS""", to=P['ko'], atts=[('Ordrebekreftelse_881204.pdf', PDF)])
add('supplier', 'nb', 'backorder notice (restordre)',
    'Penta Nord AS <ordre@penta-nord.no>', 'Restordre – ordre 55102',
    """Hei Kenneth,

Følgende varer på ordre 55102 er i restordre hos produsent:

- 3 stk 23380556 Sjøvannspumpe D4 – ny forventet dato uke 4
- 1 stk 3889254 Turbolader D6 – ny forventet dato uke 6

Resten ble sendt i dag. Gi beskjed hvis dere ønsker å kansellere restene.

Mvh
Trine Haug
Penta Nord AS, ordrekontor""", to=P['ko'])
add('supplier', 'nb', 'personal price-list mail from a known supplier (not a campaign)',
    'Rolf Engen <rolf.engen@kystlakk.no>', 'Prisliste 2027 – Saltstraum Marine',
    """Hei Kenneth,

Vedlagt er deres prisliste for 2027 med forhandlerrabatt. Prisene øker i snitt 4,5 % fra 1. februar; bestiller dere før 31. januar gjelder 2026-prisene.

Si fra hvis dere vil at jeg skal komme innom og gå gjennom sortimentet for sesongen.

Hilsen Rolf
Kystlakk AS, distriktssjef Nord""", to=P['ko'], atts=[('Prisliste_2027_Saltstraum.xlsx', XLSX)])
add('supplier', 'en', 'quote from a foreign supplier to us (shrink-wrap film)',
    'Lauri Virtanen <lauri.virtanen@wrapmarine.fi>', 'Quotation Q-4471 – shrink wrap film and accessories',
    """Dear Kenneth,

Thank you for your enquiry. Please find our quotation Q-4471:

- Shrink wrap film 7 m x 40 m, 250 µm, white: 18 rolls at EUR 214.00
- Vents with zip door: 200 pcs at EUR 3.20
- Tape 100 mm: 60 rolls at EUR 11.50

Delivery: 3 weeks ex works Turku. Quotation valid until 31 January 2027.

Best regards,
Lauri Virtanen
Wrap Marine Oy""", to=P['ko'], atts=[('Q-4471.pdf', PDF)])
add('supplier', 'nb', 'product change notice (discontinued and replaced product)',
    'Kystlakk AS <produkt@kystlakk.no>', 'Produktendring: Kystlakk Eroderende Blå utgår',
    """Til våre forhandlere

Kystlakk Eroderende Blå (art. 4420) utgår fra 1. mars 2027 og erstattes av Kystlakk Eco Blå (art. 4425) med nytt biocid-innhold i henhold til nye krav. Påføring og overmalingsintervall er uendret. Nytt sikkerhetsdatablad er vedlagt.

Restlager av art. 4420 kan selges ut.

Kystlakk AS, produktavdelingen""", to=P['ko'], atts=[('SDS_Kystlakk_Eco_Blaa.pdf', PDF)])
add('supplier', 'nb', 'drawings for approval from a steel/aluminium supplier',
    'Ronny Bakkehaug <ronny.bakkehaug@nordhavn-stal.no>', 'Tegninger for godkjenning – rekkverk og mast Havørn 2',
    """Hei Marius,

Vedlagt produksjonstegninger for nytt rekkverk og radarmast i aluminium til Havørn 2 (rev. B). Vi trenger godkjenning innen fredag for å holde leveransen i uke 2.

Merk at vi har endret festebrakettene til 8 mm plate etter kommentaren din.

Mvh
Ronny Bakkehaug
Nordhavn Stål AS""", to=P['me'], atts=[('NHS-4471-01_rekkverk_revB.pdf', PDF), ('NHS-4471-02_radarmast_revB.pdf', PDF)])
add('supplier', 'nb', 'genuine bank-account change from a known supplier that asks for phone verification',
    'Nordmotor Import AS <okonomi@nordmotor-import.no>', 'Ny bankforbindelse fra 1. januar 2027',
    """Til våre kunder

Nordmotor Import AS bytter bank fra 1. januar 2027. Nytt kontonummer vil stå på alle fakturaer fra denne datoen. Inntil da skal tidligere kontonummer benyttes.

Av sikkerhetshensyn ber vi dere bekrefte endringen ved å ringe vårt sentralbord på 75 54 20 00 – ikke et nummer oppgitt i en e-post. Vi ber dere aldri om å endre konto på utestående fakturaer.

Med vennlig hilsen
Ellen Strøm
Økonomisjef, Nordmotor Import AS""", to=P['faktura'], atts=[('Informasjon_bankbytte.pdf', PDF)])
add('supplier', 'nb', 'delivery notice from supplier (not carrier)',
    'Nordmotor Import AS <lager@nordmotor-import.no>', 'Varene dine er sendt – ordre 20778',
    """Hei,

Ordre 20778 (2 stk Yamaha F115 LB, 1 stk F60 FETL) er sendt fra vårt lager i Trondheim i dag med Nordlandsfrakt. Forventet levering 10.12.

Pakkseddel vedlagt.

Nordmotor Import AS – lager""", to=P['ko'], atts=[('Pakkseddel_20778.pdf', PDF)])
add('supplier', 'sv', 'Swedish supplier order confirmation',
    'Båtbeslag Väst AB <order@batbeslag.se>', 'Orderbekräftelse 33019',
    """Hej Kenneth,

Tack för er beställning. Vi bekräftar order 33019:

24 st pollare 200 mm rostfri A4
12 st knap 250 mm

Leverans vecka 51. Faktura skickas separat.

Vänliga hälsningar
Båtbeslag Väst AB""", to=P['ko'])
add('supplier', 'en', 'supplier service bulletin / recall for parts we bought',
    'Technical Service – Nordic Engine Parts <service@nordicengineparts.com>', 'Service bulletin SB-2026-14: fuel filter batch recall',
    """Dear dealer,

A quality issue has been found on fuel filter elements part no. NEP-3817, batch 2608 and 2609 (delivered to you in September and October 2026, see attached list). The seal may deform at high temperature.

Please stop using these filters, return remaining stock free of charge, and replace filters fitted by you in customer engines at our cost (labour 0.3 h per filter).

Technical Service
Nordic Engine Parts A/S""", to=P['me'], cc=P['ko'], atts=[('SB-2026-14_affected_deliveries.csv', b'order,date,qty\nNEP-55102,2026-09-14,40\nNEP-56011,2026-10-02,30\n')])
add('supplier', 'nb', 'supplier reply to our question on lead time; Norwegian quoting',
    'Trine Haug <trine.haug@penta-nord.no>', 'SV: Leveringstid D4-300',
    """Hei Kenneth,

Leveringstid på D4-300 med DPH-drev er nå ca. 14 uker fra fabrikk. Vi har én på lager i Tromsø som kan reserveres for dere til fredag.

Trine

-----Opprinnelig melding-----
Fra: Kenneth Olsen
Sendt: 3. desember 2026 13:55
Til: Trine Haug
Emne: Leveringstid D4-300

Hei, hva er leveringstiden på en D4-300 med drev nå? Har en kunde som vurderer bytte.
Kenneth""", to=P['ko'])
add('supplier', 'nb', 'internal forward of a supplier offer to the workshop',
    P['ko'], 'VS: Tilbud hydraulikkslanger',
    """Marius – her er tilbudet fra Hydro-Service på slangene til kranene. Billigere enn sist. Skal jeg bestille?

K

---------- Forwarded message ---------
Fra: Hydro-Service Nord <salg@hydroservice-nord.no>
Date: fre. 4. des. 2026 kl. 09:12
Subject: Tilbud hydraulikkslanger

Hei, som forespurt: 12 stk slanger 1/2" 2-lags, pressede koblinger, lengder etter liste. Pris kr 8 640 eks. mva. Levering 2 dager.""",
    to=P['me'])
add('supplier', 'da', 'Danish propeller supplier sends a quote to us',
    'Jesper Holm <jh@propelvaerkstedet.dk>', 'Tilbud på propel – jeres forespørgsel',
    """Hej Kenneth

Tak for forespørgslen. Vi kan levere en 3-bladet bronzepropel 17 x 19 højre til Lokkeskjær for DKK 14.800 ekskl. moms, levering ca. 3 uger. Vi kan også reparere den gamle for DKK 3.900, hvis I sender den.

Med venlig hilsen
Jesper Holm
Propelværkstedet ApS""", to=P['ko'])

# =====================================================================================
# newsletter (13)
# =====================================================================================
add('newsletter', 'nb', 'campaign from a known supplier (bulk, unsubscribe); not supplier',
    'Marinegrossisten <nyhetsbrev@marinegrossisten.no>', 'Vinterkampanje: -25 % på opplagsutstyr ❄',
    None, html_only=True, to=P['post'], headers={'List-Unsubscribe': '<https://marinegrossisten.no/avmeld?u=10442>', 'Precedence': 'bulk'},
    html="""<html><body><table width="640" align="center" style="font-family:Arial"><tr><td><img src="https://marinegrossisten.no/img/vinter.jpg" alt="Vinterkampanje"></td></tr>
<tr><td><h1>Vinterkampanje for forhandlere</h1><p>Til og med 31. desember: <b>25 % rabatt</b> på presenninger, krympeplast, avfuktere og batterivedlikeholdere.</p>
<p><a href="https://marinegrossisten.no/kampanje/vinter">Se alle tilbud</a></p><p style="font-size:10px;color:#777">Du mottar dette nyhetsbrevet som forhandler. <a href="https://marinegrossisten.no/avmeld?u=10442">Meld deg av</a></p></td></tr></table></body></html>""")
add('newsletter', 'nb', 'association newsletter',
    'Båtbransjeforbundet Nord <nyheter@batbransjen-nord.no>', 'Nyhetsbrev desember: nye regler for båtregister, årsmøte og kurs',
    """NYHETSBREV – DESEMBER 2026

1. Nytt obligatorisk båtregister fra 2027: hva betyr det for verftene?
2. Årsmøtet holdes i Svolvær 4.–5. mars. Påmelding åpner i januar.
3. Kurs: Hydraulikk for båtmekanikere, Mo i Rana, uke 8.
4. Medlemsfordel: rabatt på ADR-kurs.

Les mer på medlemssidene.

Du får denne e-posten som medlem av Båtbransjeforbundet Nord. Avmelding: https://batbransjen-nord.no/avmeld""",
    headers={'List-Id': '<nyheter.batbransjen-nord.no>', 'Precedence': 'bulk'}, html=True)
add('newsletter', 'en', 'webinar invitation from a training body',
    'Nordic Marine Academy <events@nordicmarineacademy.com>', 'Webinar 14 Jan: Lithium batteries on board – safe installation',
    """Join our free webinar

Lithium batteries on board – safe installation and insurance requirements
Thursday 14 January 2027, 10:00-11:00 CET

Speakers from classification societies and two insurers will cover BMS requirements, fire risk and documentation.

Register: https://nordicmarineacademy.com/webinars/lithium

You are receiving this because you attended one of our events. Unsubscribe: https://nordicmarineacademy.com/u""",
    headers={'List-Unsubscribe': '<https://nordicmarineacademy.com/u>'}, html=True)
add('newsletter', 'nb', 'boat fair invitation to exhibitors',
    'Båtmessa Nord <utstiller@batmessanord.no>', 'Invitasjon: Bli utstiller på Båtmessa Nord 2027',
    """Hei!

Båtmessa Nord arrangeres i Nordlandshallen 9.–11. april 2027. Vi forventer over 12 000 besøkende. Early bird-pris på stand gjelder til 15. januar.

Book stand: https://batmessanord.no/utstiller

Hilsen Båtmessa Nord
Avmeld utsendelser: https://batmessanord.no/avmeld""", headers={'Precedence': 'bulk'})
add('newsletter', 'nb', 'tender-alert digest (many tenders; not an invitation to us)',
    'Anbudsvarsel <varsel@anbudsvarsel.no>', 'Dagens anbudsvarsel: 6 nye kunngjøringer som matcher profilen din',
    """Nye kunngjøringer 07.12.2026 – søkeprofil «båt, marine, verft, Nordland»

1. Vedlikehold av ferjekaier – Nordland fylkeskommune – frist 12.01.2027
2. Innkjøp av arbeidsbåt 10–12 m – Vefsn kommune – frist 20.01.2027
3. Rammeavtale for slipptjenester – Statlig etat – frist 15.01.2027
4. Levering av redningsvester – Helgeland – frist 18.12.2026
5. Service påhengsmotorer – Lurøy kommune – frist 08.01.2027
6. Drift av gjestehavn – Steigen – frist 30.12.2026

Logg inn for å se dokumentene. Endre søkeprofil eller meld av: https://anbudsvarsel.no/profil""", html=True)
add('newsletter', 'nb', 'bank newsletter (legitimate, with links)',
    'Kyst Sparebank Bedrift <nyhetsbrev@kystsparebank.no>', 'Bedriftsnytt: renteendring og nytt i nettbanken',
    """Bedriftsnytt fra Kyst Sparebank – desember

- Fra 15. januar endres rentene på driftskreditt. Se nye satser i nettbanken.
- Nytt i nettbanken: godkjenning av betalinger med to signaturer direkte i appen.
- Husk: Kyst Sparebank ber deg aldri om BankID-koder eller passord på e-post eller telefon.

Les mer på kystsparebank.no/bedrift

Du får denne e-posten fordi du er bedriftskunde. Reservasjon: kystsparebank.no/reservasjon""", html=True)
add('newsletter', 'nb', 'newsletter from a customer (bulk to many); category follows the kind of mail',
    'Lofot Havbruk <nyhetsbrev@lofothavbruk.no>', 'Nyhetsbrev fra Lofot Havbruk – 4. kvartal 2026',
    """Nyhetsbrev til samarbeidspartnere – Q4 2026

• Ny lokalitet i Kvalvika i drift fra november
• Vi har fått ASC-sertifisering for alle lokaliteter
• Takk til alle leverandører for innsatsen i en hektisk høst – særlig under stormen i oktober
• Vi søker nye leverandører innen brønnbåtservice og notvask

God jul fra alle oss i Lofot Havbruk!

Meld av: https://lofothavbruk.no/nyhetsbrev/avmeld""", headers={'List-Unsubscribe': '<https://lofothavbruk.no/nyhetsbrev/avmeld>'})
add('newsletter', 'en', 'industry trade newsletter',
    'Marine Industry Weekly <newsletter@marineindustryweekly.com>', 'This week: electric outboards, yard consolidation, and Q4 sales data',
    """MARINE INDUSTRY WEEKLY – issue 48

- Electric outboards pass 8% of new sales in the Nordics
- Two Swedish yards merge to form the region's largest service group
- Q4 dealer survey: used boat prices down 6%

Read online: https://marineindustryweekly.com/48
Manage your subscription: https://marineindustryweekly.com/prefs""", headers={'List-Unsubscribe': '<https://marineindustryweekly.com/prefs>'}, html=True)
add('newsletter', 'nb', 'employer association newsletter (HR/legal news)',
    'Nordnorsk Arbeidsgiverforum <post@nn-arbeidsgiver.no>', 'Månedsbrev: ny tariff, feriepenger og frokostmøte i Bodø',
    """Månedsbrev desember

Ny tariffavtale for verkstedindustrien: dette må du vite
Feriepenger 2027 – sjekkliste for arbeidsgivere
Frokostmøte i Bodø 21. januar: «Rekruttering av fagarbeidere»

Påmelding og mer info på medlemssidene.

Avmelding fra månedsbrevet: svar «avmeld».""")
add('newsletter', 'sv', 'Swedish trade fair newsletter',
    'Allt för Sjön <nyhetsbrev@alltforsjonmassan.se>', 'Nyhetsbrev: Biljetter och utställarinfo inför Allt för Sjön 2027',
    """Hej!

Nu är det snart dags för Allt för Sjön 2027 i Stockholm. Som tidigare utställare får du förtur till monterplatser fram till 20 december.

Läs mer och boka: https://alltforsjonmassan.se/utstallare

Avregistrera dig här: https://alltforsjonmassan.se/avreg""", headers={'Precedence': 'bulk'}, html=True)
add('newsletter', 'nb', 'course catalogue from a vocational school',
    'Fagskolen Nord <kurs@fagskolennord.no>', 'Kurskatalog vår 2027: kompositt, marin elektro og hydraulikk',
    """Kurskatalog våren 2027

– Kompositt og gelcoatreparasjon, 3 dager, Bodø, uke 5
– Marin elektro 12/24 V og litium, 2 dager, nettbasert
– Hydraulikk på arbeidsbåter, 3 dager, Mo i Rana

Bedriftspris ved påmelding av 3 eller flere.
Se hele katalogen: https://fagskolennord.no/kurs

Du mottar denne e-posten fordi bedriften har deltatt på kurs hos oss.""", html=True)
add('newsletter', 'nb', 'project-lead digest for aquaculture (bulk)',
    'Havbruksinnsikt <leads@havbruksinnsikt.no>', 'Ukens prosjekter: 4 nye havbruksprosjekter i Nordland',
    """UKENS PROSJEKTER – uke 49

• Ny settefiskanlegg, Meløy – byggestart Q2 2027
• Utvidelse av lokalitet, Gildeskål – søknad godkjent
• Nytt servicebåtkonsept, Steigen – i planfase
• Ombygging av fôrflåte, Bodø – anbud ventes i februar

Kontaktpersoner og detaljer finner du i portalen.
Abonnement: Havbruksinnsikt Pro. Avslutt: https://havbruksinnsikt.no/konto""")
add('newsletter', 'nn', 'nynorsk newsletter from a coastal heritage association',
    'Kystlaget Salten <post@kystlaget-salten.no>', 'Nyheitsbrev frå Kystlaget Salten – vinteren 2027',
    """Hei alle medlemmer og vener av laget!

Takk for ein fin sesong. I vinter held vi fram med restaurering av «Nordlyset» i naustet på Kjerringøy kvar tysdag. Årsmøtet blir 18. februar. Vi takkar òg Saltstraum Marine og andre sponsorar for støtta i år.

Meld deg av nyheitsbrevet: svar «avmeld».

Helsing styret""")

# =====================================================================================
# other (13)
# =====================================================================================
add('other', 'nb', 'internal HR/social: Christmas party info',
    P['lk'], 'Julebord 12. desember – praktisk info',
    """Hei alle sammen!

Julebordet er lørdag 12. desember på Bodøsjøen. Buss går fra verkstedet kl 18:30. Husk å gi beskjed om allergier innen onsdag. Pynt er påbudt :)

Hilsen Line""", to=f'alle@{DOM}')
add('other', 'nb', 'internal MFA roll-out notice with a link (legitimate)',
    'IT-drift (Nordit) <support@nordit.no>', 'Tofaktorpålogging for alle brukere fra 14. desember',
    """Hei alle i Saltstraum Marine,

Fra mandag 14. desember slås tofaktorpålogging (Microsoft Authenticator) på for alle brukere. Når du logger inn neste gang, blir du bedt om å registrere appen. Veiledning: https://aka.ms/mfasetup

Vi ber aldri om passordet ditt på e-post. Spørsmål? Ring oss på 75 50 90 90.

Hilsen
Nordit AS – IT-drift for Saltstraum Marine""", to=f'alle@{DOM}', html=True)
add('other', 'en', 'out-of-office auto-reply',
    'Pieter de Vries <pieter@devries-yachting.nl>', 'Automatic reply: PO 2026-118: repair of generator',
    """Thank you for your message. I am out of the office until 4 January with limited access to e-mail. For urgent matters please contact office@devries-yachting.nl.

Pieter de Vries""", to=P['me'], headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})
add('other', 'en', 'bounce (delivery status notification)',
    f'Mail Delivery System <MAILER-DAEMON@mx1.{DOM}>', 'Undelivered Mail Returned to Sender', None,
    to=P['sb'], raw='bounce')
add('other', 'nb', 'read receipt (MDN)',
    'Kari-Anne Hansen <kari-anne.hansen@lofothavbruk.no>', 'Lest: Tilbud – ombygging av Havørn 2', None,
    to=P['sb'], raw='mdn')
add('other', 'nb', 'calendar invitation (text/calendar), internal safety meeting',
    P['me'], 'Invitasjon: Sikkerhetsmøte verksted – tor. 10. des. 07:30', None, to=f'verksted@{DOM}', raw='ics')
add('other', 'nb', 'genuine Altinn notice (real public sender)',
    'Altinn <noreply@altinn.no>', 'Du har mottatt en ny melding i Altinn',
    """Saltstraum Marine AS har mottatt en ny melding i Altinn fra Skatteetaten.

Logg inn på altinn.no for å lese meldingen.

Dette er en automatisk generert e-post fra Altinn. Du kan ikke svare på denne e-posten.""", to=P['hj'])
add('other', 'nb', 'transactional receipt (air travel)',
    'Nordfly <kvittering@nordfly.no>', 'Kvittering for reise BOO–OSL 15.12.2026, bestilling K7QX2P',
    """Takk for bestillingen!

Passasjer: Tor Arne Pedersen
BOO 07:05 – OSL 08:35, 15.12.2026
OSL 17:40 – BOO 19:10, 15.12.2026

Totalt betalt: kr 3 418,00 (Visa ****4471)

God tur!
Nordfly""", to=P['tap'], html=True)
add('other', 'nb', 'cold spam (SEO/web agency), not phishing',
    'Kristoffer <kristoffer@toppsynlig-web.com>', 'Saltstraum Marine på side 1 i Google?',
    """Hei!

Jeg så på nettsiden deres og la merke til at dere ikke vises på første side når man søker «båtservice Bodø». Vi har hjulpet over 200 norske bedrifter med SEO. Har du 15 minutter til en uforpliktende prat neste uke?

Kristoffer
Toppsynlig Web

Ønsker du ikke flere e-poster fra oss? Svar «nei takk».""", to=P['post'])
add('other', 'nb', 'genuine Brønnøysund notice (real public sender)',
    'Brønnøysundregistrene <noreply@brreg.no>', 'Bekreftelse: endring registrert i Enhetsregisteret',
    """Endringen dere meldte inn for Saltstraum Marine AS (org.nr. 915 330 412) er registrert i Enhetsregisteret 04.12.2026.

Registrert endring: Ny daglig leder-stedfortreder.

Se oppdatert registerutskrift på brreg.no.

Med hilsen
Brønnøysundregistrene""", to=P['tap'])
add('other', 'nb', 'internal HR: new employee starts Monday',
    P['lk'], 'Ny kollega på verkstedet fra mandag',
    """Hei!

Mandag starter Jonas Aune som båtmekaniker hos oss. Han kommer fra Sortland og har jobbet med Yamaha i mange år. Marius tar imot ham kl 07 – ta godt imot ham!

Line""", to=f'alle@{DOM}')
add('other', 'en', 'parking app receipt (transactional)',
    'ParkNord <receipts@parknord.app>', 'Your parking receipt – Tromsø Sentrum',
    """Receipt

Zone 7004 Tromsø Sentrum
03.12.2026 10:14 – 13:02
Vehicle: ZE 44120
Total: NOK 126.00 (incl. VAT 25.20)

Thank you for using ParkNord.""", to=P['ko'])
add('other', 'nb', 'customer thank-you / Christmas greeting (no request)',
    'Jan Erik Vold <janerik.vold@gmail.com>', 'Takk for i år',
    """Hei alle på Saltstraum!

Ville bare si takk for super hjelp i år, både med motoren i vår og da dere hentet båten i stormen i oktober. God jul og godt nytt år til dere alle!

Jan Erik""", to=P['service'])

# =====================================================================================
# phishing (16); category = look imitated
# =====================================================================================
add('invoice', 'nb', 'PHISH look-alike wholesaler domain (missing s), new account, .pdf.exe attachment; auth passes for attacker domain',
    'Marinegrossisten AS <faktura@marinegrosisten.no>', 'Faktura 4411207 – forfaller i dag',
    """Hei,

Vedlagt faktura 4411207. Vi har byttet bank og ber om at betaling skjer til vårt nye kontonummer 9710 44 21876 (se vedlegg). Fakturaen forfaller i dag, vennligst betal umiddelbart for å unngå leveringsstopp.

Mvh
Marinegrossisten AS""", to=P['faktura'], phish=1, atts=[('Faktura_4411207.pdf.exe', EXE)])
add('supplier', 'nb', 'PHISH compromised real supplier mailbox (auth passes): urgent bank change + file-share link',
    'Trine Haug <trine.haug@penta-nord.no>', 'VIKTIG: oppdatert betalingsinformasjon',
    """Hei Kenneth,

På grunn av en pågående revisjon er vår vanlige konto midlertidig sperret. Alle innbetalinger denne måneden må gå til ny konto. Oppdatert betalingsinformasjon og signert bekreftelse finner du her:

https://penta-nord-dokumenter.sharefile-secure.com/d/88214

Ikke ring sentralbordet, de er ikke informert ennå. Svar meg direkte på e-post når det er ordnet.

Mvh Trine
Penta Nord AS""", to=P['ko'], cc=P['faktura'], phish=1)
add('other', 'nb', 'PHISH CEO fraud from free-mail with the MD display name',
    'Tor Arne Pedersen <torarne.pedersen.dl@gmail.com>', 'Haster',
    """Hilde, er du på kontoret nå? Jeg sitter i møte og kan ikke snakke i telefonen. Trenger at du gjør en rask overføring til en leverandør i dag, det er konfidensielt (oppkjøp). Svar meg her så sender jeg detaljene.

Tor Arne
Sendt fra min iPad""", to=P['hj'], phish=1, auth=('pass', 'pass', 'none'))
add('invoice', 'nb', 'PHISH our own domain spoofed, free-mail Reply-To, SPF/DMARC fail',
    P['tap'], 'Betaling til ny leverandør – godkjent',
    """Hei Hilde,

Jeg har godkjent vedlagte betaling til Nordkyst Marine Supply Ltd, kr 284 500. Må betales i dag for at vi skal få motoren før jul. Send meg kvittering når det er gjort.

Tor Arne""", to=P['hj'], phish=1, reply_to='Tor Arne Pedersen <ta.pedersen.ceo@outlook.com>', auth=('fail', 'none', 'fail'),
    atts=[('Betalingsgrunnlag.pdf', PDF)])
add('other', 'en', 'PHISH Microsoft 365 password expiry credential lure',
    'Microsoft 365 <no-reply@m365-account-security.com>', 'Action required: your password expires today',
    None, to=P['lk'], phish=1, auth=('softfail', 'none', 'none'), html_only=True,
    html="""<html><body style="font-family:Segoe UI,Arial"><div style="max-width:520px;border:1px solid #ddd;padding:20px">
<img src="https://m365-account-security.com/logo.png" alt="Microsoft"><h2>Password expiry notice</h2>
<p>The password for <b>line.karlsen@saltstraummarine.no</b> expires today. To keep your current password and avoid losing access to Outlook and Teams, confirm it now.</p>
<p><a href="https://m365-account-security.com/keep?u=line.karlsen@saltstraummarine.no" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">Keep current password</a></p>
<p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond</p></div></body></html>""")
add('other', 'nb', 'PHISH SharePoint share lure from a look-alike domain',
    'Hilde Johansen via SharePoint <no-reply@saltstraummarine-sharepoint.com>', 'Hilde Johansen har delt «Lønnsoversikt 2027.xlsx» med deg',
    None, to=P['me'], phish=1, auth=('pass', 'pass', 'pass'), html_only=True,
    html="""<html><body style="font-family:Segoe UI,Arial"><p>Hilde Johansen har delt en fil med deg.</p>
<table style="border:1px solid #ccc;padding:10px"><tr><td>📊 <b>Lønnsoversikt 2027.xlsx</b></td></tr></table>
<p><a href="https://saltstraummarine-sharepoint.com/:x:/s/okonomi/lonn2027?login=1">Åpne</a></p>
<p style="font-size:10px;color:#888">Denne koblingen fungerer bare for de direkte mottakerne. Microsoft respekterer personvernet ditt.</p></body></html>""")
add('other', 'nb', 'PHISH BankID expiry lure with credential link',
    'BankID <varsel@bankid-fornyelse.net>', 'Din BankID utløper om 24 timer',
    """Kjære kunde,

Din BankID utløper om 24 timer. For å unngå at nettbank og signering blir sperret, må du fornye BankID nå:

https://bankid-fornyelse.net/forny?ref=SM4471

Du trenger personnummer, kodebrikke/app og passord.

Med vennlig hilsen
BankID Norge""", to=P['hj'], phish=1, auth=('none', 'none', 'none'), html=True)
add('other', 'nb', 'PHISH parcel customs fee lure (Posten look)',
    'Posten <sporing@posten-toll-betaling.com>', 'Pakken din venter – betal tollgebyr kr 29',
    """Hei,

Pakken din med sporingsnummer 70730259881204 er stoppet i tollen. For å få pakken levert må du betale et gebyr på kr 29,00 innen 48 timer:

https://posten-toll-betaling.com/betal/70730259881204

Ellers returneres pakken til avsender.

Posten Norge""", to=P['ko'], phish=1, auth=('softfail', 'none', 'fail'))
add('invoice', 'sv', 'PHISH Swedish look-alike supplier domain with an .html "invoice" login form',
    'Båtbeslag Väst AB <faktura@batbeslag-vast.se>', 'Påminnelse: obetald faktura 60188',
    """Hej,

Enligt våra uppgifter är faktura 60188 fortfarande obetald. Vänligen öppna bifogad faktura och logga in med ert e-postkonto för att se betalningsinformationen.

Vänliga hälsningar
Båtbeslag Väst AB, Ekonomi""", to=P['faktura'], phish=1,
    atts=[('Faktura_60188.html', b'<html><body><form action="https://batbeslag-vast.se.login-verify.ru/p.php" method="post"><p>Logga in med Microsoft f\xc3\xb6r att se fakturan</p><input name="email"><input name="pass" type="password"><button>Visa faktura</button></form></body></html>')])
add('invoice', 'da', 'PHISH Danish fake invoice with zip containing a script',
    'Propelværkstedet ApS <regnskab@propelvaerksted.dk>', 'Faktura 2026-4471 – betaling forfalden',
    """Hej

Vedhæftet er faktura 2026-4471 for propel som aftalt. Betalingen er forfalden. Åbn venligst den vedhæftede fil og betal i dag for at undgå rykkergebyr.

Med venlig hilsen
Propelværkstedet""", to=P['faktura'], phish=1, auth=('pass', 'none', 'none'), atts=[('Faktura_2026-4471.zip', ZIP)])
add('other', 'nb', 'PHISH Altinn/Skatteetaten lure on a look-alike domain',
    'Altinn <melding@altinn-no.info>', 'Ny melding fra Skatteetaten: tilbakebetaling av MVA',
    """Saltstraum Marine AS har en tilbakebetaling av merverdiavgift på kr 48 312,00.

For å motta beløpet må du bekrefte kontonummer innen 3 dager:
https://altinn-no.info/skatteetaten/mva-refusjon?org=915330412

Dette er en automatisk generert e-post fra Altinn.""", to=P['hj'], phish=1, auth=('none', 'none', 'none'))
add('project_assignment', 'en', 'PHISH DocuSign lure: fake contract to sign behind login',
    'DocuSign <dse@docusign-envelopes.net>', 'Lofot Havbruk AS sent you a document to review and sign: Service Agreement 2027',
    None, to=P['sb'], phish=1, auth=('pass', 'pass', 'none'), html_only=True,
    html="""<html><body style="font-family:Arial"><div style="background:#1e1e1e;color:#fff;padding:16px">DocuSign</div>
<p>Kari-Anne Hansen (Lofot Havbruk AS) sent you a document to review and sign.</p>
<p><a href="https://docusign-envelopes.net/review?env=9f2a1c&u=sunniva.berg" style="background:#ffc820;padding:10px 18px;color:#000;text-decoration:none">REVIEW DOCUMENT</a></p>
<p style="font-size:11px">Please sign in with your email account to view the envelope. This link expires in 24 hours.</p></body></html>""")
add('job_application', 'nb', 'PHISH fake job application with CV behind a file-share login',
    'Maria Olsen <maria.olsen.cv@gmail.com>', 'Søknad på stillingen – CV vedlagt via lenke',
    """Hei,

Jeg søker på stillingen dere har lyst ut. CV og attester var for store til å legge ved, så jeg har delt dem her:

https://cv-share-docs.web.app/view?file=Maria_Olsen_CV

Du må logge inn med jobb-e-posten din for å åpne filene.

Mvh
Maria Olsen""", to=P['lk'], phish=1)
add('customer_support', 'nb', 'PHISH fake complaint with a zip "photos of damage"',
    'Kristian Holm <k.holm.batservice@outlook.com>', 'Reklamasjon – bilder av skaden vedlagt',
    """Hei

Båten min ble skadet hos dere under opplag. Se bilder og dokumentasjon i vedlagt fil, passord 4471. Jeg forventer svar innen i morgen, ellers går saken til advokat.

Kristian Holm""", to=P['service'], phish=1, atts=[('Bilder_skade_dokumentasjon.zip', ZIP)])
add('invoice', 'en', 'PHISH domain-renewal scam for our own domain',
    'Domain Registry Services <renewals@nordic-domain-registry.org>', 'FINAL NOTICE: saltstraummarine.no expires in 3 days',
    """FINAL NOTICE

Domain: saltstraummarine.no
Expiration: 10 December 2026

Failure to renew will result in loss of your domain, website and e-mail. Renew now for 3 years: NOK 4,990.

https://nordic-domain-registry.org/renew?d=saltstraummarine.no

This is not a bill. Domain Registry Services offers search-engine listing and domain renewal.""",
    to=P['post'], phish=1, auth=('pass', 'pass', 'pass'))
add('sales_inquiry', 'nn', 'PHISH fake tender invitation in nynorsk behind a login',
    'Innkjøp Nordland <konkurranse@innkjop-nordland-anbud.com>', 'Invitasjon til konkurranse: vedlikehald av ferjer 2027',
    """Hei

De er invitert til å gje tilbod på vedlikehald av tre ferjer i Nordland, verdi ca. 14 MNOK. Konkurransedokumenta er tilgjengelege etter innlogging med e-postkontoen til verksemda:

https://innkjop-nordland-anbud.com/dokument/2027-0412

Frist for å stadfeste deltaking er i morgon kl. 12.

Venleg helsing
Innkjøp Nordland""", to=P['salg'], phish=1, auth=('pass', 'none', 'none'))


# ------------------------------------------------------------------ special raw messages
def special(m, when):
    kind = m['raw']
    msg = EmailMessage()
    msg['Authentication-Results'] = auth_header(m['frm'], 'pass')
    msg['From'] = m['frm']
    msg['To'] = m['to']
    msg['Subject'] = m['subj']
    msg['Date'] = format_datetime(when)
    msg['Message-ID'] = f'<{rnd.getrandbits(64):016x}.{when:%Y%m%d%H%M}@{dom_of(m["frm"])}>'
    if kind in ('bounce', 'mdn'):
        bnd = f'=_report_{rnd.getrandbits(48):012x}'
        if kind == 'bounce':
            rtype, human, report = 'delivery-status', """This is the mail system at host mx1.saltstraummarine.no.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<post@nordlandsbaat-service.no>: host mx.nordlandsbaat-service.no[203.0.113.40] said:
    550 5.1.1 <post@nordlandsbaat-service.no>: Recipient address rejected: User unknown
""", """Reporting-MTA: dns; mx1.saltstraummarine.no

Final-Recipient: rfc822; post@nordlandsbaat-service.no
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
"""
        else:
            rtype, human, report = 'disposition-notification', """Meldingen

  Til: Kari-Anne Hansen
  Emne: Tilbud - ombygging av Havørn 2
  Sendt: 26.11.2026 10:40

ble lest 26.11.2026 11:02.
""", """Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;kari-anne.hansen@lofothavbruk.no
Original-Message-ID: <4471.26112026@saltstraummarine.no>
Disposition: manual-action/MDN-sent-manually; displayed
"""
        hdr = ''.join(f'{k}: {v}\n' for k, v in msg.items())
        if kind == 'bounce':
            hdr += 'Auto-Submitted: auto-replied\n'
        raw = (hdr + f'MIME-Version: 1.0\nContent-Type: multipart/report; report-type={rtype};\n boundary="{bnd}"\n\n'
               f'--{bnd}\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n{human}\n'
               f'--{bnd}\nContent-Type: message/{rtype}\n\n{report}\n--{bnd}--\n')
        return raw.encode('utf-8')
    if kind == 'ics':
        msg.set_content('Sikkerhetsmøte for alle på verkstedet: gjennomgang av løfteoperasjoner og nye stropper etter hendelsen med loggføleren. Oppmøte i kantina.\n\nMarius')
        ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n'
               'BEGIN:VEVENT\r\nDTSTART:20261210T063000Z\r\nDTEND:20261210T073000Z\r\nSUMMARY:Sikkerhetsmøte verksted\r\n'
               f'ORGANIZER;CN=Marius Eliassen:mailto:marius.eliassen@{DOM}\r\nLOCATION:Kantina\r\n'
               'UID:4471-sm-20261210@saltstraummarine.no\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
        msg.add_alternative(ics, subtype='calendar', params={'method': 'REQUEST'})
    return msg


def main():
    assert len(M) == 120, len(M)
    from collections import Counter
    c = Counter((m['cat'], m['phish']) for m in M)
    for cat in ['sales_inquiry', 'customer_support', 'invoice', 'job_application', 'project_assignment', 'supplier', 'newsletter', 'other']:
        assert c[(cat, 0)] == 13, (cat, c[(cat, 0)])
    assert sum(m['phish'] for m in M) == 16
    random.seed(20261207)  # MIME boundaries
    order = list(range(len(M)))
    rnd.shuffle(order)
    out = os.path.join(HERE, 'messages')
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith('.eml'):
            os.remove(os.path.join(out, f))
    start = datetime(2026, 11, 23, 7, 0, tzinfo=TZ)
    rows = []
    for n, idx in enumerate(order, 1):
        m = M[idx]
        when = start + timedelta(minutes=rnd.randint(0, 14 * 24 * 60))
        msg = special(m, when) if m['raw'] else build(m, when)
        name = f'{n:03d}.eml'
        data = msg if isinstance(msg, bytes) else msg.as_bytes()
        if n % 3 == 0:  # mix of CRLF and LF line ends
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(out, name), 'wb') as f:
            f.write(data)
        rows.append({'file': name, 'category': m['cat'], 'phishing': m['phish'], 'language': m['lang'], 'note': m['note']})
    with open(os.path.join(HERE, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['file', 'category', 'phishing', 'language', 'note'])
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, 'organization.json'), 'w', encoding='utf-8') as f:
        json.dump(ORG, f, ensure_ascii=False, indent=2)
        f.write('\n')
    with open(os.path.join(HERE, 'known_domains.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(KNOWN) + '\n')
    print(f'wrote {len(rows)} messages; languages:', dict(Counter(m['lang'] for m in M)))


if __name__ == '__main__':
    main()
