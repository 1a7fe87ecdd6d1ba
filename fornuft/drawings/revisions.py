"""Revision order and the supersede check, as plain functions.

Revisions are compared the way drawings number them: letters A < B < … < Z < AA, numbers
01 < 02 < 10, and a letter with a number (C1 < C2 < D1) by letter first. A drawing's revisions
are usually all one kind; where they are mixed, a number sorts before a letter (the preliminary
issues 01, 02 come before the approved A)."""

from __future__ import annotations

import re


def revision_key(revision: str | None) -> tuple:
    text = (revision or "").strip().upper()
    if not text:
        return (-1,)
    match = re.fullmatch(r"([A-Z]*)[ .\-]?(\d*)", text)
    if not match:
        return (3, text)
    letters, digits = match.groups()
    letter_rank = sum((ord(c) - 64) * 27 ** i for i, c in enumerate(reversed(letters)))
    number = int(digits) if digits else 0
    return (2, letter_rank, number) if letters else (1, number)


def is_newer(candidate: str | None, than: str | None) -> bool:
    return revision_key(candidate) > revision_key(than)


def superseded(uses: list[dict], current: dict[str, str]) -> list[dict]:
    """The uses of an older revision than the register's current one.

    `uses`: [{"drawing_number", "revision", "used_by", "url"?}] from the hooks; `current`: number ->
    newest revision. Returns each outdated use with "current_revision" added."""
    warnings = []
    for use in uses:
        newest = current.get(use["drawing_number"])
        if newest is not None and is_newer(newest, use.get("revision")):
            warnings.append({**use, "current_revision": newest})
    return warnings
