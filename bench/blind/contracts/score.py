#!/usr/bin/env python3
"""Score `fornuft contract analyze` (issue 12) on the blind contract set.  Stdlib only.

    cd bench/blind/contracts
    python3 score.py --run                      # runs /work/main/.venv/bin/fornuft on documents/
    python3 score.py --run --fornuft "/work/main/.venv/bin/python -m fornuft.cli"
    python3 score.py --predictions out.jsonl    # reads saved output (one JSON object per line)
    options: --save FILE (keep the raw output of --run), --details (every error per file),
             --json (summary as one JSON object on the last line), --truth/--playbook/--docs paths

The run is `FORNUFT contract analyze documents --json --playbook playbook.yaml`.

Metrics (goals from issue 12):
  field accuracy per field and overall (goal >= 0.95) over the 12 fields language, contract_type,
    parties, signed_date, effective_date, expiration_date, auto_renewal, renewal_term_months,
    notice_period_days, notice_deadline, governing_law, value.  A field is right when it equals the
    truth or one of the values in the truth's `accept` list for that field.
      parties: right when the number of predicted parties equals the truth and every truth party is
        matched by a distinct predicted party whose name matches (case/punctuation/legal-suffix
        insensitive, containment or similarity >= 0.85) and whose org_number matches (alphanumerics
        only; `accept["parties.org_number.<name>"]` lists alternatives).  `role` is not scored.
      value: amount within 0.5 and same currency (or both null).
      dates: the first 10 characters (ISO date).
  clause presence micro-F1 (goal >= 0.90) over (file, clause type); types listed in
    `clauses_optional` are neither hits nor misses nor false positives.
  risk recall (goal >= 0.95) over (file, code) in `expected_risks`; false-risk rate (goal <= 0.05)
    = predicted (file, code) pairs that are neither expected nor in `risks_optional`, divided by all
    predicted (file, code) pairs.
  A file missing from the output or answered with {"error": ...} scores every field wrong, no
  clauses and no risks.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import shlex
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["language", "contract_type", "parties", "signed_date", "effective_date", "expiration_date",
          "auto_renewal", "renewal_term_months", "notice_period_days", "notice_deadline",
          "governing_law", "value"]
GOALS = {"fields": 0.95, "clause_f1": 0.90, "risk_recall": 0.95, "false_risk_rate": 0.05}
SUFFIXES = {"as", "asa", "ab", "ltd", "limited", "inc", "llc", "gmbh", "bv", "oy", "enk", "da", "ans",
            "sro", "plc", "corp", "corporation", "co"}


def norm_name(s) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).casefold()
    s = s.replace("b.v.", "bv").replace("s.r.o.", "sro")
    words = re.findall(r"[0-9a-zæøåäöüéß]+", s)
    while words and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words)


def norm_org(s) -> str | None:
    if s is None:
        return None
    t = re.sub(r"[^0-9A-Za-z]", "", str(s)).upper()
    return t or None


def name_match(a, b) -> bool:
    x, y = norm_name(a), norm_name(b)
    if not x or not y:
        return False
    if x == y or (len(min(x, y, key=len)) >= 5 and (x in y or y in x)):
        return True
    return difflib.SequenceMatcher(None, x, y).ratio() >= 0.85


def parties_ok(pred, truth, accept) -> bool:
    if not isinstance(pred, list) or len(pred) != len(truth):
        return False
    used = set()
    for tp in truth:
        okorgs = {norm_org(tp.get("org_number"))}
        okorgs |= {norm_org(v) for v in accept.get("parties.org_number." + tp["name"], [])}
        hit = None
        for i, pp in enumerate(pred):
            if i in used or not isinstance(pp, dict):
                continue
            if name_match(pp.get("name"), tp["name"]) and norm_org(pp.get("org_number")) in okorgs:
                hit = i
                break
        if hit is None:
            return False
        used.add(hit)
    return True


def same(field, p, t) -> bool:
    if t is None or p is None:
        return p is None and t is None
    if field.endswith("_date") or field == "notice_deadline":
        return isinstance(p, str) and p[:10] == t
    if field == "auto_renewal":
        return p is t
    if field in ("renewal_term_months", "notice_period_days"):
        return isinstance(p, (int, float)) and not isinstance(p, bool) and abs(p - t) < 1e-9
    if field == "value":
        try:
            return abs(float(p["amount"]) - float(t["amount"])) <= 0.5 and \
                str(p.get("currency", "")).strip().upper() == t["currency"]
        except (TypeError, KeyError, ValueError):
            return False
    if field == "governing_law":
        return isinstance(p, str) and p.strip().upper() == t
    return isinstance(p, str) and p.strip().lower() == str(t).lower()


def field_ok(field, pred, truth) -> bool:
    accept = truth.get("accept", {})
    if field == "parties":
        return parties_ok(pred.get("parties"), truth["parties"], accept)
    p = pred.get(field)
    return any(same(field, p, t) for t in [truth[field]] + list(accept.get(field, [])))


def load_predictions(lines):
    preds, junk = {}, 0
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        try:
            obj = json.loads(ln)
        except json.JSONDecodeError:
            junk += 1
            continue
        if not isinstance(obj, dict) or "source" not in obj:
            junk += 1
            continue
        preds[Path(str(obj["source"])).name] = obj
    return preds, junk


def score(truth_rows, preds):
    per_field = {f: 0 for f in FIELDS}
    tp = fp = fn = 0
    r_hit = r_exp = r_false = r_pred = 0
    files = []
    for t in truth_rows:
        src = t["source"]
        p = preds.get(src)
        errs = []
        if p is None or "error" in p:
            errs.append("missing from output" if p is None else f"error object: {p.get('error')}")
            p = {}
        for f in FIELDS:
            if p and field_ok(f, p, t):
                per_field[f] += 1
            elif p:
                got = p.get(f)
                want = t[f] if f != "parties" else [(x["name"], x["org_number"]) for x in t[f]]
                if f == "parties" and isinstance(got, list):
                    got = [(x.get("name"), x.get("org_number")) if isinstance(x, dict) else x for x in got]
                errs.append(f"{f}: got {got!r}, want {want!r}")
        opt = set(t.get("clauses_optional", []))
        want_c = set(t["clauses_present"])
        got_c = {c.get("type") for c in p.get("clauses", []) if isinstance(c, dict)} if p else set()
        got_c -= opt
        tp += len(got_c & want_c)
        fp += len(got_c - want_c)
        fn += len(want_c - got_c)
        if want_c - got_c:
            errs.append("clauses missed: " + ", ".join(sorted(want_c - got_c)))
        if got_c - want_c:
            errs.append("clauses extra: " + ", ".join(sorted(x for x in got_c - want_c if x)))
        want_r = set(t["expected_risks"])
        ropt = set(t.get("risks_optional", []))
        got_r = {r.get("code") for r in p.get("risks", []) if isinstance(r, dict)} if p else set()
        r_exp += len(want_r)
        r_hit += len(want_r & got_r)
        r_pred += len(got_r)
        false = got_r - want_r - ropt
        r_false += len(false)
        if want_r - got_r:
            errs.append("risks missed: " + ", ".join(sorted(want_r - got_r)))
        if false:
            errs.append("risks false: " + ", ".join(sorted(str(x) for x in false)))
        files.append((src, errs))
    n = len(truth_rows)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {
        "files": n,
        "fields_per_field": {f: round(per_field[f] / n, 4) for f in FIELDS},
        "fields": round(sum(per_field.values()) / (n * len(FIELDS)), 4),
        "clause_precision": round(prec, 4), "clause_recall": round(rec, 4),
        "clause_f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
        "clause_counts": {"tp": tp, "fp": fp, "fn": fn},
        "risk_recall": round(r_hit / r_exp, 4) if r_exp else 1.0,
        "false_risk_rate": round(r_false / r_pred, 4) if r_pred else 0.0,
        "risk_counts": {"expected": r_exp, "found": r_hit, "predicted": r_pred, "false": r_false},
        "per_file": files,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--predictions", help="saved output of fornuft contract analyze (JSON lines)")
    src.add_argument("--run", action="store_true", help="run fornuft on documents/")
    ap.add_argument("--fornuft", default="/work/main/.venv/bin/fornuft", help="command to run (shell-split)")
    ap.add_argument("--save", help="with --run: write the raw output here")
    ap.add_argument("--truth", default=str(HERE / "truth.jsonl"))
    ap.add_argument("--playbook", default=str(HERE / "playbook.yaml"))
    ap.add_argument("--docs", default=str(HERE / "documents"))
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    truth_rows = [json.loads(ln) for ln in Path(a.truth).read_text(encoding="utf-8").splitlines() if ln.strip()]
    if a.run:
        cmd = shlex.split(a.fornuft) + ["contract", "analyze", a.docs, "--json", "--playbook", a.playbook]
        print("running:", " ".join(shlex.quote(c) for c in cmd), file=sys.stderr)
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True)
        except OSError as exc:
            print(f"cannot run {cmd[0]}: {exc}", file=sys.stderr)
            return 2
        out = proc.stdout
        if proc.returncode:
            print(f"exit status {proc.returncode}; stderr tail:\n{proc.stderr[-2000:]}", file=sys.stderr)
        if a.save:
            Path(a.save).write_text(out, encoding="utf-8")
    else:
        out = Path(a.predictions).read_text(encoding="utf-8")
    preds, junk = load_predictions(out.splitlines())
    s = score(truth_rows, preds)

    print(f"files: {s['files']}  answered: {sum(1 for t in truth_rows if t['source'] in preds)}  "
          f"non-JSON lines: {junk}")
    print("field accuracy per field:")
    for f, v in s["fields_per_field"].items():
        print(f"  {f:22s} {v:.3f}")
    ok = lambda k: (s[k] <= GOALS[k]) if k == "false_risk_rate" else (s[k] >= GOALS[k])  # noqa: E731
    print(f"fields overall         {s['fields']:.3f}   (goal >= {GOALS['fields']})  {'PASS' if ok('fields') else 'FAIL'}")
    c = s["clause_counts"]
    print(f"clause presence F1     {s['clause_f1']:.3f}   P {s['clause_precision']:.3f} R {s['clause_recall']:.3f} "
          f"(tp {c['tp']} fp {c['fp']} fn {c['fn']})  (goal >= {GOALS['clause_f1']})  {'PASS' if ok('clause_f1') else 'FAIL'}")
    r = s["risk_counts"]
    print(f"risk recall            {s['risk_recall']:.3f}   ({r['found']}/{r['expected']})  "
          f"(goal >= {GOALS['risk_recall']})  {'PASS' if ok('risk_recall') else 'FAIL'}")
    print(f"false-risk rate        {s['false_risk_rate']:.3f}   ({r['false']}/{r['predicted']})  "
          f"(goal <= {GOALS['false_risk_rate']})  {'PASS' if ok('false_risk_rate') else 'FAIL'}")
    print("errors per file:")
    for name, errs in s["per_file"]:
        print(f"  {name}: {len(errs)}")
        if a.details:
            for e in errs:
                print(f"      - {e}")
    if a.json:
        print(json.dumps({k: v for k, v in s.items() if k != "per_file"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
