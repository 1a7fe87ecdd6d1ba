#!/usr/bin/env python3
"""Score `fornuft intake dictation` (issue 16) on blind intake set B (Fjordlys Elektro). Standard library only.

Copied from ../intake/score.py; changed only: the dictations here are transcripts only (no audio, no nameplates,
no notes), so `--only` defaults to `text` (the only part this set has) and the nameplate/notes truth files are
read only when `nameplates` is asked for (which this set cannot do).

Run the product:
    python3 score.py "FORNUFT_CMD" [--save preds.jsonl] [--details]
        FORNUFT_CMD is how to start the CLI, e.g. "/work/main/.venv/bin/python -m fornuft.cli";
        the scorer appends `intake dictation ...` / `intake service-report ...`.
Or score saved predictions (the file --save writes, or one you write by hand):
    python3 score.py --predictions preds.jsonl [--details]

A prediction record (one JSON object per line):
    {"task": "dictation_text" | "dictation_audio" | "service_report", "id": "01",
     "rc": 0, "stderr": "", "run_date": "YYYY-MM-DD", "output": {...the CLI's JSON object...},
     "files_check": {...optional, written by the scorer when it ran the CLI...}}
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Which set this is (a thin wrapper for another set of the same shape changes these and HERE).
SET_LETTER, SET_COMPANY = "B", "Fjordlys Elektro"
GOALS = {"items_f1_text": 0.90, "customer": 0.90, "total_1pct": 0.90, "items_f1_audio": 0.80, "wer": 0.40,
         "nameplate_fields": 0.90, "serial_exact": 1.0}


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ------------------------------------------------------------------ running the CLI
def last_json_object(stdout: str):
    obj = None
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                cand = json.loads(line)
            except ValueError:
                continue
            if isinstance(cand, dict):
                obj = cand
    if obj is None:  # maybe pretty-printed
        try:
            cand = json.loads(stdout)
            if isinstance(cand, dict):
                obj = cand
        except ValueError:
            pass
    return obj


def run_one(cmd: list[str], timeout: int) -> dict:
    t0 = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=HERE)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = 124, (e.stdout or b"").decode() if isinstance(e.stdout, bytes) else (e.stdout or ""), "timeout"
    except OSError as e:
        rc, out, err = 127, "", str(e)
    return {"rc": rc, "output": last_json_object(out), "stderr": err[-3000:], "seconds": round(time.time() - t0, 2),
            "run_date": date.today().isoformat()}


def run_all(base: list[str], only: set[str], tmp: Path, timeout: int, with_language: bool) -> list[dict]:
    recs = []
    dict_truth = load_jsonl(HERE / "dictations" / "truth.jsonl")
    plate_truth = load_jsonl(HERE / "nameplates" / "truth.jsonl") if "nameplates" in only else []
    notes = {r["id"]: r for r in load_jsonl(HERE / "notes" / "truth.jsonl")} if "nameplates" in only else {}
    jobs = []
    for t in dict_truth:
        lang = ["--language", t["language"]] if with_language else []
        if "text" in only:
            jobs.append(("dictation_text", t, ["intake", "dictation", "--text", t["text"], *lang]))
        if "audio" in only and t.get("audio"):
            jobs.append(("dictation_audio", t, ["intake", "dictation", t["audio"], *lang]))
    if "nameplates" in only:
        for t in plate_truth:
            args = ["intake", "service-report", "--photo", t["photo"]]
            if t["id"] in notes:
                args += ["--text", notes[t["id"]]["text"]]
            jobs.append(("service_report", t, args))
    for n, (task, t, args) in enumerate(jobs, 1):
        out_dir = tmp / f"{task}-{t['id']}"
        out_dir.mkdir(parents=True, exist_ok=True)
        if task.startswith("dictation"):
            args = args + ["--catalog", "catalog.csv"]
        cmd = base + args + ["--out", str(out_dir), "--json"]
        rec = {"task": task, "id": t["id"], **run_one(cmd, timeout)}
        rec["files_check"] = check_files(rec.get("output"), t if task.startswith("dictation") else None)
        print(f"[{n}/{len(jobs)}] {task} {t['id']} rc={rec['rc']} {rec['seconds']}s", file=sys.stderr)
        recs.append(rec)
    return recs


# ------------------------------------------------------------------ file checks
def pdf_text(path: Path):
    try:
        import pypdfium2 as pdfium  # optional
    except Exception:
        return None
    try:
        doc = pdfium.PdfDocument(str(path))
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    except Exception:
        return ""


def check_files(output, truth) -> dict:
    res = {}
    files = (output or {}).get("files") or {}
    if not isinstance(files, dict):
        return res
    for key, path in files.items():
        if not isinstance(path, str):
            continue
        p = Path(path) if os.path.isabs(path) else HERE / path
        c = {"exists": p.is_file() and p.stat().st_size > 0}
        if c["exists"] and key.endswith("pdf"):
            c["is_pdf"] = p.read_bytes()[:5] == b"%PDF-"
            if truth is not None:
                txt = pdf_text(p)
                c["customer_in_text"] = None if txt is None else customer_in_text(truth, txt)
        if c["exists"] and key.endswith("pptx"):
            try:
                with zipfile.ZipFile(p) as z:
                    c["opens"] = any(re.match(r"ppt/slides/slide\d+\.xml$", n) for n in z.namelist())
            except zipfile.BadZipFile:
                c["opens"] = False
        res[key] = c
    return res


# ------------------------------------------------------------------ normalisation
LEGAL = {"as", "asa", "ans", "da", "sa", "ba", "ltd", "inc", "llc", "gmbh", "ab"}
FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ö": "o", "ä": "a", "é": "e"})


def norm_name(s) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).casefold().translate(FOLD)
    toks = [t for t in re.split(r"[^0-9a-z]+", s) if t and t not in LEGAL]
    return " ".join(toks)


def customer_ok(truth: dict, pred) -> bool:
    if not pred:
        return False
    return norm_name(pred) in {norm_name(c) for c in [truth["customer"], *truth.get("customer_aliases", [])]}


def customer_in_text(truth: dict, text: str) -> bool:
    hay = " " + norm_name(text) + " "
    return any(" " + norm_name(c) + " " in hay for c in [truth["customer"], *truth.get("customer_aliases", [])])


def num(x):
    if isinstance(x, bool) or x is None:
        return None
    if isinstance(x, (int, float)):
        return float(x)
    try:
        return float(str(x).replace(" ", "").replace(",", "."))
    except ValueError:
        return None


def pid_key(p):
    return None if p in (None, "") else str(p).strip().upper()


def match_items(truth_items, pred_items):
    """One-to-one match on (product_id, quantity). Returns (tp, n_pred, n_truth, matched_pairs, product_tp)."""
    pred = [(pid_key(p.get("product_id")), num(p.get("quantity")), p) for p in (pred_items or []) if isinstance(p, dict)]
    used, pairs = set(), []
    for t in truth_items:
        for j, (pk, q, p) in enumerate(pred):
            if j in used or pk != pid_key(t["product_id"]) or q is None:
                continue
            if abs(q - t["quantity"]) <= 1e-6 + 1e-3 * abs(t["quantity"]):
                used.add(j); pairs.append((t, p)); break
    used2, ptp = set(), 0
    for t in truth_items:
        for j, (pk, _q, _p) in enumerate(pred):
            if j not in used2 and pk == pid_key(t["product_id"]):
                used2.add(j); ptp += 1; break
    return len(pairs), len(pred), len(truth_items), pairs, ptp


def f1(tp, npred, ntruth):
    p = tp / npred if npred else 0.0
    r = tp / ntruth if ntruth else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def valid_ok(truth: dict, pred, run_date: str | None) -> bool:
    v = truth.get("validity")
    if v is None:
        return pred in (None, "")
    if not pred:
        return False
    try:
        d = date.fromisoformat(str(pred)[:10])
    except ValueError:
        return False
    if "date" in v:
        want = date.fromisoformat(v["date"])
        if d == want:
            return True
        # a product run after that date may roll "31 January" into the following year
        return bool(run_date) and date.fromisoformat(run_date) > want and d == want.replace(year=want.year + 1)
    ok = {date.fromisoformat(truth["date"]) + timedelta(days=v["days"])}
    if run_date:
        base = date.fromisoformat(run_date) + timedelta(days=v["days"])
        ok |= {base - timedelta(days=1), base, base + timedelta(days=1)}
    return d in ok


# ------------------------------------------------------------------ WER
FILLERS = {"uh", "um", "eh", "ehm", "er", "erm", "hmm", "mm", "ah"}
UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
SCALES = {"hundred": 100, "thousand": 1000}
ORD = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight", "ninth": "nine",
       "twelfth": "twelve", "fifteenth": "fifteen", "twentieth": "twenty", "thirtieth": "thirty", "fourth": "four",
       "sixth": "six", "seventh": "seven", "tenth": "ten"}


def words_to_digits(tokens: list[str]) -> list[str]:
    """English number words -> digits ("twenty five" -> "25", "eleven thousand five hundred" -> "11500",
    "three and a half" -> "3.5"). Applied to reference and hypothesis alike."""
    out, cur, total, last, active = [], 0, 0, None, False

    def flush():
        nonlocal cur, total, last, active
        if active:
            out.append(str(total + cur))
        cur, total, last, active = 0, 0, None, False

    i = 0
    while i < len(tokens):
        w = ORD.get(tokens[i], tokens[i]) if tokens[i] in ORD and (i > 0 and tokens[i - 1] in ("the",) or active) else tokens[i]
        if w in UNITS:
            if active and last in ("unit", "teen"):
                flush()
            cur += UNITS[w]; last = "unit" if UNITS[w] < 10 else "teen"; active = True
        elif w in TENS:
            if active and last in ("unit", "teen", "tens"):
                flush()
            cur += TENS[w]; last = "tens"; active = True
        elif w in SCALES and active:
            if SCALES[w] == 100:
                cur = max(cur, 1) * 100; last = "hundred"
            else:
                total += max(cur, 1) * 1000; cur = 0; last = "thousand"
        elif w == "and" and active and last in ("hundred", "thousand") and i + 1 < len(tokens) and (tokens[i + 1] in UNITS or tokens[i + 1] in TENS):
            pass
        elif w == "and" and active and tokens[i + 1:i + 3] == ["a", "half"]:
            out.append(f"{total + cur}.5"); cur, total, last, active = 0, 0, None, False; i += 3; continue
        else:
            flush(); out.append(w)
        i += 1
    flush()
    return out


def wer_tokens(s: str) -> list[str]:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    s = s.replace("%", " percent ").replace("-", " ").replace("ø", "o")
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)  # 11,500 -> 11500
    s = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", s)  # 31st -> 31
    out: list[str] = []
    for seg in re.split(r"[,;:!?]|\.(?!\d)", s):  # punctuation ends a spoken number
        toks = [t for t in re.split(r"[^0-9a-z.]+", seg) if t and t not in FILLERS and t != "."]
        out += words_to_digits(toks)
    repl = {"ok": "okay", "meters": "metres", "meter": "metre", "liters": "litres", "liter": "litre"}
    return [repl.get(t, t) for t in out]


def edit_distance(a: list[str], b: list[str]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


# ------------------------------------------------------------------ nameplates / notes
def norm_model(s) -> str:
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", str(s or "")).upper())


def norm_serial(s) -> str:
    return re.sub(r"\s+", "", str(s or "")).upper()


def year_of(x):
    m = re.search(r"(19|20)\d\d", str(x or ""))
    return int(m.group(0)) if m else None


STOP = {"the", "and", "was", "with", "for", "all", "one", "som", "det", "den", "var", "med", "til", "fra", "har",
        "ikke", "of", "in", "on", "at", "to", "på", "og", "en", "er", "i"}


def content(s: str) -> set[str]:
    toks = re.split(r"[^0-9a-zæøå]+", unicodedata.normalize("NFKC", str(s)).casefold())
    return {t[:5] for t in toks if len(t) >= 3 and t not in STOP}


def match_phrases(truth: list[str], pred) -> tuple[int, int, int]:
    pred = [p for p in (pred or []) if isinstance(p, str) and p.strip()]
    used, tp = set(), 0
    for t in truth:
        tc = content(t)
        for j, p in enumerate(pred):
            if j not in used and tc and len(tc & content(p)) / len(tc) >= 0.5:
                used.add(j); tp += 1; break
    return tp, len(pred), len(truth)


# ------------------------------------------------------------------ scoring
def ok_output(rec) -> bool:
    return rec is not None and rec.get("rc") == 0 and isinstance(rec.get("output"), dict)


def score_dictations(task: str, truths: list[dict], recs: dict, details: bool) -> dict:
    rows, tp, npred, ntruth, ptp, price_ok, price_n = [], 0, 0, 0, 0, 0, 0
    by_lang: dict[str, list] = {}
    cust = tot = val = failed = 0
    pdf_ok = pdf_cust = pdf_cust_n = pptx_ok = 0
    werr = wern = 0
    for t in truths:
        rec = recs.get((task, t["id"]))
        out = rec.get("output") if ok_output(rec) else None
        if out is None:
            failed += 1
        q = (out or {}).get("quote") or {}
        items = q.get("items") if isinstance(q.get("items"), list) else []
        a, b, c, pairs, pt = match_items(t["items"], items)
        tp += a; npred += b; ntruth += c; ptp += pt
        lt = by_lang.setdefault(t["language"], [0, 0, 0, 0, 0, 0])
        for pair in pairs:
            up = num(pair[1].get("unit_price"))
            price_n += 1
            price_ok += up is not None and abs(up - pair[0]["unit_price"]) <= max(0.5, 0.005 * pair[0]["unit_price"])
        c_ok = customer_ok(t, q.get("customer"))
        tv = num(q.get("total_excl_vat"))
        t_ok = tv is not None and abs(tv - t["total_excl_vat"]) <= 0.01 * t["total_excl_vat"]
        v_ok = out is not None and valid_ok(t, q.get("valid_until"), (rec or {}).get("run_date"))
        cust += c_ok; tot += t_ok; val += v_ok
        for k, v in enumerate((a, b, c, c_ok, t_ok, 1)):
            lt[k] += v
        fc = (rec or {}).get("files_check") or check_files(out, t)
        qp, sp = fc.get("quote_pdf") or {}, fc.get("slides_pptx") or {}
        pdf_ok += bool(qp.get("exists") and qp.get("is_pdf", True))
        if qp.get("customer_in_text") is not None:
            pdf_cust_n += 1; pdf_cust += bool(qp["customer_in_text"])
        pptx_ok += bool(sp.get("exists") and sp.get("opens"))
        w = None
        if task == "dictation_audio":
            ref = wer_tokens((HERE / t["text"]).read_text(encoding="utf-8"))
            hyp = wer_tokens((out or {}).get("transcript") or "")
            e = edit_distance(ref, hyp)
            werr += e; wern += len(ref); w = e / len(ref)
        rows.append((t["id"], t["language"], a, b, c, c_ok, t_ok, v_ok, w, q.get("customer"), tv, t, items, rec))
    n = len(truths)
    F, P, R = f1(tp, npred, ntruth)
    res = {"n": n, "failed_runs": failed, "items_f1": round(F, 3), "items_precision": round(P, 3),
           "items_recall": round(R, 3), "product_only_f1": round(f1(ptp, npred, ntruth)[0], 3),
           "unit_price_right_on_matched": f"{price_ok}/{price_n}",
           "customer_accuracy": round(cust / n, 3) if n else 0.0, "total_within_1pct": round(tot / n, 3) if n else 0.0,
           "valid_until_accuracy": round(val / n, 3) if n else 0.0,
           "quote_pdf_ok": f"{pdf_ok}/{n}", "pdf_text_holds_customer": f"{pdf_cust}/{pdf_cust_n}" if pdf_cust_n else "n/a (pypdfium2 missing or no PDF)",
           "slides_pptx_opens": f"{pptx_ok}/{n}",
           "by_language": {lang: {"items_f1": round(f1(v[0], v[1], v[2])[0], 3), "customer": f"{v[3]}/{v[5]}",
                                  "total_1pct": f"{v[4]}/{v[5]}"} for lang, v in sorted(by_lang.items())}}
    if task == "dictation_audio":
        res["wer"] = round(werr / wern, 3) if wern else None
    if details:
        for (i, lang, a, b, c, c_ok, t_ok, v_ok, w, pc, tv, t, items, rec) in rows:
            print(f"  {task} {i} [{lang}] items {a}/{c} (pred {b}) customer={'ok' if c_ok else 'WRONG'} ({pc!r} vs {t['customer']!r}) "
                  f"total={'ok' if t_ok else 'WRONG'} ({tv} vs {t['total_excl_vat']}) valid={'ok' if v_ok else 'WRONG'}"
                  + (f" wer={w:.3f}" if w is not None else ""))
            if rec is None or not ok_output(rec):
                print(f"     run failed: rc={None if rec is None else rec.get('rc')} {(rec or {}).get('stderr', '')[-300:]!r}")
                continue
            tk = {(pid_key(x["product_id"]), x["quantity"]) for x in t["items"]}
            pk = {(pid_key(x.get("product_id")), num(x.get("quantity"))) for x in items if isinstance(x, dict)}
            if tk - pk:
                print(f"     missed: {sorted(tk - pk, key=str)}")
            if pk - tk:
                print(f"     extra:  {sorted(pk - tk, key=str)}")
    return res


def score_service(truths: list[dict], notes: dict, recs: dict, details: bool) -> dict:
    fields = ("manufacturer", "model", "serial_number", "year")
    right = {f: 0 for f in fields}
    pos = [t for t in truths if not t["negative"]]
    neg = [t for t in truths if t["negative"]]
    failed = 0
    ft = fp = fn = at = ap = an = 0
    pdf = 0
    for t in pos:
        rec = recs.get(("service_report", t["id"]))
        out = rec.get("output") if ok_output(rec) else None
        failed += out is None
        eq = (out or {}).get("equipment") or {}
        te = t["equipment"]
        ok = {"manufacturer": norm_name(eq.get("manufacturer")) == norm_name(te["manufacturer"]) and bool(eq.get("manufacturer")),
              "model": norm_model(eq.get("model")) == norm_model(te["model"]) and bool(eq.get("model")),
              "serial_number": norm_serial(eq.get("serial_number")) == norm_serial(te["serial_number"]),
              "year": year_of(eq.get("year")) == te["year"]}
        for f in fields:
            right[f] += ok[f]
        fc = (rec or {}).get("files_check") or check_files(out, None)
        pdf += bool((fc.get("report_pdf") or {}).get("exists") and (fc.get("report_pdf") or {}).get("is_pdf", True))
        nt = notes.get(t["id"])
        if nt:
            a, b, c = match_phrases(nt["findings"], (out or {}).get("findings")); ft += a; fp += b; fn += c
            a2, b2, c2 = match_phrases(nt["actions"], (out or {}).get("actions")); at += a2; ap += b2; an += c2
        if details:
            bad = [f"{f}: {eq.get(f)!r} vs {te[f]!r}" for f in fields if not ok[f]]
            print(f"  nameplate {t['id']}: " + ("all fields ok" if not bad else "; ".join(bad))
                  + ("" if out is not None else f"  run failed rc={None if rec is None else rec.get('rc')}"))
    handled = 0
    for t in neg:
        rec = recs.get(("service_report", t["id"]))
        if rec is None:
            continue
        out = rec.get("output") or {}
        eq = out.get("equipment") or {}
        no_tb = "Traceback (most recent call last)" not in (rec.get("stderr") or "")
        refused = rec.get("rc") not in (0, None) or "error" in out or not any(eq.get(f) for f in ("manufacturer", "model", "serial_number"))
        handled += no_tb and refused
        if details:
            print(f"  negative {t['id']} ({t['expect']}): rc={rec.get('rc')} handled={no_tb and refused} "
                  f"stderr={(rec.get('stderr') or '')[-160:]!r}")
    n = len(pos)
    return {"n_photos": n, "failed_runs": failed,
            "nameplate_fields_accuracy": round(sum(right.values()) / (4 * n), 3) if n else 0.0,
            "per_field": {f: f"{right[f]}/{n}" for f in fields},
            "serial_exact": round(right["serial_number"] / n, 3) if n else 0.0,
            "negatives_handled": f"{handled}/{len(neg)}",
            "findings": {"recall": round(ft / fn, 3) if fn else 0.0, "precision": round(ft / fp, 3) if fp else 0.0},
            "actions": {"recall": round(at / an, 3) if an else 0.0, "precision": round(at / ap, 3) if ap else 0.0},
            "report_pdf_ok": f"{pdf}/{n}"}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("fornuft_cmd", nargs="?", help='e.g. "/work/main/.venv/bin/python -m fornuft.cli"')
    ap.add_argument("--predictions", type=Path, help="score saved prediction records instead of running the CLI")
    ap.add_argument("--only", default="text", help="this set has transcripts only: text (audio/nameplates are absent)")
    ap.add_argument("--save", type=Path, help="write the prediction records here (JSONL)")
    ap.add_argument("--keep", type=Path, help="keep the CLI's output folders here instead of a temp dir")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per CLI call")
    ap.add_argument("--no-language", action="store_true", help="do not pass --language to `intake dictation`")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON object only")
    a = ap.parse_args(argv)
    only = {s.strip() for s in a.only.split(",") if s.strip()}
    if only - {"text"}:
        ap.error(f"set {SET_LETTER} has transcripts only; use --only text (the default)")
    if a.predictions:
        recs_list = load_jsonl(a.predictions)
    elif a.fornuft_cmd:
        base = shlex.split(a.fornuft_cmd)
        if a.keep:
            a.keep.mkdir(parents=True, exist_ok=True)
            recs_list = run_all(base, only, a.keep.resolve(), a.timeout, not a.no_language)
        else:
            with tempfile.TemporaryDirectory(prefix=f"intake-{SET_LETTER.lower()}-blind-") as tmp:
                recs_list = run_all(base, only, Path(tmp), a.timeout, not a.no_language)
        if a.save:
            with open(a.save, "w", encoding="utf-8") as f:
                for r in recs_list:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        ap.error("give FORNUFT_CMD or --predictions")
    recs = {(r["task"], str(r["id"])): r for r in recs_list}
    dict_truth = load_jsonl(HERE / "dictations" / "truth.jsonl")
    summary = {}
    if "text" in only:
        summary["dictation_text"] = score_dictations("dictation_text", dict_truth, recs, a.details and not a.json)
    if "audio" in only:
        summary["dictation_audio"] = score_dictations("dictation_audio", [t for t in dict_truth if t.get("audio")],
                                                      recs, a.details and not a.json)
    if "nameplates" in only:
        notes = {r["id"]: r for r in load_jsonl(HERE / "notes" / "truth.jsonl")}
        summary["service_report"] = score_service(load_jsonl(HERE / "nameplates" / "truth.jsonl"), notes, recs,
                                                  a.details and not a.json)
    secs = sorted(r["seconds"] for r in recs_list if isinstance(r.get("seconds"), (int, float)))
    if secs:
        summary["median_seconds_per_call"] = secs[len(secs) // 2]
    if a.json:
        print(json.dumps(summary, ensure_ascii=False))
        return 0
    g = GOALS
    print(f"== Blind intake set {SET_LETTER}, {SET_COMPANY} (issue 16) ==")
    if "dictation_text" in summary:
        s = summary["dictation_text"]
        print(f"From transcripts ({s['n']}; failed runs {s['failed_runs']}):")
        print(f"  items F1 (product+quantity) {s['items_f1']:.3f}  [goal >= {g['items_f1_text']}]  "
              f"P {s['items_precision']:.3f} R {s['items_recall']:.3f}; product-only F1 {s['product_only_f1']:.3f}")
        print(f"  customer {s['customer_accuracy']:.3f}  [goal >= {g['customer']}]   total within 1 % {s['total_within_1pct']:.3f}  [goal >= {g['total_1pct']}]")
        print(f"  unit price right on matched items {s['unit_price_right_on_matched']}; valid_until {s['valid_until_accuracy']:.3f}")
        print(f"  files: quote PDF {s['quote_pdf_ok']}, PDF text holds customer {s['pdf_text_holds_customer']}, PPTX opens {s['slides_pptx_opens']}")
        print(f"  by language: {json.dumps(s['by_language'], ensure_ascii=False)}")
    if "dictation_audio" in summary:
        s = summary["dictation_audio"]
        print(f"From English audio ({s['n']}; failed runs {s['failed_runs']}):")
        print(f"  WER {s['wer']}  [goal <= {g['wer']}]   items F1 {s['items_f1']:.3f}  [goal >= {g['items_f1_audio']}]  "
              f"customer {s['customer_accuracy']:.3f}  total within 1 % {s['total_within_1pct']:.3f}")
        print(f"  files: quote PDF {s['quote_pdf_ok']}, PDF text holds customer {s['pdf_text_holds_customer']}, PPTX opens {s['slides_pptx_opens']}")
    if "service_report" in summary:
        s = summary["service_report"]
        print(f"Nameplates + service notes ({s['n_photos']} photos; failed runs {s['failed_runs']}):")
        print(f"  fields accuracy {s['nameplate_fields_accuracy']:.3f}  [goal >= {g['nameplate_fields']}]   serial exact "
              f"{s['serial_exact']:.3f}  [goal {g['serial_exact']}]   per field {s['per_field']}")
        print(f"  negatives handled (clear refusal, no traceback) {s['negatives_handled']}; report PDF {s['report_pdf_ok']}")
        print(f"  findings R {s['findings']['recall']:.3f} P {s['findings']['precision']:.3f}; "
              f"actions R {s['actions']['recall']:.3f} P {s['actions']['precision']:.3f}")
    if "median_seconds_per_call" in summary:
        print(f"median seconds per call {summary['median_seconds_per_call']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
