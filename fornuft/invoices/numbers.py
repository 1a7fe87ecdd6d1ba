"""Norwegian and English number, amount and date formats: `12 345,50`, `12,345.50`,
`kr 1.234,00`, `1 234,-`; `05.03.2026`, `5. mars 2026`, `2026-03-05`, `March 5, 2026`."""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

TWO = Decimal("0.01")

_CURRENCY_WORDS = re.compile(r"(?i)\b(nok|kr|sek|dkk|eur|usd|gbp|pln|inr|rs)\b\.?|[€$£₹]|,-$|\.-$")
# One amount as written: digits with optional thousand groups (or Indian lakh groups,
# "1,23,456.00") and decimals (up to four: unit prices of electricity or fuel, "0,9412"); it
# never ends inside a run of digits, so "0,9412" is not the thousands group "0,941" followed by
# a stray "2".
AMOUNT_PATTERN = (
    r"[-−(]?\s*(?:(?:kr|NOK|EUR|USD|€|\$|£)\s*)?"
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[ .,\u00a0\u202f']\d{3})+|\d+)(?:[.,]\d{1,4})?(?!\d)(?:,-)?\)?"
)
AMOUNT_RE = re.compile(AMOUNT_PATTERN)


def parse_amount(text: str | None) -> Decimal | None:
    """The amount in `text` as a Decimal, or None when it is not one amount."""
    if text is None:
        return None
    raw = str(text).strip()
    if not raw:
        return None
    negative = raw.startswith(("-", "−", "(")) or raw.endswith("-") and not raw.endswith(",-")
    cleaned = _CURRENCY_WORDS.sub("", raw)
    cleaned = re.sub(r"[\s\u00a0\u202f'()−+]", "", cleaned).lstrip("-").rstrip("-")
    if not cleaned or not re.fullmatch(r"[\d.,]+", cleaned) or not cleaned[0].isdigit():
        return None
    last_dot, last_comma = cleaned.rfind("."), cleaned.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal_sep = "." if last_dot > last_comma else ","
    elif last_comma >= 0:
        decimals = len(cleaned) - last_comma - 1
        decimal_sep = "," if decimals != 3 or cleaned.count(",") == 1 and len(cleaned) - decimals - 1 > 3 else ""
        if cleaned.startswith("0,"):
            decimal_sep = ","  # "0,125": no thousands group starts with a zero
        if cleaned.count(",") > 1:
            decimal_sep = ""
    elif last_dot >= 0:
        decimals = len(cleaned) - last_dot - 1
        decimal_sep = "." if decimals != 3 or cleaned.count(".") == 1 and len(cleaned) - decimals - 1 > 3 else ""
        if cleaned.startswith("0."):
            decimal_sep = "."
        if cleaned.count(".") > 1:
            decimal_sep = ""
    else:
        decimal_sep = ""
    if decimal_sep:
        whole, _, fraction = cleaned.rpartition(decimal_sep)
        whole = re.sub(r"[.,]", "", whole)
        number = f"{whole or '0'}.{fraction}"
    else:
        number = re.sub(r"[.,]", "", cleaned)
    try:
        value = Decimal(number)
    except InvalidOperation:
        return None
    return -value if negative else value


def quantize(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TWO, rounding=ROUND_HALF_UP)


def format_amount(value) -> str | None:
    """Two-decimal string ("1234.50"), or None."""
    if value is None or value == "":
        return None
    return str(quantize(Decimal(str(value))))


def format_quantity(value) -> str | None:
    """A quantity or rate without trailing zeros ("2", "1.5", "25"), or None."""
    if value is None or value == "":
        return None
    value = Decimal(str(value))
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")


MONTHS = {
    # Norwegian bokmål / nynorsk and English, full and short
    "januar": 1,
    "jan": 1,
    "january": 1,
    "februar": 2,
    "feb": 2,
    "february": 2,
    "mars": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
    # neighbours seen on invoices from abroad (Dutch, German, French)
    "maart": 3,
    "mei": 5,
    "januari": 1,
    "februari": 2,
    "augustus": 8,
    "märz": 3,
    "dezember": 12,
    "janvier": 1,
    "février": 2,
    "avril": 4,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    # the same written without accents, and the short forms
    "fevrier": 2,
    "aout": 8,
    "decembre": 12,
    "janv": 1,
    "févr": 2,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "déc": 12,
    "maerz": 3,
    "mär": 3,
    "dez": 12,
    # Spanish
    "enero": 1,
    "ene": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "abr": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "ago": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "dic": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})(?P<ymd_sep>[-/.])(\d{1,2})(?P=ymd_sep)(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2})\b"), "dmy2"),
    # "5. mars 2026", "1er mars 2026", "5 de marzo de 2026", "5-Mar-2026"
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:er|st|nd|rd|th|º)?\.?(?:\s*|-)(?:de\s+)?({_MONTH_NAMES})\.?(?:\s*,?\s+(?:de\s+)?|-)(\d{{4}})\b",
            re.I,
        ),
        "d_mon_y",
    ),
    (re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)(\d{{4}})\b", re.I), "mon_d_y"),
]
DATE_RE = re.compile("|".join(f"(?:{p.pattern})" for p, _ in DATE_PATTERNS), re.IGNORECASE)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str | None, *, month_first: bool = False) -> date | None:
    """The first date in `text`; day-first unless `month_first` (US invoices) or impossible."""
    if not text:
        return None
    for pattern, kind in DATE_PATTERNS:
        match = pattern.search(str(text))
        if not match:
            continue
        if kind == "ymd":
            a, _, b, c = match.groups()
            return _make(int(a), int(b), int(c))
        a, b, c = match.groups()
        if kind in ("dmy", "dmy2"):
            year = int(c) + (2000 if kind == "dmy2" else 0)
            day, month = int(a), int(b)
            if month_first or month > 12:
                day, month = month, day
            return _make(year, month, day)
        if kind == "d_mon_y":
            return _make(int(c), MONTHS[b.lower()], int(a))
        return _make(int(c), MONTHS[a.lower()], int(b))
    return None
