"""Generate the blind intake set (issue 16): catalogue, dictations, audio, nameplates, notes.

Run from anywhere with the project venv (needs Pillow, numpy, scipy) and espeak-ng on PATH:

    /work/main/.venv/bin/python bench/blind/intake/make_intake.py

Everything (company, customers, people, products, prices, serial numbers) is invented.
Output is deterministic apart from espeak-ng's own version.
"""
from __future__ import annotations

import csv
import io
import json
import math
import random
import shutil
import subprocess
import wave
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / name), size)


# --------------------------------------------------------------------------------------------
# Catalogue of Mjøsvarme AS (Hamar): sells, installs and services heat pumps, ventilation, pumps.
# (product_id, name, description, unit, price, icon)
# --------------------------------------------------------------------------------------------
CATALOG = [
    ("VP-NL25", "Nordlys 25 luft-luft varmepumpe", "Luft/luft-varmepumpe 2,5 kW, rom opptil 60 m², R32 (air-to-air heat pump)", "stk", 18990, "indoor"),
    ("VP-NL35", "Nordlys 35 luft-luft varmepumpe", "Luft/luft-varmepumpe 3,5 kW, rom opptil 90 m², R32 (air-to-air heat pump)", "stk", 22490, "indoor"),
    ("VP-NL50", "Nordlys 50 luft-luft varmepumpe", "Luft/luft-varmepumpe 5,0 kW, store rom og serverrom, R32 (air-to-air heat pump)", "stk", 27990, "indoor"),
    ("VP-AR60", "Arktis 60 luft-vann varmepumpe", "Luft/vann-varmepumpe 6 kW for vannbåren varme (air-to-water heat pump)", "stk", 94900, "outdoor"),
    ("VP-AR90", "Arktis 90 luft-vann varmepumpe", "Luft/vann-varmepumpe 9 kW for vannbåren varme (air-to-water heat pump)", "stk", 118500, "outdoor"),
    ("VP-BV12", "Kjerne 12 bergvarmepumpe", "Væske/vann-varmepumpe 12 kW med innebygd styring (ground source heat pump)", "stk", 164000, "outdoor"),
    ("VP-MS28", "Duo 28 multisplit utedel", "Multisplit utedel 2,8 kW for inntil to innedeler (multi-split outdoor unit)", "stk", 31900, "outdoor"),
    ("VP-ID20", "Duo 20 innedel vegg", "Veggmontert innedel 2,0 kW til Duo multisplit (wall indoor unit)", "stk", 7490, "indoor"),
    ("VP-GK35", "Lavmo 35 gulvkonsoll innedel", "Gulvmodell innedel 3,5 kW (floor console indoor unit)", "stk", 9990, "indoor"),
    ("TB-VEGG", "Veggkonsoll for utedel", "Galvanisert veggbrakett med vibrasjonsdempere (wall bracket)", "stk", 1290, "bracket"),
    ("TB-BAKK", "Bakkestativ for utedel", "Bakkestativ i plast/aluminium, 40 cm (ground stand)", "stk", 1890, "bracket"),
    ("TB-ROR14", "Rørsett kobber 1/4-3/8 isolert", "Ferdig isolert kobberrørsett for varmepumpe, per meter (pipe set)", "m", 289, "pipe"),
    ("TB-KAN", "Kabelkanal hvit 60 mm", "Kabelkanal for rør og kabel, per meter (cable duct / line set cover)", "m", 149, "pipe"),
    ("TB-DREN", "Varmekabel for drensrør", "Selvbegrensende varmekabel for kondensavløp, per meter (drain heating cable)", "m", 245, "pipe"),
    ("TB-KOND", "Kondenspumpe mini", "Kondensvannpumpe for innedel (condensate pump)", "stk", 1690, "pump"),
    ("TB-WIFI", "WiFi-modul for varmepumpe", "Styring via app for Nordlys og Duo (WiFi module)", "stk", 1490, "box"),
    ("TB-SNO", "Snøtak for utedel", "Tak over utedel, pulverlakkert (snow roof)", "stk", 2190, "bracket"),
    ("VE-BR250", "Bris 250 ventilasjonsaggregat", "Balansert ventilasjon med roterende gjenvinner, boliger opptil 250 m² (ventilation unit)", "stk", 38900, "box"),
    ("VE-BR400", "Bris 400 ventilasjonsaggregat", "Balansert ventilasjon med roterende gjenvinner, opptil 400 m² (ventilation unit)", "stk", 49800, "box"),
    ("VE-KH60", "Kjøkkenhette Stål 60", "Kjøkkenhette 60 cm rustfritt stål for tilkobling til aggregat (kitchen hood)", "stk", 6490, "hood"),
    ("VE-K125", "Spirokanal Ø125", "Spirokanal galvanisert Ø125 mm, per meter (spiral duct)", "m", 119, "duct"),
    ("VE-K160", "Spirokanal Ø160", "Spirokanal galvanisert Ø160 mm, per meter (spiral duct)", "m", 149, "duct"),
    ("VE-TILL", "Tilluftsventil Ø125", "Justerbar tilluftsventil (supply air valve)", "stk", 389, "valve"),
    ("VE-AVT", "Avtrekksventil Ø125", "Justerbar avtrekksventil (extract air valve)", "stk", 349, "valve"),
    ("VE-LYD", "Lyddemper Ø160 900 mm", "Sirkulær lyddemper, 50 mm isolasjon (duct silencer)", "stk", 1190, "duct"),
    ("VE-TAK", "Takhette Ø160", "Takhette med takgjennomføring (roof cowl)", "stk", 3290, "hood"),
    ("FI-BR250", "Filtersett Bris 250", "Filtersett F7/M5 til Bris 250 (filter set)", "sett", 690, "filter"),
    ("FI-BR400", "Filtersett Bris 400", "Filtersett F7/M5 til Bris 400 (filter set)", "sett", 890, "filter"),
    ("FI-NL", "Filterpakke Nordlys innedel", "To støvfiltre og ett karbonfilter til Nordlys innedel (filter pack)", "pakke", 290, "filter"),
    ("FI-POSE", "Posefilter F7 592x592", "Posefilter F7 for større aggregater (bag filter)", "stk", 540, "filter"),
    ("FI-KULL", "Kullfilter kjøkkenhette", "Kullfilter til Kjøkkenhette Stål 60 (carbon filter)", "stk", 420, "filter"),
    ("PU-S2560", "Sirkulasjonspumpe Strøm 25-60", "Trinnløs sirkulasjonspumpe for radiator og gulvvarme (circulation pump)", "stk", 3890, "pump"),
    ("PU-S3280", "Sirkulasjonspumpe Strøm 32-80", "Trinnløs sirkulasjonspumpe for større anlegg (circulation pump)", "stk", 6290, "pump"),
    ("PU-SENK400", "Drenspumpe Senk 400", "Dykkpumpe for drensvann og kjeller (drainage pump)", "stk", 4590, "pump"),
    ("PU-SENK750", "Kloakkpumpestasjon Senk 750", "Pumpestasjon med kvern for avløp (sewage pump station)", "stk", 18900, "pump"),
    ("PU-DYP4", "Brønnpumpe Dyp 4\" 1,1 kW", "Borehullspumpe 4 tommer (borehole well pump)", "stk", 12400, "pump"),
    ("PU-EKSP25", "Ekspansjonskar 25 l", "Membran-ekspansjonskar 25 liter (expansion vessel / pressure tank)", "stk", 1190, "tank"),
    ("VV-BER200", "Varmtvannsbereder 200 l", "Varmtvannsbereder 200 liter, rustfri (hot water tank)", "stk", 11900, "tank"),
    ("VV-AKK300", "Akkumulatortank 300 l", "Akkumulatortank/buffertank 300 liter (buffer tank)", "stk", 16500, "tank"),
    ("AR-MONT", "Montørtime", "Montasje og rørleggerarbeid per time (installation labour)", "time", 895, "labour"),
    ("AR-ELEK", "Elektrikertime", "Elektrikerarbeid per time (electrician)", "time", 1050, "labour"),
    ("AR-KULDE", "Kuldeteknikertime", "Kuldetekniker med F-gass-sertifikat per time (refrigeration technician)", "time", 1150, "labour"),
    ("AR-SERVVP", "Service luft-luft varmepumpe", "Fastpris service: rens, filter, funksjonstest (heat pump service, fixed price)", "stk", 1890, "labour"),
    ("AR-SERVVENT", "Service ventilasjonsaggregat", "Fastpris service: rens, filterskift, kontroll (ventilation service, fixed price)", "stk", 2490, "labour"),
    ("AR-KJOR", "Kjøring og oppmøte", "Oppmøtegebyr per utrykning (call-out / travel)", "stk", 650, "van"),
    ("AR-DEMONT", "Demontering gammel varmepumpe", "Demontering, tømming av kuldemedium og bortkjøring (removal and disposal)", "stk", 2500, "labour"),
    ("AR-INNREG", "Innregulering ventilasjon", "Innregulering og måleprotokoll (commissioning and air balancing)", "stk", 3900, "labour"),
    ("AR-LIFT", "Lift leie", "Leie av personløfter per dag (lift hire)", "dag", 1800, "van"),
]
PRICE = {p[0]: p[4] for p in CATALOG}

# --------------------------------------------------------------------------------------------
# Dictations. items: (product_id|None, quantity, discount_pct|None, override_price|None)
# For product_id None the override price is the stated price of the uncatalogued line.
# validity: ("days", n) relative to `date`, ("date", "YYYY-MM-DD"), or None.
# --------------------------------------------------------------------------------------------
DICTATIONS = [
    dict(id="01", language="nb", date="2026-11-02", customer="Stange Tannklinikk AS", aliases=[], contact="Ingrid Haugen",
         text=("Ehm, ja, dette er et tilbud til Stange Tannklinikk AS, kontaktperson er Ingrid Haugen. "
               "Eh, de skal ha to stykk Nordlys trettifem, nei forresten, tre stykk Nordlys trettifem, én til hvert behandlingsrom. "
               "Så trenger vi tre veggkonsoller, og ... la oss si femten meter rørsett. Kabelkanal, tolv meter. "
               "Montørtimer, eh, regn med ti timer. Og så kuldetekniker, fire timer. "
               "Ti prosent rabatt på varmepumpene. Tilbudet er gyldig i tretti dager. Takk."),
         items=[("VP-NL35", 3, 10, None), ("TB-VEGG", 3, None, None), ("TB-ROR14", 15, None, None),
                ("TB-KAN", 12, None, None), ("AR-MONT", 10, None, None), ("AR-KULDE", 4, None, None)],
         validity=("days", 30), note="self-correction 2→3; discount on heat pumps only"),
    dict(id="02", language="nb", date="2026-11-05", customer="Borettslaget Furuhaugen", aliases=["Furuhaugen borettslag"], contact="Terje Bakken",
         text=("Ok, tilbud til Borettslaget Furuhaugen, ved styreleder Terje Bakken. Det gjelder service på ventilasjonen. "
               "Eh, de har seks Bris to-femti-aggregater i rekkehusene, så det blir seks stykk service ventilasjonsaggregat, "
               "og seks filtersett til Bris to-femti. Kjøring, én gang. "
               "Og så tar vi innregulering, nei vent, dropp innreguleringen, det fikk de i fjor. "
               "Gyldig til trettiførste desember."),
         items=[("AR-SERVVENT", 6, None, None), ("FI-BR250", 6, None, None), ("AR-KJOR", 1, None, None)],
         validity=("date", "2026-12-31"), note="existing units mentioned are not items; dropped line"),
    dict(id="03", language="nb", date="2026-11-09", customer="Gjøvik Bilsenter AS", aliases=[], contact=None,
         text=("Tilbud til Gjøvik Bilsenter AS. Eh, hva var det, jo, det er verkstedhallen. "
               "Vi skal ha én Arktis nitti luft-vann varmepumpe, en akkumulatortank på tre hundre liter, "
               "to sirkulasjonspumper Strøm trettito-åtti, og ett ekspansjonskar. "
               "Montørtimer, tjueto og en halv time. Elektriker seks timer. "
               "Sett prisen på varmepumpa til hundre og ti tusen, det ble vi enige om på befaringa. "
               "Og så lift, to dager. Gyldig i fjorten dager."),
         items=[("VP-AR90", 1, None, 110000), ("VV-AKK300", 1, None, None), ("PU-S3280", 2, None, None),
                ("PU-EKSP25", 1, None, None), ("AR-MONT", 22.5, None, None), ("AR-ELEK", 6, None, None),
                ("AR-LIFT", 2, None, None)],
         validity=("days", 14), note="price override on the heat pump; 22.5 hours"),
    dict(id="04", language="nb", date="2026-11-12", customer="Brumunddal Regnskap AS", aliases=[], contact="Hanne Lie",
         text=("Ja, hei, det er Marius. Jeg snakka med Hanne Lie i dag, hun er daglig leder hos Brumunddal Regnskap AS, "
               "og de vil ha tilbud på varmepumpe til kontoret. Eh. En Nordlys femti, med veggkonsoll og snøtak. "
               "Åtte meter rørsett. WiFi-modul, ja, ta med den. Demontering av den gamle pumpa deres. "
               "Montør fem timer, og kuldetekniker tre timer. "
               "Ehm, vi gir dem fem prosent rabatt på hele tilbudet, nei, bare på varmepumpa. Gyldig i tretti dager."),
         items=[("VP-NL50", 1, 5, None), ("TB-VEGG", 1, None, None), ("TB-SNO", 1, None, None),
                ("TB-ROR14", 8, None, None), ("TB-WIFI", 1, None, None), ("AR-DEMONT", 1, None, None),
                ("AR-MONT", 5, None, None), ("AR-KULDE", 3, None, None)],
         validity=("days", 30), note="contact named before the company; discount corrected to heat pump only"),
    dict(id="05", language="nb", date="2026-11-16", customer="Ottestad Idrettslag", aliases=["Ottestad IL"], contact="Jon Arne Moen",
         text=("Tilbud til Ottestad Idrettslag. Kontakt er Jon Arne Moen. "
               "De trenger ny drenspumpe i garderobekjelleren, en Senk fire hundre. "
               "Og så en kloakkpumpestasjon, Senk sju hundre og femti. "
               "Eh, i tillegg en alarmenhet med SMS-varsling, den har vi ikke i katalogen, sett den til to tusen fire hundre kroner. "
               "Montør åtte timer, og elektriker to og en halv time. Kjøring to ganger. Tilbudet gjelder i tjue dager."),
         items=[("PU-SENK400", 1, None, None), ("PU-SENK750", 1, None, None), (None, 1, None, 2400),
                ("AR-MONT", 8, None, None), ("AR-ELEK", 2.5, None, None), ("AR-KJOR", 2, None, None)],
         validity=("days", 20), note="uncatalogued alarm unit"),
    dict(id="06", language="nb", date="2026-11-19", customer="Løten kommune", aliases=["Løten kommune, Løten barnehage"], contact="Siri Dahl",
         text=("Eh, nytt tilbud. Kunde er Løten kommune, eh, ved innkjøpsansvarlig Siri Dahl. Det gjelder Løten barnehage. "
               "Ventilasjonsaggregat Bris fire hundre, ett stykk. Spirokanal hundre og seksti, førti meter, "
               "og så spirokanal hundre og tjuefem, tjuefem meter. Tilluftsventiler åtte stykk, avtrekksventiler seks. "
               "To lyddempere. Én takhette. Montør trettito timer. Og innregulering. "
               "Vi gir femten prosent rabatt på aggregatet. Gyldig til femtende januar."),
         items=[("VE-BR400", 1, 15, None), ("VE-K160", 40, None, None), ("VE-K125", 25, None, None),
                ("VE-TILL", 8, None, None), ("VE-AVT", 6, None, None), ("VE-LYD", 2, None, None),
                ("VE-TAK", 1, None, None), ("AR-MONT", 32, None, None), ("AR-INNREG", 1, None, None)],
         validity=("date", "2027-01-15"), note="municipality; site named after the customer; date in next year"),
    dict(id="07", language="nb", date="2026-11-24", customer="Elverum Fysioterapi AS", aliases=[], contact="Karianne Holm",
         text=("Tilbud til Elverum Fysioterapi AS, eh, Kari, nei, Karianne Holm er kontakt. "
               "Bergvarmepumpe Kjerne tolv, ett stykk. Varmtvannsbereder to hundre liter. Brønnpumpe trenger de ikke. "
               "Eh, boring av energibrønn, to hundre meter, det gjør Hedmark Brønnboring, men vi legger det inn i tilbudet "
               "til fire hundre og femti kroner meteren. Montør tjue timer, elektriker fire. Gyldig i førtifem dager."),
         items=[("VP-BV12", 1, None, None), ("VV-BER200", 1, None, None), (None, 200, None, 450),
                ("AR-MONT", 20, None, None), ("AR-ELEK", 4, None, None)],
         validity=("days", 45), note="negated product (well pump); uncatalogued drilling 200 m"),
    dict(id="08", language="nb", date="2026-11-30", customer="Sameiet Strandvegen 14", aliases=["Strandvegen 14"], contact="Bjørn Kvam",
         text=("Ehm, ok. Tilbud til Sameiet Strandvegen fjorten, kontakt Bjørn Kvam. Det blir multisplit. "
               "Utedel Duo tjueåtte, to stykk, og fire innedeler Duo tjue. Bakkestativ, to. Kondenspumpe, to stykk. "
               "Rørsett tjueåtte meter. Kuldetekniker åtte timer, montør tolv timer. "
               "Montørtimene setter vi til åtte hundre og femti kroner."),
         items=[("VP-MS28", 2, None, None), ("VP-ID20", 4, None, None), ("TB-BAKK", 2, None, None),
                ("TB-KOND", 2, None, None), ("TB-ROR14", 28, None, None), ("AR-KULDE", 8, None, None),
                ("AR-MONT", 12, None, 850)],
         validity=None, note="no validity stated; labour rate override; number inside the customer name"),
    dict(id="09", language="en", date="2026-11-03", customer="Hedmark Data Center AS", aliases=["Hedmark Data Centre AS"], contact="Lars Ekeberg",
         text=("Uh, okay, this is a quote for Hedmark Data Center AS, attention Lars Ekeberg. "
               "Um, they need cooling for the server room, so two Nordlys fifty air to air heat pumps, with two wall brackets, "
               "and twenty metres of pipe set. Let's see, cable duct, ten metres. Two condensate pumps. "
               "Refrigeration technician, six hours, and installation labour, eight hours. "
               "Give them ten percent off the heat pumps. Valid for thirty days."),
         items=[("VP-NL50", 2, 10, None), ("TB-VEGG", 2, None, None), ("TB-ROR14", 20, None, None),
                ("TB-KAN", 10, None, None), ("TB-KOND", 2, None, None), ("AR-KULDE", 6, None, None),
                ("AR-MONT", 8, None, None)],
         validity=("days", 30), note=""),
    dict(id="10", language="en", date="2026-11-06", customer="Lakeside Hotel Hamar AS", aliases=["Lakeside Hotel Hamar"], contact="Emma Clarke",
         text=("Quote for Lakeside Hotel Hamar AS, contact Emma Clarke, she's the facilities manager. "
               "It's the yearly ventilation service. Ventilation service, fixed price, four units. "
               "Four filter sets for the Bris four hundred. Um, eight bag filters. And the call-out fee, once. "
               "Valid until the thirty-first of January."),
         items=[("AR-SERVVENT", 4, None, None), ("FI-BR400", 4, None, None), ("FI-POSE", 8, None, None),
                ("AR-KJOR", 1, None, None)],
         validity=("date", "2027-01-31"), note=""),
    dict(id="11", language="en", date="2026-11-10", customer="Vang Logistics", aliases=["Vang Logistics AS"], contact="Tom Riise",
         text=("Right, so I spoke with Tom Riise at Vang Logistics, they want a price on an air to water heat pump for the warehouse office. "
               "One Arktis sixty air to water heat pump. A hot water tank, two hundred litres. "
               "One circulation pump, Strøm twenty-five sixty. One expansion vessel. "
               "Installation labour, eighteen hours, no, make that sixteen hours. Electrician, three and a half hours. "
               "Valid for fourteen days."),
         items=[("VP-AR60", 1, None, None), ("VV-BER200", 1, None, None), ("PU-S2560", 1, None, None),
                ("PU-EKSP25", 1, None, None), ("AR-MONT", 16, None, None), ("AR-ELEK", 3.5, None, None)],
         validity=("days", 14), note="contact named first; self-correction 18→16"),
    dict(id="12", language="en", date="2026-11-13", customer="Ringsaker Municipality", aliases=["Ringsaker kommune"], contact="Ahmed Rahman",
         text=("Quote for Ringsaker Municipality, the contact is Ahmed Rahman. It's for the pump station at Moelv. "
               "One sewage pump station, Senk seven fifty. Two drainage pumps, Senk four hundred. "
               "Also a stainless steel control cabinet, that's not in our catalogue, put it in at eleven thousand five hundred. "
               "Installation labour twelve hours, electrician five hours. "
               "Oh, and set the sewage pump station to sixteen thousand. Valid for sixty days."),
         items=[("PU-SENK750", 1, None, 16000), ("PU-SENK400", 2, None, None), (None, 1, None, 11500),
                ("AR-MONT", 12, None, None), ("AR-ELEK", 5, None, None)],
         validity=("days", 60), note="late price override; uncatalogued cabinet"),
    dict(id="13", language="en", date="2026-11-17", customer="Nordic Padel Center AS", aliases=["Nordic Padel Centre AS"], contact="Julia Berg",
         text=("Um, quote to Nordic Padel Center AS. Contact person is Julia Berg. They want balanced ventilation for the clubhouse. "
               "One Bris two fifty ventilation unit. Thirty metres of spiral duct, one twenty five. "
               "Six supply air valves and five extract valves. One silencer. One roof cowl. "
               "Kitchen hood, the Steel sixty, one. Installation labour twenty-four hours. Commissioning and balancing, once. "
               "Five percent discount on the ventilation unit. Valid for thirty days."),
         items=[("VE-BR250", 1, 5, None), ("VE-K125", 30, None, None), ("VE-TILL", 6, None, None),
                ("VE-AVT", 5, None, None), ("VE-LYD", 1, None, None), ("VE-TAK", 1, None, None),
                ("VE-KH60", 1, None, None), ("AR-MONT", 24, None, None), ("AR-INNREG", 1, None, None)],
         validity=("days", 30), note="English names vs Norwegian catalogue names"),
    dict(id="14", language="en", date="2026-11-20", customer="Tynset Sawmill AS", aliases=["Tynset Sagbruk AS"], contact="Ola Brenna",
         text=("Okay, next one. Quote for Tynset Sawmill AS, attention Ola Brenna. We replace the old heat pump in the office. "
               "Removal and disposal of the old heat pump, one. One Nordlys twenty-five, uh, sorry, Nordlys thirty-five. "
               "One wall bracket and one snow roof. Six metres of pipe set. One WiFi module. "
               "Refrigeration technician, three hours. Installation labour, four hours. "
               "They're far away, so travel twice. Valid for thirty days."),
         items=[("AR-DEMONT", 1, None, None), ("VP-NL35", 1, None, None), ("TB-VEGG", 1, None, None),
                ("TB-SNO", 1, None, None), ("TB-ROR14", 6, None, None), ("TB-WIFI", 1, None, None),
                ("AR-KULDE", 3, None, None), ("AR-MONT", 4, None, None), ("AR-KJOR", 2, None, None)],
         validity=("days", 30), note="model self-correction 25→35"),
    dict(id="15", language="en", date="2026-11-25", customer="Romedal Agro AS", aliases=[], contact="Peter Lund",
         text=("Quote for Romedal Agro AS, uh, contact is Peter Lund. New water supply for the barn. "
               "Borehole well pump, the Dyp four inch, one. Expansion vessels, two. "
               "Uh, a UV water filter, not in the catalogue, price it at six thousand two hundred. "
               "Installation labour, nine and a half hours. Electrician, two hours. "
               "Set the installation labour rate to eight hundred and fifty kroner per hour."),
         items=[("PU-DYP4", 1, None, None), ("PU-EKSP25", 2, None, None), (None, 1, None, 6200),
                ("AR-MONT", 9.5, None, 850), ("AR-ELEK", 2, None, None)],
         validity=None, note="no validity; labour override; 'UV water filter' is not a catalogue filter"),
    dict(id="16", language="en", date="2026-12-01", customer="Elverum Student Housing Foundation",
         aliases=["Elverum Student Housing"], contact="Nina Solberg",
         text=("Um, last one. This is for Elverum Student Housing, uh, the foundation, Elverum Student Housing Foundation. "
               "Contact Nina Solberg. Filter change in the student flats. "
               "Forty filter sets for the Bris two fifty, no wait, thirty-six sets. "
               "Twelve air to air heat pump services, fixed price. Twelve filter packs for the Nordlys indoor units. "
               "Twelve percent discount on the filter sets. Call-out, three times. Valid until the fifteenth of December."),
         items=[("FI-BR250", 36, 12, None), ("AR-SERVVP", 12, None, None), ("FI-NL", 12, None, None),
                ("AR-KJOR", 3, None, None)],
         validity=("date", "2026-12-15"), note="self-correction 40→36; discount on one line"),
]

EN_VOICES = ["en-us", "en-gb", "en-us+m3", "en-gb-x-rp", "en-us+f2", "en-gb+m2", "en-us+f4", "en-gb-scotland"]

# --------------------------------------------------------------------------------------------
# Nameplates and service notes
# --------------------------------------------------------------------------------------------
NAMEPLATES = [
    dict(id="01", manufacturer="Polarvind", model="PV-35HRN", serial="PV35H1907A0412", date_printed="03/2019", year=2019,
         ratings=["230 V ~ 50 Hz", "Heating 3.5 kW", "Input 0.85 kW", "R32 0.75 kg", "IP24"], style="silver", transform=dict(tilt=6, persp=0.06, blur=0.8, noise=8, rotate=0)),
    dict(id="02", manufacturer="Aerotherm Nordic", model="ATN-9W", serial="ATN09-2104-88317", date_printed="2021-04", year=2021,
         ratings=["400 V 3N~ 50 Hz", "9.0 kW (A7/W35)", "R290 1.1 kg", "IPX4"], style="sticker", transform=dict(tilt=-9, persp=0.10, blur=1.2, noise=12, rotate=0)),
    dict(id="03", manufacturer="HydroStrøm", model="HS 32-80 E", serial="HS3280E0618225", date_printed="2018", year=2018,
         ratings=["230 V 50 Hz", "P1 max 140 W", "PN 10", "IP44"], style="dark", transform=dict(tilt=3, persp=0.04, blur=1.5, noise=10, rotate=90)),
    dict(id="04", manufacturer="Ventura Klima", model="VK-R300", serial="VKR300-20-11872", date_printed="11/2020", year=2020,
         ratings=["230 V ~ 50 Hz", "2.1 kW", "Airflow 300 m3/h", "IP24"], style="silver", transform=dict(tilt=-4, persp=0.12, blur=0.6, noise=6, rotate=0)),
    dict(id="05", manufacturer="Fjordpumpe", model="FP-DYK 400", serial="FD4B0S8127", date_printed="07/2017", year=2017,
         ratings=["230 V 50 Hz", "0.55 kW", "IP68", "Qmax 9 m3/h"], style="sticker", transform=dict(tilt=12, persp=0.05, blur=1.0, noise=14, rotate=180)),
    dict(id="06", manufacturer="Polarvind", model="PV-50HRN", serial="PV50H2211C0098", date_printed="11/2022", year=2022,
         ratings=["230 V ~ 50 Hz", "Heating 5.8 kW", "Cooling 5.0 kW", "R32 1.05 kg", "IP24"], style="silver", transform=dict(tilt=-2, persp=0.03, blur=2.0, noise=9, rotate=0)),
    dict(id="07", manufacturer="Termo Kraft", model="TK-GS12", serial="TKG12-1509-0431", date_printed="09/2015", year=2015,
         ratings=["400 V 3~ 50 Hz", "12 kW", "R407C 2.2 kg", "IP21"], style="dark", transform=dict(tilt=7, persp=0.09, blur=0.9, noise=11, rotate=0)),
    dict(id="08", manufacturer="Aerotherm Nordic", model="ATN-6W", serial="ATN06-2309-10452", date_printed="2023.09", year=2023,
         ratings=["230 V ~ 50 Hz", "6.0 kW", "R290 0.9 kg", "IPX4"], style="sticker", transform=dict(tilt=-14, persp=0.07, blur=0.7, noise=16, rotate=0)),
    dict(id="09", manufacturer="Ventura Klima", model="VK-R500 EC", serial="VKR500-16-02291", date_printed="05/2016", year=2016,
         ratings=["230 V ~ 50 Hz", "Fans 2 x 170 W", "Heater 1.6 kW", "IP34"], style="silver", transform=dict(tilt=4, persp=0.14, blur=1.3, noise=7, rotate=0)),
    dict(id="10", manufacturer="Kuldemaster", model="KM-MS28 OU", serial="KM28U-1912-7765", date_printed="12/2019", year=2019,
         ratings=["230 V ~ 50 Hz", "2.8 kW", "R32 0.98 kg", "IP24"], style="dark", transform=dict(tilt=-6, persp=0.05, blur=1.1, noise=13, rotate=0, light=0.55)),
    dict(id="11", manufacturer="HydroStrøm", model="HS 25-60", serial="HS2560-0324-5518", date_printed="03/2024", year=2024,
         ratings=["230 V 50 Hz", "P1 max 45 W", "PN 10", "IP44"], style="sticker", transform=dict(tilt=2, persp=0.08, blur=1.6, noise=10, rotate=0, light=0.6)),
    dict(id="12", manufacturer="Polarvind", model="PV-AW8", serial="PVAW8-2012-0B3S1", date_printed="Mfg. 12/2020", year=2020,
         ratings=["400 V 3N~ 50 Hz", "Heating 8 kW", "R32 1.6 kg", "IPX4"], style="silver", transform=dict(tilt=-10, persp=0.11, blur=1.0, noise=12, rotate=0)),
]

NOTES = {
    "01": ("nb", "Service på varmepumpa i stua. Ehm, filtrene var helt tette, og utedelen var full av løv. "
                 "Jeg rengjorde filtrene og spylte fordamperen. Kondensavløpet dryppet inn på veggen, det skiftet jeg slangen på. "
                 "Brukte en meter dreneringsslange. Tid en og en halv time.",
           ["tette filtre", "utedel full av løv", "kondensavløp lekker"],
           ["rengjort filtre", "spylt fordamper", "skiftet dreneringsslange"]),
    "02": ("en", "Annual service on the air to water heat pump. Pressure in the heating circuit was low, about 0.6 bar. "
                 "Topped up to 1.5 bar and bled the radiators. Found a weeping valve on the return pipe, tightened it. "
                 "Recommend replacing the expansion vessel next visit. Two hours on site.",
           ["low pressure in heating circuit", "leaking valve on return pipe"],
           ["topped up pressure", "bled radiators", "tightened valve", "recommend replacing expansion vessel"]),
    "03": ("nb", "Sirkulasjonspumpa i fyrrommet bråket, lagerstøy. Pumpa er fra 2018. Byttet pumpa mot ny Strøm trettito-åtti. "
                 "Luftet anlegget og kontrollerte trykket. Tre timer.",
           ["lagerstøy i sirkulasjonspumpe"],
           ["byttet sirkulasjonspumpe", "luftet anlegget", "kontrollert trykk"]),
    "04": ("nb", "Ventilasjonsaggregatet ga feilkode på rotor. Remmen til gjenvinneren var slakk og sprukket. "
                 "Skiftet rem og filtre. Rengjorde vifter. Anbefaler innregulering, luftmengdene virker lave.",
           ["feilkode rotor", "slakk og sprukket rem", "lave luftmengder"],
           ["skiftet rem", "skiftet filtre", "rengjort vifter", "anbefaler innregulering"]),
    "05": ("en", "Drainage pump in the basement did not start. Float switch was stuck with sludge. "
                 "Cleaned the pump sump and the float, tested it, runs fine now. Customer should clean the sump once a year.",
           ["pump did not start", "float switch stuck with sludge"],
           ["cleaned sump and float", "tested pump", "advised yearly cleaning"]),
    "06": ("en", "Heat pump in the meeting room blowing cold air in heating mode. Outdoor unit was iced up, defrost sensor faulty. "
                 "Replaced the defrost sensor and ran a test cycle. Also cleaned the indoor filters.",
           ["blowing cold air in heating mode", "outdoor unit iced up", "faulty defrost sensor"],
           ["replaced defrost sensor", "ran test cycle", "cleaned indoor filters"]),
    "07": ("nb", "Bergvarmepumpa går i høytrykksfeil. Fant tett smussfilter på kollektorsiden. Renset filteret og fylte på kollektorvæske. "
                 "Kuldemedium ser ok ut, ingen lekkasje funnet med lekkasjesøker. To timer pluss kjøring.",
           ["høytrykksfeil", "tett smussfilter på kollektorsiden", "ingen lekkasje"],
           ["renset smussfilter", "fylt på kollektorvæske", "lekkasjesøk utført"]),
    "08": ("en", "Commissioning check on the new air to water unit. Everything fine except the outdoor sensor, which was mounted in direct sun. "
                 "Moved the outdoor sensor to the north wall. Set the heating curve to 4.",
           ["outdoor sensor in direct sun"],
           ["moved outdoor sensor to north wall", "set heating curve"]),
    "09": ("nb", "Årlig service på ventilasjonen. Tilluftsvifta har ubalanse, den vibrerer. Filtrene var skitne. "
                 "Skiftet filtre, rengjorde vifta, men ubalansen er der fortsatt. Må bestille ny vifte.",
           ["ubalanse i tilluftsvifte", "skitne filtre"],
           ["skiftet filtre", "rengjort vifte", "bestille ny vifte"]),
    "10": ("en", "Multi split outdoor unit. Customer reported error code E4 on one indoor unit. Low refrigerant charge, found a leak at the flare nut. "
                 "Remade the flare, vacuumed and recharged with R32, leak test OK. Four hours including travel.",
           ["error code E4", "low refrigerant charge", "leak at flare nut"],
           ["remade flare", "vacuumed and recharged", "leak test"]),
    "11": ("nb", "Sirkulasjonspumpe på gulvvarmen. Ingen feil funnet, pumpa går som den skal. Justerte trinn fra tre til to for mindre støy. "
                 "Kunden er fornøyd.",
           ["ingen feil funnet"],
           ["justert pumpetrinn"]),
    "12": ("nb", "Luft-vann varmepumpe, ehm, kunden klaget på lite varmtvann. Fant at varmtvannsprioritering var slått av. "
                 "Slo på prioritering og økte temperaturen på bereder til sekstifem grader. Legionellaprogram aktivert. "
                 "Også skiftet en defekt sikring på styrekortet.",
           ["lite varmtvann", "varmtvannsprioritering slått av", "defekt sikring på styrekort"],
           ["slått på prioritering", "økt temperatur på bereder", "aktivert legionellaprogram", "skiftet sikring"]),
}


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
ICON_COLOURS = {"indoor": "#e8eef2", "outdoor": "#cfd6dc", "bracket": "#9aa4ad", "pipe": "#c77d3a",
                "pump": "#2f6db3", "box": "#dfe4e8", "hood": "#b9c0c6", "duct": "#a9b3bb", "valve": "#f4f4f4",
                "filter": "#f1e6b8", "tank": "#d9dde0", "labour": "#f0a030", "van": "#ffffff"}


def draw_icon(kind: str, pid: str) -> Image.Image:
    im = Image.new("RGB", (160, 120), "#ffffff")
    d = ImageDraw.Draw(im)
    c = ICON_COLOURS[kind]
    if kind == "indoor":
        d.rounded_rectangle((15, 30, 145, 75), 12, fill=c, outline="#555")
        for y in (62, 67):
            d.line((25, y, 135, y), fill="#888", width=2)
    elif kind == "outdoor":
        d.rectangle((20, 20, 140, 95), fill=c, outline="#444", width=2)
        d.ellipse((30, 28, 90, 88), outline="#333", width=3)
        for a in range(0, 360, 60):
            x = 60 + 25 * math.cos(math.radians(a)); y = 58 + 25 * math.sin(math.radians(a))
            d.line((60, 58, x, y), fill="#333", width=3)
        for y in range(30, 90, 8):
            d.line((100, y, 132, y), fill="#777", width=2)
    elif kind == "bracket":
        d.line((30, 20, 30, 95), fill=c, width=8); d.line((30, 90, 130, 90), fill=c, width=8)
        d.line((30, 40, 110, 90), fill=c, width=5)
    elif kind == "pipe":
        d.arc((20, 20, 140, 140), 180, 270, fill=c, width=12); d.arc((40, 40, 140, 140), 180, 270, fill="#777", width=6)
    elif kind == "pump":
        d.ellipse((50, 25, 110, 85), fill=c, outline="#123", width=3)
        d.rectangle((15, 48, 50, 62), fill="#888"); d.rectangle((110, 48, 145, 62), fill="#888")
    elif kind == "box":
        d.rectangle((30, 15, 130, 100), fill=c, outline="#444", width=2)
        d.rectangle((45, 30, 115, 45), fill="#9bb")
    elif kind == "hood":
        d.polygon([(30, 80), (130, 80), (105, 40), (55, 40)], fill=c, outline="#444")
        d.rectangle((70, 10, 90, 40), fill=c, outline="#444")
    elif kind == "duct":
        d.rectangle((20, 40, 140, 75), fill=c, outline="#555")
        for x in range(30, 140, 12):
            d.line((x, 40, x + 8, 75), fill="#8a949c", width=1)
    elif kind == "valve":
        d.ellipse((40, 20, 120, 100), fill=c, outline="#555", width=3); d.ellipse((65, 45, 95, 75), outline="#555", width=2)
    elif kind == "filter":
        d.rectangle((30, 20, 130, 95), fill=c, outline="#665", width=3)
        for x in range(40, 130, 10):
            d.line((x, 22, x, 93), fill="#c9b870", width=2)
    elif kind == "tank":
        d.rounded_rectangle((55, 10, 105, 105), 20, fill=c, outline="#444", width=2)
    elif kind == "labour":
        d.line((40, 95, 110, 25), fill="#555", width=10); d.ellipse((95, 12, 125, 42), outline="#555", width=8)
        d.ellipse((20, 80, 55, 110), fill=c)
    elif kind == "van":
        d.rectangle((20, 40, 120, 85), fill=c, outline="#246", width=3); d.rectangle((120, 55, 145, 85), fill="#cde", outline="#246", width=3)
        d.ellipse((35, 78, 55, 98), fill="#222"); d.ellipse((110, 78, 130, 98), fill="#222")
    d.text((6, 104), pid, fill="#333", font=font("DejaVuSans.ttf", 11))
    return im


def write_catalog() -> None:
    (HERE / "images").mkdir(exist_ok=True)
    with open(HERE / "catalog.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["product_id", "name", "description", "unit", "price", "image"])
        for pid, name, desc, unit, price, icon in CATALOG:
            img = f"images/{pid.lower()}.png"
            draw_icon(icon, pid).save(HERE / img, optimize=True)
            w.writerow([pid, name, desc, unit, f"{price:.2f}", img])


def unit_price(pid, disc, override):
    if override is not None:
        return float(override)
    p = PRICE[pid]
    return round(p * (1 - (disc or 0) / 100), 2)


def write_dictations() -> None:
    out = HERE / "dictations"
    out.mkdir(exist_ok=True)
    rows = []
    for i, dct in enumerate(DICTATIONS):
        (out / f"{dct['id']}.txt").write_text(dct["text"] + "\n", encoding="utf-8")
        items = []
        for pid, qty, disc, override in dct["items"]:
            items.append({"product_id": pid, "quantity": qty, "unit_price": unit_price(pid, disc, override)})
        total = round(sum(it["quantity"] * it["unit_price"] for it in items), 2)
        v = dct["validity"]
        d0 = date.fromisoformat(dct["date"])
        if v is None:
            valid_until, validity = None, None
        elif v[0] == "days":
            valid_until, validity = (d0 + timedelta(days=v[1])).isoformat(), {"days": v[1]}
        else:
            valid_until, validity = v[1], {"date": v[1]}
        audio = None
        if dct["language"] == "en":
            audio = f"dictations/{dct['id']}.wav"
            synth(dct["text"], EN_VOICES[i % len(EN_VOICES)], HERE / audio)
        rows.append({"id": dct["id"], "language": dct["language"], "date": dct["date"],
                     "text": f"dictations/{dct['id']}.txt", "audio": audio,
                     "customer": dct["customer"], "customer_aliases": dct["aliases"], "contact": dct["contact"],
                     "items": items, "total_excl_vat": total, "valid_until": valid_until, "validity": validity,
                     "note": dct["note"]})
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def synth(text: str, voice: str, path: Path) -> None:
    """espeak-ng → 22.05 kHz WAV → 16 kHz mono 16-bit PCM."""
    from scipy.signal import resample_poly

    if not shutil.which("espeak-ng"):
        raise SystemExit("espeak-ng is required (apt-get install -y espeak-ng)")
    clean = text.replace("...", ",")
    raw = subprocess.run(["espeak-ng", "-v", voice, "-s", "165", "-g", "2", "--stdout", clean],
                         check=True, capture_output=True).stdout
    with wave.open(io.BytesIO(raw)) as w:
        rate, n = w.getframerate(), w.getnframes()
        x = np.frombuffer(w.readframes(n), dtype="<i2").astype(np.float64)
    g = math.gcd(16000, rate)
    y = resample_poly(x, 16000 // g, rate // g)
    y = np.clip(np.round(y), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(16000)
        w.writeframes(y.tobytes())


# ---------------------------------------------------------------- nameplates
def perspective_coeffs(dst, src):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output pts dst -> input pts src."""
    a = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(np.array(a, dtype=float), b).tolist()


def render_plate(np_: dict) -> Image.Image:
    W, H = 1000, 640
    style = np_["style"]
    if style == "dark":
        bg, fg, sub = (28, 34, 48), (235, 235, 230), (190, 195, 200)
    elif style == "sticker":
        bg, fg, sub = (250, 250, 246), (20, 20, 20), (70, 70, 70)
    else:
        bg, fg, sub = (196, 200, 204), (18, 18, 22), (55, 55, 60)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    if style == "silver":  # brushed metal
        rnd = random.Random(np_["id"])
        for y in range(0, H, 2):
            t = rnd.randint(-10, 10)
            d.line((0, y, W, y), fill=tuple(max(0, min(255, c + t)) for c in bg))
        for cx, cy in ((30, 30), (W - 30, 30), (30, H - 30), (W - 30, H - 30)):
            d.ellipse((cx - 12, cy - 12, cx + 12, cy + 12), fill=(150, 152, 155), outline=(90, 90, 90), width=2)
    y = 40
    if style == "sticker":
        d.rectangle((0, 0, W, 110), fill=(0, 84, 150))
        d.text((50, 22), np_["manufacturer"], fill=(255, 255, 255), font=font("DejaVuSans-Bold.ttf", 62))
    else:
        d.text((60, y), np_["manufacturer"], fill=fg, font=font("DejaVuSans-Bold.ttf", 62))
    y = 135
    lab = font("DejaVuSans.ttf", 30); val = font("DejaVuSansMono-Bold.ttf", 38)
    date_label = "Date" if np_["date_printed"].startswith("Mfg") else "Produsert / Manufactured"
    for label, value in (("Modell / Model", np_["model"]), ("Serienr. / Serial No.", np_["serial"]),
                         (date_label, np_["date_printed"])):
        d.text((60, y + 6), label, fill=sub, font=lab)
        d.text((470, y), value, fill=fg, font=val)
        y += 70
    d.line((50, y, W - 50, y), fill=sub, width=2)
    y += 20
    rf = font("DejaVuSans.ttf", 32)
    for k, r in enumerate(np_["ratings"]):
        d.text((60 + (k % 2) * 450, y + (k // 2) * 50), r, fill=fg, font=rf)
    d.text((W - 200, H - 70), "CE  Made in EU", fill=sub, font=font("DejaVuSans.ttf", 24))
    return im


def photo_of(plate: Image.Image, tf: dict, seed: int) -> Image.Image:
    rnd = random.Random(seed)
    BW, BH = 1400, 1050
    base = np.full((BH, BW, 3), rnd.choice([(120, 124, 128), (180, 176, 168), (90, 98, 92)]), dtype=np.float64)
    base += np.random.default_rng(seed).normal(0, 6, base.shape)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    p = plate.convert("RGBA").rotate(tf["tilt"], resample=Image.BICUBIC, expand=True)
    bg.paste(p, ((BW - p.width) // 2 + rnd.randint(-40, 40), (BH - p.height) // 2 + rnd.randint(-30, 30)), p)
    # perspective: output corners map to pulled-in input corners
    k = tf["persp"]
    dst = [(0, 0), (BW, 0), (BW, BH), (0, BH)]
    src = [(BW * k * rnd.random(), BH * k * rnd.random()), (BW * (1 - k * 0.3), BH * k * 0.5),
           (BW, BH), (BW * k, BH * (1 - k * 0.6))]
    img = bg.transform((BW, BH), Image.PERSPECTIVE, perspective_coeffs(dst, src), Image.BICUBIC, fillcolor=(70, 70, 70))
    # uneven lighting: linear + radial falloff
    arr = np.asarray(img).astype(np.float64)
    yy, xx = np.mgrid[0:BH, 0:BW]
    lo = tf.get("light", 0.75)
    ang = rnd.random() * 2 * math.pi
    lin = (xx / BW) * math.cos(ang) + (yy / BH) * math.sin(ang)
    lin = (lin - lin.min()) / (lin.max() - lin.min())
    gain = lo + (1.05 - lo) * lin
    cx, cy = rnd.uniform(0.3, 0.7) * BW, rnd.uniform(0.3, 0.7) * BH
    glare = 1 + 0.18 * np.exp(-(((xx - cx) / 260) ** 2 + ((yy - cy) / 200) ** 2))
    arr = arr * (gain * glare)[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(tf["blur"]))
    arr = np.asarray(img).astype(np.float64) + np.random.default_rng(seed + 1).normal(0, tf["noise"], (BH, BW, 3))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if tf.get("rotate"):
        img = img.rotate(tf["rotate"], expand=True)
    img.thumbnail((1280, 1280))
    return img


def write_nameplates() -> None:
    out = HERE / "nameplates"
    out.mkdir(exist_ok=True)
    rows = []
    for k, np_ in enumerate(NAMEPLATES):
        photo_of(render_plate(np_), np_["transform"], 1000 + k).save(out / f"{np_['id']}.jpg", quality=82)
        rows.append({"id": np_["id"], "photo": f"nameplates/{np_['id']}.jpg", "negative": False,
                     "equipment": {"manufacturer": np_["manufacturer"], "model": np_["model"],
                                   "serial_number": np_["serial"], "year": np_["year"]},
                     "date_printed": np_["date_printed"], "ratings": np_["ratings"],
                     "distortions": np_["transform"], "style": np_["style"]})
    # negative 13: a photo of an outdoor unit with no nameplate text
    neg = Image.new("RGB", (1000, 750), (150, 170, 190))
    d = ImageDraw.Draw(neg)
    d.rectangle((0, 520, 1000, 750), fill=(110, 120, 90))
    d.rectangle((250, 250, 750, 560), fill=(225, 228, 230), outline=(80, 80, 80), width=4)
    d.ellipse((290, 280, 530, 520), outline=(60, 60, 60), width=8)
    for yy in range(290, 540, 18):
        d.line((570, yy, 720, yy), fill=(120, 120, 120), width=4)
    neg = neg.filter(ImageFilter.GaussianBlur(1.2))
    neg.save(out / "13.jpg", quality=82)
    rows.append({"id": "13", "photo": "nameplates/13.jpg", "negative": True, "expect": "not_a_nameplate",
                 "equipment": {"manufacturer": None, "model": None, "serial_number": None, "year": None}})
    # negative 14: an iPhone-style HEIC container that holds no decodable image
    body = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00\x00\x00\x10meta\x00\x00\x00\x00" + bytes(random.Random(14).randrange(256) for _ in range(4096))
    (out / "14.heic").write_bytes(body)
    rows.append({"id": "14", "photo": "nameplates/14.heic", "negative": True, "expect": "unsupported_or_unreadable_heic",
                 "equipment": {"manufacturer": None, "model": None, "serial_number": None, "year": None}})
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def write_notes() -> None:
    out = HERE / "notes"
    out.mkdir(exist_ok=True)
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for nid, (lang, text, findings, actions) in NOTES.items():
            (out / f"{nid}.txt").write_text(text + "\n", encoding="utf-8")
            f.write(json.dumps({"id": nid, "language": lang, "text": f"notes/{nid}.txt", "photo": f"nameplates/{nid}.jpg",
                                "findings": findings, "actions": actions}, ensure_ascii=False) + "\n")


def main() -> None:
    random.seed(16)
    write_catalog()
    write_dictations()
    write_nameplates()
    write_notes()
    size = sum(p.stat().st_size for p in (HERE / "dictations").glob("*.wav"))
    print(f"catalog {len(CATALOG)} products; {len(DICTATIONS)} dictations; {len(NAMEPLATES)}+2 nameplate photos; "
          f"{len(NOTES)} notes; audio {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
