"""Regression guard on public corpora (full figures: bench/bench_mail_phishing.py)."""

from pathlib import Path

from fornuft.mail.parsing import parse_message
from fornuft.mail.phishing import OrgContext, assess
from fornuft.testing.corpora import require_corpus


def _sample(*corpus: str, every: int) -> list[Path]:
    folder = require_corpus(*corpus)
    return sorted(p for p in folder.iterdir() if p.is_file())[::every]


def test_real_phishing_is_mostly_flagged():
    files = _sample("phishing_pot", every=5)
    flagged = sum(assess(parse_message(p.read_bytes()), OrgContext()).verdict != "clean" for p in files)
    assert flagged / len(files) >= 0.8


def test_legitimate_mail_is_rarely_called_phishing():
    files = _sample("spamassassin", "easy-ham-1", every=4) + _sample("spamassassin", "hard-ham-1", every=4)
    phishing = sum(assess(parse_message(p.read_bytes()), OrgContext()).verdict == "phishing" for p in files)
    assert phishing / len(files) <= 0.02
