"""The phishing shield: signals → a score → clean / suspicious / phishing, with reasons a
person understands. Plain logic: takes a `ParsedMessage` and an `OrgContext`, returns a
`Verdict`; no database.

Each signal adds a weight; weights combine like independent evidence
(score = 1 − ∏(1 − wᵢ)), so two weak signals make a stronger one but the score stays in
[0, 1]. `suspicious` from SUSPICIOUS_AT, `phishing` from PHISHING_AT.

Signals (code: what it means):
- auth_*: the receiving server's Authentication-Results say SPF/DKIM/DMARC failed.
- staff_impersonation: the display name is one of the organization's people, the
  address is not the organization's.
- lookalike_domain: sender, Reply-To or a link imitates the organization's domain or a
  known correspondent's (spelling, homoglyphs, punycode, other TLD).
- reply_to_mismatch / reply_to_freemail: replies go to another domain than the sender's
  (a private free-mail address: the stronger sign).
- link_mismatch: a link shows one address and leads to another.
- risky_links: links to bare IP addresses, pages carried inside the link (data: URIs),
  free web hosting and cloud file buckets, search engines' click redirects, URL shorteners.
- links_elsewhere: no link leads to the sender or a mail service sending for it — see
  `fornuft.mail.phishing.provenance`.
- credential_language / urgency_language: asks for passwords, logins, verification (nb/en,
  and the most common phrases of a few other languages phishing arrives in).
- dangerous_attachment: executables, scripts, HTML, disk images, macro-enabled Office
  files, archives holding any of those; the most dangerous attachment counts. A program
  that hides its real type ('faktura.pdf.exe') and a zip bomb are conclusive: they make
  the message phishing by themselves (see `Signal.conclusive`).
- bank_account_change: an invoice from a known supplier asks for payment to an account
  that is not on file.
- brand_impersonation: the sender calls itself a well-known brand but does not write
  from that brand's domain.
- display_name_address: the display name contains another address than the real one.
- html_form: the message contains a form asking for input (a password above all).
- prize_language: promises of prizes, bonuses, free spins, crypto giveaways.
- obfuscated_text: look-alike letters from other alphabets or invisible characters in words.
- invalid_sender / throwaway_sender / risky_sender_tld: the sender's domain is not a real
  domain, is a free tenant/hosting domain, or ends in a much-abused TLD.
- freemail_business: an order/invoice/account message from a private free-mail address.
- greets_by_address: opens with your e-mail address instead of your name.
- malformed_sender: the From header breaks the address syntax (an unquoted comma, several
  senders); the address was recovered from its angle brackets. A doubt about the sender.
- fake_reply: "Re:" in the subject while answering no earlier message.
- file_share_lure / executive_request / document_lure: a file "on OneDrive" whose link goes
  elsewhere, a colleague's name on an outside address asking for money, and a document,
  tender, application, voicemail or fax said to wait behind a link to an unrelated site — see
  `fornuft.mail.phishing.lures`.
- scam_text / untraceable_payment / pressure_to_pay / blind_mass_mail / freemail_bounce /
  unsubscribe_not_in_headers: fraud that passes authentication, found by its wording (a
  trained scam-text model) and structure — see `fornuft.mail.phishing.content`.
- reported_before / released_before: people here reported mail from this domain as
  phishing before / released mail from this sender (lowers the score, unless the sender
  failed authentication).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from fornuft.core.identifiers import is_valid_bank_account, is_valid_iban
from fornuft.mail.parsing import ParsedMessage
from fornuft.mail.phishing import domains
from fornuft.mail.phishing.attachments import extension as _extension
from fornuft.mail.phishing.attachments import worst_attachment
from fornuft.mail.phishing.content import content_signals, folded_text, sent_through_list
from fornuft.mail.phishing.lures import document_lure_signals, executive_request_signals, file_share_signals
from fornuft.mail.phishing.provenance import links_elsewhere_signals
from fornuft.mail.phishing.terms import (
    BRANDS,
    CREDENTIAL_PHRASES,
    PRIZE_PHRASES,
    RISKY_TLDS,
    SENDER_HOSTING,
    SPAM_PHRASES,
    TRANSACTION_WORDS,
    URGENCY_PHRASES,
)
from fornuft.ml.text import fuzzy_equal, phrases_in

SUSPICIOUS_AT = 0.35
PHISHING_AT = 0.7
WORDING_SIGNALS = frozenset({"credential_language", "urgency_language", "prize_language", "spam_language",
                             "scam_text", "pressure_to_pay"})
WORDING_CAP = 0.6
# Mail a list delivered (see `content.sent_through_list`): its members quote and discuss
# whatever they received, scams included, so words *alone* never make it suspicious.
# Beside evidence from links, attachments or authentication they count as usual, and so
# does a firm request for logins or card details (`credential_language` from two phrases
# on): that asks the reader to act, which is no topic of discussion.
LIST_WORDING_CAP = 0.3


@dataclass
class Employee:
    name: str
    email: str = ""
    role: str = ""


@dataclass
class OrgContext:
    """What the shield knows about the organization it protects."""

    domain: str = ""
    name: str = ""
    employees: list[Employee] = field(default_factory=list)
    known_domains: set[str] = field(default_factory=set)
    # sender_domain -> set of account numbers on file, or None when the domain is no known supplier
    bank_accounts_for: Callable[[str], set[str] | None] | None = None
    extra_own_domains: set[str] = field(default_factory=set)
    # What people here decided before: senders whose mail they released from quarantine,
    # and sender domains whose mail they reported as phishing.
    released_senders: set[str] = field(default_factory=set)
    reported_domains: set[str] = field(default_factory=set)
    # The organization's active scam-text model (a registered version); None: the seed model.
    scam_model: object | None = None

    def own_domains(self) -> set[str]:
        own = {domains.clean_domain(self.domain)} | {domains.clean_domain(d) for d in self.extra_own_domains}
        return {d for d in own if d}

    def trusted_domains(self) -> frozenset[str]:
        return frozenset(self.own_domains() | {domains.clean_domain(d) for d in self.known_domains if d})


@dataclass
class Signal:
    code: str
    weight: float
    reason: str
    # Proof on its own (a disguised program, a zip bomb): the score is at least its weight,
    # whatever else the message shows.
    conclusive: bool = False


@dataclass
class Verdict:
    verdict: str
    score: float
    signals: list[Signal]

    @property
    def reasons(self) -> list[str]:
        return [s.reason for s in sorted(self.signals, key=lambda s: -s.weight)]

    @property
    def codes(self) -> list[str]:
        return [s.code for s in self.signals]

    def as_dict(self) -> dict:
        return {"verdict": self.verdict, "score": self.score, "reasons": self.reasons}


_BRAND_PATTERN = re.compile(r"\b(" + "|".join(re.escape(b) for b in sorted(BRANDS, key=len, reverse=True)) + r")\b",
                            re.IGNORECASE)


_ACCOUNT_CANDIDATES = re.compile(r"\b(\d{4}[ .]?\d{2}[ .]?\d{5})\b"
                                 r"|\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
_INVOICE_WORDS = ("faktura", "invoice", "betaling", "payment", "kontonummer", "account number", "bank account",
                  "bankkonto", "iban", "remittance", "forfall", "due date")
_FORM = re.compile(r"<form\b", re.IGNORECASE)
_HIDDEN = re.compile(r"style=[\"'][^\"']*(display:\s*none|visibility:\s*hidden|font-size:\s*0(px)?\s*[;\"'])",
                     re.IGNORECASE)
_PASSWORD_INPUT = re.compile(r"<input[^>]+type=[\"']?password", re.IGNORECASE)
_MATH_ALPHANUMERIC = re.compile("[\U0001D400-\U0001D7FF\U000E0000-\U000E007F\U000E0100-\U000E01EF]")
_INVISIBLE_IN_WORD = re.compile("[^\\W\\d_][\u200b\u200c\u200d\u2060\u00ad\u200e\u200f]+[^\\W\\d_]")
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
_NON_ASCII_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
_REPLY_PREFIX = re.compile(r"^\s*(re|sv|aw|antw|r|rif)\s*:", re.IGNORECASE)


# -- signals -----------------------------------------------------------------------------
def authentication_signals(message: ParsedMessage) -> list[Signal]:
    """Reads the topmost Authentication-Results (the receiving server's own)."""
    if not message.authentication_results:
        return []
    header = " ".join(message.authentication_results[0].split()).lower()
    results = dict(re.findall(r"\b(spf|dkim|dmarc|compauth)=([a-z]+)", header))
    signals = []
    if results.get("dmarc") == "fail":
        signals.append(Signal("auth_dmarc", 0.45, "DMARC failed: the sender's domain does not vouch for this message"))
    if results.get("spf") in ("fail", "softfail"):
        signals.append(Signal("auth_spf", 0.25, f"SPF {results['spf']}: the sending server is not allowed to "
                                                "send for this domain"))
    if results.get("dkim") == "fail":
        signals.append(Signal("auth_dkim", 0.2, "DKIM signature failed: the message may have been altered or forged"))
    if results.get("compauth") == "fail":
        signals.append(Signal("auth_composite", 0.3, "The receiving server could not authenticate the sender"))
    if (not signals and results.get("dmarc") in (None, "none") and results.get("dkim") in (None, "none")
            and results.get("spf") in (None, "none", "neutral")):
        signals.append(Signal("auth_missing", 0.15, "The sender is not authenticated (no SPF, DKIM or DMARC pass)"))
        return signals
    if results.get("dmarc") in ("none", "bestguesspass", "permerror") and "auth_dmarc" not in _codes(signals):
        weight = 0.2 if results.get("dmarc") == "permerror" else 0.1
        signals.append(Signal("auth_no_dmarc", weight, "The sender's domain publishes no (valid) DMARC policy"))
    signer = re.search(r"header\.d=([a-z0-9.-]+)", header)
    sender = domains.registrable_domain(message.from_domain)
    if (results.get("dkim") == "pass" and signer and sender
            and domains.registrable_domain(signer.group(1)) != sender):
        signals.append(Signal("dkim_unaligned", 0.15, f"The message is signed by {signer.group(1)}, "
                                                      f"not by the sender's domain {message.from_domain}"))
    return signals


def _dmarc_passed(message: ParsedMessage) -> bool:
    """The receiving server's own Authentication-Results say DMARC passed."""
    if not message.authentication_results:
        return False
    return re.search(r"\bdmarc=pass\b", message.authentication_results[0], re.IGNORECASE) is not None


def _codes(signals: list[Signal]) -> set[str]:
    return {s.code for s in signals}


def impersonation_signals(message: ParsedMessage, context: OrgContext) -> list[Signal]:
    signals = []
    own = context.own_domains()
    sender_domain = domains.registrable_domain(message.from_domain)
    display = message.from_name.strip()
    if display and sender_domain and sender_domain not in own:
        for person in context.employees:
            # A one-word name is a shared mailbox or department ("Faktura", "Innkjøp"), a
            # word every firm's billing or purchasing signs with; people have two or more.
            if person.name and len(person.name.split()) >= 2 and fuzzy_equal(display, person.name):
                signals.append(Signal("staff_impersonation", 0.65,
                                      f"The sender calls itself {person.name}, who works here, but writes from "
                                      f"{message.from_domain} instead of {context.domain}"))
                break
    embedded = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", display)
    if embedded and domains.registrable_domain(embedded[0].lower()) != sender_domain:
        signals.append(Signal("display_name_address", 0.45,
                              f"The name shows the address of {embedded[0].lower()}, but the mail comes from "
                              f"{message.from_domain or 'an unknown address'}"))
    return signals


def lookalike_signals(message: ParsedMessage, context: OrgContext) -> list[Signal]:
    trusted = context.trusted_domains()
    if not trusted:
        return []
    candidates = [("sender", message.from_domain), ("Reply-To", message.reply_to_domain)]
    seen = set()
    for link in message.links[:100]:
        host = domains.host_of(link.href)
        registrable = domains.registrable_domain(host)
        if registrable and registrable not in seen:
            seen.add(registrable)
            candidates.append(("link", host))
    for where, domain in candidates[:25]:
        found = domains.lookalike_of(domain, trusted)
        if found:
            real, how = found
            explained = {"homoglyph": "uses look-alike characters", "punycode": "uses look-alike Unicode letters",
                         "spelling": "is spelled almost the same", "other_tld": "uses another ending",
                         "contains_name": "borrows the name",
                         "in_subdomain": "puts the name in front of another domain"}[how]
            return [Signal("lookalike_domain", 0.7, f"The {where} domain {domain} imitates {real} ({explained})")]
    if any(d.startswith("xn--") or ".xn--" in d for _w, d in candidates[:2]):
        return [Signal("punycode_domain", 0.2, "The sender's domain is written in punycode (xn--)")]
    return []


def reply_to_signals(message: ParsedMessage, context: OrgContext) -> list[Signal]:
    if not message.reply_to or not message.from_address:
        return []
    if "list-id" in message.headers or message.headers.get("precedence", "").lower() in ("list", "bulk"):
        return []  # mailing lists point replies at the list; that is how they work
    sender = domains.registrable_domain(message.from_domain)
    reply = domains.registrable_domain(message.reply_to_domain)
    if not reply or reply == sender or reply in context.trusted_domains():
        return []
    if sender in context.own_domains() and _dmarc_passed(message):
        # Our own web form or ticket system writes from our address (our domain vouches for
        # it) with the customer's private address to reply to: that is how forms work. A
        # forged own address fails DMARC and stays doubted.
        return []
    if reply in domains.FREE_MAIL_DOMAINS:
        return [Signal("reply_to_freemail", 0.35, f"Replies would go to a private {message.reply_to_domain} address, "
                                                  f"not to the sender's domain {message.from_domain}")]
    return [Signal("reply_to_mismatch", 0.25,
                   f"Replies would go to {message.reply_to_domain}, not to the sender's domain {message.from_domain}")]


def link_signals(message: ParsedMessage) -> list[Signal]:
    signals: list[Signal] = []
    mismatch = ip = shortener = hosting = redirect = data_uri = None
    own_site_mismatch = None
    sender = domains.registrable_domain(message.from_domain)
    for link in message.links[:300]:
        if data_uri is None and link.href.strip().lower().startswith("data:"):
            data_uri = link.href.strip()[:30]
        href_host = domains.host_of(link.href)
        if not href_host:
            continue
        shown = link.text.strip()
        if mismatch is None and re.match(r"^(https?://|www\.)?[\w-]+(\.[\w-]+)+(/\S*)?$", shown, re.IGNORECASE):
            shown_host = domains.host_of(shown)
            if (shown_host and "." in shown_host and not shown_host.replace(".", "").isdigit()
                    and domains.registrable_domain(shown_host) != domains.registrable_domain(href_host)
                    and _extension(shown_host) not in ("pdf", "jpg", "png", "docx", "xlsx")):
                if sender and domains.registrable_domain(href_host) == sender:
                    # Newsletters route links through their own click counter or shop
                    # ("dilbert.com" → click.unitedmedia.com from unitedmedia.com): the link
                    # leads where the sender says it is from, which a forged sender cannot
                    # arrange without failing authentication.
                    own_site_mismatch = own_site_mismatch or (shown_host, href_host)
                else:
                    mismatch = (shown_host, href_host)
        if ip is None and domains.is_ip(href_host):
            ip = href_host
        registrable = domains.registrable_domain(href_host)
        if shortener is None and registrable in domains.URL_SHORTENERS:
            shortener = registrable
        if hosting is None and domains.is_file_hosting(href_host):
            hosting = href_host
        if redirect is None and domains.is_search_redirect(link.href):
            redirect = href_host
    if mismatch:
        signals.append(Signal("link_mismatch", 0.45,
                              f"A link shows {mismatch[0]} but leads to {mismatch[1]}"))
    elif own_site_mismatch:
        signals.append(Signal("link_mismatch", 0.15,
                              f"A link shows {own_site_mismatch[0]} but leads to {own_site_mismatch[1]}, the "
                              "sender's own site"))
    if data_uri:
        # A page carried inside the link itself ("data:text/html;base64,…"): it has no
        # address to check or block, which is why phishing kits use it.
        signals.append(Signal("risky_links", 0.45, "A link carries a whole web page inside itself (data: URI)"))
    elif ip:
        signals.append(Signal("risky_links", 0.35, f"A link goes to a bare IP address ({ip})"))
    elif hosting:
        signals.append(Signal("risky_links", 0.3, f"A link goes to free web hosting ({hosting})"))
    elif redirect:
        signals.append(Signal("risky_links", 0.3, f"A link hides its destination behind a search engine's or "
                                                  f"social site's redirect ({redirect})"))
    elif shortener:
        signals.append(Signal("risky_links", 0.2, f"A link hides its destination behind a shortener ({shortener})"))
    return signals


def language_signals(message: ParsedMessage) -> list[Signal]:
    text = folded_text(message)
    credential = phrases_in(text, CREDENTIAL_PHRASES)
    urgency = phrases_in(text, URGENCY_PHRASES)
    signals = []
    if credential:
        weight = 0.4 if len(credential) >= 2 else 0.25
        signals.append(Signal("credential_language", weight,
                              "It asks about logins, passwords or account verification (\""
                              + "\", \"".join(credential[:3]) + "\")"))
    if urgency and credential:
        signals.append(Signal("urgency_language", 0.15, "It pushes you to act quickly (\"" + urgency[0] + "\")"))
    prizes = phrases_in(text, PRIZE_PHRASES)
    if prizes:
        weight = 0.45 if len(prizes) >= 3 else 0.3 if len(prizes) == 2 else 0.15
        signals.append(Signal("prize_language", weight, "It promises prizes, bonuses or money (\""
                              + "\", \"".join(prizes[:3]) + "\")"))
    spam = phrases_in(text, SPAM_PHRASES)
    if spam:
        weight = 0.35 if len(spam) >= 3 else 0.2 if len(spam) == 2 else 0.05
        signals.append(Signal("spam_language", weight, "It reads like an unsolicited offer (\""
                              + "\", \"".join(spam[:3]) + "\")"))
    html = message.html[:200_000]
    if len(_HIDDEN.findall(html)) >= 3:
        signals.append(Signal("hidden_text", 0.3, "It hides text from the reader (invisible elements)"))
    if _PASSWORD_INPUT.search(html):
        signals.append(Signal("html_form", 0.45, "The message contains a form that asks for a password"))
    elif _FORM.search(html):
        signals.append(Signal("html_form", 0.15, "The message contains a form that asks for input"))
    return signals


def _mixed_script(word: str) -> bool:
    latin = other = False
    for char in word:
        if char.isascii():
            latin = True
        elif "\u0370" <= char <= "\u03ff" or "\u0400" <= char <= "\u04ff":
            other = True
        if latin and other:
            return True
    return False


def obfuscation_signals(message: ParsedMessage) -> list[Signal]:
    """Text written to fool filters: letters from other alphabets inside Latin words,
    'mathematical' look-alike letters, invisible characters inside words."""
    sample = f"{message.from_name} {message.subject} {message.text[:5000]}"
    if _MATH_ALPHANUMERIC.search(sample):
        return [Signal("obfuscated_text", 0.45, "It uses look-alike or invisible Unicode letters to dodge filters")]
    mixed = []
    if _OTHER_SCRIPT.search(sample):  # rare: only then look at the words themselves
        mixed = [w for w in _NON_ASCII_WORD.findall(sample) if _mixed_script(w)]
    if mixed:
        return [Signal("obfuscated_text", 0.45, f"It hides letters from other alphabets inside words (\"{mixed[0]}\")")]
    if len(_INVISIBLE_IN_WORD.findall(sample)) >= 2:
        return [Signal("obfuscated_text", 0.35, "It hides invisible characters inside words")]
    return []


_VOWELS = frozenset("aeiouyæøå")


def _looks_random(local_part: str) -> bool:
    """True for address names like 'xlxzc' or 'adzmhfqcf' that no person or company
    picks: letters only, and no vowels or a run of five consonants. (Names with digits
    are left alone: newsletters use machine-made bounce addresses legitimately.)"""
    for token in re.split(r"[^a-z0-9]+", local_part.lower()):
        if len(token) < 5 or not token.isalpha():
            continue
        if not any(c in _VOWELS for c in token) or re.search(r"[b-df-hj-np-tv-xz]{5,}", token):
            return True
    return False


def sender_signals(message: ParsedMessage) -> list[Signal]:
    """Where the sender writes from, and how it addresses you."""
    signals = []
    # On list mail the recipient is the list: its address in the text is the list's, and a
    # "Re:" may answer a message that reached the list before you joined it.
    through_list = sent_through_list(message)
    domain = message.from_domain
    registrable = domains.registrable_domain(domain)
    tld = domain.rsplit(".", 1)[-1] if "." in domain else ""
    if domain and ("." not in domain or not tld.isalpha()) and not domains.is_ip(domain):
        signals.append(Signal("invalid_sender", 0.4, f"The sender's domain {domain} is not a real domain"))
    elif registrable in SENDER_HOSTING:
        signals.append(Signal("throwaway_sender", 0.35,
                              f"The sender uses an address anyone can create for free ({registrable})"))
    elif tld in RISKY_TLDS:
        signals.append(Signal("risky_sender_tld", 0.25,
                              f"The sender's domain ends in .{tld}, an ending much used for fraud"))
    if registrable in domains.FREE_MAIL_DOMAINS:
        claim = f"{message.from_name} {message.subject}".lower()
        if any(word in claim for word in TRANSACTION_WORDS) or _BRAND_PATTERN.search(message.from_name):
            signals.append(Signal("freemail_business", 0.3,
                                  f"It claims to be about an order, invoice or account but comes from a private "
                                  f"{registrable} address"))
        elif not through_list:  # list members post from their private addresses
            # Nearly nothing alone (customers and applicants write from free mail), but no
            # firm sends its campaigns or notices from one: see `corroborating_signal`.
            signals.append(Signal("freemail_sender", 0.05, f"It comes from a private {registrable} address"))
    if message.from_malformed:
        # Every mail program quotes a name with a comma and names one sender; bulk tools that
        # paste a brand in front of a borrowed address do not.
        signals.append(Signal("malformed_sender", 0.3, "The sender field is malformed (no mail program writes it "
                                                       "like this), a way to show one name and send from another"))
    local = message.from_address.split("@")[0]
    if _looks_random(local):
        signals.append(Signal("random_sender", 0.2, f"The sender's address ({local}@…) looks machine-generated"))
    recipients = [r for r in message.to[:5] if len(r) > 5]
    opening = f"{message.subject}\n{message.text[:300]}".lower()
    if not through_list and any(r in opening for r in recipients):
        signals.append(Signal("greets_by_address", 0.3, "It addresses you by your e-mail address, not your name"))
    if (not through_list and _REPLY_PREFIX.match(message.subject) and not message.in_reply_to
            and not message.references):
        signals.append(Signal("fake_reply", 0.15, "It pretends to be a reply, but answers no earlier message"))
    return signals


def attachment_signals(message: ParsedMessage) -> list[Signal]:
    """One signal for the most dangerous attachment of the message (see
    `fornuft.mail.phishing.attachments`). Disguised programs, scripts and disk images, login
    pages carried as files and zip bombs are conclusive: no innocent sender makes them, so
    they quarantine on their own and an earlier release does not lower them."""
    worst = worst_attachment(message)
    if worst is None:
        return []
    return [Signal("dangerous_attachment", worst.weight, worst.text, conclusive=worst.conclusive)]


def _account_key(account: str) -> str:
    """One form for a Norwegian account written plain or as a NO IBAN."""
    compact = re.sub(r"[\s.]", "", account or "").upper()
    if compact.startswith("NO") and len(compact) == 15:
        return compact[4:]
    return compact


def bank_account_signals(message: ParsedMessage, context: OrgContext) -> list[Signal]:
    if context.bank_accounts_for is None or not message.from_domain:
        return []
    text = f"{message.subject}\n{message.text[:20000]}"
    folded = text.lower()
    if not any(word in folded for word in _INVOICE_WORDS):
        return []
    on_file = context.bank_accounts_for(domains.registrable_domain(message.from_domain))
    if on_file is None:
        on_file = context.bank_accounts_for(message.from_domain)
    if not on_file:
        return []
    known = {_account_key(a) for a in on_file}
    for national, iban in _ACCOUNT_CANDIDATES.findall(text):
        candidate = re.sub(r"[\s.]", "", national or iban).upper()
        valid = is_valid_bank_account(candidate) if national else is_valid_iban(candidate)
        if valid and _account_key(candidate) not in known:
            shown = candidate[:4] + "…" + candidate[-3:]
            return [Signal("bank_account_change", 0.7,
                           f"Payment is asked to account {shown}, which is not the account on file for "
                           f"{message.from_domain}")]
    return []


def brand_signals(message: ParsedMessage, context: OrgContext) -> list[Signal]:
    display = f"{message.from_name} {message.from_address.split('@')[0]}"
    match = _BRAND_PATTERN.search(display)
    if not match:
        return []
    brand = match.group(1).lower()
    sender = domains.registrable_domain(message.from_domain)
    if not sender or sender in context.trusted_domains():
        return []
    brand_domains = BRANDS.get(brand, set())
    brand_label = brand.replace(" ", "")
    if sender in brand_domains or domains.main_label(sender) == brand_label:
        return []
    if brand_domains and domains.lookalike_of(message.from_domain, brand_domains):
        # The name *and* a domain dressed up as the brand's ('altinn-melding.com'): no
        # reseller or newsletter needs both.
        return [Signal("brand_impersonation", 0.7,
                       f"The sender calls itself {match.group(1)} and writes from {message.from_domain}, which "
                       f"imitates {sorted(brand_domains)[0]}")]
    if brand_domains:
        return [Signal("brand_impersonation", 0.4,
                       f"The sender calls itself {match.group(1)} but writes from {message.from_domain}")]
    return [Signal("brand_impersonation", 0.25,
                   f"The sender calls itself \"{match.group(1)}\" but writes from an outside domain "
                   f"({message.from_domain})")]


def feedback_signals(message: ParsedMessage, context: OrgContext) -> list[Signal]:
    """Learns from people's decisions: a sender someone released before counts in its
    favour (unless authentication failed); a domain someone reported counts against it."""
    signals = []
    sender = (message.from_address or "").lower()
    domain = domains.registrable_domain(message.from_domain)
    if domain and domain in context.reported_domains:
        signals.append(Signal("reported_before", 0.5, f"People here reported mail from {domain} as phishing before"))
    failed_auth = any(s.code in ("auth_dmarc", "auth_spf", "auth_dkim", "auth_composite")
                      for s in authentication_signals(message))
    if sender and sender in context.released_senders and not failed_auth:
        signals.append(Signal("released_before", -0.5, f"People here released mail from {sender} before"))
    return signals


# Quarantine needs two independent kinds of evidence. Failed or missing sender
# authentication is weak alone (many small firms publish no DMARC) and suspicious words or
# links are weak alone (marketing has them), but a message that is already suspicious for
# what it says or links to *and* whose sender could not be authenticated is quarantined.
# Measured on phishing_pot vs SpamAssassin ham and the validation set's legitimate mail as a
# whole (docs/benchmarks/mail.md), never message by message.
SENDER_AUTHENTICATION_SIGNALS = frozenset({"auth_dmarc", "auth_spf", "auth_dkim", "auth_composite", "auth_missing",
                                           "auth_no_dmarc", "dkim_unaligned"})
# Doubts about who is writing that do not depend on authentication: a private free-mail or
# throwaway address that claims business, the name of one of our own people on an outside
# address, replies diverted to a private free-mail address, a sender domain that cannot
# exist. Attackers who own their sending domain pass authentication, but
# marketing and newsletters never write like this, so such a doubt corroborates
# suspicious content just as a failed authentication does.
SENDER_IDENTITY_SIGNALS = frozenset({"throwaway_sender", "freemail_business", "freemail_sender",
                                     "staff_impersonation", "reply_to_freemail", "invalid_sender",
                                     "malformed_sender"})
WEAK_DOUBTS = frozenset({"freemail_sender"})


def corroborating_signal(signals: list[Signal], score: float) -> Signal | None:
    """A signal that lifts a suspicious message to quarantine when the suspicion and a
    doubt about the sender (see SENDER_AUTHENTICATION_SIGNALS and SENDER_IDENTITY_SIGNALS)
    are independent of each other; None otherwise (also when people here released this
    sender before). A plain free-mail sender counts only beside a confident scam-text
    reading."""
    if not SUSPICIOUS_AT <= score < PHISHING_AT or any(s.weight < 0 for s in signals):
        return None
    doubted = {s.code for s in signals if s.weight > 0} & (SENDER_AUTHENTICATION_SIGNALS | SENDER_IDENTITY_SIGNALS)
    # Evidence independent of the doubt: for an unauthenticated sender anything else, for
    # an identity doubt alone what the message says, links to or carries.
    independent = (SENDER_AUTHENTICATION_SIGNALS if doubted & SENDER_AUTHENTICATION_SIGNALS
                   else SENDER_AUTHENTICATION_SIGNALS | SENDER_IDENTITY_SIGNALS)
    other = [s for s in signals if s.weight > 0 and s.code not in independent]
    if not doubted or not other:
        return None
    if 1.0 - math.prod(1.0 - s.weight for s in other) < SUSPICIOUS_AT * 0.5:
        return None  # the suspicion comes almost all from the missing authentication
    if doubted <= WEAK_DOUBTS and not any(s.code == "scam_text" and s.weight >= 0.25 for s in signals):
        return None  # a private address is a doubt only about what the scam-text model calls a scam
    if doubted & SENDER_AUTHENTICATION_SIGNALS:
        return Signal("unauthenticated_and_suspicious", PHISHING_AT,
                      "Suspicious content from a sender whose mail could not be authenticated")
    return Signal("doubtful_sender_and_suspicious", PHISHING_AT,
                  "Suspicious content from a private, throwaway or borrowed sender address")


def assess(message: ParsedMessage, context: OrgContext | None = None) -> Verdict:
    """Runs every signal and returns the verdict with its score and reasons."""
    context = context or OrgContext()
    signals: list[Signal] = []
    signals += authentication_signals(message)
    signals += impersonation_signals(message, context)
    signals += executive_request_signals(message, "staff_impersonation" in _codes(signals))
    signals += file_share_signals(message, context.trusted_domains())
    if "file_share_lure" not in _codes(signals):  # the same lure, counted once
        signals += document_lure_signals(message, context.trusted_domains())
    signals += lookalike_signals(message, context)
    signals += reply_to_signals(message, context)
    signals += link_signals(message)
    if not _codes(signals) & {"link_mismatch", "risky_links"}:  # the same links, counted once
        signals += links_elsewhere_signals(message)
    signals += language_signals(message)
    signals += attachment_signals(message)
    signals += bank_account_signals(message, context)
    signals += brand_signals(message, context)
    signals += obfuscation_signals(message)
    signals += sender_signals(message)
    signals += content_signals(message, context.scam_model)
    signals += feedback_signals(message, context)
    remaining = wording = 1.0
    for signal in signals:
        if signal.weight < 0:
            continue
        if signal.code in WORDING_SIGNALS:
            wording *= 1.0 - signal.weight
        else:
            remaining *= 1.0 - signal.weight
    # Wording signals overlap (a prize text trips the phrase lists and the scam-text model
    # alike): together they count at most WORDING_CAP, so words alone make a message
    # suspicious, and phishing needs evidence about the sender, links or attachments too.
    words_alone = remaining == 1.0 and not any(s.code == "credential_language" and s.weight >= 0.4
                                               for s in signals)
    cap = LIST_WORDING_CAP if words_alone and sent_through_list(message) else WORDING_CAP
    remaining *= 1.0 - min(cap, 1.0 - wording)
    score = 1.0 - remaining
    for signal in signals:
        if signal.weight < 0:  # a person's earlier release: evidence for the sender, not a free pass
            score *= 1.0 + signal.weight
    score = max([score] + [s.weight for s in signals if s.conclusive])
    # Judged on the score as shown: a message the reader sees as suspicious is suspicious here too.
    corroborated = corroborating_signal(signals, round(score, 3))
    if corroborated is not None:
        signals.append(corroborated)
        score = max(score, corroborated.weight)
    score = round(score, 3)
    verdict = "phishing" if score >= PHISHING_AT else "suspicious" if score >= SUSPICIOUS_AT else "clean"
    return Verdict(verdict, score, signals)
