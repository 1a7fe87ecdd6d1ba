from fornuft.intake.catalogue import Product
from fornuft.intake.customer_name import completed
from fornuft.intake.line_targets import names_product
from fornuft.intake.nameplate import brand_line, extract_nameplate, model_spelled_as_serial

PUMP = Product("P1", "Fjellvarme 40 luft-luft varmepumpe", "", "stk", 20000, synonyms=("air-to-air heat pump",))
MODULE = Product("P2", "Styringsmodul for varmepumpe", "", "stk", 900)
FILTERS = Product("P3", "Filtersett Kvist 300", "", "sett", 500)
UNIT = Product("P4", "Kvist 300 ventilasjonsaggregat", "", "stk", 40000)


def test_a_discount_names_lines_by_head_noun_in_plural_definite_or_english():
    assert names_product(["varmepumpene"], PUMP) and names_product(["heat", "pumps"], PUMP)
    assert not names_product(["varmepumpene"], MODULE)  # a module for a heat pump is not a heat pump
    assert names_product(["filter", "sets"], FILTERS) and names_product(["aggregatet"], UNIT)
    assert not names_product(["aggregatet"], FILTERS)


def test_customer_name_is_completed_as_dictated():
    assert completed("Os", "Tilbud til Os kommune, ved Per.") == "Os kommune"
    assert completed("Sameiet Bakkegata", "Tilbud til Sameiet Bakkegata sju, kontakt Ida.", "nb") == \
        "Sameiet Bakkegata 7"
    assert completed("Lunde Sports", "This is for Lunde Sports, the club, Lunde Sports Club. Contact Al.") == \
        "Lunde Sports Club"
    assert completed("Lunde Sports AS", "Quote for Lunde Sports AS. Two pumps.") == "Lunde Sports AS"


def test_maker_name_above_the_fields_without_rivet_specks():
    assert brand_line("o kvistad Energi\nModell / Model KE-20\nSerial No. X1") == "Kvistad Energi"
    assert brand_line("Modell / Model KE-20\nKvistad") is None  # below the fields it is not the maker


def test_value_printed_half_a_line_above_its_label():
    plate = extract_nameplate("Kvistad\nKE-20\nModell / Model\nKE20-1811-204\nSerial No.\nManufactured 11/2018")
    assert plate.model == "KE-20" and plate.serial_number == "KE20-1811-204" and plate.year == 2018


def test_model_code_spelled_as_the_serial_where_ocr_took_digits_for_letters():
    assert model_spelled_as_serial("KE-ZOX", "KE20X-99") == "KE-20X"
    assert model_spelled_as_serial("AB-7", "QQ123") == "AB-7"


def test_compound_ordinal_dates_and_validity_said_with_gjelder():
    from datetime import date

    from fornuft.intake.offer import find_validity, parse_date

    today = date(2026, 11, 6)
    assert parse_date("valid until the twenty-second of January", today) == date(2027, 1, 22)
    assert parse_date("gyldig til tjueførste desember", today) == date(2026, 12, 21)
    assert find_validity(["Tilbudet gjelder i ti dager"], today, "nb") == date(2026, 11, 16)


def test_second_reading_extends_a_code_cut_short_but_never_rewrites_it():
    from fornuft.intake.nameplate import longer_reading

    assert longer_reading("KE20-1811-2", "KE20-1811-204") == "KE20-1811-204"
    assert longer_reading("KE-2OX", "KE-20XN") == "KE-20XN"  # O read for 0 in one of them
    assert longer_reading("KE20-1811-204", "KE20-1877-204") == "KE20-1811-204"
    assert brand_line("Kvistad Energi\n230 V 50 Hz") is None  # no labelled fields read: not trusted


def test_skew_of_a_tilted_photo_is_measured():
    from PIL import Image, ImageDraw

    from fornuft.intake.photo import _skew_angle

    image = Image.new("L", (900, 600), 255)
    draw = ImageDraw.Draw(image)
    for row in range(8):
        draw.rectangle((100, 80 + row * 60, 800, 100 + row * 60), fill=0)
    tilted = image.rotate(8, expand=True, fillcolor=255)
    assert abs(abs(_skew_angle(tilted)) - 8) <= 1
    assert abs(_skew_angle(image)) <= 1
