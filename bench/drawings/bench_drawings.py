"""Drawing reading: the public ezdxf corpus, our own generated drawings, and speed.

    PYTHONPATH=. .venv/bin/python bench/drawings/bench_drawings.py [--corpus ../shared/corpora/ezdxf-dxf]

1. Every file of the public ezdxf corpus is read without error; ACAD_TABLE contents and block
   attributes are compared with what ezdxf itself reports for the same file.
2. Drawings generated here (fornuft.drawings.samples: 8 DXF + 3 PDF title-block styles, nb/en):
   title-block field accuracy (DXF, PDF) and BOM row accuracy (a row counts when all 5 fields match).
3. Speed: a typical ~1 MB DXF (title block, BOM, a few thousand lines, arcs and texts) read in one
   process on one core; median drawings per second.
"""

from __future__ import annotations

import argparse
import gc
import io
import statistics
import time
from pathlib import Path

FIELDS = ("drawing_number", "title", "revision", "date", "drawn_by", "checked_by", "scale", "sheet", "project",
          "company")


def corpus(folder: Path) -> None:
    import ezdxf
    from ezdxf import recover
    from ezdxf.entities.acad_table import read_acad_table_content

    from fornuft.drawings.reading import dxf, read_drawing

    files = sorted(folder.glob("*.dxf"))
    errors = 0
    tables_same = tables = attribs_same = attribs = 0
    for path in files:
        result = read_drawing(path.read_bytes(), str(path))
        if result.status not in ("ok", "no_title_block"):
            errors += 1
            print(f"  {path.name}: {result.status} {result.message}")
        try:
            doc = ezdxf.readfile(path)
        except Exception:  # noqa: BLE001 - ezdxf's strict reader refuses some; its recover reads them
            doc, _ = recover.readfile(path)
        sheet = dxf.read_sheet(path.read_bytes())
        expected = [[[" ".join(c.split()) for c in row] for row in read_acad_table_content(e)]
                    for e in doc.modelspace() if e.dxftype() == "ACAD_TABLE"]
        if expected:
            tables += 1
            tables_same += expected == sheet.tables
        their = [a.dxf.tag for layout in doc.layouts for e in layout if e.dxftype() == "INSERT" for a in e.attribs]
        if their:
            attribs += 1
            attribs_same += sorted(their) == sorted(t for t, _v in sheet.attributes)
    print(f"corpus: {len(files)} files, {errors} read with an error; ACAD_TABLE content equal to ezdxf's in "
          f"{tables_same}/{tables} files; attribute tags equal in {attribs_same}/{attribs} files")


def generated(count: int) -> None:
    from fornuft.drawings.reading import read_drawing
    from fornuft.drawings.samples import DXF_STYLES, PDF_STYLES, make_dxf, make_pdf, sample_spec

    scores = {"dxf": [0, 0], "pdf": [0, 0]}
    bom_right = bom_total = drawings = 0
    for n in range(count):
        for kind, styles in (("dxf", DXF_STYLES), ("pdf", PDF_STYLES)):
            style = styles[n % len(styles)]
            spec = sample_spec(1000 + n)
            data = make_dxf(spec, style) if kind == "dxf" else make_pdf(spec, style)
            result = read_drawing(data, f"{style}.{kind}")
            drawings += 1
            scores[kind][0] += sum(result.title_block[f] == spec[f] for f in FIELDS)
            scores[kind][1] += len(FIELDS)
            by_item = {row["item"]: row for row in result.bom}
            bom_total += len(spec["bom"])
            bom_right += sum(by_item.get(row["item"]) == row for row in spec["bom"])
    print(f"generated: {drawings} drawings ({count} DXF in {len(DXF_STYLES)} styles, {count} PDF in "
          f"{len(PDF_STYLES)} styles): title-block fields DXF {scores['dxf'][0] / scores['dxf'][1]:.3f}, "
          f"PDF {scores['pdf'][0] / scores['pdf'][1]:.3f}; BOM rows {bom_right / max(bom_total, 1):.3f} "
          f"({bom_right}/{bom_total})")


def typical_drawing(target_bytes: int = 1_000_000) -> bytes:
    import random

    import ezdxf

    from fornuft.drawings.samples import make_dxf, sample_spec

    doc = ezdxf.read(io.StringIO(make_dxf(sample_spec(1), "grid_nb").decode("utf-8")))
    msp = doc.modelspace()
    rng = random.Random(1)
    while True:
        for _ in range(500):
            x, y = rng.uniform(0, 400), rng.uniform(0, 280)
            msp.add_line((x, y), (x + rng.uniform(-20, 20), y + rng.uniform(-20, 20)),
                         dxfattribs={"layer": "GEOMETRY"})
            msp.add_arc((x, y), rng.uniform(1, 10), 0, 90, dxfattribs={"layer": "GEOMETRY"})
        for _ in range(30):
            msp.add_text(f"Ø{rng.randint(5, 80)}", height=2.5,
                         dxfattribs={"insert": (rng.uniform(0, 200), rng.uniform(100, 280))})
        stream = io.StringIO()
        doc.write(stream)
        data = stream.getvalue().encode()
        if len(data) >= target_bytes:
            return data


def speed(rounds: int) -> None:
    """The typical drawing read through the fast tag reader and through ezdxf's full document,
    interleaved in one process, so that both meet the same load: wall and CPU medians, and the ratio."""
    from unittest import mock

    from fornuft.drawings.reading import dxf, read_drawing

    data = typical_drawing()
    read_drawing(data, "warm.dxf")
    timings: dict[str, tuple[list[float], list[float]]] = {"fast": ([], []), "full": ([], [])}
    for _ in range(rounds):
        for name in ("fast", "full"):
            with mock.patch.object(dxf, "read_sheet", dxf.read_sheet_full) if name == "full" else _nothing():
                gc.collect()  # the other reader's garbage is not this one's cost
                wall, cpu = time.perf_counter(), time.process_time()
                read_drawing(data, "typical.dxf")
                timings[name][0].append(time.perf_counter() - wall)
                timings[name][1].append(time.process_time() - cpu)
    for name, (walls, cpus) in timings.items():
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        print(f"speed ({name} reader): {len(data) / 1e6:.2f} MB DXF, median {wall * 1000:.0f} ms wall = "
              f"{1 / wall:.1f} drawings/s; {cpu * 1000:.0f} ms CPU = {1 / cpu:.1f} drawings per CPU-second "
              f"({rounds} rounds)")
    ratio = statistics.median(timings["full"][1]) / statistics.median(timings["fast"][1])
    print(f"speed: the fast reader needs 1/{ratio:.1f} of the full reader's CPU time")


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[3] / "shared/corpora/ezdxf-dxf"))
    parser.add_argument("--count", type=int, default=24)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    folder = Path(args.corpus)
    if not folder.exists():
        folder = Path("/work/shared/corpora/ezdxf-dxf")
    if folder.exists():
        corpus(folder)
    generated(args.count)
    speed(args.rounds)


if __name__ == "__main__":
    main()
