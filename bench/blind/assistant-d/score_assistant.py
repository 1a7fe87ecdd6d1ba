"""Scores blind set D (this folder) with the shared blind assistant scorer, `../score_assistant.py`.

    python score_assistant.py "<command that runs the fornuft CLI>" [--jobs N]

Same metrics and command line as the shared scorer; only the folder differs.
"""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("blind_score_assistant",
                                               Path(__file__).resolve().parent.parent / "score_assistant.py")
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(scorer.main())
