"""Checks score.py against hand-written plans and risk lines (figures worked out by hand).

    cd bench/blind/projects && python3 -m unittest selftest/test_score.py
"""
import contextlib
import csv
import io
import json
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
import score  # noqa: E402


def load(name):
    objs, junk = score.parse_lines((HERE / name).read_text(encoding="utf-8"))
    return objs, junk


class PlanTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.truth = [json.loads(x) for x in Path(ROOT / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
        cls.team = json.loads((ROOT / "team.json").read_text(encoding="utf-8"))
        objs, cls.junk = load("sample_plans.jsonl")
        plans = {Path(o["source"]).name: o for o in objs}
        cls.s = score.score_plans(cls.truth, plans, cls.team)
        cls.errs = dict(cls.s["per_file"])

    def test_extraction(self):
        # p07 5/5; p01 3/5 (deadline Monday of week 14, location 'Drammen'); p04 5/5; p11 4/5 (location null)
        self.assertEqual(self.junk, 1)
        self.assertAlmostEqual(self.s["extraction"], round(17 / 120, 4))
        self.assertAlmostEqual(self.s["extraction_per_field"]["deadline"], round(3 / 24, 4))

    def test_deliverables(self):
        total = sum(len(t["deliverables"]) for t in self.truth)
        self.assertEqual(self.s["deliverables_counts"]["found"], 2 + 2 + 2 + 0)
        self.assertEqual(self.s["deliverables_counts"]["total"], total)

    def test_validity(self):
        s = self.s
        self.assertEqual((s["plans_with_tasks"], s["plans_structurally_valid"]), (4, 3))
        self.assertEqual((s["feasible_plans"], s["feasible_plans_valid"]), (3, 1))
        self.assertEqual(s["check_failures"], {"skills": 1, "hours": 1, "capacity": 2})
        p01 = " ".join(self.errs["p01_tilstandsvurdering_fjellsbyen_brl.eml"])
        self.assertIn("Kari Nesheim lacks skill 'energi'", p01)
        self.assertIn("Ola Tveter week 2027-W06: 60.0 h > capacity 37.5 h", p01)
        self.assertIn("T2: assignments sum to 110 h, task has 120 h", p01)
        self.assertEqual(self.errs["p07_order_acoustics_brenntangen.eml"], [])

    def test_feasibility(self):
        self.assertEqual((self.s["infeasible_recognised"], self.s["infeasible_total"]), (1, 4))
        self.assertEqual((self.s["feasible_called_infeasible"], self.s["feasible_total"]), (0, 20))

    def test_capacity_with_booking(self):
        kari = next(p for p in self.team["people"] if p["name"] == "Kari Nesheim")
        self.assertEqual(score.week_capacity(kari, (2027, 9)), 22.5)   # booking 1-31 March overlaps W09
        self.assertEqual(score.week_capacity(kari, (2027, 8)), 37.5)
        self.assertEqual(score.week_capacity(kari, (2027, 13)), 22.5)  # W13 = 29 Mar - 4 Apr overlaps


class RiskTest(unittest.TestCase):
    def test_recompute_by_hand(self):
        rows = list(csv.DictReader(Path(ROOT / "status" / "STATUS.csv").read_text(encoding="utf-8").splitlines()))
        ref = score.recompute_ev(rows)
        # PRJ-27005 at 2027-05-31: EV 2040275.89, AC 1998988.24, PV 3146040; ES between day 56 and 84
        self.assertAlmostEqual(ref["PRJ-27005"]["cpi"], 1.020654, places=5)
        self.assertAlmostEqual(ref["PRJ-27005"]["spi"], 0.648522, places=5)
        self.assertAlmostEqual(ref["PRJ-27005"]["spi_t"], 0.743516, places=5)
        self.assertAlmostEqual(ref["PRJ-27033"]["spi_t"], 0.995604, places=5)

    def test_score(self):
        rows = list(csv.DictReader(Path(ROOT / "status" / "STATUS.csv").read_text(encoding="utf-8").splitlines()))
        truth = list(csv.DictReader(Path(ROOT / "status" / "truth.csv").read_text(encoding="utf-8").splitlines()))
        preds, _ = load("sample_risk.jsonl")
        r = score.score_risk(rows, truth, preds)
        flagged = sum(t["flag"] == "True" for t in truth)
        self.assertEqual(r["flag_counts"], {"tp": 1, "fp": 1, "fn": flagged - 1})
        self.assertAlmostEqual(r["cpi_exact"], round(2 / 48, 4))
        self.assertAlmostEqual(r["spi_t_exact"], round(1 / 48, 4))
        self.assertAlmostEqual(r["flag_precision"], 0.5)


class RunTest(unittest.TestCase):
    def test_run_mode(self):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            rc = score.main(["--run", "--fornuft", f"{sys.executable} {HERE / 'fake_fornuft.py'}", "--json"])
        self.assertEqual(rc, 0)
        summary = json.loads(buf.getvalue().strip().splitlines()[-1])
        self.assertEqual(summary["plan"]["feasible_plans"], 3)
        self.assertEqual(summary["risk"]["flag_counts"]["tp"], 1)

    def test_missing_binary(self):
        with contextlib.redirect_stdout(io.StringIO()):
            self.assertEqual(score.main(["--run", "--fornuft", "/nonexistent/fornuft"]), 2)


if __name__ == "__main__":
    unittest.main()
