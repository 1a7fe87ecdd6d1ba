"""Reading the deliverables: sections, bullets, numbered and lettered lists (also the bare lines
a PDF or DOCX leaves of a list), prose requests ("vi trenger X, Y og Z", "we need X and Y"),
and in a thread the union of what every message asked for, less what a newer one dropped.
"""

from __future__ import annotations

import re

from fornuft.projects.assignment import MAX_DELIVERABLES, Extraction, Part
from fornuft.projects.read_prose_deliverables import (
    content_stems,
    dropped_things,
    is_definite_reference,
    is_dropped,
    names_work,
    prose_deliverables,
)

_SECTION_HEADS = {
    "deliverables": r"behov|våre behov|our needs|project phases|phases|faser|prosjektfaser|arbeidspakker|"
                    r"work required|works required|required work|arbeid som skal utføres|arbeider som skal utføres|"
                    r"work packages|delleveranser|"
                    r"leveranser|leveransar|leveranse|leveransene|deliverables|deliverable|vi ønsker|vi trenger|"
                    r"oppdraget består av|oppdraget skal omfatte|leveransen skal omfatte|det skal leveres|"
                    r"vi ber om(?: pris på| tilbud på)?|tilbudet skal omfatte|arbeidet omfatter|bestillingen omfatter|"
                    r"ønskede leveranser|scope of services|services required|required deliverables|"
                    r"the assignment includes|the work includes|we require|we request|please quote for|"
                    r"omfang av oppdraget|oppdragets omfang|beskrivelse av leveransen|"
    r"we need|we would like|oppdraget omfatter|oppdraget gjelder|omfatter|scope of work|"
    r"ytelser|ytelser som inngår|leveranseomfang|oppdragets innhold|innhold i oppdraget|oppdraget omfattar|omfattar|"
    r"description of (?:the )?(?:services|work|deliverables)|"
    r"beskrivelse av (?:tjenestene|tjenester|arbeidet|leveransen)|"
    r"the scope comprises|the scope includes|scope|"
    r"arbeidsomfang|bestilling|ønsket leveranse|tjenester|services|tasks|oppgaver|"
    r"dette ønsker vi|følgende|the following|what we need",
    "scope": r"omfang|scope|beskrivelse|description|bakgrunn|background|om prosjektet|about the project|prosjektet",
    "constraints": r"forutsetninger|begrensninger|constraints|krav|requirements|betingelser|conditions|"
    r"merknader|notes|viktig|important|rammebetingelser|kvalifikasjonskrav|obligations|forpliktelser|"
    r"(?:the )?(?:tenderer|supplier|contractor)'?s? (?:obligations|requirements)|praktisk|praktiske opplysninger|"
    r"practical information|practical|oppdragsgivers (?:bidrag|ansvar|leveranser)|byggherrens (?:bidrag|ansvar)|"
    r"(?:the )?client'?s (?:contribution|responsibilities|obligations)",
    "skills": r"kompetanse|kompetansekrav|fag|fagområder|disipliner|disciplines|skills|required skills|"
    r"required disciplines|nødvendig kompetanse",
    # Meeting times are not deliverables: "Meetings", "Møteplan", "Byggemøter holdes:".
    "meetings": r"møter|møteplan|møtetider|møtestruktur|byggemøter|statusmøter|meetings|meeting schedule|"
    r"status meetings|site meetings",
    "milestones": r"milepæler|milepeler|milestones|fremdrift|fremdriftsplan|tidsplan|schedule|timeline|frister",
}
# Dashes and bullets, "1." "1)" "a)" "a." and sub-numbers of a numbered brief ("2.1", "2.1.")
_BULLET = re.compile(
    r"^\s*(?:[-*•–·▪o➢►→✓✔]|\d{1,2}[.)]|\d{1,2}[ \t]+[-–](?=[ \t])|\(\d{1,2}\)|"
    r"\d{1,2}\.\d{1,2}\.?|\(?[a-h][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii)\)|"
    # "Del 1:", "Phase 2 –", "Fase 3.", "WP1:": a numbered part is an item of its list
    r"(?i:del|part|fase|phase|trinn|step|steg|arbeidspakke|work package|wp)\s*\d{1,2}\s*[:.–-])"
    r"\s+(.+)$")


def _marker_kind(raw: str) -> str:
    """The kind of list marker a line opens with ("-" and "•" alike, "1." vs "1)" vs "(1)", "a)",
    "(i)"): a list goes on across a blank line only with a marker of its own kind."""
    marker = raw.strip().split()[0] if raw.strip() else ""
    if re.fullmatch(r"[-*•–·▪o➢►→✓✔]", marker):
        return "symbol"
    if re.fullmatch(r"\(?(?:i|ii|iii|iv|v|vi|vii|viii)\)", marker):
        return "roman"
    return re.sub(r"[a-h]", "a", re.sub(r"\d+", "1", marker))


def _indent(raw: str) -> int:
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())

# A line that ends in a colon and asks for work introduces a list even when it is not a head
# of its own ("RIB skal levere:", "Vi trenger:", "The consultant shall deliver:").
_LEAD_IN = re.compile(
    r"(?i)\b(levere|leveres|leverer|trenger|ønsker|omfatter|består av|inkluderer|ber om|bestiller|"
    r"deliver|need|require|request|include|includes|comprises|would like|order|inngår|omfattar|inneholde|"
    r"inneholder|contain|contains|"
    r"consists of|hjelpe(?: oss)? med|help(?: us)? with|assist(?: us)? with|bistå(?: oss)? med)\b[^.:]{0,120}:\s*$"
    # "The Contractor shall:", "Leverandøren skal:" (not "The Client will:": what the client does)
    r"|\b(?:contractor|consultant|supplier|agency|tenderer|leverandøren|entreprenøren|rådgiveren|konsulenten|"
    r"tilbyderen|byrået)\s+(?:shall|skal|will|must|må)\s*:\s*$"
    # or a head word closing a line of text: "… into offices. Deliverables:"
    r"|\b(?:deliverables|leveranser|leveransene|scope of work|the following|følgende|omfang)\s*:\s*$"
    r"|\b(?:the following|følgende)\b[^.:]{0,40}:\s*$"
    # "Our requirements are as follows:" (not the tenderer's qualifications)
    r"|^(?!.*\b(?:tenderer|supplier|leverandør|tilbyder|qualification|kvalifikasjon))[^.:]{0,60}"
    r"\b(?:as follows|som følger)\s*:\s*$"
)
# A short heading about time, money or contacts ends a list that has no bullets ("Fremdrift",
# "Frister og økonomi", "Schedule and budget", "When").
_STOP_HEAD = re.compile(
    r"(?i)^(?:\d+\.?\s*)?(?:[\wæøå\-]+\s+){0,3}?(tid|tiden|tidsplan|frist|frister|fremdrift|økonomi|budsjett|ramme|"
    r"pris|honorar|verdi|kontakt|vedlegg|oppstart|when|timing|time|schedule|deadline|deadlines|budget|price|"
    r"fee|contact|attachments|start|dates)\b[\wæøå\s\-]{0,30}$"
)
# A short bullet that ends in a colon and only names a group ("Programvare:", "Phase 1 – design:").
_GROUP_HEAD = re.compile(r"^(?:\S+\s+){0,4}\S+:$")
_FIELD_ROW = re.compile(
    r"(?i)^(?:oppdragsgiver|byggherre|kunde|client|kontakt(?:person)?|contact|adresse|address|sted|site|location|"
    r"eiendom|tomt|gnr|frist|tilbudsfrist|deadline|budsjett|budget|saksnr|referanse|reference|dato|date)"
    r"[\w ]{0,20}:\s*\S"
)
_PAGE_FOOTER = re.compile(r"(?i)^.{0,80}\b(side|page)\s+\d+(\s*(av|of)\s*\d+)?\s*$")
_WORDS_THAT_CONTINUE = re.compile(
    r"(?i)(?:\b(og|and|med|with|i|in|for|of|av|til|to|the|a|an|en|et|per|samt|or|eller)|[,(\-–])$"
)


def _is_head(line: str) -> str | None:
    for name, heads in _SECTION_HEADS.items():
        if re.match(rf"(?i)^(?:\d+\.?\s*)?(?:{heads})\b[^:\n]{{0,40}}?:", line) or re.match(
            rf"(?i)^(?:\d+\.?\s*)?(?:{heads})\s*$", line
        ):
            return name
        # A short heading that opens with a head phrase: "What we need from the consultant".
        if name == "deliverables" and re.match(rf"(?i)^(?:{heads})\b[^.:,\n]{{0,40}}$", line) and len(line) < 60:
            return name
        # "Krav til tilbyder", "Requirements for the tenderer": a short heading, unless it names
        # a work product itself ("Kravspesifikasjon", "Requirements analysis").
        if name == "constraints" and re.match(rf"(?i)^(?:\d+\.?\s*)?(?:{heads})\b[^.:,;\n]{{0,30}}$", line) \
                and len(line.split()) <= 4 and not names_work(line):
            return name
    return None


def _line_width(lines: list[str]) -> int:
    lengths = sorted(len(x.rstrip()) for x in lines if x.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


def _continues(previous: str, line: str, raw: str, width: int) -> bool:
    """Whether `line` goes on with the list item `previous` (a wrapped line, not a new item)."""
    if previous.count("(") > previous.count(")"):
        return True
    if _WORDS_THAT_CONTINUE.search(previous.rstrip()):
        return True
    if re.match(r"^\s{2,}\S", raw) and line[:1].islower():
        return True  # an indented lower-case line under a bullet
    if len(previous) < 0.8 * width or re.search(r"[.:;!?]$", previous) or not line[:1].islower():
        return False
    # A full line goes on in the next one unless that one opens by naming a work product itself
    # (a list of lower-case items: "målsatte plantegninger i 1:100").
    return not names_work(" ".join(line.split()[:2]))


def section_items(text: str) -> dict[str, list[tuple[str, bool]]]:
    """Items under each kind of section head: (text, was a bullet), wrapped lines joined."""
    out: dict[str, list[tuple[str, bool]]] = {}
    lines = [x for x in text.split("\n") if not _PAGE_FOOTER.match(x.strip())]
    width = _line_width(lines)
    i = 0
    while i < len(lines):
        line = lines[i].strip().strip("#*").strip()
        kind = _is_head(line)
        inline = ""
        if kind:
            match = re.match(r"^[^:]*:\s*(.*)$", line)
            inline = match.group(1) if match else ""
            if inline and not any(x.strip() for x in lines[:i]) and len(lines) > 3:
                i += 1  # "Bestilling: Arrangement ved …" on a brief's first line is its title
                continue
        elif _LEAD_IN.search(line):
            kind = "deliverables"
        if kind is None:
            i += 1
            continue
        items: list[tuple[str, bool]] = []
        last_line = inline.strip()
        if inline.strip():
            items.append((inline.strip(), False))
        j = i + 1
        blank_run = 0
        bullets_seen = False
        first_marker, first_indent = "", 0
        group_open = False  # the last item was a group heading whose sub-items are the deliverables
        while j < len(lines):
            raw = lines[j]
            stripped = raw.strip()
            if not stripped:
                blank_run += 1
                if items and kind != "scope":
                    # a blank line after a list ends it unless more bullets of its kind follow
                    # ("(d) …" then "2. Tenderer's obligations" is the brief's next section)
                    nxt = next((x for x in lines[j + 1 : j + 3] if x.strip()), "")
                    if not _BULLET.match(nxt) or (first_marker and _marker_kind(nxt) != first_marker):
                        break
                if blank_run >= 2:
                    break
                j += 1
                continue
            blank_run = 0
            bullet = _BULLET.match(raw)
            # A numbered heading ("3. Fremdrift") looks like a list item; a head is a head.
            heading_like = not bullet or (len(stripped.split()) <= 5 and not re.search(r"[.:;,)]$", stripped))
            if heading_like and (_is_head(stripped.strip("#*")) or _STOP_HEAD.match(stripped)):
                break
            if kind == "scope" and _LEAD_IN.search(stripped):
                break  # "The consultant shall deliver:" inside a background section opens the list
            if not bullet and _FIELD_ROW.match(stripped):
                break  # "Oppdragsgiver: …", "Sted: …": the brief's fields, not list items
            if bullet and bullets_seen and (_indent(raw) > first_indent + 1 or (
                    first_marker != "symbol" and _marker_kind(raw) == "symbol")):
                if group_open or (items and items[-1][1] and _GROUP_HEAD.match(items[-1][0])):
                    # Under a group heading ("* Programvare:", "- Phase 1:") the sub-items are the
                    # deliverables; the heading only sorts them.
                    if not group_open:
                        items.pop()
                        group_open = True
                    items.append((bullet.group(1).strip(), True))
                    last_line = bullet.group(1).strip()
                else:
                    # A sub-item indented under an item details it ("- about 40 tables" under
                    # "- Migration of the database"), as does a "•" line under "1)" in a
                    # numbered list; it is not a deliverable of its own.
                    last_line = ""
            elif bullet:
                group_open = False
                if not bullets_seen:
                    first_marker, first_indent = _marker_kind(raw), _indent(raw)
                bullets_seen = True
                items.append((bullet.group(1).strip(), True))
                last_line = bullet.group(1).strip()
            elif bullets_seen and not last_line and _indent(raw) > first_indent + 1:
                pass  # a sub-item's wrapped line
            elif items and _continues(last_line, stripped, raw, width):
                items[-1] = (items[-1][0] + " " + stripped, items[-1][1])
                last_line = stripped
            elif kind == "scope" or not items or not bullets_seen:
                if kind in ("deliverables", "skills", "milestones") and items and len(stripped) > 160:
                    break
                if kind == "deliverables" and items and re.search(
                        r"\b(19|20)\d\d\b|\b(kr|NOK)\b|\b(?:uke|week)\s*\d|\b(?:frist|deadline|ferdig|completed?)\b",
                        stripped):
                    break  # a sentence with a date, a week, a deadline or a sum: the list is over
                items.append((stripped, False))
                last_line = stripped
            else:
                break
            j += 1
        if items:
            out.setdefault(kind, []).extend(items)
        i = j
    return out


def _sections(text: str) -> dict[str, list[str]]:
    """Bulleted or following lines under a section head, per kind."""
    return {kind: [t for t, _ in items] for kind, items in section_items(text).items()}


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
    item = re.sub(r"\s+", " ", item).strip(" .;,:?!")
    # the joint of a list written as a sentence: "(c) production drawings; and"
    item = re.sub(r"(?i)[;,]\s*(?:and|og|or|eller)$", "", item).strip(" .;,:?!")
    return item[:1].upper() + item[1:200] if item else item


def _trim_item(item: str) -> str:
    """A list item cut to the deliverable: its first sentence, its head before an explaining
    colon ("HVAC design (RIV): heating, ..."), no closing question."""
    item = re.split(r"(?<=[a-zæøå)])[.?!]\s+(?=[A-ZÆØÅ])", item, maxsplit=1)[0]
    # A reason or a use after the thing itself: "..., siden det kan være kvikkleire", "report that can be ..."
    item = re.split(r"(?i),?\s+(?:slik at|så at|so that|siden|since|because|fordi|som kan|that can|which)\s", item,
                    maxsplit=1)[0]
    head, colon, _rest = item.partition(": ")
    if colon and 1 <= len(head.split()) <= 6:
        item = head
    return item


def _split_inline_numbers(item: str) -> list[str]:
    """"1. A 2. B 3. C" written on one line (a DOCX list pasted as text) as three items."""
    if not re.search(r"\s2[.)]\s+\S", item):
        return [item]
    pieces = re.split(r"\s+(?=\d{1,2}[.)]\s+[A-ZÆØÅa-zæøå])", item)
    return [re.sub(r"^\d{1,2}[.)]\s+", "", p) for p in pieces if p.strip()]


def _listed(text: str) -> list[str]:
    sections = section_items(text)
    raw = sections.get("deliverables") or [x for x in sections.get("scope", []) if x[1]]
    items: list[tuple[str, bool]] = []
    for text_item, bullet in raw:
        if text_item.rstrip().endswith(":"):
            continue  # a sentence that only introduces the list
        for piece in _split_inline_numbers(text_item):
            items.append((_clean_item(_trim_item(piece)), bullet))
    items = [x for x in items if len(x[0]) >= 3]
    # A deadline under a "Leveranse: senest 14. mai" row is not a deliverable.
    # ("Budget price for LED replacement" is one: the word must lead a date or a sum.)
    items = [x for x in items if not re.match(
        r"(?i)^(?:(?:frist|deadline|budsjett|budget|pris|price)\b\s*(?::|\d|$|(?:kr|nok|eur|er|is|senest|innen|by|"
        r"etter|per|pr)\b)|(?:senest|innen|within|no later than|by|before|før|ferdig|due)\b)", x[0])]
    # "Rapporten må være på norsk", "The report shall be in English": a condition on something
    # listed, not a deliverable of its own.
    items = [x for x in items if not re.match(
        r"(?i)^(?!(?:\S+\s){0,2}?(?:som|that|which)\s)(?:[\wæøå\-]+\s){0,2}?(?:må|skal|bør|must|shall|should)\s+"
        r"(?:være|be|ha|have|foreligge|"
        r"leveres|be delivered|følge|follow|skrives|be written)\b", x[0])]
    # A sentence that only introduces the list ("Vi ønsker følgende:") is not a deliverable; a
    # bulleted item is one even when it holds such a word ("Migration of the order database").
    return [x for x, bullet in items if not x.endswith(":") and (bullet or not _LEAD_IN.search(x + ":"))]


_TABLE_CELLS = re.compile(r"\t|\s+\|\s+")
_DELIVERABLE_COLUMN = re.compile(
    r"(?i)^\s*(leveranse|leveranser|leveransar|delleveranse|deliverables?|produkt|products?|oppgave|oppgaver|tasks?|"
    r"aktivitet|activity|ytelse|tjeneste|tjenester|services?|arbeid|work item|item|beskrivelse av leveranse|"
    r"beskrivelse|description|innhold|tekst|text)\s*$"
)


_DUE_COLUMN = re.compile(r"(?i)^\s*(frist|frister|deadline|due|due date|dato|date|leveringsdato|ferdig|når|when)\s*$")


def _table_items(text: str) -> list[str]:
    """The cells under a deliverable column of a table ("Nr<TAB>Leveranse<TAB>Frist" in a DOCX, or
    "Leveranse | Frist" in a text brief), one item per row. Under a date column a row without a
    number is the head of the next table ("Tildelingskriterium | Vekt"): the table has ended."""
    items: list[str] = []
    columns: list[int] = []
    due_column = None
    only_first_cells = False
    for line in text.split("\n"):
        if re.fullmatch(r"\s*\|?[\s|:+\-]*-[\s|:+\-]*", line):
            continue  # the rule under a text table's header: "|---|---|"
        cells = [c.strip() for c in _TABLE_CELLS.split(line.strip().strip("|"))] if _TABLE_CELLS.search(line) else []
        if len(cells) < 2 and columns == [0] and only_first_cells and len(line.split()) <= 8 \
                and re.fullmatch(r"[A-ZÆØÅ][^:.;]{2,80}", line.strip()):
            # A PDF drops a row's empty cells: "Overvåking av nettverk" under "Tjeneste | Pris"
            # (only while no row of the table has had a second cell)
            items.append(_clean_item(line))
            continue
        if len(cells) < 2:
            columns = []
            continue
        only_first_cells = False
        header = [k for k, c in enumerate(cells) if _DELIVERABLE_COLUMN.match(c)]
        if header:
            columns = header
            only_first_cells = True
            due_column = next((k for k, c in enumerate(cells) if _DUE_COLUMN.match(c)), None)
            continue
        if columns and due_column is not None and due_column < len(cells) and not re.search(r"\d", cells[due_column]):
            columns = []
            continue
        # "Item | Description | Qty": the first named column that holds words, not a number.
        cell = next((cells[k] for k in columns if k < len(cells) and re.search(r"[A-Za-zÆØÅæøå]{3}", cells[k])), "")
        if cell:
            items.append(_clean_item(cell))
    return items


# A schedule table's rows ("Tilbudsfrist", "Oppstart", "Ferdigstillelse") are dates, not deliverables.
_SCHEDULE_ROW = re.compile(
    r"(?i)^(?:tilbud\w*|oppstart\w*|befaring|kick-?off|start|spørsmål\w*|questions?|kontrakt\w*|signering|møte|"
    r"meeting|ferdigstillelse|completion|sluttlevering|final delivery|go-live|frist\w*|deadline|milepæl|milestone|"
    r"tender|award|tildeling)\b"
)


def _part_items(part: Part) -> tuple[list[str], float]:
    table = [x for x in _table_items(part.text) if not _SCHEDULE_ROW.match(x)]
    if table:
        return table, 0.85
    listed = _listed(part.text)
    if listed:
        return listed, 0.85
    prose = [_clean_item(x) for x in prose_deliverables(part.text)]
    known = [_clean_item(m.group(1)) for m in _KNOWN_RE.finditer(part.text)]
    prose_stems = [content_stems(x) for x in prose]
    # A known kind of work named outside a request sentence still counts, once.
    extra = [k for k in known if not any(content_stems(k) <= s for s in prose_stems)]
    items = [x for x in prose + extra if not is_definite_reference(x)]
    return items, (0.75 if prose else 0.65)


def _merge(items: list[str]) -> list[str]:
    """One item per deliverable: an item whose words another item holds is dropped for the fuller one."""
    stems = [content_stems(x) for x in items]
    keep: list[str] = []
    for i, item in enumerate(items):
        covered = any(
            j != i and stems[i] and stems[i] <= stems[j] and (stems[i] != stems[j] or j < i)
            for j in range(len(items))
        )
        if not covered:
            keep.append(item)
    return keep


def _deliverables(parts: list[Part], ex: Extraction) -> None:
    collected: list[str] = []
    confidence = 0.0
    dropped: list[frozenset[str]] = []
    for part in parts:  # newest first
        items, conf = _part_items(part)
        # What a newer message dropped ("drop the solar study", "vi dropper radonmålingen") is
        # not brought back by an older one.
        items = [x for x in items if not is_dropped(x, dropped)]
        collected.extend(items)
        if items:
            confidence = max(confidence, conf)
        dropped += dropped_things(part.text)
    if collected:
        merged = _dedupe(_merge(collected))[:MAX_DELIVERABLES]
        ex.set("deliverables", merged, confidence, "; ".join(merged)[:200])
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
