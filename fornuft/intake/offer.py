"""A dictated offer → a quote, as plain data (no Django).

`extract_offer(transcript, products)` finds the customer (the company the quote is addressed
to, not the contact person), the contact, the lines (catalogue products by name, synonym or a
fuzzy match that survives misheard words; quantities and units, spoken or written, nb or en),
labour hours, discounts and price overrides (folded into the line's unit price), validity and
notes. Prices come from the catalogue unless the dictation states one."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from fornuft.intake import spoken
from fornuft.intake.catalogue import STOPWORDS, Matcher, Product, content_words, fold, stem, words_of
from fornuft.intake.customer_name import completed
from fornuft.intake.line_targets import PHRASE_STOPWORDS, names_product
from fornuft.intake.unlisted import says_not_listed, unlisted_line

NB_MARKERS = {"og", "til", "stykk", "stk", "tilbud", "kunde", "kunden", "rabatt", "gyldig", "timer", "på", "med",
              "ikke", "skal", "vi", "det", "er", "for", "av", "en", "et", "ei", "time", "dager", "kroner"}
EN_MARKERS = {"and", "the", "to", "quote", "customer", "discount", "valid", "hours", "of", "with", "we", "is",
              "for", "a", "an", "pieces", "days", "please", "each", "off"}

UNIT_WORDS = {
    "stk": "stk", "stykk": "stk", "stykker": "stk", "pcs": "pcs", "piece": "pcs", "pieces": "pcs", "units": "pcs",
    "unit": "pcs", "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "metrene": "m",
    "løpemeter": "m", "kg": "kg", "kilo": "kg", "liter": "l", "litres": "l", "liters": "l", "sett": "sett",
    "set": "set", "sets": "set", "pakke": "pakke", "pakker": "pakke", "pack": "pack", "packs": "pack",
    "boks": "boks", "esker": "eske", "eske": "eske", "boxes": "box", "box": "box", "rull": "rull",
    "ruller": "rull", "rolls": "roll", "roll": "roll", "m2": "m2", "kvadratmeter": "m2", "kvm": "m2",
    "square": "m2", "timer": "time", "time": "time", "t": "time", "hours": "hour", "hour": "hour", "hrs": "hour",
    "år": "år", "year": "year", "years": "year",
}
HOUR_UNITS = {"timer", "time", "hours", "hour", "hrs", "t", "timers"}
LABOUR_WORDS = {"arbeid", "montering", "montasje", "installasjon", "arbeidstimer", "labour", "labor", "work",
                "installation", "fitting", "installing", "arbeidstid", "monteringsarbeid"}
CURRENCY_AFTER = {"kr", "kroner", "nok", "krone", ",-", "kroner,"}
CURRENCY_BEFORE = {"kr", "nok"}
PRICE_BEFORE = {"pris", "price", "priced", "à", "á", "til", "at", "for", "kost", "koster", "costs", "cost"}
PERCENT_WORDS = {"%", "percent", "prosent", "pct", "procent"}
CENT_AFTER_PER = {"cent"}
DISCOUNT_WORDS = {"rabatt", "discount", "off", "avslag", "prisavslag", "rabatten"}
OVERRIDE_WORDS = {"pris", "price", "special", "spesialpris", "instead", "istedenfor", "i stedet", "override",
                  "nettopris", "fastpris", "fixed"}
EVERYTHING_WORDS = {"alt", "everything", "all", "hele", "totalen", "total", "whole", "samtlige", "alle", "totalt"}
VALIDITY_WORDS = {"gyldig", "gyldighet", "valid", "validity", "expires", "utløper", "står", "bindende"}
DAY_WORDS = {"dager": 1, "dag": 1, "days": 1, "day": 1, "uker": 7, "uke": 7, "weeks": 7, "week": 7,
             "måneder": 30, "måned": 30, "months": 30, "month": 30}
NOTE_WORDS = {"note", "notes", "merk", "merknad", "obs", "kommentar", "comment", "remark", "nb"}
NOT_ITEM_WORDS = {"ring", "call", "phone", "telefon", "klokka", "klokken", "o'clock", "pm", "am", "møte",
                  "meeting", "uke", "week", "dato", "date", "år", "year", "etasje", "floor", "adresse", "address",
                  "gate", "gata", "veien", "vei", "road", "street", "leilighet", "postnummer", "mobil", "nummer"}
MONTHS = {
    "januar": 1, "january": 1, "jan": 1, "februar": 2, "february": 2, "feb": 2, "mars": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "october": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
}
_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7,
    "syvende": 7, "åttende": 8, "niende": 9,
}
ORDINALS = {
    **_ORDINAL_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "tiende": 10, "ellevte": 11, "tolvte": 12, "trettende": 13, "fjortende": 14, "femtende": 15,
    "sekstende": 16, "syttende": 17, "attende": 18, "nittende": 19, "tjuende": 20, "trettiende": 30,
    "siste": 31, "last": 31,
    # "tjueandre", "trettiende", "twenty-second": tens and an ordinal unit, one word
    **{f"{tens}{sep}{unit}": value + number for tens, value in (("tjue", 20), ("tretti", 30), ("twenty", 20),
                                                                ("thirty", 30))
       for sep in ("", "-") for unit, number in _ORDINAL_UNITS.items()
       if (tens.isascii() == unit.isascii() or tens in {"tjue", "tretti"}) and value + number <= 31},
}
LEGAL_FORMS = r"(?:AS|ASA|ANS|DA|SA|BA|KF|IKS|Ltd\.?|Limited|Inc\.?|GmbH|AB|ApS|Oy|LLC|BRL|SA)"
ORG_WORDS = r"(?:borettslag|sameie|kommune|fylkeskommune|stiftelse|kirke|skole|barnehage|hotell|senter|klinikk)"
_NAME_WORD = r"[A-ZÆØÅ0-9][\wÆØÅæøå&.'\-]*"
_COMPANY = rf"{_NAME_WORD}(?:\s+(?:&\s+|og\s+|and\s+|of\s+)?{_NAME_WORD})*"
_CUSTOMER_LEAD = (
    r"(?:tilbud(?:et)?|pristilbud|prisoverslag|quote|quotation|offer|proposal|estimate|tilbud)\s+"
    r"(?:is\s+|skal\s+|goes\s+|går\s+)?(?:(?:ut\s+)?til|for|to|addressed\s+to|adressert\s+til)\s+"
    r"(?:the\s+)?(?:firmaet\s+|selskapet\s+|company\s+|customer\s+|kunden\s+)?"
)
# "I spoke with Tom Hansen at Nordbygg", "pratet med Kari Li, som er innkjøper i Fjordbygg AS"
_SPOKE_WITH = (r"(?:spoke|talked|speaking|snakket|snakka|pratet|prata|møtte|met)\s+(?:with|to|med)\s+"
               r"(?P<person>[A-ZÆØÅ][a-zæøåéü]+(?:[ -][A-ZÆØÅ][a-zæøåéü]+){0,2})(?:,?[^.?!]{0,60}?)?\s+"
               r"(?:at|from|hos|fra|i|in|of)\s+(?:the\s+)?")
# "this is for Granlia Housing", "dette er til Fjordbygg", "tilbudet gjelder Sameiet Lia"
_THIS_IS_FOR = (r"(?:this\s+(?:one\s+)?is\s+for|it's\s+for|dette\s+er\s+(?:for|til)|(?:tilbudet|dette)\s+gjelder)"
                r"\s+(?:the\s+)?")
# a dictation that opens with its addressee: "Til Lia Gårdsdrift." / "For Westcliff Housing Cooperative."
_HEADING_FOR = r"(?:^|(?<=[.!?]\s))(?:til|for)\s+(?:the\s+)?(?=[^.?!,]{3,60}[.?!])"
# a body named by its kind first, said in lower case: "sameiet Lia", "stiftelsen Havly"
_LEADING_KINDS = r"(?i:sameiet|stiftelsen|borettslaget)"
_NAME_CORRECTION = (r"nei\s+(?:forresten|unnskyld|vent)|unnskyld|beklager|rettere\s+sagt|jeg\s+mener|sorry|"
                    r"actually|i\s+mean|no\s+wait|correction")
_CUSTOMER_NAMED = r"(?:kunde(?:n)?|customer|client|oppdragsgiver)\s*(?:er|is|:|heter|navn)?\s*(?:the\s+)?"
_CONTACT_LEAD = (
    r"(?:kontaktperson(?:en)?|kontakt|contact(?:\s+person)?|attention|att\.?|attn\.?|v/|ved|c/o|"
    r"ansvarlig|reference|referanse)\s*(?:er|is|:)?\s*"
)
_PERSON = r"[A-ZÆØÅ][a-zæøåéü]+(?:[ -][A-ZÆØÅ][a-zæøåéü]+){0,2}"


@dataclass
class OfferLine:
    product_id: str | None
    description: str
    quantity: float
    unit: str | None
    unit_price: float | None
    list_price: float | None = None
    discount_percent: float | None = None
    image: str = ""
    match_score: float | None = None
    spoken_as: str = ""
    counted: bool = True  # False while the count is the 1 assumed when none was said

    def as_json(self) -> dict:
        return {"product_id": self.product_id, "description": self.description, "quantity": _num(self.quantity),
                "unit": self.unit, "unit_price": _num(self.unit_price)}


@dataclass
class Offer:
    language: str
    customer: str | None
    contact: str | None
    lines: list[OfferLine] = field(default_factory=list)
    labour_hours: float | None = None
    valid_until: date | None = None
    notes: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def total_excl_vat(self) -> float | None:
        priced = [line for line in self.lines if line.unit_price is not None]
        if not priced:
            return None
        return round(sum(line.quantity * line.unit_price for line in priced), 2)

    def quote_json(self) -> dict:
        return {
            "customer": self.customer,
            "items": [line.as_json() for line in self.lines],
            "total_excl_vat": _num(self.total_excl_vat),
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
        }

    def as_dict(self) -> dict:
        data = asdict(self)
        data["valid_until"] = self.valid_until.isoformat() if self.valid_until else None
        data["total_excl_vat"] = self.total_excl_vat
        return data


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    value = round(float(value), 2)
    return int(value) if value == int(value) else value


def local_today() -> date:
    """Today in Norway (validity "30 days" counts from the day of the dictation)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Europe/Oslo")).date()


def detect_language(text: str) -> str:
    words = re.findall(r"[a-zæøå]+", text.lower())
    nb = sum(w in NB_MARKERS for w in words) + 3 * sum(c in "æøå" for c in text.lower())
    en = sum(w in EN_MARKERS for w in words)
    return "nb" if nb > en else "en"


# --- customer and contact --------------------------------------------------------------------

def _clean_company(name: str) -> str:
    name = re.split(r"(?<!\b[A-Z])\.\s", name)[0]  # a sentence ends; "A. Hansen" does not
    name = re.split(r"\s+(?:attention|att\.?|attn|v/|ved|c/o|kontaktperson|contact|med|with|om|about|regarding|"
                    r"angående|vedrørende|på|i\s+forbindelse|who|som|that|der)\b", name)[0]
    return name.strip(" ,.;:-'\"")


def _after_person(name: str, text: str) -> str:
    """"Kari Hansen at Nordbygg AS" → "Nordbygg AS": the company, not the person."""
    match = re.search(rf"\b(?:at|i|hos|fra|from|in|of)\s+(?P<company>{_COMPANY})", name)
    if match and re.fullmatch(_PERSON, name[:match.start()].strip()):
        return match.group("company")
    return name


def _looks_like_person(name: str) -> bool:
    return bool(re.fullmatch(r"[A-ZÆØÅ][a-zæøåéü]+ [A-ZÆØÅ][a-zæøåéü]+", name)) and not re.search(
        rf"\b{LEGAL_FORMS}\b|{ORG_WORDS}", name)


def _corrected_names(text: str) -> list[tuple[int, int]]:
    """Where a name is said and then taken back for another ("Fjordbygg, nei unnskyld, Fjordbygg Service AS",
    "Acme Norge AS, actually, put it on the parent, Acme Holdings Ltd"): the spans of the names taken back."""
    return [(match.start(), match.end("first")) for match in re.finditer(
        rf"(?P<first>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}),\s*(?i:{_NAME_CORRECTION})[^.?!]{{0,60}}?,\s*"
        rf"{_NAME_WORD}", text)]


def find_customer(text: str) -> tuple[str | None, float]:
    """The party the quote is addressed to, with how sure the pattern is."""
    found: list[tuple[str, float, int]] = []
    for lead, certainty in ((_CUSTOMER_LEAD, 0.9), (_CUSTOMER_NAMED, 0.85), (_SPOKE_WITH, 0.85),
                            (_THIS_IS_FOR, 0.8), (_HEADING_FOR, 0.6)):
        for match in re.finditer(rf"(?i:{lead})(?P<name>{_COMPANY})", text):
            name = _after_person(_clean_company(match.group("name")), text)
            if name and not re.fullmatch(r"(?i)(?:the|a|an|en|et|oss|us|you|dere|deg|kunden|customer)", name):
                found.append((name, certainty, match.start("name")))
    # "sameiet Lia 3", "stiftelsen Havly": the kind of body said first, in lower case, names it
    for match in re.finditer(rf"\b(?P<kind>{_LEADING_KINDS})\s+(?P<name>{_COMPANY})", text):
        found.append((f"{match.group('kind').capitalize()} {_clean_company(match.group('name'))}", 0.8,
                      match.start()))
    # "og"/"and" joins the words of a firm's name: "Nordvik Regnskap og Rådgivning AS"
    for match in re.finditer(rf"(?P<name>{_NAME_WORD}(?:\s+(?:og\s+|and\s+|&\s+)?{_NAME_WORD}){{0,4}}\s+"
                             rf"{LEGAL_FORMS})(?![\w])", text):
        name = _after_person(_clean_company(match.group("name")), text)
        name = re.sub(r"^(?:Tilbud|Quote|Offer|Kunde|Customer|Til|To|For|Hei|Hi|Dear)\s+", "", name)
        found.append((name, 0.8, match.start("name") + match.group("name").find(name)))
    taken_back = _corrected_names(text)
    candidates = [(name, certainty) for name, certainty, start in found
                  if not any(begin <= start < end for begin, end in taken_back)]
    for match in re.finditer(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+{ORG_WORDS})\b", text):
        candidates.append((match.group("name"), 0.75))
    if not candidates:  # a transcript from speech recognition has no capitals
        match = re.search(rf"(?i:{_CUSTOMER_LEAD}|{_CUSTOMER_NAMED})(?P<name>[a-zæøå]+(?:\s+[a-zæøå]+){{0,3}})",
                          text)
        if match:
            stop = set(spoken.UNITS) | set(spoken.TENS) | {"we", "vi", "with", "med", "the", "and", "og",
                                                               "attention", "contact", "kontakt", "ved", "regarding"}
            kept: list[str] = []
            for word in match.group("name").split():
                if word.lower() in stop:
                    break
                kept.append(word)
                if word.lower() in {"as", "asa", "ans", "da"}:
                    break
            if kept:
                candidates.append((" ".join(kept), 0.4))
    companies = [c for c in candidates if not _looks_like_person(c[0])]
    if companies:
        best = max(companies, key=lambda c: c[1])
        return completed(best[0], text), best[1]
    if candidates:
        return completed(candidates[0][0], text), 0.5
    return None, 0.0


def find_contact(text: str, customer: str | None) -> str | None:
    for match in re.finditer(rf"(?i:{_CONTACT_LEAD})(?P<name>{_PERSON})", text):
        name = match.group("name")
        if customer and name in customer:
            continue
        return name
    match = re.search(rf"(?i:\b(?:for|to|til)\s+)(?P<name>{_PERSON})\s+(?:at|i|hos|from|fra|in)\s+", text)
    if match:
        return match.group("name")
    return None


# --- dates and validity ----------------------------------------------------------------------

def _year(value: int, today: date) -> int:
    return value + 2000 if value < 100 else value


def parse_date(text: str, today: date) -> date | None:
    """The first date in `text`: 31.01.2027, 2027-01-31, 31. januar 2027, January 31st 2027."""
    lowered = text.lower()
    match = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", lowered)
    if match:
        return _safe_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = re.search(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b", lowered)
    if match:
        year = _year(int(match.group(3)), today) if match.group(3) else today.year
        found = _safe_date(year, int(match.group(2)), int(match.group(1)))
        if found and not match.group(3) and found < today:
            found = _safe_date(year + 1, found.month, found.day)
        if found:
            return found
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    day_words = "|".join(sorted(ORDINALS, key=len, reverse=True))
    day = rf"(\d{{1,2}})(?:\.|st|nd|rd|th)?|({day_words})"
    for pattern, order in ((rf"\b(?:{day})\s+(?:of\s+|i\s+)?({month_names})\b\.?,?\s*(\d{{4}})?", "dmy"),
                           (rf"\b({month_names})\b\.?\s+(?:the\s+)?(?:{day}),?\s*(\d{{4}})?", "mdy")):
        match = re.search(pattern, lowered)
        if match:
            groups = match.groups()
            if order == "dmy":
                day_value = int(groups[0]) if groups[0] else ORDINALS[groups[1]]
                month, year_text = MONTHS[groups[2]], groups[3]
            else:
                month = MONTHS[groups[0]]
                day_value = int(groups[1]) if groups[1] else ORDINALS[groups[2]]
                year_text = groups[3]
            year = int(year_text) if year_text else today.year
            found = _safe_date(year, month, min(day_value, 31))
            while found is None and day_value > 28:
                day_value -= 1
                found = _safe_date(year, month, day_value)
            if found and not year_text and found < today:
                found = _safe_date(year + 1, month, found.day)
            if found:
                return found
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_validity(sentences: list[str], today: date, language: str) -> date | None:
    for sentence in sentences:
        words = spoken.tokens(sentence)
        # "prisen gjelder til nyttår", "the offer stands for two weeks"
        if not any(w in VALIDITY_WORDS for w in words) and not re.search(
                r"(?i)\b(?:frist|deadline|innen)\b|\b(?:gjelder|står|holds?|stands?)\s+(?:i|til|for|until)\b",
                sentence):
            continue
        found = parse_date(sentence, today)
        if found:
            return found
        for number in spoken.numbers_in(words, language):
            after = words[number.end] if number.end < len(words) else ""
            if after in DAY_WORDS:
                return today + timedelta(days=round(number.value * DAY_WORDS[after]))
    return None


# --- lines ---------------------------------------------------------------------------------

def split_sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text.replace("\r", "\n"))
    parts = re.split(r"(?<!\d)[.!?](?!\d)\s*|\s*[;\n]\s*|(?<=\d)\.\s+(?=[A-ZÆØÅ])", text)
    return [p.strip() for p in parts if p and p.strip()]


SET_WORDS = {"set", "sett", "setter", "settes", "put", "make", "price", "prise", "pris", "prisen"}


def _roles(words: list[str], found: list[spoken.Number]) -> dict[int, str]:
    """What each number is: quantity, price, percent, hours, days, date, phone…"""
    roles: dict[int, str] = {}
    # "set the chargers to 11 500": after a verb of setting a price, "to" leads a price as "til" does
    price_before = PRICE_BEFORE | ({"to"} if set(words) & SET_WORDS else set())
    for index, number in enumerate(found):
        before = words[number.start - 1] if number.start > 0 else ""
        before2 = words[number.start - 2] if number.start > 1 else ""
        after = words[number.end] if number.end < len(words) else ""
        after2 = words[number.end + 1] if number.end + 1 < len(words) else ""
        if after in PERCENT_WORDS or (after == "per" and after2 in CENT_AFTER_PER):
            roles[index] = "percent"
        elif after in CURRENCY_AFTER or before in CURRENCY_BEFORE or (after == "," and after2 == "-"):
            roles[index] = "price"
        elif after in MONTHS or before in MONTHS or (1900 < number.value < 2100 and not number.spoken):
            roles[index] = "date"
        elif after in DAY_WORDS:
            roles[index] = "days"
        elif after in HOUR_UNITS or (after in {"arbeidstimer", "timers"}):
            roles[index] = "hours"
        elif before in price_before and before2 not in {"plus", "pluss", "and", "og"} and number.value >= 50 \
                and after not in UNIT_WORDS:
            roles[index] = "price"
        elif before in {"kl", "klokka", "klokken", "uke", "week", "nummer", "number", "nr", "rom", "room"}:
            roles[index] = "other"
        elif words[number.start] == "one" and before in {"this", "that", "the", "which", "each", "next", "last"}:
            roles[index] = "other"  # "this one is for …": a pronoun, not a count
        elif not number.spoken and number.value >= 10000 and after not in UNIT_WORDS:
            roles[index] = "price"
        else:
            roles[index] = "quantity"
    return roles


def _unit_after(words: list[str], number: spoken.Number) -> str | None:
    if number.end < len(words) and words[number.end] in UNIT_WORDS:
        word = words[number.end]
        if word == "square" and number.end + 1 < len(words) and words[number.end + 1] not in {"metres", "meters"}:
            return None
        return UNIT_WORDS[word]
    return None


def _clauses(words: list[str], found: list[spoken.Number], language: str) -> list[tuple[int, int]]:
    """Token spans of clauses: split at commas, and at "og"/"and"/"plus" before a number."""
    starts_number = {n.start for n in found if not (n.value == 0.5 and n.end - n.start == 2)}
    bounds = [0]
    for i, word in enumerate(words):
        if word in {",", ":"} or (word in {"og", "and", "plus", "pluss", "samt", "also", "også"}
                                   and i + 1 in starts_number):
            bounds.append(i + 1)
    bounds.append(len(words) + 1)
    return [(bounds[k], bounds[k + 1] - 1 if bounds[k + 1] <= len(words) else len(words))
            for k in range(len(bounds) - 1)]


FILLERS = {"eh", "ehm", "uh", "um", "er", "hmm", "øh", "ehh", "mm", ","}
CORRECTION_MARKERS = [
    ("nei", "forresten"), ("nei", "vent"), ("eller", "nei"), ("rettere", "sagt"), ("unnskyld",), ("beklager",),
    ("jeg", "mener"), ("no", "wait"), ("make", "that"), ("sorry",), ("i", "mean"), ("correction",), ("scratch", "that"),
    ("nei",), ("no",),
]
ONLY_WORDS = {"bare", "kun", "only", "just", "heller"}
# "don't" is split into "don", "'", "t"
NEGATION_WORDS = {"ikke", "not", "don't", "dont", "doesn't", "don", "doesn", "didn", "won", "uten", "without",
                  "never", "aldri", "no", "ingen", "intet"}
DROP_WORDS = {"dropp", "drop", "fjern", "remove", "skip", "stryk", "slett", "delete", "kutt", "cancel"}
EXISTING_WORDS = {"har", "have", "has", "existing", "eksisterende", "allerede", "already", "gamle", "old"}
# "den gamle svitsjen", "their old firewall": the unit being replaced, never a line of its own
OLD_WORDS = {"gamle", "gammel", "gammal", "old", "existing", "eksisterende", "current", "nåværende"}
HAVE_WORDS = EXISTING_WORDS - OLD_WORDS  # "de har allerede en prosjektor": the clause says what they own
# "we could also offer a NAS", "vi kunne også tilby …", "kan eventuelt": an option, not ordered
OPTION = re.compile(r"(?i)\b(?:(?:could|might|can) also|kunne (?:også|ogsa|eventuelt)|kan (?:også|eventuelt) "
                    r"tilby|(?:as an|som en?) (?:option|opsjon)|i et eget tilbud|in a separate quote)\b")


def _marker_at(words: list[str], i: int) -> int:
    """Length of a self-correction marker starting at token i ("nei forresten", "no wait"), else 0."""
    for marker in CORRECTION_MARKERS:
        if tuple(words[i:i + len(marker)]) == marker:
            if len(marker) == 1 and marker[0] in {"nei", "no"}:
                # a bare "no"/"nei" corrects only between commas: "fire stykk, nei, fem stykk"
                if not (i > 0 and words[i - 1] == "," and i + 1 < len(words) and words[i + 1] == ","):
                    continue
            return len(marker)
    return 0


def apply_corrections(words: list[str], language: str | None) -> list[str]:
    """Applies spoken self-corrections: "tre stykk, nei forresten, fire stykk" → "fire stykk";
    "ten hours, no, make that twelve" → "twelve hours"; "Volt 11, sorry, Volt 22" →
    "Volt 22"; "på alt, nei, bare på ladeboksen" → "på ladeboksen"."""
    i = 0
    while i < len(words):
        length = _marker_at(words, i)
        if not length:
            i += 1
            continue
        start = i
        while start > 0 and words[start - 1] in FILLERS | {"no", "nei"}:
            start -= 1
        end = i + length
        while True:  # "no, make that eight": one correction said with two markers
            while end < len(words) and words[end] in FILLERS | {"no", "nei"}:
                end += 1
            more = _marker_at(words, end) if end < len(words) else 0
            if not more:
                break
            end += more
        before, after = words[:start], words[end:]
        while after and after[0] in ONLY_WORDS:
            after = after[1:]
        if not before or not after:
            words = before + after
            i = len(before)
            continue
        after_numbers = spoken.numbers_in(after, language)
        before_numbers = spoken.numbers_in(before, language)
        said_count = _count_said_after(after, after_numbers)
        if said_count is not None and not before_numbers:
            # "kabel 5G2,5, nei vent, det blir førti meter": no count was said to correct, so the
            # correction gives the product its count and the product stays
            words = before + after[said_count:]
            i = len(before)
            continue
        if after_numbers and after_numbers[0].start == 0 and before_numbers:
            new = after_numbers[0]
            # the count corrected is said the same way as the correction: a spoken "twelve" corrects the
            # spoken "three", not a model number that was turned into digits ("Glimt 8")
            old = ([n for n in before_numbers if n.spoken == new.spoken] or before_numbers)[-1]
            rest_before = before[old.end:]
            rest_after = after[new.end:]
            if rest_after and rest_before and rest_after[0] == rest_before[0]:
                rest_before = []
            words = before[:old.start] + after[:new.end] + rest_before + rest_after
            i = old.start + new.end
            continue
        cut = None
        for offset in range(len(before) - 1, max(-1, len(before) - 9), -1):
            if before[offset] == after[0]:
                cut = offset
                break
        if cut is None:
            cut = start
            while cut > 0 and before[cut - 1] not in {",", ".", ";"}:
                cut -= 1
            if cut == 0 and len(before) > 8:
                cut = start  # keep a long beginning when no comma says where the mistake began
        words = before[:cut] + after
        i = cut
    return [w for w in words if w not in FILLERS or w == ","]


# a count said after a correction marker, led in by "det blir" / "it'll be" / "that's"
_COUNT_LEAD_INS = ({"det", "blir"}, {"det", "er"}, {"it", "'", "ll", "be"}, {"that", "'", "s"}, {"it", "is"})


def _count_said_after(after: list[str], numbers: list[spoken.Number]) -> int | None:
    """Where the count begins when a correction goes straight to one ("førti meter", "det blir førti meter")."""
    if not numbers:
        return None
    lead = after[:numbers[0].start]
    return numbers[0].start if not lead or set(lead) in _COUNT_LEAD_INS else None


@dataclass
class _Mention:
    match: object  # catalogue Match or None
    clause: tuple[int, int]


def _price_for(product: Product) -> float | None:
    return product.price


def extract_offer(transcript: str, products: list[Product], language: str | None = None,
                  today: date | None = None, matcher: Matcher | None = None) -> Offer:
    """The quote a dictation describes (see the module's docstring)."""
    today = today or local_today()
    language = language if language in {"nb", "en"} else detect_language(transcript)
    matcher = matcher or Matcher(products)
    customer, customer_certainty = find_customer(transcript)
    offer = Offer(language=language, customer=customer, contact=find_contact(transcript, customer))
    sentences = split_sentences(transcript)
    party_words = {w for name in (offer.customer, offer.contact) if name for w in spoken.tokens(name)
                   if len(w) > 2 and not w.isdigit()}
    offer.valid_until = find_validity(sentences, today, language)
    scores: list[float] = []
    labour_total = 0.0
    # a line whose count was not said in its own clause, open to a bare count in the very next clause
    last_without_quantity: OfferLine | None = None
    codes = {w for p in products for w in words_of(p.name) if re.fullmatch(r"[a-z]{1,3}\d+|\d+[a-z]{1,3}", w)}
    spec_codes = spoken.spec_codes(p.name for p in products)
    for sentence in sentences:
        lines_before = len(offer.lines)
        said = spoken.specs_as_codes(spoken.tokens(sentence), spec_codes)  # "fem G to komma fem" is 5G2,5
        words = spoken.model_numbers_as_digits(_codes_joined(said, codes), matcher.model_numbers,
                                               key=lambda w: stem(fold(w)))
        words = times_as_counts(apply_corrections(words, language))
        if any(w in NOTE_WORDS for w in words[:2]) or re.match(r"(?i)(?:husk|remember|note that|merk at)\b",
                                                                  sentence):
            offer.notes.append(sentence)
            continue
        if any(w in VALIDITY_WORDS for w in words) and not any(w in DISCOUNT_WORDS for w in words) \
                and not says_not_listed(sentence):
            continue  # "gyldig i 30 dager"; but "som ikke står i prislista" is a line outside the catalogue
        if OPTION.search(sentence) and not says_not_listed(sentence):
            continue  # "we could also offer a NAS, but not now": mentioned, not ordered
        found = spoken.numbers_in(words, language)
        name_numbers = [n for n in found if not n.spoken and n.end - n.start == 1 and n.start > 0
                        and (stem(fold(words[n.start - 1])) in matcher.name_digits.get(words[n.start], ())
                             or words[n.start - 1].isdigit() and words[n.start] in matcher.name_digits)
                        and not (n.end < len(words) and words[n.end] in UNIT_WORDS)]
        found = [n for n in found if n not in name_numbers]
        roles = _roles(words, found)
        blocked = {i for n in found for i in range(n.start, n.end)}
        blocked |= {i for i, w in enumerate(words) if w in party_words}  # "Marina AS" is not a product
        # "their old firewall with a Vakt 200": the unit replaced is no line, and the new one may be the
        # same product, so its words are set aside before the sentence is read again
        old = [m for m in matcher.find(words, blocked) if set(words[max(0, m.start - 2):m.start + 1]) & OLD_WORDS]
        blocked |= {i for m in old for i in range(m.start, m.end)}
        matches = _sized(matcher.find(words, blocked), words, found, matcher)
        # "with installation by a technician": a bare word for work is no part-name of a fixed-price job
        # ("display installation"); the hours go to the labour line
        matches = [m for m in matches if not (set(words[m.start:m.end]) <= LABOUR_WORDS
                                              and len(content_words(m.via)) > m.end - m.start)]
        is_discount = any(w in DISCOUNT_WORDS for w in words) and any(r == "percent" for r in roles.values())
        is_override = any(w in OVERRIDE_WORDS for w in words) or any(r == "price" for r in roles.values())
        percent = next((found[i].value for i, r in roles.items() if r == "percent"), None)
        clauses = _clauses(words, found, language)
        counted = any(role in {"quantity", "hours"} for role in roles.values())
        first_clause_named = any(clauses[0][0] <= m.start < clauses[0][1] for m in matches) if clauses else False
        if says_not_listed(sentence) or (not first_clause_named and any(r == "price" for r in roles.values()) and any(
                roles[i] == "quantity" and _unit_after(words, n) for i, n in enumerate(found))):
            unlisted = unlisted_line(words, found, roles, UNIT_WORDS)
            if unlisted is not None:
                offer.lines.append(OfferLine(None, unlisted.description, unlisted.quantity, unlisted.unit,
                                             unlisted.unit_price))
                offer.unmatched.append(unlisted.description)
                scores.append(0.5)
                last_without_quantity = None
                continue
        if not counted and (is_discount and percent is not None and not set(words) & EVERYTHING_WORDS
                            or any(r == "price" for r in roles.values())):
            # "åtte prosent rabatt på ladeboksene", "set the price of the chargers to 11 500": for the lines
            # the sentence names, however many
            targets = _named_lines(offer, words, matches, matcher)
            if targets:
                price = next((n.value for i, n in enumerate(found) if roles[i] == "price"), None)
                for line in targets:
                    if price is not None:
                        _override(line, price)
                    elif percent is not None:
                        _discount(line, percent)
                last_without_quantity = None
                continue
        declined = _declined_clauses(words, clauses)
        for clause in clauses:
            awaiting_quantity, last_without_quantity = last_without_quantity, None
            clause_matches = [m for m in matches if clause[0] <= m.start < clause[1]]
            clause_numbers = [(i, n) for i, n in enumerate(found) if clause[0] <= n.start < clause[1]]
            clause_words = words[clause[0]:clause[1]]
            if not clause_matches:
                bare = _bare_quantity(words, clause, clause_numbers, roles, awaiting_quantity)
                if bare is not None and awaiting_quantity is None and set(clause_words) & RESTATEMENT_WORDS \
                        and len(offer.lines) > lines_before:
                    # "takkroker, fire per panel, altså åtti stykk": the total said last is the count
                    restated = offer.lines[-1]
                    if _is_hourly(restated.unit):
                        labour_total += bare - restated.quantity
                    restated.quantity, restated.counted = bare, True
                    continue
                if bare is not None and awaiting_quantity is not None:
                    # "Elektriker, sju og en halv time", "Travel, twice": the count said after the product,
                    # in a clause of its own
                    if _is_hourly(awaiting_quantity.unit):
                        labour_total += bare - awaiting_quantity.quantity
                    awaiting_quantity.quantity, awaiting_quantity.counted = bare, True
                    continue
                if awaiting_quantity is not None and not clause_numbers:
                    last_without_quantity = awaiting_quantity  # "kjøkkenbatteri, det enkle, to stykk"
                    continue
                hours = [n for i, n in clause_numbers if roles[i] == "hours"]
                if hours and (set(clause_words) & LABOUR_WORDS or not matches):
                    labour = _labour_product(matcher, products)
                    line = _line_for(labour, hours[0].value, language, "hours")
                    price = next((n.value for i, n in clause_numbers if roles[i] == "price"), None)
                    if price is not None:
                        line.unit_price = price
                    offer.lines.append(line)
                    labour_total += hours[0].value
                    scores.append(0.8 if labour else 0.6)
                    continue
                if is_discount and percent is not None and not clause_numbers == [] and any(
                        roles[i] == "percent" for i, _ in clause_numbers):
                    _apply_discount(offer, percent, words, None)
                    continue
                if is_override and any(roles[i] == "price" for i, _ in clause_numbers) and offer.lines and \
                        not any(roles[i] == "quantity" for i, _ in clause_numbers):
                    price = next(n.value for i, n in clause_numbers if roles[i] == "price")
                    _override(offer.lines[-1], price)
                    continue
                unknown = _unknown_line(words, clause, clause_numbers, roles, language)
                # beside a catalogue product, an unpriced clause qualifies it ("én på hvert bad", "a Glimt
                # 8", "one twenty"): only a sentence of its own, or a price, makes a new line
                if unknown is not None and not set(spoken.tokens(unknown.description)) & party_words and (
                        unknown.unit_price is not None or not matches) and re.search(
                        r"[a-zæøå]{3}", " ".join(w for w in spoken.tokens(unknown.description)
                                                 if spoken.parse_number(w) is None)):
                    offer.lines.append(unknown)
                    offer.unmatched.append(unknown.description)
                    scores.append(0.4)
                continue
            clause_set = set(clause_words)
            named = {i for m in clause_matches for i in range(m.start, m.end)}
            if {w for i, w in enumerate(clause_words, start=clause[0]) if i not in named} & DROP_WORDS:
                # "dropp kablingen", not "skip hire" (a product whose name holds the word)
                dropped = {m.product.product_id for m in clause_matches}
                offer.lines = [line for line in offer.lines if line.product_id not in dropped]
                continue
            quantity_here = any(roles[i] in {"quantity", "hours"} for i, _n in clause_numbers)
            if clause_set & NEGATION_WORDS and not (clause_set & DISCOUNT_WORDS) or clause in declined:
                continue  # "bereder trenger de ikke", "no toilet", "de spurte om X, men det trenger de ikke"
            if clause_set & HAVE_WORDS and clause_set & {"de", "they", "kunden", "customer", "dei", "vi", "we"} \
                    and not (clause_set & {"trenger", "need", "needs", "vil", "want", "wants", "ønsker", "bestiller",
                                           "order", "orders", "skal"}):
                continue  # "de har to ladebokser fra før": equipment they have, not ordered
            del quantity_here
            clause_matches = _without_complements(clause_matches, words, found)
            taken_after = None  # the count the previous product took from after its name
            for position, match in enumerate(clause_matches):
                product = match.product
                existing = next((line for line in offer.lines if line.product_id == product.product_id), None)
                window_start = clause_matches[position - 1].end if position else clause[0]
                window_end = clause_matches[position + 1].start if position + 1 < len(clause_matches) else clause[1]
                local = [(i, n) for i, n in clause_numbers if window_start <= n.start < window_end]
                count_roles = {"quantity", "hours", "days"} if _is_daily(product.unit) else {"quantity", "hours"}
                counts = [(i, n) for i, n in local if roles[i] in count_roles  # "a container for three days"
                          and not is_size_of(words, n, product)]  # "bereder, 120 liter" is which heater
                # "stillas i to uker" for scaffolding hired by the week: a period in the product's own unit
                counts += [(i, n) for i, n in local if roles[i] == "days" and "days" not in count_roles
                           and _hire_period(product.unit) == DAY_WORDS.get(words[n.end] if n.end < len(words) else "")]
                counts.sort(key=lambda pair: pair[1].start)
                # "elektriker fire timer og kjøring en gang": a count the previous product took after
                # itself is not this product's count too
                quantity_numbers = [n for i, n in counts if n.end <= match.start and n is not taken_after]
                if not quantity_numbers:
                    quantity_numbers = [n for i, n in counts if n.start >= match.end]
                    quantity_numbers = quantity_numbers[:1]
                price = next((n.value for i, n in local if roles[i] == "price"), None)
                if price is None and len(clause_matches) == 1:
                    price = next((n.value for i, n in clause_numbers if roles[i] == "price"), None)
                local_percent = next((n.value for i, n in local if roles[i] == "percent"), None)
                if local_percent is None and is_discount and len(clause_matches) == 1:
                    local_percent = percent
                if existing is not None and (local_percent is not None or price is not None) and \
                        not quantity_numbers:
                    if price is not None:
                        _override(existing, price)
                    if local_percent is not None:
                        _discount(existing, local_percent)
                    continue
                if existing is None and match.score < UNCOUNTED_MIN_SCORE and (
                        not found or clause_set & party_words):
                    # a loose likeness without a count is talk about the job, not a line; beside the
                    # customer's name it is talk about the customer ("the Norwegian branch of …")
                    continue
                if existing is not None and not quantity_numbers:
                    if not existing.counted and position == len(clause_matches) - 1:
                        last_without_quantity = existing  # "Det gjelder ladeboks. Ladeboks, to stykk."
                    continue  # the same product named again ("the heat pump should be white")
                taken_after = quantity_numbers[-1] if quantity_numbers and quantity_numbers[-1].start >= match.end \
                    else None
                quantity = quantity_numbers[-1].value if quantity_numbers else 1.0
                quantity *= _per_group(words, found, clause, matches)
                line = _line_for(product, quantity, language, None)
                line.match_score = round(match.score, 3)
                line.spoken_as = " ".join(words[match.start:match.end])
                unit = _unit_after(words, quantity_numbers[-1]) if quantity_numbers else None
                if not line.unit and unit:
                    line.unit = unit
                if price is not None:
                    _override(line, price)
                if local_percent is not None:
                    _discount(line, local_percent)
                line.counted = bool(quantity_numbers)
                if existing is not None and not existing.counted:
                    # "Det gjelder kursene i skapet … tre nye kurser": the count said later
                    existing.quantity, existing.counted = quantity, True
                elif existing is not None and clause_set & RESTATEMENT_WORDS:
                    existing.quantity = quantity  # "six rooms, one video bar per room, so six video bars"
                elif existing is not None:
                    existing.quantity += quantity
                else:
                    offer.lines.append(line)
                    if not quantity_numbers and position == len(clause_matches) - 1:
                        last_without_quantity = line
                if product.unit and product.unit.lower() in {"time", "timer", "hour", "hours", "t"}:
                    labour_total += quantity
                scores.append(match.score)
        if is_discount and percent is not None and not matches and not any(
                roles[i] == "percent" for i, _n in enumerate(found) if any(
                    c[0] <= found[i].start < c[1] for c in clauses)):
            _apply_discount(offer, percent, words, None)
    offer.labour_hours = labour_total or None
    parts = [customer_certainty, *(scores or [0.3])]
    offer.confidence = round(min(customer_certainty or 0.3, sum(scores) / len(scores) if scores else 0.3), 3)
    del parts
    return offer


UNCOUNTED_MIN_SCORE = 0.72
RESTATEMENT_WORDS = {"so", "altså", "dvs", "i.e", "totalt", "total"}
DISTRIBUTIVE_WORDS = {"per", "each", "hver", "hvert", "hvers", "every"}


def _per_group(words: list[str], found: list[spoken.Number], clause: tuple[int, int], matches) -> float:
    """How many times a clause's count is meant: "tolv leiligheter, to punkter per leilighet" (24),
    "three rooms, each gets a camera" (3), "tre PC-er med dokkingstasjon til hver" (3). 'per X' takes
    the earlier count of X; a bare 'each'/'hver' the last count before the clause. Words inside a
    product's name ("Driftsavtale per bruker") and prices per unit ("kroner per meter") don't count."""
    named = {i for m in matches for i in range(m.start, m.end)}
    earlier = [n for n in found if n.end <= clause[0] and n.value >= 2 and n.value == int(n.value)]
    # "each gets a camera and two speakers": a bare 'each' carries over a clause joined by 'and'/'og'
    joined = {"and", "og"} & {words[clause[0]], words[clause[0] - 1] if clause[0] else ""}
    first = earlier[-1].end if earlier and joined else clause[0]
    for i in range(first, clause[1]):
        if words[i] not in DISTRIBUTIVE_WORDS or i in named or i < clause[0] and words[i] == "per":
            continue
        following = words[i + 1] if i + 1 < clause[1] else ""
        if following in UNIT_WORDS or following in {"stk", "month", "måned", "year", "år"}:
            continue
        noun = stem(fold(following))[:4]
        for number in reversed(earlier):
            said = words[number.end:number.end + 2]  # "six meeting rooms … per room"
            if len(noun) >= 4 and any(stem(fold(word)).startswith(noun) for word in said):
                return number.value
        if words[i] != "per" and earlier:
            return earlier[-1].value
    return 1.0
# "utskifting av den gamle bereder", "a mixer tap for the kitchen unit": what follows is what the product
# works on or fits, not a line of its own
COMPLEMENT_LEADS = {"of", "av", "for", "til", "to", "fra", "from"}
COMPLEMENT_WORDS = COMPLEMENT_LEADS | {"the", "den", "det", "de", "dei", "old", "gamle", "gammel", "eksisterende",
                                      "existing", "deres", "their", "its", "sin", "sitt", "sine", "our", "vår", "våre"}


BACK_REFERENCES = {"det", "den", "dem", "de", "it", "them", "those", "that", "one", "ones"}


def _declined_clauses(words: list[str], clauses: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Clauses whose products the next clause turns down by pointing back: "de spurte om aksesspunkter,
    men det trenger de ikke", "they asked about a NAS, but they don't want it"."""
    declined: set[tuple[int, int]] = set()
    for before, after in zip(clauses, clauses[1:], strict=False):
        said = set(words[after[0]:after[1]])
        if said & NEGATION_WORDS and said & BACK_REFERENCES and said & {"men", "but"}:
            declined.add(before)
    return declined


def _sized(matches, words: list[str], found: list[spoken.Number], matcher: Matcher) -> list:
    """"a fifteen metre HDMI cable": a size said just before a name that fits a sibling product (same
    words, that size) and not the product matched picks the sibling."""
    for match in matches:
        # the same words said again later in the sentence with the size ("a long HDMI cable, so one
        # fifteen metre HDMI cable") count too: a product is matched once per sentence
        named = words[match.start:match.end]
        sizes = [n for n in found if n.end + 1 == match.start or words[n.end + 1:n.end + 1 + len(named)] == named]
        # or said right after the name, as a spec: "Volta-laderne, tjueto kilowatt", "the panels at four-ten watts"
        sizes += [n for n in found if match.end <= n.start <= match.end + 2 and n.end < len(words)
                  and words[n.end] in SIZE_UNITS and all(w in _SPEC_LINKS for w in words[match.end:n.start])]
        size = sizes[0] if sizes else None
        if size is None or is_size_of(words, size, match.product):
            continue
        said = " ".join(words[match.start:match.end])
        sibling = next((product for product, score in matcher.search(said) if score >= 0.5
                        and product is not match.product and is_size_of(words, size, product)), None)
        if sibling is not None:
            match.product = sibling
    return matches


def _codes_joined(words: list[str], codes: set[str]) -> list[str]:
    """"Ekko C4" is read as "c", "4": a model code of the catalogue is one word again, not a count of 4."""
    joined: list[str] = []
    for word in words:
        if joined and fold(joined[-1] + word) in codes and (word.isdigit() != joined[-1].isdigit()):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _without_complements(matches: list, words: list[str], found: list[spoken.Number]) -> list:
    kept: list = []
    for match in matches:
        between = words[kept[-1].end:match.start] if kept else []
        # the complement may begin inside the mention before: "a mixer tap for the Ro | kitchen unit"
        leads = set(between) | (set(words[kept[-1].start:kept[-1].end]) if kept else set())
        starts_complement = bool(between) and between[0] in COMPLEMENT_LEADS and len(between) <= 4
        if kept and (set(between) <= COMPLEMENT_WORDS and leads & COMPLEMENT_LEADS or starts_complement) and not any(
                kept[-1].end <= n.start < match.start for n in found):
            continue
        kept.append(match)
    return kept


def _phrase_runs(words: list[str]) -> list[list[str]]:
    """Runs of naming words between stopwords, numbers and signs: "åtte prosent rabatt på ladeboksene"
    → [["ladeboksene"]]."""
    runs: list[list[str]] = [[]]
    for word in words:
        if not re.fullmatch(r"[a-zæøå'’\-]+", word) or word in PHRASE_STOPWORDS or word in STOPWORDS \
                or word in FILLERS or word in HEDGE_WORDS or word in EVERYTHING_WORDS or word in PERCENT_WORDS:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(word)
    return [run for run in runs if run]


def _named_lines(offer: Offer, words: list[str], matches, matcher: Matcher) -> list[OfferLine]:
    """The lines already in the quote that a sentence names, by catalogue name or by head noun."""
    mentioned = {m.product.product_id for m in matches}
    runs = _phrase_runs(words)
    targets: list[OfferLine] = []
    for line in offer.lines:
        product = matcher.get(line.product_id) if line.product_id else None
        if product is not None and (line.product_id in mentioned or any(names_product(r, product) for r in runs)):
            targets.append(line)
    return targets


def _labour_product(matcher: Matcher, products: list[Product]) -> Product | None:
    hourly = [p for p in products if p.unit.lower() in {"time", "timer", "hour", "hours", "t", "h"}]
    for product in hourly:
        names = " ".join(fold(n) for n in product.names())
        if any(word in names for word in ("montasje", "montering", "arbeid", "labour", "labor", "installasjon",
                                          "installation")):
            return product
    return hourly[0] if hourly else None


def _line_for(product: Product | None, quantity: float, language: str, kind: str | None) -> OfferLine:
    if product is None:
        return OfferLine(None, "Arbeid" if language == "nb" else "Labour", quantity,
                         "time" if language == "nb" else "hour", None)
    return OfferLine(product.product_id, product.name, quantity, product.unit or None, _price_for(product),
                     list_price=product.price, image=product.image)


def _override(line: OfferLine, price: float) -> None:
    line.unit_price = price
    line.discount_percent = None


def _discount(line: OfferLine, percent: float) -> None:
    if line.unit_price is not None and 0 < percent < 100:
        line.unit_price = round(line.unit_price * (1 - percent / 100), 2)
        line.discount_percent = percent


def _apply_discount(offer: Offer, percent: float, words: list[str], target: str | None) -> None:
    if not offer.lines:
        return
    if set(words) & EVERYTHING_WORDS:
        for line in offer.lines:
            _discount(line, percent)
    else:
        _discount(offer.lines[-1], percent)


COUNT_WORDS = {"stykk", "stk", "styk", "pieces", "piece", "pcs", "units", "unit", "of", "them", "those", "av",
               "dem", "disse", "i", "alt", "total", "in", "all", "altså", "så", "so", "x", "gang", "ganger", "times",
               "sets", "set", "sett", "stykker"}
# words a speaker puts before an estimated count: "si cirka åtte timer", "let's say six hours", "about twenty"
HEDGE_WORDS = {"regn", "med", "la", "oss", "si", "sier", "ca", "cirka", "omtrent", "rundt", "anslagsvis", "vel",
               "let's", "lets", "let", "us", "say", "about", "around", "roughly", "approximately", "approx", "maybe",
               "kanskje", "we'll", "we", "vi", "put", "make", "it", "det", "blir", "that's", "thats", "is", "er"}
# "once", "twice": a count of visits or call-outs said as one word
TIMES_WORDS = {"once": "1", "twice": "2", "thrice": "3"}
# units of size: "a hundred and twenty litres" after a water heater says which heater, not how many
SIZE_UNITS = {"l", "liter", "litre", "litres", "liters", "literen", "kw", "mm", "tommer", "inch", "inches", "w",
              "watt", "watts", "kilowatt", "kwh", "kilowattime", "kilowattimer"}
# words between a product's name and the size said after it: "laderne, tjueto kilowatt", "panelene på 410 watt"
_SPEC_LINKS = {",", "på", "at", "of", "med", "with", "the", "de", "den"}
LENGTH_UNITS = {"m", "meter", "meters", "metre", "metres", "metrene", "løpemeter"}
DAY_UNITS = {"dag", "dager", "dagen", "day", "days", "døgn"}


def _is_hourly(unit: str | None) -> bool:
    return (unit or "").lower() in {"time", "timer", "hour", "hours", "t", "h"}


def _hire_period(unit: str | None) -> int | None:
    """Days in the period a product is hired by: "uke" 7, "måned" 30."""
    return DAY_WORDS.get((unit or "").lower().rstrip("."), {"mnd": 30}.get((unit or "").lower().rstrip(".")))


def _is_daily(unit: str | None) -> bool:
    return (unit or "").lower() in {"dag", "dager", "day", "days", "døgn"}


def times_as_counts(words: list[str]) -> list[str]:
    """"twice" → "2 times", so a count of visits reads like any other count."""
    out: list[str] = []
    for word in words:
        out.extend([TIMES_WORDS[word], "times"] if word in TIMES_WORDS else [word])
    return out


def is_size_of(words: list[str], number: spoken.Number, product: Product | None) -> bool:
    """Whether a number with a size unit ("300 liter", "eleven kW") is a size the product's own name or
    description states, and so names the product rather than counting it."""
    if product is None or number.end >= len(words) or number.value != int(number.value):
        return False
    digits, after = str(int(number.value)), fold(words[number.end])
    text = fold(f"{product.name} {product.description}")
    if words[number.end] in SIZE_UNITS:
        return digits in re.findall(r"\d+", text)
    if words[number.end] in LENGTH_UNITS and product.unit.lower() not in LENGTH_UNITS:
        # "five-metre HDMI cables" sold by the piece: the length names the cable, the count comes elsewhere
        return bool(re.search(rf"(?<!\d){digits} ?m\b", text))
    # "datarack tolv U" for "Datarack 12U", "a twenty four port patch panel" for "Patchpanel 24 porter"
    return bool(after.isalpha() and re.search(rf"(?<!\d){digits} ?{re.escape(after)}", text))


def _bare_quantity(words, clause, clause_numbers, roles, line: OfferLine | None = None) -> float | None:
    """The count of a clause that says nothing but a count ("to stykk", "three of them", "ti timer" after
    a labour line, "to dager" after a hire by the day), else None."""
    if len(clause_numbers) != 1:
        return None
    role = roles[clause_numbers[0][0]]
    unit = line.unit if line is not None else None
    if role not in {"quantity", "hours", "days"}:
        return None
    if role == "hours" and unit and not _is_hourly(unit) or role == "days" and not _is_daily(unit):
        return None
    number = clause_numbers[0][1]
    if line is not None and number.end < len(words) and words[number.end] in SIZE_UNITS and \
            number.value == int(number.value) and str(int(number.value)) in re.findall(r"\d+", line.description):
        return None  # "Varmtvannsbereder, 120 liter": the size of the heater just named
    rest = [w for w in words[clause[0]:number.start] + words[number.end:clause[1]]
            if w not in FILLERS and w not in COUNT_WORDS and w not in UNIT_WORDS and w not in HEDGE_WORDS
            and w not in DAY_UNITS and re.match(r"[a-zæøå]", w)]
    measured = number.end < len(words) and words[number.end] in UNIT_WORDS  # "2 500 meter" is a count too
    if rest or not (0 < number.value <= 1000 or measured and number.value > 0):
        return None
    return number.value


def _unknown_line(words, clause, clause_numbers, roles, language) -> OfferLine | None:
    """A line the catalogue does not know: a quantity followed by words that name a thing."""
    quantities = [(i, n) for i, n in clause_numbers if roles[i] == "quantity"]
    if not quantities:
        return None
    clause_words = words[clause[0]:clause[1]]
    if set(clause_words) & (NOT_ITEM_WORDS | VALIDITY_WORDS | DISCOUNT_WORDS):
        return None
    _index, number = quantities[0]
    unit = _unit_after(words, number)
    rest_start = number.end + (1 if unit else 0)
    rest = [w for w in words[rest_start:clause[1]] if re.match(r"[a-zæøå]", w)]
    while rest and rest[0] in {"of", "av", "med", "with", "stk", "stykk", "the", "x"}:
        rest = rest[1:]
    content = [w for w in rest if w not in {"and", "og", "the", "a", "an", "en", "et", "ei"}]
    if not content or len(content) > 8:
        return None
    if number.value > 10000 or number.value <= 0:
        return None
    price = next((n.value for i, n in clause_numbers if roles[i] == "price"), None)
    description = " ".join(rest[:8])
    return OfferLine(None, description[:1].upper() + description[1:], number.value, unit, price)
