"""Every date phrasing the extraction reads, in Norwegian and English."""

from datetime import date

import pytest

from fornuft.projects.dates import find_dates

REF = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("innen uke 14", date(2026, 4, 3)),  # the Friday of ISO week 14
        ("levert i uke 2", date(2027, 1, 15)),  # week 2 is past in March: next year
        ("innen uke 14 2027", date(2027, 4, 9)),
        ("week 20", date(2026, 5, 15)),
        ("senest 15. mai", date(2026, 5, 15)),
        ("senest 15. mai 2027", date(2027, 5, 15)),
        ("by end of Q2", date(2026, 6, 30)),
        ("innen utgangen av 2. kvartal", date(2026, 6, 30)),
        ("by the end of the third quarter 2026", date(2026, 9, 30)),
        ("innen utgangen av april", date(2026, 4, 30)),
        ("by end of May 2026", date(2026, 5, 31)),
        ("frist 2026-04-17", date(2026, 4, 17)),
        ("frist 17.04.2026", date(2026, 4, 17)),
        ("frist 17/4/26", date(2026, 4, 17)),
        ("due May 15, 2026", date(2026, 5, 15)),
        ("due 15th of May", date(2026, 5, 15)),
        ("innen 6 uker", date(2026, 4, 13)),
        ("within three weeks", date(2026, 3, 23)),
        ("no later than 1 February", date(2027, 2, 1)),
        # Conventions (docs/projects.md): holidays, mid-month, year end, counted from an order
        ("før fellesferien", date(2026, 7, 3)),  # the Friday of ISO week 27
        ("before the summer holidays", date(2026, 7, 3)),
        ("før fellesferien 2027", date(2027, 7, 9)),
        ("before Christmas", date(2026, 12, 18)),  # the Friday of week 51
        ("før påske", date(2026, 4, 1)),  # Easter Sunday 2026 is 5 April: the Wednesday before
        ("i løpet av mai", date(2026, 5, 31)),
        ("by mid-March", date(2026, 3, 15)),
        ("innen midten av april", date(2026, 4, 15)),
        ("before the end of the year", date(2026, 12, 31)),
        ("6 uker etter bestilling", date(2026, 4, 13)),
        ("8 weeks after contract signature", date(2026, 4, 27)),
        ("om tre uker", date(2026, 3, 23)),
    ],
)
def test_each_phrasing_gives_its_date(text, expected):
    found = find_dates(text, REF)
    assert [f.value for f in found] == [expected]


def test_no_dates_and_nonsense_give_nothing():
    assert find_dates("Vi trenger hjelp med et prosjekt.", REF) == []
    assert find_dates("uke 77, 31.02.2026, Q9", REF) == []
    assert find_dates("", REF) == []
