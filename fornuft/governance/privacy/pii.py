"""Personal-data detection in Norwegian and English text. Plain logic: strings in, spans out.

Structured identifiers are found by their shape and then confirmed by their checksums
(fødselsnummer/D-nummer: both MOD11 digits and a real date; bank account MOD11; org
number MOD11; IBAN MOD97; payment card Luhn), so a random number of the right length is
not reported. Person names come from a gazetteer of common first names plus cue words
("Hilsen", "Dear", "Kontaktperson:") that make any capitalised word after them a name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass

from fornuft.core import identifiers
from fornuft.governance.privacy import names

NATIONAL_ID = "NATIONAL_ID"
ORG_NUMBER = "ORG_NUMBER"
BANK_ACCOUNT = "BANK_ACCOUNT"
IBAN = "IBAN"
CARD = "CARD"
PHONE = "PHONE"
EMAIL = "EMAIL"
ADDRESS = "ADDRESS"
PERSON = "PERSON"

KINDS = (NATIONAL_ID, ORG_NUMBER, BANK_ACCOUNT, IBAN, CARD, PHONE, EMAIL, ADDRESS, PERSON)
STRUCTURED = frozenset(KINDS) - {PERSON}
# Where two findings overlap, the one listed first wins.
_PRIORITY = {kind: index for index, kind in enumerate(
    (EMAIL, IBAN, CARD, NATIONAL_ID, BANK_ACCOUNT, ORG_NUMBER, PHONE, ADDRESS, PERSON))}


@dataclass(frozen=True)
class Entity:
    kind: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return asdict(self)


def _context_before(text: str, start: int, width: int = 32) -> str:
    return text[max(0, start - width):start].lower()


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
_CARD = re.compile(r"(?<![\d-])(?:\d{4}[ -]?\d{6}[ -]?\d{5}|(?:\d{4}[ -]?){3}\d{1,4})(?![\d])")
_FNR = re.compile(r"(?<![\d.,-])(\d{6})[ -]?(\d{5})(?!\d|[.,]\d)")
_ACCOUNT = re.compile(r"(?<![\d.,-])(\d{4})([ .]?)(\d{2})\2(\d{5})(?!\d|[.,]\d)")
_ORG = re.compile(r"(?<![\d.,-])([89]\d{2})([ .]?)(\d{3})\2(\d{3})(?!\d|[.,]\d)")
_PHONE_INTL = re.compile(r"(?<![\w+])(?:\+|00(?=[1-9]))(?:\(?\d{1,3}\)?)(?:[ -]?\(?\d\)?){6,13}(?![\d])")
_PHONE_NO = re.compile(
    r"(?<![\d.,+-])(?:[2-9]\d{2} \d{2} \d{3}|[2-9]\d \d{2} \d{2} \d{2}|[2-9]\d{7})(?!\d|[.,]\d)")
_PHONE_UK = re.compile(r"(?<![\d+])0\d{2,4} \d{3} ?\d{3,4}(?!\d)")

_ACCOUNT_CUES = ("konto", "account", "kontonr", "kto", "betal til", "pay to", "bankkonto")
_FNR_CUES = ("fødselsnummer", "personnummer", "f.nr", "fnr", "d-nummer", "d-nr", "national id",
             "birth number", "identity number", "personnr")
_PHONE_CUES = ("tlf", "telefon", "mobil", "phone", "tel", "ring", "sms", "call", "mob", "nummer",
               "number", "kontakt", "reach me", "/")
_NOT_PHONE_CUES = ("faktura", "invoice", "ordre", "order", "kid", "ref", "kunde", "konto", "account",
                   "sak", "case", "nok", "kr", "beløp", "amount", "org")

_SUFFIX = (r"(?:gata|gaten|gate|veien|vegen|vei|veg|allé|alle|plassen|plass|torget|torg|stien|bakken|"
           r"brygga|brygge|kaia|kaien|lia|ringen|svingen|tunet|jordet|åsen|lien|dalen|myra|kroken|løkka|"
           r"haugen|terrassen|vn\.|gt\.)")
_CAP = r"[A-ZÆØÅ][\wæøåÆØÅé'’.-]*"
_PLACE = r"[A-ZÆØÅ][a-zæøåé]+(?:[ -][A-ZÆØÅ][a-zæøåé]+)?(?: [A-ZÆØÅ](?![\wæøå]))?"
_STREET = (rf"(?:(?:{_CAP} ){{1,2}}(?:gate|gata|vei|veg|allé|plass|torg|vn\.|gt\.)|"
           rf"(?:(?:Nedre|Øvre|Store|Lille|Søndre|Nordre|Vestre|Østre|Gamle|Nye|Sankt) )?"
           rf"[A-ZÆØÅ][\wæøåé'-]*?{_SUFFIX}|Postboks|Pb\.)\s\d{{1,4}}(?:\s?[A-Za-z](?![\wæøå]))?")
_ADDRESS = re.compile(rf"(?<![\wæøåÆØÅ])(?:{_STREET}(?:,?[ \n](?:[A-ZÆØÅ][\wæøå]+,?[ \n])?\d{{4}} {_PLACE})?"
                      rf"|(?<![\d.,])\d{{4}} (?!Kroner|kr\b|NOK)(?:{_PLACE}))(?![\wæøå])")
_UK_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Z]? (?:[A-Z][a-z]+ ){1,2}(?:Street|Road|Avenue|Lane|Drive|Way|Close|Place|Square|Terrace)"
    r"(?:, [A-Z][a-z]+)?(?: [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})?\b")

_WORD = re.compile(r"[A-ZÆØÅ][a-zæøåéèüöäA-ZÆØÅ'’]*(?:-[A-ZÆØÅ][a-zæøåéèüöä'’]+)?")
_COMPANY_WORDS = frozenset(
    "AS ASA ANS DA SA Ltd Limited Inc LLC GmbH AB Group Holding Consulting Rådgivning Regnskap Service Services "
    "Bygg Transport Eiendom Elektro Engros Data Systems Solutions Partners Kommune Bank Sparebank Teknikk "
    "Norge Norway Nordic International Company Team Support Kundeservice Fornuft".split()
)
_CUES_LONGEST_FIRST = tuple(sorted(names.NAME_CUES, key=len, reverse=True))
# Header words that introduce a name only when followed by a colon ("Til: Kari Holm").
_COLON_CUES = ("til:", "to:", "fra:", "from:", "cc:", "attn:", "ansvarlig:", "leder:", "pårørende:")
_CONJUNCTION = re.compile(r"(?:,| og | and | & |, og |, and )")
_TITLES = ("mr", "mrs", "ms", "miss", "dr", "herr", "fru", "frk", "prof")


def _digits(value: str) -> str:
    return identifiers.digits(value)


def _find_emails(text):
    for m in _EMAIL.finditer(text):
        yield Entity(EMAIL, m.start(), m.end(), m.group())


def _find_ibans(text):
    for m in _IBAN.finditer(text):
        candidate = m.group()
        # The pattern may run into a following word; shorten until the checksum holds.
        while len(candidate.replace(" ", "")) >= 15:
            if identifiers.is_valid_iban(candidate):
                yield Entity(IBAN, m.start(), m.start() + len(candidate), candidate)
                break
            candidate = candidate[:-1].rstrip()


def _find_cards(text):
    for m in _CARD.finditer(text):
        number = _digits(m.group())
        if _has_cue(_context_before(text, m.start(), 16), ("kid", "ref", "ordre", "order")):
            continue  # a payment reference with a MOD10 digit, not a card
        if 13 <= len(number) <= 19 and number[0] in "23456" and identifiers.luhn_valid(number):
            yield Entity(CARD, m.start(), m.end(), m.group())


def _has_cue(before: str, cues, prefix: bool = False) -> bool:
    """A cue word in `before`; with `prefix`, also as the start of a compound (fakturanummer)."""
    end = "" if prefix else "(?![a-zæøå])"
    return any(re.search(rf"(?<![a-zæøå]){re.escape(cue)}{end}", before) for cue in cues)


def _find_national_ids(text):
    for m in _FNR.finditer(text):
        number = m.group(1) + m.group(2)
        if not identifiers.is_valid_fnr(number):
            continue
        separated = len(m.group()) == 12
        if not separated and identifiers.is_valid_bank_account(number):
            before = _context_before(text, m.start())
            if _has_cue(before, _ACCOUNT_CUES) and not _has_cue(before, _FNR_CUES):
                continue  # an account number that happens to look like a birth number
        yield Entity(NATIONAL_ID, m.start(), m.end(), m.group())


def _find_accounts(text):
    for m in _ACCOUNT.finditer(text):
        if identifiers.is_valid_bank_account(m.group(1) + m.group(3) + m.group(4)):
            yield Entity(BANK_ACCOUNT, m.start(), m.end(), m.group())


def _find_org_numbers(text):
    for m in _ORG.finditer(text):
        if identifiers.is_valid_org_number(m.group(1) + m.group(3) + m.group(4)):
            yield Entity(ORG_NUMBER, m.start(), m.end(), m.group())


def _find_phones(text):
    for m in _PHONE_INTL.finditer(text):
        value = m.group().rstrip(" -")
        number = _digits(value)
        if value.startswith(("+47", "0047")):
            national = number[2:] if value.startswith("+") else number[4:]
            if len(national) < 8:
                continue
            # Keep exactly eight national digits; the rest belongs to the next token.
            kept, count = 0, 0
            prefix_digits = 2 if value.startswith("+") else 4
            for index, char in enumerate(value):
                if char.isdigit():
                    count += 1
                    if count == prefix_digits + 8:
                        kept = index + 1
                        break
            value = value[:kept]
        elif not 8 <= len(number) <= 15:
            continue
        yield Entity(PHONE, m.start(), m.start() + len(value), value)
    for m in _PHONE_NO.finditer(text):
        before = _context_before(text, m.start(), 28)
        if " " not in m.group():
            mobile = m.group()[0] in "49" and not _has_cue(before, _NOT_PHONE_CUES, prefix=True)
            if not (_has_cue(before, _PHONE_CUES) or mobile):
                continue
        elif _has_cue(before[-12:], ("kr", "nok", "beløp", "sum", "total")):
            continue
        yield Entity(PHONE, m.start(), m.end(), m.group())
    for m in _PHONE_UK.finditer(text):
        if m.group().startswith("07") or _has_cue(_context_before(text, m.start(), 28), _PHONE_CUES):
            yield Entity(PHONE, m.start(), m.end(), m.group())


def _find_addresses(text):
    for pattern in (_ADDRESS, _UK_ADDRESS):
        for m in pattern.finditer(text):
            value = m.group()
            if value.split()[0] in names.STOP_WORDS and not value[0].isdigit():
                continue
            yield Entity(ADDRESS, m.start(), m.end(), value)


def _cue_before(text: str, start: int) -> str | None:
    """The cue word that ends just before `start` (across spaces, commas, colons, a line break)."""
    before = text[max(0, start - 40):start]
    stripped = before.rstrip(" \t,:;\n\r.")
    if len(before) - len(stripped) > 4 or "\n\n" in before[len(stripped):]:
        return None
    lower = stripped.lower()
    with_colon = before.rstrip(" \t").lower()
    for cue in _COLON_CUES:
        if with_colon.endswith(cue) and (len(with_colon) == len(cue) or not with_colon[-len(cue) - 1].isalpha()):
            return cue
    for cue in _CUES_LONGEST_FIRST:
        if lower.endswith(cue):
            edge = len(lower) - len(cue) - 1
            if edge < 0 or not lower[edge].isalpha():
                return cue
    return None


def _is_first_name(word: str) -> bool:
    if word in names.FIRST_NAMES:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(part in names.FIRST_NAMES for part in parts)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:\"(«"


def _find_persons(text):
    words = list(_WORD.finditer(text))
    index = 0
    last_person_end = -1
    while index < len(words):
        word = words[index]
        token = word.group()
        cue = _cue_before(text, word.start())
        # "Kari og Ola", "Kari, Ola and Per": a capitalised word joined to a name is a name.
        if cue is None and last_person_end >= 0 and _CONJUNCTION.fullmatch(text[last_person_end:word.start()]):
            cue = "og"
        if (token in names.STOP_WORDS or token.lower() in _TITLES
                or token.isupper() and len(token) > 1 and token not in names.FIRST_NAMES):
            index += 1
            continue
        first = _is_first_name(token)
        titled = cue in _TITLES
        before_surname = (index + 1 < len(words) and words[index + 1].group() in names.LAST_NAMES
                          and text[word.end():words[index + 1].start()] == " ")
        if not (first or cue or before_surname or (token in names.LAST_NAMES and titled)):
            index += 1
            continue
        # Extend over the following capitalised words of the same name (middle and last names).
        end_index = index
        while end_index + 1 < len(words) and end_index - index < 3:
            following = words[end_index + 1]
            gap = text[words[end_index].end():following.start()]
            if gap != " " or following.group() in names.STOP_WORDS:
                break
            end_index += 1
        run = [w.group() for w in words[index:end_index + 1]]
        if end_index + 1 < len(words) and text[words[end_index].end():words[end_index + 1].start()] == " ":
            run_and_next = [*run, words[end_index + 1].group()]
        else:
            run_and_next = run
        if any(part in _COMPANY_WORDS for part in run_and_next):
            index = end_index + 1
            continue
        if len(run) == 1 and not cue and not titled:
            if token in names.AMBIGUOUS_FIRST:
                index += 1
                continue
            if not first:
                index += 1
                continue
        start, end = word.start(), words[end_index].end()
        yield Entity(PERSON, start, end, text[start:end])
        last_person_end = end
        index = end_index + 1


_DETECTORS = {
    EMAIL: _find_emails, IBAN: _find_ibans, CARD: _find_cards, NATIONAL_ID: _find_national_ids,
    BANK_ACCOUNT: _find_accounts, ORG_NUMBER: _find_org_numbers, PHONE: _find_phones,
    ADDRESS: _find_addresses, PERSON: _find_persons,
}


def detect(text: str, kinds=None) -> list[Entity]:
    """Every piece of personal data in `text`, as non-overlapping spans in text order."""
    if not text:
        return []
    wanted = set(kinds) if kinds else set(KINDS)
    unknown = wanted - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kind(s) {sorted(unknown)}; choose from {', '.join(KINDS)}")
    found: list[Entity] = []
    for detector in _DETECTORS.values():
        found.extend(detector(text))
    found.sort(key=lambda e: (_PRIORITY[e.kind], -(e.end - e.start), e.start))
    # Accepted spans never overlap, so sorted by start they are also sorted by end:
    # a new span overlaps one only if it overlaps its neighbour on either side.
    starts: list[int] = []
    taken: list[Entity] = []
    for entity in found:
        index = bisect.bisect_left(starts, entity.start)
        if index < len(taken) and taken[index].start < entity.end:
            continue
        if index > 0 and taken[index - 1].end > entity.start:
            continue
        starts.insert(index, entity.start)
        taken.insert(index, entity)
    return [e for e in taken if e.kind in wanted]


def redact(text: str, kinds=None, entities: list[Entity] | None = None) -> str:
    """`text` with each finding replaced by its kind in brackets, e.g. [PHONE]."""
    if not text:
        return text or ""
    if entities is None:
        entities = detect(text, kinds)
    parts, cursor = [], 0
    for entity in entities:
        parts.append(text[cursor:entity.start])
        parts.append(f"[{entity.kind}]")
        cursor = entity.end
    parts.append(text[cursor:])
    return "".join(parts)
