"""Parties (MOD11), governing law, value, contract type and language."""

import pytest

from fornuft.contracts.fields import contract_language, contract_type, contract_value, governing_law
from fornuft.contracts.parties import find_parties, mod11_valid, normalise_org_number


def test_mod11():
    assert mod11_valid("914778271") and mod11_valid("923456783")
    assert not mod11_valid("914778272")  # wrong check digit
    assert not mod11_valid("12345678")  # too short


def test_org_numbers_normalised_and_foreign_numbers_kept():
    assert normalise_org_number("914 778 271") == "914778271"
    assert normalise_org_number("NO 914 778 271 MVA") == "914778271"
    assert normalise_org_number("914 778 272") is None
    assert normalise_org_number("08123456") == "08123456"  # a UK company number
    assert normalise_org_number("556012-5790") == "5560125790"  # a Swedish org.nr


def test_norwegian_parties_between():
    text = (
        "Avtalen er inngått mellom\n\nNordlys Data AS, org.nr. 914 778 271 (heretter «Leverandøren»)\n\nog\n\n"
        "Fjordbakst AS, org.nr. 923 456 783 (heretter «Kunden»)\n\n1. Formål\nLeverandøren skal levere."
    )
    assert find_parties(text) == [
        {"name": "Nordlys Data AS", "org_number": "914778271", "role": "Leverandøren"},
        {"name": "Fjordbakst AS", "org_number": "923456783", "role": "Kunden"},
    ]


def test_english_parties_with_a_uk_company_number():
    text = (
        "This Agreement is dated 1st March 2025 and is made between:\n\n(1) Brightwave Software Ltd, a company "
        'incorporated in England and Wales with company number 08123456 ("Licensor"); and\n(2) Fjellstad '
        'Regnskap AS, org. no. 998 877 660, a Norwegian company ("Customer").\n\n1. Term\n'
    )
    parties = find_parties(text)
    assert [(p["name"], p["org_number"], p["role"]) for p in parties] == [
        ("Brightwave Software Ltd", "08123456", "Licensor"),
        ("Fjellstad Regnskap AS", "998877660", "Customer"),
    ]


def test_labelled_parties_and_a_bad_check_digit():
    text = (
        "ARBEIDSAVTALE\n\nArbeidsgiver: Fjordbakst AS\nOrg.nr.: 914 778 272\nAdresse: Kaigata 1, 5003 Bergen\n\n"
        "Arbeidstaker: Kari Nordmann\nAdresse: Storgata 2, 0155 Oslo\n\n1. Stilling\n"
    )
    parties = find_parties(text)
    assert [p["name"] for p in parties] == ["Fjordbakst AS", "Kari Nordmann"]
    assert parties[0]["org_number"] is None  # fails MOD11
    assert parties[0]["role"] == "Arbeidsgiver"


@pytest.mark.parametrize(
    "text, code",
    [
        ("Avtalen reguleres av norsk rett.", "NO"),
        ("Avtalen er underlagt norsk lov.", "NO"),
        ("Norsk rett gjelder for avtalen.", "NO"),
        ("Avtalen skal tolkes etter svensk rett.", "SE"),
        ("This Agreement shall be governed by the laws of England and Wales.", "GB"),
        ("This Agreement is governed by English law.", "GB"),
        (
            "governed by and construed in accordance with the laws of the State of Delaware, without regard to its "
            "conflict of laws principles",
            "US-DE",
        ),
        ("This Agreement shall be governed by the laws of the State of New York.", "US-NY"),
        ("This Agreement is governed by Danish law.", "DK"),
        ("Governing law: Norway", "NO"),
        ("shall be governed by the laws of the Commonwealth of Pennsylvania", "US-PA"),
    ],
)
def test_governing_law(text, code):
    assert governing_law(text)[0] == code


def test_a_venue_alone_is_no_choice_of_law():
    assert governing_law("Tvister avgjøres ved Oslo tingrett. The courts of London have jurisdiction.") == (None, None)


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("Samlet vederlag er NOK 1 200 000 per år.", 1200000, "NOK"),
        ("Kontraktsverdien er kr 450.000,- eks. mva.", 450000, "NOK"),
        ("The total contract value is USD 45,000.00.", 45000, "USD"),
        ("Årlig leie utgjør 360 000 kroner.", 360000, "NOK"),
        ("The fees shall be EUR 12.500,50 per year.", 12500.5, "EUR"),
        ("Avtalens samlede verdi er estimert til 2,5 millioner kroner.", 2500000, "NOK"),
        ("Fastlønn: kr 620 000 per år.", 620000, "NOK"),
    ],
)
def test_value(text, amount, currency):
    assert contract_value(text) == {"amount": amount, "currency": currency}


def test_a_liability_cap_is_not_the_value():
    assert contract_value("Leverandørens ansvar er begrenset til NOK 500 000.") is None


@pytest.mark.parametrize(
    "title, kind",
    [
        ("TJENESTEAVTALE", "service"),
        ("KONFIDENSIALITETSAVTALE", "nda"),
        ("Mutual Non-Disclosure Agreement", "nda"),
        ("LEIEKONTRAKT FOR NÆRINGSLOKALER", "lease"),
        ("ARBEIDSAVTALE", "employment"),
        ("Employment Agreement", "employment"),
        ("KJØPSAVTALE", "purchase"),
        ("Software Licence Agreement", "license"),
        ("RAMMEAVTALE OM KONSULENTTJENESTER", "framework"),
        ("Kontrakt om totalentreprise (NS 8407)", "construction"),
        ("DATABEHANDLERAVTALE", "data_processing"),
        ("Data Processing Agreement", "data_processing"),
        ("Supply Agreement", "purchase"),
    ],
)
def test_contract_type_from_the_title(title, kind):
    assert contract_type(f"{title}\n\nmellom partene ...")[0] == kind


def test_language():
    assert contract_language("Avtalen gjelder fra 1. mars og partene skal ha taushetsplikt om alt.") == "nb"
    assert contract_language("This agreement shall be governed by the laws of Norway and the parties agree.") == "en"


# -- wordings added after the second pass (written for these tests) ---------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The law of the Federal Republic of Germany applies to this contract.", "DE"),
        ("This agreement shall be regulated by Norwegian law.", "NO"),
        ("Finnish law is applicable to the agreement.", "FI"),
    ],
)
def test_more_choice_of_law_wordings(text, code):
    assert governing_law(text)[0] == code


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The Customer shall pay USD 30,000 for the first year.", 30000, "USD"),
        ("Kundens forventede kjøp er anslått til NOK 250 000 per år.", 250000, "NOK"),
        ("The estimated purchases over the term are SEK 2,000,000.", 2000000, "SEK"),
        ("The total annual charges are GBP 12,000.", 12000, "GBP"),
        ("Klubben får kr 80 000 per år, til sammen kr 240 000 for hele perioden.", 240000, "NOK"),
        ("Leie: kr 9 000 per måned, dvs. kr 108 000 per år.", 108000, "NOK"),
        ("Lisensavgiften er NOK 48 000 per år eks. mva.", 48000, "NOK"),
    ],
)
def test_more_value_wordings(text, amount, currency):
    assert contract_value(text) == {"amount": amount, "currency": currency}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SUBSCRIPTION TERMS\nincluding the data processing addendum", "service"),
        ("AVTALE OM KANTINEDRIFT\nmellom", "service"),
        ("Avtale om gjensidig taushetsplikt\nmellom", "nda"),
        ("SUBCONTRACT AGREEMENT\nThe Subcontractor performs the Works on site.", "construction"),
    ],
)
def test_the_type_named_first_in_the_title_wins(text, kind):
    assert contract_type(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Leverandør: Tulip Data B.V., KvK 12345678, Utrecht", "12345678"),
        ("Consultant: Saimaa Design Oy, Business ID 1234567-8", "12345678"),
        ("Licensor: Rhein Software GmbH, HRB 123456, Köln", "HRB123456"),
    ],
)
def test_foreign_register_labels(text, number):
    assert [p["org_number"] for p in find_parties(text)] == [number]


def test_a_company_introduced_with_a_defined_role_but_no_number_is_a_party():
    text = ('Tindra, Inc., a Delaware corporation ("Tindra"), and Lysaker Lab AS, org. no. 923 232 338 '
            '("Customer"), agree as follows.')
    assert sorted((p["name"], p["org_number"]) for p in find_parties(text)) == [
        ("Lysaker Lab AS", "923232338"), ("Tindra, Inc.", None)]


def test_a_foreign_nine_digit_company_code_is_kept_as_written():
    text = "Seller: Vilnius Metal UAB, company code 301234567, Vilnius\nBuyer: Moss Mek AS, org.nr. 923 232 338"
    assert {p["name"]: p["org_number"] for p in find_parties(text)} == {
        "Vilnius Metal UAB": "301234567", "Moss Mek AS": "923232338"}
