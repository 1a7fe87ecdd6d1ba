#!/usr/bin/env python3
"""Self-test of score.py on set B: the fake CLI answering from truth scores 1.0; with planted flaws
(contact as customer in 01, a dropped line in 05, an invented line in 09, the whole-offer discount left
unfolded in 12) it gives the expected figures. Runs in seconds."""
import json, os, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
cmd = [sys.executable, "score.py", f"{sys.executable} scorer_test/fake_fornuft.py", "--json"]


def run(flaws: bool) -> dict:
    env = dict(os.environ, FAKE_FLAWS="1" if flaws else "0")
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True, env=env, check=True)
    return json.loads(p.stdout.strip().splitlines()[-1])["dictation_text"]


clean = run(False)
assert clean["items_f1"] == 1.0 and clean["customer_accuracy"] == 1.0 and clean["total_within_1pct"] == 1.0, clean
assert clean["valid_until_accuracy"] == 1.0 and clean["unit_price_right_on_matched"] == "115/115", clean
flawed = run(True)
assert flawed["items_precision"] == 0.991 and flawed["items_recall"] == 0.991, flawed  # 114/115 both
assert flawed["customer_accuracy"] == 0.938, flawed  # 15/16
assert flawed["total_within_1pct"] == 0.812, flawed  # 13/16 (05, 09, 12 off)
assert flawed["unit_price_right_on_matched"] == "108/114", flawed  # 6 lines of 12 undiscounted
print("scorer self-test OK")
