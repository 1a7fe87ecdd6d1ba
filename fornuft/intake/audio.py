"""Audio in → 16 kHz mono 16-bit samples, with clear refusals.

ffmpeg decodes WAV, MP3, M4A, OGG/Opus, WebM (browser recordings) and more. Without ffmpeg a PCM
WAV (8- or 16-bit, any rate, any channels) is still read with the standard library and resampled
with numpy. Too long, empty, silent and unreadable recordings raise AudioProblem with a message
for a person; nothing is deleted."""

from __future__ import annotations

import io
import shutil
import subprocess
import wave

SAMPLE_RATE = 16_000
DEFAULT_MAX_SECONDS = 60 * 60  # a recording above this is refused (FORNUFT_INTAKE_MAX_AUDIO_SECONDS)
MAX_AUDIO_BYTES = 500 * 1024 * 1024
HEIC_BRANDS = (b"ftypheic", b"ftypheix", b"ftyphevc", b"ftypmif1", b"ftypmsf1")


class AudioProblem(ValueError):
    def __init__(self, message: str, status: str = "unreadable") -> None:
        super().__init__(message)
        self.status = status


def max_seconds() -> int:
    """The configured limit (settings or environment), read on every call."""
    import os

    value = os.environ.get("FORNUFT_INTAKE_MAX_AUDIO_SECONDS")
    try:
        from django.conf import settings

        if settings.configured:
            value = getattr(settings, "FORNUFT_INTAKE_MAX_AUDIO_SECONDS", value)
    except ImportError:  # pragma: no cover - Django is always installed with Fornuft
        pass
    try:
        return int(value) if value else DEFAULT_MAX_SECONDS
    except (TypeError, ValueError):
        return DEFAULT_MAX_SECONDS


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 120 else f"{seconds:.0f} s"


def probe_duration(data: bytes) -> float | None:
    """The length in seconds without decoding everything (WAV header or ffprobe), or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        try:
            with wave.open(io.BytesIO(data)) as reader:
                return reader.getnframes() / float(reader.getframerate())
        except (wave.Error, EOFError, ZeroDivisionError):
            return None
    ffprobe = shutil.which("ffprobe")
    if not ffprobe:
        return None
    try:
        done = subprocess.run([ffprobe, "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", "-i",
                               "pipe:0"], input=data, capture_output=True, timeout=60, check=False)
        return float(done.stdout.decode().strip())
    except (ValueError, subprocess.TimeoutExpired, OSError):
        return None


def _wav_samples(data: bytes):
    import numpy as np

    try:
        with wave.open(io.BytesIO(data)) as reader:
            channels, width, rate = reader.getnchannels(), reader.getsampwidth(), reader.getframerate()
            frames = reader.readframes(reader.getnframes())
    except (wave.Error, EOFError) as exc:
        raise AudioProblem(f"The WAV file cannot be read ({exc}). Send PCM WAV, MP3, M4A or OGG.") from None
    if width == 1:
        samples = (np.frombuffer(frames, dtype=np.uint8).astype(np.float32) - 128) / 128
    elif width == 2:
        samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768
    elif width == 4:
        samples = np.frombuffer(frames, dtype="<i4").astype(np.float32) / 2**31
    else:
        raise AudioProblem(f"{width * 8}-bit WAV is not supported; send 8- or 16-bit PCM, MP3, M4A or OGG.")
    if channels > 1:
        samples = samples[: len(samples) - len(samples) % channels].reshape(-1, channels).mean(axis=1)
    if rate != SAMPLE_RATE and len(samples):
        target = int(round(len(samples) * SAMPLE_RATE / rate))
        samples = np.interp(np.linspace(0, len(samples) - 1, target), np.arange(len(samples)), samples)
    return (np.clip(samples, -1, 1) * 32767).astype("<i2")


def _ffmpeg_samples(data: bytes, ffmpeg: str, seconds_limit: int):
    import numpy as np

    try:
        done = subprocess.run(
            [ffmpeg, "-nostdin", "-v", "error", "-i", "pipe:0", "-t", str(seconds_limit + 1), "-vn", "-ac", "1",
             "-ar", str(SAMPLE_RATE), "-f", "s16le", "pipe:1"],
            input=data, capture_output=True, timeout=600, check=False)
    except subprocess.TimeoutExpired:
        raise AudioProblem("Decoding the audio took longer than 10 minutes and was stopped.") from None
    if done.returncode != 0 or not done.stdout:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = reason[-1][:160] if reason else "no audio stream"
        raise AudioProblem(f"The audio file cannot be read ({detail}). Send WAV, MP3, M4A or OGG.")
    return np.frombuffer(done.stdout, dtype="<i2")


def decode(data: bytes, limit_seconds: int | None = None):
    """16 kHz mono int16 samples (numpy) from audio bytes. Raises AudioProblem."""
    limit = limit_seconds or max_seconds()
    if not data:
        raise AudioProblem("The audio file is empty.", "empty")
    if len(data) > MAX_AUDIO_BYTES:
        raise AudioProblem(f"The audio file is larger than {MAX_AUDIO_BYTES // 1024 // 1024} MB.", "too_large")
    duration = probe_duration(data)
    if duration is not None and duration > limit:
        raise AudioProblem(
            f"The recording is {_minutes(duration)} long; the limit is {_minutes(limit)}. "
            "Split it into shorter recordings (the file is kept).", "too_long")
    ffmpeg = shutil.which("ffmpeg")
    is_wav = data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    if is_wav:
        try:
            samples = _wav_samples(data)
        except AudioProblem:
            if not ffmpeg:
                raise
            samples = _ffmpeg_samples(data, ffmpeg, limit)
    elif ffmpeg:
        samples = _ffmpeg_samples(data, ffmpeg, limit)
    else:
        raise AudioProblem("Only WAV can be read without ffmpeg (apt install ffmpeg).", "unsupported")
    if len(samples) / SAMPLE_RATE > limit:
        raise AudioProblem(
            f"The recording is longer than the limit of {_minutes(limit)}. Split it into shorter recordings "
            "(the file is kept).", "too_long")
    if len(samples) < SAMPLE_RATE // 4:
        raise AudioProblem("The recording is shorter than a quarter of a second.", "empty")
    return samples


def speech_level(samples) -> float:
    """The loudness of the loudest tenth of 30 ms frames (0..1): near 0 for silence."""
    import numpy as np

    frame = 480
    usable = len(samples) - len(samples) % frame
    if usable <= 0:
        return 0.0
    frames = samples[:usable].astype(np.float32).reshape(-1, frame) / 32768
    rms = np.sqrt((frames**2).mean(axis=1))
    return float(np.percentile(rms, 90))


def is_silent(samples, threshold: float = 0.004) -> bool:
    return speech_level(samples) < threshold


def split_points(samples, chunk_seconds: float = 20.0, search_seconds: float = 4.0) -> list[tuple[int, int]]:
    """Chunks of about `chunk_seconds`, cut at the quietest 30 ms near each boundary, so words
    are rarely cut in two."""
    import numpy as np

    total = len(samples)
    chunk = int(chunk_seconds * SAMPLE_RATE)
    search = int(search_seconds * SAMPLE_RATE)
    frame = 480
    spans: list[tuple[int, int]] = []
    start = 0
    while start < total:
        end = start + chunk
        if end + search >= total:
            spans.append((start, total))
            break
        window = samples[end - search:end + search].astype(np.float32)
        usable = len(window) - len(window) % frame
        energy = (window[:usable].reshape(-1, frame) ** 2).mean(axis=1)
        cut = end - search + int(np.argmin(energy)) * frame + frame // 2
        spans.append((start, cut))
        start = cut
    return spans


def to_wav_bytes(samples) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(SAMPLE_RATE)
        writer.writeframes(samples.astype("<i2").tobytes())
    return buffer.getvalue()
