"""Printed values made regular: dates to ISO, sheets to "n/m", scales to "1:50", quantities to numbers."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "feb": 2, "februar": 2, "february": 2, "mar": 3, "mars": 3, "march": 3,
    "apr": 4, "april": 4, "mai": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
}


def _valid(y: int, m: int, d: int) -> str | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(text: str | None) -> str | None:
    """"07.12.2026", "2026-12-07", "7. des. 2026", "Dec 7, 2026", "07/12/26" -> "2026-12-07"; None if no date."""
    if not text:
        return None
    t = text.strip().lower()
    m = re.search(r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b", t)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"\b(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})\b", t)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        if mo > 12 and d <= 12:  # US order, printed unambiguously
            d, mo = mo, d
        return _valid(y, mo, d)
    m = re.search(r"\b(\d{1,2})\.?[\s\-/]*([a-zæøå]{3,9})\.?,?[\s\-/]*(\d{4})\b", t)
    if m and m[2] in MONTHS:
        return _valid(int(m[3]), MONTHS[m[2]], int(m[1]))
    m = re.search(r"\b([a-z]{3,9})\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-]*(\d{4})\b", t)
    if m and m[1] in MONTHS:
        return _valid(int(m[3]), MONTHS[m[1]], int(m[2]))
    m = re.search(r"\b(\d{4})(\d{2})(\d{2})\b", t)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    return None


def sheet(text: str | None, count: str | None = None) -> str | None:
    """"1 av 3", "1/3", "Sheet 1 of 3", "2" with count "5" -> "1/3", "2/5"; "2" alone stays "2"."""
    if not text:
        return None
    t = text.strip().lower()
    m = re.search(r"(\d+)\s*(?:/|av|of|-|:)\s*(\d+)", t)
    if m:
        return f"{int(m[1])}/{int(m[2])}"
    m = re.search(r"\d+", t)
    if not m:
        return None
    total = re.search(r"\d+", count or "")
    return f"{int(m[0])}/{int(total[0])}" if total else str(int(m[0]))


def scale(text: str | None) -> str | None:
    """"1 : 50" -> "1:50"; "1:50 (A1)" -> "1:50 (A1)"; words such as "NTS" kept as printed."""
    if not text:
        return None
    t = re.sub(r"(\d)\s*:\s*(\d)", r"\1:\2", text.strip())
    return t or None


def revision(text: str | None) -> str | None:
    if not text:
        return None
    t = re.sub(r"^(rev(isjon|ision)?\.?)\s*[:.]?\s*", "", text.strip(), flags=re.IGNORECASE)
    return t or None


def number(text: str | None) -> int | float | None:
    """"4", "4 stk", "2,5 m", "1 200" -> 4, 4, 2.5, 1200; None when no number is printed."""
    if text is None:
        return None
    t = str(text).strip().replace("\u00a0", " ")
    m = re.search(r"-?\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?|-?\d+(?:[.,]\d+)?", t)
    if not m:
        return None
    raw = m[0].replace(" ", "").replace(",", ".")
    value = float(raw)
    return int(value) if value.is_integer() else value
