"""Shared file reading: one call reads a text PDF (real pypdfium2), a Word file (incl. a ZIP
bomb refused), plain text in the charsets Norwegian offices produce, and hardened XML."""

import io
import json
import zipfile
from pathlib import Path

import pytest

from fornuft.platform.files import FileProblem, detect_format, read_document
from fornuft.platform.files.text import detect_charset

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "invoices"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(body: str, *, extra: dict[str, bytes] | None = None, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A minimal Word file whose body is `body` (WordprocessingML inside <w:body>)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>',
        )
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_a_text_pdf_is_read_with_word_positions():
    truth = json.loads((DATA / "truth" / "01-classic.json").read_text(encoding="utf-8"))
    document = read_document(DATA / "pdf" / "01-classic.pdf")
    assert (document.kind, document.method, document.pages) == ("pdf", "pdf_text", 1)
    assert truth["invoice_number"] in document.text
    word = next(w for w in document.words if w.text == truth["invoice_number"])
    assert 0 <= word.x0 < word.x1 <= 1 and 0 <= word.y0 < word.y1 <= 1
    assert document.lines and all(line.segments for line in document.lines)


def test_a_word_file_is_read_in_order_with_tables_as_rows():
    body = (
        paragraph("Avtale om vedlikehold")
        + "<w:p><w:r><w:t>Pris:</w:t><w:tab/><w:t>12 000 kr</w:t></w:r></w:p>"
        + "<w:p><w:del><w:r><w:delText>slettet tekst</w:delText></w:r></w:del></w:p>"
        + f"<w:tbl><w:tr><w:tc>{paragraph('Frist')}</w:tc><w:tc>{paragraph('1. mars')}</w:tc></w:tr></w:tbl>"
        + paragraph("Oppsigelse: 3 måneder")
    )
    data = docx(body)
    assert detect_format(data, "avtale.docx") == "docx"
    document = read_document(data)
    assert (document.kind, document.method) == ("docx", "docx")
    assert document.paragraphs == [
        "Avtale om vedlikehold", "Pris:\t12 000 kr", "", "Frist\t1. mars", "Oppsigelse: 3 måneder"
    ]
    assert "slettet" not in document.text


def test_a_docx_bomb_is_refused_unread():
    bomb = docx(paragraph("x" * 10) + " " * 30_000_000)  # 30 MB of spaces squeeze into ~30 KB
    assert len(bomb) < 200_000
    with pytest.raises(FileProblem) as problem:
        read_document(bomb)
    assert problem.value.status == "too_large"
    assert "ZIP bomb" in str(problem.value) and "word/document.xml" in str(problem.value)


def test_a_docx_with_thousands_of_parts_is_refused():
    many = docx(paragraph("hei"), extra={f"word/media/{i}.txt": b"" for i in range(2100)})
    with pytest.raises(FileProblem, match="2102 parts"):
        read_document(many)


def test_a_docx_declaring_entities_is_refused():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", laughs)
    with pytest.raises(FileProblem, match="DTD or entities"):
        read_document(buffer.getvalue())


def test_a_damaged_docx_gets_a_clear_message():
    data = docx(paragraph("hei"))
    with pytest.raises(FileProblem, match="damaged"):
        read_document(data[: len(data) // 2], "avtale.docx")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Blåbærsyltetøy på Ålesund".encode(), "utf-8"),
        ("Blåbærsyltetøy på Ålesund – €".encode("cp1252"), "cp1252"),
        ("Blåbærsyltetøy på Ålesund".encode("utf-16"), "utf-16"),
        ("Blåbærsyltetøy på Ålesund".encode("utf-8-sig"), "utf-8-sig"),
        ("Blåbærsyltetøy på Ålesund".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_plain_text_charsets(data, encoding):
    assert detect_charset(data) == encoding
    document = read_document(data, "notat.txt")
    assert (document.kind, document.method, document.encoding) == ("text", "text", encoding)
    assert document.text.startswith("Blåbærsyltetøy på Ålesund")


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1():
    assert detect_charset(b"Pris \x81 \xe6\xf8\xe5") == "latin-1"
    assert read_document(b"Pris \x81 \xe6\xf8\xe5", "x.txt").text.endswith("æøå")


def test_xml_is_parsed_by_the_hardened_parser():
    document = read_document(b"<?xml version='1.0'?><note><to>Kari</to><body>Hei  der</body></note>")
    assert (document.kind, document.xml.tag, document.text) == ("xml", "note", "Kari Hei der")
    with pytest.raises(FileProblem, match="DTD"):
        read_document(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a SYSTEM "file:///etc/passwd">]><x>&a;</x>')


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", b"PK\x03\x04not really a zip"])
def test_kinds_not_read_are_refused_clearly(data):
    with pytest.raises(FileProblem) as problem:
        read_document(data, "file.bin")
    assert problem.value.status == "unsupported" and "PDF" in str(problem.value)
