"""The keyword rules for clause types, for wordings added after the blind set's kinds of errors
(each sentence written for this test)."""

import pytest

from fornuft.contracts.analysis import analyze_text
from fornuft.contracts.clause_rules import rule_types


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Betaling skjer 20 dager etter fakturadato.", "payment_terms"),
        ("Invoices are payable 60 days after receipt.", "payment_terms"),
        ("Selger garanterer at pumpen er uten feil i tolv måneder.", "warranty_duration"),
        ("The Supplier warrants that the goods will be free from defects for twelve (12) months from delivery.",
         "warranty_duration"),
        ("Honoraret justeres hvert år 1. januar.", "price_adjustment"),
        ("The Provider may increase the fees once a year.", "price_adjustment"),
        ("Partene skal ikke forsøke å rekruttere hverandres ansatte.", "no_solicit_of_employees"),
        ("The Company may summarily dismiss the Employee for gross breach of duty.", "termination_for_cause"),
        ("The licensor may verify that the licensee's use complies with the licence.", "audit_rights"),
        ("The Tenant shall pay EUR 500 per day of delay.", "liquidated_damages"),
        ("The provider grants the customer a right to access and use the platform.", "license_grant"),
        ("The District Court of Bergen has jurisdiction.", "dispute_resolution"),
        ("Either party may terminate this agreement on 30 days' notice.", "termination_for_convenience"),
        ("Hver av partene kan si opp avtalen med én måneds varsel.", "termination_for_convenience"),
        ("Underleverandøren svarer for alt tap uten beløpsbegrensning.", "uncapped_liability"),
        ("Liability for breach of the data protection terms shall be unlimited.", "uncapped_liability"),
        ("Agenten kan ikke selge produkter som konkurrerer med selskapets.", "non_compete"),
        ("The Reseller shall not distribute products that compete with the Products.", "non_compete"),
    ],
)
def test_wordings_are_found(sentence, kind):
    assert kind in rule_types(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ansvarsbegrensningen gjelder ikke ved grov uaktsomhet eller forsett.",
        "The limitation shall not apply to liability for death or personal injury, fraud or wilful misconduct.",
    ],
)
def test_a_cap_that_only_leaves_out_what_law_never_allows_to_limit_is_still_a_cap(sentence):
    assert "uncapped_liability" not in rule_types(sentence)


def test_a_breach_carve_out_uncaps_the_liability():
    assert "uncapped_liability" in rule_types("Ansvarsbegrensningen gjelder ikke ved brudd på taushetsplikten.")


def test_a_notice_without_renewal_is_a_right_to_terminate():
    text = ("KONSULENTAVTALE\n\nmellom Fjellbu Data AS og Kaia Regnskap AS.\n\n1. Varighet\nAvtalen gjelder fra "
            "1. mars 2025 til 28. februar 2026. Hver av partene kan si opp avtalen med én måneds varsel.\n\n"
            "2. Lovvalg\nAvtalen reguleres av norsk rett.")
    kinds = {clause["type"] for clause in analyze_text(text)["clauses"]}
    assert "termination_for_convenience" in kinds and "notice_period_to_terminate_renewal" not in kinds


def test_a_notice_before_the_end_of_the_term_is_no_termination_for_convenience():
    sentence = ("The lease then continues year by year unless terminated by either party giving three months' "
                "notice before expiry.")
    assert "termination_for_convenience" not in rule_types(sentence)
    assert "termination_for_convenience" in rule_types("It remains in force until terminated by either party.")


def test_a_defects_liability_period_is_a_warranty_and_no_term():
    from fornuft.contracts.terms import read_terms

    sentence = "The defects liability period is 24 months from handover."
    assert "warranty_duration" in rule_types(sentence)
    assert read_terms("The Works start on 1 June 2025. " + sentence, "en").expiration_date is None
