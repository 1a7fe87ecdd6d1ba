"""`fornuft serve` starts the web server and a worker; Ctrl-C stops both, leaving nothing behind."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found.update(int(child) for child in task.read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "zombie" not in status.read_text()


def test_serve_answers_and_ctrl_c_stops_web_server_and_worker(tmp_path):
    port = _free_port()
    environment = {**os.environ, "FORNUFT_HOME": str(tmp_path)}
    environment.pop("FORNUFT_SQLITE_PATH", None)
    environment.pop("FORNUFT_HUEY_IMMEDIATE", None)
    environment.pop("FORNUFT_DATABASE_URL", None)
    environment.pop("FORNUFT_REDIS_URL", None)
    log = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen([sys.executable, "-m", "fornuft.cli", "serve", "--port", str(port), "--workers", "1"],
                             env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                             umask=0o022)  # a login shell's default: Fornuft must tighten it itself
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:  # noqa: S310
                    assert response.status == 200
                    break
            except OSError:
                assert time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                assert serve.poll() is None, (tmp_path / "serve.log").read_text()
                time.sleep(0.5)
        children = _children(serve.pid)
        descendants = set(children)
        for child in children:
            descendants |= _children(child)
        assert len(children) == 2  # gunicorn and the huey worker
        os.killpg(serve.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole foreground group
        assert serve.wait(timeout=30) == 0
        time.sleep(0.5)
        assert not [pid for pid in descendants if _alive(pid)]
        output = (tmp_path / "serve.log").read_text()
        assert "Fornuft stopped." in output
        # No demo was loaded, so no demo password is advertised.
        assert "Demo logins" not in output and "fornuft-demo" not in output
        assert "fornuft demo" in output
        # The database is for Fornuft's own account only.
        assert tmp_path.stat().st_mode & 0o777 == 0o700
        for database_file in tmp_path.glob("*.sqlite3"):
            assert database_file.stat().st_mode & 0o777 == 0o600, database_file
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
        log.close()


def _health(port: int) -> tuple[int, dict]:
    import json
    import urllib.error

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as response:  # noqa: S310
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _worker_child(serve_pid: int) -> int | None:
    for pid in _children(serve_pid):
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0")[-2:] == [b"fornuft.cli", b"worker"]:
                return pid
        except FileNotFoundError:
            continue
    return None


def test_killed_worker_is_restarted_and_the_web_keeps_answering(tmp_path):
    """The probe's finding: kill -9 on the worker stopped the whole app. Now only the worker restarts."""
    port = _free_port()
    environment = {**os.environ, "FORNUFT_HOME": str(tmp_path)}
    for name in ("FORNUFT_SQLITE_PATH", "FORNUFT_HUEY_IMMEDIATE", "FORNUFT_DATABASE_URL", "FORNUFT_REDIS_URL"):
        environment.pop(name, None)
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        serve = subprocess.Popen([sys.executable, "-m", "fornuft.cli", "serve", "--port", str(port), "--workers", "1"],
                                 env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:  # 200 means the web answers and a worker's heartbeat is fresh
            try:
                if _health(port)[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline and serve.poll() is None, log_path.read_text()
            time.sleep(0.5)
        first = _worker_child(serve.pid)
        assert first is not None
        os.kill(first, signal.SIGKILL)

        status, body = _health(port)  # the web answers at once, the dead worker is reported
        assert serve.poll() is None, log_path.read_text()
        deadline = time.monotonic() + 120
        while True:
            second = _worker_child(serve.pid)
            status, body = _health(port)
            if second not in (None, first) and status == 200 and body["workers"]["live"] == 1:
                break
            assert time.monotonic() < deadline and serve.poll() is None, (body, log_path.read_text())
            time.sleep(0.5)
        assert body["workers"]["stale"] == 1, body  # the killed one, until it is forgotten
        assert "The background worker exited with code -9; starting it again" in log_path.read_text()

        os.killpg(serve.pid, signal.SIGINT)
        assert serve.wait(timeout=30) == 0
    finally:
        if serve.poll() is None:
            for child in _children(serve.pid):  # each child leads its own process group
                os.killpg(child, signal.SIGKILL)
            os.killpg(serve.pid, signal.SIGKILL)
            serve.wait()
