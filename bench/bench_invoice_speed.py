"""Invoice extraction speed and memory: EHF invoices/s, text-PDF pages/s, OCR seconds per A4
page at 300 dpi on one core (OMP_THREAD_LIMIT=1), peak RSS while reading a 50-page PDF.

Usage: .venv/bin/python bench/bench_invoice_speed.py [--ocr-pages N]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data" / "invoices"
from fornuft.testing.corpora import corpora_root  # noqa: E402

CORPORA = corpora_root()


def fifty_page_pdf() -> bytes:
    import pypdfium2 as pdfium

    target = pdfium.PdfDocument.new()
    for path in sorted((DATA / "pdf").glob("*.pdf")):
        if len(target) >= 50:
            break
        target.import_pages(pdfium.PdfDocument(path.read_bytes()))
    while len(target) < 50:
        target.import_pages(pdfium.PdfDocument((DATA / "pdf" / "01-classic.pdf").read_bytes()))
    buffer = io.BytesIO()
    target.save(buffer)
    return buffer.getvalue()


RSS_CHILD = """
import resource, sys, json
sys.path.insert(0, sys.argv[1])
from fornuft.invoices.extract import extract
data = open(sys.argv[2], 'rb').read()
result = extract(data, 'fifty.pdf')
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "status": result.status,
                  "pages": result.pages}))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ocr-pages", type=int, default=6)
    args = parser.parse_args()
    from fornuft.invoices.extract import extract

    ehf = [p.read_bytes() for p in [*(CORPORA / "ehf").glob("*.xml"), *(CORPORA / "peppol" / "examples").glob("*.xml")]]
    if ehf:
        started, count = time.perf_counter(), 0
        while time.perf_counter() - started < 3:
            for data in ehf:
                extract(data, "x.xml")
                count += 1
        print(f"EHF: {count / (time.perf_counter() - started):.0f} invoices/s")

    pdfs = [p.read_bytes() for p in sorted((DATA / "pdf").glob("*.pdf"))]
    started, pages = time.perf_counter(), 0
    for data in pdfs:
        pages += extract(data, "x.pdf").pages
    print(f"text PDF: {pages / (time.perf_counter() - started):.1f} pages/s ({pages} pages)")

    os.environ["OMP_THREAD_LIMIT"] = "1"
    import pypdfium2 as pdfium
    from PIL import Image

    timings = []
    for data in pdfs[: args.ocr_pages]:
        pdf = pdfium.PdfDocument(data)
        image = pdf[0].render(scale=300 / 72, grayscale=True).to_pil().rotate(0.8, expand=True, fillcolor=255)
        pdf.close()
        buffer = io.BytesIO()
        image.convert("L").save(buffer, "PNG")
        assert isinstance(image, Image.Image)
        started = time.perf_counter()
        result = extract(buffer.getvalue(), "scan.png")
        timings.append(time.perf_counter() - started)
        assert result.format == "ocr"
    if timings:
        print(
            f"OCR: {sum(timings) / len(timings):.2f} s per A4 page at 300 dpi (mean of {len(timings)}; "
            f"max {max(timings):.2f} s; OMP_THREAD_LIMIT=1)"
        )

    path = Path("/tmp/fornuft-fifty-pages.pdf")
    path.write_bytes(fifty_page_pdf())
    child = subprocess.run(
        [sys.executable, "-c", RSS_CHILD, str(ROOT), str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, DJANGO_SETTINGS_MODULE=""),
    )
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    print(f"50-page PDF: peak RSS {figures['rss_mb']:.0f} MB (status {figures['status']}, {figures['pages']} pages)")
    path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
