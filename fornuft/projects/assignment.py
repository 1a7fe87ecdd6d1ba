"""The assignment as text: an e-mail (newest message, its attachments, older quoted messages),
a PDF, DOCX or TXT brief, read into parts, newest first; the shared result type `Extraction`.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass, field
from datetime import date
from email import policy
from email.utils import parseaddr, parsedate_to_datetime

MAX_TEXT_CHARS = 400_000
MAX_DELIVERABLES = 60


class AssignmentError(ValueError):
    """The assignment cannot be read or holds no text; str() is for a person."""


@dataclass
class Part:
    kind: str  # "message" | "attachment" | "older"
    text: str
    subject: str = ""
    sender_name: str = ""
    sender_address: str = ""
    sent: date | None = None
    name: str = ""


@dataclass
class AssignmentText:
    source: str
    parts: list[Part] = field(default_factory=list)

    @property
    def reference_date(self) -> date | None:
        for part in self.parts:
            if part.sent:
                return part.sent
        return None


@dataclass
class Extraction:
    values: dict = field(default_factory=dict)
    confidence: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)

    def set(self, name: str, value, confidence: float, evidence: str = "") -> None:
        self.values[name] = value
        self.confidence[name] = round(confidence, 2)
        if evidence:
            self.evidence[name] = evidence[:200]

    def get(self, name: str, default=None):
        return self.values.get(name, default)


# --- reading -----------------------------------------------------------------------------

_QUOTE_HEADERS = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Opprinnelig melding|Forwarded message|Videresendt melding)\s*-{2,}"
    r"|On .{5,200}wrote:\s*$"
    r"|Den .{5,200}skrev .{0,200}:\s*$"
    # Mail programs in Norwegian: "man. 1. mar. 2027 kl. 19:40 skrev Navn <adresse>:"
    r"|\S.{0,40}\b(?:19|20)\d\d\b.{0,60}\bskrev\b.{0,200}:\s*$"
    r"|(?:From|Fra):\s*.+$)",
    re.I | re.M,
)


def _strip_html(html: str) -> str:
    html = re.sub(r"(?is)<(script|style).*?</\1>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>|</h\d>", "\n", html)
    html = re.sub(r"(?i)<li[^>]*>", "\n- ", html)
    text = re.sub(r"<[^>]+>", " ", html)
    import html as html_module

    return html_module.unescape(text)


def _thread_breaks(body: str) -> list[int]:
    """Positions where an older (quoted or forwarded) message begins."""
    breaks: list[int] = []
    for match in _QUOTE_HEADERS.finditer(body):
        line = match.group(0)
        if re.match(r"(?i)(From|Fra):", line):
            # A From: line only starts a quoted message when a header block follows it.
            following = body[match.end() : match.end() + 400]
            if not re.search(r"(?im)^\s*(Sent|Sendt|Date|Dato|To|Til|Subject|Emne)\s*:", following):
                continue
        if (
            breaks
            and match.start() - breaks[-1] < 200
            and not body[breaks[-1] : match.start()].strip("-\n ").count("\n\n")
        ):
            continue  # the header block of the same quoted message
        breaks.append(match.start())
    return breaks


def split_thread(body: str) -> tuple[str, list[str]]:
    """(newest message, [older messages, newest first]) from a reply body with quoted history."""
    lines = body.split("\n")
    if any(line.startswith(">") for line in lines):
        unquoted = "\n".join(line for line in lines if not line.startswith(">"))
        quoted = "\n".join(re.sub(r"^>+ ?", "", line) for line in lines if line.startswith(">"))
        newest, older = split_thread(unquoted)
        if not quoted.strip():
            return newest, older
        # The quoted message may quote an older one in turn ("> > ..."): split it the same way.
        quoted_newest, quoted_older = split_thread(quoted)
        return newest, [*older, quoted_newest, *quoted_older]
    breaks = _thread_breaks(body)
    if not breaks:
        return body, []
    pieces = [body[: breaks[0]]] + [body[a:b] for a, b in zip(breaks, [*breaks[1:], len(body)], strict=True)]
    if not pieces[0].strip():  # a forward with no text of its own: the forwarded message is the newest
        pieces = pieces[1:]
    # Quoted lines inside an older message ("> Vi trenger ...") read as that message's own text.
    older = [re.sub(r"(?m)^>+ ?", "", p) for p in pieces[1:]]
    return pieces[0], [p for p in older if p.strip()]


def _page_text(words) -> str:
    """A PDF's (or scan's) lines; the wide gaps between a table's cells are kept as tabs, as a
    DOCX table reads, so that a "Deliverable | Due" table and "Label   value" rows read the same."""
    from fornuft.platform.files.layout import group_lines

    return "\n".join("\t".join(segment.text for segment in line.segments) for line in group_lines(words))


def _read_attachment(data: bytes, name: str) -> str:
    from fornuft.platform.files import FileProblem, read_document

    try:
        document = read_document(data, name)
    except (FileProblem, ValueError, TypeError):
        return ""
    if document.kind == "pdf" or document.kind == "image":
        return _page_text(document.words)
    if document.kind in ("docx", "text"):
        return "\n".join(document.paragraphs)
    return ""


def _read_eml(data: bytes, source: str) -> AssignmentText:
    message = email.message_from_bytes(data, policy=policy.default)
    subject = str(message.get("Subject", "") or "")
    name, address = parseaddr(str(message.get("From", "") or ""))
    sent = None
    try:
        if message.get("Date"):
            sent = parsedate_to_datetime(str(message["Date"])).date()
    except (TypeError, ValueError, IndexError):
        sent = None
    body = ""
    attachments: list[Part] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        filename = part.get_filename()
        content_type = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        try:
            payload = part.get_payload(decode=True) or b""
        except Exception:  # noqa: BLE001, S112 - a broken transfer encoding: that part is skipped
            continue
        if filename or disposition == "attachment":
            if content_type == "message/rfc822":
                continue
            text = _read_attachment(payload[:30_000_000], filename or "")
            if text.strip():
                attachments.append(Part("attachment", text[:MAX_TEXT_CHARS], name=filename or ""))
            continue
        if content_type == "text/plain" and not body:
            body = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
        elif content_type == "text/html" and not body:
            body = _strip_html(payload.decode(part.get_content_charset() or "utf-8", errors="replace"))
    body = body.replace("\r\n", "\n")[:MAX_TEXT_CHARS]
    newest, older = split_thread(body)
    parts = [Part("message", newest, subject=subject, sender_name=name, sender_address=address, sent=sent)]
    parts.extend(attachments)
    parts.extend(Part("older", text) for text in older if text.strip())
    return AssignmentText(source, parts)


def read_assignment(data: bytes, filename: str) -> AssignmentText:
    """The texts of an assignment: .eml (thread split, attachments read), .pdf, .docx or .txt."""
    if not data or not data.strip():
        raise AssignmentError("the assignment is empty")
    lower = filename.lower()
    if (
        lower.endswith(".eml")
        or (b"\nSubject:" in data[:5000] and b"\nFrom:" in data[:5000])
        or data[:5].lower() in (b"from:", b"subje", b"retur", b"mime-", b"recei", b"date:", b"messa", b"to: ")
    ):
        assignment = _read_eml(data, filename)
    else:
        from fornuft.platform.files import FileProblem, read_document

        try:
            document = read_document(data, filename)
        except FileProblem as problem:
            raise AssignmentError(str(problem)) from None
        if document.kind in ("pdf", "image"):
            text = _page_text(document.words)
        elif document.kind in ("docx", "text"):
            text = "\n".join(document.paragraphs)
        else:
            raise AssignmentError("the assignment must be an e-mail (.eml), PDF, Word (.docx) or text file")
        assignment = AssignmentText(filename, [Part("message", text[:MAX_TEXT_CHARS])])
    if not any(p.text.strip() for p in assignment.parts) and not any(p.subject.strip() for p in assignment.parts):
        raise AssignmentError("the assignment holds no text")
    return assignment
