"""Format detection from a file's bytes (its name only breaks ties)."""

from __future__ import annotations

import io
import zipfile

KINDS = ("pdf", "image", "xml", "docx", "text", "unknown")
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF8", b"BM")
ZIP_MAGIC = b"PK\x03\x04"
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def detect_format(data: bytes, filename: str = "") -> str:
    """'pdf' | 'image' | 'xml' | 'docx' | 'text' | 'unknown' from the bytes.

    Works on the first few KB too (callers that only peek pass `head`): a ZIP is then a DOCX
    when its first entries or the name say so."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(IMAGE_MAGIC) or head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head.startswith(ZIP_MAGIC):
        return "docx" if _is_docx(data, filename) else "unknown"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        return "xml"
    if head and _looks_like_text(head):
        return "text"
    return "unknown"


def _is_docx(data: bytes, filename: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):  # only the head, or a damaged archive
        return b"word/" in data[:8192] or filename.lower().endswith(".docx")


def _looks_like_text(head: bytes) -> bool:
    """No NUL bytes (unless it is UTF-16) and almost no control characters."""
    if head.startswith(BOMS):
        return True
    if b"\x00" in head:  # only UTF-16 without a BOM: every second byte zero (mostly Latin text)
        return len(head) >= 8 and max(head[0::2].count(0), head[1::2].count(0)) > len(head) * 0.4
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) // 100
