"""`fornuft cad read FILE... --json`: the stable contract, from a bare shell."""

import json
import os
import subprocess
import sys
from pathlib import Path

from fornuft.drawings.samples import make_dxf, make_pdf, sample_spec

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"source", "title_block", "bom", "units", "layers"}
BLOCK_KEYS = {"drawing_number", "title", "revision", "date", "drawn_by", "checked_by", "scale", "sheet", "project",
              "company"}


def _fornuft(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "FORNUFT_HOME")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "fornuft.cli", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_cad_read_writes_one_json_line_per_file_without_a_server(tmp_path):
    spec = sample_spec(21)
    (tmp_path / "a.dxf").write_bytes(make_dxf(spec, "grid_nb"))
    (tmp_path / "b.pdf").write_bytes(make_pdf(spec, "rows_en"))
    (tmp_path / "broken.dxf").write_bytes(b"0\nSECTION\n2\nENTITIES\n0\nTEXT\n1\n")
    done = _fornuft("cad", "read", "a.dxf", "b.pdf", "broken.dxf", "missing.dxf", "--json", cwd=tmp_path)
    assert "Traceback" not in done.stderr
    lines = done.stdout.strip().split("\n")
    assert len(lines) == 4
    first, second, broken, missing = (json.loads(line) for line in lines)
    for item in (first, second, broken, missing):
        assert KEYS <= set(item)
        assert set(item["title_block"]) == BLOCK_KEYS
    assert first["source"] == "a.dxf"
    assert first["title_block"]["drawing_number"] == spec["drawing_number"]
    assert first["title_block"]["date"] == spec["date"]
    assert first["title_block"]["sheet"] == spec["sheet"]
    assert first["units"] == "mm" and "TITLE" in first["layers"]
    assert [row["quantity"] for row in first["bom"]] == [row["quantity"] for row in spec["bom"]]
    assert second["title_block"] == {k: spec[k] for k in BLOCK_KEYS}
    assert missing["status"] == "failed" and "no such file" in missing["message"]
    assert done.returncode == 1  # a file could not be read at all


def test_cad_read_exits_0_when_every_file_was_read(tmp_path):
    (tmp_path / "a.dxf").write_bytes(make_dxf(sample_spec(22), "attributes"))
    done = _fornuft("cad", "read", str(tmp_path / "a.dxf"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "rev" in done.stdout
