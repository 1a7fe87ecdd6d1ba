"""Reading the delivery date and milestones (not quote deadlines, site visits or start dates);
the date wordings themselves are in dates.py.
"""

from __future__ import annotations

import re
from datetime import date

from fornuft.projects.assignment import Extraction, Part
from fornuft.projects.dates import FoundDate, find_dates
from fornuft.projects.read_parties import _clean_value

_DEADLINE_WORDS = re.compile(
    r"(?i)\b(frist|fristen|innen|senest|seinast|ferdig|ferdigstilt|ferdigstilles|ferdigstillelse|levert|leveres|"
    r"levering|leveringsfrist|leveranse|leveransefrist|sluttlevering|sluttleveranse|overlevering|overlevert|klar|klart|"
    r"klare|avsluttet|avsluttes|deadline|due|go-live|i løpet av|in the course of|instead|i stedet|utsatt|postponed|"
    r"submitted|innsendt|sendt inn|release|lansering|idriftsettelse|i drift|overtakelse|handover|"
    r"completed|complete|delivered|delivery|finished|no later than|by|before|før|til|until|ready|handed over|"
    # "Alt må ligge hos oss fredag 5. mars", "must be with us on": a must before a date sets a deadline.
    r"må|must|foreligge|completion|ferdigstillelse|"
    # a correction in a reply: "Beklager, det skulle stå 10. oktober", "sorry, that should read 3 May"
    r"skulle stå|skal stå|should read|should say|should have said|i meant|jeg mente|rettelse|correction)\b"
)
# Where a person is until a date ("I am in Kiel until", "jeg er på ferie til", "out of office
# until") says when they can be reached, not when the work is due.
# Only a person being somewhere: "we need it available by", "jeg har behov for det til" are deadlines.
_WHEREABOUTS = re.compile(
    r"(?i)\b(?:i am|i'm|i will be|i'll be|jeg er|jeg blir)\s+(?:in|at|on|away|out|off|abroad|travelling|"
    r"traveling|i|på|borte|bortreist|ute|utenlands)\b|"
    r"\b(?:on (?:holiday|leave|vacation)|på ferie|permisjon|out of (?:the )?office|fraværende)\b"
)
_NOT_DELIVERY = re.compile(
    r"(?i)\b(tilbud|tilbudet|tilbudsfrist|pristilbud|quotes?|quotations?|offers?|proposals?|bids?|"
    r"tender(?! doc| desc| package| drawings)|svar|svarfrist|"
    r"reply|respond|befaring|site visit|oppstart|oppstartsmøte|kick-?off|start|starter|begin|møte|meeting|"
    r"sendt(?! inn)|sent(?! in)|datert|dated|skrev|wrote|mottatt|received|avklaring|spørsmål|questions|kontrakt|"
    r"signering|"
    r"contract signing)\b"
)
_MILESTONE_WORDS = re.compile(
    r"(?i)\b(milepæl|milestone|utkast|draft|foreløpig|preliminary|delleveranse|interim|befaring|site visit|"
    r"oppstart|kick-?off|møte|meeting|presentasjon|presentation|rapport|report|søknad|review|gjennomgang)\b"
)


def _line_of(text: str, found: FoundDate) -> str:
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    return text[start : end if end >= 0 else len(text)]


def _sentence_before(text: str, found: FoundDate) -> str:
    line_start = text.rfind("\n", 0, found.start)
    prefix = text[line_start + 1 : found.start].strip()
    if line_start > 0 and len(prefix.split()) <= 4 and ":" not in prefix:
        # A date at the start of its line ends the sentence of the line above when that line runs
        # on ("ferdig til åpningen\n1. juni 2027", "ready by\nFriday 10 September"), not when that
        # line is a heading or a table row.
        above = text[text.rfind("\n", 0, line_start) + 1 : line_start].rstrip()
        if above and not re.search(r"[.:!?;|\t]$", above):
            line_start = text.rfind("\n", 0, line_start)
    start = max(line_start, text.rfind(". ", 0, found.start), found.start - 120)
    return text[max(0, start) : found.start]


_CELLS = re.compile(r"\t|\s+\|\s+|^\s*\||\|\s*$")
_DATE_COLUMN = re.compile(
    r"(?i)^\s*(frist|frister|deadline|due|due date|leveringsdato|leveres|levering|leveranse ?dato|"
    r"ferdig|ferdigdato|dato for levering|delivery date|delivery|date|dato|når|when)\s*$"
)


def _table_deadline_lines(text: str) -> set[int]:
    """Offsets of the rows of a table whose header names a deadline column ("Leveranse | Frist",
    a DOCX table "Nr<TAB>Leveranse<TAB>Frist"): each date in such a row is a delivery date."""
    rows: set[int] = set()
    offset = 0
    in_table = False
    for line in text.split("\n"):
        cells = [c for c in _CELLS.split(line) if c.strip()] if _CELLS.search(line) else []
        if len(cells) >= 2 and any(_DATE_COLUMN.match(c) for c in cells):
            in_table = True
        elif in_table and len(cells) >= 2:
            rows.add(offset)
        else:
            in_table = False
        offset += len(line) + 1
    return rows


_ORDER_DATE = re.compile(
    r"(?i)\b(?:order date|date of order|ordered on|ordredato|bestillingsdato|bestilt|dato for bestilling|"
    r"contract date|kontraktsdato|signed|signert|awarded|tildelt|dato|date)\b[\s.:…\-–]{0,30}(?:(?:on|den|the|per)\s+)?"
)


def _part_reference(text: str, part: Part, reference: date) -> date:
    """What "within 8 weeks of order" counts from: an order or contract date written in the text,
    else the mail's date, else a date line at the head of a letter ("Dato: 12.03.2027")."""
    for match in _ORDER_DATE.finditer(text):
        if match.group(0).lower().startswith(("dato", "date")) and part.sent:
            continue
        found = find_dates(text[match.end() : match.end() + 40], part.sent or reference)
        if found and found[0].start == 0:
            return found[0].value
    return part.sent or reference


def _dates(parts: list[Part], ex: Extraction, reference: date) -> None:
    deadline = None
    fallback = None
    milestones: list[dict] = []
    for part in parts:
        # Dates are looked for with line breaks read as spaces ("no later than 1 October\n2027"
        # in a PDF); the text keeps its length, so positions still point into the lines.
        text = part.text
        flat = text.replace("\n", " ")
        scored: list[tuple[float, FoundDate, str]] = []
        table_rows = _table_deadline_lines(text)
        previous_end = 0
        for found in find_dates(flat, _part_reference(text, part, reference)):
            # The words before a date belong to it back to the previous date, not beyond: in
            # "ferdig i løpet av mai, for vi flytter inn 1. juni" the "ferdig" is May's.
            before = _sentence_before(text, found)
            before = before[max(0, len(before) - (found.start - previous_end)):]
            previous_end = found.end
            line = _line_of(text, found)
            if re.search(r"(?i)^\s*(date|dato|sent|sendt)\s*:", line):
                continue
            score = 0.0
            # The expression's own word counts too ("før fellesferien", "within 8 weeks").
            near = before[-60:] + " " + found.text
            if _DEADLINE_WORDS.search(near):
                score += 1.0
            if re.search(r"(?i)\b(frist|deadline|senest|innen|no later than|by end of|ferdig|levert|due)\b", near):
                score += 0.5
            if re.match(r"(?i)[\s,]*(instead|i stedet|isteden)\b", flat[found.end : found.end + 25]):
                score += 1.0  # "Let's say 15 October instead": a moved deadline
            if re.match(r"(?i)(før|before|innen|within|by)\b", found.text):
                score += 0.5  # an expression that is a deadline in itself: "før påske", "within 6 weeks"
            # A quote deadline, meeting or start names its date in the same clause; one in the
            # clause before ("the board moved its meeting, so we now need it by 12 May") does not.
            clause = re.split(r"[,;]\s|\s[-–]\s", before[-45:])[-1]
            if _NOT_DELIVERY.search(clause) or _WHEREABOUTS.search(clause) or (
                    _NOT_DELIVERY.search(before[-45:]) and not _DEADLINE_WORDS.search(clause)):
                score -= 1.6
            elif text.rfind("\n", 0, found.start) + 1 in table_rows:
                score = max(score, 1.5)
            if re.search(r"(?i)\b(endelig|final|slutt\w*|ferdigstillelse|completion|go-live|klart?|klare|ready)\b",
                         near) and score > 0:
                score += 0.5  # the final delivery, not an interim one
            if _MILESTONE_WORDS.search(before[-45:]) and not re.search(
                r"(?i)\b(sluttrapport|final|endelig|sluttlevering)\b", before[-45:]
            ):
                score -= 0.6
            scored.append((score, found, line))
        candidates = [c for c in scored if c[0] >= 0.9]
        if fallback is None:
            # A date with no other role (not a quote deadline, a meeting or a start) is, failing
            # any deadline wording, when the work is needed: "40-årslag om tre uker".
            plain = [c for c in scored if c[0] >= 0 and c[1].value >= reference]
            if plain:
                fallback = (max(plain, key=lambda c: c[1].value)[1].value, 0.5, plain[0][2])
        if deadline is None and candidates:
            # The last firm delivery date of the newest part that states one (a moved deadline is
            # usually stated after the old one); the latest date among equals.
            best = max(candidates, key=lambda c: (c[0] >= 1.4, c[1].value))
            confidence = 0.9 if best[0] >= 1.4 else 0.75
            if part.kind == "older":
                confidence -= 0.1
            deadline = (best[1].value, confidence, best[2])
        for score, found, _line in scored:
            if deadline and found.value == deadline[0]:
                continue
            if _MILESTONE_WORDS.search(_sentence_before(text, found)[-60:]) or part.kind != "older" and score > -1:
                label = _clean_value(re.sub(r"\s+", " ", _sentence_before(text, found))).strip(" -:,") or found.text
                label = re.sub(r"(?i)^(og|and|,)\s+", "", label)[-80:]
                if not any(m["date"] == found.value.isoformat() for m in milestones) and not _NOT_DELIVERY.search(
                    label[-25:] if re.search(r"(?i)tilbud|quote|offer|svar|reply", label[-25:]) else ""
                ):
                    milestones.append({"name": label or found.text, "date": found.value.isoformat()})
    deadline = deadline or fallback
    if deadline:
        ex.set("deadline", deadline[0], deadline[1], deadline[2])
    else:
        ex.set("deadline", None, 0.3)
    deadline_value = deadline[0] if deadline else None
    milestones = [m for m in milestones if deadline_value is None or m["date"] <= deadline_value.isoformat()]
    ex.set("milestones", milestones[:20], 0.6 if milestones else 0.3)
