"""Small hand-made PDFs for tests: plain text pages, many pages, encrypted, damaged."""

from __future__ import annotations

from fornuft.platform.files.simple_pdf import assemble_pdf as _pdf
from fornuft.platform.files.simple_pdf import text_pdf  # noqa: F401 - the tests import it from here


def encrypted_pdf() -> bytes:
    """A PDF that needs a password (standard security handler; the empty password fails)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32 + b"> /P -44 >>",
    ]
    return _pdf(objects, b"/Encrypt 4 0 R /ID [<" + b"01" * 16 + b"> <" + b"01" * 16 + b">] ")
