"""The assistant validation set replayed in one process: score.py's questions, metrics and
judgement, with `assistant ask` called in-process instead of one CLI start per message
(seconds instead of minutes), so the calibration can be compared over several seeds.

    PYTHONPATH=$PWD .venv/bin/python bench/replay_assistant_validation.py [--seeds 1,2,3] [--default]

Reads the set where it lies (FORNUFT_VALIDATION or the shared corpus; `--scorer` for another set
with the same scorer functions, such as a blind set's); copies nothing. Each
message goes through the same path as the CLI: KnowledgeBase.from_folder, Assistant.reply,
sessions saved and loaded under a throwaway FORNUFT_HOME, reply.contract(). Only the
calibration is fitted here with the seed asked for (`--default`: the product's own fit).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
VALIDATION = Path(os.environ.get("FORNUFT_VALIDATION", "/work/shared/corpora/fornuft-validation/assistant"))
SUMMARY = ("top-1 source accuracy (answerable)", "escalation recall", "false escalation rate (answerable)",
           "multi-turn top-1 (answerable turns)")


SCORER = VALIDATION / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("validation_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _response(contract: dict, seconds: float, score) -> dict:
    return {"error": None, "sources": [score.source_id(s) for s in contract.get("sources") or []],
            "escalate": score.as_bool(contract.get("escalate", False)),
            "reason": contract.get("escalation_reason"), "answer": contract.get("answer"), "seconds": seconds}


def replay(seed: int | None, draws: int | None = None, results: Path | None = None) -> tuple[dict, float]:
    """Pooled metrics over both bases, and the calibration fit time per base (`results`: one JSON
    line per asked message, as score.py's --results, for reading the mistakes)."""
    from fornuft.assistant.calibration import Calibration
    from fornuft.assistant.engine import Assistant, KnowledgeBase
    from fornuft.assistant.sessions import load_history, save_turns

    score = _scorer()
    records, fit_seconds = [], []
    for name in score.KBS:
        kb_data = score.load_kb(name)
        kb = KnowledgeBase.from_folder(kb_data["kb_dir"])
        started = time.perf_counter()
        options = {"seed": seed} if seed is not None else {}
        if draws is not None:
            options["draws"] = draws
        kb._calibration = Calibration.fit(kb, **options)
        fit_seconds.append(time.perf_counter() - started)
        assistant = Assistant(kb)

        def ask(message, session=None, assistant=assistant):
            history = load_history(session) if session else []
            started = time.perf_counter()
            reply = assistant.reply(message, history)
            if session:
                save_turns(session, history, message, reply)
            return _response(reply.contract(), time.perf_counter() - started, score)

        for q in kb_data["questions"]:
            records.append({"kb": name, "kind": "question", "conversation": None, **q, "response": ask(q["message"])})
        for conv in kb_data["conversations"]:
            session = f"val-{conv['id']}-{uuid.uuid4().hex[:10]}"
            for turn in conv["turns"]:
                records.append({"kb": name, "kind": "turn", "conversation": conv["id"], **turn,
                                "response": ask(turn["message"], session)})
    for r in records:
        r["j"] = score.judge(r)
    if results is not None:
        with results.open("w", encoding="utf-8") as handle:
            for r in records:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    return score.metrics(records), statistics.mean(fit_seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default="1,2,3,4,5", help="calibration seeds, comma-separated")
    parser.add_argument("--draws", type=int, default=None, help="draws of pseudo-questions per fit")
    parser.add_argument("--default", action="store_true", help="the product's own calibration fit only")
    parser.add_argument("--results", type=Path, help="write each message with its response here (first seed)")
    parser.add_argument("--scorer", type=Path, help="another set's scorer with the same functions (load_kb, "
                        "judge, metrics), e.g. bench/blind/score_assistant.py; default: the validation set's")
    args = parser.parse_args()
    if args.scorer:
        global SCORER
        SCORER = args.scorer
    os.environ["FORNUFT_HOME"] = tempfile.mkdtemp(prefix="fornuft-replay-")
    seeds = [None] if args.default else [int(s) for s in args.seeds.split(",")]
    rows = []
    for n, seed in enumerate(seeds):
        m, fit = replay(seed, args.draws, args.results if n == 0 else None)
        values = [float(m[k].split()[0]) for k in SUMMARY]
        rows.append(values)
        print(f"seed {seed}: top-1 {values[0]:.3f}  esc. recall {values[1]:.3f}  false esc. {values[2]:.3f}  "
              f"multi-turn {values[3]:.3f}  (fit {fit:.1f} s per base)", flush=True)
    if len(rows) > 1:
        for i, key in enumerate(SUMMARY):
            column = [r[i] for r in rows]
            print(f"{key}: median {statistics.median(column):.3f}  mean {statistics.mean(column):.3f}  "
                  f"range {min(column):.3f}–{max(column):.3f}")


if __name__ == "__main__":
    main()
