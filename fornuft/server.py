"""`fornuft serve`: the web server (gunicorn) and one huey worker as child processes.

Ctrl-C (SIGINT) or SIGTERM stops both; if either dies, the other is stopped too. Each
child runs in its own process group: a terminal's Ctrl-C reaches only this process,
which then stops the children one way (SIGTERM, then SIGKILL to the whole group), so no
gunicorn worker is left behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


def _children(host: str, port: int, workers: int, threads: int, with_worker: bool) -> list[subprocess.Popen]:
    web = subprocess.Popen([
        sys.executable, "-m", "gunicorn", "fornuft.config.wsgi:application",
        "--bind", f"{host}:{port}", "--workers", str(workers), "--threads", str(threads),
        "--worker-class", "gthread", "--log-level", "warning", "--timeout", "120", "--graceful-timeout", "10",
    ], start_new_session=True)
    children = [web]
    if with_worker:
        children.append(subprocess.Popen([sys.executable, "-m", "fornuft.cli", "worker"], start_new_session=True))
    return children


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
    from fornuft.core.demo import DEMO_LOGINS, DEMO_PASSWORD

    children = _children(host, port, workers, threads, with_worker)
    stopping = False

    def request_stop(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    shown_host = "localhost" if host in {"127.0.0.1", "0.0.0.0"} else host  # noqa: S104
    print(f"\nFornuft is running at http://{shown_host}:{port}/", flush=True)
    print(f"Demo logins (password {DEMO_PASSWORD}): " + ", ".join(u for u, _r in DEMO_LOGINS), flush=True)
    print("Press Ctrl-C to stop.\n", flush=True)
    exit_code = 0
    try:
        while not stopping:
            for child in children:
                if child.poll() is not None:
                    print(f"A server process exited with code {child.returncode}; stopping.", file=sys.stderr)
                    exit_code = child.returncode or 1
                    stopping = True
            time.sleep(0.3)
    finally:
        _stop(children)
    print("Fornuft stopped.", flush=True)
    return exit_code
