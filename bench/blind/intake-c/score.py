"""Score `fornuft intake dictation` (issue 16) on blind intake set C (Vestvik Maling og Tapet) with set B's
scorer, `../intake-b/score.py`: same metrics, options and command line; only the folder and the set's name differ.
Like set B, this set has transcripts only (no audio, no nameplates, no notes), so `--only` is `text`.

    python3 score.py "FORNUFT_CMD" [--save preds.jsonl] [--details]
    python3 score.py --predictions preds.jsonl [--details]
"""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("blind_intake_b_score",
                                               Path(__file__).resolve().parent.parent / "intake-b" / "score.py")
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = Path(__file__).resolve().parent
scorer.SET_LETTER, scorer.SET_COMPANY = "C", "Vestvik Maling og Tapet"

if __name__ == "__main__":
    sys.exit(scorer.main())
