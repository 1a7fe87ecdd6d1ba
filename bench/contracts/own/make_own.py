"""Writes our own evaluation set: documents/ (TXT, Markdown, DOCX, text-layer PDF) and
truth.jsonl, from the hand-written contracts in contracts_nb.py and contracts_en.py.

    .venv/bin/python bench/contracts/own/make_own.py

Expected risks are worked out from the truth with playbook.yaml, by the rules' plain meaning
(not by Fornuft's code): a required clause that is absent, a forbidden clause or field value
that is present, a field over its maximum, a law outside the allowed list. A rule whose outcome
turns on an optional clause or an accepted alternative value is listed in `risks_optional`, and
so is FOREIGN_LAW where there is no choice of law.
"""

from __future__ import annotations

import html
import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from contracts_en import CONTRACTS as EN  # noqa: E402
from contracts_nb import CONTRACTS as NB  # noqa: E402

FIELDS = ["language", "contract_type", "parties", "signed_date", "effective_date", "expiration_date",
          "auto_renewal", "renewal_term_months", "notice_period_days", "notice_deadline", "governing_law", "value"]


def _violations(rules, fields: dict, clauses: set[str]) -> set[str]:
    out = set()
    for rule in rules:
        if "clause" in rule:
            present = rule["clause"] in clauses
            if (rule.get("require") and not present) or (rule.get("forbid") and present):
                out.add(rule["code"])
            continue
        value = fields.get(rule["field"])
        if value is None:
            continue
        if "max" in rule and value > rule["max"]:
            out.add(rule["code"])
        if rule.get("forbid") and value is True:
            out.add(rule["code"])
        if "allowed" in rule and value not in rule["allowed"]:
            out.add(rule["code"])
    return out


def expected_risks(rules, truth: dict) -> tuple[list[str], list[str]]:
    present, optional = set(truth["clauses_present"]), set(truth["clauses_optional"])
    sure = _violations(rules, truth, present)
    variants = [_violations(rules, truth, present | optional)]
    for field, alternatives in truth.get("accept", {}).items():
        for alternative in alternatives:
            variants.append(_violations(rules, {**truth, field: alternative}, present))
    every, always = sure.union(*variants), sure.intersection(*variants)
    maybe = every - always
    if truth["governing_law"] is None:
        maybe.add("FOREIGN_LAW")
    return sorted(always - maybe), sorted(maybe)


def _paragraphs(text: str) -> list[str]:
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def write_docx(text: str, path: Path) -> None:
    import docx

    document = docx.Document()
    blocks = _paragraphs(text)
    document.add_heading(blocks[0], level=1)
    for block in blocks[1:]:
        lines = block.split("\n")
        if len(lines) > 1 and len(lines[0]) < 60 and not lines[0].endswith("."):
            document.add_heading(lines[0], level=2)
            lines = lines[1:]
        for line in lines:
            document.add_paragraph(line)
    document.save(str(path))


def write_pdf(text: str, path: Path) -> None:
    from weasyprint import HTML

    blocks = _paragraphs(text)
    body = [f"<h1>{html.escape(blocks[0])}</h1>"]
    for block in blocks[1:]:
        body.append("<p>" + "<br>".join(html.escape(line) for line in block.split("\n")) + "</p>")
    page = ("<html><head><style>@page { size: A4; margin: 2cm; @bottom-center { content: 'Side ' counter(page) } }"
            "body { font-family: serif; font-size: 11pt; } h1 { font-size: 15pt; }</style></head><body>"
            + "".join(body) + "</body></html>")
    HTML(string=page).write_pdf(str(path))


def main() -> None:
    rules = yaml.safe_load((HERE / "playbook.yaml").read_text(encoding="utf-8"))["rules"]
    documents = HERE / "documents"
    documents.mkdir(exist_ok=True)
    rows = []
    for contract in sorted(NB + EN, key=lambda c: c["source"]):
        source, text, truth = contract["source"], contract["text"], dict(contract["truth"])
        path = documents / source
        suffix = path.suffix
        if suffix == ".docx":
            write_docx(text, path)
        elif suffix == ".pdf":
            write_pdf(text, path)
        else:
            path.write_text(text, encoding="utf-8")
        for party in truth["parties"]:
            party.setdefault("role", None)
        risks, optional = expected_risks(rules, truth)
        rows.append({"source": source, "format": suffix[1:], **{f: truth[f] for f in FIELDS},
                     "clauses_present": truth["clauses_present"], "clauses_optional": truth["clauses_optional"],
                     "expected_risks": risks, "risks_optional": optional, "accept": truth.get("accept", {})})
    (HERE / "truth.jsonl").write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                                      encoding="utf-8")
    print(f"{len(rows)} contracts written to {documents}")


if __name__ == "__main__":
    main()
