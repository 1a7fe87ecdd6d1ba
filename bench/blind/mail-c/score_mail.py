"""Scores blind set C (this folder) with the shared blind mail scorer, `../score_mail.py`.

    python score_mail.py "<command that runs the fornuft CLI>" [--errors]

Same metrics and command line as the shared scorer; only the folder differs.
"""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("blind_score_mail",
                                               Path(__file__).resolve().parent.parent / "score_mail.py")
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = str(Path(__file__).resolve().parent)  # the shared scorer joins paths with os.path

if __name__ == "__main__":
    sys.exit(scorer.main())
