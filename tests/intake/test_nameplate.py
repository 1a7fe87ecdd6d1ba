from fornuft.intake.nameplate import extract_nameplate, looks_like_nameplate
from fornuft.intake.servicenote import extract_note


def test_nameplate_fields_and_year_from_a_month():
    plate = extract_nameplate("MITSUBISHI ELECTRIC\nMODEL MUZ-LN35VG\nSERIAL No. 9001234\nPOWER SUPPLY 230V 50Hz\n"
                              "REFRIGERANT R32 0.55 kg\nMFG. DATE 05/2019\nIP24")
    assert plate.equipment_json() == {"manufacturer": "Mitsubishi Electric", "model": "MUZ-LN35VG",
                                      "serial_number": "9001234", "year": 2019}
    assert plate.ratings["voltage"] == "230V" and plate.ratings["refrigerant"] == "R32"


def test_norwegian_labels():
    plate = extract_nameplate("Produsent: NIBE AB\nType: F2120-8\nSerienr: 06510619012345\nProduksjonsår: 2021-03\n"
                              "400V 3N~ 50Hz 16 A")
    assert (plate.manufacturer, plate.model, plate.serial_number, plate.year) == (
        "NIBE", "F2120-8", "06510619012345", 2021)


def test_text_that_is_not_a_nameplate():
    plate = extract_nameplate("Dear customer, thank you for shopping with us.\nHave a nice day")
    assert not looks_like_nameplate(plate)


def test_service_note_nb():
    note = extract_note("Fant lekkasje på kobberrøret ved utedelen, og filteret var skittent. Byttet to filtre og "
                        "tettet lekkasjen. Etterfylte 0,5 kg R32. Brukte halvannen time.")
    assert note.findings == ["Fant lekkasje på kobberrøret ved utedelen", "Filteret var skittent"]
    assert note.actions == ["Byttet to filtre", "Tettet lekkasjen", "Etterfylte 0,5 kg R32"]
    assert note.parts == [{"description": "Filtre", "quantity": 2.0}]
    assert note.hours == 1.5


def test_service_note_en():
    note = extract_note("The outdoor unit was iced up and the drain was blocked. Cleaned the drain and replaced the "
                        "fan motor. Time spent: two hours.")
    assert "Cleaned the drain" in note.actions and "Replaced the fan motor" in note.actions
    assert "The drain was blocked" in note.findings
    assert note.parts[0]["description"] == "Fan motor" and note.hours == 2


def test_bilingual_labels_without_colons_give_the_value_not_the_second_label():
    plate = extract_nameplate("Kaldfront Varme\nTypebetegnelse / Type KF-4410X\nSerienummer / Serial number "
                              "KFO7-1203-551\nProdusert / Manufactured 2020-08\n230 V 50 Hz")
    assert plate.equipment_json() == {"manufacturer": "Kaldfront Varme", "model": "KF-4410X",
                                      "serial_number": "KF07-1203-551", "year": 2020}


def test_a_label_pair_alone_on_its_line_takes_the_value_below():
    plate = extract_nameplate("FROSTLINE\nModell / Model\nFL-220\nSerienr. / S/N\n88310042\nÅr / Year 2017")
    assert (plate.model, plate.serial_number, plate.year) == ("FL-220", "88310042", 2017)
