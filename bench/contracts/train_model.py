"""Trains the clause classifier Fornuft ships: the seed clauses plus CUAD (CC BY 4.0, read in
place from ../shared/corpora/cuad), and saves it signed to fornuft/contracts/seed/.

    python bench/contracts/train_model.py            # writes fornuft/contracts/seed/clause_model.fornuft

`score_cuad.py` scores the same recipe 5-fold by contract, so no contract is scored by a
model that saw it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cuad  # noqa: E402

from fornuft.contracts.training import document_examples  # noqa: E402
from fornuft.contracts.training import train_classifier as train_on

PARAMS = {"C": 4.0, "threshold": 0.5, "char_ngrams": False}


def train_classifier(cuad_contracts=None, **params):
    texts, labels = [], []
    for contract in cuad_contracts or []:
        t, lab = document_examples(contract.text, contract.spans)
        texts += t
        labels += lab
    return train_on(texts, labels, **{**PARAMS, **params})


def main() -> None:
    from fornuft.contracts.model import MODEL_KIND, MODEL_PATH, SHIPPED_KEY
    from fornuft.ml.persistence import save_model

    started = time.perf_counter()
    contracts = cuad.load()
    model = train_classifier(contracts)
    save_model(model, MODEL_PATH, kind=MODEL_KIND, key=SHIPPED_KEY,
               metadata={"trained_on": f"seed clauses + CUAD ({len(contracts)} contracts)", **PARAMS})
    print(f"saved {MODEL_PATH} ({MODEL_PATH.stat().st_size // 1024} kB, {len(model.classes_)} types) "
          f"in {time.perf_counter() - started:.1f}s")


if __name__ == "__main__":
    main()
