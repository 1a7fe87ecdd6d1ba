"""Dates and periods in every form the analysis supports (Norwegian and English)."""

from datetime import date

import pytest

from fornuft.contracts.dates import (
    Period,
    add_months,
    find_dates,
    find_period,
    find_periods,
    notice_deadline,
    parse_date,
    term_end,
)


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("2025-03-01", "nb", date(2025, 3, 1)),
        ("01.03.2025", "nb", date(2025, 3, 1)),
        ("1.3.2025", "nb", date(2025, 3, 1)),
        ("1.3.25", "nb", date(2025, 3, 1)),
        ("01/03/2025", "nb", date(2025, 3, 1)),
        ("01-03-2025", "nb", date(2025, 3, 1)),
        ("1. mars 2025", "nb", date(2025, 3, 1)),
        ("1 mars 2025", "nb", date(2025, 3, 1)),
        ("den 1. mars 2025", "nb", date(2025, 3, 1)),
        ("1. mar. 2025", "nb", date(2025, 3, 1)),
        ("31. desember 2026", "nb", date(2026, 12, 31)),
        ("17. mai 2025", "nb", date(2025, 5, 17)),
        ("1. okt. 2025", "nb", date(2025, 10, 1)),
        ("March 1, 2025", "en", date(2025, 3, 1)),
        ("March 1st, 2025", "en", date(2025, 3, 1)),
        ("Mar. 1 2025", "en", date(2025, 3, 1)),
        ("1st March 2025", "en", date(2025, 3, 1)),
        ("1 March, 2025", "en", date(2025, 3, 1)),
        ("the 1st day of March, 2025", "en", date(2025, 3, 1)),
        ("1st of March 2025", "en", date(2025, 3, 1)),
        ("22nd September 2024", "en", date(2024, 9, 22)),
        ("03/01/2025", "en", date(2025, 3, 1)),  # US order in English text
        ("25/12/2025", "en", date(2025, 12, 25)),  # cannot be month first
        ("6/21/99", "en", date(1999, 6, 21)),
    ],
)
def test_every_supported_date_form(text, language, expected):
    assert parse_date(f"Signert {text}.", language=language) == expected


def test_dates_carry_their_offsets_and_impossible_dates_are_skipped():
    text = "Fra 01.03.2025 til 31.02.2026, endelig 28. februar 2027."
    found = find_dates(text)
    assert [f.value for f in found] == [date(2025, 3, 1), date(2027, 2, 28)]
    assert text[found[0].start : found[0].end] == "01.03.2025"


def test_numbers_that_are_not_dates_are_not_read_as_dates():
    assert find_dates("Versjon 1.2.3, beløp 1.200.000, org.nr. 914 778 271, tlf 22 33 44 55") == []


@pytest.mark.parametrize(
    "text, count, unit, days",
    [
        ("tre måneders oppsigelse", 3, "months", 90),
        ("tre (3) måneders oppsigelsesfrist", 3, "months", 90),
        ("3 måneder", 3, "months", 90),
        ("ninety (90) days' written notice", 90, "days", 90),
        ("30 days notice", 30, "days", 30),
        ("one (1) year", 1, "years", 365),
        ("to år", 2, "years", 730),
        ("seks uker", 6, "weeks", 42),
        ("14 dager", 14, "days", 14),
        ("twelve months", 12, "months", 360),
        ("ett års varighet", 1, "years", 365),
        ("a month's notice", 1, "months", 30),
    ],
)
def test_periods(text, count, unit, days):
    period = find_period(text)
    assert (period.count, period.unit, period.days) == (count, unit, days)


def test_english_to_is_not_the_number_two():
    assert find_periods("prior to year end") == []
    assert find_period("to år").count == 2


def test_calendar_arithmetic():
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2025, 4, 30), 1) == date(2025, 5, 31)  # month end stays month end


@pytest.mark.parametrize(
    "start, period, end",
    [
        (date(2025, 3, 1), Period(24, "months"), date(2027, 2, 28)),
        (date(2025, 1, 1), Period(1, "years"), date(2025, 12, 31)),
        (date(2025, 3, 15), Period(3, "years"), date(2028, 3, 14)),
        (date(2024, 1, 31), Period(1, "months"), date(2024, 2, 28)),
        (date(2025, 1, 1), Period(90, "days"), date(2025, 3, 31)),
    ],
)
def test_term_end_is_start_plus_period_minus_one_day(start, period, end):
    assert term_end(start, period) == end


def test_notice_deadline_from_the_day_notice_is_given():
    assert notice_deadline(date(2025, 12, 31), Period(3, "months")) == date(2025, 9, 30)
    assert notice_deadline(date(2028, 3, 14), Period(90, "days")) == date(2027, 12, 15)
    assert notice_deadline(date(2025, 12, 31), Period(2, "weeks")) == date(2025, 12, 17)


def test_notice_deadline_counted_from_the_end_of_the_month():
    # "tre måneders oppsigelse regnet fra utgangen av måneden": notice in November runs Dec, Jan, Feb.
    assert notice_deadline(date(2027, 2, 28), Period(3, "months"), from_month_end=True) == date(2026, 11, 30)
    # an expiry in the middle of a month: the notice months must end by then
    assert notice_deadline(date(2026, 3, 14), Period(3, "months"), from_month_end=True) == date(2025, 11, 30)
    assert notice_deadline(date(2025, 12, 31), Period(1, "months"), from_month_end=True) == date(2025, 11, 30)
