"""The fast DXF reader gives the same sheet as ezdxf's full document, and leaves what it does
not know (tables, binary, 3D-placed blocks, broken streams) to ezdxf."""

import io
from pathlib import Path

import ezdxf
import pytest

from fornuft.drawings.reading import dxf, read_drawing
from fornuft.drawings.reading.fastdxf import Unsupported, read_sheet_fast
from fornuft.drawings.samples import DXF_STYLES, make_dxf, sample_spec

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "ezdxf-dxf"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpora/ezdxf-dxf")


def _plain(sheet):
    def r(v):
        return round(v, 3) if isinstance(v, float) else v

    return ([(t.text, r(t.x0), r(t.y0), r(t.x1), r(t.y1), r(t.height), t.page, t.attribute) for t in sheet.texts],
            sheet.attributes, [tuple(r(v) for v in line) for line in sheet.lines], sheet.units, sheet.layers)


def _dxf_bytes(doc) -> bytes:
    stream = io.StringIO()
    doc.write(stream)
    return stream.getvalue().encode("utf-8")


@pytest.mark.parametrize("style", DXF_STYLES)
def test_the_same_sheet_as_ezdxf_for_every_sample_style(style):
    data = make_dxf(sample_spec(11), style)
    assert _plain(read_sheet_fast(data, max_entities=dxf.MAX_ENTITIES)) == _plain(dxf.read_sheet_full(data))


def test_nested_rotated_scaled_blocks_with_attributes_land_where_ezdxf_puts_them():
    doc = ezdxf.new("R2010")
    inner = doc.blocks.new("INNER", base_point=(5, 5))
    inner.add_text("inside", dxfattribs={"height": 2}).set_placement((10, 3))
    inner.add_line((0, 0), (20, 0))
    outer = doc.blocks.new("OUTER")
    outer.add_blockref("INNER", (100, 50), dxfattribs={"rotation": 30, "xscale": 2, "yscale": 2})
    outer.add_attdef("NR", (0, -10), dxfattribs={"height": 3})
    msp = doc.modelspace()
    ref = msp.add_blockref("OUTER", (1000, 500), dxfattribs={"rotation": 90, "xscale": 0.5, "yscale": 0.5})
    ref.add_auto_attribs({"NR": "A-101"})
    msp.add_mtext("Tegnet av\\PKari", dxfattribs={"char_height": 2.5, "insert": (10, 10)})
    layout = doc.layouts.new("Blad 2")
    layout.add_text("paper text", dxfattribs={"height": 3.5}).set_placement((20, 20))
    data = _dxf_bytes(doc)
    fast = read_sheet_fast(data, max_entities=dxf.MAX_ENTITIES)
    assert _plain(fast) == _plain(dxf.read_sheet_full(data))
    assert ("NR", "A-101") in fast.attributes
    assert {t.page for t in fast.texts if t.text == "paper text"} == {2}  # its own layout, as ezdxf numbers it


def test_a_non_breaking_space_in_mtext_stays_a_space():
    doc = ezdxf.new("R2010")
    doc.modelspace().add_mtext("{\\fArial|b1;NORD}\\~{\\fArial|b0;ELEKTRO AS}", dxfattribs={"insert": (0, 0)})
    sheet = read_sheet_fast(_dxf_bytes(doc), max_entities=dxf.MAX_ENTITIES)
    assert [t.text for t in sheet.texts] == ["NORD ELEKTRO AS"]


def test_tables_binary_and_broken_streams_go_to_the_full_reader():
    table = (CORPUS / "acad_table_simple.dxf").read_bytes() if CORPUS.exists() else None
    binary = (CORPUS / "bin_dxf_r13.dxf").read_bytes() if CORPUS.exists() else None
    for data in filter(None, (table, binary)):
        with pytest.raises(Unsupported):
            read_sheet_fast(data, max_entities=dxf.MAX_ENTITIES)
    if table is not None:
        assert dxf.read_sheet(table).tables  # ezdxf read the table's cells
    broken = make_dxf(sample_spec(2), DXF_STYLES[0]).replace(b"\n 10\n", b"\nten\n", 1)
    with pytest.raises(Unsupported):
        read_sheet_fast(broken, max_entities=dxf.MAX_ENTITIES)
    result = read_drawing(broken, "broken.dxf")  # the full reader repairs or explains; never a traceback
    assert result.status != "ok" and "group code" in result.message


def test_a_block_bomb_is_refused_by_the_fast_reader_too():
    from fornuft.drawings.reading.problems import DrawingProblem

    doc = ezdxf.new("R2010")
    previous = doc.blocks.new("B0")
    previous.add_text("x")
    for level in range(1, 5):
        block = doc.blocks.new(f"B{level}")
        for _ in range(60):
            block.add_blockref(f"B{level - 1}", (0, 0))
        previous = block
    doc.modelspace().add_blockref("B4", (0, 0))
    with pytest.raises(DrawingProblem):
        read_sheet_fast(_dxf_bytes(doc), max_entities=100_000)
