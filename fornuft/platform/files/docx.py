"""Word (DOCX) text read straight from the ZIP and its XML, with limits: a DOCX is a ZIP, and
a ZIP can hold a "bomb" (a few KB that inflate to gigabytes), so the archive's member count,
declared sizes and compression ratios are checked first and every part is read with a hard
cap whatever its header claims. The XML goes through the hardened parser (no DTD, no entities).

Reads the main body in order: paragraphs, and tables as one line per row with cells
separated by tabs. Deleted revisions and field codes are left out."""

from __future__ import annotations

import io
import zipfile

from fornuft.platform.files.problems import FileProblem

MAX_MEMBERS = 2000
MAX_PART_BYTES = 20 * 1024 * 1024  # the body of a 1,000-page contract is a few MB
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # everything the archive says it inflates to
MAX_RATIO = 100  # XML compresses about 5–20×; far beyond that is a bomb
BODY = "word/document.xml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"


def _refuse_bomb(reason: str) -> FileProblem:
    return FileProblem(
        f"The Word file was refused unread: {reason}. This is how a 'ZIP bomb' looks; "
        "open it in Word and save it again, or send it as PDF.",
        "too_large",
    )


def _check_archive(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise _refuse_bomb(f"it holds {len(members)} parts (the limit is {MAX_MEMBERS})")
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL_BYTES:
        raise _refuse_bomb(f"it would inflate to {total // (1024 * 1024)} MB")
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            ratio = member.file_size // max(member.compress_size, 1)
            raise _refuse_bomb(f"the part {member.filename} is compressed {ratio}:1")


def _read_part(archive: zipfile.ZipFile, name: str, limit: int = MAX_PART_BYTES) -> bytes:
    """At most `limit` bytes of one part, however large its header says it is."""
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _refuse_bomb(f"the part {name} inflates beyond {limit // (1024 * 1024)} MB")
    return data


def _paragraph_text(paragraph) -> str:
    pieces: list[str] = []
    for node in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        if node.tag == f"{W}t":
            pieces.append(node.text or "")
        elif node.tag == f"{W}tab":
            pieces.append("\t")
        else:
            pieces.append("\n")
    return "".join(pieces)


def _blocks(parent, out: list[str]) -> None:
    for child in parent:
        if child.tag == f"{W}p":
            out.append(_paragraph_text(child))
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = [
                    " ".join(_paragraph_text(p) for p in cell.iter(f"{W}p")).strip() for cell in row.iter(f"{W}tc")
                ]
                out.append("\t".join(cells))
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins"):
            _blocks(child, out)


def _page_count(archive: zipfile.ZipFile) -> int:
    from fornuft.platform.files.safexml import UnsafeXML, parse

    if "docProps/app.xml" not in archive.namelist():
        return 1
    try:
        pages = parse(_read_part(archive, "docProps/app.xml", 1024 * 1024)).findtext(f"{EXTENDED}Pages")
        return max(1, int(pages or 1))
    except (UnsafeXML, ValueError):
        return 1


def read_docx(data: bytes) -> tuple[list[str], int]:
    """(paragraphs in reading order, page count as Word last saved it). Raises FileProblem."""
    from fornuft.platform.files.safexml import UnsafeXML, parse

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise FileProblem(
            f"The Word file is damaged and cannot be read ({exc}). Ask the sender for a new copy."
        ) from None
    with archive:
        _check_archive(archive)
        if BODY not in archive.namelist():
            raise FileProblem("The ZIP file is not a Word document (it has no word/document.xml).", "unsupported")
        try:
            root = parse(_read_part(archive, BODY))
        except UnsafeXML as exc:
            raise FileProblem(f"The Word file's text cannot be read safely: {exc}") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, RuntimeError) as exc:
            raise FileProblem(f"The Word file is damaged and cannot be read ({exc}).") from None
        body = root.find(f"{W}body")
        paragraphs: list[str] = []
        if body is not None:
            _blocks(body, paragraphs)
        return paragraphs, _page_count(archive)
