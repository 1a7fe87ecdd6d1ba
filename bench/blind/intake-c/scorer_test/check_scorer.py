#!/usr/bin/env python3
"""Self-test of score.py on set C: the fake CLI answering from truth scores 1.0 (lines not in the catalogue
match on product_id null); with planted flaws (contact as customer in 01, a dropped line in 06, the whole-offer
discount left unfolded in 07, an invented line in 10, the wall area doubled for "two coats" in 16) it gives the
expected figures. Runs in seconds."""
import json, os, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
cmd = [sys.executable, "score.py", f"{sys.executable} scorer_test/fake_fornuft.py", "--json"]


def run(flaws: bool) -> dict:
    env = dict(os.environ, FAKE_FLAWS="1" if flaws else "0")
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, env=env, check=True)
    return json.loads(p.stdout.strip().splitlines()[-1])["dictation_text"]


truth = [json.loads(line) for line in open(HERE / "dictations" / "truth.jsonl", encoding="utf-8")]
for t in truth:  # the sum of the lines is the total in every dictation
    assert abs(sum(x["quantity"] * x["unit_price"] for x in t["items"]) - t["total_excl_vat"]) < 0.005, t["id"]
clean = run(False)
assert clean["items_f1"] == 1.0 and clean["customer_accuracy"] == 1.0 and clean["total_within_1pct"] == 1.0, clean
assert clean["valid_until_accuracy"] == 1.0 and clean["unit_price_right_on_matched"] == "98/98", clean
flawed = run(True)
assert flawed["items_precision"] == 0.98 and flawed["items_recall"] == 0.98, flawed  # 96/98 both
assert flawed["product_only_f1"] == 0.99, flawed  # 97/98: only the dropped line lacks its product
assert flawed["customer_accuracy"] == 0.938, flawed  # 15/16
assert flawed["total_within_1pct"] == 0.75, flawed  # 12/16 (06, 07, 10, 16 off)
assert flawed["unit_price_right_on_matched"] == "91/96", flawed  # 5 lines of 07 undiscounted
print("scorer self-test OK")
