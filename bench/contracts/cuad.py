"""Reading CUAD (../shared/corpora/cuad, CC BY 4.0) in place: each contract's text and, per
clause type, the annotated spans located in the text.

    contracts = load()    # [CuadContract(name, text, spans={"cap_on_liability": [(start, end), ...]})]
"""

from __future__ import annotations

import ast
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from fornuft.contracts.clause_rules import CUAD_COLUMNS

CUAD = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "cuad"
if not CUAD.exists():
    CUAD = Path("/work/shared/corpora/cuad")


@dataclass
class CuadContract:
    name: str
    text: str
    present: set[str] = field(default_factory=set)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def _locate(text: str, answer: str) -> list[tuple[int, int]]:
    """Where an annotated answer is in the text ("<omitted>" joins pieces); whitespace-tolerant."""
    found = []
    for piece in answer.split("<omitted>"):
        piece = piece.strip()
        if len(piece) < 3:
            continue
        index = text.find(piece)
        if index >= 0:
            found.append((index, index + len(piece)))
            continue
        words = piece.split()
        pattern = r"\s*".join(re.escape(w) for w in words[:60])
        match = re.search(pattern, text)
        if match:
            found.append((match.start(), match.end()))
    return found


def load(root: Path = CUAD) -> list[CuadContract]:
    csv.field_size_limit(10**9)
    texts = {p.stem: p for p in (root / "full_contract_txt").glob("*.txt")}
    out = []
    with open(root / "master_clauses.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            stem = Path(row["Filename"]).stem
            path = texts.get(stem) or texts.get(stem.strip())
            if path is None:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            contract = CuadContract(stem, text)
            for column, kind in CUAD_COLUMNS.items():
                answers = ast.literal_eval(row[column]) if row[column].strip() else []
                if answers:
                    contract.present.add(kind)
                    contract.spans[kind] = [s for a in answers for s in _locate(text, a)]
            out.append(contract)
    return out
