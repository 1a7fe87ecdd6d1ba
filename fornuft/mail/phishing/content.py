"""Content and structure signals of the phishing shield for fraud that passes sender
authentication: the scam-text model, untraceable payment demands, pressure to pay,
mass mail sent blind, and bulk mail that offers
an unsubscribe link in the text but not in the headers.

Each function takes a `ParsedMessage` and returns a list of `Signal`s (plain logic;
imported by `fornuft.mail.phishing.signals`).

- scam_text: the scam-text model (`fornuft.mail.scam`) finds the wording typical of
  fraud (prizes, account verification, fees, advance-fee stories, sextortion …).
- untraceable_payment: asks for payment to a Bitcoin address, by money-transfer services
  or in gift-card codes — how fraudsters get paid, not how businesses invoice.
- pressure_to_pay: a deadline or threat together with a demand to pay or transfer money.
- blind_mass_mail: no recipient is named, or only the sender itself (sent to a hidden
  list by Bcc), and it is not mailing-list mail.
- image_only: an HTML message that is nearly all pictures, with hardly any text.
- missing_headers: no Message-ID or no date, which every ordinary mail program adds.
- random_domain: the sender's domain name looks machine-made ("xk29dj3q.com").
- unsubscribe_not_in_headers: the text offers to unsubscribe, as bulk mail does, but the
  message has no List-Unsubscribe header, which legitimate bulk senders must send.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fornuft.mail.parsing import ParsedMessage
from fornuft.mail.phishing import domains
from fornuft.ml.text import fold, fold_for_search

# Probability of "scam" from the model → weight of the signal. Alone, even the surest
# reading makes a message *suspicious*, never *phishing*: wording is evidence, not proof.
SCAM_TEXT_WEIGHTS = ((0.9, 0.4), (0.75, 0.25), (0.6, 0.15))

PAYMENT_SEARCH_CHARS = 2500
_BITCOIN_ADDRESS = re.compile(r"(?<![\w/=?&.-])(bc1[02-9ac-hj-np-z]{25,59}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![\w/.-])")
_PAYMENT_CONTEXT = ("bitcoin", "btc", "wallet", "lommebok", "krypto", "crypto")
UNTRACEABLE_PHRASES = [
    "western union", "moneygram", "money gram", "ria money transfer", "itunes card", "itunes gift card",
    "google play card", "google play gift card", "steam card", "amazon gift card", "gift card codes",
    "scratch off the back", "send me the codes", "pictures of the cards", "photo of the cards",
    "send meg kodene", "bilde av kortene", "gavekortkodene", "koden på baksiden",
    "bitcoin atm", "pay in bitcoin", "send bitcoin", "transfer bitcoin", "betal i bitcoin", "overfør bitcoin",
]
PAY_PHRASES = [
    "pay now", "pay the fee", "pay a fee", "payment of", "transfer the", "wire transfer", "send the money",
    "settle the outstanding", "outstanding amount", "outstanding balance", "release fee", "processing fee",
    "clearance fee", "delivery fee", "shipping fee", "handling fee", "customs fee", "customs charge", "import duty",
    "betal nå", "betal gebyr", "betale gebyr", "gebyret", "utestående beløp", "overfør beløpet", "tollavgift",
    "frakt på", "behandlingsgebyr", "leveringsgebyr",
]
THREAT_PHRASES = [
    "within 24 hours", "within 48 hours", "within 72 hours", "today", "final notice", "final warning",
    "last chance", "legal action", "debt collection", "police", "will be returned", "will be cancelled",
    "will be deleted", "will be suspended", "innen 24 timer", "innen 48 timer", "i dag", "siste varsel",
    "inkasso", "politiet", "returneres", "blir slettet", "blir stengt",
]


class _Phrases:
    """Whole-word phrase search in folded text ("police" not in "policies", "i dag" not
    in "i dagens"), with plain substring search (fast) and a look at the neighbours."""

    def __init__(self, phrases: list[str]):
        self.phrases = [" ".join(fold(p).split()) for p in phrases]

    def first(self, folded_text: str) -> str | None:
        for phrase in self.phrases:
            start = folded_text.find(phrase)
            while start != -1:
                end = start + len(phrase)
                if ((start == 0 or not folded_text[start - 1].isalnum())
                        and (end == len(folded_text) or not folded_text[end].isalnum())):
                    return phrase
                start = folded_text.find(phrase, start + 1)
        return None


_PAY = _Phrases(PAY_PHRASES)
_THREAT = _Phrases(THREAT_PHRASES)
_UNTRACEABLE = _Phrases(UNTRACEABLE_PHRASES)
_VOWELS = frozenset("aeiouy")


def _looks_random_domain(label: str) -> bool:
    """A domain name like 'xk29dj3q' or 'qwzrtplk': letters and digits mixed at random, or
    a long run without vowels. Words, brands and initials ('nrk', 'ibm2') pass."""
    if len(label) < 7 or "-" in label:
        return False
    digits = sum(c.isdigit() for c in label)
    switches = sum(1 for a, b in zip(label, label[1:], strict=False) if a.isdigit() != b.isdigit())
    if digits >= 2 and switches >= 3:
        return True
    return bool(re.search(r"[b-df-hj-np-tv-xz]{6,}", label)) or not (_VOWELS & set(label))


_IMAGE = re.compile(r"<img\b", re.IGNORECASE)
IMAGE_ONLY_WORDS = 15
UNSUBSCRIBE_PHRASES = ["unsubscribe", "opt out", "opt-out", "remove me", "removed from", "meld deg av",
                       "avslutt abonnement", "avmeld"]


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return fold_for_search(text)


def folded_text(message: ParsedMessage) -> str:
    """Subject and the start of the text, folded for phrase search (shared by the signals,
    computed once per message)."""
    return _folded(f"{message.subject}\n{message.text[:4000]}")


def _signal(code: str, weight: float, reason: str):
    from fornuft.mail.phishing.signals import Signal

    return Signal(code, weight, reason)


def scam_text_signals(message: ParsedMessage, model=None) -> list:
    """`model`: the organization's active scam-text model; None uses the seed model."""
    from fornuft.mail.scam import MAX_CHARS, scam_model

    text = f"{message.subject}\n{message.text[:MAX_CHARS + 100]}"
    if len(text.strip()) < 20:
        return []
    result = (model or scam_model()).score(text, explain_from=SCAM_TEXT_WEIGHTS[-1][0])
    for at_least, weight in SCAM_TEXT_WEIGHTS:
        if result.probability >= at_least:
            words = "\", \"".join(result.top_features) or "its wording"
            return [_signal("scam_text", weight,
                            f"It reads like a scam ({result.probability:.0%} by the scam-text model; "
                            f"words such as \"{words}\")")]
    return []


def payment_signals(message: ParsedMessage) -> list:
    folded = folded_text(message)[:PAYMENT_SEARCH_CHARS]  # demands for money come early
    signals = []
    address = None
    if any(word in folded for word in _PAYMENT_CONTEXT):
        address = _BITCOIN_ADDRESS.search(f"{message.subject}\n{message.text[:8000]}")
    untraceable = _UNTRACEABLE.first(folded)
    if address:
        signals.append(_signal("untraceable_payment", 0.45,
                               f"It asks for payment to a Bitcoin address ({address.group(1)[:8]}…)"))
    elif untraceable:
        signals.append(_signal("untraceable_payment", 0.35, "It asks for payment in a way that cannot be traced "
                               f"or reversed (\"{untraceable}\")"))
    pay = _PAY.first(folded)
    if pay:
        threat = _THREAT.first(folded)
        if threat:
            signals.append(_signal("pressure_to_pay", 0.2, "It demands money under time pressure or threat "
                                   f"(\"{pay}\", \"{threat}\")"))
    return signals


def _is_list_mail(message: ParsedMessage) -> bool:
    return "list-id" in message.headers or message.headers.get("precedence", "").lower() in ("list", "bulk")


def sent_through_list(message: ParsedMessage) -> bool:
    """Mail a mailing list or newsletter system delivered: it marks itself as list or bulk
    mail *and* names the list (how to post to it, its id, or how to leave it), or says
    how to post to it. Such mail goes to the list's address, not yours, and its members
    write from wherever they like about whatever they like, spam they received included."""
    headers = message.headers
    if "list-post" in headers:
        return True
    bulk = headers.get("precedence", "").strip().lower() in ("list", "bulk")
    return bulk and any(h in headers for h in ("list-id", "list-unsubscribe"))


def structure_signals(message: ParsedMessage) -> list:
    signals = []
    is_list = _is_list_mail(message)
    if not is_list and message.from_address and not message.cc and (
            not message.to or message.to == [message.from_address.lower()]):
        signals.append(_signal("blind_mass_mail", 0.1,
                               "No recipient but the sender itself is named: it was sent blind (Bcc) to a "
                               "hidden list"))
    if message.from_address and (not message.message_id or message.date is None):
        missing = "Message-ID" if not message.message_id else "date"
        signals.append(_signal("missing_headers", 0.15, f"It lacks a {missing}, which every normal mail program "
                                                        "adds: typical of bulk-mailing tools"))
    sender = domains.registrable_domain(message.from_domain)
    if sender and _looks_random_domain(domains.main_label(sender)):
        signals.append(_signal("random_domain", 0.2,
                               f"The sender's domain {sender} looks machine-made (throwaway domains look like this)"))
    if message.html and _IMAGE.search(message.html[:200_000]) and len(message.text.split()) < IMAGE_ONLY_WORDS:
        signals.append(_signal("image_only", 0.2,
                               "It is almost all pictures and hardly any text (a way to slip past text filters)"))
    if not is_list and "list-unsubscribe" not in message.headers:
        tail = message.text[-2000:].lower()
        if any(phrase in tail for phrase in UNSUBSCRIBE_PHRASES):
            signals.append(_signal("unsubscribe_not_in_headers", 0.1,
                                   "It offers to unsubscribe in the text, but lacks the List-Unsubscribe "
                                   "header that legitimate bulk senders include"))
    return signals


def content_signals(message: ParsedMessage, scam_model=None) -> list:
    return scam_text_signals(message, scam_model) + payment_signals(message) + structure_signals(message)
