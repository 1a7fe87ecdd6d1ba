"""Contract-level fields: language, contract type, governing law, value.

Plain functions over the contract text (no Django):

    contract_language(text)          # "nb" | "en"
    contract_type(text)              # ("service", 0.9)
    governing_law(text)              # ("NO", Span of the clause) or (None, None)
    contract_value(text)             # {"amount": 1200000.0, "currency": "NOK"} or None
"""

from __future__ import annotations

import re

from fornuft.ml.language import guess_language

CONTRACT_TYPES = (
    "service",
    "nda",
    "lease",
    "employment",
    "purchase",
    "license",
    "framework",
    "construction",
    "data_processing",
    "other",
)


def contract_language(text: str) -> str:
    """ "nb" or "en": the language most of the text is written in (mixed texts: the larger)."""
    guess = guess_language(text[:20000], max_chars=20000)
    if guess.language in ("nb", "en"):
        return guess.language
    return "nb" if guess.scores.get("nb", 0) > guess.scores.get("en", 0) else "en"


# Title words first (the document's own name decides), then body words.
_TYPE_RULES: list[tuple[str, str]] = [
    (
        "data_processing",
        r"databehandler\w*avtale|databehandleravtale|data\s+processing\s+(?:agreement|addendum)|\bDPA\b",
    ),
    (
        "nda",
        r"konfidensialitetsavtale|taushetserklæring|avtale\s+om\s+(?:gjensidig\s+)?(?:konfidensialitet|taushet\w*|fortrolighet)|gjensidig\s+taushet\w*|confidentiality\s+undertaking|taushetsavtale|fortrolighetsavtale|"
        r"non-?\s?disclosure|confidentiality\s+agreement|\bNDA\b|mutual\s+confidentiality",
    ),
    (
        "employment",
        r"arbeidsavtale|ansettelsesavtale|arbeidskontrakt|employment\s+(?:agreement|contract)|"
        r"contract\s+of\s+employment|offer\s+of\s+employment|executive\s+(?:service\s+)?agreement",
    ),
    (
        "lease",
        r"leiekontrakt|leieavtale|husleie|leie\s+av\s+(?:lokale|kontor|næringslokale|bolig)|"
        r"\blease\b|tenancy\s+agreement|rental\s+agreement|sublease",
    ),
    (
        "construction",
        r"entreprisekontrakt|totalentreprise|byggekontrakt|byggearbeid|NS\s?8405|NS\s?8406|NS\s?8407|"
        r"underentreprise|construction\s+(?:contract|agreement)|\bsubcontract\b(?=[\s\S]{0,3000}\b(?:works|site|construction|installation|building)\b)|building\s+contract|JCT\b|FIDIC",
    ),
    (
        "framework",
        r"rammeavtale|framework\s+agreement|master\s+(?:services?\s+)?agreement|\bMSA\b|"
        r"master\s+purchase\s+agreement",
    ),
    (
        "license",
        r"lisensavtale|lisens\s+(?:avtale|vilkår)|sluttbrukerlisens|licen[cs]e\s+agreement|\bEULA\b|"
        r"software\s+licen[cs]e|content\s+licen[cs]e|trademark\s+licen[cs]e",
    ),
    (
        "purchase",
        r"kjøpsavtale|kjøpekontrakt|salgsavtale|leveranseavtale|purchase\s+agreement|"
        r"sale\s+and\s+purchase|supply\s+agreement|sales\s+agreement|distributor\s+agreement|"
        r"distribution\s+agreement|purchase\s+order|innkjøpsavtale",
    ),
    (
        "service",
        r"tjenesteavtale|konsulentavtale|renhold\w*|kantine\w*|catering|vakthold|vedlikehold\w*|avtale\s+om\s+(?:levering\s+av\s+)?(?:tjenester|drift|bistand|service|support)|subscription\s+terms|(?:customer|cloud|service)\s+terms|bistandsavtale|oppdragsavtale|driftsavtale|"
        r"vedlikeholdsavtale|serviceavtale|abonnementsavtale|SaaS|service\s+agreement|"
        r"services\s+agreement|consult(?:ing|ancy)\s+agreement|maintenance\s+agreement|hosting\s+agreement|"
        r"subscription\s+agreement|support\s+agreement|outsourcing|terms\s+of\s+service|SSA-\w|"
        r"agency\s+agreement|sponsorship\s+agreement|promotion\s+agreement|development\s+agreement",
    ),
]
_TYPE_PATTERNS = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in _TYPE_RULES]


def contract_type(text: str) -> tuple[str, float]:
    """The contract type and a confidence: the title (first lines) decides when it names a
    type; otherwise the body's type words are counted."""
    lines = [line for line in text[:1500].splitlines() if line.strip()]
    # The title decides first, then the opening; within each, the type named first wins
    # ("Subscription terms … incl. data processing" is a subscription).
    for head in ("\n".join(lines[:2])[:200], "\n".join(lines)[:400]):
        named = [(match.start(), kind) for kind, pattern in _TYPE_PATTERNS if (match := pattern.search(head))]
        if named:
            return min(named)[1], 0.95
    counts = {kind: len(pattern.findall(text[:60000])) for kind, pattern in _TYPE_PATTERNS}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] == 0:
        return "other", 0.5
    total = sum(counts.values())
    return best, round(0.5 + 0.4 * counts[best] / total, 2)


# -- governing law ------------------------------------------------------------------------

COUNTRIES = {
    "norway": "NO",
    "norwegian": "NO",
    "norsk": "NO",
    "norske": "NO",
    "norges": "NO",
    "norge": "NO",
    "sweden": "SE",
    "swedish": "SE",
    "svensk": "SE",
    "svenske": "SE",
    "sverige": "SE",
    "denmark": "DK",
    "danish": "DK",
    "dansk": "DK",
    "danske": "DK",
    "danmark": "DK",
    "finland": "FI",
    "finnish": "FI",
    "finsk": "FI",
    "finske": "FI",
    "iceland": "IS",
    "icelandic": "IS",
    "islandsk": "IS",
    "germany": "DE",
    "german": "DE",
    "tysk": "DE",
    "tyske": "DE",
    "tyskland": "DE",
    "england and wales": "GB",
    "england & wales": "GB",
    "england": "GB",
    "english": "GB",
    "engelsk": "GB",
    "engelske": "GB",
    "united kingdom": "GB",
    "uk": "GB",
    "scotland": "GB",
    "scottish": "GB",
    "storbritannia": "GB",
    "britisk": "GB",
    "northern ireland": "GB",
    "ireland": "IE",
    "irish": "IE",
    "netherlands": "NL",
    "the netherlands": "NL",
    "dutch": "NL",
    "nederlandsk": "NL",
    "nederland": "NL",
    "france": "FR",
    "french": "FR",
    "fransk": "FR",
    "frankrike": "FR",
    "switzerland": "CH",
    "swiss": "CH",
    "sveitsisk": "CH",
    "sveits": "CH",
    "spain": "ES",
    "spanish": "ES",
    "italy": "IT",
    "italian": "IT",
    "belgium": "BE",
    "luxembourg": "LU",
    "austria": "AT",
    "poland": "PL",
    "polsk": "PL",
    "estonia": "EE",
    "latvia": "LV",
    "lithuania": "LT",
    "hong kong": "HK",
    "singapore": "SG",
    "china": "CN",
    "people's republic of china": "CN",
    "prc": "CN",
    "japan": "JP",
    "israel": "IL",
    "india": "IN",
    "australia": "AU",
    "new zealand": "NZ",
    "canada": "CA",
    "cayman islands": "KY",
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "amerikansk": "US",
    "american": "US",
    "mexico": "MX",
    "brazil": "BR",
    "south korea": "KR",
    "korea": "KR",
    "taiwan": "TW",
    "bermuda": "BM",
    "british virgin islands": "VG",
    "malaysia": "MY",
    "philippines": "PH",
}
US_STATES = {
    "alabama": "AL",
    "alaska": "AK",
    "arizona": "AZ",
    "arkansas": "AR",
    "california": "CA",
    "colorado": "CO",
    "connecticut": "CT",
    "delaware": "DE",
    "florida": "FL",
    "georgia": "GA",
    "hawaii": "HI",
    "idaho": "ID",
    "illinois": "IL",
    "indiana": "IN",
    "iowa": "IA",
    "kansas": "KS",
    "kentucky": "KY",
    "louisiana": "LA",
    "maine": "ME",
    "maryland": "MD",
    "massachusetts": "MA",
    "michigan": "MI",
    "minnesota": "MN",
    "mississippi": "MS",
    "missouri": "MO",
    "montana": "MT",
    "nebraska": "NE",
    "nevada": "NV",
    "new hampshire": "NH",
    "new jersey": "NJ",
    "new mexico": "NM",
    "new york": "NY",
    "north carolina": "NC",
    "north dakota": "ND",
    "ohio": "OH",
    "oklahoma": "OK",
    "oregon": "OR",
    "pennsylvania": "PA",
    "rhode island": "RI",
    "south carolina": "SC",
    "south dakota": "SD",
    "tennessee": "TN",
    "texas": "TX",
    "utah": "UT",
    "vermont": "VT",
    "virginia": "VA",
    "washington": "WA",
    "west virginia": "WV",
    "wisconsin": "WI",
    "wyoming": "WY",
    "district of columbia": "DC",
}
CA_PROVINCES = {"ontario": "ON", "british columbia": "BC", "quebec": "QC", "alberta": "AB"}

_PLACES = sorted(list(COUNTRIES) + list(US_STATES) + list(CA_PROVINCES), key=len, reverse=True)
_PLACE = r"(?P<place>" + "|".join(re.escape(p) for p in _PLACES) + r")"
_LAW_PATTERNS = [
    # "governed by (and construed in accordance with) the laws of (the State of) X"
    re.compile(
        r"(?is)(?:govern\w*|constru\w*|interpret\w*|subject|in\s+accordance|pursuant)\b[^.;]{0,120}?"
        r"\blaws?\s+(?:in\s+force\s+in\s+|applicable\s+in\s+)?(?:of\s+)?(?:the\s+)?(?:state\s+of\s+|commonwealth\s+of\s+|province\s+of\s+|kingdom\s+of\s+|(?:federal\s+)?republic\s+of\s+)?"
        r"(?:the\s+)?" + _PLACE + r"\b"
    ),
    # "governed by Norwegian law" / "English law shall apply"
    re.compile(
        r"(?is)(?:govern\w*\s+(?:by|under)|subject\s+to|construed\s+(?:in\s+accordance\s+with|under)|"
        r"regulated\s+(?:by|under)|interpreted\s+(?:by|under|according\s+to))\s+"
        r"(?:the\s+)?" + _PLACE + r"\s+law"
    ),
    re.compile(r"(?is)\b" + _PLACE + r"\s+law\s+(?:shall|will|applies|governs|is\s+applicable)"),
    # "The law of the Federal Republic of Germany applies"
    re.compile(
        r"(?is)\blaws?\s+of\s+(?:the\s+)?(?:federal\s+republic\s+of\s+|state\s+of\s+|kingdom\s+of\s+|republic\s+of\s+)?"
        r"(?:the\s+)?" + _PLACE + r"\b[^.;]{0,40}?\b(?:shall\s+)?(?:apply|applies|govern\w*|is\s+applicable)"
    ),
    # Norwegian: "Avtalen reguleres av norsk rett", "underlagt norsk lov", "Norsk rett gjelder"
    re.compile(
        r"(?is)(?:reguler\w*|underlagt|avgjøres\s+(?:etter|i\s+henhold\s+til)|tolkes\s+(?:etter|i\s+samsvar\s+med)|"
        r"følger|gjelder|styres\s+av|i\s+henhold\s+til|etter)\s+(?:av\s+|etter\s+)?"
        + _PLACE
        + r"\s+(?:rett|lov|lovgivning|lover)"
    ),
    re.compile(
        r"(?is)\b"
        + _PLACE
        + r"\s+(?:rett|lov|lovgivning)\s+(?:gjelder|skal\s+gjelde|legges\s+til\s+grunn|er\s+gjeldende)"
    ),
    re.compile(
        r"(?is)(?:lovvalg|governing\s+law|applicable\s+law)\s*[:\-–]\s*(?:the\s+laws?\s+of\s+)?(?:the\s+)?"
        + _PLACE
        + r"\b"
    ),
]


def governing_law(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The ISO code of the chosen law ("NO", "GB", "US-DE") and where the choice is written;
    (None, None) without a choice-of-law clause (a court venue alone is no choice of law)."""
    best: tuple[int, str, tuple[int, int]] | None = None
    for pattern in _LAW_PATTERNS:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()].lower()
            if "conflict" in before or "konflikt" in before:
                continue
            code = _place_code(match.group("place").lower())
            if code and (best is None or match.start() < best[0]):
                best = (match.start(), code, (match.start(), match.end()))
            break
    if best is None:
        return None, None
    return best[1], best[2]


def _place_code(place: str) -> str | None:
    place = re.sub(r"\s+", " ", place)
    if place in US_STATES:
        return f"US-{US_STATES[place]}"
    if place in CA_PROVINCES:
        return f"CA-{CA_PROVINCES[place]}"
    return COUNTRIES.get(place)


# -- value --------------------------------------------------------------------------------

_CURRENCY = {
    "nok": "NOK",
    "kr": "NOK",
    "kr.": "NOK",
    "kroner": "NOK",
    "norske kroner": "NOK",
    "mnok": "NOK",
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "dollars": "USD",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "gbp": "GBP",
    "£": "GBP",
    "sek": "SEK",
    "svenske kroner": "SEK",
    "dkk": "DKK",
    "danske kroner": "DKK",
    "chf": "CHF",
}
_CUR = (r"(?P<cur>norske\s+kroner|svenske\s+kroner|danske\s+kroner|NOK|MNOK|kr\.?|kroner|USD|US\$|\$|EUR|€|euro|"
        r"GBP|£|SEK|DKK|CHF|dollars)")
_NUM = r"(?P<num>\d{1,3}(?:[ \u00a0.,’']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
_SCALE = r"(?:\s*(?P<scale>millioner|million|mill\.?|mnok|billion|milliarder|tusen|thousand|k)\b)?"
AMOUNT = re.compile(
    r"(?i)(?:"
    + _CUR
    + r"\s*"
    + _NUM
    + _SCALE
    + r"|"
    + _NUM.replace("num", "num2")
    + _SCALE.replace("scale", "scale2")
    + r"\s*(?:,-)?\s*"
    + _CUR.replace("cur", "cur2")
    + r"(?![a-zæøå]))"
)
# "kr 150 000 per sesong, til sammen kr 300 000": the amount after the total is the value.
_TOTAL_WORDS = r"til\s+sammen|totalt|i\s+alt|in\s+total|altogether|dvs\.?\s+(?=(?:kr|NOK)\b)"
_TOTAL = re.compile(r"(?i)" + _TOTAL_WORDS)
_VALUE_WORDS = re.compile(
    r"(?i)kontraktsverdi|avtalens\s+(?:samlede\s+)?verdi|samlet\s+(?:vederlag|verdi|pris|kontraktssum)|kontraktssum|"
    r"estimert\s+(?:verdi|volum)|totalpris|fastpris|avtalt\s+pris|contract\s+(?:value|price|sum)|"
    r"total\s+(?:contract\s+)?(?:value|price|fee|fees|consideration|amount|purchase\s+price)|"
    r"estimated\s+value|aggregate\s+(?:value|consideration)|fixed\s+price|purchase\s+price|kjøpesum|"
    r"(?:årlig|månedlig)\s+(?:leie|vederlag|lisensavgift|avgift|honorar)|husleie|leien\s+er|annual\s+(?:rent|fee|fees|licen[cs]e\s+fee)|"
    r"monthly\s+(?:rent|fee)|(?:års|måneds|fast)lønn|annual\s+(?:base\s+)?salary|base\s+salary|vederlag\w*\s+(?:er|utgjør)|"
    r"(?:the\s+)?fees?\s+(?:shall\s+be|is|are|of)|pris(?:en)?\s+(?:er|utgjør)|timepris|hourly\s+rate|"
    r"(?:shall|will|agrees\s+to)\s+pay\s+(?=[A-Z€$£]{1,3}\s?\d)|(?:estimated|expected|forventede?|anslåtte?)\s+"
    r"(?:annual\s+|årlige?\s+)?(?:purchases|spend|volume|kjøp|innkjøp|omsetning)|anslått\s+til|"
    r"total\s+(?:annual\s+)?charges|annual\s+charges|fixed\s+fee|lump\s+sum|"
    r"(?:lisens)?avgift\w*\s+(?:er|utgjør)|licen[cs]e\s+fees?\s+(?:is|are|shall\s+be)|"
    r"betaler\s+(?=(?:kr|NOK|EUR|USD|SEK)\b)|\bpays?\s+(?=[A-Z€$£]{1,3}\s?\d)|"
    r"(?m:^\s*(?:leie|husleie|rent|pris|price|vederlag|honorar|fee)\s*:)|" + _TOTAL_WORDS
)
_NOT_VALUE = re.compile(
    r"(?i)ansvar|liabilit|begrens|limit|cap\b|forsikring|insurance|dagmulkt|dagbot|"
    r"penalt|liquidated|erstatning|damages|bot\b|gebyr|late\s+fee|rente|interest|per\s+(?:calendar\s+)?day\s+until"
)


def _number(raw: str) -> float | None:
    raw = raw.replace("\u00a0", " ").replace("’", "").replace("'", "")
    if re.search(r"[.,]\d{1,2}$", raw) and re.search(r"[ .,]\d{3}", raw[:-3] + " "):
        decimals = raw[-3:] if raw[-3] in ".," else raw[-2:]
        whole = re.sub(r"[ .,]", "", raw[: len(raw) - len(decimals)])
        raw = whole + "." + decimals[1:]
    elif re.fullmatch(r"\d+[.,]\d{1,2}", raw):
        raw = raw.replace(",", ".")
    else:
        raw = re.sub(r"[ .,]", "", raw)
    try:
        return float(raw)
    except ValueError:
        return None


def _amount(match: re.Match) -> tuple[float, str] | None:
    num = match.group("num") or match.group("num2")
    cur = (match.group("cur") or match.group("cur2") or "").lower()
    scale = (match.group("scale") or match.group("scale2") or "").lower().rstrip(".")
    value = _number(num.strip())
    if value is None:
        return None
    currency = _CURRENCY.get(re.sub(r"\s+", " ", cur).rstrip(".") if cur not in ("kr.",) else "kr")
    if currency is None:
        return None
    if cur == "mnok" or scale in ("millioner", "million", "mill", "mnok"):
        value *= 1_000_000
    elif scale in ("billion", "milliarder"):
        value *= 1_000_000_000
    elif scale in ("tusen", "thousand", "k"):
        value *= 1_000
    return value, currency


def contract_value(text: str, sentences: list[tuple[int, int]] | None = None) -> dict | None:
    """The contract's value: the first amount in a sentence that names the value, price, fee,
    rent or salary (liability caps, insurance sums and penalties are not values); None when
    no such sentence has an amount."""
    from fornuft.contracts.sections import split_sentences

    spans = sentences or [(s.start, s.end) for s in split_sentences(text)]
    for start, end in spans:
        sentence = text[start:end]
        if not _VALUE_WORDS.search(sentence) or _NOT_VALUE.search(sentence):
            continue
        total = _TOTAL.search(sentence)
        amounts = list(AMOUNT.finditer(sentence))
        if total:
            amounts = [m for m in amounts if m.start() >= total.end()] + [m for m in amounts if m.start() < total.end()]
        for match in amounts:
            found = _amount(match)
            if found and found[0] >= 1:
                amount = found[0]
                return {"amount": int(amount) if amount.is_integer() else amount, "currency": found[1]}
    return None
