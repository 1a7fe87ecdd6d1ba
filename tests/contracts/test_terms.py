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


# -- wordings added after the second pass (written for these tests) ---------------------------
@pytest.mark.parametrize(
    ("body", "signed"),
    [
        ("Bergen, 2. mai 2025            Voss, 6. mai 2025\nAS Eksempel       Eksempel AS", date(2025, 5, 6)),
        ("Date: April 2, 2025\nDate: April 4, 2025", date(2025, 4, 4)),
        ("Signert 7. oktober 2025.", date(2025, 10, 7)),
        ("Tromsø / Kiruna, 12 June 2025", date(2025, 6, 12)),
    ],
)
def test_the_signing_date_from_the_closing_lines(body, signed):
    text = "Partene har taushetsplikt om forretningsforhold. " * 30 + "\n\n" + body
    assert terms(text).signed_date == signed


def test_a_closing_line_about_delivery_is_not_the_signing_date():
    text = "Kjøperen betaler ved levering. " * 30 + "\n\nLevering skjer 1. juni 2025.\nMoss, 3. mai 2025"
    assert terms(text).signed_date == date(2025, 5, 3)


def test_a_term_written_from_and_to():
    t = terms("The engagement runs from 1 March 2025 to 30 September 2025.", "en")
    assert (t.effective_date, t.expiration_date, t.auto_renewal) == (date(2025, 3, 1), date(2025, 9, 30), False)


def test_a_term_counted_from_signing():
    filler = "Partene har taushetsplikt. " * 20
    text = "Avtalen gjelder i to år fra signering.\n\n" + filler + "\n\nSignert 4. april 2025."
    t = terms(text)
    assert (t.effective_date, t.expiration_date) == (date(2025, 4, 4), date(2027, 4, 3))


def test_the_customers_option_to_extend_year_by_year_is_no_renewal():
    t = terms("Avtalen gjelder i to år fra 1. mars 2025. "
              "Kunden kan forlenge avtalen med ett år av gangen, høyst to ganger.")
    assert (t.auto_renewal, t.renewal_term_months) == (False, None)


def test_the_deadline_for_using_an_option_is_not_a_notice_period():
    t = terms("Leien løper i tre år fra 1. mai 2025. Leietaker må varsle om bruk av forlengelsesretten senest "
              "seks måneder før leietiden utløper.")
    assert t.notice_period_days is None and t.notice_deadline is None


def test_a_permanent_employee_has_no_term_even_with_a_post_employment_restriction():
    t = terms("Hun ansettes fast fra 1. august 2025. I seks måneder etter at arbeidsforholdet er avsluttet kan hun "
              "ikke arbeide for et selskap som konkurrerer med arbeidsgiveren. Oppsigelsesfristen er tre måneder.")
    assert (t.expiration_date, t.auto_renewal, t.notice_period_days) == (None, None, 90)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Leieavtalen gjelder fra 1. april 2025 og løper i to år. Den forlenges deretter automatisk med to år om "
         "gangen hvis den ikke er sagt opp senest fire måneder før utløpet.", "nb", (True, 24, 120)),
        ("The subscription starts on 1 April 2025 for one year and renews automatically for further one-year terms "
         "unless the customer gives written notice not to renew at least sixty (60) days before the end of the "
         "current term.", "en", (True, 12, 60)),
        ("Abonnementet starter 1. april 2025 og har bindingstid på 12 måneder. Deretter fornyes det automatisk, "
         "med mindre kunden sier det opp senest én måned før bindingstiden går ut.", "nb", (True, None, 30)),
    ],
)
def test_renewal_and_notice_wordings(text, language, expected):
    t = terms(text, language)
    assert (t.auto_renewal, t.renewal_term_months, t.notice_period_days) == expected
    assert t.notice_deadline is not None


def test_a_period_written_in_figures_and_words_with_dashes():
    t = terms("Avtalen gjelder fra 1. januar 2025 til 31. desember 2026. Hver part kan si opp avtalen med "
              "2 – to – måneders skriftlig varsel. Krav om justering av prisene fremsettes med 30 dagers varsel.")
    assert (t.notice_period_days, t.notice_deadline) == (60, date(2026, 10, 31))


def test_the_start_of_the_works_is_not_the_effective_date():
    text = ("Arbeidet starter 3. november 2025 og skal være ferdig 27. februar 2026. Kontrakten trer i kraft ved "
            "signering.\n\n" + "Partene har taushetsplikt. " * 20 + "\n\nMolde, 10. oktober 2025")
    t = terms(text)
    assert (t.signed_date, t.effective_date, t.expiration_date) == (date(2025, 10, 10), date(2025, 10, 10), None)
