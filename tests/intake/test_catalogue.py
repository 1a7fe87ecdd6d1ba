import pytest

from fornuft.intake.catalogue import CatalogueProblem, Matcher, parse_catalogue, seed_catalogue
from fornuft.intake.spoken import tokens

CSV = """product_id,name,description,unit,price,image
HP-1,Heat pump Nordic 35,Air to air heat pump,pcs,18900,img/hp.png
CU-14,Copper pipe 1/4,Insulated,m,189,
"""


def test_catalogue_csv_is_read_with_prices_and_images(tmp_path):
    products = parse_catalogue(CSV.encode(), base_dir=tmp_path)
    assert [p.product_id for p in products] == ["HP-1", "CU-14"]
    assert products[0].price == 18900 and products[0].image == str(tmp_path / "img" / "hp.png")


def test_semicolon_and_comma_decimals():
    products = parse_catalogue("product_id;name;unit;price\nA;Valve;stk;1 234,50\n")
    assert products[0].price == 1234.5


@pytest.mark.parametrize("bad", [b"name,price\n", b"product_id,name,price\nA,,1\n",
                                 b"product_id,name,price\nA,B,abc\n"])
def test_a_bad_catalogue_says_what_is_wrong(bad):
    with pytest.raises(CatalogueProblem):
        parse_catalogue(bad)


def test_matching_survives_misheard_words_and_plurals():
    matcher = Matcher(seed_catalogue())
    for said, expected in [("heat bumps", "VP-AA-35"), ("air to water heat pumps", "VP-LV-8"),
                           ("koberrør", "RR-KOB-14"), ("varmepumpene", "VP-AA-35"), ("copper pipes", "RR-KOB-14"),
                           ("smart termostat", "TERM-SMART")]:
        found = matcher.find(tokens(said))
        assert found and found[0].product.product_id == expected, said


def test_no_match_for_unrelated_words():
    assert Matcher(seed_catalogue()).find(tokens("the weather is nice today")) == []


def test_search_by_synonym():
    ranked = Matcher(seed_catalogue()).search("water heater")
    assert ranked[0][0].product_id == "VVB-200"
