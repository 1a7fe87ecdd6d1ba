"""What a message's attachments are, judged without running or unpacking anything to disk.

The textbook routes by which malware and login pages reach small firms, and how each is
recognised:

- a program attached directly, or packed in an archive (zip, rar, a zip inside a zip), read
  from the archive's directory only: names and sizes, never the contents, except a small
  inner zip, which is read in memory within a size limit;
- Windows script files, shortcuts and disk images (.js, .vbs, .hta, .wsf, .lnk, .scr, .iso,
  .img, .vhd …): Windows runs or mounts them with a double click, no office program opens
  them as a document, and the big mail services refuse to deliver them at all, even
  inside archives. No business correspondent sends them, so they are conclusive;
- a program disguised as a document ('faktura.pdf.exe') and a zip bomb: conclusive;
- an encrypted archive whose password is written in the mail itself: the encryption then
  keeps out only the virus scanner, not a stranger;
- an HTML or SVG file that is a login page (a password field) or a script that sends the
  reader to a web site: a credential-harvest page carried as a file. SVG pictures carry no
  script; one that does is conclusive.

Plain logic over `ParsedMessage` attachments; `fornuft.mail.phishing.signals` turns the
worst finding into a signal.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from dataclasses import dataclass

from fornuft.mail.phishing.terms import ARCHIVE_EXTENSIONS, DANGEROUS_EXTENSIONS, DANGEROUS_TYPES

# Run or mounted by Windows with a double click, opened by no office program as a document,
# and refused by the big mail services even inside archives: no correspondent sends these.
RUNS_ON_OPEN = frozenset({"js", "jse", "vbs", "vbe", "wsf", "wsh", "hta", "lnk", "scr", "pif", "cpl",
                          "iso", "img", "vhd", "vhdx"})
HTML_LIKE = frozenset({"html", "htm", "shtml", "xhtml", "svg"})
DECOY_EXTENSIONS = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "odt", "rtf", "txt", "jpg", "jpeg", "png"})
# Archive formats whose directory cannot be read here: contents unknown.
UNCHECKABLE_ARCHIVES = frozenset({"7z", "ace", "arj", "cab", "lzh", "z"})
ZIP_BOMB_RATIO = 100
ZIP_BOMB_BYTES = 1024 * 1024 * 1024
ZIP_BOMB_WEIGHT = 0.8
CONCLUSIVE_WEIGHT = 0.75
PROGRAM_WEIGHT = 0.6
# An inner archive is read into memory only below this size (packed and unpacked), and only
# this deep: enough for the "zip in a zip" trick, never a way to exhaust memory.
INNER_ARCHIVE_BYTES = 10 * 1024 * 1024
NESTING_DEPTH = 2
INNER_ARCHIVES_READ = 5  # per archive: the trick needs one; more is work an attacker could ask for
HTML_READ_BYTES = 500_000

_PASSWORD_INPUT = re.compile(r"<input[^>]+type\s*=\s*[\"']?password", re.IGNORECASE)
_SCRIPT = re.compile(r"<script\b|\bon(load|error|click|mouseover)\s*=|javascript:", re.IGNORECASE)
_FORM = re.compile(r"<form\b", re.IGNORECASE)
_WEB_LINK = re.compile(r"<a\b[^>]*href\s*=\s*[\"']?https?://", re.IGNORECASE)
_FOREIGN_OBJECT = re.compile(r"<foreignObject\b", re.IGNORECASE)
# A page that sends the reader elsewhere by itself: a meta refresh or a script that sets the
# location, or decodes a hidden page (atob, unescape, fromCharCode) to write it.
_REDIRECT = re.compile(r"http-equiv\s*=\s*[\"']?refresh|(window|document|top|self)\.location\b"
                       r"|location\.(href|replace|assign)\b|\batob\s*\(|\bunescape\s*\(|fromCharCode",
                       re.IGNORECASE)
# "password: 1234", "passord er Faktura24", "lösenord: x", "adgangskode: y" — a key word
# followed by a separator or "is", then the password itself (not "passordet er sendt på SMS",
# which is the right way to do it).
_PASSWORD_IN_TEXT = re.compile(
    r"\b(password|passcode|pwd|pw|passord(et)?|lösenord(et)?|losenord(et)?|adgangskode(n)?|kodeord(et)?"
    r"|passwort|kennwort|salasana)\b\s*(?:(?:is|er|är|ist|lautet|on)\b\s*:?|[:=–-])\s*[\"'«»]?"
    r"(?!(sendt|sent|sendes|skickas|skickat|kommer|kommt|follows|coming|separat|i egen|in a separate|by sms"
    r"|på sms|per sms|via sms)\b)[^\s\"'«»]{3,40}",
    re.IGNORECASE)


@dataclass(frozen=True)
class AttachmentFinding:
    weight: float
    text: str  # completes "The attachment NAME …" / "The archive NAME …"
    conclusive: bool = False


def extension(filename: str) -> str:
    name = (filename or "").lower().strip().rstrip(".")
    return name.rsplit(".", 1)[-1] if "." in name else ""


def disguised(filename: str) -> bool:
    """'faktura.pdf.exe': a document's extension in front of one that runs code."""
    name = (filename or "").lower().strip().rstrip(".")
    if extension(name) not in DANGEROUS_EXTENSIONS:
        return False
    stem = name.rsplit(".", 1)[0]
    return "." in stem and extension(stem) in DECOY_EXTENSIONS


def _inner_file_finding(name: str) -> AttachmentFinding | None:
    """What one file inside an archive is, by its name."""
    kind = extension(name)
    if disguised(name):
        return AttachmentFinding(CONCLUSIVE_WEIGHT, f"holds {name}, which hides its real type", conclusive=True)
    if kind in RUNS_ON_OPEN:
        return AttachmentFinding(CONCLUSIVE_WEIGHT, f"holds {name}, a script, shortcut or disk image that runs "
                                                    "when opened (how malware is delivered)", conclusive=True)
    if kind in DANGEROUS_EXTENSIONS:
        return AttachmentFinding(PROGRAM_WEIGHT, f"contains {name}, a file type that can run code")
    return None


# -- zip -------------------------------------------------------------------------------------
def _zip_findings(data: bytes, depth: int) -> tuple[list[AttachmentFinding], list[str], bool]:
    """Findings, the names inside, and whether it is encrypted — from the directory only; a
    small inner zip is read in memory and judged the same way, one level deeper."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()[:10_000]
            findings, names, opened = _zip_directory_findings(data, infos), [], 0
            for info in infos:
                inner = info.filename.rsplit("/", 1)[-1]
                names.append(inner)
                found = _inner_file_finding(inner)
                if found:
                    findings.append(found)
                elif extension(inner) in ARCHIVE_EXTENSIONS:
                    opened += 1
                    findings += _nested_findings(archive, info, inner, depth if opened <= INNER_ARCHIVES_READ
                                                 else NESTING_DEPTH)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        return [AttachmentFinding(PROGRAM_WEIGHT, "cannot be opened (damaged archive)")], [], False
    return findings, names, any(i.flag_bits & 0x1 for i in infos)


def _zip_directory_findings(data: bytes, infos: list[zipfile.ZipInfo]) -> list[AttachmentFinding]:
    total = sum(i.file_size for i in infos)
    if total > ZIP_BOMB_BYTES or (len(data) > 0 and total / len(data) > ZIP_BOMB_RATIO and total > 50_000_000):
        return [AttachmentFinding(ZIP_BOMB_WEIGHT, f"unpacks to {total // (1024 * 1024)} MB from "
                                                   f"{len(data) // 1024} KB (a zip bomb?)", conclusive=True)]
    return []


def _nested_findings(archive: zipfile.ZipFile, info: zipfile.ZipInfo, inner: str,
                     depth: int) -> list[AttachmentFinding]:
    hides = AttachmentFinding(PROGRAM_WEIGHT, f"hides another archive ({inner}) inside")
    small = info.file_size <= INNER_ARCHIVE_BYTES and info.compress_size <= INNER_ARCHIVE_BYTES
    if depth >= NESTING_DEPTH or not small or info.flag_bits & 0x1 or extension(inner) != "zip":
        return [hides]
    with archive.open(info) as handle:
        data = handle.read(INNER_ARCHIVE_BYTES + 1)  # the header's size may lie: never read more
    if len(data) > INNER_ARCHIVE_BYTES or not zipfile.is_zipfile(io.BytesIO(data)):
        return [hides]
    findings, _names, _encrypted = _zip_findings(data, depth + 1)
    return [AttachmentFinding(f.weight, f"hides another archive ({inner}) that {f.text}", f.conclusive)
            for f in findings] or [hides]


# -- rar -------------------------------------------------------------------------------------
_RAR4 = b"Rar!\x1a\x07\x00"
_RAR5 = b"Rar!\x1a\x07\x01\x00"


def _vint(data: bytes, at: int) -> tuple[int, int]:
    """RAR5's variable-length integer at `at`: (value, position after it)."""
    value = shift = 0
    while at < len(data) and shift < 64:
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at += 1
        if not byte & 0x80:
            return value, at
        shift += 7
    raise ValueError("truncated number")


def rar_names(data: bytes) -> tuple[list[str], bool] | None:
    """The file names in a RAR archive's headers (RAR 4 and 5 keep them readable unless the
    headers are encrypted), and whether any file is encrypted; None when the names cannot be
    read. Nothing is decompressed: the walk jumps from header to header."""
    try:
        if data.startswith(_RAR5):
            return _rar5_names(data)
        if data.startswith(_RAR4):
            return _rar4_names(data)
    except (ValueError, IndexError, struct.error, UnicodeDecodeError):
        return None
    return None


def _rar5_names(data: bytes) -> tuple[list[str], bool] | None:
    names, encrypted, at = [], False, len(_RAR5)
    while at + 4 < len(data) and len(names) < 10_000:
        size, body = _vint(data, at + 4)  # after the header's CRC32
        end = body + size
        kind, cursor = _vint(data, body)
        flags, cursor = _vint(data, cursor)
        extra_size = data_size = 0
        if flags & 0x1:
            extra_size, cursor = _vint(data, cursor)
        if flags & 0x2:
            data_size, cursor = _vint(data, cursor)
        if kind == 4:
            return None  # the archive encrypts its headers: names unreadable
        if kind == 2:  # a file
            file_flags, cursor = _vint(data, cursor)
            _unpacked, cursor = _vint(data, cursor)
            _attributes, cursor = _vint(data, cursor)
            cursor += 4 if file_flags & 0x2 else 0
            cursor += 4 if file_flags & 0x4 else 0
            _method, cursor = _vint(data, cursor)
            _host, cursor = _vint(data, cursor)
            length, cursor = _vint(data, cursor)
            names.append(data[cursor:cursor + length].decode("utf-8", "replace"))
            # the extra area names an encryption record (type 1) when the file is encrypted
            extra = data[end - extra_size:end] if extra_size else b""
            encrypted = encrypted or (bool(extra) and _vint(extra, _vint(extra, 0)[1])[0] == 1)
        if kind == 5:
            return names, encrypted
        at = end + data_size
    return (names, encrypted) if names else None  # cut off before any name: unreadable


def _rar4_names(data: bytes) -> tuple[list[str], bool] | None:
    names, encrypted, at = [], False, len(_RAR4)
    while at + 7 <= len(data) and len(names) < 10_000:
        _crc, kind, flags, size = struct.unpack_from("<HBHH", data, at)
        added = struct.unpack_from("<I", data, at + 7)[0] if flags & 0x8000 else 0
        if kind == 0x73 and flags & 0x80:
            return None  # the archive encrypts its headers
        if kind == 0x74:  # a file
            added = struct.unpack_from("<I", data, at + 7)[0]
            length = struct.unpack_from("<H", data, at + 26)[0]
            start = at + 32 + (8 if flags & 0x100 else 0)
            raw = data[start:start + length].split(b"\0", 1)[0]
            names.append(raw.decode("utf-8") if flags & 0x200 else raw.decode("latin-1"))
            encrypted = encrypted or bool(flags & 0x4)
        if kind == 0x7B:
            return names, encrypted
        if size < 7:
            break
        at += size + added
    return (names, encrypted) if names else None  # cut off before any name: unreadable


# -- html and svg ------------------------------------------------------------------------------
def _html_finding(name: str, data: bytes) -> AttachmentFinding:
    text = data[:HTML_READ_BYTES].decode("utf-8", "replace")
    if _PASSWORD_INPUT.search(text):
        return AttachmentFinding(CONCLUSIVE_WEIGHT, f"The attachment {name} is a login page that asks for a "
                                                    "password (a page to steal it, carried as a file)",
                                 conclusive=True)
    if extension(name) == "svg" and (_SCRIPT.search(text) or _FOREIGN_OBJECT.search(text)):
        return AttachmentFinding(CONCLUSIVE_WEIGHT, f"The picture {name} carries a script or a web page, which "
                                                    "no picture needs", conclusive=True)
    if _REDIRECT.search(text) or _FORM.search(text) or _SCRIPT.search(text):
        return AttachmentFinding(PROGRAM_WEIGHT, f"The attachment {name} is a page with a form or a script that "
                                                 "sends you on to a web site")
    if _WEB_LINK.search(text):
        return AttachmentFinding(0.3, f"The attachment {name} is a web page that links out (a way round the "
                                      "link checks of the mail itself)")
    # A saved receipt or a plain picture: nothing in it acts or leads anywhere.
    return AttachmentFinding(0.15, f"The attachment {name} is a web page or vector picture")


# -- one attachment, one message ---------------------------------------------------------------
def archive_findings(kind: str, data: bytes, password_given: bool = False) -> list[AttachmentFinding]:
    """What is dangerous in an archive (zip or rar), each text completing "The archive NAME …"."""
    names: list[str] = []
    encrypted, readable, findings = False, True, []
    if data and zipfile.is_zipfile(io.BytesIO(data)):
        findings, names, encrypted = _zip_findings(data, depth=1)
    elif data.startswith((_RAR4, _RAR5)) or kind == "rar":
        listed = rar_names(data)
        if listed is None:
            readable = False
        else:
            names, encrypted = listed
            findings = [f for inner in names if (f := _inner_file_finding(inner.rsplit("/", 1)[-1]))]
            findings += [AttachmentFinding(PROGRAM_WEIGHT, f"hides another archive ({n}) inside")
                         for n in names if extension(n) in ARCHIVE_EXTENSIONS][:1]
    elif kind in UNCHECKABLE_ARCHIVES:
        readable = False
    documents_only = bool(names) and all(extension(n) in DECOY_EXTENSIONS for n in names)
    if password_given and (encrypted or not readable) and not documents_only:
        findings.append(AttachmentFinding(0.7, "is locked with a password that the mail "
                                               "itself gives: that keeps out the virus scanner, not strangers"))
    elif encrypted:
        findings.append(AttachmentFinding(PROGRAM_WEIGHT, "is password-protected, so it cannot be checked"))
    elif not readable:
        findings.append(AttachmentFinding(0.3, "is of a kind that cannot be checked here "
                                               "(often used to smuggle malware)"))
    return findings


def attachment_finding(attachment, password_given: bool = False) -> AttachmentFinding | None:
    """The strongest danger of one attachment, or None."""
    name = attachment.filename or "(no name)"
    kind = extension(attachment.filename)
    findings = []
    if disguised(attachment.filename):
        findings.append(AttachmentFinding(CONCLUSIVE_WEIGHT, f"The attachment {name} hides its real type",
                                          conclusive=True))
    if kind in HTML_LIKE or attachment.content_type in ("text/html", "image/svg+xml"):
        findings.append(_html_finding(name, attachment.data or b""))
    elif kind in RUNS_ON_OPEN:
        findings.append(AttachmentFinding(CONCLUSIVE_WEIGHT, f"The attachment {name} is a script, shortcut or "
                                                             "disk image that runs when opened (how malware is "
                                                             "delivered)", conclusive=True))
    elif kind in DANGEROUS_EXTENSIONS or attachment.content_type in DANGEROUS_TYPES:
        findings.append(AttachmentFinding(PROGRAM_WEIGHT, f"The attachment {name} is a file type that can run "
                                                          "code or fake a login page"))
    if kind in ARCHIVE_EXTENSIONS or attachment.content_type in ("application/zip", "application/x-zip-compressed",
                                                                 "application/x-rar-compressed",
                                                                 "application/vnd.rar"):
        findings += [AttachmentFinding(f.weight, f"The archive {name} {f.text}", f.conclusive)
                     for f in archive_findings(kind, attachment.data or b"", password_given)]
    return strongest(findings)


def password_in_text(text: str) -> bool:
    """The mail gives a password (for an attached archive, by the look of it)."""
    return _PASSWORD_IN_TEXT.search(text[:20_000]) is not None


def strongest(findings: list[AttachmentFinding]) -> AttachmentFinding | None:
    # conclusive first, then weight; the first of equals keeps the order the checks were written in
    return max(findings, key=lambda f: (f.conclusive, f.weight), default=None)


def worst_attachment(message) -> AttachmentFinding | None:
    """The most dangerous attachment of the message."""
    given = bool(message.attachments) and password_in_text(f"{message.subject}\n{message.text}")
    return strongest([f for a in message.attachments[:50] if (f := attachment_finding(a, given)) is not None])


def inspect_archive(data: bytes) -> str | None:
    """The strongest danger in a zip archive ('contains run.exe', 'unpacks to … (a zip bomb?)',
    'is password-protected …'), or None."""
    if not data or not zipfile.is_zipfile(io.BytesIO(data)):
        return None
    found = strongest(archive_findings("zip", data))
    return found.text if found else None
