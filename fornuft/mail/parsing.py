"""Parsing raw RFC 5322 messages into plain data, robustly.

`parse_message(raw)` never raises: malformed MIME, missing headers, broken charsets,
invalid UTF-8 and huge messages give a `ParsedMessage` whose `problems` say what was
wrong (in English, for the log and the UI). Decodes quoted-printable, base64, legacy
charsets (iso-8859-1, windows-1252 …) and RFC 2047 headers, and turns HTML into
readable text plus the list of links (what the link shows, where it goes).
"""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.header import decode_header
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

MAX_ANALYSED_BYTES = 20 * 1024 * 1024  # bigger messages: headers + first part analysed only
MAX_TEXT_CHARS = 200_000
MAX_PARTS = 500

_WS = re.compile(r"[ \t\r\f\v]+")
_MSGID = re.compile(r"<[^<>\s]+>")
_URL = re.compile(r"\bhttps?://[^\s<>\"')\]]+", re.IGNORECASE)


@dataclass
class Attachment:
    filename: str
    content_type: str
    data: bytes
    inline: bool = False

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class Link:
    text: str
    href: str


@dataclass
class ParsedMessage:
    message_id: str = ""
    subject: str = ""
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    return_path: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    date: object = None  # datetime or None
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    authentication_results: list[str] = field(default_factory=list)
    text: str = ""
    html: str = ""
    links: list[Link] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # The From header breaks the address syntax every mail program writes (an unquoted comma
    # in the name, several senders); the address was recovered from its <angle brackets>.
    from_malformed: bool = False
    headers: dict = field(default_factory=dict)  # a few lower-cased headers kept as text
    content_hash: str = ""
    size: int = 0

    @property
    def from_domain(self) -> str:
        return domain_of(self.from_address)

    @property
    def reply_to_domain(self) -> str:
        return domain_of(self.reply_to)

    def body_for_classification(self) -> str:
        return f"{self.subject}\n{self.text}"


def domain_of(address: str) -> str:
    """The lower-cased domain of an e-mail address ("" when there is none)."""
    _, _, domain = (address or "").rpartition("@")
    return domain.strip().strip(">").lower().rstrip(".")


def decode_header_value(value) -> str:
    """RFC 2047 decoding that tolerates unknown charsets and broken encoded words."""
    if value is None:
        return ""
    value = str(value)
    if "=?" not in value:
        return _WS.sub(" ", value.replace("\n", " ")).strip()
    pieces = []
    try:
        parts = decode_header(value)
    except Exception:  # malformed encoded words: keep the raw text
        return _WS.sub(" ", value.replace("\n", " ")).strip()
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            pieces.append(decode_bytes(chunk, charset)[0])
        else:
            pieces.append(chunk)
    text = "".join(pieces)
    return _WS.sub(" ", text.replace("\n", " ")).strip()


_CHARSET_ALIASES = {"unknown-8bit": "windows-1252", "x-unknown": "windows-1252", "iso-8859-8-i": "iso-8859-8",
                    "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "ascii": "us-ascii",
                    "_iso-2022-jp$esc": "iso-2022-jp"}


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, str | None]:
    """Decodes `data` with its declared charset, falling back to UTF-8 and then
    windows-1252. Returns (text, problem or None)."""
    name = (charset or "").strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    if name and name not in ("us-ascii",):
        try:
            return data.decode(name), None
        except LookupError:
            problem = f"unknown charset {name!r}"
        except UnicodeDecodeError:
            problem = f"text is not valid {name}"
    else:
        problem = None
    try:
        return data.decode("utf-8"), problem
    except UnicodeDecodeError:
        if not name or name == "us-ascii":
            problem = problem or "text is not valid UTF-8 or ASCII; read as windows-1252"
        return data.decode("windows-1252", errors="replace"), problem


def _addresses(message, name: str) -> list[str]:
    values = message.get_all(name) or []
    try:
        return [addr.lower() for _n, addr in getaddresses([decode_header_value(v) for v in values]) if "@" in addr]
    except Exception:
        return []


_BRACKETED_ADDRESS = re.compile(r"<\s*([^<>@\s]+@[^<>@\s]+?)\.?\s*>")


def _sender_in_brackets(value: str) -> tuple[str, str] | None:
    """(name, address) from a From header the standard parser cannot read: 'Brand, x
    <a@b.example>' (an unquoted comma splits it in two). The last bracketed address is
    the one a mail program shows; the text before the first one is the name."""
    found = _BRACKETED_ADDRESS.findall(value or "")
    if not found:
        return None
    name = (value or "").split("<", 1)[0]
    name = " ".join(name.replace('"', " ").replace("_", " ").split()).strip(" ,;")
    return name, found[-1]


def _message_ids(value: str) -> list[str]:
    return _MSGID.findall(value or "")


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def parse_message(raw: bytes) -> ParsedMessage:
    """Parses one raw message; never raises (see module docstring)."""
    parsed = ParsedMessage(size=len(raw or b""), content_hash=content_hash(raw or b""))
    if not raw:
        parsed.problems.append("empty message (0 bytes)")
        return parsed
    if len(raw) > MAX_ANALYSED_BYTES:
        parsed.problems.append(f"message is {len(raw) // (1024 * 1024)} MB; only the start was analysed")
        raw = raw[:MAX_ANALYSED_BYTES]
    try:
        message = email.message_from_bytes(raw, policy=policy.compat32)
    except Exception as exc:  # pragma: no cover - compat32 is very tolerant
        parsed.problems.append(f"message could not be parsed: {type(exc).__name__}")
        parsed.text = raw[:MAX_TEXT_CHARS].decode("utf-8", errors="replace")
        return parsed
    if message.defects:
        parsed.problems.extend(f"MIME defect: {type(d).__name__}" for d in message.defects[:5])
    _read_headers(message, parsed)
    try:
        _read_body(message, parsed)
    except Exception as exc:  # a defect the parser did not foresee: keep what we have
        parsed.problems.append(f"body could not be fully decoded: {type(exc).__name__}")
    if not parsed.text and parsed.html:
        parsed.text = html_to_text(parsed.html, parsed.links)
    elif parsed.html and not parsed.links:
        html_to_text(parsed.html, parsed.links)
    if not parsed.links and parsed.text:
        parsed.links.extend(Link(text=url, href=url) for url in _URL.findall(parsed.text[:50_000])[:200])
    parsed.text = parsed.text[:MAX_TEXT_CHARS]
    return parsed


def _read_headers(message, parsed: ParsedMessage) -> None:
    get = message.get
    if not any(get(h) for h in ("From", "Subject", "Date", "Message-ID")):
        parsed.problems.append("no message headers found")
    parsed.subject = decode_header_value(get("Subject"))[:500]
    from_value = decode_header_value(get("From"))
    name, address = parseaddr(from_value)
    if "@" not in address:
        recovered = _sender_in_brackets(from_value)
        if recovered:
            name, address = recovered
            parsed.from_malformed = True
            parsed.problems.append("malformed From header (address recovered from <…>)")
    parsed.from_name = name.strip().strip('"')[:200]
    parsed.from_address = address.strip().lower().rstrip(".")[:254]
    if not parsed.from_address:
        parsed.problems.append("missing or unreadable From header")
    reply_name, reply = parseaddr(decode_header_value(get("Reply-To")))
    parsed.reply_to = reply.strip().lower()[:254]
    parsed.return_path = parseaddr(decode_header_value(get("Return-Path")))[1].lower()[:254]
    parsed.to = _addresses(message, "To")[:100]
    parsed.cc = _addresses(message, "Cc")[:100]
    ids = _message_ids(str(get("Message-ID") or ""))
    parsed.message_id = ids[0][:300] if ids else ""
    if not parsed.message_id:
        parsed.problems.append("missing Message-ID")
    in_reply_to = _message_ids(str(get("In-Reply-To") or ""))
    parsed.in_reply_to = in_reply_to[0][:300] if in_reply_to else ""
    parsed.references = [r[:300] for r in _message_ids(str(get("References") or ""))][-20:]
    parsed.authentication_results = [str(v) for v in (message.get_all("Authentication-Results") or [])][:10]
    for name in ("Received-SPF", "X-Mailer", "List-Unsubscribe", "Precedence", "List-Id", "List-Post", "Auto-Submitted",
                 "X-Priority", "Importance"):
        value = get(name)
        if value is not None:
            parsed.headers[name.lower()] = decode_header_value(value)[:300]
    # delivery and read reports (multipart/report) are sorted by their structure, not their words
    parsed.headers["content-type"] = (message.get_content_type() or "").lower()[:100]
    date_value = get("Date")
    if date_value:
        try:
            parsed.date = parsedate_to_datetime(str(date_value))
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed.problems.append("unreadable Date header")


def _part_payload(part, parsed: ParsedMessage) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        parsed.problems.append("a part's transfer encoding could not be decoded")
        payload = None
    if payload is None:
        raw = part.get_payload()
        payload = raw.encode("utf-8", errors="replace") if isinstance(raw, str) else b""
    return payload


def _filename(part) -> str:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        name = part.get_param("name") if part.get_param("name", None) is not None else ""
        if isinstance(name, tuple):
            name = email.utils.collapse_rfc2231_value(name)
    return decode_header_value(name)[:255] if name else ""


def _read_body(message, parsed: ParsedMessage) -> None:
    texts, htmls = [], []
    for count, part in enumerate(message.walk()):
        if count > MAX_PARTS:
            parsed.problems.append(f"more than {MAX_PARTS} MIME parts; the rest was skipped")
            break
        if part.is_multipart():
            continue
        content_type = (part.get_content_type() or "text/plain").lower()
        disposition = str(part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        filename = _filename(part)
        is_text = content_type in ("text/plain", "text/html") and disposition != "attachment" and not filename
        if content_type == "message/rfc822" or (not is_text and (filename or disposition == "attachment"
                                                               or not content_type.startswith("text/"))):
            data = _part_payload(part, parsed)
            if content_type == "message/rfc822" and not data:
                data = b"".join(p.as_bytes() for p in part.get_payload() if hasattr(p, "as_bytes"))
            parsed.attachments.append(Attachment(filename=filename or _default_name(content_type),
                                                 content_type=content_type, data=data,
                                                 inline=disposition == "inline"))
            continue
        data = _part_payload(part, parsed)
        text, problem = decode_bytes(data, part.get_content_charset())
        if problem:
            parsed.problems.append(problem)
        if content_type == "text/html":
            htmls.append(text)
        else:
            texts.append(text)
    parsed.text = "\n\n".join(t.strip() for t in texts if t.strip())[:MAX_TEXT_CHARS]
    parsed.html = "\n".join(htmls)[:MAX_TEXT_CHARS * 2]


def _default_name(content_type: str) -> str:
    return "attachment." + (content_type.split("/")[-1] or "bin")[:20]


_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "section",
               "article", "header", "footer", "ul", "ol", "pre", "hr", "center"}
_SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}


def _strip_tags(html: str) -> str:
    import html as html_module

    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", html)
    text = re.sub(r"(?s)<[^>]*>", " ", text)
    return " ".join(html_module.unescape(text).split())


def html_to_text(html: str, links: list[Link] | None = None) -> str:
    """Readable text of an HTML body (scripts/styles dropped, blocks on their own
    lines); appends each <a href> with its visible text to `links` when given."""
    if not html or not html.strip():
        return ""
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.document_fromstring(html.encode("utf-8", errors="replace"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", recover=True,
                                                                         remove_comments=True))
    except Exception:  # lxml refuses some inputs outright (e.g. only whitespace after decoding)
        return _strip_tags(html)
    out: list[str] = []
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP_TAGS:
                skipping += 1
            elif not skipping:
                if tag in _BLOCK_TAGS:
                    out.append("\n")
                if element.text:
                    out.append(element.text)
            continue
        if tag in _SKIP_TAGS:
            skipping -= 1
        elif not skipping:
            if tag == "a" and links is not None and len(links) < 500:
                href = (element.get("href") or "").strip()
                if href:
                    links.append(Link(text=" ".join(element.text_content().split())[:300], href=href[:2000]))
            if tag in _BLOCK_TAGS:
                out.append("\n")
        if not skipping and element.tail:
            out.append(element.tail)
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not text and re.search(r">[^<\s]", html):
        return _strip_tags(html)  # libxml2 drops text nested too deep; do not lose it
    return text
