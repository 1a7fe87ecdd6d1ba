"""The offer language model built from the catalogue: a well-formed ARPA model over the
catalogue's words, and with it PocketSphinx hears a product that its general model misses
(real espeak-ng speech, real PocketSphinx)."""

import re
import shutil
import subprocess

import pytest

from fornuft.intake import audio, speech
from fornuft.intake.catalogue import seed_catalogue
from fornuft.intake.offer import extract_offer
from fornuft.intake.pipeline import catalogue_prompt
from fornuft.intake.speech_lm import arpa


def test_the_model_covers_the_catalogue_words_and_its_counts_add_up():
    text = arpa(["Air to water heat pump", "Copper pipe"], known=None)
    counts = dict(re.findall(r"ngram (\d)=(\d+)", text))
    unigrams = text.split("\\1-grams:\n")[1].split("\n\n")[0].splitlines()
    bigrams = text.split("\\2-grams:\n")[1].split("\n\n")[0].splitlines()
    assert int(counts["1"]) == len(unigrams) and int(counts["2"]) == len(bigrams)
    words = {line.split("\t")[1] for line in unigrams}
    assert {"copper", "pipe", "pipes", "water", "heat", "metres", "twenty"} <= words
    assert all(float(line.split("\t")[0]) <= 0 for line in unigrams + bigrams)  # log10 probabilities


def test_a_model_number_in_a_name_is_in_the_model_the_ways_it_is_said():
    text = arpa(["Polar 260 pump", "Cable 3x2.5"], known=None)
    section = text.split("\\2-grams:\n")[1].split("\n\n")[0]
    bigrams = {tuple(line.split("\t")[1].split()) for line in section.splitlines()}
    assert {("polar", "two"), ("two", "sixty"), ("hundred", "and"), ("sixty", "pump")} <= bigrams
    assert ("cable", "three") not in bigrams  # a size inside a token is not a spoken model number


def test_words_the_decoder_cannot_pronounce_are_left_out():
    text = arpa(["Kaldfront heat pump"], known={"heat", "pump", "pumps", "two", "of"})
    assert "kaldfront" not in text and "\theat" in text


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is installed by make install")
def test_with_the_catalogue_model_a_product_is_heard(tmp_path):
    path = tmp_path / "offer.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(path),
                    "Offer for the customer. Thirty metres of copper pipe and four filter sets."], check=True)
    samples = audio.decode(path.read_bytes())
    products = seed_catalogue()
    prompt = catalogue_prompt(products)

    def items(catalogue_lm: bool) -> set:
        heard = speech.PocketSphinx(catalogue_lm=catalogue_lm).transcribe(samples, language="en", prompt=prompt)
        return {(line.product_id, line.quantity) for line in extract_offer(heard.text, products, language="en").lines}

    assert ("FILT-F7", 4) in items(catalogue_lm=True)
    assert ("FILT-F7", 4) not in items(catalogue_lm=False)
