#!/usr/bin/env python3
"""Generate blind intake set C (Vestvik Maling og Tapet AS, Haugesund): catalogue, product drawings,
16 dictation transcripts (8 bokmål, 8 English) and their truth. Deterministic; needs only Pillow.

All texts and truth are written here by hand. Measure on this set, never copy it (see README.md).

Run: /work/main/.venv/bin/python bench/blind/intake-c/make_intake_c.py
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ catalogue
# (product_id, name, description with the English term in brackets, unit, price excl. VAT, drawing kind)
# Surface work is priced per m2 of surface; the number of coats is part of the product (see README).
CATALOG = [
    ("VM-INN-V1", "Veggmaling inne, ett strøk", "Oppfrisking av malte vegger, ett strøk, arbeid (interior wall painting, one coat)", "m2", 79, "wall"),
    ("VM-INN-V2", "Veggmaling inne, to strøk", "Maling av innvendige vegger, to strøk, arbeid (interior wall painting, two coats)", "m2", 135, "wall"),
    ("VM-INN-T2", "Takmaling inne, to strøk", "Maling av innvendig himling, to strøk, arbeid (ceiling painting, two coats)", "m2", 159, "ceiling"),
    ("VM-EKS-STR", "Ekstra strøk", "Ett strøk utover det produktet har med, inne eller ute, per m2 (extra coat)", "m2", 62, "wall"),
    ("VM-LIST", "Maling av lister og karmer", "Dørkarmer, vinduskarmer og lister, to strøk (painting trim and frames)", "m", 48, "trim"),
    ("VM-DOR", "Maling av dør med karm", "Innerdør med karm, begge sider, slipt og malt (door and frame painting)", "stk", 1150, "door"),
    ("VM-VIN-INN", "Maling av vindu, innside", "Vindusramme og karm innvendig (window painting, inside)", "stk", 720, "window"),
    ("VM-RAD", "Maling av radiator", "Panelovn eller radiator, rengjort og lakkert (radiator painting)", "stk", 640, "radiator"),
    ("VM-SPA-FLE", "Flekksparkling og sliping", "Flekksparkel på hull og sprekker, slipt (light filling and sanding)", "m2", 58, "spackle"),
    ("VM-SPA-HEL", "Helsparkling", "Helsparkling i to omganger, slipt klar for maling (full skim coat)", "m2", 178, "spackle"),
    ("VM-STRIE", "Glassfiberstrie, oppsetting", "Glassfiberstrie limt på vegg, klar for maling (glass fibre wall cloth)", "m2", 112, "roll"),
    ("VM-DEKK", "Tildekking og maskering per rom", "Plast og papir på gulv og inventar, per rom (covering and masking per room)", "stk", 420, "tape"),
    ("VM-TAP-FJE", "Fjerning av gammelt tapet", "Damping og skraping av gammelt tapet (wallpaper removal)", "m2", 74, "scraper"),
    ("VM-TAP-OPP", "Tapetsering", "Oppsetting av tapet, arbeid (wallpaper hanging)", "m2", 158, "roll"),
    ("VM-TAP-STD", "Tapet standard", "Tapet fra standardkolleksjonen, rull 10,05 x 0,53 m (standard wallpaper, roll)", "stk", 389, "roll"),
    ("VM-TAP-DES", "Designtapet", "Mønstret designtapet, rull (designer wallpaper, roll)", "stk", 845, "roll"),
    ("VM-TAP-LIM", "Tapetlim", "Ferdigblandet tapetlim (wallpaper paste)", "liter", 54, "bucket"),
    ("VM-FAS-VASK", "Fasadevask", "Vask av fasade med soppdreper og lavtrykk (facade washing)", "m2", 36, "facade"),
    ("VM-SKRAP", "Skraping og flekkgrunning ute", "Skraping av løs maling og flekkgrunning (exterior scraping and spot priming)", "m2", 92, "scraper"),
    ("VM-UTE-V2", "Utvendig maling kledning, to strøk", "Maling av trekledning, to strøk, arbeid (exterior cladding painting, two coats)", "m2", 208, "facade"),
    ("VM-UTE-GRU", "Grunning av bart treverk ute", "Oljegrunning på nytt eller bart treverk (priming bare exterior wood)", "m2", 66, "facade"),
    ("VM-VIN-UTE", "Maling av vindu, utside", "Vindusramme og karm utvendig, skrapt og malt (window painting, outside)", "stk", 940, "window"),
    ("VM-VINDSKI", "Maling av vindskier og gesims", "Vindskier, gesims og takrenner av tre (barge boards and fascia)", "m", 82, "trim"),
    ("VM-MUR", "Maling av grunnmur", "Mur- og grunnmursmaling, to strøk (masonry / foundation wall painting)", "m2", 171, "wall"),
    ("VM-STI-RIG", "Stillas, rigging og nedrigging", "Montering og demontering av fasadestillas (scaffolding erection and dismantling)", "sett", 7400, "scaffold"),
    ("VM-STI-LEI", "Stillasleie", "Leie av fasadestillas per dag (scaffolding hire)", "dag", 280, "scaffold"),
    ("VM-LIFT-BOM", "Bomlift 16 m, leie", "Bomlift med 16 m arbeidshøyde, levert (boom lift hire)", "dag", 2890, "lift"),
    ("VM-LIFT-SAK", "Sakselift innendørs, leie", "Elektrisk sakselift for innendørs bruk (scissor lift hire)", "dag", 1390, "lift"),
    ("VM-GUL-SLI", "Gulvsliping", "Sliping av tregulv, tre korn (floor sanding)", "m2", 182, "floor"),
    ("VM-GUL-LAK", "Gulvlakk, tre strøk", "Vannbasert gulvlakk, tre strøk (floor lacquering, three coats)", "m2", 134, "floor"),
    ("VM-GUL-OLJ", "Gulvolje, to behandlinger", "Hardvoksolje, to behandlinger (floor oiling)", "m2", 118, "floor"),
    ("VM-VINYL-LEG", "Legging av vinylbelegg", "Liming og sveising av vinylbelegg, arbeid (vinyl flooring laying)", "m2", 224, "floor"),
    ("VM-VINYL-MAT", "Vinylbelegg, heterogent", "Heterogent vinylbelegg for næring, materiale (vinyl flooring material)", "m2", 312, "floor"),
    ("VM-PAR-LEG", "Legging av parkett", "Flytende legging av parkett, arbeid (parquet laying)", "m2", 196, "floor"),
    ("VM-PAR-EIK", "Eikeparkett trestav", "Eik trestav, matt lakkert, materiale (oak parquet)", "m2", 468, "floor"),
    ("VM-UNDERLAG", "Trinnlydunderlag", "Underlag under parkett og laminat (underlay)", "m2", 47, "floor"),
    ("VM-GUL-LIST", "Gulvlister, levert og montert", "Hvitmalte gulvlister, levert og montert (skirting boards, supplied and fitted)", "m", 114, "trim"),
    ("VM-AVRETT", "Avretting av gulv", "Avrettingsmasse, inntil 10 mm (floor levelling)", "m2", 238, "floor"),
    ("VM-MAL-INN", "Interiørmaling helmatt", "Helmatt interiørmaling, brekket farge (interior paint)", "liter", 186, "bucket"),
    ("VM-MAL-UTE", "Utendørs maling", "Akrylmaling / dekkbeis for trekledning (exterior paint)", "liter", 224, "bucket"),
    ("VM-GRUNN", "Sperregrunn", "Sperregrunn mot flekker og gjennomslag (stain-blocking primer)", "liter", 164, "bucket"),
    ("VM-SPARKEL", "Sparkel, spann", "Lettsparkel, spann 10 liter (filler, tub)", "stk", 335, "bucket"),
    ("VM-MASK-SETT", "Maskeringssett", "Maskeringstape, dekkpapir og plast (masking kit)", "sett", 285, "tape"),
    ("VM-ARB-MAL", "Timearbeid maler", "Malersvenn per time (painter, labour per hour)", "time", 690, "clock"),
    ("VM-ARB-LAE", "Timearbeid lærling", "Lærling per time (apprentice, labour per hour)", "time", 450, "clock"),
    ("VM-RIGG", "Rigg og reise, Haugesund", "Oppmøte med bil og utstyr innenfor Haugesund (rig and travel, in town)", "stk", 780, "van"),
    ("VM-RIGG-UT", "Rigg og reise, Karmøy/Tysvær/Sveio", "Oppmøte med bil og utstyr i nabokommunene (rig and travel, out of town)", "stk", 1280, "van"),
    ("VM-AVFALL", "Avfallshåndtering", "Bortkjøring og deponi av avfall og restmaling (waste disposal)", "stk", 1150, "bin"),
    ("VM-CONT", "Container 10 m3", "Container levert og hentet, inkl. deponi (skip / container, 10 cubic metres)", "stk", 3650, "bin"),
]
PRICE = {c[0]: c[4] for c in CATALOG}


def img_name(pid: str) -> str:
    return f"images/{pid.lower()}.png"


# ------------------------------------------------------------------ dictations
# items: (product_id or None, quantity, price) where price is
#   None  -> catalogue price
#   float -> a spoken price (override or a line not in the catalogue)
#   ("x", f) -> catalogue price times f (a discount folded into the unit price)
def off(pct: float) -> tuple:
    return ("x", round(1 - pct / 100, 4))


D = []

D.append(dict(
    id="01", language="nb", date="2026-11-23", customer="Borettslaget Kvernhaug Park",
    customer_aliases=["Kvernhaug Park Borettslag", "Kvernhaug Park"], contact="Tone Eidesvik",
    validity={"days": 21}, total=53990.0,
    text="""Ja, da tar vi et tilbud til, eh, Tone Eidesvik, hun er styreleder der, for Borettslaget Kvernhaug Park.
Det gjelder trappeoppgangene, tre oppganger. Veggene skal ha to strøk, og det er sånn cirka nittifem kvadrat i hver oppgang, så to hundre og åttifem kvadrat til sammen.
Flekksparkling på det samme, nei forresten, det er bare halvparten som trenger sparkel, sett hundre og førti kvadrat.
Lister og karmer, ehm, regn hundre og tjue meter.
Leilighetsdørene skal de male selv, så dem tar vi ikke med.
Maskeringssett, tre stykker, ett per oppgang.
Og så rigg og reise, de ligger jo i byen, så vanlig rigg, én gang.
Tilbudet er gyldig i tre uker.
""",
    items=[("VM-INN-V2", 285, None), ("VM-SPA-FLE", 140, None), ("VM-LIST", 120, None),
           ("VM-MASK-SETT", 3, None), ("VM-RIGG", 1, None)],
    note="contact named before the customer; 'to strøk' picks the two-coat product, area not doubled; "
         "area given per stairwell and as a sum; quantity self-correction (285 -> 140 m2 filling); "
         "doors mentioned, not ordered; validity 3 weeks"))

D.append(dict(
    id="02", language="nb", date="2026-11-24", customer="Hallvard Skeie", customer_aliases=[], contact=None,
    validity={"days": 30}, total=16756.0,
    text="""Ehm, ok, dette er til Hallvard Skeie, privatkunde.
Han vil ha slipt og lakket gulvet i stua og gangen. Stua er trettifire kvadrat, og gangen er, vent litt, ni kvadrat. Nei, elleve, gangen er elleve kvadrat.
Så sliping førtifem kvadrat, og der gir vi ham hundre og seksti kroner kvadraten i stedet for vanlig pris.
Lakken, tre strøk som vanlig, på de samme førtifem kvadratene.
Han lurte på olje i stedet, men vi ble enige om lakk, så ikke noe olje.
Nye gulvlister i gangen, fjorten meter.
Avfall, en gang. Og rigg og reise, vanlig, han bor på Hasseløy.
Gyldig i tretti dager.
""",
    items=[("VM-GUL-SLI", 45, 160.0), ("VM-GUL-LAK", 45, None), ("VM-GUL-LIST", 14, None),
           ("VM-AVFALL", 1, None), ("VM-RIGG", 1, None)],
    note="private person; area self-correction (9 -> 11, sum 45); price override on sanding (160/m2); "
         "'lakken, tre strøk' is the three-coat lacquer product, not tripled; oil discussed, not ordered"))

D.append(dict(
    id="03", language="nb", date="2026-11-25", customer="Sjøbuene Kysthotell AS",
    customer_aliases=["Sjøbuene Kysthotell", "Sjøbuene"], contact="Marius Vik",
    validity={"date": "2027-01-15"}, total=22108.8,
    text="""Tilbud til Sjøbuene Kysthotell, altså Sjøbuene, kontaktperson er driftssjefen, Marius Vik.
Seks hotellrom i andre etasje, ny tapet på én vegg i hvert rom, den bak senga. Hver vegg er cirka ni kvadrat, så femtifire kvadrat.
Først fjerne den gamle tapeten, femtifire kvadrat, og så tapetsering, femtifire kvadrat.
Designtapeten de har valgt, eh, det går med to ruller per rom, så tolv ruller.
Lim, ti liter.
På tapetarbeidet, altså fjerning og oppsetting, gir vi femten prosent rabatt siden det er så mange rom. Ikke på tapeten og limet.
Resten av veggene i rommene tar vi en annen gang, det er ikke med nå.
Rigg og reise én gang. Gyldig til og med femtende januar.
""",
    items=[("VM-TAP-FJE", 54, off(15)), ("VM-TAP-OPP", 54, off(15)), ("VM-TAP-DES", 12, None),
           ("VM-TAP-LIM", 10, None), ("VM-RIGG", 1, None)],
    note="area per room x 6; rolls per room x 6; 15 % on a group (removal + hanging) but not on materials; "
         "'lim' for wallpaper paste; other walls mentioned, not ordered; validity a date next year"))

D.append(dict(
    id="04", language="nb", date="2026-11-26", customer="Tveit Byggsenter AS",
    customer_aliases=["Tveit Byggsenter"], contact="Solveig Tveit",
    validity={"days": 14}, total=45520.0,
    text="""Neste er butikken til Tveit Jernvare, nei unnskyld, de har byttet navn, det heter Tveit Byggsenter AS nå. Kontakt er Solveig Tveit.
Nytt vinylbelegg i butikklokalet, sytti kvadrat. Altså legging sytti kvadrat, og selve vinylen, materialet, også sytti kvadrat.
Gulvet må avrettes først, men bare ved inngangen, sånn femten kvadrat.
Så må det gamle teppet rives og kjøres bort, det har vi ikke på lista, sett to tusen fem hundre kroner for det.
Container trenger vi ikke, det går i varebilen, men ta med avfallshåndtering én gang.
Lister, nei, de beholder de gamle listene.
Rigg og reise, én. Gyldig i to uker.
""",
    items=[("VM-VINYL-LEG", 70, None), ("VM-VINYL-MAT", 70, None), ("VM-AVRETT", 15, None),
           (None, 1, 2500.0), ("VM-AVFALL", 1, None), ("VM-RIGG", 1, None)],
    note="customer name corrected (old name -> new name); contact shares the surname; labour + material "
         "as two lines; a line not in the catalogue (carpet removal, 2 500); container and skirting "
         "mentioned, not ordered"))

D.append(dict(
    id="05", language="nb", date="2026-11-27", customer="Eikehaugen skole", customer_aliases=[],
    contact="Leif Osnes", validity={"date": "2027-01-31"}, total=76050.0,
    text="""Ok, Eikehaugen skole, gymsalen. Kontaktperson er vaktmesteren, Leif Osnes.
Veggene i gymsalen skal ha tre strøk, de er veldig slitt. Det er tre hundre og ti kvadrat vegg.
Taket males ikke, det er akustikkplater, så det lar vi være.
Vi trenger sakselift inne, eh, tre dager.
Sperregrunn på flekkene, regn tjue liter.
Maskeringen rundt ribbeveggene og utstyret tar vi på timer, lærlingen i to dager, sju og en halv time dagen.
Rigg og reise, én gang.
Gyldig ut januar.
""",
    items=[("VM-INN-V2", 310, None), ("VM-EKS-STR", 310, None), ("VM-LIFT-SAK", 3, None),
           ("VM-GRUNN", 20, None), ("VM-ARB-LAE", 15, None), ("VM-RIGG", 1, None)],
    note="'tre strøk' = two-coat product + one extra coat on the same area; ceiling mentioned, not "
         "ordered; hours computed from days (2 x 7.5 = 15 apprentice hours); validity 'ut januar'"))

D.append(dict(
    id="06", language="nb", date="2026-11-30", customer="Ingrid Askvik", customer_aliases=[], contact=None,
    validity={"days": 28}, total=91376.0,
    text="""Tilbud til Ingrid Aksnes, nei, Askvik, Ingrid Askvik, enebolig på Karmøy, så rigg og reise for Karmøy, én gang.
Hele huset utvendig. Fasadevask først, to hundre og tjue kvadrat, og skraping, eh, der regner jeg med bare halvparten, hundre og ti kvadrat.
Så maling av kledningen, to strøk, to hundre og tjue kvadrat.
Vinduene utvendig, elleve stykker, og der sier vi ni hundre kroner stykket.
Vindskiene, cirka trettiåtte meter.
Stillas må til, rigging og nedrigging, og det står vel i tre uker, så stillasleie tjueen dager.
Grunnmuren snakket vi om, men den venter hun med til neste år.
Gyldig i fire uker.
""",
    items=[("VM-RIGG-UT", 1, None), ("VM-FAS-VASK", 220, None), ("VM-SKRAP", 110, None),
           ("VM-UTE-V2", 220, None), ("VM-VIN-UTE", 11, 900.0), ("VM-VINDSKI", 38, None),
           ("VM-STI-RIG", 1, None), ("VM-STI-LEI", 21, None)],
    note="customer surname corrected; out-of-town rig (Karmøy); exterior two coats not doubled; price "
         "override on windows (900); scaffold hire 'tre uker' = 21 days; foundation wall not ordered"))

D.append(dict(
    id="07", language="nb", date="2026-12-01", customer="Sameiet Havnegløtt",
    customer_aliases=["Havnegløtt Sameie", "Havnegløtt"], contact="Kjetil Mo",
    validity={"date": "2026-12-20"}, total=30053.64,
    text="""Så har vi Sameiet Havnegløtt, det er Kjetil Mo i styret som har bedt om pris.
De vil bare ha vasket fasaden i år, ikke malt. Fasadevask, tre hundre og førti kvadrat.
Bomlift, to dager. Eh, nei, tre dager, det er et høyt bygg og vi må flytte den mye.
Og så grunnmuren, den skal males, sånn femtifem kvadrat. Og grunning av bart treverk på noen bord som er byttet, tolv kvadrat.
Rigg og reise to ganger, siden det blir to runder.
Hele tilbudet med åtte prosent rabatt, de er faste kunder.
Gyldig til tjuende desember.
""",
    items=[("VM-FAS-VASK", 340, off(8)), ("VM-LIFT-BOM", 3, off(8)), ("VM-MUR", 55, off(8)),
           ("VM-UTE-GRU", 12, off(8)), ("VM-RIGG", 2, off(8))],
    note="contact in the board; painting the facade explicitly not ordered; lift days corrected (2 -> 3); "
         "8 % on the whole offer folded into every unit price; rig twice; validity a date this year"))

D.append(dict(
    id="08", language="nb", date="2026-12-02", customer="Bryggekaffen Haugesund AS",
    customer_aliases=["Bryggekaffen Haugesund", "Bryggekaffen"], contact="Aleksander Nilsen",
    validity={"days": 42}, total=41903.2,
    text="""Eh, Bryggekaffen, Bryggekaffen Haugesund AS, daglig leder er Aleksander Nilsen.
Ny parkett i de to lokalene bak disken, de er tjuetre kvadrat hver.
Så legging av parkett og eikeparketten på alt sammen, og underlaget også.
På selve parketten gir vi ti prosent, den har vi på lager.
Terskellister i messing, fire stykker, de har vi ikke på lista, si tre hundre og femti kroner stykket.
Det gamle belegget må rives, det tar vi på timer, maler, sånn seks timer, nei sett åtte timer.
Container, en. Rigg og reise, en.
Gyldig i seks uker.
""",
    items=[("VM-PAR-LEG", 46, None), ("VM-PAR-EIK", 46, off(10)), ("VM-UNDERLAG", 46, None),
           (None, 4, 350.0), ("VM-ARB-MAL", 8, None), ("VM-CONT", 1, None), ("VM-RIGG", 1, None)],
    note="area 2 x 23 = 46 applied to three lines; 10 % on one line (the parquet material, not the laying); "
         "a line not in the catalogue (brass thresholds 4 x 350); hours corrected (6 -> 8); validity 6 weeks"))

D.append(dict(
    id="09", language="en", date="2026-11-24", customer="Utsikten Borettslag", customer_aliases=["Utsikten"],
    contact="Randi Hauge", validity={"days": 30}, total=149934.0,
    text="""Right, this one's for Utsikten Borettslag, eh, the contact is Randi Hauge, she's the chair of the board.
Exterior repaint of the two blocks, the cladding, two coats, that's, uh, four hundred and sixty square metres all in.
Wash the facade first, same four hundred and sixty.
Spot scraping, let's say a hundred and fifty square metres. No wait, make that a hundred and eighty.
Boom lift for five days, no scaffolding on this one.
They asked about doing the windows as well but they'll get the residents to do those, so leave them out.
Barge boards, uh, seventy-two metres.
Rig and travel, once. And the offer is valid for thirty days.
""",
    items=[("VM-UTE-V2", 460, None), ("VM-FAS-VASK", 460, None), ("VM-SKRAP", 180, None),
           ("VM-LIFT-BOM", 5, None), ("VM-VINDSKI", 72, None), ("VM-RIGG", 1, None)],
    note="contact named with her role; two coats not doubled; quantity self-correction (150 -> 180); "
         "scaffolding and windows mentioned, not ordered"))

D.append(dict(
    id="10", language="en", date="2026-11-25", customer="Sunniva Lothe", customer_aliases=[], contact=None,
    validity={"days": 14}, total=11203.0,
    text="""Okay, Sunniva Lothe, private customer, um, the bedroom and the little office.
Bedroom, feature wall with wallpaper, that's twelve and a half square metres, standard paper, she picked one from the cheap range, four rolls.
For the hanging, uh, give her a hundred and forty a square metre instead of the normal price.
She's got paste left over, so no paste.
The other walls, just one coat, it's only a freshen-up, thirty-one square metres.
Ceilings in both rooms, two coats, twenty square.
And she wants to buy some of the interior paint, eight litres, for touch-ups later.
Rig and travel once. Valid for two weeks.
""",
    items=[("VM-TAP-STD", 4, None), ("VM-TAP-OPP", 12.5, 140.0), ("VM-INN-V1", 31, None),
           ("VM-INN-T2", 20, None), ("VM-MAL-INN", 8, None), ("VM-RIGG", 1, None)],
    note="fractional area (12.5); price override on hanging (140); paste explicitly not ordered; "
         "'one coat' vs 'two coats' pick different products; paint sold by the litre"))

D.append(dict(
    id="11", language="en", date="2026-11-27", customer="Karmsund Brygge Hotell AS",
    customer_aliases=["Karmsund Brygge Hotell", "Karmsund Brygge"], contact="Jon Erik Skaar",
    validity={"date": "2026-12-22"}, total=101106.72,
    text="""Uh, Karmsund Brygge Hotell, the contact's Jon Erik Skaar, he's the facilities manager.
New vinyl in the corridors on floors two, three and four, fifty-four square metres each, so a hundred and sixty-two in total.
That's laying the vinyl and the vinyl itself, a hundred and sixty-two of each. On the vinyl material we give them twelve percent off.
Skirting, supplied and fitted, ninety metres.
They want it done at night, so a night work supplement, that's not on the list, put four thousand five hundred kroner.
The stairwell came up too, but that's next year, not in this one.
Waste disposal once, and the container, one.
Rig and travel once. Valid until the twenty-second of December.
""",
    items=[("VM-VINYL-LEG", 162, None), ("VM-VINYL-MAT", 162, off(12)), ("VM-GUL-LIST", 90, None),
           (None, 1, 4500.0), ("VM-AVFALL", 1, None), ("VM-CONT", 1, None), ("VM-RIGG", 1, None)],
    note="floor numbers spoken (not quantities); 3 x 54 = 162 stated; 12 % on one line (material only); "
         "line not in the catalogue (night supplement 4 500); stairwell not ordered; validity a date"))

D.append(dict(
    id="12", language="en", date="2026-11-30", customer="Vardeheia skole", customer_aliases=["Vardeheia School"],
    contact="Nils Rossebø", validity={"days": 21}, total=39440.2,
    text="""Vardeheia skole, four classrooms in the old wing. Contact is the caretaker, Nils Rossebø.
Walls, two coats, thirty-eight square metres in each classroom, so a hundred and fifty-two.
Light filling and sanding on the same walls, hundred and fifty-two.
Doors with frames, one per classroom, so four. And the radiators, two per room, eight radiators.
Covering and masking, per room, four.
Um, the ceilings we looked at, they're fine, leave them.
And the whole quote with five percent off, it's a public customer, we agreed on that.
Rig and travel, once. Valid for three weeks.
""",
    items=[("VM-INN-V2", 152, off(5)), ("VM-SPA-FLE", 152, off(5)), ("VM-DOR", 4, off(5)),
           ("VM-RAD", 8, off(5)), ("VM-DEKK", 4, off(5)), ("VM-RIGG", 1, off(5))],
    note="school named in Norwegian inside English speech; per-room quantities x 4; ceilings not ordered; "
         "5 % on the whole quote folded into every unit price"))

D.append(dict(
    id="13", language="en", date="2026-12-01", customer="Havbris Sport AS", customer_aliases=["Havbris Sport"],
    contact="Camilla Nygård", validity={"date": "2027-01-10"}, total=47633.0,
    text="""Next, Camilla Nygård, she owns Havbris Sport, the shop down on the main street, the quote goes to the company, Havbris Sport AS.
Glass fibre cloth on the shop walls, ninety-five square metres, and then three coats on top, because it's going from dark to white. Ninety-five.
Full skim coat on the back wall only, twenty-six square metres.
Then the windows, no, scrap that, the windows are fine.
She wants the hours for moving the shelving as well: ten hours painter, and the apprentice ten hours, no, twelve hours.
Masking kit, two.
Rig and travel once. Valid till the tenth of January.
""",
    items=[("VM-STRIE", 95, None), ("VM-INN-V2", 95, None), ("VM-EKS-STR", 95, None),
           ("VM-SPA-HEL", 26, None), ("VM-ARB-MAL", 10, None), ("VM-ARB-LAE", 12, None),
           ("VM-MASK-SETT", 2, None), ("VM-RIGG", 1, None)],
    note="owner named first, quote to the company; 'three coats' = two-coat product + extra coat; "
         "windows retracted; apprentice hours corrected (10 -> 12); validity a date next year"))

D.append(dict(
    id="14", language="en", date="2026-12-02", customer="Hanne Bø", customer_aliases=[], contact=None,
    validity={"days": 10}, total=22750.8,
    text="""Uh, the Bø family, the quote's for Eirik Bø, ah, no, she said to put it in Hanne's name. Hanne Bø.
Sanding the floors upstairs, three bedrooms, um, fifty-two square metres in all.
Then oil, not lacquer, two treatments, fifty-two.
Twenty percent off the oiling, it was a mix-up on our side last time.
Levelling compound in the bathroom doorway, uh, three square metres.
New skirting in the three bedrooms, fifty-six metres.
Rig and travel, they're out in Tysvær, so the out-of-town one.
Valid for ten days.
""",
    items=[("VM-GUL-SLI", 52, None), ("VM-GUL-OLJ", 52, off(20)), ("VM-AVRETT", 3, None),
           ("VM-GUL-LIST", 56, None), ("VM-RIGG-UT", 1, None)],
    note="customer name changed to the other spouse; oil chosen over lacquer; 20 % on one line; "
         "'two treatments' is in the oil product, not doubled; out-of-town rig"))

D.append(dict(
    id="15", language="en", date="2026-12-03", customer="Kvalsvik Terrasse Borettslag",
    customer_aliases=["Kvalsvik Terrasse"], contact="Per Arne Hovda",
    validity={"date": "2027-02-28"}, total=50630.0,
    text="""This is for Kvalsvik Terrasse Borettslag, contact Per Arne Hovda.
Balcony railings on all twenty-four flats, that's not on our price list, say nine hundred and fifty kroner per railing.
The exterior paint for that, uh, sixty litres.
Scaffolding, rig and strike, once, and hire for ten days. We give them ten percent on the scaffolding, both the rigging and the hire.
Barge boards above the top balconies, forty metres.
They also asked about the lift, but the scaffolding covers it, so no lift.
Waste disposal once, rig and travel once.
Valid until the end of February.
""",
    items=[(None, 24, 950.0), ("VM-MAL-UTE", 60, None), ("VM-STI-RIG", 1, off(10)),
           ("VM-STI-LEI", 10, off(10)), ("VM-VINDSKI", 40, None), ("VM-AVFALL", 1, None),
           ("VM-RIGG", 1, None)],
    note="a line not in the catalogue with a quantity (24 railings x 950); 10 % on a group (scaffold rig + "
         "hire); lift not ordered; validity 'end of February'"))

D.append(dict(
    id="16", language="en", date="2026-12-04", customer="Haugaland Tannklinikk AS",
    customer_aliases=["Haugaland Tannklinikk"], contact="Maria Solheim",
    validity={"days": 30}, total=35089.0,
    text="""Uh, Haugaland Tannklinikk, the dental clinic, the contact's the practice manager, Maria Solheim.
Waiting room and two treatment rooms. Walls, two coats, eighty-four square metres. Ceilings, two coats, forty-one.
Trim and frames painted, uh, sixty-five metres.
Three doors with frames.
Scissor lift, no, they've got low ceilings, forget the lift.
We'll do it at weekends, so extra hours, fourteen hours painter, and on the hourly rate give them six hundred and fifty.
Rig and travel, two trips, two weekends.
Valid for a month, no, say thirty days.
""",
    items=[("VM-INN-V2", 84, None), ("VM-INN-T2", 41, None), ("VM-LIST", 65, None), ("VM-DOR", 3, None),
           ("VM-ARB-MAL", 14, 650.0), ("VM-RIGG", 2, None)],
    note="walls and ceilings two coats (two products, not doubled); lift retracted; price override on "
         "hourly rate (650); rig twice; validity corrected (a month -> 30 days)"))


def unit_price(pid, price) -> float:
    if isinstance(price, tuple):
        return round(PRICE[pid] * price[1], 2)
    if price is None:
        return float(PRICE[pid])
    return float(price)


def build_truth(d: dict) -> dict:
    items = []
    for pid, qty, price in d["items"]:
        assert pid is None or pid in PRICE, pid
        assert pid is not None or isinstance(price, float), "a line not in the catalogue needs a spoken price"
        items.append({"product_id": pid, "quantity": qty, "unit_price": unit_price(pid, price)})
    total = round(sum(x["quantity"] * x["unit_price"] for x in items), 2)
    assert abs(total - d["total"]) < 0.005, (d["id"], total, d["total"])  # hand sum == computed sum
    v = d["validity"]
    until = date.fromisoformat(v["date"]) if "date" in v else date.fromisoformat(d["date"]) + timedelta(days=v["days"])
    return {"id": d["id"], "language": d["language"], "date": d["date"], "text": f"dictations/{d['id']}.txt",
            "audio": None, "customer": d["customer"], "customer_aliases": d["customer_aliases"],
            "contact": d["contact"], "items": items, "total_excl_vat": total, "valid_until": until.isoformat(),
            "validity": v, "note": d["note"]}


# ------------------------------------------------------------------ drawings
COLOURS = {"wall": (236, 224, 200), "ceiling": (220, 230, 240), "trim": (250, 250, 245), "door": (205, 185, 160),
           "window": (200, 225, 240), "radiator": (235, 235, 235), "spackle": (240, 238, 230), "roll": (230, 210, 220),
           "tape": (245, 220, 150), "scraper": (210, 210, 200), "bucket": (190, 210, 230), "facade": (200, 80, 60),
           "scaffold": (230, 200, 120), "lift": (250, 190, 60), "floor": (200, 160, 110), "clock": (225, 235, 225),
           "van": (180, 200, 220), "bin": (150, 170, 150)}


def draw(kind: str, pid: str, path: Path) -> None:
    from PIL import Image, ImageDraw  # only the drawings need Pillow

    im = Image.new("RGB", (160, 120), COLOURS[kind])
    g = ImageDraw.Draw(im)
    ink = (60, 60, 70)
    if kind in ("wall", "ceiling", "facade"):
        for y in range(20, 100, 16):
            g.line([(20, y), (140, y)], fill=ink)
        g.rectangle([100, 60, 130, 70], outline=ink, width=2)  # a roller
        g.line([(115, 70), (115, 95)], fill=ink, width=3)
    elif kind in ("trim", "door", "window"):
        g.rectangle([50, 15, 110, 100], outline=ink, width=3)
        if kind == "window":
            g.line([(80, 15), (80, 100)], fill=ink, width=2)
            g.line([(50, 57), (110, 57)], fill=ink, width=2)
        if kind == "door":
            g.ellipse([95, 55, 101, 61], fill=ink)
    elif kind == "radiator":
        for x in range(35, 130, 12):
            g.rectangle([x, 30, x + 8, 90], outline=ink, width=2)
    elif kind in ("roll", "tape"):
        g.ellipse([40, 30, 80, 90], outline=ink, width=3)
        g.rectangle([60, 30, 125, 90], outline=ink, width=2)
    elif kind in ("bucket", "spackle", "bin"):
        g.polygon([(50, 30), (110, 30), (102, 100), (58, 100)], outline=ink, width=3)
        g.arc([50, 10, 110, 50], 180, 360, fill=ink, width=2)
    elif kind == "scraper":
        g.rectangle([60, 20, 100, 70], outline=ink, width=3)
        g.line([(80, 70), (80, 105)], fill=ink, width=5)
    elif kind in ("scaffold", "lift"):
        for x in (40, 80, 120):
            g.line([(x, 15), (x, 105)], fill=ink, width=3)
        for y in (35, 70, 105):
            g.line([(40, y), (120, y)], fill=ink, width=3)
    elif kind == "floor":
        for i, x in enumerate(range(0, 160, 20)):
            g.rectangle([x, 40 + (i % 2) * 15, x + 20, 110], outline=ink, width=1)
    elif kind == "clock":
        g.ellipse([45, 25, 115, 95], outline=ink, width=3)
        g.line([(80, 60), (80, 35)], fill=ink, width=3)
        g.line([(80, 60), (100, 60)], fill=ink, width=3)
    elif kind == "van":
        g.rectangle([30, 45, 120, 85], outline=ink, width=3)
        g.rectangle([120, 58, 140, 85], outline=ink, width=3)
        g.ellipse([45, 78, 63, 96], fill=ink)
        g.ellipse([105, 78, 123, 96], fill=ink)
    g.text((6, 4), pid, fill=ink)
    im.save(path, optimize=True)


# ------------------------------------------------------------------ write
def main() -> None:
    (HERE / "images").mkdir(exist_ok=True)
    (HERE / "dictations").mkdir(exist_ok=True)
    assert 40 <= len(CATALOG) <= 50 and len({c[0] for c in CATALOG}) == len(CATALOG)
    with open(HERE / "catalog.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["product_id", "name", "description", "unit", "price", "image"])
        for pid, name, desc, unit, price, kind in CATALOG:
            assert unit in {"stk", "m", "m2", "liter", "time", "dag", "sett"}, unit
            w.writerow([pid, name, desc, unit, price, img_name(pid)])
            draw(kind, pid, HERE / img_name(pid))
    truth = []
    assert [d["id"] for d in D] == [f"{i:02d}" for i in range(1, 17)]
    assert sum(d["language"] == "nb" for d in D) == 8
    for d in D:
        lines = d["text"].strip().splitlines()
        assert 5 <= len(lines) <= 10, (d["id"], len(lines))
        assert not re.search(r"\d", d["text"]), f"{d['id']}: numbers are spoken, not written as digits"
        (HERE / "dictations" / f"{d['id']}.txt").write_text(d["text"], encoding="utf-8")
        truth.append(build_truth(d))
    with open(HERE / "dictations" / "truth.jsonl", "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    n_items = sum(len(t["items"]) for t in truth)
    print(f"catalog {len(CATALOG)} products, {len(truth)} dictations, {n_items} truth lines, "
          f"{sum(x['product_id'] is None for t in truth for x in t['items'])} not in the catalogue")


if __name__ == "__main__":
    main()
