"""Mail category accuracy on the separately written test set (never trained on).

    .venv/bin/python bench/bench_mail_accuracy.py          # evaluate the seed model
    .venv/bin/python bench/bench_mail_accuracy.py --build  # (re)build testset/*.eml from testset.txt

Reads bench/data/mail/testset/*.eml through the real parser, classifies with the model
trained on the shipped seed data, prints macro-F1, per-category precision/recall and
the confusion matrix.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data" / "mail"
TESTSET = DATA / "testset"


def build() -> int:
    blocks = (DATA / "testset.txt").read_text(encoding="utf-8").split("\n%%\n")
    TESTSET.mkdir(exist_ok=True)
    for old in TESTSET.glob("*.eml"):
        old.unlink()
    rows = []
    start = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    for number, block in enumerate(blocks, 1):
        header, subject_line, body = block.strip().split("\n", 2)
        category, sender, layout = (part.strip() for part in header.split("|"))
        subject = subject_line.removeprefix("Subject:").strip()
        message = EmailMessage()
        message["From"] = sender
        message["To"] = "post@nordfjell.no"
        message["Subject"] = subject
        message["Date"] = format_datetime(start + timedelta(minutes=37 * number))
        message["Message-ID"] = f"<test-{number:03d}@testset.fornuft>"
        if layout == "html":
            message.set_content(body, subtype="html")
        elif layout == "reply":
            message["In-Reply-To"] = f"<earlier-{number}@nordfjell.no>"
            message.set_content(f"{body}\n\nOn Tue, 2 Jun 2026 at 09:14, Nordfjell <post@nordfjell.no> wrote:\n"
                                "> Thank you for your message.\n> We will get back to you shortly.\n")
        elif layout == "forward":
            message.set_content(f"{body}\n\n---------- Forwarded message ---------\nFrom: Arkitekt <a@ark.no>\n"
                                "Date: 1. juni 2026\nSubject: Beregning\n\nSe vedlagt kommentar.\n")
        elif layout == "latin1":
            message.set_content(body, charset="iso-8859-1", cte="quoted-printable")
        elif layout == "qp":
            message.set_content(body, cte="quoted-printable")
        else:
            message.set_content(body)
        name = f"{number:03d}-{category}.eml"
        (TESTSET / name).write_bytes(message.as_bytes())
        rows.append((name, category))
    with (TESTSET / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "category"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {TESTSET}")
    return 0


def evaluate() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
    os.environ.setdefault("FORNUFT_HOME", str(ROOT / "var" / "bench-mail"))
    import django

    django.setup()
    from fornuft.mail import sorting
    from fornuft.mail.parsing import parse_message
    from fornuft.ml.metrics import classification_report

    with (TESTSET / "labels.csv").open(encoding="utf-8") as handle:
        labels = list(csv.DictReader(handle))
    started = time.perf_counter()
    model = sorting.seed_model()
    print(f"seed model ready in {time.perf_counter() - started:.1f} s")
    texts, truth = [], []
    for row in labels:
        parsed = parse_message((TESTSET / row["file"]).read_bytes())
        texts.append(sorting.message_text(parsed.subject, parsed.text))
        truth.append(row["category"])
    predicted = [category for category, _c, _e in sorting.classify_texts(model, texts)]
    report = classification_report(truth, predicted)
    print(f"test set: {report['n']} messages; macro-F1 {report['macro_f1']:.3f}, accuracy {report['accuracy']:.3f} "
          "(goal macro-F1 ≥ 0.90)")
    print(f"{'category':<20} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}")
    for category, row in report["per_class"].items():
        print(f"{category:<20} {row['precision']:>9.2f} {row['recall']:>7.2f} {row['f1']:>6.2f} {row['support']:>4}")
    names = [c[:6] for c in report["confusion"]["labels"]]
    print("confusion (rows = truth):", " ".join(f"{n:>6}" for n in names))
    for name, row in zip(names, report["confusion"]["matrix"], strict=True):
        print(f"{'':>25}{name:>6} " + " ".join(f"{v:>6}" for v in row))
    wrong = [(row["file"], t, p) for row, t, p in zip(labels, truth, predicted, strict=True) if t != p]
    for name, t, p in wrong:
        print(f"  miss: {name}: {t} → {p}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", action="store_true")
    sys.exit(build() if parser.parse_args().build else evaluate())
