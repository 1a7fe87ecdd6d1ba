"""invoice2data's comparison suite (../shared/corpora/invoice2data): the fields both schemas
share — date, invoice number, total, untaxed amount, VAT, currency, IBAN — with one generic
extractor (no per-supplier template). Their template engine reproduces 85.9 % of its fields.

Only fields present in their expected JSON are counted. The documents are split in two halves by
the SHA-256 of their file name (the lower half of the sorted hashes is "dev", where reading rules
may be chosen; the upper half is "test", only measured), and each half is scored too. Invoice
numbers are compared without spaces and a leading "#"; amounts as numbers.
Usage: .venv/bin/python bench/bench_invoice_invoice2data.py [-v]
"""

from __future__ import annotations

import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from fornuft.testing.corpora import corpora_root  # noqa: E402

CORPUS = corpora_root() / "invoice2data"
FIELDS = {
    "date": "issue_date",
    "invoice_number": "invoice_number",
    "amount": "total_incl_vat",
    "amount_untaxed": "total_excl_vat",
    "amount_tax": "vat_total",
    "currency": "currency",
    "iban": "iban",
}


def same(field: str, got, want) -> bool:
    if got is None:
        return False
    if field.startswith("amount"):
        return Decimal(str(got)) == Decimal(str(want)).quantize(Decimal("0.01"))
    if field == "invoice_number":
        return str(got).replace(" ", "").lstrip("#").lower() == str(want).replace(" ", "").lstrip("#").lower()
    return str(got).replace(" ", "").upper() == str(want).replace(" ", "").upper()


def halves(stems: list[str]) -> dict[str, str]:
    """stem -> "dev" | "test", by the SHA-256 of the stem (stable, blind to the content)."""
    ordered = sorted(stems, key=lambda stem: hashlib.sha256(stem.encode("utf-8")).hexdigest())
    cut = (len(ordered) + 1) // 2
    return {stem: ("dev" if index < cut else "test") for index, stem in enumerate(ordered)}


def main() -> int:
    from fornuft.invoices.extract import extract

    verbose = "-v" in sys.argv
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; set FORNUFT_CORPORA")
        return 1
    totals = {"pdf": [0, 0], "png": [0, 0], "all": [0, 0], "dev": [0, 0], "test": [0, 0]}
    truth_paths = sorted(CORPUS.glob("*.json"))
    half_of = halves([path.stem for path in truth_paths])
    for truth_path in truth_paths:
        expected = json.loads(truth_path.read_text(encoding="utf-8"))[0]
        inputs = [p for p in (truth_path.with_suffix(s) for s in (".pdf", ".png", ".txt")) if p.exists()]
        for index, source in enumerate(inputs):
            kind = source.suffix[1:]
            got = extract(source.read_bytes(), source.name).as_json()
            for theirs, ours in FIELDS.items():
                if expected.get(theirs) in (None, ""):
                    continue
                ok = same(theirs, got.get(ours), expected[theirs])
                buckets = [kind] if kind in totals else []
                if index == 0:
                    buckets += ["all", half_of[truth_path.stem]]  # each document once: its PDF (or its only input)
                for bucket in buckets:
                    totals[bucket][0] += ok
                    totals[bucket][1] += 1
                if verbose and not ok:
                    print(f"  {source.name} {theirs}: {got.get(ours)!r} != {expected[theirs]!r}")
    for bucket, (ok, count) in totals.items():
        if count:
            label = {
                "all": "documents (PDF, else PNG, else TXT)",
                "pdf": "PDF inputs",
                "png": "PNG inputs (OCR)",
                "dev": "  dev half (" + ", ".join(s for s, h in sorted(half_of.items()) if h == "dev") + ")",
                "test": "  test half (" + ", ".join(s for s, h in sorted(half_of.items()) if h == "test") + ")",
            }[bucket]
            print(f"{label}: {ok}/{count} shared fields = {100 * ok / count:.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
