"""Reading the location, required skills (through the company glossary), scope and constraints.
"""

from __future__ import annotations

import re

from fornuft.projects.assignment import Extraction, Part
from fornuft.projects.read_deliverables import _clean_item, _dedupe, _sections
from fornuft.projects.read_parties import _COMPANY, _SUBJECT_PREFIX, _clean_value, _labelled, _signature

_STREET = re.compile(
    # One line: an address does not run on from the line above (a letterhead's name).
    r"\b([A-ZÆØÅ][\wæøåé.\-]*(?:[ \t]+[A-ZÆØÅ][\wæøåé.\-]*){0,3}"
    r"(?:[ \t]?(?:gata|gaten|gate|veien|vegen|vei|veg|plass|plassen|allé|alle|bakken|stien|svingen|kaia|brygga|brygge|"
    r"torget|tunet|lia|haugen|jordet|løkka|kroken|promenaden|kaien|bryggen|stranda|vegen)"
    r"|[ \t](?:Road|Street|Avenue|Lane|Way|Square|Gate|Vei|Veg))"
    # a house letter is written on the number ("12B", "12 B"), not "20 i Drammen"
    r"[ \t]+\d{1,4}(?:[A-Za-z]|[ \t][A-Z])?\b"
    r"(?:[ \t]*,[ \t]*\d{4}[ \t]+[A-ZÆØÅ][\wæøå\-]+(?:[ \t]+[A-ZÆØÅ][\wæøå\-]+)?"
    # or its place after "i"/"på" on the same line: "Bekkestien 14 på Nesøya", "Fjellheimveien 2 i Hønefoss"
    r"|[ \t]+(?:i|på)[ \t]+[A-ZÆØÅ][a-zæøå\-]{2,}(?![\wæøå]))?)"
)
# An English address puts the number first: "5 Harbour Road, 4006 Stavanger", "14 Quay Street".
_NUMBER_STREET = re.compile(
    r"\b(\d{1,4}[A-Za-z]?[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t](?:Road|Street|Avenue|Lane|Way|Square|Drive|Place|"
    r"Quay|Terrace)(?:[ \t]*,[ \t]*(?:\d{4}[ \t]+)?[A-ZÆØÅ][\wæøå\-]+)?)"
)
# A postcode and its town on one line ("3050 Mjøndalen"); across a line break it is a year
# and the next line's first word.
_POSTCODE = re.compile(r"\b(\d{4}[ \t]+[A-ZÆØÅ][A-ZÆØÅa-zæøå\-]+)\b")
# A street without a street word, its number and town: "Havnelia 17, Moss".
_NAME_NUMBER_TOWN = re.compile(
    r"\b([A-ZÆØÅ][a-zæøå\-]{3,}(?:[ \t][A-ZÆØÅ][a-zæøå\-]+)?[ \t]\d{1,4}[A-Za-z]?,\s*(?:\d{4}\s+)?[A-ZÆØÅ][a-zæøå\-]+)"
)
# A place after a preposition, with its town or a place word: "i Bekkedalen, Moss",
# "på Nesset brygge i Moss", "i Vikane havn".
_PLACE_WORDS = (r"brygge|brygga|havn|senter|sentrum|torg|torget|park|parken|skole|kirke|kapell|gård|næringspark|"
                r"stasjon|barnehage|sykehjem|idrettshall|hall|rådhus|hotell|stadion|lufthavn|flyplass|sykehus|"
                r"Lufthavn|Airport|Hospital|Harbour|Port")
_PLACE = re.compile(
    r"\b(?:i|på|ved|at|in)\s+((?:[A-ZÆØÅ][a-zæøå\-]{2,})(?:[ \t](?:" + _PLACE_WORDS + r"))?"
    r"(?:,\s*|\s+i\s+|\s+in\s+|\s+\()[A-ZÆØÅ][a-zæøå\-]{2,}"
    r"|[A-ZÆØÅ][a-zæøå\-]{2,}[ \t](?:" + _PLACE_WORDS + r"))\b"
    # "Vedlikeholdsplan for Bekkedal kirke": a named building after "for"
    r"|\bfor\s+([A-ZÆØÅ][a-zæøå\-]{2,}[ \t](?:" + _PLACE_WORDS + r"))\b"
    # "Fjellvik borettslag (Sentrum, Byen; …)": a place and its town in brackets after a name
    r"|\(([A-ZÆØÅ][a-zæøå\-]{2,},[ \t]*[A-ZÆØÅ][a-zæøå\-]{2,})[;,)]"
)
# A named building or place and its town: "Vestsiden ungdomsskole i Larvik", "Elvebredden park i
# Moss", "Grieghallen in Bergen", "Samfunnshuset i Åndalsnes". The place word may end a
# compound ("ungdomsskole", "Samfunnshuset").
_BUILDING_WORDS = (r"skole|skolen|barnehage|barnehagen|sykehjem|sykehjemmet|hall|hallen|hus|huset|park|parken|kirke|"
                   r"kirken|kapell|gård|gården|senter|senteret|torg|torget|brygge|brygga|havn|stasjon|rådhus|hotell|"
                   r"hotellet|stadion|bibliotek|biblioteket|museum|museet|kirkegård|bad|badet|arena|campus|bygg|bygget|"
                   r"kvartal|kvartalet|marina|tun|tunet|school|centre|center|church|library|hotel|station|farm|"
                   r"office park|business park")
# English names capitalise the place word ("Lindvik Fjord Hotel", "Elm Park School").
_BUILDING_WORDS = _BUILDING_WORDS + "|" + "|".join(w.capitalize() for w in _BUILDING_WORDS.split("|") if " " not in w)
_BUILDING_IN_TOWN = re.compile(
    r"\b((?:[A-ZÆØÅ][\wæøå\-]{2,}[ \t]){0,2}[A-ZÆØÅ][\wæøå\-]*(?:" + _BUILDING_WORDS + r")"
    r"|(?:[A-ZÆØÅ][\wæøå\-]{2,}[ \t]){1,2}[a-zæøå]*(?:" + _BUILDING_WORDS + r"))"
    r"(?:,[ \t]*|[ \t]+(?:i|in|på)[ \t]+)([A-ZÆØÅ][a-zæøå\-]{2,})\b"
)
# The site said in so many words: "the property is at …", "on our site at …", "eiendommen ligger
# i …", "tomta vår på …"; the place runs to the end of the clause.
_SITE_PHRASE = re.compile(
    r"(?i:\b(?:the|our) (?:property|site|building|premises)(?: is)?(?: located| situated)? (?:at|in|on)|"
    r"\b(?:the project is|the works are) (?:located|situated) (?:at|in|on)|"
    r"\b(?:located|situated) at|\b(?:eiendommen|tomta|tomten|bygget|anlegget|hytta|prosjektet|området|arbeidet|"
    r"oppdraget|jobben)(?: vår| våre)? "
    r"(?:ligger |er |står |utføres |gjennomføres |foregår |skjer )?(?:på stedet )?(?:i|på|ved)|"
    # "Arbeidet utføres på stedet i Mosjøen", "work on site at our warehouse in Narvik"
    r"\bpå stedet (?:i|på)|\bon[ -]site(?: at (?:our|the|your) [a-z ]{2,30}?)? (?:at|in)|"
    # "Arbeidsstedet er Brygga 4 i Henningsvær", "the site address is …"
    r"\b(?:arbeidsstedet|byggeplassen|anleggsadressen|stedet|lokalet|the work site|the site address|the venue) "
    r"(?:er|is))[ \t]+"
    r"([A-ZÆØÅ0-9][^\n.;:!?]{2,60})"
)
# Where an event or the work happens: "will be held at the old fish factory on Værøy", "holdes i
# Kulturhuset", "the work will take place at Lakselv school" (the first name after the verb).
_HELD_AT = re.compile(
    r"\b(?:will be held|is held|is being held|takes place|will take place|holdes|arrangeres|finner sted|foregår)"
    r"[ \t]+(?:at|in|on|i|på|ved)[ \t]+(?:[a-zæøå0-9][^\n.,;:!?A-ZÆØÅ]{0,40}?[ \t](?:at|in|on|i|på|ved)[ \t]+)?"
    r"([A-ZÆØÅ][\wæøå\-]+(?:[ \t][A-ZÆØÅ][\wæøå\-]+)?)"
)
_CLAUSE_END = re.compile(r"(?i)\s+(?:and|og|to|for|where|som|der|with|med|which|but|men|so|så|if|hvis)\b.*$")

_CONTACT_BEFORE = re.compile(
    r"(?i)\b(?:contact|kontakt|kontaktperson|postadresse|fakturaadresse|invoice|billing)\b[^\n]*\n?[^\n]*$"
)
# A street and number in brackets after a place: "hytta i Hemsedal (Skarsnuten 12)".
_PAREN_ADDRESS = re.compile(r"\(([A-ZÆØÅ][\wæøå\-]+(?:[ \t][A-ZÆØÅa-zæøå][\wæøå\-]+)?[ \t]\d{1,4}[A-Za-z]?)\)")

# Last: a town alone after "i"/"in" ("Boligsameie i Drammen").
_TOWN = re.compile(r"\b(?:i|in)\s+([A-ZÆØÅ][a-zæøå]{3,})(?![\w\-])")
# Weakest: a named place after "på" ("ny lekeplass på Fjellbu-jordet", "på Nesøya").
_ON_PLACE = re.compile(r"\bpå\s+([A-ZÆØÅ][a-zæøå]{2,}(?:-[a-zæøå]{3,})?)(?![\wæøå])")
_NOT_PLACE = re.compile(
    r"(?i)^(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|january|february|"
    r"march|may|june|july|october|december|uke|week|tillegg|dag|morgen|år|fjor|mandag|tirsdag|onsdag|torsdag|"
    r"fredag|monday|tuesday|wednesday|thursday|friday|the|our|dette|dag)\b"
)


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
                "tomt",
                "stad",
                "delivery address",
                "leveringsadresse",
                "gnr/bnr",
                "matrikkel",
                "leveringssted",
                "anleggsadresse",
                "byggeplass",
                "prosjektsted",
                "venue",
                "site address",
                "project site",
                "place of delivery",
                "location of (?:the )?works?",
                "site of (?:the )?works?",
                "oppdragssted",
                "arbeidssted",
                "gjennomføringssted",
                "place of work",
                "work location",
            ],
            spaced=True,
        )
        if value:
            ex.set("location", _clean_value(value), 0.9, value)
            return
    for part in parts:
        for match in _SITE_PHRASE.finditer(_after_letterhead(_before_signature(part.text))):
            place = _CLAUSE_END.sub("", match.group(1)).strip(" ,")
            # "bygget i 1962", "the building is in 2 parts": a year or a count, not a place
            if len(place) >= 3 and not _NOT_PLACE.match(place) and not re.match(r"\d+(?:\s|$)", place):
                ex.set("location", _clean_value(place), 0.85, match.group(0))
                return
    for part in parts:
        body = part.text
        signature = _signature(body)
        if signature:
            body = body[: body.find(signature)] if body.find(signature) > 0 else body
        body = _after_letterhead(body)
        # An address under a contact heading or label is the office's, not the site.
        matches = [
            m for pattern in (_STREET, _NUMBER_STREET) for m in pattern.finditer(body)
            if not _CONTACT_BEFORE.search(body[max(0, m.start() - 80) : m.start()])
        ]
        if matches:
            match = max(matches, key=lambda m: ("," in m.group(1), -m.start()))
            ex.set("location", _clean_value(match.group(1)), 0.8 if part.kind != "older" else 0.7, match.group(0))
            return
    weaker = (
        (_NAME_NUMBER_TOWN, 0.7),
        (_HELD_AT, 0.7),
        (_PAREN_ADDRESS, 0.65),
        (_BUILDING_IN_TOWN, 0.65),
        (_PLACE, 0.6),
        (None, 0.5),  # the place a subject or a brief's title line ends with
        (_TOWN, 0.4),
        (_ON_PLACE, 0.35),
    )
    for pattern, confidence in weaker:
        if pattern is None:
            place = _place_in_heading(parts)
            if place:
                ex.set("location", place, confidence, place)
                return
            continue
        for part in parts:
            body = _after_letterhead(_before_signature(part.text))
            for match in pattern.finditer(body):
                if pattern is _BUILDING_IN_TOWN:
                    place = match.group(0)  # as written: "Fiskebrygga i Vardø"
                    if _NOT_PLACE.match(match.group(1)) or _NOT_PLACE.match(match.group(2)):
                        continue
                else:
                    place = next(g for g in match.groups() if g)
                if pattern in (_TOWN, _ON_PLACE) and _names_company(body, match.start(1)):
                    continue  # "Vi i Brattli Mekaniske AS": a firm, not a place
                if not _NOT_PLACE.match(place) and not _COMPANY.fullmatch(place.split(",")[0]):
                    ex.set("location", _clean_value(place.replace("(", ", ")), confidence, match.group(0))
                    return
    for part in parts:
        body = part.text
        signature = _signature(body)
        if signature and body.find(signature) > 0:
            body = body[: body.find(signature)]
        body = _after_letterhead(body)
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
    # Nothing names the site: the client's own address in a signature is where the work is
    # most likely done (a website for a bakery, a survey of its office).
    for part in parts:
        signature = _signature(part.text)
        match = _STREET.search(signature) or _POSTCODE.search(signature)
        if match:
            ex.set("location", _clean_value(match.group(0)), 0.35, match.group(0))
            return
    ex.set("location", None, 0.3)


# "Launch event – Brønnøysund", "oppgradering av gatelys, Hamarøy", "signage, Kirkenes town centre"
_HEADING_PLACE = re.compile(
    r"(?:\s[–\-]|[,:(]|\s(?:at|in|i|på|ved))\s*([A-ZÆØÅ][a-zæøå\-]{2,}(?:[ \t][A-ZÆØÅ][a-zæøå\-]{2,})?)"
    r"(?:[ \t]+(?:town centre|city centre|centre|sentrum|kommune|municipality|harbour|port|havn|brygge|"
    r"sentrum|kai|quay|industriområde|industrial estate|business park|næringspark))?\)?\s*$"
)


def _place_in_heading(parts: list[Part]) -> str | None:
    """A place named only in the subject (or a brief's first line), after a dash or a comma."""
    from fornuft.projects.read_prose_deliverables import names_work

    subjects = [_SUBJECT_PREFIX.sub("", p.subject) for p in parts if p.subject.strip()]
    headings = subjects or [next((x.strip() for x in p.text.split("\n") if x.strip()), "") for p in parts[:1]]
    for heading in headings:
        match = _HEADING_PLACE.search(heading)
        if not match and subjects and not re.match(r"(?i)(?:hei|hallo|hello|hi|dear|kjære)\b", heading):
            match = _HEADING_LAST_NAME.search(heading)  # a subject, not a letter's first line (a name)
        if not match:
            continue
        place = match.group(1)
        if _NOT_PLACE.match(place) or names_work(place) or _COMPANY.search(heading[match.start(1):]):
            continue
        return place
    return None


# "Sommerarrangement Vega": a short subject closing on one capitalised name after a common noun
# (not after "med", "fra", "to": a person) is the place.
_HEADING_LAST_NAME = re.compile(
    r"^(?:[\wæøå\-]+[ \t]){0,3}?(?:[A-ZÆØÅ][a-zæøå\-]+|[a-zæøå\-]+)[ \t]+(?<!\bmed )(?<!\bfra )(?<!\bfrom )(?<!\bto )"
    r"(?<!\btil )(?<!\bhos )(?<!\bwith )(?<!\bfor )([A-ZÆØÅ][a-zæøå]{2,})\s*$"
)


def _names_company(body: str, start: int) -> bool:
    company = _COMPANY.match(body, start)
    return bool(company) and company.end() > start


def _after_letterhead(body: str) -> str:
    """A letter's letterhead (the sender's address, above the "Sted, 26. april 2027" line) is not
    the site: the text after that line."""
    dated = re.search(r"(?m)^[A-ZÆØÅ][\wæøå\- ]+,\s*\d{1,2}\.?\s+[a-zæøå]+\s+\d{4}\s*$", body[:600])
    return body[dated.end():] if dated else body


def _before_signature(body: str) -> str:
    signature = _signature(body)
    return body[: body.find(signature)] if signature and body.find(signature) > 0 else body


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
