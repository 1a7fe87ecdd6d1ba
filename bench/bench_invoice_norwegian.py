"""Accuracy on the Norwegian invoice set (bench/data/invoices, made by make_invoice_set.py):
header fields on text PDFs and on scans, line items, planted faults found, false alarms.

Usage: .venv/bin/python bench/bench_invoice_norwegian.py [--no-scans] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fornuft.invoices.schema import HEADER_FIELDS  # noqa: E402

DATA = ROOT / "bench" / "data" / "invoices"
SCANS = ROOT / "bench" / "results" / "invoice-scans"
HEADER = [*HEADER_FIELDS, "document_type"]
LINE_FIELDS = ["description", "quantity", "unit_price", "line_total", "vat_rate"]
REGISTER_CODES = {"BANK_ACCOUNT_CHANGED", "DUPLICATE", "UNKNOWN_SUPPLIER"}


def register_view(register: list[dict], result, earlier: dict):
    from fornuft.invoices.checks import RegisterView

    org = result.get("supplier_org_number")
    entry = next((s for s in register if s["org_number"] == org), None) or next(
        (s for s in register if s["name"].lower() == (result.get("supplier_name") or "").lower()), None
    )
    key = entry["name"] if entry else (result.get("supplier_name") or "?")
    return RegisterView(
        supplier_known=entry is not None,
        supplier_name=entry["name"] if entry else "",
        bank_accounts=set(entry["bank_accounts"]) if entry else set(),
        earlier=list(earlier.get(key, [])),
    ), key


def evaluate(files: list[Path], truth_for, verbose: bool) -> dict:
    from fornuft.invoices import checks
    from fornuft.invoices.extract import extract

    register = json.loads((DATA / "register.json").read_text(encoding="utf-8"))
    earlier: dict[str, list] = {}
    header_ok = header_total = line_ok = line_total = 0
    faults_planted = faults_found = false_alarms = clean_docs = 0
    seconds = 0.0
    per_field: dict[str, list[int]] = {}
    for number, path in enumerate(files, 1):
        truth = truth_for(path)
        started = time.perf_counter()
        result = extract(path.read_bytes(), path.name)
        view, key = register_view(register, result, earlier)
        checks.check_register(result, view)
        seconds += time.perf_counter() - started
        earlier.setdefault(key, []).append(
            {
                "ref": path.name,
                "invoice_number": result.get("invoice_number"),
                "total": result.get("total_incl_vat"),
                "issue_date": result.get("issue_date"),
            }
        )
        got = result.as_json()
        misses = []
        for name in HEADER:
            header_total += 1
            ok = (got.get(name) or None) == (truth.get(name) or None)
            header_ok += ok
            per_field.setdefault(name, [0, 0])[0] += ok
            per_field[name][1] += 1
            if not ok:
                misses.append(f"{name}: {got.get(name)!r} != {truth.get(name)!r}")
        truth_lines = truth.get("lines", [])
        for index, expected in enumerate(truth_lines):
            actual = got["lines"][index] if index < len(got["lines"]) else {}
            for name in LINE_FIELDS:
                line_total += 1
                ok = (actual.get(name) or None) == (expected.get(name) or None)
                line_ok += ok
                if not ok:
                    misses.append(f"line {index + 1} {name}: {actual.get(name)!r} != {expected.get(name)!r}")
        if len(got["lines"]) > len(truth_lines):
            misses.append(f"{len(got['lines']) - len(truth_lines)} extra line(s)")
        codes = {v["code"] for v in got["validation"] if v["severity"] == "error"}
        planted = set(truth.get("planted_faults", []))
        faults_planted += len(planted)
        faults_found += len(planted & codes)
        unexpected = codes - planted - set(truth.get("consequential", []))
        if not planted:
            clean_docs += 1
        false_alarms += len(unexpected)
        if unexpected:
            misses.append(f"false alarm(s): {sorted(unexpected)}")
        if planted - codes:
            misses.append(f"missed fault(s): {sorted(planted - codes)}")
        if verbose and misses:
            print(f"{path.name}:\n  " + "\n  ".join(misses))
        print(f"\r{number}/{len(files)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return {
        "documents": len(files),
        "header": header_ok / max(header_total, 1),
        "lines": line_ok / max(line_total, 1),
        "faults_planted": faults_planted,
        "faults_found": faults_found,
        "false_alarms": false_alarms,
        "clean_documents": clean_docs,
        "seconds_per_document": seconds / max(len(files), 1),
        "per_field": {k: round(v[0] / v[1], 3) for k, v in per_field.items()},
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-scans", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not (DATA / "pdf").is_dir() or not SCANS.is_dir() or not any(SCANS.glob("*.json")) and not args.no_scans:
        import subprocess

        subprocess.run([sys.executable, str(ROOT / "bench" / "make_invoice_set.py")], check=True)
    pdfs = sorted((DATA / "pdf").glob("*.pdf"))
    text = evaluate(
        pdfs, lambda p: json.loads((DATA / "truth" / f"{p.stem}.json").read_text(encoding="utf-8")), args.verbose
    )
    print("text PDFs:", json.dumps(text, indent=1))
    if not args.no_scans:
        scans = sorted(p for p in SCANS.iterdir() if p.suffix != ".json")
        scan = evaluate(scans, lambda p: json.loads(p.with_suffix(".json").read_text(encoding="utf-8")), args.verbose)
        print("scans:", json.dumps(scan, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
