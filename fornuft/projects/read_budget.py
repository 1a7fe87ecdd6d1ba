"""Reading the budget: amount, currency, excl./incl. VAT; prices of other things are skipped.
"""

from __future__ import annotations

import re

from fornuft.projects.assignment import Extraction, Part

_AMOUNT = r"(\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)"
_BUDGET_RE = re.compile(
    rf"(?i)(?:(MNOK|NOK|kr\.?|EUR|€|USD|\$|SEK|DKK)\s*{_AMOUNT}\s*(mill(?:ioner|ion)?\.?|mnok|m\b|k\b|'|tusen|thousand)?"
    rf"|{_AMOUNT}\s*(mill(?:ioner|ion)?\.?|mnok|k\b|'|tusen|thousand)?\s*(NOK|kr\.?|kroner|EUR|euro|€|USD|SEK|DKK|,-))"
)
_BUDGET_WORDS = re.compile(
    r"(?i)\b(budsjett|budsjettet|budsjettert|budsjetterer|budsjettramme|ramme|rammen|kostnadsramme|økonomisk ramme|"
    r"honorar|honorarramme|budget|budgeted|fee|not to exceed|maks|maksimalt|inntil|up to|cap|avsatt|set aside|"
    r"disponibelt|available|regner med|tilskudd|tilskuddet|fastpris|fixed price|price|pris|"
    # The value of the assignment itself is its budget (tenders: "estimert verdi av oppdraget").
    r"estimert verdi|antatt verdi|oppdragets verdi|verdi av oppdraget|contract value|estimated value)\b"
    # In an assignment a sum stated with VAT wording is the price asked for or offered.
    r"|\b(eks|ekskl|eksklusiv|excl|excluding|ex|inkl|inklusiv|incl|including)\.?\s*(mva|moms|vat)\b"
)
_NOT_BUDGET = re.compile(
    r"(?i)\b(byggekostnad|entreprisekost|construction cost|building cost|prosjektkost|"
    r"total project cost|(?<!estimert )(?<!antatt )(?<!oppdragets )verdi(?! av oppdraget)|(?<!contract )"
    r"(?<!estimated )value|omsetning|turnover|timepris|hourly|per time|/t\b|per hour)"
)
# A sum with no currency but with budget wording around it ("maks 25 000 inkl mva"): grouped
# thousands only, so that years, postcodes and counts are not read as money.
_BARE_AMOUNT = re.compile(
    r"(?i)\b(?:budsjett\w*|ramme\w*|maks\w*|inntil|up to|budget\w*)\D{0,20}?(\d{1,3}(?:[ .,\u00a0]\d{3})+)"
    r"(?!\s*(?:m2|m²|kvm|sqm|leil|stk))"
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


def _unwrapped_lines(text: str) -> list[str]:
    """Lines, with a line that ends before its sum or currency ("Budsjett kr" / "240 000") joined
    to the next one."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if nxt and re.search(r"(?i)(\b(kr|nok|på|er|of|is|med|ramme|budsjett|budget)|\d)\s*$", line) and re.match(
            r"(?i)^(kr|nok|\d)", nxt
        ):
            out.append(line + " " + nxt)
        else:
            out.append(line)
    return out


def _budget(parts: list[Part], ex: Extraction) -> None:
    for part in parts:
        for line in _unwrapped_lines(part.text):
            if not _BUDGET_WORDS.search(line) or _NOT_BUDGET.search(line):
                continue
            matches = list(_BUDGET_RE.finditer(line))
            if not matches:
                bare = _BARE_AMOUNT.search(line)
                if bare:
                    amount = _parse_amount(bare.group(1), None)
                    if amount >= 1000:
                        vat = _vat(line)
                        ex.set("budget", {"amount": round(amount, 2), "currency": "NOK"}, 0.75, line)
                        ex.set("budget_vat", vat, 0.85 if vat else 0.4)
                        return
            for match in matches:
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
                vat = _vat(around)
                del after
                ex.set("budget", {"amount": round(amount, 2), "currency": _currency(currency)}, 0.9, line)
                ex.set("budget_vat", vat, 0.85 if vat else 0.4)
                return
    ex.set("budget", None, 0.3)
    ex.set("budget_vat", None, 0.3)


def _vat(text: str) -> str | None:
    if re.search(r"(?i)(eks\.?|ekskl\.?|eksklusiv|excl\.?|excluding|ex\.?|uten|\+)\s*(mva|moms|vat)", text):
        return "excl"
    if re.search(r"(?i)(inkl\.?|inklusiv|incl\.?|including|med)\s*(mva|moms|vat)", text):
        return "incl"
    return None
