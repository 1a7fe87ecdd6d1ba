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
    ],
)
def test_each_phrasing_gives_its_date(text, expected):
    found = find_dates(text, REF)
    assert [f.value for f in found] == [expected]


def test_no_dates_and_nonsense_give_nothing():
    assert find_dates("Vi trenger hjelp med et prosjekt.", REF) == []
    assert find_dates("uke 77, 31.02.2026, Q9", REF) == []
    assert find_dates("", REF) == []
