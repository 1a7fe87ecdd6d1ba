"""Reading drawings into the `fornuft cad read` contract: plain functions, no database.

Fixtures are made here with ezdxf and WeasyPrint (fornuft.drawings.samples); the public ezdxf
corpus (../shared/corpora/ezdxf-dxf) is read when present."""

import io
from pathlib import Path

import pytest

from fornuft.drawings.reading import TITLE_BLOCK_FIELDS, read_drawing, values
from fornuft.drawings.samples import DXF_STYLES, PDF_STYLES, make_dxf, make_pdf, sample_spec

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "ezdxf-dxf"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpora/ezdxf-dxf")


def _expected(spec):
    return {field: spec[field] for field in TITLE_BLOCK_FIELDS}


@pytest.mark.parametrize("style", DXF_STYLES)
def test_each_title_block_style_is_read_from_dxf(style):
    spec = sample_spec(7)
    result = read_drawing(make_dxf(spec, style), f"{style}.dxf")
    assert result.status == "ok", result.message
    assert result.title_block == _expected(spec)
    assert result.bom == spec["bom"]
    assert result.units == "mm"
    assert {"TITLE", "BOM", "GEOMETRY"} <= set(result.layers)


def test_the_client_is_not_taken_for_the_company():
    spec = {**sample_spec(3), "company": None}
    data = make_dxf({**spec, "company": "placeholder"}, "rows_en").replace(b"placeholder", b"           ")
    result = read_drawing(data, "x.dxf")
    assert result.title_block["company"] is None  # "Client: Hansen Bygg AS" stays the client's


@pytest.mark.parametrize("style", PDF_STYLES)
def test_pdf_drawings_are_read_from_their_text_layer(style):
    spec = sample_spec(11)
    result = read_drawing(make_pdf(spec, style), f"{style}.pdf")
    assert result.status == "ok", result.message
    assert result.title_block == _expected(spec)
    assert result.bom == spec["bom"]
    assert result.units is None and result.layers == []


def test_quantities_are_numbers_and_header_rows_are_left_out():
    spec = sample_spec(2)
    bom = read_drawing(make_dxf(spec, "grid_en_bom_top"), "x.dxf").bom
    assert all(isinstance(row["quantity"], int) for row in bom)
    assert not any(row["description"] in ("Description", "Beskrivelse", "Parts list") for row in bom)


def test_old_r12_and_binary_dxf_are_read():
    spec = sample_spec(4)
    r12 = read_drawing(make_dxf(spec, "rows_en", version="R12"), "old.dxf")
    assert r12.title_block["drawing_number"] == spec["drawing_number"]
    import ezdxf

    text = make_dxf(spec, "attributes")
    doc = ezdxf.read(io.StringIO(text.decode("utf-8")))
    binary = io.BytesIO()
    doc.write(binary, fmt="bin")
    result = read_drawing(binary.getvalue(), "bin.dxf")
    assert result.status == "ok", result.message
    assert result.title_block["drawing_number"] == spec["drawing_number"]


def test_a_cp1252_drawing_keeps_its_norwegian_letters():
    spec = {**sample_spec(5), "title": "Bæreevne for støpt å-profil"}
    result = read_drawing(make_dxf(spec, "grid_nb", version="R2000"), "old.dxf")
    assert result.title_block["title"] == "Bæreevne for støpt å-profil"


def test_a_drawing_without_a_title_block_says_so():
    import ezdxf

    doc = ezdxf.new()
    doc.modelspace().add_line((0, 0), (100, 100))
    doc.modelspace().add_text("Snitt A-A", height=5)
    stream = io.StringIO()
    doc.write(stream)
    result = read_drawing(stream.getvalue().encode(), "plain.dxf")
    assert result.status == "no_title_block"
    assert "no title block" in result.message
    assert set(result.title_block.values()) == {None}


@pytest.mark.parametrize("data, status", [
    (b"", "failed"),
    (b"hello, this is not a drawing", "unsupported"),
    (b"0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1015\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n", None),
    (b"%PDF-1.4\n%garbage that is not a pdf", "failed"),
])
def test_corrupt_and_truncated_files_get_a_status_and_a_message(data, status):
    result = read_drawing(data, "bad.dxf")
    assert result.status in ("failed", "unsupported", "no_title_block")
    if status:
        assert result.status == status
    assert result.message
    assert result.as_json()["title_block"] == dict.fromkeys(TITLE_BLOCK_FIELDS)


def test_a_truncated_real_drawing_is_repaired_or_refused_never_raises():
    data = make_dxf(sample_spec(6), "grid_nb")
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        result = read_drawing(data[:cut], "cut.dxf")
        assert result.status in ("ok", "no_title_block", "failed")


def test_a_dxf_bomb_is_refused():
    entity = b"  0\nPOINT\n  8\n0\n 10\n0.0\n 20\n0.0\n 30\n0.0\n"
    data = b"  0\nSECTION\n  2\nENTITIES\n" + entity * 600_000 + b"  0\nENDSEC\n  0\nEOF\n"
    result = read_drawing(data, "bomb.dxf")
    assert result.status == "too_large"
    assert "entities" in result.message


def test_nested_block_references_cannot_blow_up():
    import ezdxf

    doc = ezdxf.new()
    previous = None
    for level in range(8):  # 40 ** 8 texts if every reference were followed
        block = doc.blocks.new(f"B{level}")
        if previous is None:
            block.add_text("x", height=1)
        else:
            for i in range(40):
                block.add_blockref(previous, (i, 0))
        previous = block.name
    doc.modelspace().add_blockref(previous, (0, 0))
    stream = io.StringIO()
    doc.write(stream)
    result = read_drawing(stream.getvalue().encode(), "nested.dxf")
    assert result.status in ("too_large", "no_title_block")


def test_unknown_codepage_falls_back_instead_of_failing():
    data = make_dxf(sample_spec(8), "rows_en", version="R2000").replace(b"ANSI_1252", b"ANSI_9999")
    result = read_drawing(data, "x.dxf")
    assert result.status == "ok"


@pytest.mark.skipif(not CORPUS.exists(), reason="public ezdxf corpus not present")
def test_every_file_of_the_public_ezdxf_corpus_is_read_without_error():
    files = sorted(CORPUS.glob("*.dxf"))
    assert len(files) == 12
    for path in files:
        result = read_drawing(path.read_bytes(), str(path))
        assert result.status in ("ok", "no_title_block"), (path.name, result.message)


@pytest.mark.skipif(not CORPUS.exists(), reason="public ezdxf corpus not present")
def test_acad_table_content_matches_what_ezdxf_reports():
    import ezdxf
    from ezdxf.entities.acad_table import read_acad_table_content

    from fornuft.drawings.reading import dxf

    path = CORPUS / "acad_table_with_blk_ref.dxf"
    sheet = dxf.read_sheet(path.read_bytes())
    doc = ezdxf.readfile(path)
    expected = [read_acad_table_content(e) for e in doc.modelspace() if e.dxftype() == "ACAD_TABLE"]
    assert [[[" ".join(c.split()) for c in row] for row in t] for t in expected] == sheet.tables


@pytest.mark.parametrize("text, iso", [
    ("07.12.2026", "2026-12-07"), ("2026-12-07", "2026-12-07"), ("7. des. 2026", "2026-12-07"),
    ("Dec 7, 2026", "2026-12-07"), ("07/12/26", "2026-12-07"), ("12/31/2026", "2026-12-31"), ("soon", None),
    ("31.02.2026", None),
])
def test_dates_become_iso(text, iso):
    assert values.iso_date(text) == iso


@pytest.mark.parametrize("text, count, sheet", [("1 av 3", None, "1/3"), ("Sheet 2 of 5", None, "2/5"),
                                                ("2", "4", "2/4"), ("1/1", None, "1/1"), ("-", None, None)])
def test_sheets_become_n_of_m(text, count, sheet):
    assert values.sheet(text, count) == sheet


def test_quantity_numbers():
    assert [values.number(t) for t in ("4", "4 stk", "2,5", "1 200", "", "x")] == [4, 4, 2.5, 1200, None, None]
