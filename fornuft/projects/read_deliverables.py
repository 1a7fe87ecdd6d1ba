"""Reading the deliverables: sections, bullets, numbered and lettered lists, prose naming known
kinds of work.
"""

from __future__ import annotations

import re

from fornuft.projects.assignment import MAX_DELIVERABLES, Extraction, Part

_SECTION_HEADS = {
    "deliverables": r"leveranser|leveransar|leveranse|leveransene|deliverables|deliverable|vi ønsker|vi trenger|"
                    r"oppdraget består av|oppdraget skal omfatte|leveransen skal omfatte|det skal leveres|"
                    r"vi ber om(?: pris på| tilbud på)?|tilbudet skal omfatte|arbeidet omfatter|bestillingen omfatter|"
                    r"ønskede leveranser|scope of services|services required|required deliverables|"
                    r"the assignment includes|the work includes|we require|we request|please quote for|"
                    r"omfang av oppdraget|oppdragets omfang|beskrivelse av leveransen|"
    r"we need|we would like|oppdraget omfatter|oppdraget gjelder|omfatter|scope of work|"
    r"arbeidsomfang|bestilling|ønsket leveranse|tjenester|services|tasks|oppgaver|"
    r"dette ønsker vi|følgende|the following|what we need",
    "scope": r"omfang|scope|beskrivelse|description|bakgrunn|background|om prosjektet|about the project|prosjektet",
    "constraints": r"forutsetninger|begrensninger|constraints|krav|requirements|betingelser|conditions|"
    r"merknader|notes|viktig|important|rammebetingelser",
    "skills": r"kompetanse|kompetansekrav|fag|fagområder|disipliner|disciplines|skills|required skills|"
    r"required disciplines|nødvendig kompetanse",
    "milestones": r"milepæler|milepeler|milestones|fremdrift|fremdriftsplan|tidsplan|schedule|timeline|frister",
}
_BULLET = re.compile(r"^\s*(?:[-*•–·▪o]|\d{1,2}[.)]|[a-h][.)])\s+(.+)$")


def _sections(text: str) -> dict[str, list[str]]:
    """Bulleted or following lines under a section head, per kind."""
    out: dict[str, list[str]] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].strip().strip("#*").strip()
        kind = None
        inline = ""
        for name, heads in _SECTION_HEADS.items():
            match = re.match(rf"(?i)^(?:{heads})\b[^:\n]{{0,40}}?:\s*(.*)$", line) or re.match(
                rf"(?i)^(?:\d+\.?\s*)?(?:{heads})\s*$", line
            )
            if match:
                kind = name
                inline = match.group(1) if match.groups() else ""
                break
        if kind is None:
            i += 1
            continue
        items: list[str] = []
        if inline.strip():
            items.append(inline.strip())
        j = i + 1
        blank_run = 0
        while j < len(lines):
            raw = lines[j]
            stripped = raw.strip()
            if not stripped:
                blank_run += 1
                if blank_run >= 1 and items and (kind != "scope"):
                    # a blank line after a list ends it unless more bullets follow
                    nxt = next((x for x in lines[j + 1 : j + 3] if x.strip()), "")
                    if not _BULLET.match(nxt):
                        break
                if blank_run >= 2:
                    break
                j += 1
                continue
            blank_run = 0
            bullet = _BULLET.match(raw)
            is_head = any(
                re.match(rf"(?i)^(?:\d+\.?\s*)?(?:{h})\b[^:\n]{{0,40}}?:", stripped.strip("#*"))
                or re.match(rf"(?i)^(?:\d+\.?\s*)?(?:{h})\s*$", stripped.strip("#*"))
                for h in _SECTION_HEADS.values()
            )
            if is_head and not bullet:
                break
            if bullet:
                items.append(bullet.group(1).strip())
            elif kind == "scope" or not items or (items and not any(_BULLET.match(x) for x in lines[i + 1 : j])):
                if kind in ("deliverables", "skills", "milestones") and items and len(stripped) > 160:
                    break
                items.append(stripped)
            else:
                break
            j += 1
        if items:
            out.setdefault(kind, []).extend(items)
        i = j
    return out


_KNOWN_DELIVERABLES = [
    r"tilstandsvurdering(?:er)?(?: etter NS ?3424| iht\.? NS ?3424)?",
    r"tilstandsrapport(?:er)?",
    r"energiattest(?:er)?",
    r"energimerking",
    r"energivurdering",
    r"energiberegning(?:er)?",
    r"prosjektering (?:RIB|RIV|RIE|ARK|RIBr|RIG|RIAku|LARK)",
    r"(?:RIB|RIV|RIE|RIBr|RIG|RIAku)-?prosjektering",
    r"brannkonsept",
    r"brannteknisk (?:prosjektering|konsept|vurdering)",
    r"byggesøknad",
    r"rammesøknad",
    r"reguleringsplan",
    r"mulighetsstudie",
    r"geoteknisk (?:rapport|vurdering|undersøkelse)",
    r"miljøkartlegging",
    r"fuktkartlegging",
    r"radonmåling(?:er)?",
    r"kostnadsoverslag",
    r"kostnadskalkyle",
    r"vedlikeholdsplan",
    r"FDV-dokumentasjon",
    r"uavhengig kontroll",
    r"byggeledelse",
    r"landmåling",
    r"condition (?:assessment|survey|report)s?",
    r"energy (?:certificate|performance certificate|label)s?",
    r"structural (?:design|engineering|calculations?|assessment)",
    r"fire (?:strategy|safety concept|design)",
    r"building permit application",
    r"feasibility study",
    r"maintenance plan",
    r"cost estimate",
    r"geotechnical (?:report|survey|investigation)",
    r"site supervision",
    r"land survey",
]
_KNOWN_RE = re.compile(r"(?i)\b(" + "|".join(_KNOWN_DELIVERABLES) + r")\b")


def _clean_item(item: str) -> str:
    item = re.sub(r"\s+", " ", item).strip(" .;,:")
    return item[:1].upper() + item[1:200] if item else item


def _deliverables(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        sections = _sections(part.text)
        items = [_clean_item(x) for x in sections.get("deliverables", []) if len(x.strip()) >= 3]
        items = [x for x in items if not re.match(r"(?i)^(frist|deadline|budsjett|budget|pris|price)\b", x)]
        if items:
            # A sentence that only introduces the list ("Vi ønsker følgende:") is not a deliverable.
            items = [x for x in items if not x.endswith(":")]
            ex.set("deliverables", _dedupe(items)[:MAX_DELIVERABLES], 0.85, "; ".join(items)[:200])
            return
    for part in parts:
        found = [_clean_item(m.group(1)) for m in _KNOWN_RE.finditer(part.text)]
        if found:
            ex.set("deliverables", _dedupe(found)[:MAX_DELIVERABLES], 0.65, "; ".join(found)[:200])
            return
    ex.set("deliverables", [], 0.2)


def _dedupe(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = item.lower()
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
