"""Stand-in for `fornuft contract analyze DIR --json --playbook P`: checks the arguments and prints
the hand-written sample predictions (used by test_score.py to exercise score.py --run)."""
import sys
from pathlib import Path

args = sys.argv[1:]
assert args[:2] == ["contract", "analyze"] and "--json" in args and "--playbook" in args, args
assert Path(args[2]).is_dir() and Path(args[args.index("--playbook") + 1]).is_file(), args
sys.stdout.write((Path(__file__).parent / "sample_predictions.jsonl").read_text(encoding="utf-8"))
