"""Score `fornuft project plan` (issue 13) on the third blind project set (projects-c) with the second set's
scorer, `../projects-b/score.py`: same metrics, options and command line; only the folder differs. This set has
no status/ part, so use `--only plan`.

    cd bench/blind/projects-c
    python3 score.py --run --only plan --fornuft "/work/main/.venv/bin/python -m fornuft.cli" [--details]
"""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("blind_projects_b_score",
                                               Path(__file__).resolve().parent.parent / "projects-b" / "score.py")
scorer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scorer)
scorer.HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(scorer.main())
