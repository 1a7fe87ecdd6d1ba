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
                             env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
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
        assert "Fornuft stopped." in (tmp_path / "serve.log").read_text()
    finally:
        if serve.poll() is None:
            serve.kill()
            serve.wait()
        log.close()
