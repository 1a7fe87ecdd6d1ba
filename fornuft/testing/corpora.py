"""Where the public test corpora are: `../shared/corpora` beside the checkout (as in CI), or
`FORNUFT_CORPORA`. Tests and benchmarks read them in place; nothing is copied."""

from __future__ import annotations

import os
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]


def corpora_root() -> Path:
    return Path(os.environ.get("FORNUFT_CORPORA") or REPOSITORY / ".." / "shared" / "corpora").resolve()


def require_corpus(*parts: str) -> Path:
    """The corpus folder for a test. When no corpora are present at all (a developer clone
    without `../shared`), the test is skipped with the reason; CI sets
    FORNUFT_REQUIRE_CORPORA=1, and a corpus that is missing while corpora are expected fails."""
    import pytest

    root = corpora_root()
    path = root.joinpath(*parts)
    if path.is_dir():
        return path
    if root.is_dir() or os.environ.get("FORNUFT_REQUIRE_CORPORA"):
        pytest.fail(f"corpus {path} is missing (set FORNUFT_CORPORA to the corpora folder)")
    pytest.skip(f"no corpora at {root} (set FORNUFT_CORPORA)")
