"""Following sign-in logs as they grow (`fornuft security tail`): new complete lines are parsed
and fed to the detector, and an alert is printed seconds after its sign-in was written.

Each file is polled (every `interval` seconds): a new inode or a file shorter than what was read
means it was rotated or truncated, and it is read again from its start; a missing file is
waited for. Only line formats can be followed: sshd, Windows XML one event per line, JSON
lines (Fornuft, Entra Graph exports) and CSV (its header line is kept)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from fornuft.security.detection import Detector
from fornuft.security.signins import ParseReport, UnknownFormat, detect_format, parse_text

MAX_CHUNK = 4 * 1024 * 1024


class _Followed:
    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self.fmt = fmt
        self.inode: int | None = None
        self.offset = 0
        self.rest = b""
        self.header = ""
        self.missing_reported = False


def prepare(paths: list[Path], fmt: str = "auto", from_start: bool = False) -> list[_Followed]:
    """Where each file is read from: its end (only new lines), or its start."""
    files = [_Followed(p, fmt) for p in paths]
    for followed in files:
        try:
            stat = followed.path.stat()
            followed.inode = stat.st_ino
            followed.offset = 0 if from_start else stat.st_size
            if not from_start and followed.fmt in ("auto", "csv"):
                with open(followed.path, "rb") as handle:
                    first = handle.readline(65536).decode("utf-8", errors="replace")
                if followed.fmt == "csv" or _is_csv(first):
                    followed.header = first
        except OSError:
            pass
    return files


def follow(files: list[_Followed], detector: Detector, output: Callable[[dict], None],
           problem: Callable[[dict], None], *, zone: str = "Europe/Oslo", interval: float = 0.5,
           stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    while not stop.is_set():
        for followed in files:
            _poll(followed, detector, output, problem, zone)
        stop.wait(interval)


def _is_csv(line: str) -> bool:
    try:
        return detect_format(line) in ("csv", "entra", "windows") and "," in line and not line.startswith("{")
    except UnknownFormat:
        return False


def _poll(followed: _Followed, detector: Detector, output, problem, zone: str) -> None:
    try:
        stat = followed.path.stat()
    except OSError:
        if not followed.missing_reported:
            problem({"event": "waiting", "path": str(followed.path), "reason": "does not exist (yet)"})
            followed.missing_reported = True
        return
    followed.missing_reported = False
    if followed.inode != stat.st_ino or stat.st_size < followed.offset:
        if followed.inode is not None:
            problem({"event": "rotated", "path": str(followed.path)})
        followed.inode, followed.offset, followed.rest, followed.header = stat.st_ino, 0, b"", ""
    if stat.st_size == followed.offset:
        return
    try:
        with open(followed.path, "rb") as handle:
            handle.seek(followed.offset)
            chunk = handle.read(MAX_CHUNK)
    except OSError as exc:
        problem({"event": "unreadable", "path": str(followed.path), "reason": exc.strerror or str(exc)})
        return
    followed.offset += len(chunk)
    data = followed.rest + chunk
    cut = data.rfind(b"\n")
    if cut < 0:
        followed.rest = data
        return
    complete, followed.rest = data[:cut + 1], data[cut + 1:]
    text = complete.decode("utf-8", errors="replace")
    if followed.fmt in ("auto", "csv") and not followed.header and _is_csv(text.splitlines()[0]):
        followed.header = text.splitlines(keepends=True)[0]
        text = text[len(followed.header):]
        if followed.fmt == "auto":
            followed.fmt = detect_format(followed.header)
    if followed.header:
        text = followed.header + text
    report = ParseReport()
    reference = datetime.fromtimestamp(stat.st_mtime, tz=UTC)
    try:
        events = list(parse_text(text, followed.fmt, zone=zone, reference=reference, name=followed.path.name,
                                 report=report))
    except UnknownFormat as exc:
        problem({"event": "unreadable", "path": str(followed.path), "reason": str(exc)})
        return
    if followed.fmt == "auto" and report.format:
        followed.fmt = report.format
    if report.skipped:
        problem({"event": "skipped", "path": str(followed.path), "lines": report.skipped})
    for event in sorted(events, key=lambda e: e.ts):
        for alert in detector.feed(event):
            output(alert.as_json())


def run_tail(paths: list[Path], detector: Detector, output, problem, **options) -> int:
    import signal

    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, lambda *_: stop.set())
    files = prepare(paths, options.pop("fmt", "auto"), options.pop("from_start", False))
    output({"event": "ready"})
    follow(files, detector, output, problem, stop=stop, **options)
    return 0
