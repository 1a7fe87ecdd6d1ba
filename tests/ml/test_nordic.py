"""Swedish, Danish and nynorsk words read together with bokmål."""

from fornuft.ml.nordic import lexicon, with_bokmal


def test_swedish_and_danish_business_words_gain_their_bokmal_equivalents():
    swedish = with_bokmal("Vi önskar en offert. Beställningen gäller projektet i Malmö.")
    assert swedish.splitlines()[-1].split() == ["ønsker", "tilbud", "bestilling", "prosjekt"]
    danish = with_bokmal("Hermed ordrebekræftelse på jeres indkøbsordre, venligst kontroller.")
    assert {"ordrebekreftelse", "innkjøpsordre", "vennligst"} <= set(danish.splitlines()[-1].split())


def test_bokmal_text_and_a_single_lookalike_word_are_left_alone():
    text = "Hei, vi ønsker tilbud på installasjon av ladere i prosjektet."
    assert with_bokmal(text) == text
    assert with_bokmal("Takk for møte i går") == "Takk for møte i går"


def test_the_lexicon_maps_only_words_that_differ():
    words = lexicon()
    assert words["offert"] == "tilbud" and "nyhetsbrev" not in words
