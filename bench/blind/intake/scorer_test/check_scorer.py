#!/usr/bin/env python3
"""Self-test of ../score.py (stdlib only): hand-written predictions with known scores, and the run path through
a fake CLI (fake_fornuft.py), perfect and with planted flaws. Run: python3 scorer_test/check_scorer.py"""
import json
import os
import subprocess
import sys
from pathlib import Path

T = Path(__file__).resolve().parent
ROOT = T.parent
sys.path.insert(0, str(ROOT))
import score  # noqa: E402


def summary(*args, env=None):
    p = subprocess.run([sys.executable, str(ROOT / "score.py"), *args, "--json"], capture_output=True, text=True,
                       env={**os.environ, **(env or {})}, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout.strip().splitlines()[-1])


def close(a, b, tol=1e-3):
    assert abs(a - b) <= tol, (a, b)


truth = score.load_jsonl(ROOT / "dictations" / "truth.jsonl")
n_items = sum(len(t["items"]) for t in truth)
n_items_en = sum(len(t["items"]) for t in truth if t["audio"])

# 1. hand-written flawed predictions
s = summary("--predictions", str(T / "flawed.jsonl"))
d = s["dictation_text"]
f1, _, _ = score.f1(5, 7, n_items)
close(d["items_f1"], round(f1, 3)); assert d["failed_runs"] == 14, d
close(d["customer_accuracy"], 1 / 16); close(d["total_within_1pct"], 2 / 16); close(d["valid_until_accuracy"], 2 / 16)
assert d["unit_price_right_on_matched"] == "5/5", d
a = s["dictation_audio"]
close(a["items_f1"], round(score.f1(1, 1, n_items_en)[0], 3)); close(a["customer_accuracy"], 1 / 8)
assert a["total_within_1pct"] == 0 and a["wer"] > 0.9, a
r = s["service_report"]
close(r["nameplate_fields_accuracy"], 6 / 48); close(r["serial_exact"], 1 / 12)
assert r["per_field"] == {"manufacturer": "2/12", "model": "2/12", "serial_number": "1/12", "year": "1/12"}, r
assert r["negatives_handled"] == "1/2", r
notes = score.load_jsonl(ROOT / "notes" / "truth.jsonl")
close(r["findings"]["recall"], round(2 / sum(len(n["findings"]) for n in notes), 3)); close(r["findings"]["precision"], 1.0)
close(r["actions"]["recall"], round(1 / sum(len(n["actions"]) for n in notes), 3)); close(r["actions"]["precision"], 0.5)
print("flawed.jsonl: ok")

# 2. perfect run through the fake CLI
fake = f"{sys.executable} {T / 'fake_fornuft.py'}"
s = summary(fake)
for k in ("dictation_text", "dictation_audio"):
    d = s[k]
    assert d["failed_runs"] == 0 and d["items_f1"] == 1.0 and d["customer_accuracy"] == 1.0, (k, d)
    assert d["total_within_1pct"] == 1.0 and d["valid_until_accuracy"] == 1.0, (k, d)
    assert d["slides_pptx_opens"] == f"{d['n']}/{d['n']}" and d["quote_pdf_ok"] == f"{d['n']}/{d['n']}", d
    if not d["pdf_text_holds_customer"].startswith("n/a"):
        assert d["pdf_text_holds_customer"] == f"{d['n']}/{d['n']}", d
assert s["dictation_audio"]["wer"] == 0.0
r = s["service_report"]
assert r["nameplate_fields_accuracy"] == 1.0 and r["serial_exact"] == 1.0 and r["negatives_handled"] == "2/2", r
assert r["findings"] == {"recall": 1.0, "precision": 1.0} and r["report_pdf_ok"] == "12/12", r
print("fake CLI, perfect: ok  (pdf text check:", s["dictation_text"]["pdf_text_holds_customer"], ")")

# 3. fake CLI with planted flaws
s = summary(fake, env={"FAKE_FLAW": "1"})
d = s["dictation_text"]
close(d["items_f1"], round(score.f1(n_items - 2, n_items, n_items)[0], 3)); close(d["customer_accuracy"], 15 / 16)
a = s["dictation_audio"]
close(a["items_f1"], round(score.f1(n_items_en - 1, n_items_en, n_items_en)[0], 3))
ref_len = sum(len(score.wer_tokens((ROOT / t["text"]).read_text(encoding="utf-8"))) for t in truth if t["audio"])
close(a["wer"], round(2 / ref_len, 3))
close(s["service_report"]["serial_exact"], round(11 / 12, 3))
print("fake CLI, flawed: ok")

# 4. number normalisation for WER
assert score.wer_tokens("Eleven thousand five hundred, three and a half hours, twenty-five sixty") == \
    score.wer_tokens("11,500, 3.5 hours, 25-60") == ["11500", "3.5", "hours", "25", "60"]
print("all scorer checks passed")
