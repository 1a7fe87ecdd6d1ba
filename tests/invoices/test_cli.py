"""`fornuft invoice extract PATH... --json`: the stable contract, without a server."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from fornuft.cli import cli

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "invoices"


@pytest.mark.django_db
def test_extract_json_lines_with_duplicates_in_the_run(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DATA / "pdf" / "01-classic.pdf", folder / "a.pdf")
    shutil.copy(DATA / "pdf" / "01-classic.pdf", folder / "b.pdf")
    (folder / "notes.txt").write_text("ignored in folders")
    result = CliRunner().invoke(
        cli, ["invoice", "extract", str(folder), str(DATA / "pdf" / "03-english.pdf"), "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in rows] == ["a.pdf", "b.pdf", "03-english.pdf"]
    truth = json.loads((DATA / "truth" / "01-classic.json").read_text(encoding="utf-8"))
    assert rows[0]["invoice_number"] == truth["invoice_number"]
    assert rows[0]["total_incl_vat"] == truth["total_incl_vat"]
    assert "DUPLICATE" not in {v["code"] for v in rows[0]["validation"]}
    assert "DUPLICATE" in {v["code"] for v in rows[1]["validation"]}
    assert rows[2]["format"] == "pdf_text" and rows[2]["supplier_vat_number"].startswith("NO")


@pytest.mark.django_db
def test_extract_reports_bad_files_as_objects(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    result = CliRunner().invoke(cli, ["invoice", "extract", str(tmp_path / "broken.pdf"), "--json"])
    assert result.exit_code == 0
    row = json.loads(result.stdout)
    assert row["status"] == "failed" and "damaged" in row["message"]


@pytest.mark.django_db
def test_missing_path_is_a_user_error():
    result = CliRunner().invoke(cli, ["invoice", "extract", "/no/such/file.pdf", "--json"])
    assert result.exit_code == 1
    assert "no such file" in result.output


@pytest.mark.django_db
def test_extract_finds_duplicates_in_the_database(org):
    from fornuft.core import blobs
    from fornuft.invoices import services

    pdf = (DATA / "pdf" / "02-modern.pdf").read_bytes()
    services.intake(org, blobs.store(org, pdf, filename="earlier.pdf"), filename="earlier.pdf")
    result = CliRunner().invoke(
        cli, ["invoice", "extract", str(DATA / "pdf" / "02-modern.pdf"), "--json", "--org", org.slug]
    )
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    duplicate = [v for v in row["validation"] if v["code"] == "DUPLICATE"]
    assert duplicate and "earlier.pdf" in duplicate[0]["message"]
