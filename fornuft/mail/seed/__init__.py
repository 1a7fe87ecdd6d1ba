"""Seed training data: `load_seed_examples()` → [(text, category)].

Each `<category>.txt` holds examples separated by lines `%%` (see README.md). Besides
the examples as written, deterministic variants are added — the same message with a
signature block, or as a reply with a prefix and quoted history — so the model learns
that these parts carry no meaning of their own.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent

SIGNATURES = [
    "Med vennlig hilsen\nKari Nilsen\nØkonomisjef\nTlf. 22 33 44 55",
    "Best regards,\nJohn Smith\nSenior Manager | Phone +44 20 7946 0000",
    "Mvh\nOla\nSendt fra min iPhone",
    "Vennlig hilsen\nHanne Lund\nDaglig leder\nLund & Co AS · Org.nr. 912 345 678",
    "Thanks,\nAnna\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.",
    "Hilsen\nPer Strand\nwww.strandbygg.no",
]
QUOTES = [
    "\n\nDen 2. april 2025 kl. 09:12 skrev Nordfjell <post@nordfjell.no>:\n"
    "> Takk for henvendelsen.\n> Vi kommer tilbake til deg.",
    "\n\nOn Mon, 3 Mar 2025 at 14:05, Nordfjell <post@nordfjell.no> wrote:\n"
    "> Thank you for your email.\n> Best regards",
    "\n\n-----Original Message-----\nFrom: Nordfjell\nSent: Tuesday\nSubject: Re: your message\n\nHi, see below.",
]


def read_examples(path: Path) -> list[str]:
    """The examples of one seed file (whitespace trimmed, empty ones dropped)."""
    text = path.read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n%%\n") if block.strip()]


def categories() -> list[str]:
    return sorted(p.stem for p in SEED_DIR.glob("*.txt"))


def _pick(options: list[str], text: str, salt: str) -> str:
    digest = hashlib.sha256((salt + text).encode()).digest()
    return options[digest[0] % len(options)]


@cache
def load_seed_examples(augment: bool = True) -> tuple[tuple[str, str], ...]:
    """Every seed example as (text, category), plus deterministic variants when `augment`."""
    examples: list[tuple[str, str]] = []
    for category in categories():
        for i, text in enumerate(read_examples(SEED_DIR / f"{category}.txt")):
            examples.append((text, category))
            if not augment:
                continue
            if i % 3 == 0:
                examples.append((f"{text}\n\n{_pick(SIGNATURES, text, 'sig')}", category))
            if i % 4 == 1:
                subject, _, body = text.partition("\n")
                if subject.startswith("Subject:"):
                    reply = f"Subject: {_pick(['SV: ', 'RE: ', 'Re: ', 'VS: ', 'Fwd: '], text, 'pre')}" \
                            f"{subject[len('Subject:'):].strip()}\n{body}"
                else:
                    reply = text
                examples.append((reply + _pick(QUOTES, text, "quote"), category))
    return tuple(examples)
