"""Fills empty msgstr entries of a .po file from a JSON dictionary {msgid: msgstr}.

Usage: python scripts/fill_po.py path/to/django.po translations.json
Entries already translated are kept; plural entries are filled when the JSON value is a
list [singular, plural]. Prints the msgids still missing."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_STRING = r'"(?:[^"\\]|\\.)*"'
ENTRY = re.compile(
    rf'(msgid "((?:[^"\\]|\\.)*)"\n)(msgid_plural {_STRING}\n)?((?:msgstr(?:\[\d\])? {_STRING}\n)+)'
)


def quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def fill(po_text: str, translations: dict) -> tuple[str, list[str]]:
    missing = []

    def replace(match: re.Match) -> str:
        msgid = match.group(2).replace('\\"', '"')
        plural = match.group(3)
        strings = match.group(4)
        if not msgid or re.search(r'msgstr(?:\[\d\])? "[^"]', strings):
            return match.group(0)
        value = translations.get(msgid)
        if value is None:
            missing.append(msgid)
            return match.group(0)
        if plural:
            singular, many = value if isinstance(value, list) else (value, value)
            return f'{match.group(1)}{plural}msgstr[0] "{quote(singular)}"\nmsgstr[1] "{quote(many)}"\n'
        return f'{match.group(1)}msgstr "{quote(value)}"\n'

    # Multi-line msgids are joined first so that each entry is one match.
    po_text = re.sub(r'"\n"', "", po_text)
    return ENTRY.sub(replace, po_text), missing


def main() -> None:
    po_path, json_path = Path(sys.argv[1]), Path(sys.argv[2])
    text, missing = fill(po_path.read_text(), json.loads(Path(json_path).read_text()))
    text = text.replace("#, fuzzy\n", "")
    po_path.write_text(text)
    for msgid in missing:
        print("missing:", msgid)


if __name__ == "__main__":
    main()
