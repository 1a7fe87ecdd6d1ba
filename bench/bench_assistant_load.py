"""100 concurrent chat sessions over HTTP against `fornuft serve` (embedded setup: SQLite).

    .venv/bin/python bench/bench_assistant_load.py [--sessions 100] [--messages 4] [--limit 180]

Creates a temporary FORNUFT_HOME, an organization with the demo knowledge base, starts
`fornuft serve` on a free loopback port, then (from this second process) runs N sessions in
parallel threads through the public widget endpoints: start a conversation, then send
questions one after another. Prints p50/p95/max per request and the error count. Bounded
by --limit seconds; the server is always stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
SETUP = """
import os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
django.setup()
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from fornuft.core.services import create_organization
from fornuft.assistant import services
from fornuft.assistant.demo import SEED_KB
from fornuft.assistant.kb import load_folder
org = create_organization("Nordfjell Last AS", slug="last")
articles, synonyms = load_folder(SEED_KB)
services.import_articles(org, articles)
config = services.get_settings(org)
config.synonyms = "\\n".join(", ".join(g) for g in synonyms)
config.allowed_origins = "http://customer.example"
config.save()
print(config.widget_key)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: str, body: dict, timings: list, errors: list) -> dict | None:
    data = json.dumps(body).encode()
    headers = {"Content-Type": "application/json", "Origin": "http://customer.example"}
    request = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 - http on loopback
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http on loopback
            payload = json.loads(response.read())
        timings.append((time.perf_counter() - started) * 1000)
        return payload
    except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
        errors.append(f"{type(exc).__name__}: {exc}")
        return None


def session(base: str, questions: list[str], messages: int, timings: list, errors: list, seed: int,
            think: tuple[float, float] = (0.0, 0.0), ramp: float = 0.0) -> None:
    rng = random.Random(seed)
    time.sleep(rng.uniform(0, ramp))
    started = post(f"{base}/conversations", {"language": "nb"}, timings, errors)
    if not started:
        return
    url = f"{base}/conversations/{started['conversation']}/messages"
    for _ in range(messages):
        post(url, {"text": rng.choice(questions)}, timings, errors)
        time.sleep(rng.uniform(*think))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--messages", type=int, default=4)
    parser.add_argument("--limit", type=int, default=180)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 4.0),
                        help="Seconds a customer waits between messages (min max).")
    parser.add_argument("--ramp", type=float, default=3.0, help="Sessions open within this many seconds.")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="fornuft-load-")
    # Every simulated customer comes from 127.0.0.1: lift the per-address widget limits.
    env = {**os.environ, "FORNUFT_HOME": home, "FORNUFT_DEBUG": "false",
           "FORNUFT_WIDGET_STARTS_PER_ADDRESS": "100000", "FORNUFT_WIDGET_STARTS_PER_KEY": "100000",
           "FORNUFT_WIDGET_MESSAGES_PER_ADDRESS": "100000", "FORNUFT_WIDGET_MESSAGES_PER_KEY": "100000"}
    key = subprocess.run([PYTHON, "-c", SETUP], env=env, cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=300).stdout.strip().splitlines()[-1]
    port = free_port()
    server = subprocess.Popen([PYTHON, "-m", "fornuft.cli", "serve", "--port", str(port), "--no-worker",
                               "--workers", str(args.workers)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                              stderr=open(Path(home) / "server.log", "wb"), start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/assistant/widget.js", timeout=2).read()  # noqa: S310
                break
            except OSError:
                time.sleep(0.5)
        base = f"http://127.0.0.1:{port}/assistant/public/{key}"
        questions = []
        for name in ("questions_validation.jsonl", "questions_test.jsonl"):
            questions += [json.loads(line)["message"] for line in (ROOT / "bench" / "data" / "assistant" / name)
                          .read_text(encoding="utf-8").splitlines() if line.strip()]
        warm_t, warm_e = [], []  # every worker process builds its index before the measurement
        warm = [threading.Thread(target=session, args=(base, questions, 1, warm_t, warm_e, -i)) for i in range(1, 17)]
        for thread in warm:
            thread.start()
        for thread in warm:
            thread.join(timeout=120)
        timings: list[float] = []
        errors: list[str] = []
        threads = [threading.Thread(target=session, args=(base, questions, args.messages, timings, errors, i,
                                                                 tuple(args.think), args.ramp),
                                    daemon=True) for i in range(args.sessions)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=max(0.1, args.limit - (time.monotonic() - started)))
        elapsed = time.monotonic() - started
        unfinished = sum(t.is_alive() for t in threads)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)] if timings else None
        print(json.dumps({"sessions": args.sessions, "requests": len(timings), "errors": len(errors),
                          "unfinished_sessions": unfinished, "seconds": round(elapsed, 1),
                          "p50_ms": round(statistics.median(timings), 1) if timings else None,
                          "p95_ms": round(p95, 1) if p95 else None,
                          "max_ms": round(timings[-1], 1) if timings else None,
                          "first_errors": errors[:3], "server_log": str(Path(home) / "server.log")}))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
