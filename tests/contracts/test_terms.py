"""Term, renewal and notice rules: each supported phrasing, and the conventions of the contract."""

from datetime import date

import pytest

from fornuft.contracts.terms import read_terms


def terms(text, language="nb"):
    return read_terms(text, language)


def test_norwegian_term_with_renewal_and_notice_from_the_end_of_the_month():
    t = terms(
        "Avtalen gjelder fra 1. mars 2025 og løper i 24 måneder. Avtalen fornyes deretter automatisk med "
        "12 måneder av gangen med mindre den sies opp. Oppsigelsesfristen er tre måneders oppsigelse "
        "regnet fra utgangen av måneden."
    )
    assert t.effective_date == date(2025, 3, 1)
    assert t.expiration_date == date(2027, 2, 28)
    assert (t.auto_renewal, t.renewal_term_months, t.notice_period_days) == (True, 12, 90)
    assert t.notice_from_month_end
    assert t.notice_deadline == date(2026, 11, 30)


def test_english_initial_term_with_successive_renewals():
    t = terms(
        'This Agreement shall commence on March 15, 2025 (the "Effective Date") and shall continue for an '
        "initial term of three (3) years. Thereafter it shall automatically renew for successive periods of "
        "one (1) year unless either party gives at least ninety (90) days' written notice of non-renewal "
        "prior to the end of the then-current term.",
        "en",
    )
    assert (t.effective_date, t.expiration_date) == (date(2025, 3, 15), date(2028, 3, 14))
    assert (t.auto_renewal, t.renewal_term_months, t.notice_period_days) == (True, 12, 90)
    assert t.notice_deadline == date(2027, 12, 15)


def test_explicit_period_from_to():
    t = terms("Leieperioden er fra 01.01.2025 til og med 31.12.2029. Leieforholdet kan ikke sies opp i leieperioden.")
    assert (t.effective_date, t.expiration_date, t.auto_renewal) == (date(2025, 1, 1), date(2029, 12, 31), False)


def test_expires_on_a_date():
    t = terms(
        "This Agreement is effective as of 1 January 2025. This Agreement expires on 31 December 2025. "
        "Either party may terminate this Agreement on 30 days' written notice.",
        "en",
    )
    assert (t.effective_date, t.expiration_date) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (t.auto_renewal, t.notice_period_days) == (False, 30)
    assert t.notice_deadline == date(2025, 12, 1)


def test_an_option_to_extend_is_not_automatic_renewal():
    t = terms(
        "Avtalen trer i kraft 1. april 2025 og gjelder i to år. Kunden har opsjon på forlengelse i ytterligere ett år."
    )
    assert t.expiration_date == date(2027, 3, 31)
    assert t.auto_renewal is False and t.renewal_term_months is None


def test_without_a_fixed_term_renewal_and_deadline_are_null():
    t = terms(
        "Avtalen gjelder fra 1. juni 2025 og løper inntil den sies opp. Den kan sies opp med "
        "en måneds skriftlig varsel."
    )
    assert t.effective_date == date(2025, 6, 1)
    assert (t.expiration_date, t.auto_renewal, t.notice_deadline) == (None, None, None)
    assert t.notice_period_days == 30


def test_employment_notice_ignores_probation():
    t = terms(
        "Tiltredelse: 1. august 2025. Ansettelsen er fast. Det gjelder en prøvetid på 6 måneder. "
        "I prøvetiden er den gjensidige oppsigelsesfristen 14 dager. Etter prøvetiden er "
        "oppsigelsesfristen gjensidig 3 måneder, regnet fra den 1. i måneden etter at oppsigelsen fant sted."
    )
    assert t.effective_date == date(2025, 8, 1)
    assert t.notice_period_days == 90
    assert t.auto_renewal is None and t.expiration_date is None


def test_breach_cure_periods_are_not_notice_periods():
    t = terms(
        "The Customer may terminate if the Supplier fails to cure a breach within 30 days. The agreement "
        "may be terminated by either party with six (6) months' prior written notice.",
        "en",
    )
    assert t.notice_period_days == 180


def test_notice_in_weeks_and_years():
    assert terms("Avtalen kan sies opp med seks ukers skriftlig varsel.").notice_period_days == 42
    assert terms("Either party may terminate on one (1) year's notice.", "en").notice_period_days == 365


def test_renewal_for_the_same_period():
    t = terms(
        "Avtalen gjelder fra 1. januar 2025 og løper i 36 måneder. Avtalen forlenges automatisk for "
        "en tilsvarende periode med mindre den sies opp med seks måneders varsel før utløp."
    )
    assert t.expiration_date == date(2027, 12, 31)
    assert (t.auto_renewal, t.renewal_term_months, t.notice_period_days) == (True, 36, 180)
    assert t.notice_deadline == date(2027, 6, 30)


def test_no_automatic_renewal_stated():
    t = terms("The term is twelve (12) months from 1 July 2025. The Agreement shall not automatically renew.", "en")
    assert t.expiration_date == date(2026, 6, 30)
    assert t.auto_renewal is False


@pytest.mark.parametrize(
    "text",
    [
        "Avtalen gjelder fra signering.",
        "This Agreement enters into force upon signature by both parties.",
    ],
)
def test_effective_from_signing_takes_the_last_signature(text):
    body = text + "\n\n" + "Partene har taushetsplikt. " * 20 + "\n\nSted og dato: Oslo, 3. mars 2025\nDato: 05.03.2025"
    t = terms(body)
    assert t.signed_date == date(2025, 3, 5)
    assert t.effective_date == date(2025, 3, 5)
