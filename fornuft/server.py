"""`fornuft serve`: the web server (gunicorn) and one huey worker as child processes.

Ctrl-C (SIGINT) or SIGTERM stops both. A worker that dies (killed, out of memory) is
started again after a pause that doubles with each quick death (1 s up to a minute) while
the web server keeps answering; what the dead worker was running is queued again by the
next one (`core/worker.py`). If the web server itself exits, `serve` stops: gunicorn
already restarts its own workers, so that means it cannot run at all (port taken, bad
configuration) and a supervisor such as systemd should see the failure. Each child runs
in its own process group: a terminal's Ctrl-C reaches only this process,
which then stops the children one way (SIGTERM, then SIGKILL to the whole group), so no
gunicorn worker is left behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 60.0
STABLE_AFTER_SECONDS = 60.0  # a worker that ran this long starts the backoff from the beginning again


def _start_web(host: str, port: int, workers: int, threads: int) -> subprocess.Popen:
    return subprocess.Popen([
        sys.executable, "-m", "gunicorn", "fornuft.config.wsgi:application",
        "--bind", f"{host}:{port}", "--workers", str(workers), "--threads", str(threads),
        "--worker-class", "gthread", "--log-level", "warning", "--timeout", "120", "--graceful-timeout", "10",
    ], start_new_session=True)


def _start_worker() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "fornuft.cli", "worker"], start_new_session=True)


class WorkerSupervisor:
    """Keeps one background worker running: restarts it with exponential backoff."""

    def __init__(self, start=_start_worker):
        self._start = start
        self.process: subprocess.Popen | None = start()
        self.started_at = time.monotonic()
        self.backoff = FIRST_BACKOFF_SECONDS
        self.restart_at: float | None = None
        self.restarts = 0

    def check(self, now: float) -> None:
        """Call often: notices a dead worker, and starts a new one when its pause is over."""
        if self.process is not None and self.process.poll() is not None:
            if now - self.started_at >= STABLE_AFTER_SECONDS:
                self.backoff = FIRST_BACKOFF_SECONDS
            print(f"The background worker exited with code {self.process.returncode}; "
                  f"starting it again in {self.backoff:.0f} s.", file=sys.stderr, flush=True)
            self.process = None
            self.restart_at = now + self.backoff
            self.backoff = min(self.backoff * 2, MAX_BACKOFF_SECONDS)
        if self.process is None and self.restart_at is not None and now >= self.restart_at:
            self.process = self._start()
            self.started_at, self.restart_at = now, None
            self.restarts += 1


def _signal_group(child: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(child.pid, signum)
    except ProcessLookupError:
        pass


def _stop(children: list[subprocess.Popen]) -> None:
    for child in children:
        if child.poll() is None:
            child.terminate()
    deadline = time.monotonic() + 15
    for child in children:
        try:
            child.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _signal_group(child, signal.SIGKILL)
            child.wait()
    for child in children:
        # Whatever a child left behind in its group (a gunicorn worker) goes too.
        _signal_group(child, signal.SIGKILL)


def run_server(host: str, port: int, *, workers: int = 2, threads: int = 8, with_worker: bool = True) -> int:
    from fornuft.core.demo import DEMO_LOGINS, DEMO_PASSWORD, demo_logins_work

    show_demo_logins = demo_logins_work()
    web = _start_web(host, port, workers, threads)
    supervisor = WorkerSupervisor() if with_worker else None
    stopping = False

    def request_stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    shown_host = "localhost" if host in {"127.0.0.1", "0.0.0.0"} else host  # noqa: S104
    print(f"\nFornuft is running at http://{shown_host}:{port}/", flush=True)
    if show_demo_logins:
        print(f"Demo logins (password {DEMO_PASSWORD}): " + ", ".join(u for u, _r in DEMO_LOGINS), flush=True)
    else:
        print("No demo company loaded (`fornuft demo` loads one); log in with the users you created.", flush=True)
    print("Press Ctrl-C to stop.\n", flush=True)
    exit_code = 0
    try:
        while not stopping:
            if web.poll() is not None:
                print(f"The web server exited with code {web.returncode}; stopping.", file=sys.stderr)
                exit_code = web.returncode or 1
                break
            if supervisor is not None:
                supervisor.check(time.monotonic())
            time.sleep(0.3)
    finally:
        _stop([web] + ([supervisor.process] if supervisor is not None and supervisor.process else []))
    print("Fornuft stopped.", flush=True)
    return exit_code
