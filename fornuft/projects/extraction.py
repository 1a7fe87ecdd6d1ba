"""Assignment extraction: from an e-mail (with its thread and attached briefs), a PDF, DOCX or
TXT brief to the fields a plan needs, each with a confidence. Plain data, no Django.

    text = read_assignment(data, filename)      # AssignmentText: newest message, attachments, older
    fields = extract(text)                       # Extraction: values + confidence per field

In a thread the newest message wins: each field is taken from the newest part that states
it (newest message, then its attachments, then older quoted messages).
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

from fornuft.projects.dates import FoundDate, find_dates

MAX_TEXT_CHARS = 400_000
MAX_DELIVERABLES = 60


class AssignmentError(ValueError):
    """The assignment cannot be read or holds no text; str() is for a person."""


@dataclass
class Part:
    kind: str  # "message" | "attachment" | "older"
    text: str
    subject: str = ""
    sender_name: str = ""
    sender_address: str = ""
    sent: date | None = None
    name: str = ""


@dataclass
class AssignmentText:
    source: str
    parts: list[Part] = field(default_factory=list)

    @property
    def reference_date(self) -> date | None:
        for part in self.parts:
            if part.sent:
                return part.sent
        return None


@dataclass
class Extraction:
    values: dict = field(default_factory=dict)
    confidence: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)

    def set(self, name: str, value, confidence: float, evidence: str = "") -> None:
        self.values[name] = value
        self.confidence[name] = round(confidence, 2)
        if evidence:
            self.evidence[name] = evidence[:200]

    def get(self, name: str, default=None):
        return self.values.get(name, default)


# --- reading -----------------------------------------------------------------------------

_QUOTE_HEADERS = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Opprinnelig melding|Forwarded message|Videresendt melding)\s*-{2,}"
    r"|On .{5,200}wrote:\s*$"
    r"|Den .{5,200}skrev .{0,200}:\s*$"
    r"|(?:From|Fra):\s*.+$)",
    re.I | re.M,
)


def _strip_html(html: str) -> str:
    html = re.sub(r"(?is)<(script|style).*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>|</h\d>", "\n", html)
    html = re.sub(r"(?i)<li[^>]*>", "\n- ", html)
    text = re.sub(r"<[^>]+>", " ", html)
    import html as html_module

    return html_module.unescape(text)


def _thread_breaks(body: str) -> list[int]:
    """Positions where an older (quoted or forwarded) message begins."""
    breaks: list[int] = []
    for match in _QUOTE_HEADERS.finditer(body):
        line = match.group(0)
        if re.match(r"(?i)(From|Fra):", line):
            # A From: line only starts a quoted message when a header block follows it.
            following = body[match.end() : match.end() + 400]
            if not re.search(r"(?im)^\s*(Sent|Sendt|Date|Dato|To|Til|Subject|Emne)\s*:", following):
                continue
        if (
            breaks
            and match.start() - breaks[-1] < 200
            and not body[breaks[-1] : match.start()].strip("-\n ").count("\n\n")
        ):
            continue  # the header block of the same quoted message
        breaks.append(match.start())
    return breaks


def split_thread(body: str) -> tuple[str, list[str]]:
    """(newest message, [older messages, newest first]) from a reply body with quoted history."""
    lines = body.split("\n")
    if any(line.startswith(">") for line in lines):
        unquoted = "\n".join(line for line in lines if not line.startswith(">"))
        quoted = "\n".join(re.sub(r"^>+ ?", "", line) for line in lines if line.startswith(">"))
        newest, older = split_thread(unquoted)
        return newest, [*older, *([quoted] if quoted.strip() else [])]
    breaks = _thread_breaks(body)
    if not breaks:
        return body, []
    pieces = [body[: breaks[0]]] + [body[a:b] for a, b in zip(breaks, [*breaks[1:], len(body)], strict=True)]
    if not pieces[0].strip():  # a forward with no text of its own: the forwarded message is the newest
        pieces = pieces[1:]
    return pieces[0], [p for p in pieces[1:] if p.strip()]


def _read_attachment(data: bytes, name: str) -> str:
    from fornuft.platform.files import FileProblem, read_document

    try:
        document = read_document(data, name)
    except (FileProblem, ValueError, TypeError):
        return ""
    if document.kind == "pdf" or document.kind == "image":
        from fornuft.platform.files.layout import group_lines

        return "\n".join(line.text for line in group_lines(document.words))
    if document.kind in ("docx", "text"):
        return "\n".join(document.paragraphs)
    return ""


def _read_eml(data: bytes, source: str) -> AssignmentText:
    message = email.message_from_bytes(data, policy=policy.default)
    subject = str(message.get("Subject", "") or "")
    name, address = parseaddr(str(message.get("From", "") or ""))
    sent = None
    try:
        if message.get("Date"):
            sent = parsedate_to_datetime(str(message["Date"])).date()
    except (TypeError, ValueError, IndexError):
        sent = None
    body = ""
    attachments: list[Part] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        content_type = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        try:
            payload = part.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001, S112 - a broken transfer encoding: that part is skipped
            continue
        if filename or disposition == "attachment":
            if content_type == "message/rfc822":
                continue
            text = _read_attachment(payload[:30_000_000], filename or "")
            if text.strip():
                attachments.append(Part("attachment", text[:MAX_TEXT_CHARS], name=filename or ""))
            continue
        if content_type == "text/plain" and not body:
            body = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
        elif content_type == "text/html" and not body:
            body = _strip_html(payload.decode(part.get_content_charset() or "utf-8", errors="replace"))
    body = body.replace("\r\n", "\n")[:MAX_TEXT_CHARS]
    newest, older = split_thread(body)
    parts = [Part("message", newest, subject=subject, sender_name=name, sender_address=address, sent=sent)]
    parts.extend(attachments)
    parts.extend(Part("older", text) for text in older if text.strip())
    return AssignmentText(source, parts)


def read_assignment(data: bytes, filename: str) -> AssignmentText:
    """The texts of an assignment: .eml (thread split, attachments read), .pdf, .docx or .txt."""
    if not data or not data.strip():
        raise AssignmentError("the assignment is empty")
    lower = filename.lower()
    if (
        lower.endswith(".eml")
        or (b"\nSubject:" in data[:5000] and b"\nFrom:" in data[:5000])
        or data[:5].lower() in (b"from:", b"subje", b"retur", b"mime-", b"recei", b"date:", b"messa", b"to: ")
    ):
        assignment = _read_eml(data, filename)
    else:
        from fornuft.platform.files import FileProblem, read_document

        try:
            document = read_document(data, filename)
        except FileProblem as problem:
            raise AssignmentError(str(problem)) from None
        if document.kind in ("pdf", "image"):
            from fornuft.platform.files.layout import group_lines

            text = "\n".join(line.text for line in group_lines(document.words))
        elif document.kind in ("docx", "text"):
            text = "\n".join(document.paragraphs)
        else:
            raise AssignmentError("the assignment must be an e-mail (.eml), PDF, Word (.docx) or text file")
        assignment = AssignmentText(filename, [Part("message", text[:MAX_TEXT_CHARS])])
    if not any(p.text.strip() for p in assignment.parts) and not any(p.subject.strip() for p in assignment.parts):
        raise AssignmentError("the assignment holds no text")
    return assignment


# --- fields ------------------------------------------------------------------------------

_LABEL = r"^\s*[-*•]?\s*(?:\*\*)?({labels})(?:\*\*)?\s*[:\-–]\s*(.+)$"


def _labelled(text: str, labels: list[str]) -> str | None:
    pattern = re.compile(_LABEL.format(labels="|".join(labels)), re.I | re.M)
    match = pattern.search(text)
    if match:
        value = match.group(2).strip().strip("*").strip()
        return value or None
    return None


_COMPANY = re.compile(
    r"\b((?:[A-ZÆØÅ0-9][\w&'.\-]*[ \t]+){0,5}?(?:[A-ZÆØÅ][\w&'.\-]*)[ \t]+"
    r"(?:AS|ASA|SA|KF|IKS|ANS|DA|BA|Ltd|AB|Inc|GmbH)"
    r"|(?:[A-ZÆØÅ][\wæøå\-]*[ \t]+){0,2}(?:kommune|fylkeskommune|Sameie|sameie|borettslag|Borettslag|BRL|Eiendom)"
    r"(?:[ \t]+[A-ZÆØÅ][\wæøå\-]*){0,2}"
    r"|(?:Borettslaget|Sameiet|Stiftelsen|Statsbygg|Boligbyggelag)(?:[ \t]+[A-ZÆØÅ0-9][\wæøå\-]*){0,3})\b"
)
_CLIENT_LABELS = [
    "oppdragsgiver",
    "byggherre",
    "kunde",
    "client",
    "customer",
    "tiltakshaver",
    "bestiller",
    "firma",
    "company",
    "organisation",
    "organization",
    "selskap",
]
_OUR_HINTS = ("vi i", "hos oss")


def _client(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        value = _labelled(part.text, _CLIENT_LABELS)
        if value:
            ex.set("client", _clean_value(value), 0.95, value)
            return
    for part in parts:
        if part.kind == "older":
            continue
        signature = _signature(part.text)
        for text, confidence in ((signature, 0.85), (part.text, 0.7)):
            for match in _COMPANY.finditer(text or ""):
                name = match.group(1).strip()
                if re.match(r"(?i)^(med|vennlig|hilsen|mvh|regards|best|fra|from|to|til|hei|dear)\b", name):
                    name = re.sub(
                        r"(?i)^(med vennlig hilsen|vennlig hilsen|hilsen|mvh|regards|best regards)\s+", "", name
                    )
                if len(name) >= 3:
                    ex.set("client", name, confidence, match.group(0))
                    return
    for part in parts:
        if part.sender_address and "@" in part.sender_address:
            domain = part.sender_address.split("@", 1)[1].split(".")[0]
            if domain and domain.lower() not in ("gmail", "hotmail", "outlook", "online", "live", "yahoo", "icloud"):
                ex.set("client", domain.capitalize(), 0.45, part.sender_address)
                return
    ex.set("client", None, 0.2)


def _signature(text: str) -> str:
    match = re.search(
        r"(?im)^\s*(med vennlig hilsen|vennlig hilsen|mvh|hilsen|beste hilsen|regards|best regards|"
        r"kind regards|best|thanks|takk)\b.*$",
        text,
    )
    return text[match.start() :][:600] if match else ""


def _contact(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        value = _labelled(part.text, ["kontaktperson", "kontakt", "contact person", "contact"])
        if value:
            ex.set("contact", _clean_value(value), 0.9, value)
            return
    for part in parts:
        signature = _signature(part.text)
        if signature:
            lines = [line.strip() for line in signature.strip().split("\n")[1:] if line.strip()]
            if (
                lines
                and re.fullmatch(r"[A-ZÆØÅ][\wæøåé\-]+(?:\s+[A-ZÆØÅ][\wæøåé\-.]+){1,3}", lines[0])
                and not _COMPANY.fullmatch(lines[0])
            ):
                ex.set("contact", lines[0], 0.8, lines[0])
                return
        if part.sender_name:
            ex.set("contact", part.sender_name, 0.7, part.sender_name)
            return
    ex.set("contact", None, 0.2)


def _clean_value(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip(" .;,")[:200]


_SUBJECT_PREFIX = re.compile(r"^\s*((re|sv|vs|fw|fwd|aw|wg)\s*:\s*)+", re.I)
_TITLE_NOISE = re.compile(
    r"^(forespørsel|henvendelse|request|inquiry|enquiry|bestilling|order|oppdrag|assignment|tilbudsforespørsel|"
    r"prisforespørsel|request for (a )?(quote|proposal))\s*(om|on|for|about|:|-|–)?\s*",
    re.I,
)


def _title(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        value = _labelled(
            part.text,
            [
                "prosjekt",
                "prosjektnavn",
                "prosjekttittel",
                "oppdrag",
                "oppdragsnavn",
                "tittel",
                "project",
                "project name",
                "project title",
                "title",
                "assignment",
            ],
        )
        if value and len(value) < 150:
            cleaned = _TITLE_NOISE.sub("", value).strip() or value
            ex.set("title", _clean_value(cleaned[:1].upper() + cleaned[1:]), 0.9, value)
            return
    for part in parts:
        if part.subject.strip():
            subject = _SUBJECT_PREFIX.sub("", part.subject).strip()
            cleaned = _TITLE_NOISE.sub("", subject).strip() or subject
            ex.set("title", cleaned[:1].upper() + cleaned[1:200], 0.8, part.subject)
            return
    for part in parts:
        for line in part.text.split("\n"):
            line = line.strip().strip("#*").strip()
            if (
                5 <= len(line) <= 120
                and not line.endswith(",")
                and not re.match(r"(?i)^(hei|hello|hi|dear|kjære)\b", line)
            ):
                ex.set("title", line, 0.5, line)
                return
    ex.set("title", None, 0.1)


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


_DEADLINE_WORDS = re.compile(
    r"(?i)\b(frist|fristen|innen|senest|seinast|ferdig|ferdigstilt|ferdigstilles|ferdigstillelse|levert|leveres|"
    r"levering|leveringsfrist|leveransefrist|sluttlevering|overlevering|overlevert|klar|deadline|due|"
    r"completed|complete|delivered|delivery|finished|no later than|by|before|før|til|until|ready|handed over)\b"
)
_NOT_DELIVERY = re.compile(
    r"(?i)\b(tilbud|tilbudet|tilbudsfrist|pristilbud|quote|quotation|offer|proposal|bid|tender|svar|svarfrist|"
    r"reply|respond|befaring|site visit|oppstart|oppstartsmøte|kick-?off|start|starter|begin|møte|meeting|"
    r"sendt|sent|datert|dated|skrev|wrote|mottatt|received|avklaring|spørsmål|questions|kontrakt|signering|"
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
    start = max(text.rfind("\n", 0, found.start), text.rfind(". ", 0, found.start), found.start - 120)
    return text[max(0, start) : found.start]


def _dates(parts: list[Part], ex: Extraction, reference: date) -> None:
    deadline = None
    milestones: list[dict] = []
    for part in parts:
        text = part.text
        scored: list[tuple[float, FoundDate, str]] = []
        for found in find_dates(text, part.sent or reference):
            before = _sentence_before(text, found)
            line = _line_of(text, found)
            if re.search(r"(?i)^\s*(date|dato|sent|sendt)\s*:", line):
                continue
            score = 0.0
            near = before[-60:]
            if _DEADLINE_WORDS.search(near):
                score += 1.0
            if re.search(r"(?i)\b(frist|deadline|senest|innen|no later than|by end of|ferdig|levert|due)\b", near):
                score += 0.5
            if _NOT_DELIVERY.search(before[-45:]):
                score -= 1.6
            if _MILESTONE_WORDS.search(before[-45:]) and not re.search(
                r"(?i)\b(sluttrapport|final|endelig|sluttlevering)\b", before[-45:]
            ):
                score -= 0.6
            scored.append((score, found, line))
        candidates = [c for c in scored if c[0] >= 0.9]
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
    if deadline:
        ex.set("deadline", deadline[0], deadline[1], deadline[2])
    else:
        ex.set("deadline", None, 0.3)
    deadline_value = deadline[0] if deadline else None
    milestones = [m for m in milestones if deadline_value is None or m["date"] <= deadline_value.isoformat()]
    ex.set("milestones", milestones[:20], 0.6 if milestones else 0.3)


_AMOUNT = r"(\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
_BUDGET_RE = re.compile(
    rf"(?i)(?:(MNOK|NOK|kr\.?|EUR|€|USD|\$|SEK|DKK)\s*{_AMOUNT}\s*(mill(?:ioner|ion)?\.?|mnok|m\b|k\b|'|tusen|thousand)?"
    rf"|{_AMOUNT}\s*(mill(?:ioner|ion)?\.?|mnok|k\b|'|tusen|thousand)?\s*(NOK|kr\.?|kroner|EUR|euro|€|USD|SEK|DKK|,-))"
)
_BUDGET_WORDS = re.compile(
    r"(?i)\b(budsjett|budsjettet|budsjettramme|ramme|rammen|kostnadsramme|økonomisk ramme|honorar|honorarramme|"
    r"budget|fee|not to exceed|maks|maksimalt|inntil|up to|cap|avsatt|set aside|disponibelt|available)\b"
)
_NOT_BUDGET = re.compile(
    r"(?i)\b(byggekostnad|entreprisekost|construction cost|building cost|prosjektkost|"
    r"total project cost|verdi|value|omsetning|turnover|timepris|hourly|per time|/t\b|per hour)"
)


def _parse_amount(raw: str, scale: str | None) -> float:
    raw = raw.replace("\u00a0", " ")
    grouped = re.fullmatch(r"(\d{1,3}(?:([ .,])\d{3})(?:\2\d{3})*)(?:[.,](\d{1,2}))?", raw)
    if grouped and not (grouped.group(2) in ".," and not grouped.group(3) and scale
                        and len(raw.split(grouped.group(2))) == 2):
        value = float(re.sub(r"[ .,]", "", grouped.group(1)) + ("." + grouped.group(3) if grouped.group(3) else ""))
    else:
        value = float(raw.replace(" ", "").replace(",", "."))
    scale = (scale or "").lower().strip(".")
    if scale.startswith("mill") or scale in ("mnok", "m", "mill"):
        value *= 1_000_000
    elif scale in ("k", "'", "tusen", "thousand"):
        value *= 1000
    return value


def _currency(raw: str | None) -> str:
    raw = (raw or "").lower().strip(".")
    if raw in ("eur", "€", "euro"):
        return "EUR"
    if raw in ("usd", "$"):
        return "USD"
    if raw in ("sek", "dkk"):
        return raw.upper()
    return "NOK"


def _budget(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        for line in part.text.split("\n"):
            if not _BUDGET_WORDS.search(line) or _NOT_BUDGET.search(line):
                continue
            for match in _BUDGET_RE.finditer(line):
                g = match.groups()
                if g[1]:
                    currency, raw, scale = g[0], g[1], g[2]
                    if currency.lower() == "mnok":
                        currency, scale = "NOK", "mnok"
                else:
                    raw, scale, currency = g[3], g[4], g[5]
                try:
                    amount = _parse_amount(raw, scale)
                except ValueError:
                    continue
                if amount < 1000:
                    continue
                unit = r"(?i)\s*(?:kr\.?|nok|,-)?\s*(?:per|pr\.?|each|/)\s*(?:stk|time|hour|enhet|unit|leil|m2|m²)"
                if re.match(unit, line[match.end(): match.end() + 20]):
                    continue  # a unit price, not the budget
                after = line[match.end() : match.end() + 40]
                around = line[max(0, match.start() - 30) : match.end() + 40]
                vat = None
                if re.search(
                    r"(?i)(eks\.?|ekskl\.?|eksklusiv|excl\.?|excluding|ex\.?|uten|\+)\s*(mva|moms|vat)", around
                ):
                    vat = "excl"
                elif re.search(r"(?i)(inkl\.?|inklusiv|incl\.?|including|med)\s*(mva|moms|vat)", around):
                    vat = "incl"
                del after
                ex.set("budget", {"amount": round(amount, 2), "currency": _currency(currency)}, 0.9, line)
                ex.set("budget_vat", vat, 0.85 if vat else 0.4)
                return
    ex.set("budget", None, 0.3)
    ex.set("budget_vat", None, 0.3)


_STREET = re.compile(
    r"\b([A-ZÆØÅ][\wæøåé.\-]*(?:\s+[A-ZÆØÅa-zæøå][\wæøåé.\-]*){0,3}"
    r"(?:\s?(?:gata|gaten|gate|veien|vegen|vei|veg|plass|plassen|allé|alle|bakken|stien|svingen|kaia|brygga|brygge|"
    r"torget|tunet|lia|haugen|jordet|løkka|kroken)|\s(?:Road|Street|Avenue|Lane|Way|Square|Gate|Vei|Veg))"
    r"\s+\d{1,4}\s?[A-Za-z]?(?:\s*,\s*\d{4}\s+[A-ZÆØÅ][\wæøå\-]+(?:\s+[A-ZÆØÅ][\wæøå\-]+)?)?)"
)
_POSTCODE = re.compile(r"\b(\d{4}\s+[A-ZÆØÅ][A-ZÆØÅa-zæøå\-]+)\b")


def _location(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        value = _labelled(
            part.text,
            [
                "adresse",
                "address",
                "sted",
                "lokasjon",
                "location",
                "site",
                "eiendom",
                "byggested",
                "beliggenhet",
                "prosjektadresse",
                "gateadresse",
                "property",
            ],
        )
        if value:
            ex.set("location", _clean_value(value), 0.9, value)
            return
    for part in parts:
        body = part.text
        signature = _signature(body)
        if signature:
            body = body[: body.find(signature)] if body.find(signature) > 0 else body
        matches = list(_STREET.finditer(body))
        if matches:
            match = max(matches, key=lambda m: ("," in m.group(1), -m.start()))
            ex.set("location", _clean_value(match.group(1)), 0.8 if part.kind != "older" else 0.7, match.group(0))
            return
    for part in parts:
        body = part.text
        signature = _signature(body)
        if signature and body.find(signature) > 0:
            body = body[: body.find(signature)]
        match = re.search(r"(?i)\b(?:gnr\.?\s*\d+\s*[,/]?\s*bnr\.?\s*\d+[^\n]{0,40})", body) or _POSTCODE.search(body)
        if match:
            ex.set("location", _clean_value(match.group(0)), 0.55, match.group(0))
            return
        match = re.search(
            r"(?i)\b(?:i|in|at|på)\s+([A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+)?\s+(?:kommune|sentrum))", body
        )
        if match:
            ex.set("location", match.group(1), 0.6, match.group(0))
            return
    ex.set("location", None, 0.3)


def _skills(parts: list[Part], ex: Extraction, glossary=None) -> None:
    """A skills section as written; else the library's skills named anywhere, with the company's
    jargon read through its glossary ("FK i kjelleren" → fuktkartlegging)."""
    from fornuft.projects.templates import skills_in_text

    for part in parts:
        sections = _sections(part.text)
        if sections.get("skills"):
            items = [_clean_item(x) for x in sections["skills"] if x.strip()]
            ex.set("skills", _dedupe(items)[:30], 0.85)
            return
    found: list[str] = []
    for part in parts:
        found.extend(skills_in_text(glossary.expand(part.text) if glossary else part.text))
    ex.set("skills", _dedupe(found)[:30], 0.6 if found else 0.3)


def _scope_and_constraints(parts: list[Part], ex: Extraction) -> None:
    scope = None
    constraints: list[str] = []
    for part in parts:
        sections = _sections(part.text)
        if scope is None and sections.get("scope"):
            scope = _clean_value(" ".join(sections["scope"]))[:1000]
        constraints.extend(_clean_item(x) for x in sections.get("constraints", []))
        for sentence in re.split(r"(?<=[.!?])\s+|\n", part.text):
            if re.search(
                r"(?i)\b(må|skal|kan ikke|ikke tilgang|only|must|cannot|can't|not before|ikke før|"
                r"tilgjengelig|access|adgang|krav om|required|sikkerhetsklarering|nøkkel)\b",
                sentence,
            ) and re.search(
                r"(?i)\b(tilgang|access|adgang|mellom|between|kun|bare|only|ikke før|not before|"
                r"helg|weekend|kveld|evening|sikkerhet|security|leietaker|tenant|beboer|resident|"
                r"nøkkel|key|varsle|notify|HMS|krav|must|må)\b",
                sentence,
            ):
                item = _clean_item(sentence)
                if 15 <= len(item) <= 300 and item not in constraints:
                    constraints.append(item)
        if part.kind == "message" and scope is None:
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n", part.text) if len(p.strip()) > 60]
            paragraphs = [p for p in paragraphs if not re.match(r"(?i)^(hei|hello|hi|dear|kjære)\b[^\n]{0,40}$", p)]
            if paragraphs:
                scope = _clean_value(re.sub(r"(?i)^(hei|hello|hi|dear|kjære)[^\n]{0,40}\n", "", paragraphs[0]))[:1000]
    ex.set("scope", scope, 0.7 if scope else 0.2)
    ex.set("constraints", _dedupe(constraints)[:20], 0.6 if constraints else 0.4)


def _is_forward(parts: list[Part]) -> bool:
    subject = parts[0].subject if parts else ""
    return bool(re.match(r"(?i)^\s*(fwd?|vs|wg|tr)\s*:", subject)) and len(parts) > 1


def extract(assignment: AssignmentText, reference: date | None = None, glossary=None) -> Extraction:
    """All fields, each with a confidence 0..1 (newest part first wins). `glossary`: the company's
    (fornuft.glossary.terms.Glossary), through which jargon names skills."""
    reference = reference or assignment.reference_date or datetime.now().date()  # noqa: DTZ005
    parts = assignment.parts
    ex = Extraction()
    # In a forward the colleague who forwards is not the client: who asked is in the forwarded part.
    client_parts = [*parts[1:], parts[0]] if _is_forward(parts) else parts
    _client(client_parts, ex)
    _contact(client_parts, ex)
    _title(parts, ex)
    _deliverables(parts, ex)
    _dates(parts, ex, reference)
    _budget(parts, ex)
    _location(parts, ex)
    _skills(parts, ex, glossary)
    _scope_and_constraints(parts, ex)
    return ex
