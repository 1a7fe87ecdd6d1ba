from datetime import date

from fornuft.intake.catalogue import seed_catalogue
from fornuft.intake.offer import extract_offer, find_customer, parse_date

TODAY = date(2026, 12, 7)


def _items(offer):
    return {(line.product_id, line.quantity) for line in offer.lines}


def test_norwegian_dictation_becomes_a_priced_quote():
    offer = extract_offer(
        "Tilbud til Fjordlys Bygg AS, kontaktperson Per Olsen. To stykk luft til luft varmepumpe og to "
        "veggkonsoller. Tolv meter kobberrør. Tre og en halv time montering. Ti prosent rabatt på varmepumpene. "
        "Tilbudet er gyldig i 30 dager.", seed_catalogue(), today=TODAY)
    assert offer.language == "nb"
    assert offer.customer == "Fjordlys Bygg AS" and offer.contact == "Per Olsen"
    assert _items(offer) == {("VP-AA-35", 2), ("VP-VEGG", 2), ("RR-KOB-14", 12), ("LAB-MONT", 3.5)}
    pump = next(line for line in offer.lines if line.product_id == "VP-AA-35")
    assert pump.unit_price == 18900 * 0.9
    assert offer.total_excl_vat == round(sum(line.quantity * line.unit_price for line in offer.lines), 2)
    assert offer.valid_until == date(2027, 1, 6)
    assert offer.labour_hours == 3.5


def test_english_dictation_customer_is_the_company_not_the_contact():
    offer = extract_offer(
        "Quote for Lisa Berg at Havbris Marina AS. Two air to water heat pumps at 70 000 kroner each, "
        "twenty-five metres of copper pipe and a smart thermostat. Installation eight hours. "
        "15 percent discount on the thermostat. The offer is valid until 31 January 2027.",
        seed_catalogue(), today=TODAY)
    assert offer.customer == "Havbris Marina AS" and offer.contact == "Lisa Berg"
    assert _items(offer) == {("VP-LV-8", 2), ("RR-KOB-14", 25), ("TERM-SMART", 1), ("LAB-MONT", 8)}
    prices = {line.product_id: line.unit_price for line in offer.lines}
    assert prices["VP-LV-8"] == 70000 and prices["TERM-SMART"] == 2490 * 0.85
    assert offer.valid_until == date(2027, 1, 31)


def test_unknown_product_is_a_line_without_product_id():
    offer = extract_offer("Quote for Tindra AS. Two heat pumps and four pieces of marble tiles at 300 kroner.",
                          seed_catalogue(), today=TODAY)
    unknown = [line for line in offer.lines if line.product_id is None]
    assert len(unknown) == 1 and unknown[0].quantity == 4 and unknown[0].unit_price == 300
    assert "marble" in unknown[0].description.lower()


def test_a_transcript_without_capitals_still_finds_items():
    offer = extract_offer("quote for nordvik eiendom two heat bumps and five meters off copper pipe plus six hours "
                          "installation", seed_catalogue(), language="en", today=TODAY)
    assert _items(offer) == {("VP-AA-35", 2), ("RR-KOB-14", 5), ("LAB-MONT", 6)}
    assert offer.customer == "nordvik eiendom"


def test_empty_text_gives_an_empty_quote():
    offer = extract_offer("", seed_catalogue(), today=TODAY)
    assert offer.lines == [] and offer.total_excl_vat is None and offer.customer is None


def test_customer_with_legal_form_optional():
    assert find_customer("Offer to Solsiden Borettslag regarding heat pumps")[0] == "Solsiden Borettslag"
    assert find_customer("Tilbud til Kystmat, att. Ola")[0] == "Kystmat"


def test_dates():
    assert parse_date("gyldig til 15. januar 2027", TODAY) == date(2027, 1, 15)
    assert parse_date("valid until March 3rd, 2027", TODAY) == date(2027, 3, 3)
    assert parse_date("gyldig til 31.01.2027", TODAY) == date(2027, 1, 31)


def test_spoken_self_corrections_declined_and_existing_items():
    offer = extract_offer(
        "Tilbud til Lunde Snekkeri AS. Eh, to stykk, nei forresten, tre stykk varmepumper. Ti meter kobberrør. "
        "Filter trenger de ikke. De har to ventilasjonsaggregat fra før. Dropp kobberrøret. "
        "Eighteen hours, no, make that sixteen hours of installation.", seed_catalogue(), language="nb", today=TODAY)
    assert _items(offer) == {("VP-AA-35", 3), ("LAB-MONT", 16)}


def test_a_corrected_discount_scope():
    offer = extract_offer("Quote for Brekke AS. Two heat pumps and a smart thermostat. Ten percent discount on "
                          "everything, no, only on the thermostat.", seed_catalogue(), today=TODAY)
    prices = {line.product_id: line.unit_price for line in offer.lines}
    assert prices == {"VP-AA-35": 18900, "TERM-SMART": 2241}


MODEL_CATALOGUE = """product_id,name,description,unit,price,image
PL-260,Polar 260,Luft-til-vann varmepumpe (air to water heat pump),stk,54000,
PL-410,Polar 410,Luft-til-vann varmepumpe stor (large air to water heat pump),stk,71000,
ST-3280,Strand 3280,Sirkulasjonspumpe (circulation pump),stk,8900,
FJ-35,Fjell 35,Luft-til-luft varmepumpe (air to air heat pump),stk,17900,
FJ-25,Fjell 25,Luft-til-luft varmepumpe liten (small air to air heat pump),stk,14900,
KAB-10,Kabel 10 mm2,Kabel per meter (cable),m,35,
MONT,Montering,Arbeid per time (labour),time,950,
"""


def test_model_numbers_spoken_in_groups_name_the_catalogue_model():
    from fornuft.intake.catalogue import parse_catalogue

    products = parse_catalogue(MODEL_CATALOGUE)
    offer = extract_offer("Tilbud til Moelv Snekkeri AS. To stykk Polar to-seksti og en Strand trettito-åtti. "
                          "Fire timer montering.", products, language="nb", today=TODAY)
    assert _items(offer) == {("PL-260", 2), ("ST-3280", 1), ("MONT", 4)}
    offer = extract_offer("Quote for Ringsaker Dental AS. One Polar four-ten, three Fjell thirty-five and twelve "
                          "metres of Kabel ten. Six hours labour.", products, language="en", today=TODAY)
    assert _items(offer) == {("PL-410", 1), ("FJ-35", 3), ("KAB-10", 12), ("MONT", 6)}


def test_a_spoken_model_number_is_not_a_quantity_and_a_correction_still_wins():
    from fornuft.intake.catalogue import parse_catalogue

    offer = extract_offer("Quote for Ringsaker Dental AS. We need a Fjell twenty-five, uh, sorry, Fjell thirty-five. "
                          "Two hours labour.", parse_catalogue(MODEL_CATALOGUE), language="en", today=TODAY)
    assert _items(offer) == {("FJ-35", 1), ("MONT", 2)}


def test_a_count_said_after_the_product_in_its_own_clause_belongs_to_that_product():
    from fornuft.intake.catalogue import parse_catalogue

    products = parse_catalogue(MODEL_CATALOGUE)
    offer = extract_offer("Tilbud til Moelv Snekkeri AS. Polar fire-ti, to stykk. Og tre Fjell trettifem.",
                          products, language="nb", today=TODAY)
    assert _items(offer) == {("PL-410", 2), ("FJ-35", 3)}
    offer = extract_offer("Quote for Ringsaker Dental AS. The circulation pump, four of them, and the cable, "
                          "thirty metres.", products, language="en", today=TODAY)
    assert _items(offer) == {("ST-3280", 4), ("KAB-10", 30)}
