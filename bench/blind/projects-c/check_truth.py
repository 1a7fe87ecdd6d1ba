"""Consistency check of truth.jsonl (no Fornuft involved): dates, VAT alternatives, that the truth itself
scores 1.0 under score.py's matching rules, dropped items not matching kept ones, the team's skills come from
the fixed list, and capacity per skill in each assignment's window (the planted infeasible ones must show
it).  Adapted from projects-b/check_truth.py.  /work/main/.venv/bin/python check_truth.py"""
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score

SKILLS = {"nettverk", "m365", "server og backup", "sikkerhet", "automasjon", "integrasjon", "opplæring",
          "prosjektledelse", "dokumentasjon"}
D = dt.date.fromisoformat
T = [json.loads(line) for line in (score.HERE / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
team = json.loads((score.HERE / "team.json").read_text(encoding="utf-8"))

assert len(team["people"]) == 12
assert all(set(p["skills"]) <= SKILLS for p in team["people"]), "skill outside the fixed list"
assert {s for p in team["people"] for s in p["skills"]} == SKILLS, "a listed skill nobody holds"
assert len({t["source"] for t in T}) == len(T) == len(list((score.HERE / "assignments").iterdir()))

langs, fmts = {}, {}
for t in T:
    langs[t["language"]] = langs.get(t["language"], 0) + 1
    fmts[t["format"]] = fmts.get(t["format"], 0) + 1
    assert (score.HERE / "assignments" / t["source"]).exists(), t["source"]
    assert t["source"].endswith("." + t["format"]), t["source"]
    assert D(t["deadline"]) >= D(t["start"]), t["source"]
    assert t["client"] in t["client_accept"]
    if t["budget"] is None:
        assert not t["budget_accept"], t["source"]
    for b in t["budget_accept"]:
        assert t["budget"]["vat"] == "incl" and b["vat"] == "ex", t["source"]
        assert abs(b["amount"] * 1.25 - t["budget"]["amount"]) < 1, t["source"]
    # a perfect prediction must pass each field
    pred = {"client": t["client"], "title": "Prosjekt " + t["title_keywords"][0], "deadline": t["deadline"],
            "budget": t["budget"], "location": t["location"]}
    for f in score.EXTRACT_FIELDS:
        assert score.field_ok(f, pred, t), (t["source"], f)
    assert all(score.match_deliverables(t["deliverables"], t["deliverables"])), t["source"]
    for d in t["deliverables_dropped"]:
        assert not any(score.match_deliverables([d], t["deliverables"])), (t["source"], d)
    print(t["source"], t["start"], D(t["start"]).strftime("%a"), "->", t["deadline"],
          D(t["deadline"]).strftime("%a W%V"),
          t["budget"] and (t["budget"]["amount"], t["budget"]["currency"], t["budget"]["vat"]), t["feasible"])
print(langs, fmts, "deliverables", sum(len(t["deliverables"]) for t in T),
      "dropped", sum(len(t["deliverables_dropped"]) for t in T), "infeasible", sum(not t["feasible"] for t in T))
assert langs == {"nb": 9, "en": 7}


def capacity(start, end):
    """skill -> person-hours available in the working days start..end (a person counts for each skill)."""
    cap, d = {}, start
    while d <= end:
        if d.weekday() < 5:
            for p in team["people"]:
                c = score.week_capacity(p, d.isocalendar()[:2]) / 5
                for k in p["skills"]:
                    cap[k] = cap.get(k, 0) + c
        d += dt.timedelta(1)
    return cap


for t in T:
    cap = capacity(D(t["start"]), D(t["deadline"]))
    print(f"{t['source'][:34]:34s}", {k: round(v) for k, v in sorted(cap.items())})
    if t["source"].startswith("c15"):
        assert cap.get("automasjon", 0) == 0, "c15 must have no automation capacity in its window"
    if t["source"].startswith("c14"):
        assert cap["nettverk"] < 80 and cap["m365"] < 80, "c14 window must be far too short"
    if t["source"].startswith("c06"):
        assert cap["automasjon"] > 500, "c06 automation must fit"
print("OK")
