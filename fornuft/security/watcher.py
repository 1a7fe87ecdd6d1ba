"""`fornuft security watch`: file events from inotify (watchdog) into `ransomware.Monitor`.

It takes a baseline (walks the folders: the extensions in use, what cannot be read),
plants canary files, prints `{"event": "ready"}`, then one line per alert as soon as it
is seen. It runs until SIGINT or SIGTERM and then stops within a few seconds, removing
its canaries. A watched folder that disappears, or cannot be read, is reported on
stderr and watched again when it is back; the watcher itself keeps running."""

from __future__ import annotations

import os
import queue
import select
import signal
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from fornuft.security.ransomware import CANARY_PREFIXES, Monitor, Settings, extension, is_canary

TICK = 0.1
MAX_CANARY_DIRS = 200


def canary_content(kind: str) -> bytes:
    """A small valid Office file (a zip with a content-types part): ransomware picks it like any document."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("docProps/app.xml", f"<Properties><Application>Fornuft canary {kind}</Application>"
                         "</Properties>" + " " * 512)
    return buffer.getvalue()


def take_baseline(roots: list[Path], problem: Callable[[dict], None], limit_dirs: int = MAX_CANARY_DIRS):
    """(extension counts, files, folders chosen for canaries) of the watched trees."""
    extensions: Counter = Counter()
    files = 0
    canary_dirs: list[str] = []
    for root in roots:
        stack = [str(root)]
        depth = {str(root): 0}
        while stack:
            folder = stack.pop()
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        try:
                            if entry.is_dir(follow_symlinks=False):
                                stack.append(entry.path)
                                depth[entry.path] = depth[folder] + 1
                            elif entry.is_file(follow_symlinks=False) and not is_canary(entry.path):
                                files += 1
                                ext = extension(entry.name)
                                if ext:
                                    extensions[ext] += 1
                        except OSError:
                            continue
            except PermissionError:
                problem({"event": "unwatched", "path": folder, "reason": "permission denied"})
                continue
            except FileNotFoundError:
                continue
            except OSError as exc:
                problem({"event": "unwatched", "path": folder, "reason": exc.strerror or str(exc)})
                continue
            if depth[folder] <= 2 and len(canary_dirs) < limit_dirs and os.access(folder, os.W_OK):
                canary_dirs.append(folder)
    return extensions, files, canary_dirs


def plant_canaries(folders: list[str], problem: Callable[[dict], None]) -> dict[str, bytes]:
    planted: dict[str, bytes] = {}
    for folder in folders:
        for prefix, ext in zip(CANARY_PREFIXES, ("docx", "xlsx"), strict=True):
            path = os.path.join(folder, f"{prefix}-do-not-edit.{ext}")
            content = canary_content(ext)
            try:
                if not os.path.exists(path):
                    with open(path, "xb") as handle:
                        handle.write(content)
                else:
                    with open(path, "rb") as handle:
                        content = handle.read()
                planted[path] = content
            except OSError as exc:
                problem({"event": "canary_failed", "path": path, "reason": exc.strerror or str(exc)})
    return planted


def remove_canaries(planted: dict[str, bytes]) -> None:
    for path, content in planted.items():
        try:
            with open(path, "rb") as handle:
                if handle.read() != content:
                    continue  # changed: keep it as evidence
            os.remove(path)
        except OSError:
            continue


class _Wakeups:
    """What the main loop sleeps on: a pipe that file events and SIGINT/SIGTERM both write to.

    The loop waits in `select()`, never in a queue's timed `get()`: CPython 3.11's
    `SimpleQueue.get(timeout)` computes a negative wait when a signal interrupts it just after
    its deadline, and then blocks for good (the watcher ignored SIGTERM, about one run in forty
    on a loaded machine). `select()` restarts with the right remaining time (PEP 475). Signals
    reach the pipe through `signal.set_wakeup_fd`, written by the C-level handler at once,
    whatever the other threads do with the interpreter lock.
    """

    STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self, stop: threading.Event, *, catch_signals: bool) -> None:
        self.stop = stop
        self.read_end, self.write_end = os.pipe()
        os.set_blocking(self.read_end, False)
        os.set_blocking(self.write_end, False)
        self.previous_wakeup_fd: int | None = None
        self.closed = False
        if catch_signals:
            for number in self.STOP_SIGNALS:
                signal.signal(number, lambda *_: stop.set())
            self.previous_wakeup_fd = signal.set_wakeup_fd(self.write_end, warn_on_full_buffer=False)

    def ring(self) -> None:
        """Called from watchdog's thread after an event is queued."""
        if self.closed:
            return
        try:
            os.write(self.write_end, b"\0")
        except OSError:
            pass  # a full pipe wakes the loop anyway; a closed one means we are stopping

    def wait(self, timeout: float) -> None:
        """Sleeps until an event or a stop signal arrives, or `timeout` seconds pass."""
        readable, _, _ = select.select([self.read_end], [], [], max(timeout, 0))
        if not readable:
            return
        try:
            received = os.read(self.read_end, 4096)
        except BlockingIOError:
            return
        if any(number in received for number in self.STOP_SIGNALS):
            self.stop.set()

    def close(self) -> None:
        self.closed = True
        if self.previous_wakeup_fd is not None:
            signal.set_wakeup_fd(self.previous_wakeup_fd)
        os.close(self.read_end)
        os.close(self.write_end)


class _Handler:
    """watchdog's event handler interface, kept minimal: events go to a queue, and wake the loop."""

    def __init__(self, events: queue.SimpleQueue, wakeups: _Wakeups) -> None:
        self.events = events
        self.wakeups = wakeups

    def dispatch(self, event) -> None:
        kind = event.event_type
        if kind in ("opened", "closed_no_write"):
            return
        src = os.fsdecode(event.src_path)
        dest = os.fsdecode(getattr(event, "dest_path", "") or "")
        self.events.put((kind, event.is_directory, src, dest, time.time()))
        self.wakeups.ring()


def run_watcher(roots: list[Path], output: Callable[[dict], None], problem: Callable[[dict], None], *,
                canaries: bool = True, settings: Settings | None = None,
                stop: threading.Event | None = None) -> int:
    """Watches until `stop` is set (or SIGINT/SIGTERM in the main thread). Returns the exit code."""
    from watchdog.observers import Observer

    stop = stop or threading.Event()
    wakeups = _Wakeups(stop, catch_signals=threading.current_thread() is threading.main_thread())
    roots = [Path(os.path.abspath(r)) for r in roots]
    extensions, _files, canary_dirs = take_baseline([r for r in roots if r.is_dir()], problem)
    monitor = Monitor(settings=settings or Settings(), known_extensions={e for e, n in extensions.items() if n >= 1})
    planted = plant_canaries(canary_dirs, problem) if canaries else {}
    monitor.canaries.update(planted)
    events: queue.SimpleQueue = queue.SimpleQueue()
    handler = _Handler(events, wakeups)
    observer = Observer()
    watches: dict[Path, object] = {}

    def schedule(root: Path) -> None:
        try:
            watches[root] = observer.schedule(handler, str(root), recursive=True)
        except (OSError, RuntimeError) as exc:
            reason = "does not exist" if not root.exists() else (getattr(exc, "strerror", None) or str(exc))
            problem({"event": "unwatched", "path": str(root), "reason": reason})

    for root in roots:
        if root.is_dir():
            schedule(root)
        else:
            problem({"event": "unwatched", "path": str(root), "reason": "does not exist or is not a folder"})
    observer.start()
    output({"event": "ready"})
    modified: dict[str, float] = {}
    last_check = time.time()
    try:
        while not stop.is_set():
            wakeups.wait(TICK if events.empty() else 0)
            # A steady stream of events must not keep the watcher from seeing that it was asked to stop.
            deadline = time.time() + TICK
            while not stop.is_set() and time.time() < deadline:
                try:
                    kind, is_dir, src, dest, _seen_at = events.get_nowait()
                except queue.Empty:
                    break
                now = time.time()
                alerts: list[dict] = []
                if is_dir:
                    continue
                if kind == "closed":
                    modified.pop(src, None)
                    alerts = monitor.written(src, now)
                elif kind in ("modified", "created"):
                    modified[src] = now
                elif kind == "moved":
                    modified.pop(src, None)
                    alerts = monitor.moved(src, dest, now)
                elif kind == "deleted":
                    modified.pop(src, None)
                    alerts = monitor.deleted(src, now)
                for alert in alerts:
                    output(alert)
            now = time.time()
            # Files written without a close we saw (a writer that keeps them open): judge after a pause.
            for path in [p for p, t in modified.items() if now - t > 0.3]:
                modified.pop(path, None)
                for alert in monitor.written(path, now):
                    output(alert)
            for alert in monitor.tick(now):
                output(alert)
            if now - last_check >= 1.0:
                last_check = now
                for root in roots:
                    present = root.is_dir()
                    if root in watches and not present:
                        try:
                            observer.unschedule(watches.pop(root))
                        except (KeyError, ValueError, OSError):
                            watches.pop(root, None)
                        problem({"event": "unwatched", "path": str(root), "reason": "disappeared"})
                    elif root not in watches and present:
                        schedule(root)
                        if root in watches:
                            problem({"event": "watching", "path": str(root)})
    finally:
        observer.stop()
        observer.join(timeout=3)
        remove_canaries(monitor.canaries)
        wakeups.close()
    return 0
