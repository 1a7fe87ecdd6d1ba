"""Two lures of targeted phishing that pass sender authentication (attackers own their
domains, or write from a hijacked real mailbox), found by what the message asks for:

- file_share_lure: the message says a document waits on a file-sharing or e-signature
  service (OneDrive, SharePoint, Dropbox, WeTransfer, DocuSign …) but its links go
  somewhere else — to a host that borrows the service's name (strong), or to an unrelated
  site (weaker), or the sender's own domain borrows the service's name (strong). The real
  services send from and link to their own domains.
- executive_request: a message that carries the name of one of our own people from an
  outside address (`staff_impersonation`) *and* asks for a payment, a transfer, gift cards
  or discretion, or checks whether the reader is free to act at once — the pattern of
  CEO fraud ("direktørsvindel") as the police and CERTs describe it.

Plain logic over a `ParsedMessage`; imported by `fornuft.mail.phishing.signals`.
"""

from __future__ import annotations

import re

from fornuft.mail.parsing import ParsedMessage
from fornuft.mail.phishing import domains
from fornuft.mail.phishing.content import folded_text, sent_through_list
from fornuft.mail.phishing.provenance import MAIL_SERVICE_LINK_DOMAINS, sites_away_from_home, tied_domains
from fornuft.mail.phishing.terms import DOCUMENT_LURE_PHRASES, EXECUTIVE_REQUEST_PHRASES, FILE_SHARE_SERVICES
from fornuft.ml.text import phrases_in

# A host that borrows a service's name is a look-alike domain of that service: as strong as
# `lookalike_domain` (0.7), enough to quarantine. An unrelated host is only suspicious
# (people do paste links to their own file servers).
BORROWED_NAME_WEIGHT = 0.7
ELSEWHERE_WEIGHT = 0.35
EXECUTIVE_REQUEST_WEIGHT = 0.35
DOCUMENT_LURE_WEIGHT = 0.35
SIGN_IN_LURE_WEIGHT = 0.5
# A lure's text is a line or two around its button; a real message that links a document
# says more about it.
LURE_MAX_WORDS = 120
_SIGN_IN_PATH = re.compile(r"(log-?in|sign-?in|signon|auth|verif|account|owa|office|outlook|webmail|wp-(content|admin"
                           r"|includes)|\.php\b|/~)", re.IGNORECASE)


def _signal(code: str, weight: float, reason: str):
    from fornuft.mail.phishing.signals import Signal

    return Signal(code, weight, reason)


def _is_bulk(message: ParsedMessage) -> bool:
    headers = message.headers
    return ("list-id" in headers or "list-unsubscribe" in headers
            or headers.get("precedence", "").lower() in ("list", "bulk"))


def file_share_signals(message: ParsedMessage, trusted: frozenset[str]) -> list:
    """One signal when the text names a file-sharing service and the links avoid it."""
    if not message.links or _is_bulk(message):
        return []
    named = phrases_in(folded_text(message), FILE_SHARE_SERVICES)
    if not named:
        return []
    sender = domains.registrable_domain(message.from_domain)
    service_domains = set().union(*(FILE_SHARE_SERVICES[name] for name in named))
    sender_label = sender.replace("-", "").replace(".", "")
    borrowed_by_sender = next((name for name in named if name.replace(" ", "") in sender_label), None)
    if borrowed_by_sender and sender not in service_domains:
        # The sending domain is dressed up as the service it names ('docusign-mail.net'): the
        # real services send from their own domains.
        return [_signal("file_share_lure", BORROWED_NAME_WEIGHT,
                        f"It says the file is on {borrowed_by_sender.title()}, but comes from {sender}, which only "
                        "borrows the name")]
    outside = []
    for link in message.links[:100]:
        host = domains.host_of(link.href)
        registrable = domains.registrable_domain(host)
        if not registrable:
            continue
        if registrable in service_domains:
            return []  # the document really is on the service
        if registrable != sender and registrable not in trusted:
            outside.append(host)
    if not outside:
        return []
    for host in outside:
        label = host.replace("-", "").replace(".", "")
        borrowed = next((name for name in named if name.replace(" ", "") in label), None)
        if borrowed:
            return [_signal("file_share_lure", BORROWED_NAME_WEIGHT,
                            f"It says the file is on {borrowed.title()}, but the link goes to {host}, which only "
                            "borrows the name")]
    return [_signal("file_share_lure", ELSEWHERE_WEIGHT,
                    f"It says the file is on {named[0].title()}, but the link goes to {outside[0]} instead")]


def executive_request_signals(message: ParsedMessage, impersonated: bool) -> list:
    """With a staff member's name on an outside address: a request for money or secrecy."""
    if not impersonated:
        return []
    asked = phrases_in(folded_text(message), EXECUTIVE_REQUEST_PHRASES)
    if not asked:
        return []
    return [_signal("executive_request", EXECUTIVE_REQUEST_WEIGHT,
                    f"In a colleague's name from an outside address, it asks for money or discretion "
                    f"(\"{asked[0]}\")")]


def _service_domains() -> set[str]:
    return set().union(*FILE_SHARE_SERVICES.values())


def document_lure_signals(message: ParsedMessage, trusted: frozenset[str]) -> list:
    """One signal for a document said to wait behind a link to an unrelated site."""
    if not message.links or _is_bulk(message) or sent_through_list(message):
        return []
    if any(not a.inline and not a.content_type.startswith("image/") for a in message.attachments):
        return []  # a document came along (a logo or picture is no document): judged by the attachment checks
    text = folded_text(message)
    if len(message.text.split()) > LURE_MAX_WORDS:
        return []
    named = phrases_in(text, DOCUMENT_LURE_PHRASES)
    if not named:
        return []
    sender = domains.registrable_domain(message.from_domain)
    home = tied_domains(message) | set(trusted) | MAIL_SERVICE_LINK_DOMAINS | _service_domains()
    outside = sites_away_from_home(message, home, sender, limit=50)
    if outside is None:
        return []  # the document is at home, or on a real file-sharing service
    if not outside or len(outside) > 2:
        return []
    recipients = [r.lower() for r in message.to[:5] if "@" in r]
    sign_in = [href for href in outside.values()
               if _SIGN_IN_PATH.search(href.split("?", 1)[0].split("/", 3)[-1] if href.count("/") >= 3 else "")
               or any(r in href.lower() for r in recipients)]
    site = next(iter(outside))
    if sign_in:
        return [_signal("document_lure", SIGN_IN_LURE_WEIGHT,
                        f"Its only content is a document said to wait behind a sign-in page on {site}, a site "
                        "with no tie to the sender")]
    return [_signal("document_lure", DOCUMENT_LURE_WEIGHT,
                    f"Its only content is a document said to wait behind a link to {site}, a site with no tie "
                    "to the sender")]
