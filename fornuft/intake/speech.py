"""Speech recognition behind a backend chosen by dotted path in settings.

    FORNUFT_SPEECH_BACKEND = "fornuft.intake.speech.PocketSphinx"            # default, en-US, offline
    FORNUFT_SPEECH_BACKEND = {"BACKEND": "fornuft.intake.speech.FasterWhisper",
                              "OPTIONS": {"model_dir": "/srv/fornuft/models/nb-whisper-small-ct2"}}

The environment variables FORNUFT_SPEECH_BACKEND and FORNUFT_WHISPER_MODEL_DIR do the same
(settings.py reads them). A backend is a class with

    transcribe(samples, language=None, progress=None, prompt=None) -> Transcript

taking 16 kHz mono int16 samples (see `fornuft.intake.audio.decode`); `progress(done, total)` is
called with seconds. `FakeSpeech` (for tests) returns the text it was given. The setting is read
on every call, never at import time. No backend downloads anything."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fornuft.intake.audio import SAMPLE_RATE, split_points

DEFAULT_BACKEND = "fornuft.intake.speech.PocketSphinx"
Progress = Callable[[float, float], None]


class SpeechProblem(ValueError):
    def __init__(self, message: str, status: str = "speech_failed") -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Transcript:
    text: str
    language: str | None
    model: str
    seconds: float
    segments: list[dict] = field(default_factory=list)  # {"start", "end", "text"}


def configured() -> tuple[str, dict[str, Any]]:
    entry: Any = os.environ.get("FORNUFT_SPEECH_BACKEND") or DEFAULT_BACKEND
    try:
        from django.conf import settings

        if settings.configured:
            entry = getattr(settings, "FORNUFT_SPEECH_BACKEND", entry) or entry
    except ImportError:  # pragma: no cover
        pass
    options: dict[str, Any] = {}
    if isinstance(entry, dict):
        entry, options = entry["BACKEND"], dict(entry.get("OPTIONS", {}))
    if entry.endswith("FasterWhisper") and "model_dir" not in options and os.environ.get("FORNUFT_WHISPER_MODEL_DIR"):
        options["model_dir"] = os.environ["FORNUFT_WHISPER_MODEL_DIR"]
    return entry, options


def backend(path: str | None = None, **options: Any):
    """A new instance of the configured speech backend (or the one named by `path`)."""
    from importlib import import_module

    configured_path, configured_options = configured()
    path = path or configured_path
    if path == configured_path:
        options = {**configured_options, **options}
    module_name, _, class_name = path.rpartition(".")
    try:
        cls = getattr(import_module(module_name), class_name)
    except (ImportError, AttributeError) as exc:
        raise SpeechProblem(f"The speech backend {path!r} cannot be loaded ({exc}).", "not_configured") from None
    return cls(**options)


class FakeSpeech:
    """For tests: returns `text` (or the words written in a `.txt` beside nothing) for any audio."""

    name = "fake"

    def __init__(self, text: str = "", language: str | None = "en") -> None:
        self.text = text
        self.language = language

    def transcribe(self, samples, language=None, progress: Progress | None = None, prompt=None) -> Transcript:
        seconds = len(samples) / SAMPLE_RATE
        if progress:
            progress(seconds, seconds)
        text = self.text or os.environ.get("FORNUFT_FAKE_TRANSCRIPT", "")
        return Transcript(text, language or self.language, "fake", seconds,
                          [{"start": 0.0, "end": seconds, "text": text}])


class PocketSphinx:
    """CMU PocketSphinx 5 with the US English model its wheel ships. English only: asked for
    Norwegian it says so (configure FasterWhisper with a Norwegian model for that).

    The recording is cut at quiet moments into chunks of about `chunk_seconds`; with `workers`
    above 1 a recording of several chunks is decoded by that many processes at once. One is the
    default: on our shared 2-core VM two processes were slower, not faster (docs/benchmarks.md);
    a server with idle cores may set more. `decoder_options` override PocketSphinx's settings
    (GENERAL_MODEL_OPTIONS below)."""

    name = "pocketsphinx"

    def __init__(self, chunk_seconds: float = 20.0, model_dir: str | None = None, catalogue_lm: bool = True,
                 workers: int = 1, decoder_options: dict[str, Any] | None = None,
                 guess_pronunciations: bool = True) -> None:
        self.chunk_seconds = chunk_seconds
        self.model_dir = model_dir
        # with a prompt (the catalogue's names), decode with a language model of offers over those names
        self.catalogue_lm = catalogue_lm
        # catalogue words outside PocketSphinx's dictionary get a pronunciation from their spelling
        self.guess_pronunciations = guess_pronunciations
        self.workers = max(1, workers)
        self.decoder_options = dict(decoder_options or {})

    def decoder_config(self, prompt: str | None = None) -> dict[str, Any]:
        """The Decoder's keyword arguments (plain values, so that worker processes can build their own)."""
        try:
            import pocketsphinx  # noqa: F401
        except ImportError:
            raise SpeechProblem("pocketsphinx is not installed (pip install pocketsphinx).", "not_configured") from None
        config: dict[str, Any] = {"samprate": SAMPLE_RATE, "loglevel": "FATAL"}
        if self.model_dir:
            model = Path(self.model_dir)
            config.update(hmm=str(model / "acoustic-model"), lm=str(model / "language-model.lm.bin"),
                          dict=str(model / "pronounciation-dictionary.dict"))
        elif self.catalogue_lm and prompt:
            config["lm"], config["dict"] = _catalogue_model_files(prompt, self.guess_pronunciations)
        else:
            config.update(GENERAL_MODEL_OPTIONS)
        return {**config, **self.decoder_options}

    def transcribe(self, samples, language=None, progress: Progress | None = None, prompt=None) -> Transcript:
        if language == "nb" and not self.model_dir:
            raise SpeechProblem(
                "The built-in speech model (PocketSphinx) understands English only. For Norwegian, configure "
                "a Norwegian Whisper model (docs/intake.md) or type the text.", "language_unsupported")
        config = self.decoder_config(prompt)
        total = len(samples) / SAMPLE_RATE
        spans = split_points(samples, self.chunk_seconds)
        chunks = [samples[start:end].tobytes() for start, end in spans]
        texts: list[str] = []
        segments: list[dict] = []
        for (start, end), text in zip(spans, decode_chunks(config, chunks, self.workers), strict=True):
            if text:
                texts.append(text)
                segments.append({"start": start / SAMPLE_RATE, "end": end / SAMPLE_RATE, "text": text})
            if progress:
                progress(end / SAMPLE_RATE, total)
        return Transcript(" ".join(texts), "en", "pocketsphinx 5 en-us", total, segments)


# The general English model (135,000 dictionary entries) decodes in one pass: the second, "flat"
# pass (fwdflat) cost 40–60 % of the time and changed no word on read English (librivox-en). Over the
# offer model's few hundred words it costs little and helps a little, so it stays on there. The
# trade-off of each setting is measured in docs/benchmarks.md ("Speech speed and accuracy").
GENERAL_MODEL_OPTIONS: dict[str, Any] = {"fwdflat": False}


def decode_chunks(config: dict[str, Any], chunks: list[bytes], workers: int = 1) -> Iterator[str]:
    """The text of each chunk of 16 kHz int16 audio, in order. Several chunks and workers: decoded
    in that many processes at once, each with a decoder of its own. Those processes import the
    caller's main module, so a script calling this needs `if __name__ == "__main__":` (as
    manage.py, the task queue and `fornuft` have)."""
    import multiprocessing

    workers = min(workers, len(chunks))
    # a daemonic process (a task queue's process worker) may not start processes of its own
    if workers <= 1 or multiprocessing.current_process().daemon:
        decoder = _new_decoder(config)
        for chunk in chunks:
            yield _decode(decoder, chunk)
        return
    # forkserver: a clean process to fork from, safe when the caller has threads (web server, task queue)
    context = multiprocessing.get_context("forkserver")
    with context.Pool(workers, initializer=_start_worker, initargs=(config,)) as pool:
        yield from pool.imap(_decode_in_worker, chunks)


def _new_decoder(config: dict[str, Any]):
    from pocketsphinx import Decoder

    return Decoder(**config)


def _decode(decoder, chunk: bytes) -> str:
    decoder.start_utt()
    decoder.process_raw(chunk, full_utt=True)
    decoder.end_utt()
    hypothesis = decoder.hyp()
    return " ".join(w for w in (hypothesis.hypstr if hypothesis else "").split() if not w.startswith("<"))


_worker_decoder = None  # one Decoder per worker process, made once by _start_worker


def _start_worker(config: dict[str, Any]) -> None:
    global _worker_decoder  # noqa: PLW0603 - the state of a pool worker process
    _worker_decoder = _new_decoder(config)


def _decode_in_worker(chunk: bytes) -> str:
    return _decode(_worker_decoder, chunk)


def _catalogue_model_files(prompt: str, guess_pronunciations: bool = True) -> tuple[str, str]:
    """An ARPA model of offers over the prompt's names (speech_lm.py) and a pronunciation dictionary
    of just its words, cached per prompt in the temp folder. The small dictionary matters: loading
    PocketSphinx's whole 135,000-entry dictionary takes 3–14 s, this one milliseconds. Catalogue
    words the dictionary lacks get a pronunciation guessed from their spelling (spelling.py)."""
    import hashlib
    import tempfile

    from pocketsphinx import get_model_path

    from fornuft.intake import speech_lm, spelling
    from fornuft.intake.speech_lm import arpa, vocabulary
    from fornuft.intake.spelling import pronunciations as spelled

    names = [name.strip() for name in prompt.split(",")]
    version = f"{speech_lm.VERSION}.{spelling.VERSION if guess_pronunciations else 0}"
    key = hashlib.sha256(f"{version}:{prompt}".encode()).hexdigest()[:16]
    lm_path = Path(tempfile.gettempdir()) / f"fornuft-offer-lm-{key}.arpa"
    dict_path = lm_path.with_suffix(".dict")
    if not (lm_path.exists() and dict_path.exists()):
        entries = (Path(get_model_path()) / "en-us" / "cmudict-en-us.dict").read_text(encoding="utf-8").splitlines()
        pronunciations: dict[str, list[str]] = {}
        for line in entries:
            if line:
                word, phones = line.split(" ", 1)
                pronunciations.setdefault(word.split("(", 1)[0], []).append(phones.strip())
        if guess_pronunciations:
            for word in vocabulary(names) - pronunciations.keys():
                guessed = spelled(word)
                if guessed:
                    pronunciations[word] = guessed
        model = arpa(names, set(pronunciations))
        lines = [f"{word}{f'({n})' if n > 1 else ''} {phones}" for word in sorted(_unigrams(model))
                 if word in pronunciations for n, phones in enumerate(pronunciations[word], 1)]
        _write_atomically(dict_path, "\n".join(lines) + "\n")
        _write_atomically(lm_path, model)
    return str(lm_path), str(dict_path)


def _unigrams(model: str) -> set[str]:
    section = model.split("\\1-grams:\n", 1)[1].split("\n\n", 1)[0]
    return {line.split("\t")[1] for line in section.splitlines() if line}


def _write_atomically(path: Path, text: str) -> None:
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    part.write_text(text, encoding="utf-8")
    part.replace(path)


class FasterWhisper:
    """faster-whisper (CTranslate2) with a model DIRECTORY an administrator copied in, e.g. the
    National Library's NB-Whisper converted to CTranslate2 (docs/intake.md). Nothing is downloaded."""

    name = "faster-whisper"

    def __init__(self, model_dir: str | None = None, compute_type: str = "int8", threads: int = 0,
                 beam_size: int = 1) -> None:
        self.model_dir = model_dir
        self.compute_type = compute_type
        self.threads = threads or min(4, os.cpu_count() or 1)
        self.beam_size = beam_size

    def transcribe(self, samples, language=None, progress: Progress | None = None, prompt=None) -> Transcript:
        if not self.model_dir or not (Path(self.model_dir) / "model.bin").exists():
            raise SpeechProblem(f"No Whisper model in {self.model_dir!r}: copy a CTranslate2 model directory there "
                                "(docs/intake.md).", "not_configured")
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise SpeechProblem("faster-whisper is not installed (pip install faster-whisper).",
                                "not_configured") from None
        model = WhisperModel(self.model_dir, device="cpu", compute_type=self.compute_type,
                             cpu_threads=self.threads, local_files_only=True)
        audio = samples.astype("float32") / 32768
        total = len(samples) / SAMPLE_RATE
        found, info = model.transcribe(audio, language=language or None, beam_size=self.beam_size,
                                       initial_prompt=prompt, vad_filter=True)
        segments: list[dict] = []
        for segment in found:
            segments.append({"start": segment.start, "end": segment.end, "text": segment.text.strip()})
            if progress:
                progress(min(segment.end, total), total)
        if progress:
            progress(total, total)
        text = " ".join(s["text"] for s in segments).strip()
        return Transcript(text, info.language, f"faster-whisper {Path(self.model_dir).name}", total, segments)
