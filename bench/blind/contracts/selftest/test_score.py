"""Checks score.py against the hand-written sample_predictions.jsonl (figures worked out by hand).

    cd bench/blind/contracts && python3 -m unittest selftest/test_score.py
"""
import json
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import score  # noqa: E402


class ScoreTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        truth = [json.loads(x) for x in (HERE.parent / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
        cls.n = len(truth)
        preds, cls.junk = score.load_predictions(
            (HERE / "sample_predictions.jsonl").read_text(encoding="utf-8").splitlines())
        cls.s = score.score(truth, preds)
        cls.per_file = dict(cls.s["per_file"])

    def test_counts(self):
        self.assertEqual(self.n, 27)
        self.assertEqual(self.junk, 1)

    def test_fields(self):
        # 02: 12/12; 12: 11/12 (signed_date wrong); 25: 12/12 (invalid org accepted as null);
        # 19 error object and 24 missing files: 0
        self.assertAlmostEqual(self.s["fields"], round(35 / (27 * 12), 4))
        self.assertAlmostEqual(self.s["fields_per_field"]["signed_date"], round(2 / 27, 4))
        self.assertAlmostEqual(self.s["fields_per_field"]["parties"], round(3 / 27, 4))
        self.assertEqual(len(self.per_file["02_konfidensialitetsavtale_hareid.txt"]), 0)
        self.assertEqual(len(self.per_file["25_lisensavtale_nordlink_hmi_skodje.md"]), 0)

    def test_clauses(self):
        # tp = 5 (02) + 4 (12) + 10 (25); fp = 1 (non_compete in 12); fn = 238 - 19
        self.assertEqual(self.s["clause_counts"], {"tp": 19, "fp": 1, "fn": 219})
        p, r = 19 / 20, 19 / 238
        self.assertAlmostEqual(self.s["clause_f1"], round(2 * p * r / (p + r), 4))

    def test_risks(self):
        self.assertEqual(self.s["risk_counts"], {"expected": 53, "found": 5, "predicted": 6, "false": 1})
        self.assertAlmostEqual(self.s["false_risk_rate"], round(1 / 6, 4))

    def test_matching_helpers(self):
        self.assertTrue(score.name_match("Stackwise, Inc.", "STACKWISE INC"))
        self.assertTrue(score.name_match("Cloudrift Analytics B.V.", "Cloudrift Analytics BV"))
        self.assertFalse(score.name_match("Nordvik Automasjon AS", "Hareid Robotics AS"))
        self.assertEqual(score.norm_org("HRB 748213"), "HRB748213")
        self.assertTrue(score.same("value", {"amount": 18000, "currency": "usd"}, {"amount": 18000, "currency": "USD"}))
        self.assertFalse(score.same("auto_renewal", 1, True))
        self.assertFalse(score.same("notice_period_days", True, 1))


if __name__ == "__main__":
    unittest.main()


class RunTest(unittest.TestCase):
    def test_run_mode(self):
        import contextlib
        import io

        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            rc = score.main(["--run", "--fornuft", f"{sys.executable} {HERE / 'fake_fornuft.py'}", "--json"])
        self.assertEqual(rc, 0)
        summary = json.loads(buf.getvalue().strip().splitlines()[-1])
        self.assertEqual(summary["risk_counts"]["found"], 5)
        self.assertEqual(summary["clause_counts"]["tp"], 19)

    def test_missing_binary(self):
        self.assertEqual(score.main(["--run", "--fornuft", "/nonexistent/fornuft"]), 2)
