"""Classify + phishing throughput on one core for typical ~10 KB messages, and import memory.

    .venv/bin/python bench/bench_mail_speed.py            # throughput (goal ≥ 500 messages/s)
    .venv/bin/python bench/bench_mail_speed.py --import 10000   # RSS while importing (goal < 300 MB)

Throughput: parse → category (batched, as `fornuft mail classify` does) → language →
phishing verdict, on messages built from the test set padded with realistic quoted
history to ~10 KB (the shape of a typical business e-mail with a thread under it).
Import: the full pipeline with database, blob store and decision log, into a fresh
FORNUFT_HOME; prints peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TESTSET = ROOT / "bench" / "data" / "mail" / "testset"

QUOTE = ("> Den 2. juni 2026 kl. 09:14 skrev Nordfjell <post@nordfjell.no>:\n"
         "> Takk for henvendelsen. Vi har registrert saken og kommer tilbake med svar så snart vi kan.\n"
         "> On Mon, 1 Jun 2026, Kunde <kunde@example.com> wrote:\n"
         "> We have a question about the report and the figures on page 14, and we would like a meeting.\n")


def ten_kb_messages() -> list[bytes]:
    messages = []
    for path in sorted(TESTSET.glob("*.eml")):
        raw = path.read_bytes()
        head, sep, body = raw.partition(b"\n\n")
        padding = (QUOTE * 40).encode()
        padded = head + sep + body + b"\n" + padding
        messages.append(padded[: max(len(raw), 10_240)] if len(padded) > 10_240 else padded)
    return messages


def throughput(seconds: float) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
    os.environ.setdefault("FORNUFT_HOME", str(ROOT / "var" / "bench-mail"))
    import django

    django.setup()
    from fornuft.mail import phishing, sorting
    from fornuft.mail.parsing import parse_message
    from fornuft.ml.language import detect_language

    model = sorting.seed_model()
    context = phishing.OrgContext(domain="nordfjell.no", employees=[phishing.Employee("Erik Haugland")],
                                  known_domains={"byggmakker.no", "fjordkraft.no"})
    corpus = ten_kb_messages()
    print(f"{len(corpus)} messages, mean size {sum(map(len, corpus)) / len(corpus) / 1024:.1f} KB")
    done, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        for start in range(0, len(corpus), 64):
            batch = [parse_message(raw) for raw in corpus[start:start + 64]]
            sorting.classify_texts(model, [sorting.message_text(p.subject, p.text) for p in batch])
            for parsed in batch:
                detect_language(f"{parsed.subject}\n{parsed.text[:3000]}")
                phishing.assess(parsed, context)
            done += len(batch)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"classify + phishing: {done / cpu:.0f} messages/s per CPU-second on one core, {done / elapsed:.0f}/s "
          f"wall clock ({done} messages in {elapsed:.1f} s wall, {cpu:.1f} s CPU; goal ≥ 500/s)")
    return 0


def import_memory(count: int) -> int:
    home = tempfile.mkdtemp(prefix="fornuft-bench-import-")
    os.environ["FORNUFT_HOME"] = home
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
    from fornuft.platform.cli import prepare_database, resolve_organization

    prepare_database()
    from fornuft.mail import intake
    from fornuft.mail.context import organization_context

    organization = resolve_organization(None)
    intake.ensure_setup(organization)
    classifier = intake.load_classifier(organization)
    context = organization_context(organization)
    corpus = ten_kb_messages()
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    for number in range(count):
        raw = corpus[number % len(corpus)].replace(b"@testset.fornuft>", f".{number}@bench>".encode(), 1)
        intake.ingest(organization, raw, source=f"bench/{number}.eml", context=context, classifier=classifier)
        if number % 100 == 0:
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"\r  {number}/{count} imported, peak RSS {rss:.0f} MB", end="", file=sys.stderr)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(file=sys.stderr)
    print(f"imported {count} messages in {elapsed:.0f} s ({count / elapsed:.1f}/s, full pipeline with database); "
          f"peak RSS {peak:.0f} MB (after setup {rss_start:.0f} MB; goal < 300 MB)")
    print(f"FORNUFT_HOME used: {home} (delete it when done)")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--import", dest="import_count", type=int, default=0)
    args = parser.parse_args()
    sys.exit(import_memory(args.import_count) if args.import_count else throughput(args.seconds))
