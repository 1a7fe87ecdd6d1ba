"""Who the quote is for: the customer (the company the quote is addressed to, not the contact
person) and the contact. Reads the ways a dictation names them ("tilbud til X AS", "I spoke with
Tom at X", "dette er til X", "sameiet X", a name taken back for another, a transcript without
capitals) and prefers a company to a person."""

from __future__ import annotations

import re

from fornuft.intake import spoken
from fornuft.intake.customer_name import completed

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
_SPOKE_WITH = (r"(?:(?:spoke|talked|speaking|snakket|snakka|pratet|prata)\s+(?:with|to|med)|"
               r"(?:møtte|met)(?:\s+with|\s+med)?)\s+"
               r"(?P<person>[A-ZÆØÅ][a-zæøåéü]+(?:[ -][A-ZÆØÅ][a-zæøåéü]+){0,2})(?:,?[^.?!]{0,60}?)?\s+"
               r"(?:at|from|hos|fra|i|in|of)\s+(?:the\s+)?")
# "this is for Granlia Housing", "dette er til Fjordbygg", "tilbudet gjelder Sameiet Lia"
_THIS_IS_FOR = (r"(?:this\s+(?:one\s+)?is\s+for|this\s+one['’]s\s+for|it['’]s\s+for|"
                r"dette\s+er\s+(?:for|til)|(?:tilbudet|dette)\s+gjelder)"
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


# "Mr Olsen, sorry, for Olsen Hair Studio": the lead word said again before the name meant
_LEAD_AGAIN = r"(?:(?i:for|to|til|at|hos|i\s+mean)\s+)?"


def _corrected_names(text: str) -> list[tuple[int, int, int]]:
    """Where a name is said and then taken back for another ("Fjordbygg, nei unnskyld, Fjordbygg Service AS",
    "Acme Norge AS, actually, put it on the parent, Acme Holdings Ltd", "familien Berg, nei, til Berg AS"):
    the spans of the names taken back, and where the name meant begins."""
    return [(match.start(), match.end("first"), match.start("second")) for match in re.finditer(
        rf"(?P<first>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}),\s*(?i:{_NAME_CORRECTION}|nei|no)"
        rf"(?:[^.?!]{{0,60}}?,)?\s*{_LEAD_AGAIN}(?P<second>{_NAME_WORD})", text)]


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
                  if not any(begin <= start < end for begin, end, _meant in taken_back)]
    for begin, end, meant in taken_back:
        # the name said instead of a customer taken back is the customer, however it is written
        certainty = max((c for _n, c, start in found if begin <= start < end), default=None)
        said = re.match(_COMPANY, text[meant:])
        if certainty is not None and said:
            candidates.append((_clean_company(said.group()), certainty))
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
