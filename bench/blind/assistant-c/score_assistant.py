#!/usr/bin/env python3
"""Score a Fornuft customer-service assistant on the external validation set.

Usage:
    python3 score.py FORNUFT_BIN [--kb regnskap|svommehall|all] [--jobs N]
                     [--timeout S] [--isolate] [--results FILE]

FORNUFT_BIN is the command that starts the CLI, for example ``fornuft``,
``.venv/bin/fornuft`` or ``"python3 -m fornuft"`` (split like a shell would).
For every question the scorer runs

    FORNUFT_BIN assistant ask --kb DIR "message" --json

with FORNUFT_HOME pointing at a fresh temporary directory (one per knowledge
base, or one per question/conversation with --isolate). Conversations run
their turns in order with one new ``--session ID`` per conversation.

Metrics go to stdout; the summary of what went wrong goes to stderr.
Standard library only.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent  # blind set C: this folder
KBS = ("blind",)
REASONS = ("no_answer", "asked_for_human", "negative_sentiment", "sensitive_topic")


# --------------------------------------------------------------------------- loading

def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_kb(name: str) -> dict:
    return {
        "name": name,
        "kb_dir": HERE / "kb",
        "questions": load_jsonl(HERE / "questions.jsonl"),
        "conversations": load_jsonl(HERE / "conversations.jsonl"),
    }


# --------------------------------------------------------------------------- running

def parse_output(stdout: str) -> dict | None:
    """Returns the JSON object the CLI printed, tolerating log lines around it."""
    text = stdout.strip()
    if not text:
        return None
    try:
        value = json.loads(text)
        return value if isinstance(value, dict) else None
    except json.JSONDecodeError:
        pass
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                value = json.loads(line)
                if isinstance(value, dict):
                    return value
            except json.JSONDecodeError:
                continue
    start, end = text.find("{"), text.rfind("}")
    if 0 <= start < end:
        try:
            value = json.loads(text[start:end + 1])
            return value if isinstance(value, dict) else None
        except json.JSONDecodeError:
            return None
    return None


def source_id(item) -> str:
    """Accepts an article id, a file name/path, or an object carrying the id."""
    if isinstance(item, dict):
        for key in ("id", "article_id", "article", "slug", "source"):
            if key in item:
                return source_id(item[key])
        return json.dumps(item, ensure_ascii=False)
    text = str(item).strip().replace("\\", "/").rsplit("/", 1)[-1]
    return text[:-3] if text.endswith(".md") else text


def as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def ask(bin_argv: list[str], kb_dir: Path, message: str, session: str | None,
        home: str, timeout: float) -> dict:
    argv = [*bin_argv, "assistant", "ask", "--kb", str(kb_dir)]
    if session:
        argv += ["--session", session]
    argv += [message, "--json"]
    env = dict(os.environ, FORNUFT_HOME=home)
    started = time.monotonic()
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env,
                              timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f}s", "sources": [], "escalate": False,
                "reason": None, "seconds": time.monotonic() - started}
    except OSError as exc:
        return {"error": f"cannot run: {exc}", "sources": [], "escalate": False,
                "reason": None, "seconds": time.monotonic() - started}
    seconds = time.monotonic() - started
    data = parse_output(proc.stdout)
    if data is None:
        tail = (proc.stderr.strip() or proc.stdout.strip())[-300:]
        return {"error": f"exit {proc.returncode}, no JSON object: {tail}", "sources": [],
                "escalate": False, "reason": None, "seconds": seconds}
    sources = data.get("sources") or []
    if not isinstance(sources, list):
        sources = [sources]
    return {
        "error": None if proc.returncode == 0 else f"exit {proc.returncode}",
        "sources": [source_id(s) for s in sources],
        "escalate": as_bool(data.get("escalate", False)),
        "reason": data.get("escalation_reason"),
        "answer": data.get("answer"),
        "seconds": seconds,
    }


class Progress:
    def __init__(self, label: str, total: int):
        self.label, self.total, self.done = label, total, 0
        self.lock = threading.Lock()
        self.tty = sys.stderr.isatty()

    def tick(self, n: int = 1) -> None:
        with self.lock:
            self.done += n
            if self.tty:
                print(f"\r[{self.label}] {self.done}/{self.total}", end="", file=sys.stderr, flush=True)
            elif self.done == self.total or self.done % 25 == 0:
                print(f"[{self.label}] {self.done}/{self.total}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=sys.stderr)


def run_kb(kb: dict, bin_argv: list[str], args) -> list[dict]:
    """Runs every question and conversation of one KB; returns one record per asked message."""
    homes: list[str] = []

    def new_home() -> str:
        path = tempfile.mkdtemp(prefix=f"fornuft-val-{kb['name']}-")
        homes.append(path)
        return path

    shared_home = new_home()
    total = len(kb["questions"]) + sum(len(c["turns"]) for c in kb["conversations"])
    progress = Progress(kb["name"], total)

    def one_question(q: dict) -> list[dict]:
        home = new_home() if args.isolate else shared_home
        resp = ask(bin_argv, kb["kb_dir"], q["message"], None, home, args.timeout)
        progress.tick()
        return [{"kb": kb["name"], "kind": "question", "conversation": None, **q, "response": resp}]

    def one_conversation(conv: dict) -> list[dict]:
        home = new_home() if args.isolate else shared_home
        session = f"val-{conv['id']}-{uuid.uuid4().hex[:10]}"
        out = []
        for turn in conv["turns"]:
            resp = ask(bin_argv, kb["kb_dir"], turn["message"], session, home, args.timeout)
            progress.tick()
            out.append({"kb": kb["name"], "kind": "turn", "conversation": conv["id"], **turn,
                        "response": resp})
        return out

    units = [(one_question, q) for q in kb["questions"]] + \
            [(one_conversation, c) for c in kb["conversations"]]
    records: list[dict] = []
    try:
        if args.jobs <= 1:
            for fn, item in units:
                records += fn(item)
        else:
            # The first call alone, so a CLI that builds an index in FORNUFT_HOME does it once.
            fn, item = units[0]
            records += fn(item)
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                for result in pool.map(lambda unit: unit[0](unit[1]), units[1:]):
                    records += result
    finally:
        progress.close()
        if not args.keep_home:
            for path in homes:
                shutil.rmtree(path, ignore_errors=True)
    return records


# --------------------------------------------------------------------------- judging

def judge(rec: dict) -> dict:
    resp = rec["response"]
    expected = rec["expected_sources"]
    got = resp["sources"]
    top1 = got[0] if got else None
    return {
        "top1": top1,
        "top1_ok": top1 in expected if expected else None,
        "hit3": any(s in expected for s in got[:3]) if expected else None,
        "escalated": resp["escalate"],
        "reason_ok": resp["escalate"] and resp.get("reason") == rec["escalation_reason"],
    }


def ratio(num: int, den: int) -> str:
    return f"{num / den:.3f} ({num}/{den})" if den else "  n/a"


def metrics(records: list[dict]) -> dict[str, str]:
    qs = [r for r in records if r["kind"] == "question"]
    turns = [r for r in records if r["kind"] == "turn"]
    ans = [r for r in qs if not r["should_escalate"]]
    esc = [r for r in qs if r["should_escalate"]]
    t_ans = [r for r in turns if not r["should_escalate"]]
    t_esc = [r for r in turns if r["should_escalate"]]
    esc_src = [r for r in esc if r["expected_sources"]]
    m = {
        "top-1 source accuracy (answerable)": ratio(sum(r["j"]["top1_ok"] for r in ans), len(ans)),
        "  answered right (top-1 ok, no escalation)":
            ratio(sum(r["j"]["top1_ok"] and not r["j"]["escalated"] for r in ans), len(ans)),
        "  hit@3 (answerable)": ratio(sum(r["j"]["hit3"] for r in ans), len(ans)),
    }
    for lang in ("nb", "en"):
        sub = [r for r in ans if r["language"] == lang]
        m[f"  top-1, {lang} questions"] = ratio(sum(r["j"]["top1_ok"] for r in sub), len(sub))
    m["escalation recall"] = ratio(sum(r["j"]["escalated"] for r in esc), len(esc))
    for reason in REASONS:
        sub = [r for r in esc if r["escalation_reason"] == reason]
        m[f"  recall {reason}"] = ratio(sum(r["j"]["escalated"] for r in sub), len(sub))
    m["  escalated with the right reason"] = ratio(sum(r["j"]["reason_ok"] for r in esc), len(esc))
    m["  relevant article in top-3 when escalating"] = ratio(sum(r["j"]["hit3"] for r in esc_src), len(esc_src))
    m["false escalation rate (answerable)"] = ratio(sum(r["j"]["escalated"] for r in ans), len(ans))
    m["multi-turn top-1 (answerable turns)"] = ratio(sum(r["j"]["top1_ok"] for r in t_ans), len(t_ans))
    m["  multi-turn escalation recall"] = ratio(sum(r["j"]["escalated"] for r in t_esc), len(t_esc))
    m["  multi-turn false escalation rate"] = ratio(sum(r["j"]["escalated"] for r in t_ans), len(t_ans))
    errors = [r for r in records if r["response"]["error"]]
    m["calls with errors"] = f"{len(errors)}/{len(records)}"
    secs = sorted(r["response"]["seconds"] for r in records)
    if secs:
        m["median seconds per call"] = f"{secs[len(secs) // 2]:.2f}"
    return m


def print_table(by_kb: dict[str, list[dict]]) -> None:
    columns = dict(by_kb)
    if len(by_kb) > 1:
        columns["overall"] = [r for recs in by_kb.values() for r in recs]
    tables = {name: metrics(recs) for name, recs in columns.items()}
    rows = list(next(iter(tables.values())).keys())
    width = max(len(r) for r in rows) + 2
    colw = max(20, *(len(n) + 2 for n in columns))
    print(("".ljust(width) + "".join(n.ljust(colw) for n in columns)).rstrip())
    for row in rows:
        print((row.ljust(width) + "".join(tables[n][row].ljust(colw) for n in columns)).rstrip())


def clip(text: str, n: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def print_confusion(records: list[dict], out=sys.stderr) -> None:
    def line(r: dict, what: str) -> str:
        lang = r["language"]
        return f"  {r['id']:<9} [{lang}] {what}  «{clip(r['message'])}»"

    answerable = [r for r in records if not r["should_escalate"]]
    wrong = [r for r in answerable if not r["j"]["top1_ok"]]
    print(f"\n== wrong top-1 on answerable messages: {len(wrong)} ==", file=out)
    pairs = collections.Counter((r["expected_sources"][0], r["j"]["top1"] or "(none)") for r in wrong)
    for (exp, got), n in pairs.most_common():
        print(f"  {n:>3}  {exp}  ->  {got}", file=out)
    for r in wrong:
        print(line(r, f"expected {r['expected_sources']} got {r['response']['sources'][:3]}"), file=out)

    should = [r for r in records if r["should_escalate"]]
    missed = [r for r in should if not r["j"]["escalated"]]
    print(f"\n== missed escalations: {len(missed)} of {len(should)} ==", file=out)
    by_reason = collections.Counter(r["escalation_reason"] for r in missed)
    if by_reason:
        print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(by_reason.items())), file=out)
    for r in missed:
        print(line(r, f"{r['escalation_reason']} -> answered from {r['response']['sources'][:2]}"), file=out)

    wrong_reason = [r for r in should if r["j"]["escalated"] and not r["j"]["reason_ok"]]
    print(f"\n== escalated with another reason: {len(wrong_reason)} ==", file=out)
    pairs = collections.Counter((r["escalation_reason"], str(r["response"].get("reason"))) for r in wrong_reason)
    for (exp, got), n in pairs.most_common():
        print(f"  {n:>3}  {exp}  ->  {got}", file=out)

    false_esc = [r for r in answerable if r["j"]["escalated"]]
    print(f"\n== false escalations: {len(false_esc)} of {len(answerable)} ==", file=out)
    pairs = collections.Counter(str(r["response"].get("reason")) for r in false_esc)
    if pairs:
        print("  " + ", ".join(f"{k}: {v}" for k, v in pairs.most_common()), file=out)
    for r in false_esc:
        print(line(r, f"escalated as {r['response'].get('reason')}"), file=out)

    errors = [r for r in records if r["response"]["error"]]
    if errors:
        print(f"\n== calls with errors: {len(errors)} ==", file=out)
        for r in errors[:20]:
            print(line(r, clip(r["response"]["error"], 160)), file=out)


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fornuft_bin", metavar="FORNUFT_BIN",
                        help='command that runs the CLI, e.g. fornuft or "python3 -m fornuft"')
    parser.add_argument("--kb", choices=[*KBS, "all"], default="all")
    parser.add_argument("--jobs", type=int, default=1, help="parallel calls (default 1)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per call (default 120)")
    parser.add_argument("--isolate", action="store_true",
                        help="fresh FORNUFT_HOME for every question and conversation")
    parser.add_argument("--keep-home", action="store_true", help="keep the temporary FORNUFT_HOME folders")
    parser.add_argument("--results", type=Path, help="write one JSON line per asked message here")
    args = parser.parse_args(argv)

    bin_argv = shlex.split(args.fornuft_bin)
    if not bin_argv:
        parser.error("FORNUFT_BIN is empty")
    names = KBS if args.kb == "all" else (args.kb,)
    by_kb: dict[str, list[dict]] = {}
    for name in names:
        records = run_kb(load_kb(name), bin_argv, args)
        for rec in records:
            rec["j"] = judge(rec)
        by_kb[name] = records

    all_records = [r for recs in by_kb.values() for r in recs]
    print_table(by_kb)
    print_confusion(all_records)
    if args.results:
        with args.results.open("w", encoding="utf-8") as handle:
            for rec in all_records:
                handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if all_records and all(r["response"]["error"] for r in all_records):
        print("\nevery call failed – check FORNUFT_BIN", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
