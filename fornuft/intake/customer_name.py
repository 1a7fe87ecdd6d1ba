"""Completing a customer's name as a dictation says it, as plain data.

A dictated name is often cut short by the pattern that found it: the kind of body after a place
name is said in lower case ("Hamar kommune", "Fjellheim borettslag"), a housing company named
after its street carries the house number, said as a word ("Sameiet Elvegata tolv"), and a name
said in part is sometimes said again in full a moment later ("Granlia Housing, uh, the
cooperative, Granlia Housing Cooperative")."""

from __future__ import annotations

import re

from fornuft.intake import spoken

# bodies named "<place> <kind>", the kind in lower case in Norwegian
ORG_KINDS = (r"(?:fylkeskommune|kommune|borettslag|sameie|stiftelse|idrettslag|forening|menighet|kirke|skole|"
             r"barnehage|helseforetak|sykehjem|bydel)")
# a housing company or a street-named body: "Sameiet …", "… borettslag", "…gata", "…veien"
_ADDRESS_NAME = re.compile(r"(?i)\b(?:sameie\w*|borettslag\w*)\b|\w(?:gata|gate|gaten|veien|vegen|vei|veg|"
                           r"stien|bakken|plass|allé|alle|street|road)\b")
_CAPITALISED = r"[A-ZÆØÅ][\wÆØÅæøå&'\-]*"


def with_org_kind(name: str, text: str) -> str:
    """"Hamar" → "Hamar kommune" when the text says the kind right after the name."""
    match = re.search(rf"{re.escape(name)}\s+(?P<kind>{ORG_KINDS}\w*)\b", text)
    return f"{name} {match.group('kind')}" if match and not name.lower().endswith(match.group("kind")) else name


def with_house_number(name: str, text: str, language: str | None = None) -> str:
    """"Sameiet Elvegata" + ", tolv," → "Sameiet Elvegata 12": a street-named body keeps its number."""
    if not _ADDRESS_NAME.search(name):
        return name
    match = re.search(rf"(?i:{re.escape(name)})\s+(?P<number>[\w\- ]{{1,30}}?)\s*(?=[,.;]|$)", text)
    if not match:
        return name
    words = spoken.tokens(match.group("number"))
    found = spoken.numbers_in(words, language)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(words) and 0 < found[0].value < 1000 \
            and found[0].value == int(found[0].value):
        return f"{name} {int(found[0].value)}"
    return name


def restated_in_full(name: str, text: str) -> str:
    """The longest later mention that starts with the name and goes on in capitals ("Granlia Housing
    Cooperative" after "Granlia Housing")."""
    longest = name
    first = text.find(name)
    for match in re.finditer(rf"(?<![\wÆØÅæøå]){re.escape(name)}(?:\s+{_CAPITALISED})+", text):
        if match.start() != first and len(match.group(0)) > len(longest):
            longest = match.group(0)
    return longest


def completed(name: str, text: str, language: str | None = None) -> str:
    return with_house_number(with_org_kind(restated_in_full(name, text), text), text, language)
