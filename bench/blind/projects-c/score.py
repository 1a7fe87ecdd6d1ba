#!/usr/bin/env python3
"""Score `fornuft project plan` (issue 13) on the third blind project set (projects-c). Stdlib only.

Copied from bench/blind/projects-b/score.py (itself a copy of projects/score.py); only the paths/counts
in this docstring changed, and the risk part is skipped when there is no status/STATUS.csv (this set has
none: use --only plan).

    cd bench/blind/projects-c
    python3 score.py --run --only plan              # runs /work/main/.venv/bin/fornuft (plan x16)
    python3 score.py --run --fornuft "/work/main/.venv/bin/python -m fornuft.cli"
    python3 score.py --plans plans.jsonl --risk risk.jsonl     # saved outputs (JSON lines)
    options: --only plan|risk, --save DIR (keep raw outputs of --run), --timeout S (per call, 300),
             --details (every error), --json (summary as one JSON object on the last line)

Plans: for every line of truth.jsonl the run is
    FORNUFT project plan assignments/FILE --team team.json --history history.csv --start START --json
Reported:
  extraction accuracy (goal >= 0.90) over client, title, deadline, budget, location:
    client    name match (case/punctuation/legal-suffix insensitive, containment or similarity
              >= 0.85) with any name in client_accept;
    title     contains (case-insensitively) any of title_keywords;
    deadline  ISO date equal to deadline (or one in deadline_accept);
    budget    amount within 0.5 and same currency, or both null (budget_accept lists alternatives);
    location  contains any string of location_accept, or is contained in one (>= 4 characters);
              null right only when the truth is null.
  deliverables recall (goal >= 0.85): each truth deliverable matched one-to-one by a predicted one
    (light stemming; at least half of the truth's content stems and at least two of them present,
    or the predicted stems a subset of the truth's, or string similarity >= 0.6; best pairs first).  Threads where the client dropped an item also
    report how often the dropped item is still listed (information only).
  plan validity (goal: every plan valid).  Checked on every plan with tasks:
    skills     every assigned person is in team.json and holds the task's skill;
    hours      a task's assignments add up to its hours (+-0.05 h);
    deps       depends_on ids exist, no cycle, start >= end of every dependency;
    start      start >= --start, end >= start, a task with hours has at least one working day;
    capacity   (feasible plans) per person and ISO week, the hours of their assignments spread evenly
               over each task's working days (Mon-Fri, start..end) do not exceed hours_per_week
               minus every booking that overlaps that ISO week (+0.05 h);
    deadline   (feasible plans) finish_date >= the last task end and <= the true deadline.
  infeasible recognised: truth-infeasible assignments answered feasible=false with a non-empty
    explanation (recall; goal all 3), and feasible ones wrongly called infeasible.

Risk: FORNUFT project risk status/STATUS.csv --json.  CPI = EV/AC and SPI = EV/PV at each project's
latest date, and SPI(t) per the issue (ES from PV interpolated through (start, 0), every status
point and (planned finish, BAC); AT = days since planned start), are recomputed here from the CSV
and must match within 0.005 ("exact").  Flags are scored against status/truth.csv (flag = the
simulated project ended > 10 % over budget or > 10 % late): recall (goal >= 0.90) at precision
(goal >= 0.80); the cost-only view (ended > 10 % over budget) is reported as well.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import json
import re
import shlex
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXTRACT_FIELDS = ["client", "title", "deadline", "budget", "location"]
GOALS = {"extraction": 0.90, "deliverables_recall": 0.85, "flag_recall": 0.90, "flag_precision": 0.80}
SUFFIXES = {"as", "asa", "ab", "ltd", "limited", "inc", "llc", "gmbh", "kf", "iks", "sa", "da", "ans"}
STOP = {"og", "for", "av", "i", "med", "the", "of", "and", "a", "an", "to", "if", "etter", "til", "en", "et",
        "på", "om", "in", "on", "with", "by", "all", "alle", "ved", "fra", "from", "der", "det", "de", "som"}
TOL = 0.005


# ---------------------------------------------------------------- text helpers
def fold(s) -> str:
    return unicodedata.normalize("NFKC", str(s or "")).casefold()


def norm_name(s) -> str:
    words = re.findall(r"[0-9a-zæøåäöüé]+", fold(s))
    while words and words[-1] in SUFFIXES:
        words.pop()
    return " ".join(words)


def name_match(a, b) -> bool:
    x, y = norm_name(a), norm_name(b)
    if not x or not y:
        return False
    if x == y or (len(min(x, y, key=len)) >= 5 and (x in y or y in x)):
        return True
    return difflib.SequenceMatcher(None, x, y).ratio() >= 0.85


def stems(s) -> set[str]:
    out = set()
    for w in re.findall(r"[0-9a-zæøåäöüé]+", fold(s)):
        if w in STOP:
            continue
        if len(w) > 5:
            for suf in ("ene", "er", "en", "et", "es", "s", "e"):
                if w.endswith(suf):
                    w = w[: -len(suf)]
                    break
        out.add(w[:8])
    return out


def deliverable_score(truth_item, pred_item) -> float:
    """0 when the pair does not qualify as a match, else a similarity used to pair items best-first."""
    t, p = stems(truth_item), stems(pred_item)
    if not t or not p:
        return 0.0
    ratio = difflib.SequenceMatcher(None, " ".join(sorted(t)), " ".join(sorted(p))).ratio()
    shared = len(t & p)
    ok = (shared >= max(min(2, len(t)), (len(t) + 1) // 2)) or (p <= t and any(len(x) >= 6 for x in p)) \
        or ratio >= 0.6
    return (len(t & p) / len(t | p) + ratio) / 2 + 0.01 if ok else 0.0


def match_deliverables(truth_items, pred_items):
    """One-to-one, best pairs first; returns a hit flag per truth item."""
    preds = [str(x) for x in pred_items if isinstance(x, (str, int, float))]
    pairs = sorted(((deliverable_score(t, p), i, j) for i, t in enumerate(truth_items) for j, p in enumerate(preds)),
                   reverse=True)
    used_t, used_p = set(), set()
    for sc, i, j in pairs:
        if sc > 0 and i not in used_t and j not in used_p:
            used_t.add(i)
            used_p.add(j)
    return [i in used_t for i in range(len(truth_items))]


# ---------------------------------------------------------------- extraction
def field_ok(field, pred, t) -> bool:
    p = pred.get(field)
    if field == "client":
        return isinstance(p, str) and any(name_match(p, c) for c in t["client_accept"])
    if field == "title":
        return isinstance(p, str) and any(fold(k) in fold(p) for k in t["title_keywords"])
    if field == "deadline":
        return isinstance(p, str) and p[:10] in [t["deadline"]] + t.get("deadline_accept", [])
    if field == "budget":
        options = [t["budget"]] + t.get("budget_accept", [])
        if p is None:
            return t["budget"] is None
        for o in options:
            if o is None:
                continue
            try:
                if abs(float(p["amount"]) - o["amount"]) <= 0.5 and str(p.get("currency", "")).upper() == o["currency"]:
                    return True
            except (TypeError, KeyError, ValueError):
                return False
        return False
    if field == "location":
        if p is None or not str(p).strip():
            return t["location"] is None
        fp = fold(p)
        return any(fold(x) in fp or (len(fp) >= 4 and fp in fold(x)) for x in t["location_accept"])
    raise ValueError(field)


# ---------------------------------------------------------------- plan validity
def D(s) -> dt.date:
    return dt.date.fromisoformat(str(s)[:10])


def working_days(a: dt.date, b: dt.date):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def week_capacity(person, year_week):
    y, w = year_week
    mon = dt.date.fromisocalendar(y, w, 1)
    sun = mon + dt.timedelta(days=6)
    cap = float(person["hours_per_week"])
    for b in person.get("booked", []):
        if D(b["from"]) <= sun and D(b["to"]) >= mon:
            cap -= float(b["hours_per_week"])
    return max(cap, 0.0)


def check_plan(plan, team, start, true_deadline):
    """Return a dict check -> list of problems (empty lists = valid)."""
    prob = {k: [] for k in ("schema", "skills", "hours", "deps", "start", "capacity", "deadline")}
    people = {p["name"]: p for p in team["people"]}
    tasks = plan.get("tasks")
    if not isinstance(tasks, list) or not tasks:
        prob["schema"].append("no tasks")
        return prob
    byid = {}
    for t in tasks:
        try:
            tid = str(t["id"])
            t_start, t_end = D(t["start"]), D(t["end"])
            float(t["hours"])
        except (KeyError, TypeError, ValueError) as exc:
            prob["schema"].append(f"task {t!r:.80}: {exc}")
            continue
        if tid in byid:
            prob["schema"].append(f"duplicate task id {tid}")
        byid[tid] = (t, t_start, t_end)
    assigns = defaultdict(list)
    for a in plan.get("assignments") or []:
        try:
            assigns[str(a["task"])].append((str(a["person"]), float(a["hours"])))
        except (KeyError, TypeError, ValueError):
            prob["schema"].append(f"bad assignment {a!r:.80}")
    for tid in assigns:
        if tid not in byid:
            prob["schema"].append(f"assignment to unknown task {tid}")
    # dependencies, cycles
    for tid, (t, s, e) in byid.items():
        for dep in t.get("depends_on") or []:
            dep = str(dep)
            if dep not in byid:
                prob["deps"].append(f"{tid}: unknown dependency {dep}")
            elif s < byid[dep][2]:
                prob["deps"].append(f"{tid} starts {s} before {dep} ends {byid[dep][2]}")
    state = {}

    def visit(n, stack=()):
        if state.get(n) == 1:
            prob["deps"].append("cycle: " + " -> ".join(stack + (n,)))
            return
        if state.get(n) == 2 or n not in byid:
            return
        state[n] = 1
        for d in byid[n][0].get("depends_on") or []:
            visit(str(d), stack + (n,))
        state[n] = 2

    for n in byid:
        visit(n)
    load = defaultdict(float)  # (person, (year, week)) -> hours
    for tid, (t, s, e) in byid.items():
        hours = float(t["hours"])
        if start and s < D(start):
            prob["start"].append(f"{tid} starts {s} before --start {start}")
        if e < s:
            prob["start"].append(f"{tid} ends {e} before it starts {s}")
        days = working_days(s, e)
        if hours > 0 and not days:
            prob["start"].append(f"{tid} has {hours} h but no working day between {s} and {e}")
        total = 0.0
        for person, h in assigns.get(tid, []):
            total += h
            p = people.get(person)
            if p is None:
                prob["skills"].append(f"{tid}: {person} is not in the team")
            elif fold(t.get("skill")) not in {fold(x) for x in p["skills"]}:
                prob["skills"].append(f"{tid}: {person} lacks skill {t.get('skill')!r}")
            for d in days:
                load[(person, d.isocalendar()[:2])] += h / len(days)
        if abs(total - hours) > 0.05:
            prob["hours"].append(f"{tid}: assignments sum to {total:g} h, task has {hours:g} h")
    if plan.get("feasible") is True:
        for (person, yw), h in sorted(load.items()):
            if person in people:
                cap = week_capacity(people[person], yw)
                if h > cap + 0.05:
                    prob["capacity"].append(f"{person} week {yw[0]}-W{yw[1]:02d}: {h:.1f} h > capacity {cap:g} h")
        last_end = max(e for _, _, e in byid.values()) if byid else None
        fin = plan.get("finish_date")
        try:
            fin_d = D(fin)
        except (TypeError, ValueError):
            prob["deadline"].append(f"finish_date {fin!r} not a date")
        else:
            if last_end and fin_d < last_end:
                prob["deadline"].append(f"finish_date {fin_d} before last task end {last_end}")
            if true_deadline and fin_d > D(true_deadline):
                prob["deadline"].append(f"finish_date {fin_d} after the deadline {true_deadline}")
    return prob


# ---------------------------------------------------------------- earned value
def recompute_ev(status_rows):
    """project -> {cpi, spi, spi_t} at the latest date, from the issue's definitions."""
    by = defaultdict(list)
    for r in status_rows:
        by[r["project"]].append(r)
    out = {}
    for proj, rows in by.items():
        rows.sort(key=lambda r: r["date"])
        last = rows[-1]
        ps, pf = D(last["planned_start"]), D(last["planned_finish"])
        bac = float(last["budget_at_completion"])
        ev, ac, pv = float(last["earned_value"]), float(last["actual_cost"]), float(last["planned_value"])
        pts = [(0.0, 0.0)] + [((D(r["date"]) - ps).days, float(r["planned_value"])) for r in rows]
        pts.append(((pf - ps).days, bac))
        pts.sort()
        es = pts[-1][0]
        for (t0, v0), (t1, v1) in zip(pts, pts[1:]):
            if v0 <= ev <= v1 and v1 > v0:
                es = t0 + (ev - v0) / (v1 - v0) * (t1 - t0)
                break
        else:
            if ev <= pts[0][1]:
                es = 0.0
        at = (D(last["date"]) - ps).days
        out[proj] = {"cpi": ev / ac if ac else None, "spi": ev / pv if pv else None,
                     "spi_t": es / at if at else None, "date": last["date"]}
    return out


# ---------------------------------------------------------------- runners
def parse_lines(text):
    objs, junk = [], 0
    for ln in text.splitlines():
        ln = ln.strip()
        if not ln:
            continue
        try:
            o = json.loads(ln)
        except json.JSONDecodeError:
            junk += 1
            continue
        if isinstance(o, dict):
            objs.append(o)
        else:
            junk += 1
    return objs, junk


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return p.stdout, p.returncode, p.stderr[-600:]
    except subprocess.TimeoutExpired:
        return "", 124, f"timed out after {timeout} s"
    except OSError as exc:
        return "", 127, str(exc)


def score_plans(truth, plans, team):
    n = len(truth)
    per_field = {f: 0 for f in EXTRACT_FIELDS}
    d_hit = d_tot = dropped_listed = dropped_tot = 0
    inf_tot = inf_hit = feas_tot = false_inf = 0
    valid_feasible = feasible_pred = structural_ok = with_tasks = 0
    check_fail = defaultdict(int)
    files = []
    for t in truth:
        p = plans.get(t["source"]) or {}
        errs = []
        if not p:
            errs.append("no plan in the output")
        elif "error" in p:
            errs.append(f"error object: {p.get('error')}")
            p = {}
        for f in EXTRACT_FIELDS:
            if p and field_ok(f, p, t):
                per_field[f] += 1
            elif p:
                want = {"client": t["client"], "title": t["title_keywords"], "deadline": t["deadline"],
                        "budget": t["budget"], "location": t["location_accept"]}[f]
                errs.append(f"{f}: got {p.get(f)!r}, want {want!r}")
        hits = match_deliverables(t["deliverables"], p.get("deliverables") or [])
        d_hit += sum(hits)
        d_tot += len(hits)
        for item, h in zip(t["deliverables"], hits):
            if not h:
                errs.append(f"deliverable missed: {item!r}")
        for dropped in t.get("deliverables_dropped", []):
            dropped_tot += 1
            if any(match_deliverables([dropped], p.get("deliverables") or [])):
                dropped_listed += 1
                errs.append(f"dropped deliverable still listed: {dropped!r}")
        if not t["feasible"]:
            inf_tot += 1
            if p.get("feasible") is False and p.get("explanation"):
                inf_hit += 1
            else:
                errs.append("infeasible assignment not recognised (feasible=false with explanation)")
        else:
            feas_tot += 1
            if p.get("feasible") is False:
                false_inf += 1
                errs.append("feasible assignment called infeasible: " + "; ".join(map(str, p.get("explanation") or []))[:200])
        if p.get("tasks"):
            with_tasks += 1
            prob = check_plan(p, team, t["start"], t["deadline"])
            bad = {k: v for k, v in prob.items() if v}
            for k, v in bad.items():
                check_fail[k] += 1
                errs += [f"plan {k}: {x}" for x in v[:5]] + ([f"plan {k}: ... {len(v) - 5} more"] if len(v) > 5 else [])
            structural = not any(bad.get(k) for k in ("schema", "skills", "hours", "deps", "start"))
            structural_ok += structural
            if p.get("feasible") is True:
                feasible_pred += 1
                valid_feasible += not bad
        elif p:
            errs.append("plan has no tasks")
            check_fail["schema"] += 1
        files.append((t["source"], errs))
    return {
        "assignments": n,
        "extraction_per_field": {f: round(per_field[f] / n, 4) for f in EXTRACT_FIELDS},
        "extraction": round(sum(per_field.values()) / (n * len(EXTRACT_FIELDS)), 4),
        "deliverables_recall": round(d_hit / d_tot, 4) if d_tot else 0.0,
        "deliverables_counts": {"found": d_hit, "total": d_tot, "dropped_still_listed": dropped_listed,
                                "dropped_total": dropped_tot},
        "plans_with_tasks": with_tasks, "plans_structurally_valid": structural_ok,
        "feasible_plans": feasible_pred, "feasible_plans_valid": valid_feasible,
        "check_failures": dict(check_fail),
        "infeasible_recognised": inf_hit, "infeasible_total": inf_tot,
        "feasible_called_infeasible": false_inf, "feasible_total": feas_tot,
        "per_file": files,
    }


def score_risk(status_rows, risk_truth, preds):
    ref = recompute_ev(status_rows)
    truth = {r["project"]: r for r in risk_truth}
    got = {str(o.get("project")): o for o in preds if "project" in o}
    exact = {"cpi": 0, "spi": 0, "spi_t": 0}
    tp = fp = fn = ctp = cfp = cfn = 0
    errs = []
    for proj, r in sorted(ref.items()):
        o = got.get(proj)
        if o is None:
            errs.append(f"{proj}: missing")
        for k in exact:
            v = None if o is None else o.get(k)
            if isinstance(v, (int, float)) and not isinstance(v, bool) and r[k] is not None and abs(v - r[k]) <= TOL:
                exact[k] += 1
            elif o is not None:
                errs.append(f"{proj}: {k} got {v!r}, want {r[k]:.4f}")
        flag = bool(o and o.get("flag") is True)
        want = truth[proj]["flag"] in (True, "True", "true")
        over = float(truth[proj]["final_over_budget_pct"]) > 10
        tp += flag and want
        fp += flag and not want
        fn += want and not flag
        ctp += flag and over
        cfp += flag and not over
        cfn += over and not flag
        if flag != want:
            errs.append(f"{proj}: flag {flag}, truth {want} ({truth[proj]['archetype']}, over "
                        f"{truth[proj]['final_over_budget_pct']} %, late {truth[proj]['final_lateness_pct']} %)")
    n = len(ref)
    return {
        "projects": n, "answered": sum(1 for p in ref if p in got),
        "cpi_exact": round(exact["cpi"] / n, 4), "spi_exact": round(exact["spi"] / n, 4),
        "spi_t_exact": round(exact["spi_t"] / n, 4),
        "flag_recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "flag_precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "flag_counts": {"tp": tp, "fp": fp, "fn": fn},
        "cost_only_recall": round(ctp / (ctp + cfn), 4) if ctp + cfn else 1.0,
        "cost_only_precision": round(ctp / (ctp + cfp), 4) if ctp + cfp else 0.0,
        "errors": errs,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", action="store_true")
    ap.add_argument("--plans", help="saved plan outputs, JSON lines (matched by the basename of source)")
    ap.add_argument("--risk", help="saved risk output, JSON lines")
    ap.add_argument("--only", choices=["plan", "risk"])
    ap.add_argument("--fornuft", default="/work/main/.venv/bin/fornuft")
    ap.add_argument("--save", help="with --run: directory for raw outputs")
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.run and not a.plans and not a.risk:
        ap.error("give --run, or --plans and/or --risk")
    do_plan = a.only != "risk" and (a.run or a.plans)
    do_risk = a.only != "plan" and (a.run or a.risk) and (HERE / "status" / "STATUS.csv").exists()
    truth = [json.loads(x) for x in Path(HERE / "truth.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    team = json.loads((HERE / "team.json").read_text(encoding="utf-8"))
    base = shlex.split(a.fornuft)
    save = Path(a.save) if a.save else None
    if save:
        save.mkdir(parents=True, exist_ok=True)
    summary = {}

    if do_plan:
        plans, junk, failures = {}, 0, []
        if a.run:
            raw = []
            for t in truth:
                cmd = base + ["project", "plan", str(HERE / "assignments" / t["source"]), "--team",
                              str(HERE / "team.json"), "--history", str(HERE / "history.csv"),
                              "--start", t["start"], "--json"]
                out, rc, err = run(cmd, a.timeout)
                if rc == 127:
                    print(f"cannot run {base[0]}: {err}", file=sys.stderr)
                    return 2
                objs, j = parse_lines(out)
                junk += j
                if rc:
                    failures.append(f"{t['source']}: exit {rc}: {err.strip().splitlines()[-1] if err.strip() else ''}")
                if objs:
                    plans[t["source"]] = objs[-1]
                    raw.append(json.dumps(objs[-1], ensure_ascii=False))
            if save:
                (save / "plans.jsonl").write_text("\n".join(raw) + "\n", encoding="utf-8")
        else:
            objs, junk = parse_lines(Path(a.plans).read_text(encoding="utf-8"))
            plans = {Path(str(o.get("source", ""))).name: o for o in objs}
        s = score_plans(truth, plans, team)
        summary["plan"] = {k: v for k, v in s.items() if k != "per_file"}
        print(f"== plans: {s['assignments']} assignments, {len(plans)} answered, non-JSON lines {junk}")
        for f in failures:
            print("   " + f)
        for f, v in s["extraction_per_field"].items():
            print(f"   {f:10s} {v:.3f}")
        ok = s["extraction"] >= GOALS["extraction"]
        print(f"extraction accuracy    {s['extraction']:.3f}  (goal >= {GOALS['extraction']})  {'PASS' if ok else 'FAIL'}")
        c = s["deliverables_counts"]
        ok = s["deliverables_recall"] >= GOALS["deliverables_recall"]
        print(f"deliverables recall    {s['deliverables_recall']:.3f}  ({c['found']}/{c['total']}; dropped items still "
              f"listed {c['dropped_still_listed']}/{c['dropped_total']})  (goal >= {GOALS['deliverables_recall']})  "
              f"{'PASS' if ok else 'FAIL'}")
        ok = s["feasible_plans_valid"] == s["feasible_plans"] and s["plans_structurally_valid"] == s["plans_with_tasks"]
        print(f"plan validity          feasible plans valid {s['feasible_plans_valid']}/{s['feasible_plans']}, "
              f"structurally valid {s['plans_structurally_valid']}/{s['plans_with_tasks']} plans with tasks; "
              f"failures by check {s['check_failures']}  (goal: all)  {'PASS' if ok else 'FAIL'}")
        ok = s["infeasible_recognised"] == s["infeasible_total"]
        print(f"infeasible recognised  {s['infeasible_recognised']}/{s['infeasible_total']}; feasible called infeasible "
              f"{s['feasible_called_infeasible']}/{s['feasible_total']}  (goal: all recognised)  {'PASS' if ok else 'FAIL'}")
        print("errors per assignment:")
        for name, errs in s["per_file"]:
            print(f"   {name}: {len(errs)}")
            if a.details:
                for e in errs:
                    print(f"       - {e}")

    if do_risk:
        status_rows = list(csv.DictReader(Path(HERE / "status" / "STATUS.csv").read_text(encoding="utf-8").splitlines()))
        risk_truth = list(csv.DictReader(Path(HERE / "status" / "truth.csv").read_text(encoding="utf-8").splitlines()))
        if a.run:
            cmd = base + ["project", "risk", str(HERE / "status" / "STATUS.csv"), "--json"]
            out, rc, err = run(cmd, a.timeout)
            if rc == 127:
                print(f"cannot run {base[0]}: {err}", file=sys.stderr)
                return 2
            if rc:
                print(f"risk: exit {rc}: {err}", file=sys.stderr)
            if save:
                (save / "risk.jsonl").write_text(out, encoding="utf-8")
        else:
            out = Path(a.risk).read_text(encoding="utf-8")
        objs, junk = parse_lines(out)
        r = score_risk(status_rows, risk_truth, objs)
        summary["risk"] = {k: v for k, v in r.items() if k != "errors"}
        print(f"== risk: {r['projects']} projects, {r['answered']} answered, non-JSON lines {junk}")
        print(f"CPI exact              {r['cpi_exact']:.3f}   SPI exact {r['spi_exact']:.3f}   SPI(t) exact "
              f"{r['spi_t_exact']:.3f}  (tolerance {TOL}; goal 1.000)  "
              f"{'PASS' if r['cpi_exact'] == 1 and r['spi_exact'] == 1 else 'FAIL'}")
        fc = r["flag_counts"]
        ok = r["flag_recall"] >= GOALS["flag_recall"] and r["flag_precision"] >= GOALS["flag_precision"]
        print(f"flags                  recall {r['flag_recall']:.3f}  precision {r['flag_precision']:.3f}  "
              f"(tp {fc['tp']} fp {fc['fp']} fn {fc['fn']})  (goal recall >= {GOALS['flag_recall']} at precision >= "
              f"{GOALS['flag_precision']})  {'PASS' if ok else 'FAIL'}")
        print(f"cost-only view         recall {r['cost_only_recall']:.3f}  precision {r['cost_only_precision']:.3f}  "
              f"(truth: ended > 10 % over budget)")
        if a.details:
            for e in r["errors"]:
                print(f"   - {e}")
    if a.json:
        print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
