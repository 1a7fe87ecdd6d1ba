#!/usr/bin/env python3
"""A stand-in for `fornuft` that answers from the truth files (stdlib only), used by check_scorer.py to test the
scorer's run path. It is NOT a baseline. `--flaw` makes it wrong in known ways."""
import json
import os
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def load(p):
    return [json.loads(x) for x in open(HERE / p, encoding="utf-8") if x.strip()]


def arg(name, default=None):
    a = sys.argv
    return a[a.index(name) + 1] if name in a else default


def write_pdf(path: Path, text: str) -> None:
    text = text.replace("(", "").replace(")", "").encode("latin-1", "replace").decode("latin-1")
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offs = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    path.write_bytes(bytes(out))


def main():
    flaw = os.environ.get("FAKE_FLAW") == "1"
    out = Path(arg("--out")); out.mkdir(parents=True, exist_ok=True)
    if sys.argv[1:3] == ["intake", "dictation"]:
        src = arg("--text") or sys.argv[3]
        did = Path(src).stem
        t = next(r for r in load("dictations/truth.jsonl") if r["id"] == did)
        items = [{"product_id": i["product_id"], "description": "x", "quantity": i["quantity"], "unit": None,
                  "unit_price": i["unit_price"]} for i in t["items"]]
        customer = t["customer"].replace(" AS", "")  # legal form is optional
        if flaw and did == "01":
            items = items[1:] + [{"product_id": "VP-NL25", "description": "x", "quantity": 1, "unit": None, "unit_price": 18990}]
            customer = "Ingrid Haugen"  # the contact, not the customer
        if flaw and did == "09":
            items[0]["quantity"] = 3  # wrong quantity
        total = round(sum(i["quantity"] * i["unit_price"] for i in items), 2)
        transcript = (HERE / t["text"]).read_text(encoding="utf-8")
        if flaw and did == "09":
            transcript = transcript.replace("Nordlys", "North Lease")
        write_pdf(out / "quote.pdf", f"Tilbud til {customer}")
        with zipfile.ZipFile(out / "slides.pptx", "w") as z:
            z.writestr("ppt/slides/slide1.xml", "<p/>")
        print(json.dumps({"source": src, "transcript": transcript, "language": t["language"],
                          "quote": {"customer": customer, "items": items, "total_excl_vat": total, "valid_until": t["valid_until"]},
                          "files": {"quote_pdf": str(out / "quote.pdf"), "slides_pptx": str(out / "slides.pptx")}}))
        return 0
    if sys.argv[1:3] == ["intake", "service-report"]:
        photo = arg("--photo")
        pid = Path(photo).stem
        t = next(r for r in load("nameplates/truth.jsonl") if r["id"] == pid)
        if t["negative"]:
            print(f"error: {photo} is not a readable nameplate photo", file=sys.stderr)
            return 2
        note = next((r for r in load("notes/truth.jsonl") if r["id"] == pid), {"findings": [], "actions": []})
        eq = dict(t["equipment"])
        if flaw and pid == "01":
            eq["serial_number"] = eq["serial_number"].replace("0", "O")
        write_pdf(out / "report.pdf", "Service report")
        print(json.dumps({"source": photo, "equipment": eq, "transcript": "", "findings": note["findings"],
                          "actions": note["actions"], "files": {"report_pdf": str(out / "report.pdf")}}))
        return 0
    print("unknown command", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
