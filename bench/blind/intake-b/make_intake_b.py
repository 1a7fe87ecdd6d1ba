#!/usr/bin/env python3
"""Generate the blind intake set B (issue 16, dictations from transcripts only).

Company: Fjordlys Elektro AS, Kristiansand (electrical installer, lighting, security, EV charging).
All texts live in this file. Deterministic. Needs Pillow for the product drawings.

    /work/main/.venv/bin/python bench/blind/intake-b/make_intake_b.py

Writes catalog.csv, images/*.png, dictations/NN.txt, dictations/truth.jsonl next to this file.
Measure on this set, never copy it into seed data, tests, rules or prompts.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

# product_id, name, description (English term in brackets), unit, price excl. VAT, category (for the drawing)
CATALOG = [
    ("FL-LED-D12", "LED downlight Spira 12 W", "Innfelt downlight, 3000 K, IP44, hvit ring (recessed downlight)", "stk", 389, "lys"),
    ("FL-LED-D20", "LED downlight Spira 20 W", "Innfelt downlight for høy takhøyde, 3000/4000 K (recessed downlight)", "stk", 529, "lys"),
    ("FL-LED-P60", "LED-panel Flata 60x60", "Innfelt panel 36 W for systemhimling, UGR<19 (LED panel 600x600)", "stk", 1190, "lys"),
    ("FL-LED-L150", "Lysarmatur Linje 150", "Lineær LED-armatur 1,5 m, 58 W, for lager og verksted (linear luminaire)", "stk", 1450, "lys"),
    ("FL-LED-UTE", "Utelampe Vakt med sensor", "Vegglampe utendørs med bevegelsessensor, antrasitt (outdoor wall light with PIR)", "stk", 1690, "lys"),
    ("FL-LED-PROJ", "LED-lyskaster Skarp 50 W", "Lyskaster for fasade og parkering, IP66 (floodlight)", "stk", 1290, "lys"),
    ("FL-LED-STR", "LED-list Glød 24 V", "LED-strip i aluminiumsprofil, pris per meter (LED strip)", "m", 149, "lys"),
    ("FL-DRV-60", "LED-driver 60 W", "Konstantspenning 24 V driver (LED driver)", "stk", 459, "lys"),
    ("FL-DIM-TRY", "Dimmer Trinn", "Dreiedimmer for LED, 5–200 W (rotary dimmer)", "stk", 689, "inst"),
    ("FL-SEN-TAK", "Bevegelsessensor Øye 360", "Takmontert tilstedeværelsessensor 360° (ceiling occupancy sensor)", "stk", 745, "inst"),
    ("FL-NOD-LED", "Nødlysarmatur Ledestjerne", "Ledelys/markeringslys med piktogram, LED (emergency exit sign)", "stk", 2150, "nod"),
    ("FL-NOD-SENT", "Nødlyssentral Vakttårn 24", "Sentralbatterianlegg for inntil 24 armaturer (central battery system)", "stk", 18900, "nod"),
    ("FL-ROYK", "Røykvarsler Rom seriekoblet", "Optisk røykvarsler 230 V med seriekobling (interconnected smoke alarm)", "stk", 399, "nod"),
    ("FL-KAB-15", "Kabel PFSP 3G1,5", "Installasjonskabel 3G1,5 mm², per meter (installation cable)", "m", 18, "kabel"),
    ("FL-KAB-25", "Kabel PFSP 3G2,5", "Installasjonskabel 3G2,5 mm², per meter (installation cable)", "m", 26, "kabel"),
    ("FL-KAB-CAT6", "Nettverkskabel Cat6 U/UTP", "Datakabel Cat6, per meter (network cable)", "m", 14, "kabel"),
    ("FL-KAB-BRANN", "Brannsikker kabel FG 2x1,5", "Funksjonsbevarende kabel for nødlys og brannalarm (fire-resistant cable)", "m", 39, "kabel"),
    ("FL-ROR-20", "Varerør 20 mm", "Fleksibelt varerør, per meter (conduit)", "m", 12, "kabel"),
    ("FL-STIK-2", "Stikkontakt dobbel jordet", "Dobbel stikkontakt, hvit, for innfelt montasje (double socket)", "stk", 139, "inst"),
    ("FL-STIK-USB", "Stikkontakt med USB-C", "Dobbel stikkontakt med USB-A og USB-C lader (socket with USB)", "stk", 429, "inst"),
    ("FL-BRYT-1", "Bryter enpolet", "Vippebryter, hvit (light switch)", "stk", 119, "inst"),
    ("FL-SIK-16", "Kurssikring 16A C", "Automatsikring 1-polet, C-karakteristikk (circuit breaker, MCB)", "stk", 189, "tavle"),
    ("FL-JFB-40", "Jordfeilbryter 2P 40A 30 mA", "Jordfeilbryter type A (residual current device, RCD)", "stk", 749, "tavle"),
    ("FL-JFA-16", "Jordfeilautomat 16A", "Kombinert kurs- og jordfeilvern (RCBO)", "stk", 549, "tavle"),
    ("FL-OVS-T2", "Overspenningsvern type 2", "Overspenningsvern for tavle, 3-fase (surge protection device)", "stk", 1890, "tavle"),
    ("FL-TAVLE-24", "Sikringsskap Rom 24", "Sikringsskap med plass til 24 moduler (consumer unit)", "stk", 2490, "tavle"),
    ("FL-ELB-22", "Elbillader Strømpil 22 kW", "Ladestasjon type 2 med lastbalansering (EV charger)", "stk", 11900, "elbil"),
    ("FL-ELB-STO", "Ladestolpe for Strømpil", "Frittstående stolpe for én eller to ladere (charger pedestal)", "stk", 3450, "elbil"),
    ("FL-ALA-SENT", "Alarmsentral Vokter Pro", "Innbruddsalarmsentral, 32 soner, app (alarm control panel)", "stk", 6900, "alarm"),
    ("FL-ALA-PANEL", "Betjeningspanel Vokter Touch", "Berøringspanel for Vokter-sentral (alarm keypad)", "stk", 1950, "alarm"),
    ("FL-ALA-PIR", "Bevegelsesdetektor Vokter", "Trådløs PIR-detektor, dyreimmun (motion detector)", "stk", 590, "alarm"),
    ("FL-ALA-MAG", "Magnetkontakt dør/vindu", "Trådløs magnetkontakt (door/window contact)", "stk", 245, "alarm"),
    ("FL-ALA-SIR", "Innendørs sirene Ul", "Sirene 100 dB for innendørs bruk (indoor siren)", "stk", 690, "alarm"),
    ("FL-KAM-KUP", "Kamera Falkeblikk kuppel 4 MP", "IP-kamera, kuppel, IR 30 m, PoE (dome camera)", "stk", 3290, "kamera"),
    ("FL-KAM-SYL", "Kamera Falkeblikk sylinder 8 MP", "IP-kamera, sylinder, 4K, IR 50 m, PoE (bullet camera)", "stk", 4190, "kamera"),
    ("FL-NVR-8", "Opptaker Arkiv 8", "Nettverksopptaker 8 kanaler med PoE (network video recorder, NVR)", "stk", 5890, "kamera"),
    ("FL-HDD-4", "Harddisk 4 TB overvåkning", "Harddisk for opptaker, 24/7-drift (surveillance hard drive)", "stk", 1490, "kamera"),
    ("FL-POE-8", "PoE-svitsj 8 porter", "Nettverkssvitsj med 8 PoE+-porter (PoE switch)", "stk", 1790, "kamera"),
    ("FL-ADG-LES", "Kortleser Portvakt", "Adgangskortleser med tastatur, for dør (access card reader)", "stk", 2890, "alarm"),
    ("FL-ADG-BRIK", "Adgangsbrikker 10-pakning", "Nøkkelbrikker til Portvakt, 10 stk (key fobs)", "pakke", 450, "alarm"),
    ("FL-MONT", "Monteringssett", "Skruer, plugger, kabelklammer og koblingsmateriell (mounting kit)", "sett", 350, "div"),
    ("FL-ARB-EL", "Arbeid elektriker", "Montør/elektriker, per time (electrician labour)", "time", 895, "arbeid"),
    ("FL-ARB-LAER", "Arbeid lærling", "Lærling, per time (apprentice labour)", "time", 545, "arbeid"),
    ("FL-ARB-SIK", "Arbeid sikkerhetstekniker", "Sikkerhetstekniker alarm/kamera/adgang, per time (security technician labour)", "time", 1050, "arbeid"),
    ("FL-LIFT", "Leie sakselift", "Sakselift inntil 8 m, per dag (scissor lift hire)", "dag", 1650, "div"),
    ("FL-KJOR", "Kjøring og rigg", "Fast pris for kjøring og rigging per oppdrag (travel and setup)", "stk", 690, "div"),
    ("FL-DOK", "Dokumentasjon og samsvarserklæring", "FDV-dokumentasjon og samsvarserklæring (documentation, declaration of conformity)", "stk", 1250, "div"),
]
PRICE = {p[0]: p[4] for p in CATALOG}

# ---------------------------------------------------------------------------------------------------------------
# Dictations. Each: id, language, date (the day dictated, not spoken), text, customer, customer_aliases, contact,
# items [(product_id|None, quantity, factor_or_price)], validity, note.
# A line's unit price is the catalogue price × factor (float < 1.5) or an explicit price (number >= 1.5, or when
# product_id is None). All discounts (line, group, whole offer) and overrides are folded into unit_price.

D = []

D.append(dict(id="01", language="nb", date="2026-11-30", customer="Lundsiden Bilverksted AS", aliases=["Lundsiden Bilverksted"],
    contact="Marte Holm", validity={"days": 30},
    text="""Ja, hei, det er Sindre. Eh, tilbud. Jeg var hos Marte Holm i dag, hun er driftssjef hos Lundsiden Bilverksted AS, og de skal ha lading til firmabilene. Så, eh, tre stykk av Strømpil-laderne, tjueto kilowatt. Og tre stolper til dem, de står ute på plassen. Kabel, den tykke, to komma fem, tjuefem meter ... nei, det holder ikke, sett førti meter. Så en jordfeilbryter per lader, altså tre stykk. Og ett overspenningsvern. Arbeid elektriker, fjorten timer. Kjøring og rigg, én gang. På laderne og stolpene gir vi ti prosent. Ja. Gyldig i tretti dager. Takk.""",
    items=[("FL-ELB-22", 3, 0.90), ("FL-ELB-STO", 3, 0.90), ("FL-KAB-25", 40, 1), ("FL-JFB-40", 3, 1), ("FL-OVS-T2", 1, 1),
           ("FL-ARB-EL", 14, 1), ("FL-KJOR", 1, 1)],
    note="contact person named first; quantity self-correction (25 -> 40 m); 10 % on a group (chargers + pedestals)"))

D.append(dict(id="02", language="nb", date="2026-11-30", customer="Solbakken borettslag", aliases=["Solbakken BRL"],
    contact="Per Arne Dahl", validity={"date": "2027-01-15"},
    text="""Okei. Tilbud til Solbakken borettslag, ved styreleder Per Arne Dahl. Eh, de har allerede en nødlyssentral som er grei, så den trenger vi ikke. Vi bytter røykvarslerne, de seriekobla, i ... hva var det ... tjuefire leiligheter, to per leilighet, så førtiåtte stykk. Og så ledelys, Ledestjerne-armaturene, ni stykk i trappeoppgangene. Brannkabel, hundre og tjue meter. Arbeid elektriker, tjueseks og en halv time, og lærling like mange, tjueseks og en halv. Og dokumentasjon, samsvarserklæring, ja. Vi gir fem prosent på hele tilbudet, siden de tar alt på en gang. Gyldig til femtende januar.""",
    items=[("FL-ROYK", 48, 0.95), ("FL-NOD-LED", 9, 0.95), ("FL-KAB-BRANN", 120, 0.95), ("FL-ARB-EL", 26.5, 0.95),
           ("FL-ARB-LAER", 26.5, 0.95), ("FL-DOK", 1, 0.95)],
    note="borettslag; existing central battery unit mentioned, not ordered; quantity given as 24 × 2 = 48; half hours; 5 % on the whole offer folded into every line"))

D.append(dict(id="03", language="nb", date="2026-12-01", customer="Vennesla kommune", aliases=[],
    contact="Øystein Berge", validity=None,
    text="""Dette gjelder Vennesla kommune, teknisk drift, kontaktperson er Øyvind ... nei, Øystein, Øystein Berge. Kameraovervåking av det nye renseanlegget. Seks kuppelkamera, fire megapiksel. Og to av de store sylinderkameraene, åtte megapiksel, til porten. En opptaker, åttekanals, med to harddisker, fire tera hver. PoE-svitsj, åtteport, én. Cat seks, to hundre og femti meter. Sikkerhetstekniker, atten timer. Og sakselift, to dager. Eh, opptakeren har vi lovet dem til fem tusen kroner, så sett fem tusen på den. Gyldighet skriver vi ikke noe om nå, det tar jeg med dem på telefon.""",
    items=[("FL-KAM-KUP", 6, 1), ("FL-KAM-SYL", 2, 1), ("FL-NVR-8", 1, 5000), ("FL-HDD-4", 2, 1), ("FL-POE-8", 1, 1),
           ("FL-KAB-CAT6", 250, 1), ("FL-ARB-SIK", 18, 1), ("FL-LIFT", 2, 1)],
    note="kommune; contact name self-corrected; price override on the NVR (5000); no validity"))

D.append(dict(id="04", language="nb", date="2026-12-01", customer="Stiftelsen Kulturhuset Kirkegata",
    aliases=["Kulturhuset Kirkegata"], contact=None, validity={"days": 21},
    text="""Stiftelsen Kirkegata Kultursal ... eh, nei, det heter Stiftelsen Kulturhuset Kirkegata. Ny belysning i salen og foajeen. Trettito LED-paneler, seksti ganger seksti. Tolv downlights, Spira tjue, de store. Og LED-list langs scenekanten, førtifem og en halv meter ... bare si førtiseks meter, vi kapper. Tre drivere til lista, seksti watt. Dimmere, fire stykk. I tillegg en DALI-styringsmodul som vi ikke har på lista, den koster fire tusen åtte hundre og femti, én stykk. Arbeid, elektriker, trettifem timer. Sakselift, tre dager. På panelene gir vi femten prosent. Gyldig i tre uker.""",
    items=[("FL-LED-P60", 32, 0.85), ("FL-LED-D20", 12, 1), ("FL-LED-STR", 46, 1), ("FL-DRV-60", 3, 1), ("FL-DIM-TRY", 4, 1),
           (None, 1, 4850), ("FL-ARB-EL", 35, 1), ("FL-LIFT", 3, 1)],
    note="foundation, name self-corrected; 45.5 -> 46 m; line not in catalogue (DALI module 4850); 15 % on one line; validity in weeks (21 days)"))

D.append(dict(id="05", language="nb", date="2026-12-02", customer="Ragnhild Sæther", aliases=[], contact=None,
    validity={"days": 14},
    text="""Ehm, ok, tilbud til Ragnhild Sæther, privatkunde, i Tjønnåsen. Nytt sikringsskap, Rom tjuefire, altså tjuefire moduler. Åtte jordfeilautomater, seksten ampere, og to vanlige kurssikringer. Overspenningsvern, ett. Hun spurte om elbillader også, men det venter hun med til våren, så den tar vi ikke med. Stikkontakter med USB, fire stykk, og doble stikk, ti ... nei, tolv, ikke ti. Kabel, tre G en komma fem, seksti meter. Elektriker, elleve og en halv time. Kjøring. Og samsvarserklæringen må med. Timeprisen, vi tar åtte hundre og femti på henne i stedet for vanlig pris. Gyldig i fjorten dager.""",
    items=[("FL-TAVLE-24", 1, 1), ("FL-JFA-16", 8, 1), ("FL-SIK-16", 2, 1), ("FL-OVS-T2", 1, 1), ("FL-STIK-USB", 4, 1),
           ("FL-STIK-2", 12, 1), ("FL-KAB-15", 60, 1), ("FL-ARB-EL", 11.5, 850), ("FL-KJOR", 1, 1), ("FL-DOK", 1, 1)],
    note="private customer; declined EV charger; quantity correction 10 -> 12; labour rate override 850; products by colloquial names"))

D.append(dict(id="06", language="nb", date="2026-12-02", customer="Tangen Sport AS", aliases=["Tangen Sport"],
    contact="Kjell Tangen", validity={"date": "2026-12-31"},
    text="""Hei. Tilbud, Tangen Sport ... altså Kjell Tangen sin butikk i Markens gate, firmaet heter Tangen Sport AS. Innbruddsalarm. Sentral, Vokter Pro, én. Touchpanel, to, ett ved hver inngang. Bevegelsesdetektorer, sju ... nei, ni stykk, lageret må også dekkes. Magnetkontakter på dører og vinduer, fjorten. Sirene, én innendørs. De har allerede to kamera fra før, dem rører vi ikke. Monteringssett, to sett. Sikkerhetstekniker, tolv timer. Og så tolv prosent rabatt på alarmutstyret, altså sentral, panel, detektorer, kontakter og sirene. Gyldig ut året.""",
    items=[("FL-ALA-SENT", 1, 0.88), ("FL-ALA-PANEL", 2, 0.88), ("FL-ALA-PIR", 9, 0.88), ("FL-ALA-MAG", 14, 0.88),
           ("FL-ALA-SIR", 1, 0.88), ("FL-MONT", 2, 1), ("FL-ARB-SIK", 12, 1)],
    note="contact's shop named first, company after; 7 -> 9; existing cameras not ordered; 12 % on a named group; 'ut året' = 31 Dec"))

D.append(dict(id="07", language="nb", date="2026-12-03", customer="Sameiet Bryggekanten 2",
    aliases=["Sameiet Bryggekanten to", "Bryggekanten 2"], contact=None, validity={"days": 60},
    text="""Ja, neste er Sameiet Bryggekanten to. Utebelysning på parkeringsplassen og langs gangveien ned mot sjøen. Vegglamper med sensor, de Vakt-lampene, seksten stykk. Lyskastere, femti watt, seks stykk, og de tar vi til elleve hundre kroner stykket. Graving for kabel, det leier vi inn, så sett en linje på graving, ni tusen fem hundre kroner, rundt regnet. Kabel to komma fem, hundre og åtti meter, og varerør like mye, hundre og åtti. Elektriker tjueto timer, lærling tjueto timer. Eh ... og lift én dag til lyskasterne. Gyldig i seksti dager.""",
    items=[("FL-LED-UTE", 16, 1), ("FL-LED-PROJ", 6, 1100), (None, 1, 9500), ("FL-KAB-25", 180, 1), ("FL-ROR-20", 180, 1),
           ("FL-ARB-EL", 22, 1), ("FL-ARB-LAER", 22, 1), ("FL-LIFT", 1, 1)],
    note="sameie with a number in its name (spoken 'to'); price override on floodlights; line not in catalogue (digging 9500); 'like mye' quantity"))

D.append(dict(id="08", language="nb", date="2026-12-03", customer="Åsen Regnskap og Rådgivning AS",
    aliases=["Åsen Regnskap og Rådgivning"], contact=None, validity={"days": 20},
    text="""Okei, neste. Det er Åsen Regnskap ... Åsen Regnskap og Rådgivning AS heter de visst. Adgangskontroll på kontoret. Kortlesere, tre ... nei, fire, det var fire dører. Brikker, fem pakker à ti. Cat seks, åtti meter. Strømforsyning til dørene har de fra før. Sikkerhetstekniker ni timer, og elektriker halvannen time. Åtte prosent rabatt på hele tilbudet ... nei, vent, bare på kortleserne. Gyldig i tjue dager.""",
    items=[("FL-ADG-LES", 4, 0.92), ("FL-ADG-BRIK", 5, 1), ("FL-KAB-CAT6", 80, 1), ("FL-ARB-SIK", 9, 1), ("FL-ARB-EL", 1.5, 1)],
    note="customer name completed mid-sentence; 3 -> 4; 'halvannen' = 1.5 hours; discount scope corrected from whole offer to one line (8 %)"))

D.append(dict(id="09", language="en", date="2026-12-04", customer="Northbay Offshore Services Ltd",
    aliases=["Northbay Offshore Services", "Northbay Offshore Services Limited"], contact="Emma Clarke", validity={"days": 30},
    text="""Right, quote for Northbay Offshore Services Limited, their Kristiansand office. I spoke with Emma Clarke, she's the facilities manager there. Uh, LED panels, the sixty by sixty ones, twenty-eight of them. Ceiling sensors, the three-sixty ones, seven. Emergency exit signs, four. They've got a central battery unit already, so no emergency central this time. Electrician, nineteen and a half hours. And the apprentice too, nineteen and a half. Valid for thirty days.""",
    items=[("FL-LED-P60", 28, 1), ("FL-SEN-TAK", 7, 1), ("FL-NOD-LED", 4, 1), ("FL-ARB-EL", 19.5, 1), ("FL-ARB-LAER", 19.5, 1)],
    note="English company with 'Limited' spoken; contact person; existing central battery system not ordered; halves"))

D.append(dict(id="10", language="en", date="2026-12-04", customer="Kvarven borettslag",
    aliases=["Kvarven Housing Co-op", "Kvarven housing cooperative"], contact=None, validity={"date": "2027-01-31"},
    text="""Okay, this is for Kvarven Housing Co-op, sorry, the Norwegian name, Kvarven borettslag. EV chargers, the twenty-two kilowatt Strømpil, ten units ... no wait, twelve units. Pedestals for six of them, the rest go on the wall. Cable, two point five, three hundred and forty metres. RCDs, one per charger, so twelve. Surge protection, one. And a new consumer unit, the twenty-four module one. Electrician, forty-two hours. Um, we'll do the chargers at eleven thousand flat. Documentation as well. Valid until the thirty-first of January.""",
    items=[("FL-ELB-22", 12, 11000), ("FL-ELB-STO", 6, 1), ("FL-KAB-25", 340, 1), ("FL-JFB-40", 12, 1), ("FL-OVS-T2", 1, 1),
           ("FL-TAVLE-24", 1, 1), ("FL-ARB-EL", 42, 1), ("FL-DOK", 1, 1)],
    note="borettslag named in English first; 10 -> 12; price override on chargers; absolute validity"))

D.append(dict(id="11", language="en", date="2026-12-05", customer="Lillesand kommune",
    aliases=["Lillesand municipality", "Lillesand"], contact="Rune Vik", validity={"days": 45},
    text="""So, Lillesand kommune, the municipality, it's for Holta school. Contact is Rune ... Rune Vik. Bullet cameras, the eight megapixel, five. Dome cameras, three. Hmm, they have a recorder already, sixteen channels, so we just add two of the four terabyte disks. PoE switch, eight port, one. Cat six, one hundred and sixty metres. Surveillance warning signs, those aren't in the list, six hundred and fifty kroner each, four signs. Security technician, fourteen hours. Scissor lift, one day. And ten percent off the cameras. Valid for forty-five days.""",
    items=[("FL-KAM-SYL", 5, 0.90), ("FL-KAM-KUP", 3, 0.90), ("FL-HDD-4", 2, 1), ("FL-POE-8", 1, 1), ("FL-KAB-CAT6", 160, 1),
           (None, 4, 650), ("FL-ARB-SIK", 14, 1), ("FL-LIFT", 1, 1)],
    note="kommune; existing 16-channel recorder not ordered; line not in catalogue (signs 4 × 650); 10 % on both camera lines"))

D.append(dict(id="12", language="en", date="2026-12-05", customer="Stiftelsen Havglimt",
    aliases=["Havglimt Foundation", "The Havglimt Foundation"], contact=None, validity={"days": 28},
    text="""Okay, let's see. Quote to the Havglimt Foundation, Stiftelsen Havglimt, they run the care home in Søgne. Smoke alarms, the interconnected ones, thirty-six. Emergency lighting, twelve exit signs, and the central battery system, the Vakttårn twenty-four, one of those. Fire-rated cable, two hundred and ten metres. Electrician, thirty-one and a half hours. Documentation. We give them seven percent off the whole quote, it's a foundation. Valid for three weeks ... no, make it four weeks.""",
    items=[("FL-ROYK", 36, 0.93), ("FL-NOD-LED", 12, 0.93), ("FL-NOD-SENT", 1, 0.93), ("FL-KAB-BRANN", 210, 0.93),
           ("FL-ARB-EL", 31.5, 0.93), ("FL-DOK", 1, 0.93)],
    note="foundation named in English and Norwegian; model number spoken ('Vakttårn twenty-four'); 7 % on the whole offer folded into every line; validity corrected 3 -> 4 weeks (28 days)"))

D.append(dict(id="13", language="en", date="2026-12-06", customer="Lykke Mat AS", aliases=["Lykke Mat"],
    contact="Hugo Berg", validity=None,
    text="""Um, so I was at Café Lykke today with the owner, Hugo Berg. Put the quote to the company, that's Lykke Mat AS. Downlights, the small twelve watt ones, twenty-four. LED strip under the bar counter, eight and a half metres. One driver, sixty watt. Dimmers, three. Sockets with USB, six. Electrician, sixteen hours, no, make that eighteen. Hourly rate eight hundred and twenty for this one, he's a regular. He also asked about a camera over the till, but said no to that for now.""",
    items=[("FL-LED-D12", 24, 1), ("FL-LED-STR", 8.5, 1), ("FL-DRV-60", 1, 1), ("FL-DIM-TRY", 3, 1), ("FL-STIK-USB", 6, 1),
           ("FL-ARB-EL", 18, 820)],
    note="venue name vs company name; 16 -> 18 hours; labour rate override 820; declined camera; no validity"))

D.append(dict(id="14", language="en", date="2026-12-06", customer="Skagerak Freight AS", aliases=["Skagerak Freight"],
    contact=None, validity={"date": "2026-12-20"},
    text="""Quote for Skagerak Freight, Skagerak Freight AS. Warehouse lighting. Linear luminaires, the Linje one-fifty, forty-four of them. Uh, motion sensors in the ceiling, eleven. Three G one point five cable, three hundred metres. Floodlights for the loading dock, four. Scissor lift, four days, no, three days should do it. Electrician sixty-two hours, apprentice sixty-two as well. Travel and rig, one. Fifteen percent off the luminaires and the sensors. Valid until the twentieth of December.""",
    items=[("FL-LED-L150", 44, 0.85), ("FL-SEN-TAK", 11, 0.85), ("FL-KAB-15", 300, 1), ("FL-LED-PROJ", 4, 1),
           ("FL-LIFT", 3, 1), ("FL-ARB-EL", 62, 1), ("FL-ARB-LAER", 62, 1), ("FL-KJOR", 1, 1)],
    note="model spoken as words ('Linje one-fifty'); 4 -> 3 days; 15 % on a two-line group; absolute validity"))

D.append(dict(id="15", language="en", date="2026-12-07", customer="Thomas Aune", aliases=[], contact=None,
    validity={"days": 10},
    text="""Hi, it's Lars. Offer to Thomas Aune, private customer, out at Hamresanden. Alarm panel, one. Keypad, one. PIR detectors, five. Door contacts, six. Siren, one. A GSM communicator, we don't stock it, one thousand two hundred and ninety-five kroner. Smoke alarms, the interconnected ones, eight. Security technician, seven and a half hours. Er, he already has an outdoor light with a sensor over the garage, that stays as it is. Valid for ten days.""",
    items=[("FL-ALA-SENT", 1, 1), ("FL-ALA-PANEL", 1, 1), ("FL-ALA-PIR", 5, 1), ("FL-ALA-MAG", 6, 1), ("FL-ALA-SIR", 1, 1),
           (None, 1, 1295), ("FL-ROYK", 8, 1), ("FL-ARB-SIK", 7.5, 1)],
    note="private customer; line not in catalogue (GSM communicator 1295); existing outdoor light not ordered; colloquial names"))

D.append(dict(id="16", language="en", date="2026-12-07", customer="Hawthorn Digital Ltd", aliases=["Hawthorn Digital", "Hawthorn Digital Limited"],
    contact=None, validity={"days": 30},
    text="""Okay, last one today. Hawthorn Digital, the UK company, their Norwegian branch, Hawthorn Digital Norge AS ... actually, put it to Hawthorn Digital Limited, the parent, they pay the bills. Network cabling, Cat six, four hundred and twenty metres. Double sockets, thirty. RCBOs, sixteen amp, ten. Card readers, two. Key fobs, three packs. Electrician twenty-seven hours. Security tech, five. The card readers at two and a half thousand each. Valid for thirty days.""",
    items=[("FL-KAB-CAT6", 420, 1), ("FL-STIK-2", 30, 1), ("FL-JFA-16", 10, 1), ("FL-ADG-LES", 2, 2500), ("FL-ADG-BRIK", 3, 1),
           ("FL-ARB-EL", 27, 1), ("FL-ARB-SIK", 5, 1)],
    note="customer self-corrected from the Norwegian branch to the parent; price override 'two and a half thousand' on card readers"))


# ---------------------------------------------------------------------------------------------------------------
def unit_price(pid, f):
    if pid is None or f >= 1.5:
        return round(float(f), 2)
    return round(PRICE[pid] * f, 2)


def draw_images(img_dir: Path) -> dict:
    from PIL import Image, ImageDraw
    colours = {"lys": (250, 214, 90), "inst": (200, 200, 210), "nod": (60, 170, 90), "kabel": (120, 120, 120),
               "tavle": (90, 120, 200), "elbil": (40, 160, 200), "alarm": (210, 70, 60), "kamera": (70, 70, 90),
               "arbeid": (230, 140, 40), "div": (150, 110, 80)}
    img_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for i, (pid, name, _d, _u, _p, cat) in enumerate(CATALOG):
        im = Image.new("RGB", (160, 120), (248, 248, 244))
        dr = ImageDraw.Draw(im)
        c = colours[cat]
        if cat == "lys":
            dr.ellipse((50, 20, 110, 80), fill=c, outline=(80, 80, 80), width=2)
            for k in range(5):
                dr.line((60 + 10 * k, 82, 50 + 15 * k, 100), fill=c, width=2)
        elif cat == "kabel":
            for k in range(4):
                dr.arc((30 + 6 * k, 20 + 6 * k, 130 - 6 * k, 100 - 6 * k), 0, 330, fill=c, width=4)
        elif cat == "kamera":
            dr.rectangle((40, 40, 120, 75), fill=c)
            dr.ellipse((100, 45, 125, 70), fill=(20, 20, 30), outline=(200, 200, 200))
            dr.rectangle((70, 75, 80, 95), fill=(110, 110, 110))
        elif cat == "arbeid":
            dr.polygon([(50, 95), (80, 25), (110, 95)], fill=c)
            dr.ellipse((70, 15, 90, 35), fill=(60, 60, 60))
        else:
            dr.rounded_rectangle((45, 20, 115, 95), radius=8, fill=c, outline=(60, 60, 60), width=2)
            dr.ellipse((70, 45, 90, 65), fill=(245, 245, 245))
        dr.text((6, 104), name[:26], fill=(30, 30, 30))
        dr.text((6, 4), pid, fill=(90, 90, 90))
        fn = f"{pid.lower()}.png"
        im.save(img_dir / fn, optimize=True)
        paths[pid] = f"images/{fn}"
    return paths


def main() -> None:
    img = draw_images(HERE / "images")
    with open(HERE / "catalog.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["product_id", "name", "description", "unit", "price", "image"])
        for i, (pid, name, desc, unit, price, _c) in enumerate(CATALOG):
            # a few products without an image (empty column is allowed)
            w.writerow([pid, name, desc, unit, price, "" if i % 9 == 8 else img[pid]])
    ddir = HERE / "dictations"
    ddir.mkdir(parents=True, exist_ok=True)
    assert len({d["id"] for d in D}) == 16
    with open(ddir / "truth.jsonl", "w", encoding="utf-8") as f:
        for d in D:
            (ddir / f"{d['id']}.txt").write_text(d["text"].strip() + "\n", encoding="utf-8")
            items = []
            for pid, q, fac in d["items"]:
                assert pid is None or pid in PRICE, pid
                items.append({"product_id": pid, "quantity": q, "unit_price": unit_price(pid, fac)})
            total = round(sum(x["quantity"] * x["unit_price"] for x in items), 2)
            v = d["validity"]
            if v is None:
                vu = None
            elif "days" in v:
                vu = date.fromordinal(date.fromisoformat(d["date"]).toordinal() + v["days"]).isoformat()
            else:
                vu = v["date"]
                assert vu > d["date"]
            rec = {"id": d["id"], "language": d["language"], "date": d["date"], "text": f"dictations/{d['id']}.txt",
                   "audio": None, "customer": d["customer"], "customer_aliases": d["aliases"], "contact": d["contact"],
                   "items": items, "total_excl_vat": total, "valid_until": vu, "validity": v, "note": d["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(CATALOG)} products, {len(D)} dictations, "
          f"{sum(len(d['items']) for d in D)} lines")


if __name__ == "__main__":
    main()
