"""The Norwegian calendar that moves sales: Easter (its date moves between March and April)
and fellesferie (the common holiday, ISO weeks 28–30 in July). Plain Python."""

from __future__ import annotations

from datetime import date, timedelta


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def easter_days(year: int) -> list[date]:
    """The Easter days off work: Maundy Thursday, Good Friday and Easter Monday."""
    sunday = easter_sunday(year)
    return [sunday - timedelta(days=3), sunday - timedelta(days=2), sunday + timedelta(days=1)]


def public_holidays(year: int) -> list[date]:
    sunday = easter_sunday(year)
    fixed = [date(year, 1, 1), date(year, 5, 1), date(year, 5, 17), date(year, 12, 25), date(year, 12, 26)]
    moving = easter_days(year) + [sunday + timedelta(days=39), sunday + timedelta(days=50)]
    return sorted(fixed + moving)


def is_fellesferie(day: date) -> bool:
    return day.isocalendar()[1] in (28, 29, 30)


def easter_regressor(period_starts: list[date], next_start: date) -> list[float]:
    """For each period [start, next start): how many Easter days off fall in it."""
    bounds = list(period_starts) + [next_start]
    years = range(bounds[0].year - 1, bounds[-1].year + 2)
    days = sorted(d for year in years for d in easter_days(year))
    out = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        out.append(float(sum(1 for d in days if start <= d < end)))
    return out
