"""`fornuft contract analyze PATH... --json [--playbook]`: the published contract, from a bare shell,
and every kind of bad input giving its error object while the run goes on."""

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fornuft.contracts.analysis import KEYS, analyze_file
from tests.contracts.samples import EN_LICENCE, NO_SERVICE, docx_bytes
from tests.invoices.pdfs import encrypted_pdf, text_pdf

ROOT = Path(__file__).resolve().parents[2]
CLAUSE_TYPES_IN_ISSUE = 43


def run_cli(*args, cwd=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "FORNUFT_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["HOME"] = str(cwd or ROOT)
    return subprocess.run(
        [sys.executable, "-m", "fornuft.cli", "contract", "analyze", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )


def lines(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "service.txt").write_text(NO_SERVICE, encoding="utf-8")
    (tmp_path / "licence.md").write_text(EN_LICENCE, encoding="utf-8")
    (tmp_path / "licence.docx").write_bytes(docx_bytes(EN_LICENCE))
    (tmp_path / "service.pdf").write_bytes(text_pdf([NO_SERVICE.splitlines()[:30], NO_SERVICE.splitlines()[30:]]))
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    return tmp_path


def test_the_published_json_from_a_bare_shell(folder):
    result = run_cli(str(folder), "--json", cwd=folder)
    assert result.returncode == 0, result.stderr
    objects = {Path(o["source"]).name: o for o in lines(result)}
    assert sorted(objects) == ["licence.docx", "licence.md", "service.pdf", "service.txt"]
    for item in objects.values():
        assert tuple(item) == KEYS
        for clause in item["clauses"]:
            assert set(clause) == {"type", "text", "start", "end", "confidence"}
            assert 0 <= clause["confidence"] <= 1 and clause["start"] < clause["end"]
        for risk in item["risks"]:
            assert set(risk) == {"code", "severity", "clause_type", "reason"}
    service = objects["service.txt"]
    assert service["language"] == "nb" and service["contract_type"] == "service"
    assert service["parties"][0] == {"name": "Nordlys Data AS", "org_number": "914778271", "role": "Leverandøren"}
    assert (service["effective_date"], service["expiration_date"], service["signed_date"]) == (
        "2025-03-01",
        "2027-02-28",
        "2025-02-21",
    )
    assert (service["auto_renewal"], service["renewal_term_months"], service["notice_period_days"]) == (True, 12, 90)
    assert service["notice_deadline"] == "2026-11-30"
    assert service["governing_law"] == "NO"
    assert service["value"] == {"amount": 1200000, "currency": "NOK"}
    text = NO_SERVICE
    for clause in service["clauses"]:
        assert text[clause["start"] : clause["end"]] == clause["text"]
    types = {c["type"] for c in service["clauses"]}
    assert {
        "cap_on_liability",
        "uncapped_liability",
        "confidentiality",
        "governing_law",
        "renewal_term",
        "notice_period_to_terminate_renewal",
        "payment_terms",
        "price_adjustment",
        "dispute_resolution",
    } <= types
    assert {r["code"] for r in service["risks"]} == {"UNCAPPED", "AUTO_RENEWAL"}
    pdf = objects["service.pdf"]
    assert (pdf["notice_deadline"], pdf["governing_law"], pdf["parties"][1]["org_number"]) == (
        "2026-11-30",
        "NO",
        "923456783",
    )
    for name in ("licence.md", "licence.docx"):
        licence = objects[name]
        assert licence["language"] == "en" and licence["contract_type"] == "license"
        assert (licence["effective_date"], licence["expiration_date"], licence["notice_deadline"]) == (
            "2025-03-15",
            "2028-03-14",
            "2027-12-15",
        )
        assert licence["governing_law"] == "GB" and licence["signed_date"] == "2025-03-05"
        assert licence["parties"][0]["org_number"] == "08123456"
        assert {"FOREIGN_LAW", "NON_COMPETE", "AUTO_RENEWAL"} <= {r["code"] for r in licence["risks"]}


def test_an_own_playbook(folder, tmp_path):
    playbook = tmp_path / "playbook.yaml"
    playbook.write_text(
        "rules:\n  - {code: LONG_NOTICE, field: notice_period_days, max: 60, severity: high}\n"
        "  - {code: NEED_ESCROW, clause: source_code_escrow, require: true, severity: low}\n"
    )
    result = run_cli(str(folder / "service.txt"), "--json", "--playbook", str(playbook))
    [item] = lines(result)
    assert {r["code"]: r["severity"] for r in item["risks"]} == {"LONG_NOTICE": "high", "NEED_ESCROW": "low"}


def test_a_bad_playbook_is_one_line_and_exit_1(folder, tmp_path):
    playbook = tmp_path / "bad.yaml"
    playbook.write_text("rules:\n  - {code: X, clause: nonsense, forbid: true}\n")
    result = run_cli(str(folder / "service.txt"), "--json", "--playbook", str(playbook))
    assert result.returncode == 1 and result.stdout == ""
    assert "unknown clause type" in result.stderr and "Traceback" not in result.stderr


def _docx_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 30_000_000 + b"</w:document>")
    return buffer.getvalue()


def test_bad_files_give_error_objects_and_the_run_goes_on(tmp_path):
    bad = {
        "empty.txt": b"",
        "blank.md": b"   \n\n  ",
        "locked.pdf": encrypted_pdf(),
        "broken.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage",
        "bomb.docx": _docx_bomb(),
        "scan.pdf": text_pdf([[] for _ in range(500)]),  # 500 pages with no text layer
        "recipe.txt": "Pannekaker\n\n3 egg, 5 dl melk, 2,5 dl hvetemel. Stek i smør.".encode(),
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(NO_SERVICE, encoding="utf-8")
    result = run_cli(str(tmp_path), str(tmp_path / "missing.pdf"), "--json")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    objects = {Path(o["source"]).name: o for o in lines(result)}
    codes = {name: o["error"]["code"] for name, o in objects.items() if "error" in o}
    assert codes == {
        "empty.txt": "empty",
        "blank.md": "empty",
        "locked.pdf": "encrypted",
        "broken.pdf": "unreadable",
        "bomb.docx": "too_large",
        "scan.pdf": "too_large",
        "recipe.txt": "not_contract",
        "missing.pdf": "not_found",
    }
    for name in codes:
        assert set(objects[name]) == {"source", "error"} and objects[name]["error"]["message"]
    assert objects["good.txt"]["governing_law"] == "NO"


def test_mixed_languages_take_the_larger_one(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(
        NO_SERVICE + "\n\nAppendix A – Service levels\nThe Supplier shall respond within four hours.\n",
        encoding="utf-8",
    )
    result = analyze_file(path)
    assert result["language"] == "nb" and result["notice_deadline"] == "2026-11-30"


def test_plain_output_is_one_line_per_file(folder):
    result = run_cli(str(folder / "service.txt"))
    assert result.returncode == 0
    assert "service (nb) Nordlys Data AS / Fjordbakst AS" in result.stdout and "risk red" in result.stdout


def test_every_clause_type_in_the_issue_is_known():
    from fornuft.contracts.clause_rules import CLAUSE_TYPES

    assert len(CLAUSE_TYPES) == len(set(CLAUSE_TYPES)) == CLAUSE_TYPES_IN_ISSUE
