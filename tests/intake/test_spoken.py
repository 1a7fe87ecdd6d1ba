import pytest

from fornuft.intake.spoken import numbers_in, parse_number, tokens


@pytest.mark.parametrize(("text", "value"), [
    ("to", 2), ("tre og en halv", 3.5), ("twenty-five", 25), ("femogtjue", 25), ("tjuefem", 25),
    ("halvannen", 1.5), ("1 500", 1500), ("3,5", 3.5), ("two hundred and fifty", 250), ("hundre og femti", 150),
    ("tre tusen fem hundre", 3500), ("one and a half", 1.5), ("fourteen", 14), ("tolv", 12), ("1.500", 1500),
])
def test_spoken_and_written_numbers(text, value):
    assert parse_number(text) == value


def test_numbers_keep_their_place_in_the_sentence():
    words = tokens("To stykk varmepumpe og tre og en halv time montering")
    found = numbers_in(words, "nb")
    assert [(n.value, words[n.end]) for n in found] == [(2, "stykk"), (3.5, "time")]


def test_english_to_is_not_two():
    assert [n.value for n in numbers_in(tokens("send two pumps to the customer"), "en")] == [2]


def test_not_a_number():
    assert parse_number("varmepumpe") is None
    assert parse_number("") is None


def test_model_numbers_read_in_groups_only_where_the_catalogue_has_them():
    from fornuft.intake.spoken import model_numbers_as_digits, tokens

    known = {"polar": {"260", "25"}, "strand": {"3280"}}
    assert model_numbers_as_digits(tokens("to polar to-seksti"), known) == ["to", "polar", "260"]
    assert model_numbers_as_digits(tokens("strand trettito åtti"), known) == ["strand", "3280"]
    assert model_numbers_as_digits(tokens("polar twenty-five"), known) == ["polar", "25"]
    # not a catalogue model: the words stay words (a quantity after the name keeps its meaning)
    assert model_numbers_as_digits(tokens("polar tre stykk"), known) == ["polar", "tre", "stykk"]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("a hundred and twenty", "en", 120), ("a dozen", "en", 12), ("et dusin", "nb", 12),
    ("halvannet hundre", "nb", 150), ("sekshundreogfemti", "nb", 650), ("totusenfemhundre", "nb", 2500),
])
def test_numbers_said_with_an_article_or_a_scale_inside_one_word(text, language, value):
    words = tokens(text)
    assert [(n.value, n.start, n.end) for n in numbers_in(words, language)] == [(value, 0, len(words))]


def test_the_half_said_after_the_unit_belongs_to_the_count():
    from fornuft.intake.spoken import halves_after_the_unit

    assert halves_after_the_unit(tokens("plumber, an hour and a half"), "en") == ["plumber", ",", "1.5", "hour"]
    assert halves_after_the_unit(tokens("minigraver to dager og en halv"), "nb") == ["minigraver", "2.5", "dager"]
