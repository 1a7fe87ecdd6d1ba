"""The demo knowledge base and its question set: validation half (tuned on) and test half.

    .venv/bin/python bench/bench_assistant_kb.py

Same scoring as `fornuft assistant eval`: top-1 source accuracy on answerable questions,
escalation recall, false-escalation rate.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fornuft.assistant.engine import Assistant, KnowledgeBase  # noqa: E402
from fornuft.assistant.evaluation import evaluate, read_questions  # noqa: E402

if __name__ == "__main__":
    assistant = Assistant(KnowledgeBase.from_folder(ROOT / "fornuft" / "assistant" / "seed" / "kb"))
    for half in ("validation", "test"):
        result = evaluate(assistant, read_questions(ROOT / "bench" / "data" / "assistant" / f"questions_{half}.jsonl"))
        result.pop("failures")
        print(half, json.dumps(result))
