"""Two lures of targeted phishing that pass sender authentication (attackers own their
domains, or write from a hijacked real mailbox), found by what the message asks for:

- file_share_lure: the message says a document waits on a file-sharing or e-signature
  service (OneDrive, SharePoint, Dropbox, WeTransfer, DocuSign …) but its links go
  somewhere else — to a host that borrows the service's name (strong), or to an unrelated
  site (weaker). The real services send links to their own domains.
- executive_request: a message that carries the name of one of our own people from an
  outside address (`staff_impersonation`) *and* asks for a payment, a transfer, gift cards
  or discretion, or checks whether the reader is free to act at once — the pattern of
  CEO fraud ("direktørsvindel") as the police and CERTs describe it.

Plain logic over a `ParsedMessage`; imported by `fornuft.mail.phishing.signals`.
"""

from __future__ import annotations

from fornuft.mail.parsing import ParsedMessage
from fornuft.mail.phishing import domains
from fornuft.mail.phishing.content import folded_text
from fornuft.mail.phishing.terms import EXECUTIVE_REQUEST_PHRASES, FILE_SHARE_SERVICES
from fornuft.ml.text import phrases_in

# A host that borrows a service's name is a look-alike domain of that service: as strong as
# `lookalike_domain` (0.7), enough to quarantine. An unrelated host is only suspicious
# (people do paste links to their own file servers).
BORROWED_NAME_WEIGHT = 0.7
ELSEWHERE_WEIGHT = 0.35
EXECUTIVE_REQUEST_WEIGHT = 0.35


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
