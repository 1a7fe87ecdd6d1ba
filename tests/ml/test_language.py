import time

from fornuft.ml.language import detect_language, guess_language


def test_detects_bokmal_and_english():
    assert detect_language("Hei, kan dere sende oss et tilbud på vask av kontoret?") == "nb"
    assert detect_language("Vi har ikke mottatt betaling for faktura 1043, som forfalt i går.") == "nb"
    assert detect_language("Could you please send me the invoice again? Thanks") == "en"
    assert detect_language("I am writing to apply for the position of project manager.") == "en"


def test_short_or_foreign_text_is_other():
    assert detect_language("") == "other"
    assert detect_language("OK") == "other"
    assert detect_language("Sehr geehrte Damen und Herren, anbei erhalten Sie unsere Rechnung.") == "other"
    assert detect_language("ok", default="nb") == "nb"


def test_guess_reports_confidence_and_scores():
    guess = guess_language("Takk for svaret, vi ser frem til å høre fra dere snart.")
    assert guess.language == "nb" and 0 < guess.confidence <= 1 and guess.scores["nb"] > guess.scores["en"]


def test_is_fast():
    text = "Hei, vi lurer på om dere kan hjelpe oss med regnskapet for neste år. " * 50
    start = time.perf_counter()
    for _ in range(200):
        detect_language(text)
    assert (time.perf_counter() - start) / 200 < 0.005
