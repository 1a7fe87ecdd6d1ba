"""A 10-minute recording through `fornuft intake dictation`, timed (issue 16: < 5 minutes on 2 cores,
with a progress bar in the CLI).

    python bench/intake/long_dictation.py [--minutes 10] [--general] [--code DIR]

The recording is made at bench time in a temporary folder (never in the repository): our own
dictations (bench/intake/dictations.py) synthesised with espeak-ng in eight voices, one second
of silence between them, and the five librivox-en utterances (read in place from the shared
corpora) once per round of dictations, until it is `--minutes` long. The CLI runs as a user runs
it, its stderr on a pseudo-terminal so that the progress bar draws as it does for a person;
stdout must stay one JSON object. `--general` also times PocketSphinx's general English model
(the voice-note path of service reports) on the same audio with one and two worker processes.
`--code DIR` runs the CLI from another copy of the code (e.g. `git archive` of an older commit),
for a before/after comparison on the same recording.
Prints one JSON object; figures go to docs/benchmarks.md."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from dictations import DICTATIONS, VOICES  # noqa: E402
from wer import CORPORA, edit_distance, normalise  # noqa: E402

from fornuft.intake import audio, speech  # noqa: E402

SILENCE = np.zeros(audio.SAMPLE_RATE, dtype="<i2")


def librivox_utterances() -> list[tuple[Path, str]]:
    folder = CORPORA / "librivox-en"
    pairs = []
    for line in (folder / "transcription").read_text().splitlines():
        match = re.match(r"<s>(.*)</s>\s*\((.+)\)", line.strip())
        if match:
            pairs.append((folder / f"{match.group(2)}.wav", match.group(1).strip()))
    return pairs


def make_recording(folder: Path, minutes: float) -> tuple[Path, str, float]:
    """A WAV of at least `minutes`, and the words said in it."""
    pieces: list[np.ndarray] = []
    said: list[str] = []
    seconds = 0.0
    index = 0
    while seconds < minutes * 60:
        text, _items = DICTATIONS[index % len(DICTATIONS)]
        voice, speed = VOICES[index % len(VOICES)]
        path = folder / f"part-{index:03d}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(path), text], check=True)
        parts = [(path, text)]
        if index % len(DICTATIONS) == len(DICTATIONS) - 1:
            parts += librivox_utterances()
        for part, words in parts:
            samples = audio.decode(part.read_bytes())
            pieces += [samples, SILENCE]
            said.append(words)
            seconds += (len(samples) + len(SILENCE)) / audio.SAMPLE_RATE
        index += 1
    recording = folder / "long-dictation.wav"
    with wave.open(str(recording), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(audio.SAMPLE_RATE)
        writer.writeframes(np.concatenate(pieces).tobytes())
    return recording, " ".join(said), seconds


def run_cli(recording: Path, out: Path, code: Path = ROOT) -> dict:
    """`fornuft intake dictation` as a person runs it: stderr on a terminal, stdout captured."""
    master, slave = pty.openpty()
    drawn: list[bytes] = []

    def read_terminal() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            drawn.append(data)

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    command = [sys.executable, "-m", "fornuft.cli", "intake", "dictation", str(recording), "--language", "en",
               "--out", str(out), "--json"]
    environment = {**os.environ, "PYTHONPATH": str(code)}
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=slave, env=environment, cwd=code, check=False)
    wall = time.perf_counter() - started
    os.close(slave)
    reader.join(timeout=5)
    os.close(master)
    terminal = b"".join(drawn).decode("utf-8", "replace")
    lines = [line for line in done.stdout.decode().splitlines() if line.strip()]
    result = json.loads(lines[-1]) if lines else {}
    return {"exit_status": done.returncode, "wall_seconds": round(wall, 1), "stdout_lines": len(lines),
            "stdout_is_json": len(lines) == 1 and "quote" in result,
            "progress_redraws": terminal.count("\r"), "progress_last": terminal.strip().split("\r")[-1][-80:],
            "transcript": result.get("transcript", ""), "items": len(result.get("quote", {}).get("items", []))}


def word_error_rate(reference: str, heard: str) -> float:
    ref, hyp = normalise(reference), normalise(heard)
    return round(edit_distance(ref, hyp) / max(1, len(ref)), 3)


def general_model(recording: Path, reference: str, workers: int) -> dict:
    samples = audio.decode(recording.read_bytes())
    started = time.perf_counter()
    heard = speech.PocketSphinx(catalogue_lm=False, workers=workers).transcribe(samples, language="en")
    spent = time.perf_counter() - started
    return {"workers": workers, "seconds": round(spent, 1),
            "real_time_factor": round(spent / (len(samples) / audio.SAMPLE_RATE), 3),
            "wer": word_error_rate(reference, heard.text)}


def main() -> None:
    minutes = float(sys.argv[sys.argv.index("--minutes") + 1]) if "--minutes" in sys.argv else 10.0
    code = Path(sys.argv[sys.argv.index("--code") + 1]).resolve() if "--code" in sys.argv else ROOT
    with tempfile.TemporaryDirectory(prefix="fornuft-long-") as work:
        folder = Path(work)
        recording, reference, seconds = make_recording(folder, minutes)
        cli = run_cli(recording, folder / "out", code)
        heard = cli.pop("transcript")
        report = {"audio_seconds": round(seconds, 1), "cpu_cores": os.cpu_count(), **cli,
                  "real_time_factor": round(cli["wall_seconds"] / seconds, 3), "wer": word_error_rate(reference, heard)}
        if "--general" in sys.argv:
            report["general_model"] = [general_model(recording, reference, workers) for workers in (1, 2)]
    print(json.dumps(report))


if __name__ == "__main__":
    main()
