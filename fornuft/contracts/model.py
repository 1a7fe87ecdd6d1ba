"""The clause classifier the product ships: trained from the seed contracts (and CUAD, under its
CC BY 4.0 licence) by `bench/contracts/train_model.py`, saved signed next to this file, and
loaded once per process. An organization's own model (trained on its corrections through the
model store) replaces it in the services."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("seed") / "clause_model.fornuft"
MODEL_KIND = "contracts.clauses"
# The shipped file is signed with this fixed key: it is public data, the signature only guards
# against a damaged or swapped file, not a secret.
SHIPPED_KEY = b"fornuft-contracts-shipped-model"


@lru_cache(maxsize=1)
def shipped_model():
    """The shipped ClauseClassifier, or None when the file is missing or unreadable (the
    keyword rules then work alone)."""
    if not MODEL_PATH.exists():
        return None
    from fornuft.ml.persistence import ModelFileError, load_model

    try:
        model, _header = load_model(MODEL_PATH, kind=MODEL_KIND, key=SHIPPED_KEY)
    except (ModelFileError, OSError, ValueError):
        return None
    return model
