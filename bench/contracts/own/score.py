#!/usr/bin/env python3
"""Scores `fornuft contract analyze` on our own contract set with the blind set's scorer, so the
two sets report the same fields, matched by the same rules (bench/blind/contracts/score.py):

    cd bench/contracts/own
    ../../../.venv/bin/python score.py --run --fornuft "../../../.venv/bin/python -m fornuft.cli" [--details]
    ../../../.venv/bin/python score.py --predictions out.jsonl [--details] [--json]

Only the scorer's code is shared; no text of the blind set is read. Run make_own.py first when
the contracts change.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND_SCORER = HERE.parents[1] / "blind" / "contracts" / "score.py"


def main(argv: list[str]) -> int:
    spec = importlib.util.spec_from_file_location("blind_contract_score", BLIND_SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    paths = ["--truth", str(HERE / "truth.jsonl"), "--playbook", str(HERE / "playbook.yaml"),
             "--docs", str(HERE / "documents")]
    return scorer.main([*argv, *paths])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
