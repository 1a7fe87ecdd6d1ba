"""Dates and periods as contracts write them, in Norwegian (bokmål) and English.

Plain functions over plain data (no Django), shared by the CLI, the services and the tests.

    find_dates("Avtalen gjelder fra 1. mars 2025")      # [FoundDate(date(2025, 3, 1), 20, 32)]
    parse_date("March 1st, 2025")                       # date(2025, 3, 1)
    find_period("tre (3) måneders oppsigelse")          # Period(3, "months")
    add_months(date(2025, 1, 31), 1)                    # date(2025, 2, 28)

Supported date forms (each has a test): ISO `2025-03-01`; day first with dots, slashes or
hyphens `01.03.2025`, `1.3.25`, `01/03/2025`, `01-03-2025`; `1. mars 2025`, `1 mars 2025`,
`1. mar. 2025`, `den 1. mars 2025`; `March 1, 2025`, `March 1st, 2025`, `Mar. 1 2025`;
`1st March 2025`, `1 March, 2025`, `the 1st day of March, 2025`, `1st of March 2025`.
A slash date in an English text is read month first (`03/01/2025` is 1 March) unless the
first number cannot be a month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    # Norwegian
    "januar": 1,
    "februar": 2,
    "mars": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "desember": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "des": 12,
    # English
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "october": 10,
    "december": 12,
    "oct": 10,
    "dec": 12,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS = [
    ("iso", re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\d])")),
    (
        "numeric",
        re.compile(
            r"(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)?\d\d)(?![\d]|[./-]\d)"
        ),
    ),
    # the 1st day of March, 2025 / 1st of March 2025 / 1. mars 2025 / 1 March, 2025
    ("day_month", re.compile(r"(?i)\b" + _DAY + r"\s*(?:day\s+)?(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b")),
    # March 1, 2025 / March 1st, 2025 / Mar. 1 2025
    ("month_day", re.compile(r"(?i)\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b")),
]


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(raw: str) -> int:
    year = int(raw)
    if year >= 100:
        return year
    return year + 2000 if year < 70 else year + 1900


def find_dates(text: str, *, language: str = "nb") -> list[FoundDate]:
    """Every date in `text` with its character offsets, in text order (overlaps removed)."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = _value(kind, match, language)
            if value is not None:
                found.append(FoundDate(value, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def _value(kind: str, match: re.Match, language: str) -> date | None:
    groups = match.groupdict()
    if kind == "iso":
        return _make(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    if kind == "numeric":
        a, b, year = int(groups["a"]), int(groups["b"]), _year(groups["year"])
        if groups["sep"] == "/" and language == "en" and a <= 12:
            return _make(year, a, b) or _make(year, b, a)
        return _make(year, b, a)
    month = MONTHS.get(groups["month"].lower().rstrip("."))
    if month is None:
        return None
    return _make(int(groups["year"]), month, int(groups["day"]))


def parse_date(text: str, *, language: str = "nb") -> date | None:
    """The first date in `text`, or None."""
    found = find_dates(text, language=language)
    return found[0].value if found else None


# -- periods -------------------------------------------------------------------------------

NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "ei": 1,
    "én": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "to": 2,
    "two": 2,
    "tre": 3,
    "three": 3,
    "fire": 4,
    "four": 4,
    "fem": 5,
    "five": 5,
    "seks": 6,
    "six": 6,
    "sju": 7,
    "syv": 7,
    "seven": 7,
    "åtte": 8,
    "eight": 8,
    "ni": 9,
    "nine": 9,
    "ti": 10,
    "ten": 10,
    "elleve": 11,
    "eleven": 11,
    "tolv": 12,
    "twelve": 12,
    "fjorten": 14,
    "fourteen": 14,
    "femten": 15,
    "fifteen": 15,
    "atten": 18,
    "eighteen": 18,
    "tjue": 20,
    "twenty": 20,
    "tjuefire": 24,
    "twenty-four": 24,
    "tretti": 30,
    "thirty": 30,
    "trettiseks": 36,
    "thirty-six": 36,
    "førtifem": 45,
    "forty-five": 45,
    "seksti": 60,
    "sixty": 60,
    "nitti": 90,
    "ninety": 90,
    "hundre": 100,
    "hundred": 100,
    "one hundred twenty": 120,
    "hundre og tjue": 120,
}

UNITS = {
    "day": "days",
    "days": "days",
    "dag": "days",
    "dager": "days",
    "dagers": "days",
    "dagar": "days",
    "virkedager": "days",
    "business days": "days",
    "calendar days": "days",
    "kalenderdager": "days",
    "week": "weeks",
    "weeks": "weeks",
    "uke": "weeks",
    "uker": "weeks",
    "ukers": "weeks",
    "month": "months",
    "months": "months",
    "måned": "months",
    "måneder": "months",
    "måneders": "months",
    "mnd": "months",
    "mnd.": "months",
    "måneds": "months",
    "year": "years",
    "years": "years",
    "år": "years",
    "års": "years",
}

_ENGLISH_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "business days", "calendar days"}

_NUMBER = (
    r"(?P<number>\d{1,3}|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")(?:\s*\(\s*(?P<digits>\d{1,3})\s*\))?"
)
_UNIT = r"(?P<unit>" + "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True)) + r")"
PERIOD_PATTERN = re.compile(
    r"(?i)(?<![\w-])" + _NUMBER + r"[\s\-–—]*(?:full\s+|hele\s+|kalender)?(?:'s\s+)?" + _UNIT
    + r"(?:'s|’s|s')?(?![\wæøå])"
)


@dataclass(frozen=True)
class Period:
    count: int
    unit: str  # "days" | "weeks" | "months" | "years"
    start: int = 0
    end: int = 0

    @property
    def months(self) -> int | None:
        """The period in whole months, or None for days and weeks."""
        if self.unit == "months":
            return self.count
        if self.unit == "years":
            return self.count * 12
        return None

    @property
    def days(self) -> int:
        """Days by the contract convention: months × 30, weeks × 7, years × 365."""
        return self.count * {"days": 1, "weeks": 7, "months": 30, "years": 365}[self.unit]


def find_periods(text: str) -> list[Period]:
    """Every period ("3 måneder", "tre (3) måneders", "one (1) year", "90 days") in text order."""
    periods = []
    for match in PERIOD_PATTERN.finditer(text):
        number = match.group("digits") or match.group("number")
        count = int(number) if number.isdigit() else NUMBER_WORDS.get(number.lower())
        if not count:
            continue
        unit = match.group("unit").lower()
        if number.lower() in ("a", "an") and unit not in ("year", "month", "week", "day"):
            continue
        if number.lower() == "to" and unit in _ENGLISH_UNITS:  # "prior to year end"
            continue
        periods.append(Period(count, UNITS[match.group("unit").lower()], match.start(), match.end()))
    return periods


def find_period(text: str) -> Period | None:
    periods = find_periods(text)
    return periods[0] if periods else None


# -- calendar arithmetic -------------------------------------------------------------------


def end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months; a day past the new month's end becomes its last day,
    and the last day of a month stays the last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    if day == end_of_month(day):
        return date(year, month + 1, last)
    return date(year, month + 1, min(day.day, last))


def add_period(day: date, period: Period, sign: int = 1) -> date:
    if period.unit == "days":
        return day + timedelta(days=sign * period.count)
    if period.unit == "weeks":
        return day + timedelta(days=sign * 7 * period.count)
    return add_months(day, sign * (period.months or 0))


def term_end(start: date, period: Period) -> date:
    """The last day of a term of `period` from `start`: S + N months − 1 day."""
    if period.unit in ("months", "years"):
        index = start.year * 12 + start.month - 1 + (period.months or 0)
        year, month = divmod(index, 12)
        day = min(start.day, calendar.monthrange(year, month + 1)[1])
        return date(year, month + 1, day) - timedelta(days=1)
    return add_period(start, period) - timedelta(days=1)


def notice_deadline(expiration: date, period: Period, *, from_month_end: bool = False) -> date:
    """The last day notice can be given so that the contract ends on `expiration`.

    Notice counted from the day it is given: `expiration` − the period (calendar months).
    Counted from the end of the month ("regnet fra utgangen av måneden"): the last day of the
    latest month whose end plus the period is on or before `expiration`.
    """
    if from_month_end and period.unit in ("months", "years"):
        months = period.months or 0
        candidate = end_of_month(add_months(expiration.replace(day=1), -months))
        while end_of_month(add_months(candidate.replace(day=1), months)) > expiration:
            candidate = end_of_month(add_months(candidate.replace(day=1), -1))
        return candidate
    return add_period(expiration, period, sign=-1)
