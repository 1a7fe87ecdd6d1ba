"""Speed and memory of the analysis on a long text contract (run by hand, one core):

    /usr/bin/time -v python bench/contracts/speed.py      # pages/s; "Maximum resident set size"

The document: CUAD contracts joined until about 100 pages (3,000 characters a page), written as
a text-layer-free .txt, analysed through the CLI's own function with the shipped model.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cuad  # noqa: E402

from fornuft.contracts.analysis import analyze_file  # noqa: E402
from fornuft.contracts.model import shipped_model  # noqa: E402

PAGE_CHARS = 3000


def main() -> None:
    text = ""
    for contract in cuad.load():
        text += contract.text + "\n\n"
        if len(text) >= 100 * PAGE_CHARS:
            break
    text = text[: 100 * PAGE_CHARS]
    pages = len(text) / PAGE_CHARS
    model = shipped_model()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.txt"
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        result = analyze_file(path, model=model)
        elapsed = time.perf_counter() - started
    print(f"{pages:.0f} pages in {elapsed:.1f}s: {pages / elapsed:.1f} pages/s; "
          f"{len(result['clauses'])} clauses; model {'on' if model else 'off'}")


if __name__ == "__main__":
    main()
