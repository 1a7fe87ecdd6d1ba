"""Reading who asks and what it is called: client, contact and title (labelled lines,
signatures, subject lines).
"""

from __future__ import annotations

import re

from fornuft.projects.assignment import Extraction, Part

# "Label: value", and the forms a brief's table or an order leaves as text: "Label<TAB>value",
# "Label ........ value".
_LABEL = r"^\s*[-*•]?\s*(?:\*\*)?({labels})(?:\*\*)?(?:\s*[:\-–]|[ ]*\t|\s*\.{{3,}}|\s*…+)\s*(.+)$"
# A PDF table row loses its tab: "Oppdragsgiver Nordby kommune" (a form label, then a name).
_SPACED_LABEL = r"^\s*({labels})[ ]{{1,4}}([A-ZÆØÅ0-9].{{2,100}})$"


def _labelled(text: str, labels: list[str], spaced: bool = False) -> str | None:
    pattern = re.compile(_LABEL.format(labels="|".join(labels)), re.I | re.M)
    match = pattern.search(text)
    if not match and spaced:
        match = re.compile(_SPACED_LABEL.format(labels="|".join(_capitalised(labels))), re.M).search(text)
    if match:
        value = match.group(2).strip().strip("*").strip()
        return value or None
    return None


def _capitalised(labels: list[str]) -> list[str]:
    return [label[:1].upper() + label[1:] for label in labels]


_COMPANY = re.compile(
    r"\b((?:[A-ZÆØÅ0-9][\w&'.\-]*[ \t]+){0,5}?(?:[A-ZÆØÅ][\w&'.\-]*)[ \t]+"
    r"(?:AS|ASA|SA|KF|IKS|ANS|DA|BA|Ltd|AB|Inc|GmbH)"
    # a sameie or borettslag may be named after its street and number: "Fjellgata 8 Sameie"
    r"|(?:[A-ZÆØÅ][\wæøå\-]*[ \t]+(?:\d{1,4}[A-Za-z]?[ \t]+)?){0,2}"
    r"(?:kommune|fylkeskommune|Sameie|sameie|borettslag|Borettslag|BRL|Eiendom)"
    r"(?:[ \t]+[A-ZÆØÅ][\wæøå\-]*){0,2}"
    r"|(?:Borettslaget|Sameiet|Stiftelsen|Statsbygg|Boligbyggelag)(?:[ \t]+[A-ZÆØÅ0-9][\wæøå\-]*){0,3}"
    # Associations and church councils name their kind in the last word, often a compound:
    # "Vikane Seilforening", "Lindås Boligsameie", "Øvre Bekkedal kirkelige fellesråd".
    r"|(?:[A-ZÆØÅ][\wæøå\-]*[ \t]+){1,3}(?:[a-zæøå]+[ \t]+)?[\wæøå\-]*"
    r"(?:forening|borettslag|idrettslag|sameie|[a-zæøå]råd|stiftelse|menighet|klubb))\b"
)
_CLIENT_LABELS = [
    "oppdragsgiver",
    "oppdragsgjevar",
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


# Consumer mail services: a sender there writes as a private person, not as a company.
_CONSUMER_MAIL = {
    "gmail", "hotmail", "outlook", "online", "live", "yahoo", "icloud", "me", "msn", "epost", "post", "mail",
    "proton", "protonmail", "altibox", "getmail", "broadpark", "lyse", "telia", "start", "aol", "gmx",
}
_CLIENT_FORM_LABELS = ["Oppdragsgiver", "Byggherre", "Tiltakshaver", "Client", "Customer", "Kunde", "Bestiller"]


def _company_part(value: str) -> str:
    """ "Bakkely Næringsbygg AS, Bakkelyveien 12, Moss" → the company before its address."""
    head = value.split(",")[0].strip()
    return head if "," in value and _COMPANY.fullmatch(head) else value


def _client(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        value = _labelled(part.text, _CLIENT_LABELS) or _labelled(part.text, _CLIENT_FORM_LABELS, spaced=True)
        if value:
            ex.set("client", _company_part(_clean_value(value)), 0.95, value)
            return
    # The newest messages first; an older one (a quoted first request) before guessing from a domain.
    for part in sorted(parts, key=lambda p: p.kind == "older"):
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
            if domain and domain.lower() not in _CONSUMER_MAIL:
                ex.set("client", domain.capitalize(), 0.45, part.sender_address)
                return
            if part.sender_name:  # a private person asks for themselves
                ex.set("client", part.sender_name, 0.6, part.sender_address)
                return
    # A municipality's own brief speaks of itself as "kommunen" and names its town hall or itself.
    for part in parts:
        if re.search(r"\b[Kk]ommunen\b", part.text):
            match = re.search(r"\b([A-ZÆØÅ][\wæøå\-]+)\s+(?:kommune|rådhus)\b", part.text)
            if match:
                ex.set("client", f"{match.group(1)} kommune", 0.55, match.group(0))
                return
    ex.set("client", None, 0.2)


def _signature(text: str) -> str:
    match = re.search(
        r"(?im)^\s*(med vennlig hilsen|vennlig hilsen|med hilsen|mvh|hilsen|beste hilsen|regards|best regards|"
        r"kind regards|best|thanks|takk|yours faithfully|yours sincerely|sincerely|cheers|venlig hilsen)\b.*$",
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
        line = _title_line(part.text)
        if line:
            ex.set("title", line, 0.5, line)
            return
    ex.set("title", None, 0.1)


# The kind of document is not its title: "FORESPØRSEL OM RÅDGIVERTJENESTER", "ORDER
# CONFIRMATION / SCOPE OF WORK", "Oppdragsbeskrivelse – RIB-prosjektering" (what follows is).
_DOCUMENT_KIND = re.compile(
    r"(?i)^(?:(?:forespørsel|tilbudsforespørsel|prisforespørsel|oppdragsbeskrivelse|konkurransegrunnlag|"
    r"bestilling|avrop|ordrebekreftelse|anbudsinnbydelse|konkurranse|rådgivertjenester|rådgivningstjenester|"
    r"request(?: for (?:quotation|quote|proposal|tender))?|order confirmation|order|purchase order|"
    r"scope of work|(?:consultant |assignment |project )?brief|call-off|invitation to tender|tender|"
    r"assignment|oppdrag)(?![\wæøå])(?:\s+(?:om|on|for|about|of))?[\s/:\-–]*)+"
)
_NOT_A_TITLE = re.compile(
    r"(?i)^(?:(hei|hello|hi|dear|kjære|att|til|to|fra|from)\b|v/)"  # greetings, addressees
    r"|[a-zæøå)]\.\s+[A-ZÆØÅ]"  # running text, not a heading
    r"|^\d{4}\s+[A-ZÆØÅ]"  # a postcode line
    r"|^[\w\s]+,\s*\d{1,2}\.?\s+\w+\s+\d{4}$"  # "Sted, 26. april 2027"
    r"|\t|\.{3,}"  # a form row
    r"|\b(side|page)\s+\d+\s*$"
)


def _title_line(text: str) -> str | None:
    """The first line near the top of a brief that says what the work is: not a letterhead or
    an organisation, an address, a date, a form row or only the kind of document."""
    raw_lines = [x for x in text.split("\n") if not re.match(r"^\s*(?:[-*•–·▪]|\d{1,2}[.)]|[a-h]\))\s", x)]
    # A PDF heading with the date at the right margin reads "Title<TAB>12.01.2027": the title is
    # its first cell (a short first cell is a form row's label, left whole to be skipped below).
    raw_lines = [x.split("\t")[0] if len(x.split("\t")[0].split()) >= 3 else x for x in raw_lines]
    lines = [x.strip().strip("#*").strip() for x in raw_lines]  # list items are not titles
    lines = [x for x in lines if x][:12]
    for i, line in enumerate(lines):
        if not 5 <= len(line) <= 120 or line.endswith((",", ":")) or line[:1].islower() or _NOT_A_TITLE.search(line):
            continue
        if _COMPANY.fullmatch(line) or _STREETISH.search(line) or len(line.split()) < 2:
            continue  # an organisation, an address, a section head ("Bakgrunn")
        if re.match(r"^[A-ZÆØÅ]{2,}(?:\s+[A-ZÆØÅ]{2,})+\s+[–-]\s+\S+$", line):
            continue  # a letterhead with a department: "BYEN KOMMUNE – Eiendom"
        rest = _DOCUMENT_KIND.sub("", line).strip(" :–-/")
        if rest == line.strip(" :–-/") and re.match(r"^[\w ]{1,25}:\s", line):
            continue  # "Label: value" is a form row, unless the label is the kind of document
        # An organisation before a dash is the letterhead: "Lyngstad Barnehager AS – ny barnehage".
        org = re.match(r"^(.+?)\s+[–-]\s+(.+)$", rest)
        if org and _COMPANY.fullmatch(org.group(1).strip()):
            rest = org.group(2)
        if len(rest) < 5 or rest.isupper() and _DOCUMENT_KIND.sub("", rest.lower()).strip() == "":
            continue
        if rest.isupper():
            continue  # a letterhead in capitals ("SANDELV KOMMUNE")
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if nxt and re.search(r"(?i)\b(av|of|og|and|for|til|to|med|with|the)$|[a-zæøå]$", rest) and nxt[:1].islower():
            rest = f"{rest} {nxt}"  # a title wrapped to the next line
        return _clean_value(rest[:1].upper() + rest[1:])
    return None


_STREETISH = re.compile(r"^[A-ZÆØÅ][\wæøå.\- ]+\s\d{1,4}[A-Za-z]?,\s*\d{4}\s")
