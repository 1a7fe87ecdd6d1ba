#!/usr/bin/env python3
"""Fake CLI for checking score.py on set C: answers `intake dictation --text dictations/NN.txt ...` from truth.
With FAKE_FLAWS=1 it plants known errors: 01 gives the contact as customer, 06 drops the barge-board line,
07 leaves the whole-offer discount unfolded (prices and total too high), 10 adds an invented paste line,
16 doubles the wall area for "two coats" (the mistake this set's coat rule is about)."""
import json, os, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
args = sys.argv[1:]
text = args[args.index("--text") + 1]
truth = {r["text"]: r for r in map(json.loads, open(HERE / "dictations" / "truth.jsonl", encoding="utf-8"))}[text]
items = [dict(x, description="x", unit="stk") for x in truth["items"]]
cust = truth["customer"]
flaws = os.environ.get("FAKE_FLAWS") == "1"
if flaws and truth["id"] == "01":
    cust = truth["contact"]
if flaws and truth["id"] == "06":
    items = [x for x in items if x["product_id"] != "VM-VINDSKI"]
if flaws and truth["id"] == "07":
    items = [dict(x, unit_price=round(x["unit_price"] / 0.92, 2)) for x in items]
if flaws and truth["id"] == "10":
    items.append({"product_id": "VM-TAP-LIM", "quantity": 5, "unit_price": 54, "description": "x", "unit": "liter"})
if flaws and truth["id"] == "16":
    items = [dict(x, quantity=2 * x["quantity"]) if x["product_id"] == "VM-INN-V2" else x for x in items]
total = round(sum(x["quantity"] * x["unit_price"] for x in items), 2)
print(json.dumps({"source": text, "transcript": open(HERE / text, encoding="utf-8").read(), "language": truth["language"],
                  "quote": {"customer": cust, "items": items, "total_excl_vat": total, "valid_until": truth["valid_until"]},
                  "files": {}}, ensure_ascii=False))
