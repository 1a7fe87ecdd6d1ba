"""PocketSphinx as the intake uses it (real espeak-ng speech, real PocketSphinx): a long recording
is decoded by several processes with the same words as by one, progress is reported as it goes,
and catalogue words outside PocketSphinx's dictionary can still be heard."""

import shutil
import subprocess

import numpy as np
import pytest

from fornuft.intake import audio, speech
from fornuft.intake.spelling import pronunciations

pytestmark = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is installed by make install")

SENTENCES = ["Quote for the customer. Two air to air heat pumps and two wall brackets.",
             "Twenty metres of copper pipe and six hours of installation.",
             "Four filter sets and one service agreement. Travel once."]


def _speech(tmp_path, text: str, voice: str = "en-us"):
    path = tmp_path / "said.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(path), text], check=True)
    return audio.decode(path.read_bytes())


def test_a_long_recording_reads_the_same_with_two_worker_processes_and_reports_progress(tmp_path):
    pause = np.zeros(audio.SAMPLE_RATE, dtype="<i2")
    pieces = [_speech(tmp_path, SENTENCES[i % len(SENTENCES)]) for i in range(9)]
    samples = np.concatenate([part for piece in pieces for part in (piece, pause)])
    assert len(samples) / audio.SAMPLE_RATE > 45  # several chunks of 10 s
    seen: list[tuple[float, float]] = []
    one = speech.PocketSphinx(chunk_seconds=10, catalogue_lm=False, workers=1).transcribe(samples, language="en")
    two = speech.PocketSphinx(chunk_seconds=10, catalogue_lm=False, workers=2).transcribe(
        samples, language="en", progress=lambda done, total: seen.append((done, total)))
    assert len(two.segments) >= 4
    words_one, words_two = one.text.split(), two.text.split()
    same = sum(a == b for a, b in zip(words_one, words_two, strict=False))
    assert abs(len(words_one) - len(words_two)) <= 2 and same >= 0.9 * len(words_one)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)
    assert seen[-1][0] == pytest.approx(seen[-1][1]) == pytest.approx(len(samples) / audio.SAMPLE_RATE)


def test_pronunciations_from_spelling_for_words_the_dictionary_lacks():
    assert pronunciations("nordlys") == ["N OW R D L IY S", "N AO R D L IY S"]  # as written, as English reads it
    assert pronunciations("kobberrør")[0].split()[:4] == ["K", "OW", "B", "EH"]  # a doubled consonant said once
    assert pronunciations("---") == []


def test_a_brand_name_outside_the_dictionary_is_heard_with_the_catalogue_model(tmp_path):
    samples = _speech(tmp_path, "Quote for the customer. Two Kaldvik heat pumps and six hours of installation.")
    prompt = "Kaldvik heat pump, Wall bracket, Copper pipe, Filter set, Installation, Travel"

    def heard(guess: bool) -> str:
        backend = speech.PocketSphinx(catalogue_lm=True, guess_pronunciations=guess)
        return backend.transcribe(samples, language="en", prompt=prompt).text

    assert "kaldvik" in heard(guess=True).split()
    assert "kaldvik" not in heard(guess=False).split()
