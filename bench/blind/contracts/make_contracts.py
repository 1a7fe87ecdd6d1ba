"""Generate the blind contract set (issue 12) into documents/ plus truth.jsonl.

Run:  cd bench/blind/contracts && /work/main/.venv/bin/python make_contracts.py

Every text below is hand-written for this set; companies, people, addresses and numbers are
invented.  Norwegian org numbers pass MOD11 except the one planted typo in 25_ (checked below).

Mini markup of a contract body (blocks separated by blank lines):
  "# X"      title            "## X"  section heading
  "|a|b|"    table rows       ":: "   line-preserving block (addresses, signatures)
  "{t1,?t2} text"  paragraph tagged with CLAUSE_TYPE values; "?" marks an optional tag (a clause
             whose presence is arguable: neither counted as a hit nor as a miss when scoring).
Truth clauses_present = union of the plain tags; clauses_optional = "?" tags not also plain.
"""
from __future__ import annotations

import calendar
import datetime as dt
import json
import random
import re
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "documents"

CLAUSE_TYPES = """renewal_term notice_period_to_terminate_renewal governing_law most_favored_nation
competitive_restriction_exception non_compete exclusivity no_solicit_of_customers
no_solicit_of_employees non_disparagement termination_for_convenience rofr_rofo_rofn
change_of_control anti_assignment revenue_profit_sharing price_restrictions
minimum_commitment volume_restriction ip_ownership_assignment joint_ip_ownership
license_grant non_transferable_license affiliate_license_licensor
affiliate_license_licensee unlimited_license irrevocable_or_perpetual_license
source_code_escrow post_termination_services audit_rights uncapped_liability
cap_on_liability liquidated_damages warranty_duration insurance covenant_not_to_sue
third_party_beneficiary confidentiality data_processing payment_terms force_majeure
dispute_resolution termination_for_cause price_adjustment""".split()
CONTRACT_TYPES = {"service", "nda", "lease", "employment", "purchase", "license", "framework",
                  "construction", "data_processing", "other"}


def mod11_ok(num: str) -> bool:
    if not re.fullmatch(r"\d{9}", num):
        return False
    s = sum(int(a) * b for a, b in zip(num[:8], [3, 2, 7, 6, 5, 4, 3, 2]))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(num[8])


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def end_of_month(d: dt.date) -> dt.date:
    return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def term_end(start: str, months: int) -> str:
    """'N months from S' ends on S + N months - 1 day (issue 12)."""
    return (add_months(D(start), months) - dt.timedelta(days=1)).isoformat()


def deadline_calendar(expiry: str, months: int) -> str:
    """Last day D with D + N months <= expiry (month-end aware)."""
    e = D(expiry)
    d = add_months(e, -months)
    if e == end_of_month(e):
        d = end_of_month(d)
    return d.isoformat()


def deadline_days(expiry: str, days: int) -> str:
    return (D(expiry) - dt.timedelta(days=days)).isoformat()


def deadline_end_of_month(expiry: str, months: int) -> str:
    """'regnet fra utgangen av måneden': notice given in month M runs from the end of M."""
    e = D(expiry)
    return end_of_month(add_months(dt.date(e.year, e.month, 1), -months)).isoformat()


# ---------------------------------------------------------------- markup parsing
def parse(body: str):
    blocks = []
    for raw in re.split(r"\n\s*\n", textwrap.dedent(body).strip()):
        raw = raw.strip("\n")
        tags = []
        m = re.match(r"^\{([a-z_?, ]+)\}\s*", raw)
        if m:
            tags = [t.strip() for t in m.group(1).split(",") if t.strip()]
            raw = raw[m.end():]
        if raw.startswith("## "):
            blocks.append(("h2", raw[3:].strip(), tags))
        elif raw.startswith("# "):
            blocks.append(("h1", raw[2:].strip(), tags))
        elif raw.startswith("|"):
            rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in raw.splitlines()]
            blocks.append(("table", rows, tags))
        elif raw.startswith("::"):
            lines = [ln[2:].strip() if ln.startswith("::") else ln.strip() for ln in raw.splitlines()]
            blocks.append(("pre", lines, tags))
        else:
            blocks.append(("p", " ".join(ln.strip() for ln in raw.splitlines()), tags))
    for _, _, tags in blocks:
        for t in tags:
            assert t.lstrip("?") in CLAUSE_TYPES, t
    return blocks


def clause_sets(blocks):
    req, opt = set(), set()
    for _, _, tags in blocks:
        for t in tags:
            (opt if t.startswith("?") else req).add(t.lstrip("?"))
    return sorted(req), sorted(opt - req)


# ---------------------------------------------------------------- renderers
def render_txt(c, blocks) -> str:
    width = c.get("wrap")
    upper = c.get("upper_headings", False)
    out = []
    for kind, val, _ in blocks:
        if kind == "h1":
            out += [val.upper() if upper else val, "=" * min(len(val), 70), ""]
        elif kind == "h2":
            out += [val.upper() if upper else val, ""]
        elif kind == "p":
            out += (textwrap.wrap(val, width) if width else [val]) + [""]
        elif kind == "pre":
            out += val + [""]
        elif kind == "table":
            widths = [max(len(r[i]) if i < len(r) else 0 for r in val) for i in range(max(map(len, val)))]
            for r in val:
                out.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(c, blocks) -> str:
    out = []
    for kind, val, _ in blocks:
        if kind == "h1":
            out += [f"# {val}", ""]
        elif kind == "h2":
            out += [f"{c.get('md_h', '##')} {val}", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "pre":
            out += [ln + "  " for ln in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            out += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_docx(c, blocks, path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = c.get("docx_font", "Calibri")
    st.font.size = Pt(c.get("docx_size", 11))
    sec = d.sections[0]
    if c.get("header"):
        sec.header.paragraphs[0].text = c["header"]
    if c.get("footer"):
        sec.footer.paragraphs[0].text = c["footer"]
    plain = c.get("docx_plain_headings", False)
    for kind, val, _ in blocks:
        if kind == "h1":
            if plain:
                r = d.add_paragraph().add_run(val)
                r.bold = True
                r.font.size = Pt(15)
            else:
                d.add_heading(val, level=0)
        elif kind == "h2":
            if plain:
                d.add_paragraph().add_run(val).bold = True
            else:
                d.add_heading(val, level=1)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "pre":
            p = d.add_paragraph()
            for i, ln in enumerate(val):
                if i:
                    p.add_run().add_break()
                p.add_run(ln)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=max(map(len, val)))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
    d.core_properties.title = c.get("doc_title", "")
    d.core_properties.author = c.get("doc_author", "")
    d.save(str(path))


CSS = {
    "serif": "body{font-family:'DejaVu Serif',serif;font-size:10.5pt;line-height:1.4}"
             "h1{font-size:16pt;text-align:center;letter-spacing:1px}h2{font-size:11.5pt;margin-top:14pt}",
    "sans": "body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;line-height:1.35}"
            "h1{font-size:18pt;color:#1c4f7a;border-bottom:2px solid #1c4f7a}h2{font-size:11pt;color:#1c4f7a}",
    "municipal": "body{font-family:'DejaVu Sans',sans-serif;font-size:10pt}"
                 "h1{font-size:14pt;background:#e8eef2;padding:6pt}h2{font-size:10.5pt;text-transform:uppercase}",
    "mono": "body{font-family:'DejaVu Sans Mono',monospace;font-size:9.5pt}h1{font-size:13pt}h2{font-size:10pt}",
}


def render_html(c, blocks) -> str:
    import html

    e = html.escape
    style = CSS[c.get("css", "serif")]
    page = "@page{size:A4;margin:22mm 20mm 24mm 20mm;"
    if c.get("header"):
        page += "@top-center{content:'%s';font-size:8pt;color:#666}" % c["header"].replace("'", "\\'")
    footer = c.get("footer", "")
    page += ("@bottom-center{content:'%s  Side ' counter(page) ' av ' counter(pages);font-size:8pt;color:#666}"
             % footer.replace("'", "\\'")) if c.get("lang_footer", "nb") == "nb" else \
        ("@bottom-center{content:'%s  Page ' counter(page) ' of ' counter(pages);font-size:8pt;color:#666}"
         % footer.replace("'", "\\'"))
    page += "}"
    parts = [f"<html><head><meta charset='utf-8'><style>{page}{style}"
             "table{border-collapse:collapse;margin:6pt 0}td{border:1px solid #999;padding:3pt 6pt;vertical-align:top}"
             ".pre{white-space:pre-line}</style></head><body>"]
    for kind, val, _ in blocks:
        if kind == "h1":
            parts.append(f"<h1>{e(val)}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "pre":
            parts.append("<p class='pre'>" + "\n".join(e(x) for x in val) + "</p>")
        elif kind == "table":
            parts.append("<table>" + "".join(
                "<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in val) + "</table>")
    parts.append("</body></html>")
    return "".join(parts)


def render_pdf(c, blocks, path: Path) -> None:
    from weasyprint import HTML

    HTML(string=render_html(c, blocks)).write_pdf(str(path))


def render_scan(c, blocks, path: Path, seed: int) -> None:
    """Text PDF -> page images (pypdfium2) -> grey, slight rotation, speckle, blur -> image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from weasyprint import HTML

    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(HTML(string=render_html(c, blocks)).write_pdf())
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=150 / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=255)
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 350):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice((0, 60, 120, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.point(lambda v: 0 if v < 90 else (255 if v > 215 else v))
        pages.append(img)
    pages[0].save(str(path), "PDF", resolution=150, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------- playbook semantics (truth side)
PLAYBOOK_RULES = [
    {"code": "NO_LIABILITY_CAP", "clause": "cap_on_liability", "require": True, "severity": "high"},
    {"code": "UNCAPPED", "clause": "uncapped_liability", "forbid": True, "severity": "high"},
    {"code": "LONG_NOTICE", "field": "notice_period_days", "max": 90, "severity": "medium"},
    {"code": "AUTO_RENEWAL", "field": "auto_renewal", "forbid": True, "severity": "low"},
    {"code": "FOREIGN_LAW", "field": "governing_law", "allowed": ["NO"], "severity": "medium"},
    {"code": "NON_COMPETE", "clause": "non_compete", "forbid": True, "severity": "medium"},
    # our own three
    {"code": "NO_CONFIDENTIALITY", "clause": "confidentiality", "require": True, "severity": "medium"},
    {"code": "LONG_RENEWAL", "field": "renewal_term_months", "max": 12, "severity": "medium"},
    {"code": "PENALTY", "clause": "liquidated_damages", "forbid": True, "severity": "low"},
]


def fires(rule, fields, clauses):
    """True / False / None (None = not decidable: treated as optional)."""
    if "clause" in rule:
        present = rule["clause"] in clauses
        return (not present) if rule.get("require") else present
    v = fields.get(rule["field"])
    if "max" in rule:
        return v is not None and v > rule["max"]
    if rule.get("forbid"):
        return v is True or (v is not None and not isinstance(v, bool))
    if "allowed" in rule:
        if v is None:
            return None
        return v not in rule["allowed"]
    raise ValueError(rule)


def expected_risks(fields, accept, req, opt):
    must, maybe = [], []
    for rule in PLAYBOOK_RULES:
        outcomes = set()
        if "clause" in rule:
            outcomes.add(fires(rule, fields, set(req)))
            if rule["clause"] in opt:
                outcomes.add(fires(rule, fields, set(req) | {rule["clause"]}))
        else:
            outcomes.add(fires(rule, fields, set(req)))
            for alt in accept.get(rule["field"], []):
                outcomes.add(fires(rule, {**fields, rule["field"]: alt}, set(req)))
        if outcomes == {True}:
            must.append(rule["code"])
        elif True in outcomes or None in outcomes:
            maybe.append(rule["code"])
    return must, maybe


def playbook_yaml() -> str:
    lines = ["# Playbook for the blind contract set (issue 12 format): the issue's six example rules",
             "# plus three of our own (NO_CONFIDENTIALITY, LONG_RENEWAL, PENALTY).", "rules:"]
    for r in PLAYBOOK_RULES:
        parts = []
        for k, v in r.items():
            if isinstance(v, bool):
                v = "true" if v else "false"
            elif isinstance(v, list):
                v = "[" + ", ".join(f'"{x}"' for x in v) + "]"
            parts.append(f"{k}: {v}")
        lines.append("  - {" + ", ".join(parts) + "}")
    return "\n".join(lines) + "\n"


CONTRACTS: list[dict] = []


def contract(**kw):
    CONTRACTS.append(kw)


NV = ("Nordvik Automasjon AS", "926018159")  # the company whose contracts these are (Ålesund)

# ================================================================ 01 framework, nb, docx, law firm
contract(
    file="01_rammeavtale_elektrokomponenter.docx", language="nb", contract_type="framework",
    parties=[("Nordvik Automasjon AS", "926018159", "Kunden"),
             ("Sunnmøre Elektrogrossist AS", "883016610", "Leverandøren")],
    signed_date="2027-01-21", effective_date="2027-02-01",
    expiration_date=term_end("2027-02-01", 24), auto_renewal=False, renewal_term_months=None,
    notice_period_days=90, notice_deadline=deadline_calendar(term_end("2027-02-01", 24), 3),
    governing_law="NO", value=(4800000, "NOK"),
    accept={"renewal_term_months": [12], "notice_deadline": [deadline_days(term_end("2027-02-01", 24), 90)]},
    note="fixed 24 months with customer's 1+1 year option; 3 months' termination for convenience",
    header="Advokatfirmaet Liaaen & Strand DA – utkast 4 / endelig", footer="Rammeavtale – Nordvik / Sunnmøre Elektrogrossist",
    doc_author="Advokat Kari Liaaen", docx_font="Cambria",
    body="""
    # RAMMEAVTALE OM KJØP AV ELEKTROKOMPONENTER OG AUTOMASJONSUTSTYR

    ## 1. Avtalens parter

    :: Kunde: Nordvik Automasjon AS, org.nr. 926 018 159
    :: Breivika Industrivei 14, 6018 Ålesund
    :: (heretter «Kunden»)

    :: Leverandør: Sunnmøre Elektrogrossist AS, org.nr. 883 016 610
    :: Moaveien 3, 6018 Ålesund
    :: (heretter «Leverandøren»)

    ## 2. Bakgrunn og formål

    Kunden gjennomførte høsten 2026 en konkurranse om levering av elektrokomponenter, kabel, koblingsmateriell og automasjonsutstyr til Kundens verksted og prosjekter. Leverandøren ble tildelt kontrakten. Denne rammeavtalen fastsetter vilkårene for de enkeltbestillinger («avrop») Kunden gjør i avtaleperioden. Rammeavtalen forplikter ikke Kunden til å gjøre avrop av en bestemt størrelse.

    ## 3. Avtaleperiode

    Rammeavtalen trer i kraft 1. februar 2027 og gjelder i 24 – tjuefire – måneder fra dette tidspunkt.

    Kunden har ensidig rett til å forlenge avtalen med inntil ett år ad gangen, i alt to ganger (1 + 1 år). Melding om forlengelse gis skriftlig senest to måneder før utløp. Avtalen forlenges ikke uten slik melding.

    {termination_for_convenience} Kunden kan si opp rammeavtalen med 3 – tre – måneders skriftlig varsel uten å måtte begrunne oppsigelsen. Avrop som er bekreftet før oppsigelsen, skal leveres på avtalte vilkår.

    ## 4. Priser og prisjustering

    {payment_terms} Prisene fremgår av prisbilag (bilag 2) og er oppgitt i norske kroner eksklusive merverdiavgift, levert Kundens lager DAP (Incoterms 2020). Betaling skjer 30 dager netto etter mottatt korrekt faktura i EHF-format.

    {price_adjustment, price_restrictions} Prisene er faste i de første 12 måneder. Deretter kan prisene justeres én gang per år med virkning fra 1. februar, tilsvarende endringen i SSBs produsentprisindeks for elektrisk utstyr siste tolv måneder. Krav om justering skal fremsettes skriftlig med minst 30 dagers varsel.

    {most_favored_nation} Leverandøren garanterer at prisene til Kunden ikke er høyere enn prisene Leverandøren tilbyr andre kunder av tilsvarende størrelse for sammenlignbare volumer. Gir Leverandøren bedre vilkår til en slik kunde, skal de samme vilkårene gjelde for Kunden fra samme tidspunkt.

    ## 5. Estimert volum

    Samlet estimert kontraktsverdi for avtaleperioden er NOK 4 800 000 eksklusive merverdiavgift. Estimatet er ikke bindende for Kunden.

    ## 6. Levering og forsinkelse

    Standardvarer leveres innen tre virkedager etter avrop. Skaffevarer leveres innen den tid som er bekreftet i ordrebekreftelsen.

    {liquidated_damages} Ved forsinket levering påløper en dagmulkt på 0,5 % av verdien av det forsinkede avropet per påbegynte virkedag, begrenset til 15 % av avropets verdi. Dagmulkt kommer i tillegg til Kundens rett til å heve avropet ved vesentlig forsinkelse.

    ## 7. Mangler og reklamasjon

    {warranty_duration} Leverandøren svarer for mangler som viser seg innen 24 måneder etter levering. Kunden skal reklamere innen rimelig tid etter at mangelen ble eller burde vært oppdaget.

    ## 8. Ansvarsbegrensning

    {cap_on_liability} Partenes samlede erstatningsansvar etter denne avtalen er for hvert kalenderår begrenset til et beløp tilsvarende 15 % av fakturert volum siste tolv måneder, likevel ikke under NOK 250 000. Ingen av partene er ansvarlig for indirekte tap, herunder tapt fortjeneste. Begrensningen gjelder ikke ved forsett eller grov uaktsomhet.

    ## 9. Taushetsplikt

    {confidentiality} Partene skal behandle opplysninger om den annen parts forretningsforhold som de får kjennskap til gjennom avtalen, konfidensielt. Taushetsplikten gjelder også etter at avtalen er opphørt.

    ## 10. Overdragelse

    {anti_assignment} Ingen av partene kan overdra sine rettigheter eller plikter etter avtalen uten skriftlig samtykke fra den annen part. Samtykke kan ikke nektes uten saklig grunn.

    ## 11. Force majeure

    {force_majeure} Dersom avtalens oppfyllelse hindres av forhold utenfor partens kontroll som parten ikke burde ha forutsett ved avtaleinngåelsen, og som parten ikke med rimelighet kunne unngått eller overvunnet følgene av, suspenderes partenes forpliktelser så lenge hindringen varer.

    ## 12. Mislighold og heving

    {termination_for_cause} Ved vesentlig mislighold kan den annen part heve rammeavtalen med øyeblikkelig virkning, etter at skriftlig varsel med 14 dagers frist for retting ikke er fulgt.

    ## 13. Lovvalg og tvister

    {governing_law, dispute_resolution} Avtalen er underlagt norsk rett. Tvister søkes først løst ved forhandlinger. Fører ikke forhandlinger frem innen 30 dager, kan hver av partene bringe saken inn for Møre og Romsdal tingrett, som er vedtatt verneting.

    ## 14. Signatur

    Avtalen er undertegnet i to eksemplarer, ett til hver part.

    :: Ålesund, 18. januar 2027
    :: For Nordvik Automasjon AS
    :: Eirik Haugland, administrerende direktør

    :: Ålesund, 21. januar 2027
    :: For Sunnmøre Elektrogrossist AS
    :: Marte Skeide, daglig leder
    """,
)

# ================================================================ 02 nda, nb, txt, plain
contract(
    file="02_konfidensialitetsavtale_hareid.txt", language="nb", contract_type="nda",
    parties=[("Nordvik Automasjon AS", "926018159", None), ("Hareid Robotics AS", "818609132", None)],
    signed_date="2027-03-09", effective_date="2027-03-09",
    expiration_date=term_end("2027-03-09", 36), auto_renewal=False, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="NO", value=None,
    accept={"expiration_date": ["2030-03-09"]},
    note="three years from signing; conventional penalty; no liability cap",
    wrap=78, upper_headings=True,
    body="""
    # Gjensidig avtale om konfidensialitet

    Mellom Nordvik Automasjon AS (org.nr. 926018159), Ålesund, og Hareid Robotics AS (org.nr. 818609132), Hareid, er det i dag inngått følgende avtale i forbindelse med at partene drøfter et mulig samarbeid om en robotcelle for fiskeforedling («Formålet»).

    ## Hva som er konfidensielt

    {confidentiality} Med konfidensiell informasjon menes all informasjon av teknisk, kommersiell eller annen art som en part gjør tilgjengelig for den andre i forbindelse med Formålet, enten muntlig, skriftlig eller ved demonstrasjon, herunder tegninger, programkode, kundelister og priser. Mottakeren skal ikke bruke informasjonen til annet enn Formålet og ikke gjøre den kjent for andre enn egne ansatte og rådgivere som trenger den for Formålet og som selv har taushetsplikt.

    Plikten gjelder ikke informasjon som er eller blir allment kjent uten at mottakeren har brutt avtalen, som mottakeren hadde fra før, eller som mottakeren må utlevere etter lov eller pålegg fra offentlig myndighet.

    ## Ansatte

    {no_solicit_of_employees} Så lenge denne avtalen gjelder, skal ingen av partene aktivt forsøke å rekruttere ansatte hos den andre parten som har deltatt i drøftelsene. Utlysning av stillinger i alminnelige kanaler regnes ikke som aktiv rekruttering.

    ## Varighet

    Avtalen trer i kraft når begge parter har signert og gjelder i tre år. Ved avtalens opphør skal mottatt materiale returneres eller slettes.

    ## Brudd

    {liquidated_damages} Ved brudd på taushetsplikten skal den part som bryter avtalen, betale en konvensjonalbot på NOK 250 000 for hvert brudd. Boten er ikke til hinder for å kreve erstatning for tap som overstiger boten.

    ## Lovvalg og verneting

    {governing_law, dispute_resolution} Avtalen reguleres av norsk rett. Tvister avgjøres av de ordinære domstoler med Oslo tingrett som verneting.

    ## Underskrifter

    :: Ålesund, 4. mars 2027                    Hareid, 9. mars 2027
    :: Nordvik Automasjon AS                    Hareid Robotics AS
    :: Eirik Haugland                           Sindre Ulstein
    """,
)

# ================================================================ 03 SaaS terms, en, md, terse, Delaware
contract(
    file="03_stackwise_subscription_terms.md", language="en", contract_type="service",
    parties=[("Stackwise, Inc.", None, "Vendor"), ("Nordvik Automasjon AS", "926018159", "Customer")],
    signed_date="2027-03-11", effective_date="2027-03-15",
    expiration_date=term_end("2027-03-15", 12), auto_renewal=True, renewal_term_months=12,
    notice_period_days=60, notice_deadline=deadline_days(term_end("2027-03-15", 12), 60),
    governing_law="US-DE", value=(18000, "USD"),
    accept={"contract_type": ["license"]},
    note="terse SaaS order form + terms; auto-renewal 12 months, 60 days' non-renewal notice",
    md_h="###",
    body="""
    # Stackwise Order Form & Subscription Terms

    | Order Form | SW-2027-00418 |
    | Customer | Nordvik Automasjon AS (org. no. 926018159), Breivika Industrivei 14, 6018 Ålesund, Norway |
    | Vendor | Stackwise, Inc., 2200 Market Street, Suite 410, Wilmington, DE 19801, USA |
    | Service | Stackwise Fleet Monitor – Business tier, 40 connected controllers |
    | Effective Date | March 15, 2027 |
    | Initial Subscription Term | 12 months from the Effective Date |
    | Fees | USD 18,000 per year, invoiced annually in advance |

    ## 1. Access

    {license_grant, non_transferable_license, ?anti_assignment} Stackwise grants Customer a non-exclusive, non-transferable, non-sublicensable right during the Subscription Term to access and use the Service for its internal business purposes.

    ## 2. Fees

    {payment_terms} Invoices are due net 30. Late amounts bear interest at 1% per month.

    {price_adjustment, ?price_restrictions} Stackwise may increase Fees for any renewal term by giving notice at least 90 days before the renewal; any increase will not exceed 7%.

    ## 3. Term & renewal

    {renewal_term, notice_period_to_terminate_renewal} The Subscription automatically renews for successive 12-month periods unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term.

    {termination_for_cause} Either party may terminate for material breach not cured within 30 days of notice.

    ## 4. Data

    {data_processing} Stackwise processes Customer Personal Data only as described in the Data Processing Addendum at stackwise.example/dpa, which forms part of these terms.

    {confidentiality} Each party keeps the other's Confidential Information confidential and uses it only to perform under these terms.

    ## 5. Warranty; liability

    {?warranty_duration} Stackwise warrants that the Service will perform materially as described in the documentation during the Subscription Term. OTHERWISE THE SERVICE IS PROVIDED "AS IS".

    {cap_on_liability} EACH PARTY'S TOTAL LIABILITY IS LIMITED TO THE FEES PAID OR PAYABLE IN THE 12 MONTHS BEFORE THE CLAIM.

    ## 6. Law

    {governing_law, dispute_resolution} Delaware law governs, without regard to conflict-of-laws rules. Exclusive venue: state and federal courts in New Castle County, Delaware.

    :: Accepted for Customer: Eirik Haugland, CEO – 11 Mar 2027 (DocuSign)
    :: Accepted for Stackwise: J. Pereira, VP Sales – 10 Mar 2027 (DocuSign)
    """,
)

# ================================================================ 04 lease, nb, pdf, key-data table, no law clause
contract(
    file="04_leieavtale_naeringslokaler_brosundet.pdf", language="nb", contract_type="lease",
    parties=[("Brosundet Eiendom AS", "899603087", "Utleier"), ("Nordvik Automasjon AS", "926018159", "Leietaker")],
    signed_date="2027-02-05", effective_date="2027-04-01",
    expiration_date="2032-03-31", auto_renewal=False, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law=None, value=(684000, "NOK"),
    accept={"renewal_term_months": [60], "value": [(3420000, "NOK")]},
    note="fixed 5-year lease, not terminable; tenant option to extend 5 years; no choice-of-law clause",
    css="serif", header="Leieavtale næringslokaler – Brosundet Eiendom AS", footer="Parafer: ____ / ____",
    body="""
    # LEIEAVTALE FOR NÆRINGSLOKALER

    ## 1. Partene og leieobjektet

    | Utleier | Brosundet Eiendom AS, org.nr. 899 603 087, Apotekergata 9, 6004 Ålesund |
    | Leietaker | Nordvik Automasjon AS, org.nr. 926 018 159 |
    | Eiendom | gnr. 97 bnr. 412 i Ålesund kommune, Kipervikgata 22 |
    | Leieobjekt | 2. etasje, ca. 640 m² BTA kontor, samt 8 parkeringsplasser |
    | Bruk | Kontor og lett verkstedvirksomhet (ingeniørtjenester) |
    | Leieperiode | 1. april 2027 – 31. mars 2032 |
    | Årlig leie | NOK 684 000 eks. mva. |
    | Sikkerhet | Bankgaranti tilsvarende 6 måneders leie |

    ## 2. Leieperioden

    Leieforholdet begynner 1. april 2027 og opphører uten oppsigelse 31. mars 2032. Leieavtalen er uoppsigelig for begge parter i leieperioden.

    Leietaker har rett til å forlenge leieforholdet på samme vilkår i 5 år. Leietaker må i så fall gi skriftlig melding til utleier senest 12 måneder før leieperiodens utløp.

    ## 3. Leie og betaling

    {payment_terms} Leien betales kvartalsvis forskuddsvis den 1. i hvert kvartal til utleiers konto 1503.42.88310. Felleskostnader faktureres a konto kvartalsvis og avregnes årlig.

    {price_adjustment} Leien reguleres årlig 1. januar, første gang 1. januar 2028, med 100 % av endringen i konsumprisindeksen, med oktober 2026 som basisindeks.

    ## 4. Vedlikehold

    Utleier har ansvar for utvendig vedlikehold og tekniske anlegg. Leietaker har ansvar for innvendig vedlikehold av leieobjektet, herunder maling og gulvbelegg.

    ## 5. Forsikring

    {insurance} Utleier holder bygningen forsikret. Leietaker skal holde eget inventar, utstyr og varelager forsikret, og skal på forespørsel fremlegge dokumentasjon på forsikringen.

    ## 6. Fremleie, overdragelse og eierskifte

    {anti_assignment} Leietaker kan ikke overdra leieavtalen eller fremleie hele eller deler av leieobjektet uten utleiers skriftlige samtykke.

    {change_of_control} Overdragelse av mer enn 50 % av aksjene i leietaker eller annen endring av kontroll over leietaker, regnes som overdragelse av leieavtalen.

    ## 7. Mislighold

    {termination_for_cause} Betaler ikke leietaker leien innen 14 dager etter skriftlig påkrav, eller foreligger annet vesentlig mislighold, kan utleier heve leieavtalen. Leietaker vedtar tvangsfravikelse etter tvangsfullbyrdelsesloven § 13-2 tredje ledd bokstav a og b.

    ## 8. Tvister

    {dispute_resolution} Tvister om leieforholdet avgjøres av Møre og Romsdal tingrett, som vedtas som verneting.

    ## 9. Underskrifter

    Avtalen er signert i to eksemplarer.

    :: Ålesund, 2. februar 2027 – for utleier: Rolf Brosundet, styreleder
    :: Ålesund, 5. februar 2027 – for leietaker: Eirik Haugland, daglig leder
    """,
)

# ================================================================ 05 employment, nb, docx, permanent, non-compete
contract(
    file="05_arbeidsavtale_vatne.docx", language="nb", contract_type="employment",
    parties=[("Nordvik Automasjon AS", "926018159", "Arbeidsgiver"), ("Ingrid Solheim Vatne", None, "Arbeidstaker")],
    signed_date="2027-06-14", effective_date="2027-09-01",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=90, notice_deadline=None, governing_law=None, value=(720000, "NOK"),
    accept={"governing_law": ["NO"], "value": [None]},
    note="permanent employment; 3 months' notice from end of month; probation notice 14 days is not counted",
    header="Nordvik Automasjon AS – Personal / konfidensielt", footer="Arbeidsavtale, standardmal HR-02 rev. 2026",
    docx_plain_headings=True,
    body="""
    # Arbeidsavtale – fast ansettelse

    |Arbeidsgiver|Nordvik Automasjon AS, org.nr. 926018159, Breivika Industrivei 14, 6018 Ålesund|
    |Arbeidstaker|Ingrid Solheim Vatne, født 12.03.1993, Nørvegata 41, 6008 Ålesund|
    |Stilling|Automasjonsingeniør, avdeling Prosjekt|
    |Tiltredelse|01.09.2027|
    |Arbeidssted|Ålesund, med reisevirksomhet til kunder i Norge|

    ## Ansettelsesform og prøvetid

    Arbeidstakeren ansettes fast i 100 % stilling. Det gjelder en prøvetid på 6 måneder. I prøvetiden er den gjensidige oppsigelsesfristen 14 dager.

    ## Oppsigelse

    {?termination_for_convenience, ?notice_period_to_terminate_renewal} Etter prøvetidens utløp er den gjensidige oppsigelsesfristen 3 måneder, regnet fra utgangen av den kalendermåned oppsigelsen ble gitt. Oppsigelse skal være skriftlig. For øvrig gjelder arbeidsmiljølovens regler om oppsigelse og avskjed.

    ## Arbeidstid

    Ordinær arbeidstid er 37,5 timer per uke, mandag til fredag. Stillingen er ikke unntatt fra reglene om overtid.

    ## Lønn

    {?payment_terms} Årslønn er NOK 720 000. Lønnen utbetales den 25. i hver måned til arbeidstakers konto. Overtid godtgjøres med 50 % tillegg. Lønnen vurderes årlig per 1. mai.

    ## Ferie, pensjon og forsikring

    {?insurance} Ferie avvikles etter ferieloven, med fem ukers ferie. Arbeidstakeren meldes inn i selskapets innskuddspensjonsordning (5 % av lønn mellom 0 og 7,1 G) og omfattes av selskapets yrkesskadeforsikring og gruppelivsforsikring.

    ## Taushetsplikt

    {confidentiality} Arbeidstakeren har taushetsplikt om alt hun får kjennskap til om arbeidsgiverens og kundenes forhold, også etter at arbeidsforholdet er avsluttet.

    ## Rettigheter til arbeidsresultater

    {ip_ownership_assignment} Alle rettigheter til programvare, tegninger, oppfinnelser og andre resultater som arbeidstakeren skaper i arbeidsforholdet, overføres til arbeidsgiveren i den utstrekning loven tillater.

    ## Konkurranse- og kundeklausul

    {non_compete} Arbeidstakeren skal i 12 måneder etter arbeidsforholdets opphør ikke tiltre stilling hos, eller drive, virksomhet som konkurrerer med arbeidsgiveren innen industriell automasjon i Møre og Romsdal. Klausulen gjelder bare dersom arbeidsgiveren gir skriftlig erklæring om at den gjøres gjeldende, og arbeidsgiveren betaler kompensasjon etter arbeidsmiljøloven § 14 A-3.

    {no_solicit_of_customers} I det samme tidsrommet skal arbeidstakeren ikke ta kontakt med arbeidsgiverens kunder som hun har hatt kontakt med de siste 12 månedene, med sikte på å overta kundeforholdet.

    ## Annet

    {?governing_law} Arbeidsforholdet reguleres av arbeidsmiljøloven og arbeidsgiverens personalhåndbok slik den til enhver tid lyder. Det er ingen tariffavtale for stillingen.

    :: Ålesund, 14.06.2027
    :: ____________________________          ____________________________
    :: for Nordvik Automasjon AS              Ingrid Solheim Vatne
    :: Line Brunstad, HR-sjef
    """,
)

# ================================================================ 06 DPA, nb, pdf, tables, no fixed term
contract(
    file="06_databehandleravtale_tallkraft.pdf", language="nb", contract_type="data_processing",
    parties=[("Nordvik Automasjon AS", "926018159", "Behandlingsansvarlig"),
             ("Tallkraft Lønn AS", "846281940", "Databehandler")],
    signed_date="2027-01-13", effective_date="2027-01-13",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="NO", value=None,
    note="coterminous with the main agreement; no liability clause",
    css="sans", header="DATABEHANDLERAVTALE  |  Tallkraft Lønn AS  |  Versjon 3.1", footer="Tallkraft Lønn AS – standard DBA",
    body="""
    # Databehandleravtale

    i henhold til personvernforordningen (GDPR) artikkel 28 og 29, jf. artikkel 32–36

    ## 1. Parter

    | Behandlingsansvarlig | Nordvik Automasjon AS | Org.nr. 926 018 159 |
    | Databehandler | Tallkraft Lønn AS | Org.nr. 846 281 940 |

    ## 2. Avtalens formål

    {data_processing} Avtalen regulerer Databehandlers behandling av personopplysninger på vegne av Behandlingsansvarlig i forbindelse med levering av lønns- og personaltjenester etter tjenesteavtale av 2. januar 2027 («Hovedavtalen»). Databehandler skal bare behandle personopplysningene etter dokumenterte instrukser fra Behandlingsansvarlig.

    ## 3. Behandlingen

    | Kategorier av registrerte | Ansatte, tidligere ansatte, lærlinger |
    | Typer opplysninger | Navn, fødselsnummer, kontonummer, lønn, skattetrekk, fravær, fagforeningsmedlemskap |
    | Formål | Lønnskjøring, a-melding, refusjonskrav til NAV |
    | Lagring | Datasenter i Norge (Oslo) og Sverige (Stockholm) |

    ## 4. Taushetsplikt

    {confidentiality} Databehandler skal sørge for at personer som har tilgang til personopplysningene, har forpliktet seg til konfidensialitet eller er underlagt lovbestemt taushetsplikt.

    ## 5. Sikkerhet

    Databehandler skal gjennomføre egnede tekniske og organisatoriske tiltak, herunder kryptering, tilgangsstyring og logging, og skal melde brudd på personopplysningssikkerheten til Behandlingsansvarlig uten ugrunnet opphold og senest innen 36 timer.

    ## 6. Underdatabehandlere

    Databehandler kan benytte underdatabehandlere som er oppført i bilag A. Nye underdatabehandlere skal varsles minst 30 dager i forveien; Behandlingsansvarlig kan reservere seg.

    ## 7. Revisjon

    {audit_rights} Behandlingsansvarlig har rett til å gjennomføre revisjoner og inspeksjoner, selv eller ved en uavhengig revisor, inntil én gang per år og ellers ved mistanke om brudd. Databehandler skal stille nødvendig informasjon til rådighet.

    ## 8. Varighet og opphør

    Avtalen gjelder så lenge Databehandler behandler personopplysninger på vegne av Behandlingsansvarlig, og opphører automatisk når Hovedavtalen opphører.

    {?post_termination_services} Ved opphør skal Databehandler etter Behandlingsansvarligs valg tilbakelevere eller slette alle personopplysninger innen 60 dager, med mindre lagring er påkrevd etter bokføringsloven.

    ## 9. Lovvalg og verneting

    {governing_law, dispute_resolution} Avtalen reguleres av norsk rett. Partene vedtar Oslo tingrett som verneting.

    ## 10. Ikrafttredelse

    Avtalen trer i kraft ved signering.

    :: Ålesund, 11. januar 2027 – Nordvik Automasjon AS v/ Line Brunstad
    :: Bergen, 13. januar 2027 – Tallkraft Lønn AS v/ Petter Osmundsen
    """,
)

# ================================================================ 07 consultancy, en, docx, English law firm
contract(
    file="07_consultancy_services_agreement_harrowgate.docx", language="en", contract_type="service",
    parties=[("Harrowgate Controls Ltd", "09341275", "Consultant"), ("Nordvik Automasjon AS", "926018159", "Client")],
    signed_date="2027-04-22", effective_date="2027-05-01",
    expiration_date=term_end("2027-05-01", 18), auto_renewal=False, renewal_term_months=None,
    notice_period_days=30, notice_deadline=deadline_days(term_end("2027-05-01", 18), 30),
    governing_law="GB", value=(240000, "GBP"),
    accept={"notice_deadline": [deadline_calendar(term_end("2027-05-01", 18), 1)]},
    note="fixed 18 months, 30 days' termination for convenience; English law; UK company number",
    header="Pemberton Vale LLP – Private & Confidential", footer="Ref: PV/NOR/2231/4  |  Execution version",
    docx_font="Times New Roman",
    body="""
    # CONSULTANCY SERVICES AGREEMENT

    THIS AGREEMENT is dated 22 April 2027.

    PARTIES

    :: (1) HARROWGATE CONTROLS LTD, a company incorporated in England and Wales with company number 09341275, whose registered office is at Unit 7, Calder Park, Wakefield WF2 7AW (the "Consultant"); and
    :: (2) NORDVIK AUTOMASJON AS, a company incorporated in Norway with organisation number 926 018 159, whose registered office is at Breivika Industrivei 14, 6018 Ålesund, Norway (the "Client").

    BACKGROUND

    The Client wishes to engage the Consultant to provide functional safety consultancy (IEC 61508 / IEC 62061) for the Client's packaging-line projects, and the Consultant has agreed to do so on the terms of this agreement.

    ## 1. Commencement and term

    1.1 The engagement shall commence on 1 May 2027 and shall continue for a fixed term of 18 months, unless terminated earlier in accordance with this agreement.

    {termination_for_convenience} 1.2 Either party may terminate this agreement at any time by giving not less than 30 days' written notice to the other party.

    {termination_for_cause} 1.3 Either party may terminate this agreement with immediate effect by written notice if the other party commits a material breach which is irremediable or, if remediable, is not remedied within 21 days of notice, or becomes insolvent.

    ## 2. Fees and payment

    {payment_terms} 2.1 The Client shall pay the Consultant a day rate of GBP 1,150 plus VAT if applicable. The Consultant shall invoice monthly in arrears and invoices are payable within 30 days of receipt.

    2.2 The total fees payable under this agreement shall not exceed GBP 240,000 without the Client's prior written approval.

    ## 3. Intellectual property

    {ip_ownership_assignment} 3.1 The Consultant hereby assigns to the Client, with full title guarantee, all intellectual property rights in the deliverables, including all future copyright, with effect from their creation.

    ## 4. Confidentiality

    {confidentiality} 4.1 Each party shall keep confidential all information of a confidential nature disclosed by the other and shall not use it except for the purposes of this agreement. This clause survives termination for five years.

    ## 5. Limitation of liability

    {cap_on_liability} 5.1 Subject to clause 5.2, each party's total aggregate liability arising under or in connection with this agreement shall not exceed an amount equal to the fees paid and payable in the 12 months preceding the event giving rise to the claim.

    {?uncapped_liability} 5.2 Nothing in this agreement limits liability for death or personal injury caused by negligence, for fraud or fraudulent misrepresentation, or for any other liability which cannot be limited by law.

    ## 6. Insurance

    {insurance} 6.1 The Consultant shall maintain professional indemnity insurance of not less than GBP 2,000,000 per claim and public liability insurance of not less than GBP 5,000,000 for the term and six years afterwards.

    ## 7. Non-solicitation

    {no_solicit_of_employees} 7.1 Neither party shall, during the term and for 12 months after it ends, solicit or entice away any employee of the other party who was engaged in the provision or receipt of the services.

    ## 8. General

    {anti_assignment} 8.1 The Consultant shall not assign, subcontract or otherwise transfer any of its rights or obligations without the Client's prior written consent.

    {force_majeure} 8.2 Neither party shall be in breach of this agreement nor liable for delay in performing its obligations if such delay results from events beyond its reasonable control.

    {?third_party_beneficiary} 8.3 A person who is not a party to this agreement shall have no rights under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.

    ## 9. Governing law and jurisdiction

    {governing_law, dispute_resolution} 9.1 This agreement and any dispute or claim arising out of it shall be governed by and construed in accordance with the law of England and Wales. The courts of England and Wales shall have exclusive jurisdiction.

    This agreement has been entered into on the date stated at the beginning of it.

    :: Signed by Gareth Holroyd, director, for and on behalf of Harrowgate Controls Ltd – 19 April 2027
    :: Signed by Eirik Haugland, daglig leder, for and on behalf of Nordvik Automasjon AS – 22 April 2027
    """,
)

# ================================================================ 08 purchase, nb, txt, machine purchase
contract(
    file="08_kjopekontrakt_cnc_dreiebenk.txt", language="nb", contract_type="purchase",
    parties=[("Vestlandske Verktøymaskiner AS", "819935181", "Selger"), ("Nordvik Automasjon AS", "926018159", "Kjøper")],
    signed_date="2027-05-06", effective_date="2027-05-06",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="NO", value=(2350000, "NOK"),
    accept={"auto_renewal": [False]},
    note="one-off machine purchase, NL 17 referenced; delivery date is not an expiration date",
    body="""
    # KJØPEKONTRAKT – CNC-DREIEBENK

    Kontrakt nr. VVM-27-0311

    :: Selger: Vestlandske Verktøymaskiner AS, org. nr. 819 935 181, Laksevåg, Bergen
    :: Kjøper: Nordvik Automasjon AS, org. nr. 926 018 159, Ålesund

    ## 1 Leveransen

    Selger leverer én CNC-dreiebenk av typen Okuma-kompatibel 2-akset dreiesenter med stangmater, verktøypakke og igangkjøring, som nærmere beskrevet i Selgers tilbud nr. T-5521 av 14. april 2027 (bilag 1). NL 17 (Alminnelige leveringsbetingelser for leveranse av mekaniske, elektriske og elektroniske produkter) gjelder så langt ikke annet følger av denne kontrakten.

    ## 2 Kjøpesum og betaling

    {?price_restrictions} Kjøpesummen er NOK 2 350 000, eksklusive merverdiavgift. Prisen er fast og inkluderer transport, montering og opplæring av to operatører.

    {payment_terms} Kjøpesummen betales slik: 30 % ved kontraktsinngåelse, 60 % ved levering og 10 % ved godkjent overtakelsesprøve, med 30 dagers betalingsfrist.

    ## 3 Levering og forsinkelse

    Levering skal skje til Kjøpers verksted i Breivika senest 20. august 2027.

    {liquidated_damages} Blir levering forsinket, betaler Selger dagmulkt med 0,1 % av kjøpesummen for hver kalenderdag, likevel ikke mer enn 10 % av kjøpesummen.

    {termination_for_cause} Er forsinkelsen så lang at Kjøper har rett til maksimal dagmulkt, eller foreligger annet vesentlig kontraktsbrudd, kan Kjøper heve kjøpet ved skriftlig melding.

    ## 4 Garanti

    {warranty_duration} Selger garanterer at dreiebenken er fri for feil i materialer og utførelse i 12 måneder fra godkjent overtakelse, eller 2000 driftstimer om det inntreffer først.

    ## 5 Ansvar

    {cap_on_liability} Selgers samlede ansvar etter kontrakten, inklusive dagmulkt, er begrenset til 20 % av kjøpesummen. Selger er ikke ansvarlig for driftstap eller annet indirekte tap.

    ## 6 Force majeure

    {force_majeure} Force majeure gjelder etter NL 17 punkt 41–42.

    ## 7 Tvister

    {governing_law, dispute_resolution} Kontrakten reguleres av norsk rett. Tvister søkes løst ved forhandlinger og ellers ved Bergen tingrett.

    Kontrakten trer i kraft ved signering.

    Bergen/Ålesund, 6. mai 2027

    For Selger: Tor Inge Lygre (sign.)          For Kjøper: Eirik Haugland (sign.)
    """,
)

# ================================================================ 09 license, en, pdf, German licensor, perpetual
contract(
    file="09_software_license_brightbeam.pdf", language="en", contract_type="license",
    parties=[("Brightbeam Systems GmbH", "HRB 748213", "Licensor"), ("Nordvik Automasjon AS", "926018159", "Licensee")],
    signed_date="2027-06-10", effective_date="2027-06-10",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="DE", value=(46500, "EUR"),
    note="perpetual licence; German law; escrow; register number as org_number",
    css="sans", header="Brightbeam Systems GmbH · Software License Agreement · BB-SLA-2027-112", lang_footer="en",
    footer="Brightbeam Systems GmbH, Stuttgart – confidential",
    body="""
    # Software License Agreement

    between Brightbeam Systems GmbH, Kronenstraße 30, 70173 Stuttgart, Germany, registered with the Amtsgericht Stuttgart under HRB 748213 ("Licensor"), and Nordvik Automasjon AS, org. no. 926 018 159, Breivika Industrivei 14, 6018 Ålesund, Norway ("Licensee").

    The Effective Date of this Agreement is the date of the last signature below.

    ## §1 Licensed Software

    The Licensed Software is BRIGHTBEAM VirtualPLC Studio, version 9, including the simulation runtime for up to 25 concurrent engineering seats, as listed in Annex 1.

    ## §2 Grant of licence

    {license_grant, irrevocable_or_perpetual_license} (1) Licensor grants Licensee a non-exclusive, perpetual licence to install and use the Licensed Software for Licensee's engineering work, including work performed for Licensee's customers.

    {non_transferable_license, ?anti_assignment} (2) The licence may not be transferred, sublicensed or rented out, except to a successor of Licensee's entire business with Licensor's consent, which shall not be unreasonably withheld.

    {affiliate_license_licensor} (3) The licence includes the simulation libraries owned by Licensor's affiliate Brightbeam Labs s.r.o., Brno, which are delivered as part of the Licensed Software.

    {affiliate_license_licensee} (4) Companies in which Licensee directly or indirectly holds more than 50% of the shares may use the Licensed Software under this Agreement, provided that the total number of seats is not exceeded.

    {volume_restriction} (5) Use by more than 25 concurrent seats requires additional seat licences at Licensor's list price in force at the time.

    ## §3 Fee

    {payment_terms} The one-time licence fee is EUR 46,500 (forty-six thousand five hundred euros), net of VAT. It is payable within 30 days of delivery of the licence keys. Maintenance and support are subject to a separate agreement.

    ## §4 Source code escrow

    {source_code_escrow} Licensor deposits the source code of the Licensed Software with an escrow agent (Annex 3) and updates the deposit with each major release. The source code is released to Licensee if Licensor becomes insolvent or discontinues support of the major version.

    ## §5 Licence audit

    {audit_rights} Licensor may, once per calendar year and with 30 days' notice, verify Licensee's compliance with the seat limit through an independent auditor bound to confidentiality.

    ## §6 Warranty

    {warranty_duration} Licensor warrants for a period of 90 days from delivery that the Licensed Software substantially conforms to its documentation. Licensor will remedy defects by patch, workaround or new version.

    ## §7 Liability

    {cap_on_liability} Licensor's aggregate liability under this Agreement is limited to the licence fee paid. This limitation does not apply to intent, gross negligence, or injury to life, body or health.

    ## §8 Confidentiality

    {confidentiality} Each party shall treat the other party's confidential information, including the Licensed Software and its documentation, as strictly confidential.

    ## §9 Governing law, disputes

    {governing_law, dispute_resolution} This Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods. All disputes shall be finally settled by arbitration under the DIS Arbitration Rules; the seat of arbitration is Stuttgart and the language is English.

    :: Stuttgart, 3 June 2027 – Brightbeam Systems GmbH, Dr. Anke Vosskamp, Managing Director
    :: Ålesund, 10 June 2027 – Nordvik Automasjon AS, Eirik Haugland, CEO
    """,
)

# ================================================================ 10 construction, nb, docx, NS 8407-style
contract(
    file="10_totalentreprise_tilbygg_brattvag.docx", language="nb", contract_type="construction",
    parties=[("Nordvik Automasjon AS", "926018159", "Byggherre"), ("Brattvåg Bygg AS", "890937861", "Totalentreprenør")],
    signed_date="2027-06-28", effective_date="2027-06-28",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="NO", value=(18400000, "NOK"),
    accept={"expiration_date": ["2028-03-31"], "effective_date": ["2027-08-02"], "auto_renewal": [False]},
    note="design-and-build contract; completion 31.03.2028 is a delivery deadline, not a term",
    header="Kontraktsdokument – Tilbygg verkstedhall Breivika", footer="Kontrakt NS 8407 – Nordvik / Brattvåg Bygg",
    body="""
    # Kontrakt om totalentreprise – tilbygg verkstedhall

    basert på NS 8407:2011 Alminnelige kontraktsbestemmelser for totalentrepriser

    ## 1 Kontraktsparter

    |Byggherre|Nordvik Automasjon AS|Org.nr. 926 018 159|Breivika Industrivei 14, 6018 Ålesund|
    |Totalentreprenør|Brattvåg Bygg AS|Org.nr. 890 937 861|Industrivegen 5, 6270 Brattvåg|

    ## 2 Kontraktsarbeidet

    Totalentreprenøren skal prosjektere og oppføre tilbygg til eksisterende verkstedhall, ca. 1 150 m² BRA i stål og betong, med traverskran, ventilasjon og elektriske anlegg, som beskrevet i byggherrens konkurransegrunnlag av 3. mai 2027 med tilbud av 31. mai 2027.

    ## 3 Kontraktssum

    Kontraktssummen er fast og utgjør NOK 18 400 000 eksklusive merverdiavgift.

    {price_adjustment} Kontraktssummen indeksreguleres etter SSBs byggekostnadsindeks for næringsbygg, jf. NS 8407 punkt 26, med mai 2027 som basis.

    {payment_terms} Betaling skjer etter månedlige avdragsoppgaver i henhold til betalingsplan, med 30 dagers betalingsfrist. 10 % holdes tilbake til overtakelse.

    ## 4 Fremdrift

    Oppstart på byggeplass: 2. august 2027. Overtakelse av hele kontraktsarbeidet: senest 31. mars 2028.

    {liquidated_damages} Ved overskridelse av frist for overtakelse påløper dagmulkt med 1 promille av kontraktssummen per kalenderdag, jf. NS 8407 punkt 40. Samlet dagmulkt er begrenset til 10 % av kontraktssummen.

    ## 5 Sikkerhetsstillelse og forsikring

    Totalentreprenøren stiller sikkerhet i form av bankgaranti på 10 % av kontraktssummen i utførelsestiden og 3 % i reklamasjonstiden.

    {insurance} Totalentreprenøren skal holde kontraktsarbeidet forsikret i byggetiden (byggherreforsikring/entrepriseforsikring) og ha ansvarsforsikring med dekning minst NOK 10 000 000.

    ## 6 Reklamasjon

    {warranty_duration} Reklamasjonsfristen er fem år fra overtakelse, jf. NS 8407 punkt 42.

    ## 7 Avbestilling og heving

    {termination_for_convenience} Byggherren kan avbestille hele eller deler av kontraktsarbeidet etter reglene i NS 8407 punkt 39, mot å erstatte entreprenørens dokumenterte kostnader og tapt fortjeneste.

    {termination_for_cause} Hver av partene kan heve kontrakten ved vesentlig mislighold fra den annen part, jf. NS 8407 punkt 43.

    ## 8 Tvister

    {governing_law, dispute_resolution} Kontrakten reguleres av norsk rett. Tvister søkes løst ved forhandlinger og mekling. Fører ikke dette frem, avgjøres tvisten av Møre og Romsdal tingrett.

    ## 9 Kontraktsdokumenter og signatur

    Kontrakten gjelder fra signering. Kontrakten består av dette dokumentet, NS 8407, konkurransegrunnlaget og totalentreprenørens tilbud med avklaringer, i nevnte rekkefølge.

    ::Sted/dato: Ålesund 28.06.2027
    ::Byggherre: Eirik Haugland (sign.)        Totalentreprenør: Jon Vik Brattli (sign.)
    """,
)

# ================================================================ 11 subcontract, nb, md, uncapped, no law clause
contract(
    file="11_underentreprisekontrakt_hustadvika.md", language="nb", contract_type="construction",
    parties=[("Hustadvika Entreprenør AS", "979754329", "Hovedentreprenør"), ("Nordvik Automasjon AS", "926018159", "Underentreprenør")],
    signed_date="2027-09-01", effective_date="2027-09-01",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law=None, value=(3275000, "NOK"),
    accept={"expiration_date": ["2028-02-15"], "auto_renewal": [False]},
    note="subcontract (UE), back-to-back payment, unlimited liability, customer non-solicitation, no choice of law",
    body="""
    # Underentreprisekontrakt

    :: **Prosjekt:** Ny fôrlinje, Elnesvågen settefiskanlegg
    :: **Kontrakt nr.:** HE-1187-UE07

    ## Parter

    | Rolle | Firma | Org.nr. |
    | HE (hovedentreprenør) | Hustadvika Entreprenør AS | 979 754 329 |
    | UE (underentreprenør) | Nordvik Automasjon AS | 926 018 159 |

    ## Omfang

    UE skal levere og montere styringssystem, tavler, feltinstrumentering og programmering for fôrlinjen, samt delta i idriftsettelse, jf. HEs forespørsel med tilhørende beskrivelse. NS 8415 gjelder som kontraktsbestemmelser med de endringer som følger nedenfor.

    ## Vederlag

    {?price_restrictions} Kontraktssum: kr 3 275 000,- eks. mva. Prisene er faste og ikke gjenstand for indeksregulering.

    {payment_terms} UE fakturerer månedlig etter fremdrift. Betaling skjer 60 dager etter mottatt faktura, og likevel ikke før HE har mottatt betaling fra byggherren for de aktuelle arbeidene.

    ## Fremdrift

    Oppstart 1. september 2027. UEs arbeider skal være ferdigstilt og klare for overtakelse 15.02.2028.

    {liquidated_damages} Ved forsinkelse betaler UE dagmulkt på kr 8 000,- per kalenderdag. Dagmulkten er ikke begrenset.

    ## Ansvar og forsikring

    {uncapped_liability} UE er ansvarlig for ethvert direkte og indirekte tap HE, byggherren eller tredjemann lider som følge av UEs arbeider, uten beløpsbegrensning. UE skal holde HE skadesløs for krav fra byggherren som skyldes UEs forhold.

    {insurance} UE skal ha ansvarsforsikring med forsikringssum minst kr 20 000 000,- og fremlegge forsikringsbevis før oppstart.

    ## Overdragelse

    {anti_assignment} UE kan ikke overdra kontrakten eller sette bort arbeid til annen underentreprenør uten HEs skriftlige samtykke.

    ## Kundeforhold

    {no_solicit_of_customers} UE skal i prosjektperioden og 12 måneder etter overtakelse ikke gi tilbud direkte til byggherren på arbeider innenfor prosjektet uten HEs samtykke.

    ## Tvister

    {dispute_resolution} Uenighet søkes løst i byggemøte. Hvis partene ikke blir enige, avgjøres tvisten ved Nordmøre og Romsdal tingrett.

    ## Underskrift

    Elnesvågen, 1. september 2027

    :: For HE: Arnt Ove Gjendem, prosjektleder
    :: For UE: Eirik Haugland, daglig leder
    """,
)

# ================================================================ 12 NDA, en, txt, US Delaware
contract(
    file="12_mutual_nda_kestrel.txt", language="en", contract_type="nda",
    parties=[("Kestrel Dynamics, Inc.", None, None), ("Nordvik Automasjon AS", "926018159", None)],
    signed_date="2027-10-06", effective_date="2027-10-04",
    expiration_date=term_end("2027-10-04", 24), auto_renewal=False, renewal_term_months=None,
    notice_period_days=30, notice_deadline=deadline_days(term_end("2027-10-04", 24), 30),
    governing_law="US-DE", value=None,
    accept={"notice_deadline": [deadline_calendar(term_end("2027-10-04", 24), 1)]},
    note="US-style mutual NDA; effective 'as of' date differs from last signature; covenant not to contest IP",
    wrap=92,
    body="""
    # MUTUAL NONDISCLOSURE AGREEMENT

    This Mutual Nondisclosure Agreement (this "Agreement") is entered into as of October 4, 2027 (the "Effective Date") by and between Kestrel Dynamics, Inc., a Delaware corporation with offices at 901 Congress Avenue, Austin, Texas 78701 ("Kestrel"), and Nordvik Automasjon AS, a Norwegian company (reg. no. 926018159) ("Nordvik"). Each is a "Party".

    ## 1. Purpose.

    {confidentiality} The Parties wish to evaluate a potential supply of Kestrel motion controllers for integration in Nordvik's robot cells (the "Purpose"). Each Party ("Recipient") shall hold the other Party's ("Discloser") Confidential Information in strict confidence, use it solely for the Purpose, and protect it with at least reasonable care. Confidential Information does not include information that is public through no fault of Recipient, was known to Recipient without restriction, or is independently developed.

    ## 2. No license; no challenge.

    {covenant_not_to_sue} Nothing in this Agreement grants Recipient any license under any patent, copyright or trade secret of Discloser. Recipient shall not challenge, or assist others in challenging, the validity or ownership of any patent of Discloser on the basis of Confidential Information received hereunder.

    ## 3. Term.

    This Agreement remains in effect for two (2) years from the Effective Date.

    {termination_for_convenience} Either Party may terminate this Agreement earlier upon thirty (30) days' prior written notice. Obligations with respect to Confidential Information disclosed before expiration or termination survive for three (3) years thereafter.

    ## 4. Non-solicitation.

    {no_solicit_of_employees} During the term and for twelve (12) months thereafter, neither Party shall directly solicit for employment any employee of the other Party with whom it had contact in connection with the Purpose.

    ## 5. Governing law.

    {governing_law, dispute_resolution} This Agreement shall be governed by the laws of the State of Delaware, without reference to its conflicts of law principles. Any action shall be brought exclusively in the state or federal courts located in Wilmington, Delaware.

    ## 6. Miscellaneous.

    This Agreement is the entire agreement of the Parties regarding its subject matter and may be signed in counterparts, including by electronic signature.

    :: KESTREL DYNAMICS, INC.                 NORDVIK AUTOMASJON AS
    :: By: /s/ Dana Whitcombe                  By: /s/ Eirik Haugland
    :: Title: General Counsel                  Title: CEO
    :: Date: Oct 4, 2027                       Date: 6 October 2027
    """,
)

# ================================================================ 13 lease, nb, txt, private landlord, indefinite
contract(
    file="13_leiekontrakt_lager_flo.txt", language="nb", contract_type="lease",
    parties=[("Gunnar Flø", None, "Utleier"), ("Nordvik Automasjon AS", "926018159", "Leietaker")],
    signed_date="2027-02-22", effective_date="2027-03-01",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=90, notice_deadline=None, governing_law=None, value=(174000, "NOK"),
    accept={"value": [(14500, "NOK")]},
    note="indefinite lease, 3 months' notice from end of month; private landlord without org number",
    wrap=72,
    body="""
    # Leiekontrakt – lagerlokale

    :: Utleier: Gunnar Flø, Flø, 6090 Fosnavåg, tlf. 913 44 208
    :: Leietaker: Nordvik Automasjon AS, org.nr 926018159, kontaktperson Hallvard Remøy

    Leieobjekt: Kaldlager/garasje ca. 180 m² med port og strøm, adresse Fløvegen 112, 6090 Fosnavåg. Lokalet leies ut som lager for utstyr og reservedeler. Det er ikke tillatt å bo eller drive verksted i lokalet.

    Leietid: Leieforholdet starter 01.03.2027 og løper inntil det blir sagt opp.

    {termination_for_convenience, ?notice_period_to_terminate_renewal} Oppsigelse: Begge parter kan si opp kontrakten med tre (3) måneders varsel, regnet fra utgangen av den måneden oppsigelsen kommer fram. Oppsigelsen skal være skriftlig; e-post er godt nok.

    {payment_terms} Leie: kr 14 500 per måned, dvs. kr 174 000 per år. Leien er fritatt for mva. Leien betales forskuddsvis innen den 5. hver måned til konto 3910 22 84071. Strøm faktureres etter måler hvert halvår.

    {price_adjustment} Leien kan reguleres én gang i året etter endringen i konsumprisindeksen, første gang 01.03.2028.

    Depositum: kr 43 500 settes inn på egen depositumskonto.

    {anti_assignment} Leietaker kan ikke framleie lokalet eller la andre bruke det uten skriftlig samtykke fra utleier.

    Utleier har ansvar for tak, vegger og port. Leietaker holder lokalet ryddig og tar selv ansvar for sikring av egne varer.

    Sted og dato:

    :: Fosnavåg 20.02.2027   Gunnar Flø (sign.)
    :: Ålesund 22.02.2027    Nordvik Automasjon AS, Hallvard Remøy (sign.)
    """,
)

# ================================================================ 14 service, nb, pdf, canteen, auto-renewal from end of month
contract(
    file="14_kantineavtale_smak_av_sunnmore.pdf", language="nb", contract_type="service",
    parties=[("Smak av Sunnmøre AS", "991186255", "Leverandør"), ("Nordvik Automasjon AS", "926018159", "Kunde")],
    signed_date="2026-11-24", effective_date="2027-01-01",
    expiration_date="2028-12-31", auto_renewal=True, renewal_term_months=12,
    notice_period_days=90, notice_deadline=deadline_end_of_month("2028-12-31", 3),
    governing_law="NO", value=(456000, "NOK"),
    accept={"value": [(38000, "NOK"), (912000, "NOK")]},
    note="fixed 2 years, then 1-year auto-renewals; 3 months' notice counted from end of month",
    css="municipal", header="Smak av Sunnmøre AS – Bedriftskantiner", footer="Avtale K-2026-44",
    body="""
    # Avtale om drift av bedriftskantine

    Avtalenummer K-2026-44

    ## Parter

    Leverandør: Smak av Sunnmøre AS (org.nr. 991 186 255), Langelandsvegen 17, 6010 Ålesund.
    Kunde: Nordvik Automasjon AS (org.nr. 926 018 159), Breivika Industrivei 14, 6018 Ålesund.

    ## Tjenesten

    Leverandøren drifter kantinen i Kundens lokaler i Breivika med frokost og varm lunsj hver virkedag for inntil 90 personer, samt møtemat etter bestilling.

    {exclusivity} Leverandøren har enerett på servering av mat i Kundens lokaler i avtaleperioden. Kunden kan likevel bestille mat fra andre til særskilte arrangementer med mer enn 150 deltakere.

    ## Avtaleperiode, fornyelse og oppsigelse

    Avtalen gjelder fra 1. januar 2027 til og med 31. desember 2028.

    {renewal_term, notice_period_to_terminate_renewal} Avtalen fornyes deretter automatisk for ett år av gangen, med mindre en av partene sier den opp med tre måneders skriftlig varsel regnet fra utgangen av måneden.

    ## Vederlag

    Kunden betaler et fast driftstilskudd på NOK 38 000 per måned eks. mva., til sammen NOK 456 000 per år. Salg til ansatte går til Leverandøren.

    {payment_terms} Leverandøren fakturerer tilskuddet månedlig forskuddsvis. Forfall 20 dager.

    {price_adjustment} Tilskuddet reguleres hvert år 1. januar med 80 % av endringen i konsumprisindeksens delindeks for matvarer og alkoholfrie drikkevarer.

    ## Forsikring

    {insurance} Leverandøren skal ha ansvarsforsikring som dekker skade på person og eiendom som følge av driften, herunder matforgiftning.

    ## Mislighold

    {termination_for_cause} Ved vesentlig mislighold, herunder gjentatte avvik ved Mattilsynets tilsyn, kan Kunden heve avtalen med 30 dagers varsel.

    ## Lovvalg og tvister

    {governing_law, dispute_resolution} Avtalen er underlagt norsk rett. Tvister som ikke løses ved forhandlinger, avgjøres ved Møre og Romsdal tingrett.

    ## Signatur

    |Ålesund, 20.11.2026|Ålesund, 24.11.2026|
    |Smak av Sunnmøre AS|Nordvik Automasjon AS|
    |Randi Hjelle, daglig leder|Eirik Haugland, daglig leder|
    """,
)

# ================================================================ 15 distribution, mixed nb/en, docx, 2-column table
contract(
    file="15_forhandleravtale_distribution_ferrosense.docx", language="en", contract_type="other",
    parties=[("Ferrosense AB", "556871-4032", "Supplier"), ("Nordvik Automasjon AS", "926018159", "Distributor")],
    signed_date="2027-11-18", effective_date="2028-01-01",
    expiration_date=term_end("2028-01-01", 36), auto_renewal=True, renewal_term_months=24,
    notice_period_days=180, notice_deadline=deadline_calendar(term_end("2028-01-01", 36), 6),
    governing_law="SE", value=None,
    accept={"language": ["nb"], "contract_type": ["framework", "purchase"],
            "notice_deadline": [deadline_days(term_end("2028-01-01", 36), 180)],
            "value": [(1200000, "SEK"), (3600000, "SEK")]},
    note="bilingual side-by-side (nb | en); exclusive distribution; Swedish law; 2-year auto-renewals",
    header="Ferrosense AB – Forhandleravtale / Distribution Agreement", footer="FS-DIST-NO-2027",
    docx_plain_headings=True,
    body="""
    # FORHANDLERAVTALE / DISTRIBUTION AGREEMENT

    |Norsk tekst|English text|
    |Mellom Ferrosense AB, org.nr. 556871-4032, Göteborg, Sverige («Leverandøren») og Nordvik Automasjon AS, org.nr. 926 018 159, Ålesund («Forhandleren»).|Between Ferrosense AB, reg. no. 556871-4032, Gothenburg, Sweden (the "Supplier") and Nordvik Automasjon AS, reg. no. 926 018 159, Ålesund (the "Distributor").|
    |Ved motstrid gjelder den engelske teksten.|In case of conflict the English text prevails.|

    {exclusivity} |1. Enerett. Leverandøren utnevner Forhandleren som eneforhandler av Ferrosense magnetiske sensorer i Norge. Leverandøren skal ikke selge produktene til kunder i Norge direkte eller gjennom andre.|1. Exclusivity. The Supplier appoints the Distributor as exclusive distributor of Ferrosense magnetic sensors in Norway. The Supplier shall not sell the products to customers in Norway directly or through others.|

    {minimum_commitment} |2. Minstekjøp. Forhandleren skal kjøpe produkter for minst SEK 1 200 000 per kalenderår. Oppnås ikke minstekjøpet, kan Leverandøren gjøre eneretten om til en ikke-eksklusiv rett.|2. Minimum purchase. The Distributor shall purchase products for at least SEK 1,200,000 per calendar year. If the minimum is not met, the Supplier may convert the exclusivity into a non-exclusive right.|

    {non_compete, competitive_restriction_exception} |3. Konkurrerende produkter. Forhandleren skal i avtaleperioden ikke markedsføre eller selge produkter som konkurrerer med Ferrosense-produktene. Forbudet gjelder ikke induktive nærhetsbrytere, som Leverandøren ikke fører.|3. Competing products. During the term the Distributor shall not market or sell products that compete with the Ferrosense products. This restriction does not apply to inductive proximity switches, which the Supplier does not offer.|

    {payment_terms, price_adjustment} |4. Priser og betaling. Forhandleren kjøper etter Leverandørens gjeldende forhandlerprisliste med 32 % rabatt. Prislisten kan endres med 60 dagers varsel. Betaling 45 dager netto.|4. Prices and payment. The Distributor buys at the Supplier's current dealer price list less 32 %. The price list may be changed on 60 days' notice. Payment 45 days net.|

    {renewal_term, notice_period_to_terminate_renewal} |5. Varighet. Avtalen gjelder i tre år fra 1. januar 2028. Deretter forlenges den automatisk med to år om gangen, med mindre den sies opp skriftlig med seks måneders varsel før utløpet av en avtaleperiode.|5. Term. This agreement runs for three years from 1 January 2028. Thereafter it is automatically extended by two years at a time unless terminated in writing with six months' notice before the end of a contract period.|

    {cap_on_liability} |6. Ansvar. Partenes ansvar er begrenset til verdien av Forhandlerens innkjøp de siste tolv måneder. Ingen av partene svarer for indirekte tap.|6. Liability. Each party's liability is limited to the value of the Distributor's purchases in the last twelve months. Neither party is liable for indirect loss.|

    {confidentiality} |7. Konfidensialitet. Partene skal holde avtalens innhold og mottatt forretningsinformasjon hemmelig.|7. Confidentiality. The parties shall keep the content of this agreement and business information received confidential.|

    {governing_law, dispute_resolution} |8. Lovvalg og tvister. Avtalen reguleres av svensk rett. Tvister avgjøres ved voldgift etter reglene til Stockholms Handelskammares Skiljedomsinstitut (SCC), med sete i Stockholm.|8. Governing law and disputes. This agreement is governed by Swedish law. Disputes are finally settled by arbitration under the rules of the Arbitration Institute of the Stockholm Chamber of Commerce (SCC), seated in Stockholm.|

    |Göteborg 12.11.2027 – Ferrosense AB, Lena Åkesson, VD|Ålesund 18.11.2027 – Nordvik Automasjon AS, Eirik Haugland, daglig leder|
    """,
)

# ================================================================ 16 DPA, en, md, Dutch processor, uncapped
contract(
    file="16_data_processing_agreement_cloudrift.md", language="en", contract_type="data_processing",
    parties=[("Nordvik Automasjon AS", "926018159", "Controller"), ("Cloudrift Analytics B.V.", "74839201", "Processor")],
    signed_date="2027-02-15", effective_date="2027-02-15",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="NL", value=None,
    note="DPA coterminous with main agreement; liability carved out of cap (uncapped); Dutch law; data subjects as third-party beneficiaries",
    body="""
    # Data Processing Agreement

    :: **Controller:** Nordvik Automasjon AS, Breivika Industrivei 14, 6018 Ålesund, Norway, organisation number 926018159
    :: **Processor:** Cloudrift Analytics B.V., Keizersgracht 221, 1016 DV Amsterdam, the Netherlands, KvK number 74839201

    This DPA supplements the Cloudrift Platform Subscription Agreement between the parties (the "Main Agreement") and takes effect on the date on which it has been signed by both parties.

    ## 1 Subject matter

    {data_processing} Processor processes personal data of Controller's employees and of contact persons at Controller's customers (names, e-mail addresses, telephone numbers, machine-operator log-ins and usage logs) solely to provide the predictive-maintenance analytics service, and only on documented instructions from Controller, including with regard to transfers to third countries.

    ## 2 Confidentiality and security

    {confidentiality} Processor ensures that persons authorised to process the personal data have committed themselves to confidentiality. Processor implements the measures listed in Annex II (encryption at rest and in transit, role-based access, ISO 27001-certified hosting in the EEA).

    ## 3 Sub-processors

    Controller gives general authorisation to the sub-processors listed in Annex III. Processor informs Controller of intended changes at least 30 days in advance; Controller may object on reasonable grounds.

    ## 4 Audits

    {audit_rights} Processor makes available all information necessary to demonstrate compliance and allows for and contributes to audits, including inspections, conducted by Controller or an auditor mandated by Controller, at most once every 12 months unless a personal data breach has occurred.

    ## 5 Return and deletion

    {?post_termination_services} Upon termination of the Main Agreement, Processor shall at Controller's choice return all personal data in CSV format and delete existing copies within 30 days, and certify the deletion in writing.

    ## 6 Liability

    {uncapped_liability} The limitations and exclusions of liability in the Main Agreement do not apply to Processor's liability for breach of this DPA or of the GDPR, which shall be unlimited.

    ## 7 Data subjects

    {third_party_beneficiary} Data subjects may invoke and enforce sections 1, 2 and 5 of this DPA against Processor as third-party beneficiaries.

    ## 8 Term

    This DPA remains in force for as long as Processor processes personal data on behalf of Controller under the Main Agreement.

    ## 9 Law and forum

    {governing_law, dispute_resolution} This DPA is governed by the laws of the Netherlands. The competent court in Amsterdam has exclusive jurisdiction.

    :: Signed electronically (Scrive) on 15 February 2027:
    :: Controller – Line Brunstad, HR & Compliance Manager
    :: Processor – Joost van Dalen, Chief Operating Officer
    """,
)

# ================================================================ 17 sponsorship, nb, txt, other
contract(
    file="17_sponsoravtale_spjelkavik_handball.txt", language="nb", contract_type="other",
    parties=[("Spjelkavik Håndballklubb", "876018950", "Klubben"), ("Nordvik Automasjon AS", "926018159", "Sponsor")],
    signed_date="2027-06-03", effective_date="2027-08-01",
    expiration_date="2029-07-31", auto_renewal=False, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law=None, value=(300000, "NOK"),
    accept={"value": [(150000, "NOK")]},
    note="sponsorship for two seasons; logo licence; non-disparagement; no choice of law",
    body="""
    SPONSORAVTALE

    :: mellom Spjelkavik Håndballklubb (org.nr. 876 018 950), heretter kalt Klubben,
    :: og Nordvik Automasjon AS (org.nr. 926 018 159), heretter kalt Sponsor.

    Avtalen gjelder for sesongene 2027/2028 og 2028/2029, det vil si fra 1. august 2027 til 31. juli 2029. Partene skal innen 1. mars 2029 ha et møte om eventuell videreføring.

    HVA SPONSOR FÅR

    :: - Logo på brystet av draktene til A-laget (herrer og damer).
    :: - Logo på vant i Spjelkavikhallen og på klubbens nettside.
    :: - 20 sesongkort og en bedriftskveld med A-laget per sesong.

    {license_grant} Klubben gir Sponsor rett til å bruke klubbens navn og logo i egen markedsføring i avtaleperioden, i tråd med klubbens profilhåndbok.

    {exclusivity} Klubben skal ikke inngå sponsoravtaler med andre selskaper innen industriell automasjon, robotikk eller elektroinstallasjon i avtaleperioden.

    HVA KLUBBEN FÅR

    {payment_terms} Sponsor betaler kr 150 000 per sesong, til sammen kr 300 000. Beløpet faktureres med halvparten 1. september og halvparten 1. februar hver sesong, 14 dagers betalingsfrist.

    OMDØMME

    {non_disparagement} Partene skal ikke uttale seg nedsettende om hverandre offentlig. Dersom spillere eller trenere opptrer på en måte som kan skade Sponsors omdømme, skal Klubben ta dette opp med Sponsor.

    BRUDD

    {termination_for_cause} Dersom en av partene vesentlig misligholder avtalen, kan den andre parten si opp avtalen med umiddelbar virkning. Allerede innbetalt beløp for inneværende sesong tilbakebetales forholdsmessig.

    {?dispute_resolution} Uenighet skal først forsøkes løst gjennom dialog mellom klubbens styreleder og Sponsors daglige leder.

    :: Spjelkavik, 1. juni 2027 – Tone Myklebust, styreleder
    :: Ålesund, 3. juni 2027 – Eirik Haugland, daglig leder
    """,
)

# ================================================================ 18 framework, en, pdf, Norwegian client in English, clean
contract(
    file="18_framework_agreement_havbris.pdf", language="en", contract_type="framework",
    parties=[("Havbris Energy AS", "959797110", "Company"), ("Nordvik Automasjon AS", "926018159", "Contractor")],
    signed_date="2027-02-12", effective_date="2027-03-01",
    expiration_date=term_end("2027-03-01", 24), auto_renewal=False, renewal_term_months=None,
    notice_period_days=90, notice_deadline=deadline_days(term_end("2027-03-01", 24), 90),
    governing_law="NO", value=(6000000, "NOK"),
    accept={"renewal_term_months": [12], "notice_deadline": [deadline_calendar(term_end("2027-03-01", 24), 3)]},
    note="call-off framework; 2 years + Company's 1+1 option; 90 days' termination for convenience; expected to raise no risk",
    css="sans", header="HAVBRIS ENERGY AS  ·  Framework Agreement HB-FA-0092", lang_footer="en", footer="Company Confidential",
    body="""
    # FRAMEWORK AGREEMENT FOR ENGINEERING AND AUTOMATION SERVICES

    Agreement no. HB-FA-0092

    ## 1 Parties

    | Company | Havbris Energy AS, org. no. 959 797 110, Strandkaien 18, 5013 Bergen |
    | Contractor | Nordvik Automasjon AS, org. no. 926 018 159, Breivika Industrivei 14, 6018 Ålesund |

    ## 2 Scope

    The Contractor shall, upon call-off orders issued by the Company, provide engineering, programming and commissioning services for control systems at the Company's onshore power and hydrogen facilities. The estimated value of call-offs during the initial term is NOK 6,000,000 excluding VAT. The estimate does not bind the Company.

    ## 3 Duration

    3.1 This Agreement enters into force on 1 March 2027 and has an initial term of two (2) years.

    3.2 The Company has the option to extend the Agreement on the same terms for one (1) year plus one (1) year. The option is exercised by written notice no later than one month before expiry.

    {termination_for_convenience} 3.3 The Company may terminate this Agreement at its convenience by giving the Contractor ninety (90) days' written notice. Call-offs issued before the notice remain in force unless otherwise agreed.

    {termination_for_cause} 3.4 Either party may terminate this Agreement with immediate effect if the other party is in material breach and fails to remedy the breach within fifteen (15) days of written notice.

    ## 4 Rates and payment

    {price_adjustment} 4.1 Hourly rates are set out in Appendix B and are adjusted on 1 January each year by the change in Statistics Norway's wage index for technical consultancy.

    {payment_terms} 4.2 The Contractor invoices monthly. Payment is due thirty (30) days after receipt of a correct invoice.

    ## 5 Warranty

    {warranty_duration} The Contractor warrants its work for twelve (12) months after completion of each call-off and shall remedy defects notified within that period at its own cost.

    ## 6 Liability and insurance

    {cap_on_liability} 6.1 The Contractor's total liability per call-off is limited to fifty per cent (50 %) of the value of the call-off, and in aggregate under this Agreement to NOK 3,000,000. The limitation does not apply in case of gross negligence or wilful misconduct.

    {insurance} 6.2 The Contractor shall maintain general liability insurance of at least NOK 10,000,000 per occurrence.

    ## 7 Intellectual property

    {ip_ownership_assignment} All results, documentation and source code produced for the Company under a call-off become the Company's property upon payment.

    ## 8 Confidentiality and audit

    {confidentiality} 8.1 Each party shall keep confidential all information received from the other party, during the term and for five (5) years thereafter.

    {audit_rights} 8.2 The Company may audit the Contractor's records relating to hours invoiced under this Agreement on fourteen (14) days' notice.

    ## 9 Assignment; force majeure

    {anti_assignment} 9.1 The Contractor may not assign this Agreement without the Company's prior written consent.

    {force_majeure} 9.2 Neither party is liable for failure to perform caused by force majeure as defined in Norwegian law.

    ## 10 Governing law and disputes

    {governing_law, dispute_resolution} This Agreement is governed by Norwegian law. Disputes that are not resolved by negotiation shall be settled by the ordinary courts, with Bergen District Court (Bergen tingrett) as agreed venue.

    :: Bergen, 10 February 2027 – for Havbris Energy AS: Solveig Brekke, SVP Operations
    :: Ålesund, 12 February 2027 – for Nordvik Automasjon AS: Eirik Haugland, CEO
    """,
)

# ================================================================ 19 one-way NDA, nb, SCANNED
contract(
    file="19_taushetserklaering_liavag_skannet.pdf", scan=True, language="nb", contract_type="nda",
    parties=[("Liavåg Konsult AS", "950752912", "Mottaker"), ("Nordvik Automasjon AS", "926018159", "Avgiver")],
    signed_date="2027-04-07", effective_date="2027-04-07",
    expiration_date=term_end("2027-04-07", 60), auto_renewal=False, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="NO", value=None,
    accept={"expiration_date": [None, "2032-04-07"]},
    note="scanned one-page one-way NDA; duty lasts five years from signing",
    css="serif",
    body="""
    # TAUSHETSERKLÆRING

    Undertegnede Liavåg Konsult AS, org.nr. 950 752 912, Notenesgata 4, 6002 Ålesund (heretter «Mottaker»), skal bistå Nordvik Automasjon AS, org.nr. 926 018 159 (heretter «Nordvik»), med en gjennomgang av Nordviks kalkyle- og anbudsprosesser.

    {confidentiality} Mottaker forplikter seg til å bevare taushet om alle opplysninger om Nordviks kunder, priser, kalkyler, tilbud og tekniske løsninger som Mottaker får kjennskap til i oppdraget, og til ikke å bruke slike opplysninger til annet enn oppdraget. Plikten omfatter også Mottakers ansatte og eventuelle underleverandører.

    Taushetsplikten gjelder i fem år fra signering av denne erklæringen. Ved oppdragets slutt skal alt materiale fra Nordvik leveres tilbake eller slettes.

    {governing_law, dispute_resolution} Erklæringen reguleres av norsk rett. Eventuelle tvister avgjøres ved Møre og Romsdal tingrett.

    :: Ålesund, 7. april 2027
    :: For Liavåg Konsult AS: Kjetil Liavåg, daglig leder (sign.)
    :: Mottatt for Nordvik Automasjon AS: Eirik Haugland (sign.)
    """,
)

# ================================================================ 20 purchase, en, SCANNED, Finnish supplier
contract(
    file="20_purchase_agreement_tennholt_scanned.pdf", scan=True, language="en", contract_type="purchase",
    parties=[("Tennholt Robotics Oy", "2987654-1", "Seller"), ("Nordvik Automasjon AS", "926018159", "Buyer")],
    signed_date="2027-03-22", effective_date="2027-03-22",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=None, notice_deadline=None, governing_law="FI", value=(212400, "EUR"),
    accept={"auto_renewal": [False]},
    note="scanned 1-2 page purchase of four robot arms; Finnish law; weekly liquidated damages",
    css="sans", lang_footer="en", footer="Tennholt Robotics Oy – PA 27-0093",
    body="""
    # PURCHASE AGREEMENT No. PA 27-0093

    :: Seller: Tennholt Robotics Oy, Business ID 2987654-1, Hatanpään valtatie 34, 33100 Tampere, Finland
    :: Buyer: Nordvik Automasjon AS, org. no. 926 018 159, Breivika Industrivei 14, 6018 Ålesund, Norway

    ## 1. Goods

    Four (4) TR-1400 six-axis industrial robot arms with controllers, teach pendants and safety packages, as specified in Seller's quotation Q-27-118 dated 1 March 2027.

    ## 2. Price

    | Item | Qty | Unit price EUR | Total EUR |
    | TR-1400 robot arm with controller | 4 | 49,800.00 | 199,200.00 |
    | Safety package SP-2 | 4 | 2,550.00 | 10,200.00 |
    | Freight DAP Ålesund | 1 | 3,000.00 | 3,000.00 |
    | Total contract price (excl. VAT) | | | 212,400.00 |

    {payment_terms} Payment: 40 % on signing, 60 % within 30 days of delivery. Delivery: week 26/2027, DAP Ålesund (Incoterms 2020).

    ## 3. Delay

    {liquidated_damages} If delivery is delayed for reasons attributable to Seller, Seller shall pay liquidated damages of 0.5 % of the price of the delayed goods for each full week of delay, up to a maximum of 5 %.

    ## 4. Warranty

    {warranty_duration} Seller warrants the goods against defects in design, material and workmanship for 24 months from delivery.

    ## 5. Liability

    {cap_on_liability} Seller's total liability under this agreement shall not exceed 15 % of the total contract price. Neither party shall be liable for loss of production or profit.

    ## 6. Force majeure

    {force_majeure} Neither party is liable for delay caused by war, strikes, epidemics, governmental action or other circumstances beyond its control.

    ## 7. Law and disputes

    {governing_law, dispute_resolution} This agreement is governed by the laws of Finland. Disputes shall be finally settled by arbitration in Helsinki under the Arbitration Rules of the Finland Chamber of Commerce.

    :: Tampere, 18 March 2027 – Tennholt Robotics Oy, Mikko Salonen, Sales Director
    :: Ålesund, 22 March 2027 – Nordvik Automasjon AS, Eirik Haugland, CEO
    """,
)

# ================================================================ 21 IT managed services, nb, docx, long auto-renewal
contract(
    file="21_driftsavtale_it_blakveite.docx", language="nb", contract_type="service",
    parties=[("Blåkveite IT AS", "903423668", "Leverandøren"), ("Nordvik Automasjon AS", "926018159", "Kunden")],
    signed_date="2027-05-14", effective_date="2027-06-01",
    expiration_date=term_end("2027-06-01", 36), auto_renewal=True, renewal_term_months=24,
    notice_period_days=180, notice_deadline=deadline_calendar(term_end("2027-06-01", 36), 6),
    governing_law="NO", value=(750000, "NOK"),
    accept={"notice_deadline": [deadline_days(term_end("2027-06-01", 36), 180)],
            "value": [(62500, "NOK"), (2250000, "NOK")]},
    note="SSA-D-like operations agreement; 36 months then 24-month auto-renewals; 6 months' notice; service credits",
    header="SSA-D Driftsavtalen – Generell avtaletekst (tilpasset)", footer="Blåkveite IT AS · Avtale D-2027-019",
    body="""
    # Driftsavtale – IT-drift og brukerstøtte

    ## Kapittel 1 Avtalens parter og formål

    Denne avtalen er inngått mellom Blåkveite IT AS, org.nr. 903 423 668 (heretter kalt «Leverandøren»), og Nordvik Automasjon AS, org.nr. 926 018 159 (heretter kalt «Kunden»).

    Avtalen gjelder Leverandørens drift av Kundens servere, nettverk, Microsoft 365-miljø og arbeidsstasjoner (ca. 95 brukere), samt brukerstøtte på telefon og e-post hverdager 07.30–17.00.

    ## Kapittel 2 Varighet, fornyelse og oppsigelse

    {renewal_term, notice_period_to_terminate_renewal} 2.1 Avtalen gjelder fra 1. juni 2027 og løper i 36 måneder. Avtalen fornyes deretter automatisk med 24 måneder om gangen dersom den ikke er sagt opp skriftlig senest seks måneder før utløpet av gjeldende avtaleperiode.

    {change_of_control} 2.2 Kunden kan si opp avtalen med 30 dagers varsel dersom kontrollen over Leverandøren overføres til en konkurrent av Kunden eller til et selskap utenfor EØS.

    {termination_for_cause} 2.3 Ved vesentlig mislighold kan den annen part heve avtalen, dersom misligholdet ikke er rettet innen 30 dager etter skriftlig varsel.

    ## Kapittel 3 Vederlag

    Månedlig driftsvederlag er NOK 62 500 eks. mva., som gir et årlig vederlag på NOK 750 000 eks. mva. Timer utover avtalt omfang faktureres etter timepris i bilag 7.

    {payment_terms} 3.1 Vederlaget faktureres kvartalsvis forskuddsvis med 30 dagers betalingsfrist.

    {price_adjustment} 3.2 Leverandøren kan endre vederlaget én gang per år med virkning fra 1. januar, tilsvarende endringen i SSBs konsumprisindeks.

    ## Kapittel 4 Tjenestenivå

    {?liquidated_damages} Oppetid for kritiske systemer skal være minst 99,5 % per måned. Ved lavere oppetid har Kunden krav på standardisert kompensasjon (tjenestenivåkompensasjon) på 5 % av månedsvederlaget per påbegynt halve prosentpoeng, begrenset til 25 % av månedsvederlaget.

    ## Kapittel 5 Sikkerhet, personopplysninger og konfidensialitet

    {data_processing} 5.1 Leverandøren behandler personopplysninger på vegne av Kunden. Partene inngår databehandleravtale etter bilag 8 samtidig med denne avtalen.

    {confidentiality} 5.2 Partene plikter å bevare taushet om den annen parts forretningshemmeligheter og andre opplysninger de får kjennskap til gjennom avtalen.

    {audit_rights} 5.3 Kunden kan én gang per år, for egen regning, gjennomføre sikkerhetsrevisjon hos Leverandøren, selv eller ved tredjepart.

    ## Kapittel 6 Ansatte

    {no_solicit_of_employees} Ingen av partene skal i avtaleperioden og seks måneder etter opphør ansette eller engasjere personer som har vært ansatt hos den annen part og arbeidet med avtalen, uten samtykke.

    ## Kapittel 7 Bistand ved opphør

    {post_termination_services} Ved avtalens opphør skal Leverandøren i inntil seks måneder bistå Kunden med å overføre driften til Kunden selv eller til ny leverandør, herunder utlevere dokumentasjon, passord og konfigurasjoner. Bistanden faktureres etter timepris.

    ## Kapittel 8 Ansvar

    {cap_on_liability} Samlet erstatning for direkte tap er begrenset til 100 % av vederlaget de siste 12 måneder før skadetidspunktet. Erstatning for indirekte tap kan ikke kreves. Begrensningen gjelder ikke ved grov uaktsomhet eller forsett.

    ## Kapittel 9 Overdragelse, force majeure

    {anti_assignment} 9.1 Leverandøren kan ikke overdra sine rettigheter og plikter etter avtalen uten Kundens skriftlige samtykke.

    {force_majeure} 9.2 Dersom det inntreffer en ekstraordinær situasjon utenfor partenes kontroll som gjør det umulig å oppfylle plikter etter avtalen, og som etter norsk rett må regnes som force majeure, skal motparten varsles så raskt som mulig.

    ## Kapittel 10 Tvister

    {governing_law, dispute_resolution} 10.1 Avtalen reguleres av norsk rett. Tvister skal først søkes løst ved forhandlinger og deretter ved mekling. Fører ikke mekling frem, avgjøres tvisten ved voldgift etter voldgiftsloven, med sete i Ålesund.

    ## Signaturer

    |Sted og dato|Ålesund, 12.05.2027|Ålesund, 14.05.2027|
    |Part|Blåkveite IT AS|Nordvik Automasjon AS|
    |Navn|Helge Rønneberg|Eirik Haugland|
    """,
)

# ================================================================ 22 municipality standard terms, nb, pdf
contract(
    file="22_vikfjord_kommune_vedlikehold_styringssystem.pdf", language="nb", contract_type="service",
    parties=[("Vikfjord kommune", "912768422", "Oppdragsgiver"), ("Nordvik Automasjon AS", "926018159", "Leverandør")],
    signed_date="2027-12-02", effective_date="2028-01-01",
    expiration_date="2029-12-31", auto_renewal=False, renewal_term_months=None,
    notice_period_days=90, notice_deadline=deadline_calendar("2029-12-31", 3),
    governing_law="NO", value=(1150000, "NOK"),
    accept={"renewal_term_months": [12], "notice_deadline": [deadline_days("2029-12-31", 90)]},
    note="municipality's standard terms for service purchases; option 1+1; municipality may terminate on 3 months",
    css="municipal", header="VIKFJORD KOMMUNE · Teknisk drift · Saksnr. 2027/4418", footer="Kontraktsvilkår kjøp av tjenester, rev. 2025",
    body="""
    # AVTALE OM VEDLIKEHOLD AV STYRINGSSYSTEM FOR VANNVERK

    Kommunens alminnelige kontraktsvilkår for kjøp av tjenester (avtalen er utarbeidet etter kommunens mal). Saksnr. 2027/4418.

    ## 1 Avtaleparter

    |Oppdragsgiver|Vikfjord kommune, org.nr. 912 768 422, Rådhusplassen 1, 6160 Vikfjord|Kontaktperson: Åse Grimstad, driftsleder vann og avløp|
    |Leverandør|Nordvik Automasjon AS, org.nr. 926 018 159|Kontaktperson: Hallvard Remøy, avdelingsleder service|

    ## 2 Leveransen

    Leverandøren skal utføre forebyggende vedlikehold, programvareoppdateringer og feilretting på styringssystemet (SD/SCADA) for Hovdevatnet vannbehandlingsanlegg og 14 høydebasseng og pumpestasjoner, samt ha beredskap for utrykning innen 4 timer hele døgnet.

    ## 3 Avtalens varighet

    Avtalen gjelder for perioden 01.01.2028–31.12.2029. Oppdragsgiver har opsjon på forlengelse i 1 + 1 år, på uendrede vilkår bortsett fra prisjustering.

    {termination_for_convenience} Oppdragsgiver kan si opp avtalen med tre måneders skriftlig varsel.

    ## 4 Vederlag og betaling

    Samlet vederlag for avtaleperioden er beregnet til kr 1 150 000 eks. mva., fordelt på fast årlig vedlikeholdsvederlag og beredskap. Utrykninger utover fire per år faktureres etter timepris.

    {payment_terms} Betaling skjer 30 dager etter mottatt faktura. Faktura skal sendes elektronisk i EHF-format, merket med bestillerens referanse. Betalingsfristen regnes fra mottatt korrekt faktura.

    {price_adjustment} Prisene kan justeres én gang per år, første gang 01.01.2029, med endringen i konsumprisindeksen fra oktober til oktober.

    ## 5 Lønns- og arbeidsvilkår

    {audit_rights} Leverandøren skal på forespørsel dokumentere lønns- og arbeidsvilkårene til egne ansatte og underleverandørers ansatte som utfører arbeid under avtalen. Oppdragsgiver har rett til å gjennomføre nødvendige kontroller, herunder revisjon av timelister og lønnsslipper.

    ## 6 Taushetsplikt

    {confidentiality} Leverandøren og dens ansatte har taushetsplikt etter forvaltningsloven § 13 om opplysninger de får kjennskap til gjennom oppdraget, herunder opplysninger om sikkerheten i vannforsyningen (sikkerhetsloven og drikkevannsforskriften).

    ## 7 Forsinkelse

    {liquidated_damages} Overskrides responstiden for utrykning, påløper dagmulkt på kr 2 500 for hver påbegynt time, begrenset til kr 50 000 per hendelse.

    ## 8 Forsikring

    {insurance} Leverandøren skal ha ansvarsforsikring som dekker Leverandørens ansvar etter avtalen.

    ## 9 Overdragelse

    {anti_assignment} Leverandøren kan ikke overdra avtalen til andre uten Oppdragsgivers skriftlige samtykke.

    ## 10 Force majeure

    {force_majeure} Ved force majeure suspenderes partenes plikter i den utstrekning hindringen gjør det umulig å oppfylle dem. Partene skal varsle hverandre uten ugrunnet opphold.

    ## 11 Heving

    {termination_for_cause} Ved vesentlig mislighold kan Oppdragsgiver heve avtalen med øyeblikkelig virkning.

    ## 12 Lovvalg og tvister

    {governing_law, dispute_resolution} Avtalen reguleres av norsk rett. Tvister som ikke løses ved forhandlinger, avgjøres av de ordinære domstolene. Oppdragsgivers hjemting er verneting.

    ## 13 Underskrifter

    :: Vikfjord, 29.11.2027 – for Vikfjord kommune: Bjørn Aakre, kommunalsjef teknisk (e-signert)
    :: Ålesund, 02.12.2027 – for Nordvik Automasjon AS: Hallvard Remøy (e-signert)
    """,
)

# ================================================================ 23 translated template, en (machine-ish English), txt
contract(
    file="23_agreement_of_cooperation_agent_rypdal.txt", language="en", contract_type="other",
    parties=[("Nordvik Automasjon AS", "926018159", "The company"), ("Hanne Rypdal Salg", "984656327", "The agent")],
    signed_date="2027-01-14", effective_date="2027-02-01",
    expiration_date=None, auto_renewal=None, renewal_term_months=None,
    notice_period_days=30, notice_deadline=None, governing_law="NO", value=None,
    accept={"contract_type": ["service"]},
    note="translated Norwegian template (awkward English); commission agent; indefinite, 1 month from end of month",
    wrap=84,
    body="""
    # AGREEMENT OF COOPERATION ABOUT SALES AGENCY

    § 1 The parts

    This agreement is made between Nordvik Automasjon AS, organisation number 926018159, Breivika Industrivei 14, 6018 Ålesund (in the following called "the company") and Hanne Rypdal Salg, sole proprietorship, organisation number 984 656 327, Kjøpmannsgata 50, 7010 Trondheim (in the following called "the agent").

    § 2 The assignment

    The agent shall market and sell the company's products and services for automation of production lines to customers in Trøndelag. The agent is not employed in the company and carries herself the costs of car, phone and office.

    {exclusivity} The agent has the sole right in Trøndelag. The company shall not use other agents in this district while the agreement is running.

    § 3 Commission

    {revenue_profit_sharing, payment_terms} The agent receives a commission of 8 % of the net sales value (without VAT) of every order from customers in the district that is delivered and paid. The commission is calculated every month and is paid out the 20th in the following month against invoice from the agent.

    § 4 Competing activity

    {non_compete} The agent can not represent products or services that compete with the company's products while the agreement is running and in 6 months after it is ended.

    § 5 Secrecy

    {confidentiality} The agent has duty of secrecy about prices, customers and other matters of the company that the agent gets knowledge about, also after the agreement is ended.

    § 6 Duration and termination

    The agreement is valid from 01.02.2027 and is running until it is terminated by one of the parts.

    {termination_for_convenience, ?notice_period_to_terminate_renewal} Termination notice is 1 month counted from the end of the month when the termination was given. Termination shall be written.

    {termination_for_cause} By essential breach of the agreement the other part can end the agreement with immediate effect.

    § 7 Law

    {governing_law} For this agreement Norwegian law is valid.

    Ålesund, the 14.01.2027

    :: ______________________                ______________________
    :: For the company                       The agent
    :: Eirik Haugland                        Hanne Rypdal
    """,
)

# ================================================================ 24 employment, en, md, fixed-term
contract(
    file="24_employment_contract_fixed_term_wieczorek.md", language="en", contract_type="employment",
    parties=[("Nordvik Automasjon AS", "926018159", "Employer"), ("Tomasz Wieczorek", None, "Employee")],
    signed_date="2027-06-25", effective_date="2027-08-01",
    expiration_date="2028-07-31", auto_renewal=False, renewal_term_months=None,
    notice_period_days=30, notice_deadline=deadline_calendar("2028-07-31", 1), governing_law="NO",
    value=(696000, "NOK"),
    accept={"notice_deadline": [deadline_days("2028-07-31", 30)], "value": [None, (58000, "NOK")]},
    note="temporary (project) employment in English; one month's notice; salary stated annually and monthly",
    md_h="###",
    body="""
    # Employment Contract – Temporary Position

    :: Employer: **Nordvik Automasjon AS**, org. no. 926 018 159, Breivika Industrivei 14, 6018 Ålesund
    :: Employee: **Tomasz Wieczorek**, born 2 November 1990, address Keiser Wilhelms gate 19, 6003 Ålesund

    ## Position

    Commissioning engineer, robotics. Place of work: Ålesund and customer sites in Norway and abroad.

    ## Duration

    The employment is temporary pursuant to the Working Environment Act section 14-9 (2) (a), because the work is of a temporary nature (the Hustadvika feed-line and Havbris hydrogen projects). The employment starts on 1 August 2027 and ends without notice on 31 July 2028.

    {?termination_for_convenience} Either party may terminate the employment before that date with one (1) month's notice. There is no probation period.

    ## Working hours and pay

    {?payment_terms} Normal working hours are 37.5 hours per week. The annual salary is NOK 696,000 (NOK 58,000 per month), paid on the 25th of each month. Travel days abroad are compensated according to the company's travel policy.

    ## Holidays and insurance

    {?insurance} Holidays under the Holidays Act (five weeks). The Employee is covered by the company's occupational pension scheme, occupational injury insurance and travel insurance.

    ## Confidentiality and results

    {confidentiality} The Employee shall keep confidential all information about the company and its customers that is not publicly known, during and after the employment.

    {ip_ownership_assignment} Rights to software, documentation and other results created in the employment pass to the Employer.

    ## Law

    {governing_law} This contract is governed by Norwegian law. No collective agreement applies.

    :: Place and date: Ålesund, 20 June 2027 / 25 June 2027
    :: For the Employer: Line Brunstad, HR Manager      Employee: Tomasz Wieczorek
    """,
)

# ================================================================ 25 license, nb, md, invalid org number planted
contract(
    file="25_lisensavtale_nordlink_hmi_skodje.md", language="nb", contract_type="license",
    parties=[("Nordvik Automasjon AS", "926018159", "Lisensgiver"), ("Skodje Plast AS", "822330798", "Lisenstaker")],
    signed_date="2027-09-24", effective_date="2027-10-01",
    expiration_date=term_end("2027-10-01", 12), auto_renewal=True, renewal_term_months=12,
    notice_period_days=30, notice_deadline=deadline_days(term_end("2027-10-01", 12), 30),
    governing_law="NO", value=(96000, "NOK"),
    accept={"parties.org_number.Skodje Plast AS": [None],
            "notice_deadline": [deadline_calendar(term_end("2027-10-01", 12), 1)]},
    note="PLANTED: Skodje Plast AS org number 822330798 fails MOD11 (typo); truth keeps it as written, null also accepted",
    body="""
    # Lisensavtale – NordLink HMI

    Avtalen er inngått mellom **Nordvik Automasjon AS** (org.nr. 926 018 159) som lisensgiver og **Skodje Plast AS** (org.nr. 822 330 798) som lisenstaker.

    ## 1. Programvaren

    NordLink HMI er lisensgivers operatørgrensesnitt for sprøytestøpemaskiner, med tilhørende dataloggmodul og rapportgenerator.

    ## 2. Lisens

    {license_grant, non_transferable_license, ?anti_assignment} Lisenstaker får en ikke-eksklusiv rett til å bruke programvaren i egen produksjon i Skodje. Lisensen kan ikke overdras eller fremlisensieres.

    {unlimited_license} Lisensen gjelder et ubegrenset antall brukere og maskiner på lisenstakers anlegg i Skodje.

    ## 3. Varighet

    {renewal_term, notice_period_to_terminate_renewal} Lisensen gis for 12 måneder fra 1. oktober 2027 og fornyes automatisk for 12 måneder om gangen, med mindre den sies opp skriftlig senest 30 dager før utløpet av lisensperioden.

    ## 4. Vederlag

    {payment_terms} Lisensavgiften er NOK 96 000 per år eks. mva. og faktureres årlig forskuddsvis med 14 dagers betalingsfrist.

    ## 5. Ansvar

    {cap_on_liability} Lisensgivers ansvar er begrenset til den lisensavgiften som er betalt for inneværende lisensperiode.

    ## 6. Konfidensialitet

    {confidentiality} Programvaren og dokumentasjonen er lisensgivers forretningshemmelighet og skal ikke gjøres tilgjengelig for tredjepart.

    ## 7. Lovvalg

    {governing_law, dispute_resolution} Norsk rett gjelder. Tvister avgjøres ved Møre og Romsdal tingrett.

    :: Ålesund/Skodje, 24. september 2027
    :: Nordvik Automasjon AS – Eirik Haugland
    :: Skodje Plast AS – Randi Valderhaug
    """,
)

# ================================================================ 26 joint development, en, pdf, other, clean
contract(
    file="26_joint_development_agreement_grenmar.pdf", language="en", contract_type="other",
    parties=[("Nordvik Automasjon AS", "926018159", None), ("Grenmar Materials AS", "844026854", None)],
    signed_date="2027-08-27", effective_date="2027-09-01",
    expiration_date="2028-12-31", auto_renewal=False, renewal_term_months=None,
    notice_period_days=90, notice_deadline=deadline_calendar("2028-12-31", 3), governing_law="NO", value=None,
    accept={"notice_deadline": [deadline_days("2028-12-31", 90)], "value": [(3400000, "NOK")],
            "contract_type": ["service", "license"]},
    note="JDA; joint IP, ROFN, change of control; fixed end date; expected to raise no risk",
    css="serif", lang_footer="en", footer="JDA Nordvik / Grenmar – execution copy",
    header="STRICTLY CONFIDENTIAL",
    body="""
    # JOINT DEVELOPMENT AGREEMENT

    This Joint Development Agreement is made between Nordvik Automasjon AS (organisation number 926 018 159), Ålesund, and Grenmar Materials AS (organisation number 844 026 854), Porsgrunn (each a "Party").

    ## 1. Project

    The Parties shall jointly develop an automated inline quality-inspection cell for recycled polymer granulate (the "Project"), as described in the project plan in Schedule 1. The project budget is NOK 3,400,000, and each Party bears its own costs.

    ## 2. Term

    This Agreement takes effect on 1 September 2027 and expires on 31 December 2028 unless extended in writing.

    {termination_for_convenience} Either Party may terminate this Agreement by giving three (3) months' written notice to the other Party.

    {termination_for_cause} Either Party may terminate this Agreement with immediate effect if the other Party materially breaches it and does not cure the breach within thirty (30) days of notice.

    {change_of_control} Either Party may terminate this Agreement by written notice if the other Party undergoes a change of control in favour of a competitor of the terminating Party.

    ## 3. Intellectual property

    Each Party retains ownership of its background intellectual property.

    {license_grant, ?non_transferable_license} Each Party grants the other a royalty-free, non-exclusive, non-transferable licence to use its background intellectual property solely for the Project during the term.

    {joint_ip_ownership} Results generated jointly in the Project ("Foreground IP") are owned jointly by the Parties in equal shares. Neither Party may grant exclusive licences to Foreground IP without the other's consent.

    ## 4. Commercialisation

    {rofr_rofo_rofn} Before offering the inspection cell to any third party for installation in the recycled-polymer industry, Nordvik shall first offer Grenmar the right to negotiate an exclusive supply arrangement for a period of sixty (60) days.

    ## 5. Confidentiality

    {confidentiality} Each Party shall keep the other's confidential information secret during the term and for five (5) years after.

    ## 6. Liability

    {cap_on_liability} Each Party's total liability under this Agreement is limited to NOK 1,000,000, except in the case of wilful misconduct or gross negligence.

    ## 7. Law and disputes

    {governing_law, dispute_resolution} This Agreement is governed by Norwegian law. Disputes shall be brought before Oslo District Court (Oslo tingrett).

    :: Ålesund, 25 August 2027 – Nordvik Automasjon AS: Eirik Haugland, CEO
    :: Porsgrunn, 27 August 2027 – Grenmar Materials AS: Vibeke Tollefsen, CTO
    """,
)

# ================================================================ 27 MSA, en, docx, New York law, auto-renewal
contract(
    file="27_master_services_agreement_larchmont.docx", language="en", contract_type="service",
    parties=[("Larchmont Facility Partners LLC", None, "Customer"), ("Nordvik Automasjon AS", "926018159", "Provider")],
    signed_date="2027-06-17", effective_date="2027-07-01",
    expiration_date=term_end("2027-07-01", 36), auto_renewal=True, renewal_term_months=12,
    notice_period_days=90, notice_deadline=deadline_days(term_end("2027-07-01", 36), 90),
    governing_law="US-NY", value=(1250000, "USD"),
    note="US MSA; NY law; 3 years + 1-year auto-renewals, 90 days' non-renewal notice; rates fixed 24 months",
    header="MASTER SERVICES AGREEMENT – LFP-MSA-0715", footer="Larchmont Facility Partners LLC – Confidential",
    docx_font="Arial", docx_size=10, docx_plain_headings=True,
    body="""
    # MASTER SERVICES AGREEMENT

    This Master Services Agreement ("Agreement") is effective as of July 1, 2027 (the "Effective Date") by and between Larchmont Facility Partners LLC, a Delaware limited liability company with its principal office at 350 Hudson Street, New York, NY 10014 ("Customer"), and Nordvik Automasjon AS, a Norwegian corporation, org. no. 926018159 ("Provider").

    ## ARTICLE 1 – SERVICES

    Provider shall provide commissioning, programming and remote support services for automated sorting lines at Customer's distribution centers as described in Statements of Work ("SOWs") executed under this Agreement. Total fees under all SOWs shall not exceed USD 1,250,000 without an amendment signed by both parties.

    ## ARTICLE 2 – TERM

    {renewal_term, notice_period_to_terminate_renewal} 2.1 This Agreement shall commence on the Effective Date and continue for three (3) years. Thereafter it shall renew automatically for successive one (1) year terms unless either party notifies the other in writing of its intent not to renew at least ninety (90) days prior to the expiration of the then-current term.

    {termination_for_cause} 2.2 Either party may terminate this Agreement upon written notice if the other party materially breaches it and fails to cure within thirty (30) days after receiving notice of the breach.

    ## ARTICLE 3 – FEES

    {price_restrictions} 3.1 The hourly rates in Exhibit A are fixed for the first twenty-four (24) months after the Effective Date.

    {payment_terms} 3.2 Provider shall invoice monthly; Customer shall pay undisputed amounts within forty-five (45) days of receipt.

    {audit_rights} 3.3 Customer may, upon reasonable notice and not more than once per year, audit Provider's time records supporting invoiced amounts.

    ## ARTICLE 4 – WARRANTY

    {warranty_duration} Provider warrants that the Services will be performed in a professional and workmanlike manner and will correct any non-conforming Services reported within twelve (12) months after acceptance.

    ## ARTICLE 5 – INSURANCE

    {insurance} Provider shall maintain commercial general liability insurance with limits of not less than USD 2,000,000 per occurrence and shall name Customer as additional insured.

    ## ARTICLE 6 – LIMITATION OF LIABILITY

    {cap_on_liability} EXCEPT FOR BREACH OF CONFIDENTIALITY, NEITHER PARTY'S AGGREGATE LIABILITY SHALL EXCEED THE FEES PAID UNDER THE APPLICABLE SOW IN THE TWELVE (12) MONTHS PRECEDING THE CLAIM.

    ## ARTICLE 7 – CONFIDENTIALITY; ASSIGNMENT

    {confidentiality} 7.1 Each party shall protect the other's Confidential Information with the same degree of care it uses for its own, but no less than reasonable care.

    {anti_assignment, change_of_control} 7.2 Neither party may assign this Agreement without the other's prior written consent, except that Customer may assign it to an acquirer of all or substantially all of its assets. A change of control of Provider shall be deemed an assignment.

    {force_majeure} 7.3 Neither party shall be liable for delays caused by events beyond its reasonable control, including acts of God, war, pandemic or failure of public utilities.

    ## ARTICLE 8 – GOVERNING LAW

    {governing_law, dispute_resolution} This Agreement shall be governed by the laws of the State of New York. The parties submit to the exclusive jurisdiction of the state and federal courts in New York County, New York.

    IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorized representatives.

    |LARCHMONT FACILITY PARTNERS LLC|NORDVIK AUTOMASJON AS|
    |By: Marcus Delaney|By: Eirik Haugland|
    |Title: Chief Operating Officer|Title: CEO|
    |Date: June 14, 2027|Date: June 17, 2027|
    """,
)


# ================================================================ build
FIELDS = ["language", "contract_type", "signed_date", "effective_date", "expiration_date", "auto_renewal",
          "renewal_term_months", "notice_period_days", "notice_deadline", "governing_law", "value"]


def _value(v):
    return None if v is None else {"amount": v[0], "currency": v[1]}


def build() -> list[dict]:
    DOCS.mkdir(exist_ok=True)
    for old in DOCS.iterdir():
        old.unlink()
    rows = []
    for i, c in enumerate(CONTRACTS):
        blocks = parse(c["body"])
        req, opt = clause_sets(blocks)
        path = DOCS / c["file"]
        ext = path.suffix.lower()
        if c.get("scan"):
            render_scan(c, blocks, path, seed=1000 + i)
            fmt = "pdf_scan"
        elif ext == ".txt":
            path.write_text(render_txt(c, blocks), encoding="utf-8")
            fmt = "txt"
        elif ext == ".md":
            path.write_text(render_md(c, blocks), encoding="utf-8")
            fmt = "md"
        elif ext == ".docx":
            render_docx(c, blocks, path)
            fmt = "docx"
        elif ext == ".pdf":
            render_pdf(c, blocks, path)
            fmt = "pdf_text"
        else:
            raise ValueError(ext)
        assert c["language"] in ("nb", "en") and c["contract_type"] in CONTRACT_TYPES
        for name, org, _ in c["parties"]:
            if org and re.fullmatch(r"\d{9}", org) and "PLANTED" not in c.get("note", ""):
                assert mod11_ok(org), (c["file"], name, org)
        accept = {}
        for k, vals in c.get("accept", {}).items():
            accept[k] = [_value(v) if k == "value" else v for v in vals]
        fields = {k: c[k] for k in FIELDS}
        fields["value"] = _value(c["value"])
        must, maybe = expected_risks(fields, accept, req, opt)
        row = {"source": c["file"], "format": fmt, **fields,
               "parties": [{"name": n, "org_number": o, "role": r} for n, o, r in c["parties"]],
               "clauses_present": req, "clauses_optional": opt,
               "expected_risks": must, "risks_optional": maybe,
               "accept": accept, "note": c.get("note", "")}
        rows.append(row)
    # planted invalid org number really is invalid
    assert not mod11_ok("822330798")
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (HERE / "playbook.yaml").write_text(playbook_yaml(), encoding="utf-8")
    return rows


if __name__ == "__main__":
    rows = build()
    from collections import Counter
    print(len(rows), "contracts")
    print("language", Counter(r["language"] for r in rows))
    print("type", Counter(r["contract_type"] for r in rows))
    print("format", Counter(r["format"] for r in rows))
    print("clauses", sum(len(r["clauses_present"]) for r in rows), "present,",
          sum(len(r["clauses_optional"]) for r in rows), "optional;",
          len({t for r in rows for t in r["clauses_present"]}), "distinct types")
    print("risks", sum(len(r["expected_risks"]) for r in rows), "expected,",
          sum(len(r["risks_optional"]) for r in rows), "optional",
          Counter(c for r in rows for c in r["expected_risks"]))
