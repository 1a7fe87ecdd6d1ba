"""Contract parties: names, register numbers (MOD11 for Norwegian ones) and defined roles.

    find_parties(text)   # [{"name": "Nordlys Data AS", "org_number": "912345674", "role": "Leverandøren"}]

Read, in this order: the "between A … and B …" / "mellom A … og B …" sentence near the top;
labelled blocks ("Leverandør: Nordlys Data AS / Org.nr.: …"); company names with a legal
suffix next to a register number. A Norwegian 9-digit number that fails MOD11 is dropped (the
name stays); foreign register numbers (a UK company number, a Swedish org.nr) are kept as written.
"""

from __future__ import annotations

import re

LEGAL_SUFFIX = (
    r"(?:AS|ASA|ANS|DA|SA|BA|SE|ENK|NUF|IKS|KF|HF|Ltd\.?|Limited|PLC|plc|Inc\.?|Incorporated|LLC|L\.L\.C\.|"
    r"LLP|L\.P\.|LP|Corp\.?|Corporation|Company|Co\.|GmbH|AG|AB|ApS|A/S|Oy|Oyj|B\.V\.|N\.V\.|S\.A\.|"
    r"S\.r\.l\.|SAS|Pte\.? Ltd\.?|Kommune|kommune|fylkeskommune|stiftelse|Stiftelse)"
)
_NAME_WORD = r"[A-ZÆØÅ0-9][\w&'’.\-]*"
ENTITY = re.compile(r"(?<![\w])(?P<name>(?:" + _NAME_WORD + r"[ ,]{1,2}){0,6}?" + LEGAL_SUFFIX + r")(?![\w])")

_REG_LABEL = (
    r"(?:org(?:anisasjons)?\.?\s*-?\s*(?:nr|nummer|no)\.?|organi[sz]ation\s+(?:number|no\.?)|"
    r"foretaksnummer|foretaksregisteret|company\s+(?:registration\s+)?(?:number|no\.?)|"
    r"registration\s+(?:number|no\.?)|registered\s+(?:under\s+)?(?:number|no\.?)|reg\.?\s*(?:nr|no)\.?|"
    r"CVR(?:-nr\.?)?|Y-tunnus|corporate\s+(?:identity\s+)?(?:number|no\.?)|VAT\s+(?:number|no\.?)|"
    r"KvK(?:-nummer|\s+(?:number|no\.?))?|Chamber\s+of\s+Commerce\s+(?:number|no\.?)|business\s+ID|"
    r"company\s+code|registry\s+code|(?:trade\s+)?register\s+(?:number|no\.?)|"
    r"(?:with\s+)?company\s+number|organisasjonsnummer)"
)
REG_NUMBER = re.compile(
    r"(?i)(?P<label>"
    + _REG_LABEL
    + r")"
    + r"\s*[:.]?\s*(?:is\s+)?(?P<number>(?:NO|SE|DK|GB|FI)?\s?[0-9][0-9A-Z \u00a0\-]{4,14}[0-9])(?:\s*MVA)?"
)
# German commercial register numbers carry their division as part of the number ("HRB 12345").
GERMAN_REGISTER = re.compile(r"\b(?P<number>HR[AB]\s?\d{3,7})\b")
NO_VAT = re.compile(r"\bNO\s?(?P<number>\d{3}\s?\d{3}\s?\d{3})\s?MVA\b")

_ROLE = re.compile(
    r"(?:\(|,)\s*(?:(?:heretter|heretter\s+kalt|hereinafter(?:\s+(?:referred\s+to\s+as|called))?|"
    r"referred\s+to\s+as|the|each\s+a|som)\s+)?(?:the\s+)?[\"“«'‘](?P<role>[^\"”»'’]{2,40})[\"”»'’]"
)

ROLE_LABELS = (
    "leverandør",
    "leverandøren",
    "kunde",
    "kunden",
    "oppdragsgiver",
    "oppdragsgiveren",
    "oppdragstaker",
    "oppdragstakeren",
    "utleier",
    "utleieren",
    "leietaker",
    "leietakeren",
    "arbeidsgiver",
    "arbeidsgiveren",
    "arbeidstaker",
    "arbeidstakeren",
    "kjøper",
    "kjøperen",
    "selger",
    "selgeren",
    "lisensgiver",
    "lisenstaker",
    "behandlingsansvarlig",
    "behandlingsansvarlige",
    "databehandler",
    "databehandleren",
    "konsulent",
    "konsulenten",
    "byggherre",
    "byggherren",
    "entreprenør",
    "entreprenøren",
    "totalentreprenør",
    "underentreprenør",
    "hovedentreprenør",
    "main contractor",
    "discloser",
    "part",
    "part 1",
    "part 2",
    "avtalepart",
    "supplier",
    "customer",
    "client",
    "landlord",
    "tenant",
    "lessor",
    "lessee",
    "employer",
    "employee",
    "licensor",
    "licensee",
    "buyer",
    "seller",
    "purchaser",
    "vendor",
    "controller",
    "processor",
    "consultant",
    "contractor",
    "subcontractor",
    "service provider",
    "provider",
    "company",
    "distributor",
    "disclosing party",
    "receiving party",
    "party a",
    "party b",
    "first party",
    "second party",
    "recipient",
)
_LABELLED = re.compile(
    r"(?im)^[ \t]*(?P<label>"
    + "|".join(sorted((re.escape(r) for r in ROLE_LABELS), key=len, reverse=True))
    + r")[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*[:\n][ \t]*\n?[ \t]*(?P<name>[^\n:]{2,100})$"
)
_SKIP_NAME = re.compile(r"(?i)^(?:navn|name|adresse|address|org|dato|date|signatur|signature|underskrift|by|sted)\b")


def mod11_valid(number: str) -> bool:
    """True for a 9-digit Norwegian organisation number whose MOD11 check digit is right."""
    digits = re.sub(r"\D", "", number)
    if len(digits) != 9 or digits[0] not in "89":
        return False
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return check != 10 and check == int(digits[8])


def normalise_org_number(raw: str) -> str | None:
    """A register number as stored: Norwegian 9-digit numbers without spaces and only when
    MOD11 holds; other numbers (UK, Swedish, Danish...) with spaces removed."""
    text = raw.strip().upper().removesuffix("MVA").strip()
    compact = re.sub(r"[\s\u00a0]", "", text)
    if compact.startswith("NO") and compact[2:].isdigit():
        compact = compact[2:]
    digits = re.sub(r"\D", "", compact)
    if compact.isdigit() and len(digits) == 9:
        return digits if mod11_valid(digits) else None
    if len(digits) < 5:
        return None
    return compact.replace("-", "") if re.fullmatch(r"[A-Z]{0,2}[\d-]+", compact) else compact


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,;:-–\t\"“”«»'")
    name = re.sub(r"(?i)^(?:and|og|between|mellom|by|av|the undersigned)\s+", "", name)
    return name.strip(" ,;")


# Labels of registers outside Norway: a nine-digit number under them (a Lithuanian company
# code) is not a Norwegian org.nr and is kept as written, MOD11 or not.
_FOREIGN_LABEL = re.compile(r"(?i)company\s+code|registry\s+code|KvK|business\s+ID|Y-tunnus|CVR|company\s+number|"
                            r"corporate\s+identity|chamber\s+of\s+commerce|trade\s+register")


def _reg_number(text: str) -> str | None:
    for pattern in (REG_NUMBER, GERMAN_REGISTER, NO_VAT):
        for match in pattern.finditer(text):
            value = normalise_org_number(match.group("number"))
            if value is None and pattern is REG_NUMBER and _FOREIGN_LABEL.search(match.group("label")):
                value = re.sub(r"[\s\u00a0]", "", match.group("number"))
            if value:
                return value
    return None


def _raw_reg_number(text: str) -> bool:
    return bool(REG_NUMBER.search(text) or GERMAN_REGISTER.search(text) or NO_VAT.search(text))


def _role(text: str) -> str | None:
    match = _ROLE.search(text)
    if match:
        role = match.group("role").strip()
        if not re.search(r"\d{4}", role):
            return role
    return None


def _split_top_level(segment: str) -> list[str]:
    """Splits "A (…, "X") and B (…)" into the parties' descriptions: at list markers "(1)",
    "(2)"; else at an and/og outside brackets and quotes after a complete description; else at
    the first such and/og."""
    marked = re.split(r"(?m)(?:^|\s)\(?(?:[1-4]|[a-d]|i{1,3})\)\s+|^\s*[1-4]\.\s+", segment)
    if len([p for p in marked if p.strip()]) >= 2:
        return [re.sub(r"(?i)[;,]?\s*(?:and|og)\s*$", "", p) for p in marked if p.strip()]
    candidates = []
    depth, quote = 0, False
    for match in re.finditer(r"[()\[\]\"“”«»]|\b(?:and|og)\b|;", segment):
        mark = match.group()
        if mark in "([":
            depth += 1
        elif mark in ")]":
            depth = max(0, depth - 1)
        elif mark in '"“”«»':
            quote = not quote if mark == '"' else mark in "“«"
        elif depth == 0 and not quote:
            candidates.append(match)
    parts, last = [], 0
    for match in candidates:
        before = segment[last : match.start()]
        if match.group() == ";" or _looks_complete(before):
            parts.append(before)
            last = match.end()
    parts.append(segment[last:])
    parts = [p for p in parts if p.strip()]
    if len(parts) < 2 and candidates:
        first = candidates[0]
        parts = [segment[: first.start()], segment[first.end() :]]
    return [p for p in parts if p.strip()]


def _looks_complete(part: str) -> bool:
    """A party description is complete once it has a name with a role, a register number
    or a legal suffix followed by something else (avoids cutting "Smith and Sons AS")."""
    return bool(_role(part) or _raw_reg_number(part) or re.search(LEGAL_SUFFIX + r"\W*$", part.strip()))


_BETWEEN = re.compile(
    r"(?is)\b(?:by\s+and\s+)?(?:between|mellom|inngått\s+mellom|made\s+between)\b[:\s]+(?P<body>.{10,1500}?)"
    r"(?:\n\s*\n\s*(?:\d|[A-ZÆØÅ]{3,}|WHEREAS|RECITALS|BAKGRUNN|1\.)|\.\s*\n|\bWHEREAS\b|"
    r"(?:hereby|herved|agree[s]?\s+as\s+follows|avtalt\s+følgende|følgende\s+avtale))"
)


def _from_between(text: str) -> list[dict]:
    match = _BETWEEN.search(text[:6000])
    if not match:
        return []
    body = match.group("body")
    offset = 0
    for line in body.splitlines(keepends=True):
        if (
            offset
            and re.match(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|§\s*\d+)\s+\S", line)
            and not ENTITY.search(line)
            and not REG_NUMBER.search(line)
        ):
            body = body[:offset]
            break
        offset += len(line)
    parties = []
    for part in _split_top_level(body)[:4]:
        entity = ENTITY.search(part)
        if entity and entity.start() < 80:
            name = entity.group("name")
        else:
            name = re.split(
                r",|\(|\n|\s-\s|\s–\s|\bof\b|\bwith\b|\bi\b|\bmed\b|\bhaving\b|\borg", part.strip(), maxsplit=1
            )[0]
        name = _clean_name(name)
        if len(name) < 2 or len(name) > 100 or _SKIP_NAME.match(name):
            continue
        parties.append({"name": name, "org_number": _reg_number(part), "role": _role(part)})
    return parties if len(parties) >= 2 else []


def _from_labels(text: str) -> list[dict]:
    head = text[:8000]
    parties = []
    for match in _LABELLED.finditer(head):
        name = _clean_name(match.group("name"))
        if _SKIP_NAME.match(name) or len(name) < 2 or re.fullmatch(r"[\d\s.,:/-]+", name):
            continue
        if re.search(r"(?i)\b(?:skal|shall|will|er|is|har|has)\b", name):
            continue  # a sentence, not a name
        window = head[match.end() : match.end() + 250]
        stop = re.search(r"(?im)^[ \t]*(?:" + "|".join(re.escape(r) for r in ROLE_LABELS) + r")[ \t]*[:\n]", window)
        window = window[: stop.start()] if stop else window
        entity = ENTITY.search(name)
        org_number = _reg_number(name) or _reg_number(window)
        name = _clean_name(re.split(r",|\(|\borg", entity.group("name") if entity else name)[0])
        parties.append({"name": name, "org_number": org_number, "role": match.group("label").strip().capitalize()})
    return parties


def _from_entities(text: str) -> list[dict]:
    parties = []
    head = text[:3000]
    for match in REG_NUMBER.finditer(head):
        before = head[max(0, match.start() - 160) : match.start()]
        entities = list(ENTITY.finditer(before))
        if not entities:
            continue
        name = _clean_name(entities[-1].group("name"))
        parties.append(
            {
                "name": name,
                "org_number": normalise_org_number(match.group("number")),
                "role": _role(head[match.end() : match.end() + 120]),
            }
        )
    return parties


def _from_defined_roles(text: str) -> list[dict]:
    """Companies introduced with a defined role in the opening, with or without a register
    number: 'Tindra, Inc., a Delaware corporation ("Tindra"), and …'."""
    parties = []
    head = text[:2500]
    for match in _ROLE.finditer(head):
        before = head[max(0, match.start() - 160) : match.start()]
        entities = list(ENTITY.finditer(before))
        if not entities:
            continue
        between = before[entities[-1].end() :]
        parties.append({"name": _clean_name(entities[-1].group("name")), "org_number": _reg_number(between),
                        "role": match.group("role").strip()})
    return parties


def find_parties(text: str) -> list[dict]:
    """The parties, each {"name", "org_number", "role"}; the first reading that finds two wins."""
    for reader in (_from_between, _from_labels, _from_entities):
        found = _unique(reader(text))
        if len(found) >= 2:
            return found[:6]
    combined = _unique(_from_entities(text) + _from_defined_roles(text))
    if len(combined) >= 2:
        return combined[:6]
    return _unique(_from_labels(text) or _from_entities(text))[:6]


def _unique(parties: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for party in parties:
        key = re.sub(r"\W", "", party["name"].lower())
        if key in seen:
            seen[key]["org_number"] = seen[key]["org_number"] or party["org_number"]
            seen[key]["role"] = seen[key]["role"] or party["role"]
        elif key:
            seen[key] = dict(party)
    return list(seen.values())
