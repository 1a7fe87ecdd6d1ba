"""Word error rate and real-time factor of PocketSphinx (the default speech backend).

    python bench/intake/wer.py librivox          # ../shared/corpora/librivox-en (published: pocketsphinx
                                                  # 0.282, Whisper tiny.en 0.113)
    python bench/intake/wer.py espeak            # our own English dictations, synthesised with espeak-ng,
                                                  # also items F1 of the offer extracted from the audio
    python bench/intake/wer.py dev --catalogue-lm # all 24 dictations of bench/intake/dictations.py in 8 voices
    python bench/intake/wer.py espeak --catalogue-lm   # PocketSphinx with the offer language model built
                                                        # from the catalogue (fornuft/intake/speech_lm.py)
    python bench/intake/wer.py dev --catalogue-lm --no-guess   # without pronunciations guessed from spelling
    python bench/intake/wer.py librivox --options '{"fwdflat": true}' --workers 1
                                                  # PocketSphinx decoder settings (speed vs accuracy)
Run by hand; figures go to docs/benchmarks.md."""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fornuft.intake import audio, speech  # noqa: E402
from fornuft.intake.catalogue import seed_catalogue  # noqa: E402
from fornuft.intake.offer import extract_offer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dictations import DICTATIONS, VOICES  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20", "thirty": "30"}


def normalise(text: str) -> list[str]:
    words = re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("-", " ")).split()
    return [NUMBER_WORDS.get(w, w) for w in words if w not in {"uh", "um", "eh"}]


def edit_distance(a: list[str], b: list[str]) -> int:
    previous = list(range(len(b) + 1))
    for i, word in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other)))
        previous = current
    return previous[-1]


def f1(found: set, truth: set) -> float:
    hits = len(found & truth)
    if not found or not truth:
        return 0.0
    precision, recall = hits / len(found), hits / len(truth)
    return 2 * precision * recall / (precision + recall) if hits else 0.0


CATALOGUE_LM = "--catalogue-lm" in sys.argv


def _argument(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


DECODER_OPTIONS = json.loads(_argument("--options", "{}"))
WORKERS = int(_argument("--workers", "1"))


def run(pairs: list[tuple[Path, str]], offers: list[set] | None = None) -> dict:
    from fornuft.intake.pipeline import catalogue_prompt

    backend = speech.PocketSphinx(catalogue_lm=CATALOGUE_LM, workers=WORKERS, decoder_options=DECODER_OPTIONS,
                                  guess_pronunciations="--no-guess" not in sys.argv)
    prompt = catalogue_prompt(seed_catalogue()) if CATALOGUE_LM else None
    errors = words = 0
    seconds = spent = 0.0
    scores: list[float] = []
    for index, (path, reference) in enumerate(pairs):
        samples = audio.decode(path.read_bytes())
        started = time.perf_counter()
        result = backend.transcribe(samples, language="en", prompt=prompt)
        spent += time.perf_counter() - started
        seconds += len(samples) / audio.SAMPLE_RATE
        ref, hyp = normalise(reference), normalise(result.text)
        errors += edit_distance(ref, hyp)
        words += len(ref)
        line = {"file": path.name, "wer": round(edit_distance(ref, hyp) / max(1, len(ref)), 3), "heard": result.text}
        if offers is not None:
            offer = extract_offer(result.text, seed_catalogue(), language="en")
            found = {(item.product_id, item.quantity) for item in offer.lines if item.product_id}
            scores.append(f1(found, offers[index]))
            line["items_f1"] = round(scores[-1], 3)
        print(json.dumps(line), file=sys.stderr)
    name = type(backend).__name__ + (" + catalogue LM" if CATALOGUE_LM else "")
    report = {"backend": name, "decoder_options": backend.decoder_options, "workers": backend.workers,
              "files": len(pairs), "words": words,
              "wer": round(errors / max(1, words), 3), "audio_seconds": round(seconds, 1),
              "real_time_factor": round(spent / max(seconds, 1e-9), 3)}
    if scores:
        report["items_f1_mean"] = round(statistics.mean(scores), 3)
    return report


def librivox() -> dict:
    folder = CORPORA / "librivox-en"
    references = {}
    for line in (folder / "transcription").read_text().splitlines():
        match = re.match(r"<s>(.*)</s>\s*\((.+)\)", line.strip())
        if match:
            references[match.group(2)] = match.group(1).strip()
    pairs = [(folder / f"{name}.wav", text) for name, text in sorted(references.items())]
    return run(pairs)


def espeak(dictations: list | None = None, voices: list | None = None) -> dict:
    """The first eight dictations in one voice (the original bench), or `dictations` in turns of `voices`."""
    if not shutil.which("espeak-ng"):
        raise SystemExit("espeak-ng is not installed (apt install espeak-ng)")
    dictations = dictations or DICTATIONS[:8]
    voices = voices or [("en-us", 150)]
    work = Path(tempfile.mkdtemp(prefix="intake-espeak-"))
    pairs = []
    for index, (text, _items) in enumerate(dictations):
        path = work / f"{index:02d}.wav"
        voice, speed = voices[index % len(voices)]
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(path), text], check=True)
        pairs.append((path, text))
    report = run(pairs, [items for _text, items in dictations])
    text_scores = [f1({(i.product_id, i.quantity) for i in extract_offer(t, seed_catalogue(), language="en").lines
                       if i.product_id}, items) for t, items in dictations]
    report["items_f1_from_text"] = round(statistics.mean(text_scores), 3)
    return report


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "librivox"
    benches = {"librivox": librivox, "espeak": espeak, "dev": lambda: espeak(DICTATIONS, VOICES)}
    print(json.dumps(benches[which]()))
