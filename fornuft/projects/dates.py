"""Dates as written in Norwegian and English assignments: "innen uke 14" (the Friday of ISO
week 14), "senest 15. mai", "by end of Q2", "15.05.2026", "May 15, 2026", "innen 6 uker".

`find_dates(text, reference)` returns every date expression with its position; a year left
out is the first such date on or after `reference` (the mail's date or the plan's start).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "januar": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "mars": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER_WORDS = {
    "en": 1,
    "ett": 1,
    "one": 1,
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
    "tolv": 12,
    "twelve": 12,
}
_ORDINAL_QUARTER = {
    "første": 1,
    "andre": 2,
    "tredje": 3,
    "fjerde": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1.": 1,
    "2.": 2,
    "3.": 3,
    "4.": 4,
}


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int
    text: str
    kind: str  # "day", "week", "quarter", "month_end", "relative"


def friday_of_week(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 5)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _upcoming(reference: date, make) -> date | None:
    """make(year) for the reference year, or the next year when that is already past."""
    for year in (reference.year, reference.year + 1):
        try:
            value = make(year)
        except ValueError:
            continue
        if value >= reference - timedelta(days=7):
            return value
    return None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b")),
    (
        "day_month",
        re.compile(rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?({_MONTH})\.?(?:\s*,?\s*(\d{{4}}))?\b", re.I),
    ),
    ("month_day", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{{4}}))?\b", re.I)),
    # "i uke 32–33", "weeks 32-33": the end of the last week
    ("week", re.compile(r"\b(?:uke|uker|veke|weeks?)\.?\s*\d{1,2}\s*[–-]\s*(\d{1,2})(?:\s*[/,]?\s*(\d{4}))?\b", re.I)),
    ("week", re.compile(r"\b(?:uke|veke|week|wk|w|u)\.?\s*(\d{1,2})(?:\s*[/,-]?\s*(\d{4}))?\b", re.I)),
    # "innen 1/6", "frist 15.6.": a day and month without the year, after a deadline word only
    # (alone "1/6" may be a share)
    ("day_month_numeric", re.compile(
        r"(?i)\b(?:innen|senest|frist:?|før|by|til|due|deadline:?)\s+(\d{1,2})[./](\d{1,2})\b\.?(?![./]?\d)")),
    # "første halvår 2027", "the first half of 2027", "H1 2027": 30 June (31 December for the second)
    ("half_year", re.compile(
        r"\b(?:(første|andre|first|second)\s+(?:halvår|half(?:\s+of)?(?:\s+the\s+year)?)|\b(H[12]))"
        r"(?:\s+(?:of\s+)?(\d{4}))?\b", re.I)),
    # "by the end of next month", "innen utgangen av neste måned", "end of this month"
    ("month_relative", re.compile(
        r"\b(?:(?:the\s+)?end\s+of\s+(next|this|the)\s+month|(?:utgangen|slutten)\s+av\s+(neste|denne)\s+måned(?:en)?|"
        r"(?:innen\s+)?(månedsskiftet))\b", re.I)),
    ("quarter", re.compile(r"\b(?:Q|K)([1-4])(?:\s*[-/]?\s*(\d{4}))?\b")),
    (
        "quarter_words",
        re.compile(
            r"\b(første|andre|tredje|fjerde|first|second|third|fourth|[1-4]\.)\s+(?:kvartal|quarter)(?:\s+(\d{4}))?\b",
            re.I,
        ),
    ),
    # "before the end of the year", "innen utgangen av året", "før nyttår": 31 December.
    (
        "year_end",
        re.compile(
            r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+year|year[- ]end|(?:utgangen|slutten)\s+av\s+året|"
            r"nyttår|årsskiftet)\b",
            re.I,
        ),
    ),
    # "midten av mars", "mid-March", "medio mars": the 15th.
    (
        "mid_month",
        re.compile(rf"\b(?:midten\s+av|medio|mid-?|the\s+middle\s+of)\s*({_MONTH})(?:\s+(\d{{4}}))?\b", re.I),
    ),
    (
        "month_end",
        re.compile(
            rf"\b(?:(?:utgangen|slutten|enden)\s+av|ultimo|end\s+of|the\s+end\s+of|i\s+løpet\s+av|in\s+the\s+course\s+of|"
            rf"during)\s+({_MONTH})(?:\s+(\d{{4}}))?\b",
            re.I,
        ),
    ),
    # Holidays by convention (docs/projects.md): "før fellesferien", "before the summer holidays" is
    # the Friday of ISO week 27 (the common Norwegian holiday is weeks 28-30); "før jul", "before
    # Christmas" the Friday of week 51.
    (
        "holiday",
        re.compile(
            r"\b(?:før|innen|til|before|by)\s+(?:the\s+)?(fellesferien|sommerferien|ferien i juli|summer holidays?|"
            r"summer break|summer vacation|the summer|sommeren|jul|julen|juleferien|christmas|påske|påsken|"
            r"påskeferien|easter)(?:\s+(\d{4}))?\b",
            re.I,
        ),
    ),
    # "6 uker etter bestilling", "8 weeks after contract signature": counted like "within".
    (
        "relative",
        re.compile(
            r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+(uker|uke|weeks|week|dager|days|måneder|months)\s+"
            r"(?:etter|after|from|of|fra)\s+(?:the\s+)?(?=bestilling|ordre|order|kontrakt|contract|signering|"
            r"signature|signing|oppdrag|award|tildeling|avrop|go-ahead)",
            re.I,
        ),
    ),
    # "within 10 working days", "innen 5 virkedager": weekdays counted from the reference
    (
        "working_days",
        re.compile(
            r"\b(?:innen|within|in|om)\s+(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+"
            r"(?:virkedager|arbeidsdager|working days|business days|workdays)\b",
            re.I,
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:innen|within|in|om)\s+(\d{1,2}|"
            + "|".join(_NUMBER_WORDS)
            + r")\s+(uker|uke|weeks|week|dager|days|måneder|months)\b",
            re.I,
        ),
    ),
]


def _make_date(kind: str, match: re.Match, reference: date) -> tuple[date | None, str]:
    g = match.groups()
    if kind == "iso":
        return date(int(g[0]), int(g[1]), int(g[2])), "day"
    if kind == "numeric":
        return date(_year(g[2]), int(g[1]), int(g[0])), "day"
    if kind in ("day_month", "month_day"):
        day, month_name, year = (g[0], g[1], g[2]) if kind == "day_month" else (g[1], g[0], g[2])
        month = MONTHS[month_name.lower()]
        if year:
            return date(int(year), month, int(day)), "day"
        return _upcoming(reference, lambda y: date(y, month, int(day))), "day"
    if kind == "day_month_numeric":
        day, month = int(g[0]), int(g[1])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None, ""
        return _upcoming(reference, lambda y: date(y, month, day)), "day"
    if kind == "half_year":
        first = (g[0] or g[1]).lower() in ("første", "first", "h1")
        month, day = (6, 30) if first else (12, 31)
        if g[2]:
            return date(int(g[2]), month, day), "quarter"
        return _upcoming(reference, lambda y: date(y, month, day)), "quarter"
    if kind == "month_relative":
        ahead = 1 if (g[0] or g[1] or "").lower() in ("next", "neste") else 0
        month = reference.month - 1 + ahead
        year, month = reference.year + month // 12, month % 12 + 1
        return date(year, month, monthrange(year, month)[1]), "month_end"
    if kind == "week":
        week = int(g[0])
        if not 1 <= week <= 53:
            return None, ""
        if g[1]:
            return friday_of_week(int(g[1]), week), "week"
        return _upcoming(reference, lambda y: friday_of_week(y, week)), "week"
    if kind in ("quarter", "quarter_words"):
        quarter = int(g[0]) if kind == "quarter" else _ORDINAL_QUARTER[g[0].lower()]
        month = quarter * 3

        def end_of_quarter(y: int) -> date:
            return date(y, month, monthrange(y, month)[1])

        if g[1]:
            return end_of_quarter(int(g[1])), "quarter"
        return _upcoming(reference, end_of_quarter), "quarter"
    if kind == "year_end":
        return _upcoming(reference, lambda y: date(y, 12, 31)), "day"
    if kind == "mid_month":
        month = MONTHS[g[0].lower()]
        if g[1]:
            return date(int(g[1]), month, 15), "day"
        return _upcoming(reference, lambda y: date(y, month, 15)), "day"
    if kind == "month_end":
        month = MONTHS[g[0].lower()]
        if g[1]:
            return date(int(g[1]), month, monthrange(int(g[1]), month)[1]), "month_end"
        return _upcoming(reference, lambda y: date(y, month, monthrange(y, month)[1])), "month_end"
    if kind == "holiday" and g[0].lower().startswith(("påske", "easter")):
        # Before Easter: the Wednesday before Maundy Thursday, the last working day before it.
        if g[1]:
            return easter_sunday(int(g[1])) - timedelta(days=4), "day"
        return _upcoming(reference, lambda y: easter_sunday(y) - timedelta(days=4)), "day"
    if kind == "holiday":
        week = 51 if g[0].lower().startswith(("jul", "christmas")) else 27
        if g[1]:
            return friday_of_week(int(g[1]), week), "week"
        return _upcoming(reference, lambda y: friday_of_week(y, week)), "week"
    if kind == "working_days":
        left = int(g[0]) if g[0].isdigit() else _NUMBER_WORDS[g[0].lower()]
        day = reference
        while left:
            day += timedelta(days=1)
            left -= day.weekday() < 5
        return day, "relative"
    if kind == "relative":
        count = int(g[0]) if g[0].isdigit() else _NUMBER_WORDS[g[0].lower()]
        unit = g[1].lower()
        if unit.startswith(("uke", "week")):
            return reference + timedelta(weeks=count), "relative"
        if unit.startswith(("dag", "day")):
            return reference + timedelta(days=count), "relative"
        month = reference.month - 1 + count
        year, month = reference.year + month // 12, month % 12 + 1
        return date(year, month, min(reference.day, monthrange(year, month)[1])), "relative"
    return None, ""


def find_dates(text: str, reference: date) -> list[FoundDate]:
    """Every date expression in `text`, in order of position; overlapping matches keep the
    longest."""
    found: list[FoundDate] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if (
                kind == "week"
                and match.group(0)[:1].lower() in ("w", "u")
                and len(match.group(0).split()[0]) <= 2
                and not re.match(r"(?i)w\d|u\d", match.group(0))
            ):
                continue
            if re.match(r"-[A-Za-zÆØÅæøå]", text[match.end() : match.end() + 2]):
                continue  # "17. mai-arrangementet", "1. mai-toget": the name of a day, not a date
            try:
                value, what = _make_date(kind, match, reference)
            except (ValueError, OverflowError):
                continue
            if value is None or not 1990 <= value.year <= 2200:
                continue
            found.append(FoundDate(value, match.start(), match.end(), match.group(0), what))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[FoundDate] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept
