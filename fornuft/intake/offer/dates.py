"""Dates and how long a quote stands: "gyldig til 31.01.2027", "valid until January 31st",
"prisen gjelder i 30 dager", "the offer stands for two weeks". `parse_date` reads the date
forms said or written in nb and en (a year left out is the next such date on or after today);
`find_validity` finds the sentence that sets the validity and turns it into a date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from fornuft.intake import spoken

VALIDITY_WORDS = {"gyldig", "gyldighet", "valid", "validity", "expires", "utløper", "står", "bindende"}
DAY_WORDS = {"dager": 1, "dag": 1, "days": 1, "day": 1, "uker": 7, "uke": 7, "weeks": 7, "week": 7,
             "måneder": 30, "måned": 30, "months": 30, "month": 30}
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
