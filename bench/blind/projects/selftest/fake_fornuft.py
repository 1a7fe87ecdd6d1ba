"""Stand-in for `fornuft project plan|risk ... --json`: checks the arguments and prints the matching
hand-written sample line (used by test_score.py to exercise score.py --run)."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
args = sys.argv[1:]
assert args[0] == "project" and "--json" in args, args
if args[1] == "plan":
    assert "--team" in args and "--history" in args and "--start" in args, args
    name = Path(args[2]).name
    for ln in (HERE / "sample_plans.jsonl").read_text(encoding="utf-8").splitlines():
        if ln.startswith("{") and Path(json.loads(ln)["source"]).name == name:
            print(ln)
    sys.exit(0)
assert args[1] == "risk" and Path(args[2]).is_file(), args
sys.stdout.write((HERE / "sample_risk.jsonl").read_text(encoding="utf-8"))
