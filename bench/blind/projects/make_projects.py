"""Generate the blind project set (issue 13): assignments/, team.json, history.csv, truth.jsonl, status/.

Run:  cd bench/blind/projects && /work/main/.venv/bin/python make_projects.py

The company is Eikeli Rådgivning AS, a 12-person consulting-engineering firm in Drammen (condition
surveys, energy certificates, structural/HVAC/electrical design, fire safety, acoustics, BIM,
environmental surveys).  Every text below is hand-written for this set; clients, people, addresses
and numbers are invented.

Brief markup (blocks separated by blank lines): "# X" title, "## X" heading, "- x" bullet lines,
"|a|b|" table rows, anything else a paragraph.

status/ is produced by the seeded simulation documented in simulate_portfolio() below.
"""
from __future__ import annotations

import csv
import hashlib
import datetime as dt
import json
import math
import random
import re
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
OUT = HERE / "assignments"
OSLO = ZoneInfo("Europe/Oslo")
US = "Eikeli Rådgivning AS"
US_MAIL = "oppdrag@eikeli-radgivning.no"


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def week_friday(year: int, week: int) -> str:
    return dt.date.fromisocalendar(year, week, 5).isoformat()


# ================================================================ team and history
SKILLS = ["tilstandsvurdering", "energi", "RIB", "RIV", "RIE", "brann", "akustikk", "BIM",
          "miljøkartlegging", "prosjektledelse"]  # nobody has geoteknikk (RIG)

TEAM = {"people": [
    {"name": "Kari Nesheim", "skills": ["prosjektledelse", "tilstandsvurdering"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-03-01", "to": "2027-03-31", "hours_per_week": 15}]},
    {"name": "Ola Tveter", "skills": ["tilstandsvurdering", "energi"], "hours_per_week": 37.5, "booked": []},
    {"name": "Sunniva Bakke", "skills": ["energi", "RIV"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-04-05", "to": "2027-05-14", "hours_per_week": 20}]},
    {"name": "Haakon Lie", "skills": ["RIB", "BIM"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-02-01", "to": "2027-06-30", "hours_per_week": 30}]},
    {"name": "Mira Johansen", "skills": ["RIB"], "hours_per_week": 30, "booked": []},
    {"name": "Tariq Hussain", "skills": ["RIE", "BIM"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-07-05", "to": "2027-07-30", "hours_per_week": 37.5}]},
    {"name": "Ingvild Sæther", "skills": ["brann"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-03-15", "to": "2027-06-11", "hours_per_week": 37.5}]},
    {"name": "Petter Amundsen", "skills": ["brann", "tilstandsvurdering"], "hours_per_week": 22.5,
     "booked": [{"from": "2027-04-01", "to": "2027-05-31", "hours_per_week": 22.5}]},
    {"name": "Linnea Vik", "skills": ["akustikk", "RIV"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-07-12", "to": "2027-08-06", "hours_per_week": 37.5}]},
    {"name": "Jonas Brekke", "skills": ["miljøkartlegging", "tilstandsvurdering"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-05-03", "to": "2027-05-28", "hours_per_week": 10}]},
    {"name": "Elise Fjeld", "skills": ["BIM", "prosjektledelse"], "hours_per_week": 30, "booked": []},
    {"name": "Andreas Moen", "skills": ["RIE", "energi"], "hours_per_week": 37.5,
     "booked": [{"from": "2027-03-08", "to": "2027-04-30", "hours_per_week": 25}]},
]}

# (task name, skill, typical estimated hours) – the firm's own wording in its time registration
TASK_CATALOGUE = [
    ("Befaring og registrering", "tilstandsvurdering", 10),
    ("Tilstandsrapport NS 3600 bolig", "tilstandsvurdering", 14),
    ("Tilstandsvurdering NS 3424 yrkesbygg", "tilstandsvurdering", 40),
    ("Vedlikeholdsplan 10 år", "tilstandsvurdering", 24),
    ("Fuktmåling og rapport", "tilstandsvurdering", 8),
    ("Energiattest bolig", "energi", 5),
    ("Energiattest yrkesbygg", "energi", 14),
    ("Energiberegning TEK17", "energi", 24),
    ("Energikartlegging og tiltaksplan", "energi", 40),
    ("Konstruksjonsberegninger", "RIB", 60),
    ("Statisk vurdering eksisterende konstruksjon", "RIB", 20),
    ("Arbeidstegninger RIB", "RIB", 45),
    ("VVS-prosjektering", "RIV", 60),
    ("Ventilasjonsberegning", "RIV", 24),
    ("Elektroprosjektering", "RIE", 50),
    ("Effektberegning og el-inntak", "RIE", 16),
    ("Brannkonsept", "brann", 32),
    ("Branntilstandsanalyse", "brann", 26),
    ("Akustikkmåling og rapport", "akustikk", 20),
    ("Støyvurdering T-1442", "akustikk", 16),
    ("Laserskanning og BIM-modell", "BIM", 40),
    ("BIM-koordinering", "BIM", 30),
    ("Miljøkartlegging", "miljøkartlegging", 20),
    ("Miljøsaneringsbeskrivelse", "miljøkartlegging", 14),
    ("Prosjektledelse og møter", "prosjektledelse", 20),
    ("Kostnadsoverslag", "prosjektledelse", 12),
    ("Konkurransegrunnlag", "prosjektledelse", 30),
    ("Beskrivelse NS 3420", "prosjektledelse", 24),
]

PAST_PROJECTS = [
    ("P-2301 Tilstand Strømsø borettslag", ["Befaring og registrering", "Tilstandsvurdering NS 3424 yrkesbygg",
                                            "Vedlikeholdsplan 10 år", "Prosjektledelse og møter"]),
    ("P-2302 Energiattester Gulskogen rekkehus", ["Energiattest bolig", "Energiattest bolig", "Energiattest bolig",
                                                  "Energiattest bolig", "Energiberegning TEK17"]),
    ("P-2304 RIB tilbygg Åssiden skole", ["Konstruksjonsberegninger", "Arbeidstegninger RIB", "BIM-koordinering",
                                          "Prosjektledelse og møter"]),
    ("P-2307 Brann hotell Bragernes", ["Branntilstandsanalyse", "Brannkonsept", "Prosjektledelse og møter"]),
    ("P-2309 Kontorbygg Lier energi", ["Energikartlegging og tiltaksplan", "Energiattest yrkesbygg",
                                       "Ventilasjonsberegning"]),
    ("P-2311 Akustikk kontorlandskap Brakerøya", ["Akustikkmåling og rapport", "Støyvurdering T-1442"]),
    ("P-2313 Miljøkartlegging Konnerud skole", ["Miljøkartlegging", "Miljøsaneringsbeskrivelse",
                                                "Tilstandsvurdering NS 3424 yrkesbygg", "Laserskanning og BIM-modell"]),
    ("P-2316 Boligsalg Mjøndalen", ["Tilstandsrapport NS 3600 bolig", "Fuktmåling og rapport", "Energiattest bolig"]),
    ("P-2318 VVS rehab sykehjem", ["VVS-prosjektering", "Ventilasjonsberegning", "Beskrivelse NS 3420",
                                   "BIM-koordinering"]),
    ("P-2320 El-prosjektering idrettshall", ["Elektroprosjektering", "Effektberegning og el-inntak",
                                             "Beskrivelse NS 3420"]),
    ("P-2322 Lagerhall Svelvik RIB", ["Konstruksjonsberegninger", "Arbeidstegninger RIB",
                                      "Statisk vurdering eksisterende konstruksjon"]),
    ("P-2401 Rådhus Sande tilstand og brann", ["Tilstandsvurdering NS 3424 yrkesbygg", "Branntilstandsanalyse",
                                               "Kostnadsoverslag"]),
    ("P-2403 Ladeanlegg borettslag", ["Effektberegning og el-inntak", "Elektroprosjektering", "Konkurransegrunnlag"]),
    ("P-2405 Skanning næringspark", ["Laserskanning og BIM-modell", "Laserskanning og BIM-modell",
                                     "BIM-koordinering"]),
    ("P-2408 Kirke vedlikeholdsplan", ["Befaring og registrering", "Vedlikeholdsplan 10 år", "Kostnadsoverslag"]),
    ("P-2410 Idrettshall rehab anbud", ["Tilstandsvurdering NS 3424 yrkesbygg", "Kostnadsoverslag",
                                        "Konkurransegrunnlag", "Prosjektledelse og møter"]),
    ("P-2412 Barnehage støy", ["Støyvurdering T-1442", "Akustikkmåling og rapport"]),
    ("P-2415 Treningssenter ventilasjon", ["Ventilasjonsberegning", "VVS-prosjektering", "Energiberegning TEK17"]),
    ("P-2418 Riving Tangen miljø", ["Miljøkartlegging", "Miljøsaneringsbeskrivelse"]),
    ("P-2420 Mesanin lager Lierstranda", ["Statisk vurdering eksisterende konstruksjon", "Arbeidstegninger RIB"]),
    ("P-2422 Hotell mulighetsstudie", ["Statisk vurdering eksisterende konstruksjon", "Brannkonsept",
                                       "Energiberegning TEK17", "Kostnadsoverslag"]),
]


def history_rows(rng: random.Random):
    cat = {n: (s, h) for n, s, h in TASK_CATALOGUE}
    rows = []
    for project, tasks in PAST_PROJECTS:
        for t in tasks:
            skill, base = cat[t]
            est = round(base * rng.uniform(0.8, 1.25) * 2) / 2
            act = round(est * math.exp(rng.gauss(0.08, 0.18)) * 2) / 2
            rows.append({"project": project, "task": t, "skill": skill, "estimated_hours": est,
                         "actual_hours": act})
    return rows


# ================================================================ status simulation
def smoothstep(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return 3 * x * x - 2 * x * x * x


def simulate_portfolio(seed: int = 13, n: int = 48):
    """Seeded simulation of running projects (documented process).

    Each project: BAC (NOK), planned start, planned duration T days, reporting period p (14 or 28
    days).  Planned value follows an S-curve PV(t) = BAC * smoothstep(t / T).  Progress runs on a
    "plan clock" tau that advances by seff * p per period (seff = schedule efficiency); earned
    value EV = BAC * smoothstep(tau / T); actual cost grows by dEV / ceff (ceff = cost efficiency).
    Each period's seff and ceff are the archetype's regime value times N(1, 0.04) noise.  The
    history is cut at a status date ("now"); the truth continues the same process (same regime
    after the cut) until EV = BAC.  final_over_budget_pct = AC_final / BAC - 1, final_lateness_pct =
    (actual finish - planned finish) / T; flag = over > 10 % or lateness > 10 %.

    Archetypes: healthy; cost_overrun (ceff 0.78-0.87 throughout); schedule_slip (seff 0.72-0.85);
    degrading_late (healthy, then ceff/seff fall sharply in the last 1-3 reported periods and stay
    low); recovering (poor first, then clearly better than plan from the last 2-3 periods on);
    borderline (ceff 0.89-0.94, seff 0.9-0.97).
    """
    rng = random.Random(seed)
    kinds = (["healthy"] * 13 + ["cost_overrun"] * 7 + ["schedule_slip"] * 6 + ["degrading_late"] * 8
             + ["recovering"] * 8 + ["borderline"] * 6)
    assert len(kinds) == n
    rng.shuffle(kinds)
    now = dt.date(2027, 5, 31)
    status, truth = [], []
    for i, kind in enumerate(kinds):
        name = f"PRJ-{27001 + i}"
        bac = round(rng.uniform(0.35, 8.0) * 1e6, -3)
        p = rng.choice([14, 28])
        T = rng.choice(range(16, 61, 2)) * 7
        frac = rng.uniform(0.45, 0.8)  # share of planned duration elapsed at "now"
        periods = max(3, int(T * frac / p))
        start = now - dt.timedelta(days=periods * p)
        start -= dt.timedelta(days=start.weekday())  # Monday
        finish = start + dt.timedelta(days=T)
        cut = periods

        def regime(k, kind=kind, cut=cut, _r={}):
            if not _r:
                _r["c0"], _r["s0"] = rng.uniform(0.96, 1.06), rng.uniform(0.95, 1.06)
                _r["change"] = max(2, cut - rng.choice([1, 2, 3]))
                if kind == "cost_overrun":
                    _r["c0"] = rng.uniform(0.78, 0.87)
                elif kind == "schedule_slip":
                    _r["s0"] = rng.uniform(0.72, 0.85)
                elif kind == "degrading_late":
                    _r["c1"], _r["s1"] = rng.uniform(0.55, 0.72), rng.uniform(0.6, 0.8)
                elif kind == "recovering":
                    _r["c0"], _r["s0"] = rng.uniform(0.78, 0.86), rng.uniform(0.8, 0.9)
                    _r["c1"], _r["s1"] = rng.uniform(1.18, 1.32), rng.uniform(1.1, 1.25)
                elif kind == "borderline":
                    _r["c0"], _r["s0"] = rng.uniform(0.89, 0.94), rng.uniform(0.9, 0.97)
            if kind in ("degrading_late", "recovering") and k >= _r["change"]:
                return _r["c1"], _r["s1"]
            return _r["c0"], _r["s0"]

        tau = ev = ac = 0.0
        k = 0
        rows = []
        finish_actual = None
        while True:
            ceff, seff = regime(k)
            seff *= rng.gauss(1, 0.04)
            ceff *= rng.gauss(1, 0.04)
            tau_new = tau + max(seff, 0.05) * p
            ev_new = bac * smoothstep(tau_new / T)
            if tau_new >= T and finish_actual is None:
                part = (T - tau) / (tau_new - tau)
                finish_actual = start + dt.timedelta(days=k * p + part * p)
            ac += (ev_new - ev) / max(ceff, 0.2)
            tau, ev = tau_new, ev_new
            k += 1
            d = start + dt.timedelta(days=k * p)
            if k <= cut:
                pv = bac * smoothstep((d - start).days / T)
                rows.append({"project": name, "date": d.isoformat(), "budget_at_completion": f"{bac:.2f}",
                             "planned_value": f"{pv:.2f}", "earned_value": f"{ev:.2f}",
                             "actual_cost": f"{ac:.2f}", "planned_start": start.isoformat(),
                             "planned_finish": finish.isoformat()})
            if finish_actual is not None and k > cut:
                break
            if k > 400:
                raise RuntimeError("no finish")
        over = ac / bac - 1
        late = (finish_actual - finish).days / T
        status += rows
        truth.append({"project": name, "archetype": kind, "bac": bac, "periods": len(rows),
                      "planned_start": start.isoformat(), "planned_finish": finish.isoformat(),
                      "final_cost": round(ac, 2), "final_over_budget_pct": round(100 * over, 2),
                      "actual_finish": finish_actual.isoformat(), "final_lateness_pct": round(100 * late, 2),
                      "flag": bool(over > 0.10 or late > 0.10)})
    return status, truth


# ================================================================ assignments
ASSIGNMENTS: list[dict] = []


def assignment(**kw):
    ASSIGNMENTS.append(kw)


def M(frm, date, subject, body, to=US_MAIL, **kw):
    return {"from": frm, "to": to, "date": date, "subject": subject, "body": body, **kw}


# ---------------------------------------------------------------- p01 nb mail, "innen uke 14"
assignment(
    file="p01_tilstandsvurdering_fjellsbyen_brl.eml", language="nb",
    client=["Fjellsbyen Borettslag"], title_kw=["tilstand", "vedlikeholdsplan", "Fjellsbyen"],
    deadline=week_friday(2027, 14), budget=(180000, "NOK"), location=["Fjellsbyen", "Konnerudgata"],
    deliverables=["tilstandsvurdering av tre boligblokker (NS 3424)", "vedlikeholdsplan for 10 år",
                  "presentasjon for styret"],
    feasible=True, start="2027-02-02", note="'innen uke 14' = Friday 9 April 2027; budget ex VAT",
    messages=[M('"Bente Rørvik" <styreleder@fjellsbyen-brl.no>', "2027-02-01T08:47",
                "Forespørsel: tilstandsvurdering av blokkene våre", """
Hei,

Jeg skriver på vegne av styret i Fjellsbyen Borettslag (org.nr. 948 226 510). Vi har tre blokker
fra 1968 i Konnerudgata 40–44 i Drammen, til sammen 54 leiligheter, og generalforsamlingen har
bedt styret få laget en skikkelig oversikt over tilstanden før vi tar opp lån til rehabilitering.

Vi ønsker:
- tilstandsvurdering av alle tre blokkene etter NS 3424 (tak, fasader, vinduer, balkonger,
  kjeller og felles tekniske anlegg)
- en vedlikeholdsplan for de neste 10 årene med grove kostnadsanslag
- en kort presentasjon for styret når rapporten er klar

Rapporten må foreligge innen uke 14, slik at vi rekker å sende den ut med innkallingen til
generalforsamlingen. Styret har satt av inntil kr 180 000 eks. mva. til dette.

Kan dere gi oss et tilbud og si når dere kan starte?

Med vennlig hilsen
Bente Rørvik
styreleder, Fjellsbyen Borettslag
tlf. 452 18 330
""")],
)

# ---------------------------------------------------------------- p02 nb thread, later message moves deadline
assignment(
    file="p02_energiattester_lierbyen_trad.eml", language="nb",
    client=["Lierbyen Utbygging AS", "Lierbyen Utbygging"], title_kw=["energiattest", "rekkehus"],
    deadline="2027-03-26", budget=(45000, "NOK"), accept_budget=[(36000, "NOK")],
    location=["Lierbyen", "Lier"],
    deliverables=["energiattester for 12 rekkehus", "notat med forslag til energitiltak"],
    feasible=True, start="2027-02-19",
    note="thread: first 'senest 15. mars', newest message moves it to 26 March; budget incl. VAT as stated",
    messages=[
        M('"Geir Olav Kjos" <geir.olav@lierbyen-utbygging.no>', "2027-02-15T13:05",
          "Energiattester rekkehus Lierbyen", """
Hei Eikeli,

Vi i Lierbyen Utbygging AS ferdigstiller 12 rekkehus i Sjåstadveien, Lierbyen (Lier), og trenger
energiattest for hver bolig før salg. I tillegg ønsker vi et kort notat med forslag til tiltak som
kan gi bedre energikarakter på neste byggetrinn.

Dette må være klart senest 15. mars. Vi har budsjettert med kr 45 000 inkl. mva. for jobben.

Mvh
Geir Olav Kjos
Prosjektsjef, Lierbyen Utbygging AS
"""),
        M('"Ola Tveter" <ola.tveter@eikeli-radgivning.no>', "2027-02-16T09:30",
          "SV: Energiattester rekkehus Lierbyen", """
Hei Geir Olav,

Takk for forespørselen. Vi kan ta dette. Kan du sende oss tegninger og tekniske data for husene
(vegg-, tak- og gulvoppbygging, vinduer, ventilasjon og oppvarming)?

Hilsen Ola Tveter, Eikeli Rådgivning
""", to='"Geir Olav Kjos" <geir.olav@lierbyen-utbygging.no>'),
        M('"Geir Olav Kjos" <geir.olav@lierbyen-utbygging.no>', "2027-02-18T15:42",
          "SV: SV: Energiattester rekkehus Lierbyen", """
Hei igjen,

Tegningene ligger i lenken under. Salgsstarten er flyttet, så dere kan få litt bedre tid: det
holder at attestene og notatet er levert senest 26. mars. Budsjettet er uendret.

https://deling.lierbyen-utbygging.no/s/rekkehus-bt2

Geir Olav
""", to='"Ola Tveter" <ola.tveter@eikeli-radgivning.no>'),
    ],
)

# ---------------------------------------------------------------- p03 nb pdf brief, municipality, RIB
assignment(
    file="p03_oppdragsbeskrivelse_rib_sandelv_ungdomsskole.pdf", language="nb",
    client=["Sandelv kommune"], title_kw=["RIB", "tilbygg", "ungdomsskole", "konstruksjon"],
    deadline="2027-06-30", budget=(420000, "NOK"), location=["Sandelv ungdomsskole", "Skolegata 12", "Sandelv"],
    deliverables=["konstruksjonsberegninger", "arbeidstegninger RIB", "BIM-modell i IFC-format",
                  "deltakelse i prosjekteringsmøter"],
    feasible=True, start="2027-03-01", note="municipal brief with a separate quote deadline (not the delivery date)",
    css="municipal", header="SANDELV KOMMUNE – Eiendom", footer="Oppdragsbeskrivelse 2027/118",
    brief="""
# Oppdragsbeskrivelse – RIB-prosjektering, tilbygg Sandelv ungdomsskole

|Oppdragsgiver|Sandelv kommune, Eiendomsavdelingen|
|Kontaktperson|Tormod Haugerud, prosjektleder bygg|
|Saksnummer|2027/118|
|Tilbudsfrist|22. februar 2027 kl. 12.00|

## 1. Bakgrunn

Sandelv ungdomsskole (Skolegata 12, Sandelv) skal utvides med et tilbygg i to etasjer på ca.
900 m² med fire klasserom, grupperom og personalarbeidsplasser. Arkitekt er engasjert, og
kommunen skal nå engasjere rådgivende ingeniør bygg (RIB).

## 2. Oppdragets omfang

RIB skal levere:

- konstruksjonsberegninger for bærekonstruksjon og fundamenter
- arbeidstegninger RIB (planer, snitt og detaljer)
- BIM-modell i IFC-format for koordinering med øvrige fag
- deltakelse i prosjekteringsmøter hver andre uke

## 3. Fremdrift

Oppstart er planlagt 1. mars 2027. Prosjekteringen skal være ferdigstilt senest 30. juni 2027, slik
at anbudskonkurransen for byggearbeidene kan lyses ut i august.

## 4. Økonomi

Kostnadsramme for rådgivertjenesten er kr 420 000 eks. mva. Oppdraget honoreres etter medgått tid
innenfor rammen.
""",
)

# ---------------------------------------------------------------- p04 nb mail, fire safety, nobody free -> infeasible
assignment(
    file="p04_brannkonsept_hotell_tollboden.eml", language="nb",
    client=["Hotell Tollboden AS", "Hotell Tollboden"], title_kw=["brann", "Tollboden"],
    deadline="2027-04-16", budget=(90000, "NOK"), location=["Tollboden", "Tollbugata", "Drammen"],
    deliverables=["brannkonsept for ombygging", "branntilstandsanalyse", "rømningsplaner"],
    feasible=False, start="2027-04-06",
    note="INFEASIBLE: both fire engineers fully booked in April",
    messages=[M('"Hanne Sørli" <hanne.sorli@hotelltollboden.no>', "2027-04-05T10:14",
                "Hastesak: brannkonsept ombygging 3. etasje", """
Hei,

Vi skal bygge om 3. etasje på Hotell Tollboden (Tollbugata 7, Drammen) fra kontor til 14 nye
hotellrom, og kommunen krever brannkonsept før de behandler søknaden. Samtidig har forsikrings-
selskapet bedt om en branntilstandsanalyse av hele bygget, og vi trenger oppdaterte rømningsplaner.

Alt dette må være levert fredag 16. april – byggesøknaden skal inn mandagen etter.

Vi regner med ca. 90 000 kr eks mva. Gi beskjed i dag om dere kan ta det.

Hilsen
Hanne Sørli
Hotelldirektør, Hotell Tollboden AS
""")],
)

# ---------------------------------------------------------------- p05 nb txt, needs geotechnics -> infeasible
assignment(
    file="p05_foresporsel_barnehage_solbergmoen.txt", language="nb",
    client=["Solberg Barnehager AS", "Solberg Barnehager"], title_kw=["barnehage", "geotekn", "Solbergmoen"],
    deadline="2027-05-31", budget=None, location=["Solbergmoen", "Svelvik"],
    deliverables=["geoteknisk vurdering med grunnundersøkelser", "vurdering av områdestabilitet (kvikkleire)",
                  "fundamenteringsnotat"],
    feasible=False, start="2027-03-15", note="INFEASIBLE: needs geotechnical engineering (RIG) that nobody has",
    brief="""
FORESPØRSEL OM RÅDGIVERTJENESTER
Solberg Barnehager AS – ny barnehage på Solbergmoen, Svelvik

Dato: 12.03.2027
Kontakt: Even Dahl, eiendomssjef, even.dahl@solbergbarnehager.no

Vi planlegger en ny barnehage med seks avdelinger på tomten Solbergmoen 3 i Svelvik. Tomten ligger
på marine avsetninger, og kommunen har bedt om dokumentasjon av grunnforholdene før
rammetillatelse.

Vi trenger:

1) Geoteknisk vurdering med grunnundersøkelser (boringer) og rapport.
2) Vurdering av områdestabilitet etter NVEs veileder, siden det kan være kvikkleire i området.
3) Fundamenteringsnotat som arkitekten kan bruke i skisseprosjektet.

Rapportene må være ferdige innen utgangen av mai, slik at vi kan sende søknad i juni.

Budsjett er ikke fastsatt; vi ber om pris.
""",
)

# ---------------------------------------------------------------- p06 en mail, "by end of Q2"
assignment(
    file="p06_energy_audit_kaldera_office.eml", language="en",
    client=["Kaldera Real Estate Norway AS", "Kaldera Real Estate Norway", "Kaldera Real Estate"],
    title_kw=["energy", "Tollbugata", "Kaldera"],
    deadline="2027-06-30", budget=(120000, "NOK"), location=["Tollbugata 20", "Tollbugata", "Drammen"],
    deliverables=["energy survey of the building", "energy certificate", "action plan with cost estimates"],
    feasible=True, start="2027-03-04", note="'by end of Q2' = 30 June 2027",
    messages=[M('"Fredrik Lindqvist" <fredrik.lindqvist@kaldera-re.com>', "2027-03-03T11:20",
                "Energy audit – Tollbugata 20", """
Dear Eikeli team,

Kaldera Real Estate Norway AS owns the office building at Tollbugata 20 in Drammen (6,200 sqm,
built 1989). Our Swedish parent requires an energy audit of all Nordic assets this year.

Scope:
1. An energy survey of the building (envelope, HVAC, lighting, controls), with measured data
   where available.
2. A new energy certificate (energiattest) for the building.
3. An action plan listing energy-saving measures with investment cost estimates and payback.

Everything should be delivered by end of Q2. Our budget for this is NOK 120,000 excl. VAT.

Please confirm whether you can take this on.

Kind regards,
Fredrik Lindqvist
Asset Manager, Kaldera Real Estate Norway AS
""")],
)

# ---------------------------------------------------------------- p07 en mail, "within six weeks of order"
assignment(
    file="p07_order_acoustics_brenntangen.eml", language="en",
    client=["Brenntangen Logistics AS", "Brenntangen Logistics"], title_kw=["acoustic", "noise", "office"],
    deadline="2027-04-19", budget=(38500, "NOK"), location=["Lierstranda 93", "Lierstranda", "Lier"],
    deliverables=["acoustic measurements in the open-plan office", "report with recommended noise-reduction measures"],
    feasible=True, start="2027-03-09", note="'within six weeks of order' counted from the mail Date (8 March 2027)",
    messages=[M('"Maria Olsen" <maria.olsen@brenntangen.no>', "2027-03-08T14:02",
                "Purchase order 4500-2231 – acoustic measurements", """
Hi,

Please accept this e-mail as our order (PO 4500-2231) for the acoustic work described in your quote
Q-27-041: acoustic measurements in the open-plan office on the 2nd floor of our building at
Lierstranda 93, Lier, and a report with recommended noise-reduction measures.

Fixed price NOK 38,500 excl. VAT as per your quote. Delivery within six weeks of order.

Please invoice with our PO number.

Best regards
Maria Olsen
Office Manager, Brenntangen Logistics AS
""")],
)

# ---------------------------------------------------------------- p08 nb docx brief, environmental survey
assignment(
    file="p08_konkurransegrunnlag_fjell_skole.docx", language="nb",
    client=["Elvebyen Eiendom KF", "Elvebyen Eiendom"], title_kw=["miljøkartlegging", "Fjell skole", "tilstand"],
    deadline="2027-08-20", budget=(350000, "NOK"), location=["Fjell skole", "Fjell", "Drammen"],
    deliverables=["miljøkartlegging (asbest, PCB, bly)", "miljøsaneringsbeskrivelse",
                  "tilstandsvurdering etter NS 3424", "laserskanning og BIM-modell av eksisterende bygg"],
    feasible=True, start="2027-05-03", note="docx brief with table and bullets",
    header="Elvebyen Eiendom KF", footer="Konkurransegrunnlag del B – Oppdragsbeskrivelse",
    brief="""
# Oppdragsbeskrivelse: Forundersøkelser før rehabilitering av Fjell skole

|Oppdragsgiver|Elvebyen Eiendom KF|
|Eiendom|Fjell skole, Lauritz Hervigs vei 20, Drammen|
|Byggeår|1972, påbygg 1995|
|Areal|ca. 5 400 m² BTA|

## Formål

Elvebyen Eiendom KF skal rehabilitere Fjell skole. Før prosjekteringen starter trenger vi en
samlet oversikt over miljøfarlige stoffer, bygningens tekniske tilstand og en oppdatert modell av
bygget.

## Leveranser

- Miljøkartlegging med prøvetaking (asbest, PCB, bly og andre tungmetaller), med rapport.
- Miljøsaneringsbeskrivelse som kan legges ved entreprisekonkurransen.
- Tilstandsvurdering etter NS 3424 på nivå 1, med nivå 2 for tak og fasader.
- Laserskanning og BIM-modell (IFC) av eksisterende bygg, arkitekt- og bærekonstruksjon.

## Tid og ramme

Oppstart 3. mai 2027. Alle leveranser skal være overlevert innen 20. august 2027.

Oppdragsgivers budsjett er kr 350 000 ekskl. mva. Tilbud gis som fastpris per leveranse.
""",
)

# ---------------------------------------------------------------- p09 nb thread, scope extended, deadline moved
assignment(
    file="p09_boligsalg_tilstandsrapport_trad.eml", language="nb",
    client=["Trude Aas"], title_kw=["tilstandsrapport", "Åsveien", "boligsalg", "enebolig"],
    deadline="2027-03-19", budget=(25000, "NOK"), accept_budget=[(20000, "NOK")],
    location=["Åsveien 7", "Mjøndalen"],
    deliverables=["tilstandsrapport for boligsalg", "energiattest", "fuktmåling i kjeller"],
    feasible=True, start="2027-03-03",
    note="thread: private client adds energy certificate and moisture measurement; newest deadline 19 March",
    messages=[
        M('Trude Aas <trude.aas@epost.example.no>', "2027-03-01T19:40", "Tilstandsrapport enebolig", """
Hei!

Vi skal selge eneboligen vår i Åsveien 7, 3050 Mjøndalen, og megler sier vi trenger en
tilstandsrapport. Kan dere ta den innen fredag 12. mars? Huset er fra 1984, 160 kvm pluss kjeller.

Hilsen Trude Aas
tlf 928 10 443
"""),
        M('Trude Aas <trude.aas@epost.example.no>', "2027-03-02T07:55", "Re: Tilstandsrapport enebolig", """
Hei igjen,

Megler anbefaler at vi også har energiattest, og vi vil gjerne ha fuktmåling i kjelleren siden det
var en lekkasje der i fjor. Kan dere ta alt samtidig? Da holder det med levering senest 19. mars.
Vi har maks 25 000 inkl mva å bruke på dette.

Trude
"""),
    ],
)

# ---------------------------------------------------------------- p10 en pdf brief (translated), HVAC + electrical
assignment(
    file="p10_brief_technical_design_stromso_care_home.pdf", language="en",
    client=["Brightwater Care Norway AS", "Brightwater Care Norway", "Brightwater Care"],
    title_kw=["care home", "Strømsø", "technical", "HVAC", "rehabilitation"],
    deadline="2027-10-01", budget=(780000, "NOK"), location=["Strømsø", "Drammen"],
    deliverables=["HVAC design (RIV)", "electrical design (RIE)", "tender documents (NS 3420 descriptions)",
                  "BIM coordination"],
    feasible=True, start="2027-05-03", note="English brief translated from Norwegian",
    css="sans", header="Brightwater Care Norway AS", footer="Assignment brief – Strømsø care home", lang_footer="en",
    brief="""
# Assignment brief: design of technical installations, Strømsø care home rehabilitation

|Client|Brightwater Care Norway AS|
|Property|Strømsø omsorgssenter, Tordenskiolds gate 41, 3044 Drammen|
|Contact|Nils Aamodt, technical manager|
|Start|3 May 2027|

## Background

The care home (72 rooms, built 1981) will be totally rehabilitated while the residents are moved
to temporary premises. The architect and the structural engineer are already engaged.

## What we need from the consultant

The consultant shall design the technical installations and prepare the tender:

- HVAC design (RIV): heating, ventilation with heat recovery, sanitary installations and sprinkler
- Electrical design (RIE): power, lighting, nurse call and fire alarm integration
- Tender documents with NS 3420 descriptions for the HVAC and electrical contracts
- BIM coordination of the technical models with the architect and structural engineer

## Schedule and budget

The design shall be finished and the tender documents delivered no later than 1 October 2027.
The client's budget for this assignment is NOK 780,000 excl. VAT.
""",
)

# ---------------------------------------------------------------- p11 nb mail, large RIB job in four days -> infeasible
assignment(
    file="p11_rib_lagerhall_frist_fredag.eml", language="nb",
    client=["Kobbervik Bygg AS", "Kobbervik Bygg"], title_kw=["RIB", "lagerhall"],
    deadline="2027-03-05", budget=(240000, "NOK"), location=["Kobbervikdalen", "Drammen"],
    deliverables=["konstruksjonsberegninger for hallen", "arbeidstegninger for stål og fundamenter",
                  "fundamentplan"],
    feasible=False, start="2027-03-02",
    note="INFEASIBLE: a full RIB design for a 4,000 m2 hall in four working days with ~30 h of RIB capacity",
    messages=[M('"Stian Kobbervik" <stian@kobbervikbygg.no>', "2027-03-01T07:12", "RIB lagerhall – MÅ leveres fredag",
                """
Morn,

Vi har fått kontrakten på den nye lagerhallen i Kobbervikdalen, Drammen (ca. 4 000 m², stålrammer,
betongdekke på grunn), og RIB-en vi hadde avtalt med har trukket seg.

Vi trenger full RIB-prosjektering:
* konstruksjonsberegninger for hallen
* arbeidstegninger for stål og fundamenter
* fundamentplan

Alt må ligge hos oss fredag 5. mars, ellers mister vi plassen hos stålleverandøren. Budsjett kr
240 000 eks. mva.

Stian Kobbervik
Kobbervik Bygg AS
""")],
)

# ---------------------------------------------------------------- p12 en txt, noise assessment, incl. VAT
assignment(
    file="p12_noise_assessment_kjellstad_daycare.txt", language="en",
    client=["Kjellstad Eiendom AS", "Kjellstad Eiendom"], title_kw=["noise", "daycare", "Kjellstad"],
    deadline="2027-04-30", budget=(55000, "NOK"), accept_budget=[(44000, "NOK")],
    location=["Kjellstad", "Lier"],
    deliverables=["noise assessment according to T-1442", "facade sound insulation calculations", "short report"],
    feasible=True, start="2027-03-22", note="terse English brief; budget incl. VAT",
    brief="""
REQUEST - NOISE ASSESSMENT, NEW DAYCARE AT KJELLSTAD (LIER)
From: Kjellstad Eiendom AS / Ragnhild Berg, ragnhild@kjellstad-eiendom.no
Date: 19 March 2027

Site: Kjellstadveien 2, 3400 Lier - next to E18.
Project: new daycare, 4 units, zoning plan requires documentation of road noise.

Deliverables:
 a) noise assessment according to T-1442 (outdoor play areas and facades)
 b) facade sound insulation calculations for windows and ventilation openings
 c) short report that can be attached to the building application

Deadline: by 30 April 2027
Budget: NOK 55,000 incl. VAT
""",
)

# ---------------------------------------------------------------- p13 nb mail with PDF brief attached
assignment(
    file="p13_laserskanning_konnerud_naeringspark.eml", language="nb",
    client=["Konnerud Næringspark AS", "Konnerud Næringspark"], title_kw=["laserskanning", "BIM", "Konnerud"],
    deadline="2027-05-31", budget=(260000, "NOK"), location=["Konnerud Næringspark", "Konnerud", "Drammen"],
    deliverables=["laserskanning av tre bygg", "BIM-modell (IFC) av eksisterende bygg", "arealoppstilling etter NS 3940"],
    feasible=True, start="2027-03-11", note="short mail, details only in the attached PDF",
    messages=[M('"Kjersti Lunde" <kjersti.lunde@konnerud-naeringspark.no>', "2027-03-10T12:31",
                "Oppdrag: laserskanning og BIM – se vedlegg", """
Hei,

Vi ønsker å engasjere dere til oppdraget som er beskrevet i vedlagte oppdragsbeskrivelse. Gi
beskjed om dere har spørsmål.

Vennlig hilsen
Kjersti Lunde
Eiendomssjef, Konnerud Næringspark AS
""", attachments=[("Oppdragsbeskrivelse_skanning_KNP.pdf", "pdf", """
# Oppdragsbeskrivelse – laserskanning og BIM-modell

Oppdragsgiver: Konnerud Næringspark AS, Konnerudgata 210, Drammen

## Omfang

Næringsparken består av tre bygg (A, B og C, til sammen ca. 11 000 m²) med mangelfulle tegninger.
Vi trenger:

- laserskanning av alle tre bygg, innvendig og utvendig
- BIM-modell (IFC) av eksisterende bygg, arkitekt og bærekonstruksjon
- arealoppstilling etter NS 3940 per bygg og etasje

## Frister og økonomi

Leveransene skal være ferdige senest 31. mai 2027. Budsjett: kr 260 000 eks. mva.
""")])],
)

# ---------------------------------------------------------------- p14 en mail with DOCX brief, "week 22"
assignment(
    file="p14_calloff_marienlyst_sports_hall.eml", language="en",
    client=["Elvebyen Eiendom KF", "Elvebyen Eiendom"], title_kw=["Marienlyst", "sports hall", "tender", "renovation"],
    deadline=week_friday(2027, 22), budget=(190000, "NOK"), location=["Marienlyst"],
    deliverables=["condition survey of roof and facades", "cost estimate for the renovation",
                  "tender documents for the contractor competition"],
    feasible=True, start="2027-03-16", note="'no later than week 22' = Friday 4 June 2027; brief in attached DOCX",
    messages=[M('"Arvid Holte" <arvid.holte@elvebyen-eiendom.no>', "2027-03-15T09:05",
                "Call-off no. 7 under framework agreement 2025-031 – Marienlyst sports hall", """
Dear Kari,

Under our framework agreement for consulting engineering services we hereby place call-off no. 7.
The attached brief describes the assignment. Our English-speaking project coordinator will be your
contact on site.

Best regards
Arvid Holte
Project Director, Elvebyen Eiendom KF
""", attachments=[("Brief_calloff7_Marienlyst.docx", "docx", """
# Call-off 7 – Marienlyst sports hall renovation

|Client|Elvebyen Eiendom KF|
|Site|Marienlyst idrettshall, Drammen|
|Framework agreement|2025-031, consulting engineering|

## Scope

The roof and the facades of the sports hall leak and must be renewed. The consultant shall deliver:

- a condition survey of the roof and facades, including moisture measurements
- a cost estimate for the renovation
- tender documents for the contractor competition (description and drawings)

## Deadline and budget

All deliverables no later than week 22. Budget NOK 190,000 excl. VAT, invoiced by the hour under
the framework agreement rates.
""")])],
)

# ---------------------------------------------------------------- p15 nb internal forward of a client mail
assignment(
    file="p15_fwd_batforening_brygger.eml", language="nb",
    client=["Hurum Båtforening"], title_kw=["brygge", "klubbhus", "båtforening", "tilstand"],
    deadline="2027-06-01", budget=(60000, "NOK"), location=["Sætre", "Hurum"],
    deliverables=["tilstandsvurdering av bryggeanlegget", "tilstandsvurdering av klubbhuset",
                  "kostnadsoverslag for utbedring"],
    feasible=True, start="2027-04-07", note="internal forward: the client is in the forwarded message, not the sender",
    messages=[
        M('"Roald Eriksen" <leder@hurumbaatforening.no>', "2027-04-02T18:22", "Tilstand brygger og klubbhus", """
Hei,

Hurum Båtforening har tre flytebrygger og et klubbhus fra 1970-tallet i Sætre havn. Styret vil vite
hva som må gjøres de nærmeste årene. Kan dere gjøre en tilstandsvurdering av bryggeanlegget og
klubbhuset, og lage et kostnadsoverslag for utbedring? Vi trenger det innen 1. juni, til
årsmøtet. Vi har inntil 60 000,- å bruke.

Roald Eriksen
leder, Hurum Båtforening
""", to="post@eikeli-radgivning.no"),
        M('"Morten Eikeli" <morten@eikeli-radgivning.no>', "2027-04-06T08:10", "VS: Tilstand brygger og klubbhus", """
Kari – kan du ta denne? Hyggelig kunde, men hold timene nede.

Morten
""", to='"Kari Nesheim" <kari.nesheim@eikeli-radgivning.no>', forward=True),
    ],
)

# ---------------------------------------------------------------- p16 en thread, scope reduced in newest message
assignment(
    file="p16_energy_bragernes_terrasse_thread.eml", language="en",
    client=["Bragernes Terrasse Borettslag", "Bragernes Terrasse"], title_kw=["energy", "Bragernes"],
    deadline="2027-05-31", budget=(95000, "NOK"), accept_budget=[(76000, "NOK")],
    location=["Bragernes", "Drammen"],
    deliverables=["energy certificates for the buildings", "energy survey with recommended measures"],
    dropped=["solar PV feasibility study"],
    feasible=True, start="2027-04-05", note="thread: the board drops the solar study; budget incl. VAT",
    messages=[
        M('"Ahmed Rahimi" <board@bragernesterrasse.no>', "2027-03-29T20:15", "Energy certificates and survey", """
Hello,

I am on the board of Bragernes Terrasse Borettslag (Bragernes, Drammen; four buildings, 96 flats).
We would like:

- energy certificates for the buildings
- an energy survey with recommended measures (windows, insulation, heat pumps)
- a feasibility study for solar panels on the roofs

Could this be done by the end of April? Our budget is NOK 95,000 including VAT.

Ahmed Rahimi
"""),
        M('"Ola Tveter" <ola.tveter@eikeli-radgivning.no>', "2027-03-31T10:02", "RE: Energy certificates and survey", """
Hi Ahmed,

Thank you. End of April is tight for all three parts; we could deliver the certificates and the
survey by the end of May. Shall we send a quote?

Ola
""", to='"Ahmed Rahimi" <board@bragernesterrasse.no>'),
        M('"Ahmed Rahimi" <board@bragernesterrasse.no>', "2027-04-02T16:48", "RE: RE: Energy certificates and survey", """
Hi Ola,

The board met yesterday and decided to drop the solar study for now. Please go ahead with the
energy certificates and the energy survey, delivered by end of May as you suggest. Same budget.

Regards, Ahmed
""", to='"Ola Tveter" <ola.tveter@eikeli-radgivning.no>'),
    ],
)

# ---------------------------------------------------------------- p17 nb docx brief, fire + condition, autumn
assignment(
    file="p17_branntilstand_sandelv_radhus.docx", language="nb",
    client=["Sandelv kommune"], title_kw=["brann", "rådhus", "tilstand"],
    deadline="2027-10-15", budget=(140000, "NOK"), location=["Sandelv rådhus", "Rådhusplassen", "Sandelv"],
    deliverables=["branntilstandsanalyse", "tilstandsvurdering av bygningen", "tiltaksliste med kostnadsoverslag"],
    feasible=True, start="2027-08-16", note="docx brief; plain headings; fire engineers free from mid-June",
    docx_plain_headings=True, header="Sandelv kommune – Eiendom", footer="Avrop 2027-07",
    brief="""
# Avrop: Branntilstandsanalyse og tilstandsvurdering – Sandelv rådhus

## Bakgrunn

Sandelv rådhus (Rådhusplassen 1, Sandelv) ble bygget i 1962 og har ikke hatt en samlet gjennomgang
av brannsikkerheten siden 2004. Kommunen vil samtidig kartlegge bygningens tilstand før
budsjettarbeidet for 2028.

## Leveranser

- Branntilstandsanalyse av hele bygget, med avvik mot dagens forskrifter.
- Tilstandsvurdering av bygningen (bygningskropp og tekniske anlegg) etter NS 3424, nivå 1.
- Tiltaksliste med kostnadsoverslag, prioritert.

## Tidsplan

Arbeidet kan starte 16. august 2027. Rapportene skal leveres senest 15. oktober 2027.

## Økonomi

Avropet har en kostnadsramme på kr 140 000 eks. mva.
""",
)

# ---------------------------------------------------------------- p18 en txt, "within 8 weeks of order", order date in text
assignment(
    file="p18_ventilation_gym_fitnord.txt", language="en",
    client=["FitNord Drammen AS", "FitNord Drammen", "FitNord"], title_kw=["ventilation", "gym", "FitNord"],
    deadline="2027-06-07", budget=(110000, "NOK"), location=["Gulskogen senter", "Gulskogen", "Drammen"],
    deliverables=["ventilation calculations", "HVAC drawings", "energy calculation to TEK17"],
    feasible=True, start="2027-04-13", note="'within 8 weeks of order', order date 12 April 2027 stated in the text",
    brief="""
ORDER CONFIRMATION / SCOPE OF WORK

Client .......... FitNord Drammen AS
Contact ......... Jonas Pettersen, facility lead
Site ............ FitNord gym, Gulskogen senter, 2nd floor, Drammen
Order date ...... 12 April 2027
Price ........... NOK 110,000 excl. VAT (fixed)

Background. The gym will be extended with a new spinning room and a sauna area. The existing
ventilation unit is undersized and the landlord requires documentation before the tenant fit-out.

You will deliver:
  * ventilation calculations (air volumes per room, pressure drop, unit sizing)
  * HVAC drawings for the new layout
  * an energy calculation to TEK17 for the rebuilt area

Completion: within 8 weeks of order.
""",
)

# ---------------------------------------------------------------- p19 nb mail, 400 flats in two days -> infeasible
assignment(
    file="p19_energiattester_elvepark_400_leiligheter.eml", language="nb",
    client=["Elvepark Boligsameie"], title_kw=["energiattest", "Elvepark"],
    deadline="2027-03-10", budget=(480000, "NOK"), location=["Elvepark", "Drammen"],
    deliverables=["energiattester for 400 leiligheter", "energiberegning for hver blokk",
                  "energikartlegging av fellesanleggene"],
    feasible=False, start="2027-03-09",
    note="INFEASIBLE: 400 certificates + calculations + survey in two working days",
    messages=[M('"Vidar Hansen" <vidar.hansen@obos-forvaltning.example.no>', "2027-03-08T16:55",
                "Energiattester Elvepark – frist onsdag", """
Hei,

Vi forvalter Elvepark Boligsameie i Drammen (8 blokker, 400 leiligheter). Sameiet har fått pålegg om
å ha gyldig energiattest for alle leilighetene, og styret har dessverre oversett fristen.

Vi trenger:
- energiattester for alle 400 leilighetene
- energiberegning for hver blokk
- energikartlegging av fellesanleggene (fjernvarme, ventilasjon, belysning)

Alt må være registrert i Enova-systemet innen onsdag 10. mars. Styret har vedtatt en ramme på
kr 480 000 eks. mva.

Med hilsen
Vidar Hansen, forvalter
""")],
)

# ---------------------------------------------------------------- p20 nb pdf, tender invitation with quote deadline
assignment(
    file="p20_konkurransegrunnlag_rie_ladeanlegg.pdf", language="nb",
    client=["Sandelv kommune"], title_kw=["RIE", "ladeanlegg", "el-inntak", "lading"],
    deadline=week_friday(2027, 26), budget=(150000, "NOK"), location=["Rådhusparken", "Sandelv"],
    deliverables=["RIE-prosjektering av ladeanlegg for 40 plasser", "beregning av effektbehov og nytt el-inntak",
                  "beskrivelse etter NS 3420 for anbud"],
    feasible=True, start="2027-04-19",
    note="'innen uke 26' = Friday 2 July 2027; 'Tilbudsfrist 12. april' is the quote deadline, not the delivery",
    css="municipal", header="SANDELV KOMMUNE", footer="Konkurransegrunnlag – RIE ladeanlegg",
    brief="""
# Konkurransegrunnlag – RIE-prosjektering av ladeanlegg og nytt el-inntak

|Oppdragsgiver|Sandelv kommune, Eiendomsavdelingen|
|Anskaffelse|Direkteanskaffelse, rådgivertjeneste RIE|
|Tilbudsfrist|12. april 2027 kl. 12.00|
|Vedståelsesfrist|12. mai 2027|

## Oppdraget

Kommunen skal bygge ladeanlegg for 40 el-biler på parkeringsplassen i Rådhusparken, Sandelv. Det
eksisterende el-inntaket har ikke kapasitet. Oppdraget omfatter:

- RIE-prosjektering av ladeanlegg for 40 plasser med lastbalansering
- beregning av effektbehov og dimensjonering av nytt el-inntak, i dialog med nettselskapet
- beskrivelse etter NS 3420 for anbudskonkurransen for utførelsen

## Fremdrift

Oppstart etter tildeling, antatt 19. april 2027. Prosjekteringen skal være ferdig innen uke 26.

## Estimert verdi

Estimert verdi av oppdraget er kr 150 000 ekskl. mva.
""",
)

# ---------------------------------------------------------------- p21 en mail with PDF brief, no budget stated
assignment(
    file="p21_mezzanine_structural_assessment_vestby.eml", language="en",
    client=["Vestby Fulfilment AS", "Vestby Fulfilment"], title_kw=["mezzanine", "structural"],
    deadline="2027-05-14", budget=None, location=["Lierstranda 120", "Lierstranda", "Lier"],
    deliverables=["structural assessment of the existing mezzanine", "load capacity calculation",
                  "reinforcement drawings if needed"],
    feasible=True, start="2027-04-13", note="no budget stated; brief as PDF attachment",
    messages=[M('"Sarah Whitfield" <s.whitfield@vestbyfulfilment.no>', "2027-04-12T10:40",
                "Structural assessment mezzanine – request", """
Hello,

We plan to install new pallet racking on the mezzanine in our warehouse and need an engineer to
confirm the load capacity first. Details in the attached PDF. We would appreciate a price, but
time matters more to us than cost.

Best regards,
Sarah Whitfield
Operations Manager, Vestby Fulfilment AS
""", attachments=[("Mezzanine_brief.pdf", "pdf", """
# Mezzanine load capacity – request for engineering

Site: Vestby Fulfilment AS, warehouse hall 2, Lierstranda 120, Lier

## What we need

- a structural assessment of the existing steel mezzanine (built 2008, approx. 600 sqm)
- a load capacity calculation for the planned racking (point loads up to 2.5 t per upright pair)
- reinforcement drawings if the mezzanine needs strengthening

## When

The racking supplier installs in week 21. The assessment and any reinforcement drawings must be
delivered by 14 May 2027.
""")])],
)

# ---------------------------------------------------------------- p22 nb txt, church, "innen utgangen av september"
assignment(
    file="p22_elvedal_kirke_vedlikeholdsplan.txt", language="nb",
    client=["Ytre Elvedal kirkelige fellesråd"], title_kw=["kirke", "vedlikeholdsplan", "Elvedal"],
    deadline="2027-09-30", budget=(75000, "NOK"), accept_budget=[(60000, "NOK")],
    location=["Elvedal kirke", "Elvedal"],
    deliverables=["tilstandsvurdering av kirkebygget", "vedlikeholdsplan for 20 år", "kostnadsoverslag"],
    feasible=True, start="2027-05-03", note="plain txt letter; budget incl. VAT; 'innen utgangen av september'",
    brief="""
Ytre Elvedal kirkelige fellesråd
Kirkeveien 2, 3055 Krokstadelva

Eikeli Rådgivning AS
v/ Kari Nesheim

Krokstadelva, 26. april 2027

Vedlikeholdsplan for Elvedal kirke

Fellesrådet har fått tilskudd fra bispedømmet til å utarbeide en langsiktig vedlikeholdsplan for
Elvedal kirke (langkirke i tre fra 1858, listeført). Vi ber om at Eikeli Rådgivning utfører en
tilstandsvurdering av kirkebygget, lager en vedlikeholdsplan for 20 år og et kostnadsoverslag for
tiltakene, slik at fellesrådet kan søke om midler i budsjettet for 2028.

Arbeidet kan starte i mai. Planen må være ferdig innen utgangen av september.

Tilskuddet er på kr 75 000 inkl. mva., og vi ber om at oppdraget holdes innenfor dette.

Med vennlig hilsen
Gunhild Tveitan
kirkeverge
""",
)

# ---------------------------------------------------------------- p23 nb thread, deadline moved earlier ("uke 15")
assignment(
    file="p23_miljokartlegging_tangen_brygge_trad.eml", language="nb",
    client=["Tangen Utvikling AS", "Tangen Utvikling"], title_kw=["miljøkartlegging", "Tangen", "riving"],
    deadline=week_friday(2027, 15), budget=(48000, "NOK"), location=["Tangen brygge", "Tangen", "Drammen"],
    deliverables=["miljøkartlegging (asbest, PCB og tungmetaller)", "prøvetaking og analyse", "miljøsaneringsbeskrivelse"],
    feasible=True, start="2027-03-25", note="thread: newest message moves the deadline earlier, to 'innen uke 15'",
    messages=[
        M('"Lars Tangen" <lars@tangenutvikling.no>', "2027-03-22T11:15", "Miljøkartlegging før riving – Tangen brygge", """
Hei,

Vi skal rive det gamle lagerbygget på Tangen brygge i Drammen før vi starter boligprosjektet.
Vi trenger miljøkartlegging (asbest, PCB og tungmetaller) med prøvetaking og analyse, og en
miljøsaneringsbeskrivelse til rivesøknaden. Frist senest 30. april. Budsjett kr 48 000 eks. mva.

Lars Tangen
Tangen Utvikling AS
"""),
        M('"Lars Tangen" <lars@tangenutvikling.no>', "2027-03-24T14:03", "SV: Miljøkartlegging før riving – Tangen brygge", """
Hei igjen,

Kommunen har flyttet behandlingen av rivesøknaden fram, så vi trenger rapporten og
saneringsbeskrivelsen tidligere enn først sagt: innen uke 15. Resten er som før.

Lars
"""),
    ],
)

# ---------------------------------------------------------------- p24 en docx, multi-discipline feasibility study
assignment(
    file="p24_feasibility_study_aurora_hotel_extension.docx", language="en",
    client=["Aurora Hotels Norway AS", "Aurora Hotels Norway", "Aurora Hotels"],
    title_kw=["feasibility", "hotel", "extension", "Aurora"],
    deadline="2027-09-15", budget=(640000, "NOK"), location=["Strandveien 4", "Strandveien", "Drammen"],
    deliverables=["structural feasibility study", "fire safety concept", "HVAC and energy concept",
                  "cost estimate"],
    feasible=True, start="2027-05-18", note="multi-discipline; fire work must fall after mid-June bookings end",
    header="Aurora Hotels Norway AS – Development", footer="Consultant brief AHN-DRM-02",
    brief="""
# Consultant brief: feasibility study, extension of Aurora Hotel Drammen

|Client|Aurora Hotels Norway AS|
|Property|Aurora Hotel Drammen, Strandveien 4, Drammen|
|Contact|Ingrid Falck, Development Manager|
|Start|18 May 2027|

## Purpose

Aurora plans to add two storeys (about 60 rooms) on top of the existing hotel. Before the board
decides, we need a multi-discipline feasibility study.

## Deliverables

1. Structural feasibility study: can the existing structure and foundations carry two more storeys?
2. Fire safety concept for the extended building.
3. HVAC and energy concept, including an energy calculation.
4. Cost estimate for the consultant-designed parts.

## Timing and budget

The study must be presented to the board by 15 September 2027. The budget for the study is NOK
640,000 excluding VAT.
""",
)


# ================================================================ rendering
def parse_brief(text: str):
    blocks = []
    for raw in re.split(r"\n\s*\n", textwrap.dedent(text).strip()):
        lines = [ln.rstrip() for ln in raw.strip("\n").splitlines()]
        if lines[0].startswith("# "):
            blocks.append(("h1", lines[0][2:]))
            lines = lines[1:]
            if not lines:
                continue
        if lines[0].startswith("## "):
            blocks.append(("h2", lines[0][3:]))
            lines = lines[1:]
            if not lines:
                continue
        if all(ln.lstrip().startswith("|") for ln in lines):
            blocks.append(("table", [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines]))
        elif all(ln.lstrip().startswith("- ") for ln in lines):
            blocks.append(("ul", [ln.lstrip()[2:] for ln in lines]))
        else:
            blocks.append(("p", " ".join(ln.strip() for ln in lines)))
    return blocks


def brief_html(a, text) -> str:
    import html

    e = html.escape
    css = {"municipal": "body{font-family:'DejaVu Sans';font-size:10pt}h1{font-size:15pt;background:#eef2e6;padding:6pt}",
           "sans": "body{font-family:'DejaVu Sans';font-size:10pt}h1{font-size:17pt;color:#24527a}h2{color:#24527a}",
           "serif": "body{font-family:'DejaVu Serif';font-size:10.5pt}h1{font-size:16pt}"}[a.get("css", "serif")]
    word = "Page" if a.get("lang_footer") == "en" else "Side"
    foot = a.get("footer", "").replace("'", "\\'")
    page = ("@page{size:A4;margin:20mm;@top-right{content:'%s';font-size:8pt;color:#777}"
            "@bottom-center{content:'%s  %s ' counter(page);font-size:8pt;color:#777}}"
            % (a.get("header", "").replace("'", "\\'"), foot, word))
    out = [f"<html><head><meta charset='utf-8'><style>{page}{css}"
           "table{border-collapse:collapse}td{border:1px solid #aaa;padding:3pt 6pt}</style></head><body>"]
    for kind, val in parse_brief(text):
        if kind in ("h1", "h2"):
            out.append(f"<{kind}>{e(val)}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        else:
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
                                           for r in val) + "</table>")
    return "".join(out) + "</body></html>"


def brief_pdf(a, text) -> bytes:
    from weasyprint import HTML

    return HTML(string=brief_html(a, text)).write_pdf()


def brief_docx(a, text) -> bytes:
    import io

    import docx

    d = docx.Document()
    sec = d.sections[0]
    if a.get("header"):
        sec.header.paragraphs[0].text = a["header"]
    if a.get("footer"):
        sec.footer.paragraphs[0].text = a["footer"]
    plain = a.get("docx_plain_headings", False)
    for kind, val in parse_brief(text):
        if kind in ("h1", "h2"):
            if plain:
                d.add_paragraph().add_run(val).bold = True
            else:
                d.add_heading(val, level=0 if kind == "h1" else 1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
        else:
            t = d.add_table(rows=len(val), cols=max(map(len, val)))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


NB_DAYS = ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."]
NB_MONTHS = ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."]


def attribution(msg, lang):
    t = dt.datetime.fromisoformat(msg["date"])
    if lang == "nb":
        return (f"{NB_DAYS[t.weekday()]} {t.day}. {NB_MONTHS[t.month - 1]} {t.year} kl. {t:%H:%M} skrev "
                f"{msg['from']}:")
    return f"On {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {msg['from']} wrote:"


def thread_body(msgs, lang) -> str:
    text = textwrap.dedent(msgs[0]["body"]).strip() + "\n"
    for prev, msg in zip(msgs, msgs[1:]):
        body = textwrap.dedent(msg["body"]).strip() + "\n"
        if msg.get("forward"):
            t = dt.datetime.fromisoformat(prev["date"]).replace(tzinfo=OSLO)
            head = ("---------- Videresendt melding ---------\n" if lang == "nb" else
                    "---------- Forwarded message ---------\n")
            text = (f"{body}\n{head}Fra: {prev['from']}\nDato: {format_datetime(t)}\nEmne: {prev['subject']}\n"
                    f"Til: {prev['to']}\n\n{text}")
        else:
            quoted = "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").splitlines())
            text = f"{body}\n{attribution(prev, lang)}\n{quoted}\n"
    return text


def write_eml(a, path: Path) -> None:
    msgs = a["messages"]
    last = msgs[-1]
    m = EmailMessage()
    m["From"] = last["from"]
    m["To"] = last["to"]
    m["Subject"] = last["subject"]
    m["Date"] = format_datetime(dt.datetime.fromisoformat(last["date"]).replace(tzinfo=OSLO))
    dom = re.sub(r".*@([^>]+)>?.*", r"\1", last["from"])
    tag = hashlib.sha1(a["file"].encode()).hexdigest()[:16]
    m["Message-ID"] = f"<{tag}.{len(msgs)}@{dom}>"
    if len(msgs) > 1:
        prev_dom = re.sub(r".*@([^>]+)>?.*", r"\1", msgs[-2]["from"])
        m["In-Reply-To"] = f"<{tag}.{len(msgs) - 1}@{prev_dom}>"
    m.set_content(thread_body(msgs, a["language"]))
    for fname, kind, text in last.get("attachments", []):
        if kind == "pdf":
            m.add_attachment(brief_pdf(a, text), maintype="application", subtype="pdf", filename=fname)
        else:
            m.add_attachment(brief_docx(a, text), maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fname)
    path.write_bytes(bytes(m))


# ================================================================ build
def build():
    rng = random.Random(2027)
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    truth = []
    for a in ASSIGNMENTS:
        path = OUT / a["file"]
        ext = path.suffix
        if ext == ".eml":
            write_eml(a, path)
            fmt = "eml" + ("_thread" if len(a["messages"]) > 1 else "") + \
                  ("_attachment" if a["messages"][-1].get("attachments") else "")
        elif ext == ".txt":
            path.write_text(textwrap.dedent(a["brief"]).strip() + "\n", encoding="utf-8")
            fmt = "txt"
        elif ext == ".pdf":
            path.write_bytes(brief_pdf(a, a["brief"]))
            fmt = "pdf"
        elif ext == ".docx":
            path.write_bytes(brief_docx(a, a["brief"]))
            fmt = "docx"
        else:
            raise ValueError(ext)
        bud = a["budget"]
        truth.append({
            "source": a["file"], "format": fmt, "language": a["language"], "start": a["start"],
            "client": a["client"][0], "client_accept": a["client"], "title_keywords": a["title_kw"],
            "deadline": a["deadline"], "deadline_accept": a.get("deadline_accept", []),
            "budget": None if bud is None else {"amount": bud[0], "currency": bud[1]},
            "budget_accept": [{"amount": x, "currency": c} for x, c in a.get("accept_budget", [])],
            "location": a["location"][0], "location_accept": a["location"],
            "deliverables": a["deliverables"], "deliverables_dropped": a.get("dropped", []),
            "feasible": a["feasible"], "note": a["note"]})
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    (HERE / "team.json").write_text(json.dumps(TEAM, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    hist = history_rows(rng)
    with open(HERE / "history.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["project", "task", "skill", "estimated_hours", "actual_hours"])
        w.writeheader()
        w.writerows(hist)
    status, struth = simulate_portfolio()
    (HERE / "status").mkdir(exist_ok=True)
    with open(HERE / "status" / "STATUS.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["project", "date", "budget_at_completion", "planned_value", "earned_value",
                                          "actual_cost", "planned_start", "planned_finish"])
        w.writeheader()
        w.writerows(status)
    with open(HERE / "status" / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(struth[0]))
        w.writeheader()
        w.writerows(struth)
    return truth, hist, status, struth


if __name__ == "__main__":
    from collections import Counter

    truth, hist, status, struth = build()
    print(len(truth), "assignments;", Counter(t["language"] for t in truth), Counter(t["format"] for t in truth))
    print("infeasible:", [t["source"] for t in truth if not t["feasible"]])
    print(len(TEAM["people"]), "people;", len(hist), "history rows;", len(status), "status rows,",
          len(struth), "projects,", sum(t["flag"] for t in struth), "flagged")
