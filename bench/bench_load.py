"""Mixed load against `fornuft serve`: concurrent API clients while 1,000 e-mails are imported.

    .venv/bin/python bench/bench_load.py [--clients 20] [--seconds 60] [--import 1000]
    # PostgreSQL + Redis + two workers (scripts/test-services.sh starts the servers):
    FORNUFT_DATABASE_URL=postgres://... FORNUFT_REDIS_URL=redis://... \\
        .venv/bin/python bench/bench_load.py --workers 2

Creates a temporary FORNUFT_HOME (or a fresh PostgreSQL database when FORNUFT_DATABASE_URL
is set), one organization with the demo knowledge base, 200 e-mails and 200 EHF invoices,
and an API token. Starts `fornuft serve` (gunicorn + one worker; `--workers 2` adds a
second worker process), then for --seconds runs --clients threads, each cycling through
the chat API (POST /api/v1/assistant/ask), the mail list and the invoice list, while
`fornuft mail import` takes in --import more messages in the background. Prints
throughput, p50/p95/p99 and errors per endpoint, how many messages arrived, and the
result of `fornuft audit verify`. Goals (docs/benchmarks.md): zero errors, chat p95 < 300 ms.

--kill-worker-after S (default 20; 0 turns it off) sends SIGKILL to the background worker
that `fornuft serve` started, S seconds into the load. The bench then waits for serve to
start a new one and for the queue to drain, and reports whether every imported message
reached a final state (none left `received`), whether any item of any kind is still in a
processing state (core/sweep.py), and `"lost"`: messages missing or not final.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
ENDPOINTS = ("chat", "mail_list", "invoice_list")

SETUP = """
import json, os, sys, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
django.setup()
from pathlib import Path
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
from fornuft.assistant import services as assistant
from fornuft.assistant.demo import SEED_KB
from fornuft.assistant.kb import load_folder
from fornuft.core import tenancy
from fornuft.core.models import ApiToken
from fornuft.core.roles import Role
from fornuft.core.services import create_organization, create_user
from fornuft.invoices import demo as invoice_demo
from fornuft.invoices.services import upload_invoice
from fornuft.mail import intake

org = create_organization("Nordfjell Last AS", slug="last", domain="nordfjell-last.no")
articles, synonyms = load_folder(SEED_KB)
assistant.import_articles(org, articles)
config = assistant.get_settings(org)
config.synonyms = "\\n".join(", ".join(g) for g in synonyms)
config.save()
admin = create_user(org, "admin", password=None, role=Role.ADMIN, validate=False)
_token, key = ApiToken.issue(admin, "bench")
messages = json.loads(sys.argv[1])
with tenancy.activate(org):
    intake.ensure_setup(org)
    for number, raw in enumerate(messages):
        intake.ingest(org, raw.encode(), source=f"seed/{number}.eml")
    for number in range(200):
        supplier = invoice_demo.SUPPLIERS[number % len(invoice_demo.SUPPLIERS)]
        lines = [("Konsulenttimer", 1 + number % 7, "1150.00", 25), ("Reise", 1, "480.00", 25)]
        data = invoice_demo.ehf_invoice(supplier, f"LAST-{number}", "2026-11-02", lines,
                                        invoice_demo._account(supplier[3]))
        upload_invoice(org, data, filename=f"last-{number}.xml", source="bench", in_background=False)
print("KEY " + key)
"""

# After the load, while serve still runs: where every item is, and which workers beat.
STATE = """
import json, os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
django.setup()
from collections import Counter
from fornuft.core import sweep, worker
from fornuft.mail.models import Message

imported = Message.objects.all_organizations().exclude(source__startswith="seed/")
pending = {kind.label: kind.model_class().objects.all_organizations().filter(status__in=kind.pending_statuses).count()
           for kind in sweep.kinds()}
print("STATE " + json.dumps({
    "messages_imported": imported.count(),
    "message_statuses": dict(Counter(imported.values_list("status", flat=True))),
    "pending": pending, "in_flight": len(worker.in_flight()),
    "heartbeat_pids": [beat["pid"] for beat in worker.heartbeats() if beat["age"] <= worker.STALE_AFTER_SECONDS],
}))
"""
FINAL_MESSAGE_STATUSES = {"routed", "review", "quarantined", "released", "done", "failed"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def testset_messages(count: int, tag: str) -> list[bytes]:
    """`count` distinct messages made from the mail test set (a unique Message-ID each)."""
    corpus = [path.read_bytes() for path in sorted((ROOT / "bench" / "data" / "mail" / "testset").glob("*.eml"))]
    out = []
    for number in range(count):
        raw = corpus[number % len(corpus)]
        unique = raw.replace(b"@testset.fornuft>", f".{tag}{number}@bench>".encode(), 1)
        if unique == raw:  # no Message-ID of that form: prepend one
            unique = f"Message-ID: <{tag}{number}@bench>\r\n".encode() + raw
        out.append(unique)
    return out


def percentile(ordered: list[float], q: float) -> float | None:
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Client:
    def __init__(self, base: str, key: str, questions: list[str], seed: int):
        self.base, self.key, self.questions = base, key, questions
        self.random = random.Random(seed)
        self.session: str | None = None
        self.asked = 0

    def request(self, endpoint: str) -> tuple[bool, str]:
        headers = {"Authorization": f"Bearer {self.key}", "Content-Type": "application/json"}
        if endpoint == "chat":
            # A new conversation every 4 questions: a customer, not a flood (which is rate limited).
            body = {"message": self.random.choice(self.questions)}
            if self.session and self.asked % 4:
                body["session"] = self.session
            url, data = f"{self.base}/api/v1/assistant/ask", json.dumps(body).encode()
        elif endpoint == "mail_list":
            url, data = f"{self.base}/api/v1/mail/messages?page={1 + self.random.randrange(3)}", None
        else:
            url, data = f"{self.base}/api/v1/documents/invoices?limit=50", None
        request = urllib.request.Request(url, data=data, headers=headers)  # noqa: S310 - http on loopback
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http on loopback
                payload = json.loads(response.read())
        except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
            return False, f"{endpoint}: {type(exc).__name__}: {exc}"
        if endpoint == "chat":
            self.session = payload["session"]
            self.asked += 1
        return True, ""


def run_clients(base: str, key: str, questions: list[str], clients: int, seconds: float,
                think: tuple[float, float] = (0.0, 0.0)) -> dict:
    timings: dict[str, list[float]] = {name: [] for name in ENDPOINTS}
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def work(number: int) -> None:
        client = Client(base, key, questions, number)
        turn = number
        while time.monotonic() < deadline:
            endpoint = ENDPOINTS[turn % len(ENDPOINTS)]
            turn += 1
            started = time.perf_counter()
            ok, error = client.request(endpoint)
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                if ok:
                    timings[endpoint].append(elapsed)
                else:
                    errors.append(error)
            if think[1]:
                time.sleep(client.random.uniform(*think))

    threads = [threading.Thread(target=work, args=(n,), daemon=True) for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    elapsed = time.monotonic() - started
    report = {}
    for name, values in timings.items():
        values.sort()
        report[name] = {"requests": len(values), "per_second": round(len(values) / elapsed, 1),
                        "p50_ms": round(percentile(values, 0.50) or 0, 1),
                        "p95_ms": round(percentile(values, 0.95) or 0, 1),
                        "p99_ms": round(percentile(values, 0.99) or 0, 1)}
    total = sum(len(v) for v in timings.values())
    return {"seconds": round(elapsed, 1), "requests": total, "per_second": round(total / elapsed, 1),
            "errors": len(errors), "first_errors": errors[:5], "endpoints": report}


def fornuft(env: dict, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "fornuft.cli", *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def worker_pids(server_pid: int) -> list[int]:
    """The background workers `fornuft serve` started: its children running `fornuft.cli worker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except (OSError, IndexError, ValueError):
            continue  # it ended while we looked
        if ppid == server_pid and b"worker" in command and b"fornuft.cli" in command:
            found.append(int(entry.name))
    return found


class WorkerKiller(threading.Thread):
    """SIGKILLs serve's worker after `after` seconds, then waits for serve to start another."""

    def __init__(self, server_pid: int, after: float):
        super().__init__(daemon=True)
        self.server_pid, self.after = server_pid, after
        self.report: dict = {"worker_killed_at": None, "killed_pid": None, "worker_restarted": False,
                             "restarted_pid": None, "restart_seconds": None}

    def run(self) -> None:
        time.sleep(self.after)
        pids = worker_pids(self.server_pid)
        if not pids:
            self.report["problem"] = "no worker process found under fornuft serve"
            return
        os.kill(pids[0], signal.SIGKILL)
        killed_at = time.monotonic()
        self.report.update(worker_killed_at=round(self.after, 1), killed_pid=pids[0])
        while time.monotonic() - killed_at < 180:
            fresh = [pid for pid in worker_pids(self.server_pid) if pid != pids[0]]
            if fresh:
                self.report.update(worker_restarted=True, restarted_pid=fresh[0],
                                   restart_seconds=round(time.monotonic() - killed_at, 1))
                return
            time.sleep(0.2)


def item_state(env: dict) -> dict | None:
    state = subprocess.run([PYTHON, "-c", STATE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    lines = [line for line in state.stdout.splitlines() if line.startswith("STATE ")]
    return json.loads(lines[-1].removeprefix("STATE ")) if lines else None


def wait_for_drain(env: dict, seconds: float) -> tuple[dict | None, float]:
    """Polls until no item is in a processing state and no task is in flight (or time is up)."""
    started = time.monotonic()
    while True:
        state = item_state(env)
        if state and not state["in_flight"] and not any(state["pending"].values()):
            break
        if time.monotonic() - started > seconds:
            break
        time.sleep(3)
    return state, round(time.monotonic() - started, 1)


def wait_until_up(base: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=2):  # noqa: S310 - http on loopback
                return
        except urllib.error.HTTPError:
            return  # it answers (503 while the worker starts is fine)
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"fornuft serve did not start; see {log}") from None
            time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--import", dest="import_count", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1, help="Background worker processes (serve starts one).")
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn worker processes.")
    parser.add_argument("--think", type=float, nargs=2, default=(0.0, 0.0), metavar=("MIN", "MAX"),
                        help="Seconds each client pauses between requests (default: none, a stress test).")
    parser.add_argument("--kill-worker-after", type=float, default=20, metavar="SECONDS",
                        help="SIGKILL serve's background worker this many seconds into the load (0: never).")
    parser.add_argument("--drain-seconds", type=float, default=300,
                        help="How long to wait after the load for the queue to empty before counting.")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="fornuft-load-"))
    env = {**os.environ, "FORNUFT_HOME": str(home), "FORNUFT_DEBUG": "false", "FORNUFT_LOG_LEVEL": "WARNING",
           "DJANGO_SETTINGS_MODULE": "fornuft.config.settings", "PYTHONPATH": str(ROOT)}
    env.pop("FORNUFT_HUEY_IMMEDIATE", None)
    created_database, admin_url = None, env.get("FORNUFT_DATABASE_URL", "")
    if admin_url:  # a fresh database per run (dropped at the end), so runs compare
        base_url, _name = admin_url.rsplit("/", 1)
        created_database = f"fornuft_load_{os.getpid()}"
        subprocess.run(["psql", admin_url, "-c", f"CREATE DATABASE {created_database}"], check=True,
                       capture_output=True)
        env["FORNUFT_DATABASE_URL"] = f"{base_url}/{created_database}"
    backend = "PostgreSQL + Redis" if env.get("FORNUFT_DATABASE_URL") else "SQLite + huey on SQLite"

    print(f"setting up in {home} ({backend}) …", file=sys.stderr)
    seed = [raw.decode("utf-8", "replace") for raw in testset_messages(200, "seed")]
    setup = subprocess.run([PYTHON, "-c", SETUP, json.dumps(seed)], env={**env, "FORNUFT_HUEY_IMMEDIATE": "1"},
                           cwd=ROOT, capture_output=True, text=True, timeout=900)
    key_line = [line for line in setup.stdout.splitlines() if line.startswith("KEY ")]
    if setup.returncode != 0 or not key_line:
        raise SystemExit(f"setup failed:\n{setup.stdout[-2000:]}\n{setup.stderr[-4000:]}")
    key = key_line[-1].removeprefix("KEY ")
    # A signed checkpoint before the load, so `audit verify` afterwards checks the chain against it.
    checkpoint = fornuft(env, "audit", "checkpoint", "--org", "last")
    if checkpoint.returncode != 0:
        raise SystemExit(f"audit checkpoint failed: {checkpoint.stdout[-1000:]} {checkpoint.stderr[-2000:]}")
    drop = home / "import"
    drop.mkdir()
    for number, raw in enumerate(testset_messages(args.import_count, "load")):
        (drop / f"{number:05d}.eml").write_bytes(raw)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = home / "server.log"
    log = log_path.open("wb")
    server = subprocess.Popen([PYTHON, "-m", "fornuft.cli", "serve", "--port", str(port), "--workers",
                               str(args.web_workers)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    extra_workers = [subprocess.Popen([PYTHON, "-m", "fornuft.cli", "worker", "--no-periodic"], env=env, cwd=ROOT,
                                      stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
                     for _ in range(max(0, args.workers - 1))]
    try:
        wait_until_up(base, server, log_path)
        questions = [json.loads(line)["message"] for line in
                     (ROOT / "bench" / "data" / "assistant" / "questions_test.jsonl").read_text("utf-8").splitlines()
                     if line.strip()]
        run_clients(base, key, questions, min(args.clients, 8), 5)  # warm every web process (index, model)
        importer = subprocess.Popen([PYTHON, "-m", "fornuft.cli", "mail", "import", str(drop), "--org", "last"],
                                    env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        import_started = time.monotonic()
        killer = WorkerKiller(server.pid, args.kill_worker_after) if args.kill_worker_after > 0 else None
        if killer:
            killer.start()
        result = run_clients(base, key, questions, args.clients, args.seconds, tuple(args.think))
        import_out, import_err = importer.communicate(timeout=1800)
        result["import"] = {"messages": args.import_count, "seconds": round(time.monotonic() - import_started, 1),
                            "exit_code": importer.returncode, "summary": import_out.strip().splitlines()[-1:],
                            "problems": [line for line in import_err.splitlines() if line.strip()][:3]}
        if killer:
            killer.join(timeout=200)
            result.update(killer.report)
        state, drain_seconds = wait_for_drain(env, args.drain_seconds)
        result["after_drain"] = {"waited_seconds": drain_seconds, **(state or {"problem": "state not readable"})}
        if state and killer and killer.report["restarted_pid"]:
            result["restarted_worker_heartbeat"] = killer.report["restarted_pid"] in state["heartbeat_pids"]
    finally:
        for process in [server, *extra_workers]:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=30)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
        log.close()

    server_log = log_path.read_text("utf-8", "replace")
    result["tasks_redelivered_logged"] = server_log.count("task queued again after its worker died")
    result["worker_exits_logged"] = server_log.count("The background worker exited")
    state = (result.get("after_drain") or {})
    final = sum(n for status, n in (state.get("message_statuses") or {}).items() if status in FINAL_MESSAGE_STATUSES)
    result["messages_imported"] = state.get("messages_imported")
    result["messages_final"] = final
    result["lost"] = args.import_count - final  # missing, or stored but never finished
    count = fornuft(env, "manage", "shell", "-c",
                    "from fornuft.mail.models import Message; print(Message.objects.all_organizations().count())")
    result["mail_messages_stored"] = (count.stdout.strip().splitlines() or ["?"])[-1]
    verify = fornuft(env, "audit", "verify", "--org", "last")
    result["audit_verify"] = {"exit_code": verify.returncode,
                              "output": (verify.stdout + verify.stderr).strip().splitlines()[-3:]}
    result["setup"] = {"clients": args.clients, "think_seconds": list(args.think), "web_workers": args.web_workers,
                       "background_workers": args.workers, "kill_worker_after": args.kill_worker_after,
                       "backend": backend, "machine": f"{date.today()} · {platform.node()} · {os.cpu_count()} cores",
                       "server_log": str(log_path)}
    chat = result["endpoints"]["chat"]
    result["goals"] = {"zero_errors": result["errors"] == 0, "chat_p95_below_300_ms": chat["p95_ms"] < 300,
                       "audit_verified": verify.returncode == 0}
    if args.kill_worker_after > 0:
        result["goals"].update(worker_restarted=bool(result.get("worker_restarted")), nothing_lost=result["lost"] == 0,
                               nothing_pending=not any((state.get("pending") or {"?": 1}).values()))
    if created_database:
        subprocess.run(["psql", admin_url, "-c", f"DROP DATABASE IF EXISTS {created_database}"], capture_output=True)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
