"""Regression guard on public corpora (full figures: bench/bench_mail_phishing.py)."""

import os
from pathlib import Path

import pytest

from fornuft.mail.parsing import parse_message
from fornuft.mail.phishing import OrgContext, assess

CORPORA = Path(os.environ.get("FORNUFT_CORPORA") or Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora")


def _sample(folder: Path, every: int) -> list[Path]:
    if not folder.is_dir():
        pytest.skip(f"corpus not found at {folder} (set FORNUFT_CORPORA)")
    return sorted(p for p in folder.iterdir() if p.is_file())[::every]


def test_real_phishing_is_mostly_flagged():
    files = _sample(CORPORA / "phishing_pot", 5)
    flagged = sum(assess(parse_message(p.read_bytes()), OrgContext()).verdict != "clean" for p in files)
    assert flagged / len(files) >= 0.8


def test_legitimate_mail_is_rarely_called_phishing():
    files = _sample(CORPORA / "spamassassin" / "easy-ham-1", 4) + _sample(CORPORA / "spamassassin" / "hard-ham-1", 4)
    phishing = sum(assess(parse_message(p.read_bytes()), OrgContext()).verdict == "phishing" for p in files)
    assert phishing / len(files) <= 0.02
