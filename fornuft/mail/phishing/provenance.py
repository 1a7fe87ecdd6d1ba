"""Whose message is it, and where do its links lead? Evidence from the ties between the
sender's domain and the rest of the message:

- links_elsewhere: every web link leads to a site that has no tie to the sender. A firm
  links to its own site, or through the mail service that sends for it (whose domain then
  signs the message, takes its bounces or names its unsubscribe address); a throwaway
  sending domain that only points at the real landing page has neither. Links to social
  networks, and links a security gateway rewrote, tell nothing either way.

Weak on purpose (a person may mail a link to someone else's page); it counts beside other
evidence. Left alone: mail delivered by a list (members post links to anything), links to
more than two sites (a digest or an article cites sources; a lure sends you to one place),
a sister domain carrying the sender's name ("lager.no" from "nordlager.no"), and links
another link signal already judged (the same links are not counted twice).

Plain logic over a `ParsedMessage`; imported by `fornuft.mail.phishing.signals`.
"""

from __future__ import annotations

import re

from fornuft.mail.parsing import ParsedMessage
from fornuft.mail.phishing import domains
from fornuft.mail.phishing.content import sent_through_list

LINKS_ELSEWHERE_WEIGHT = 0.15

# Mail services' click counters and link hosts: a newsletter's links go through them, tied
# to the sender by contract, not by name. General knowledge of the big senders' services.
MAIL_SERVICE_LINK_DOMAINS = frozenset("""
sendgrid.net list-manage.com mailchi.mp mcusercontent.com awstrack.me pstmrk.it mandrillapp.com
hubspotlinks.com hs-sites.com hubspot.com hubspotemail.net mailgun.org mailgun.net sparkpostmail.com
exct.net exacttarget.com rs6.net constantcontact.com klaviyo.com klclick.com klclick1.com mlsend.com
mailerlite.com sendinblue.com brevo.com sendibt2.com sendibt3.com createsend.com cmail19.com cmail20.com
mjt.lu mailjet.com acemlna.com activehosted.com substack.com beehiiv.com ck.page convertkit-mail.com
en25.com eloqua.com mktoweb.com marketo.com salesforce.com pardot.com go.pardot.com emlnk.com
apsis.one apsis.com makeweb.no mailmojo.no rule.io rulemailer.se
""".split())

# Sites a footer links to whatever the message is about, and rewriters a receiving
# gateway puts in front of every link: neither ties the links to anyone.
NEUTRAL_LINK_DOMAINS = frozenset("""
facebook.com instagram.com linkedin.com twitter.com x.com youtube.com youtu.be tiktok.com pinterest.com
apple.com google.com w3.org schema.org
safelinks.protection.outlook.com outlook.com urldefense.com urldefense.proofpoint.com mimecast.com
mimecastprotect.com barracudanetworks.com
""".split())

_HEADER_DOMAIN = re.compile(r"header\.d=([a-z0-9.-]+)", re.IGNORECASE)
_AT_DOMAIN = re.compile(r"@([a-z0-9.-]+)", re.IGNORECASE)


def tied_domains(message: ParsedMessage) -> set[str]:
    """Registrable domains that speak for the sender: From, Reply-To, the bounce address
    (Return-Path), the DKIM signer and the Message-ID's domain, and where unsubscribing
    goes."""
    candidates = [message.from_domain, message.reply_to_domain,
                  message.return_path.rsplit("@", 1)[-1] if "@" in message.return_path else "",
                  message.message_id.rsplit("@", 1)[-1].strip("<> ") if "@" in message.message_id else ""]
    for header in message.authentication_results[:1]:
        candidates += _HEADER_DOMAIN.findall(header)
    unsubscribe = message.headers.get("list-unsubscribe", "")
    candidates += _AT_DOMAIN.findall(unsubscribe)
    candidates += [domains.host_of(url) for url in re.findall(r"<(https?://[^>]+)>", unsubscribe)]
    return {d for d in (domains.registrable_domain(c.lower()) for c in candidates if c) if d}


def neutral_link(host: str, registrable: str) -> bool:
    return (registrable in NEUTRAL_LINK_DOMAINS or host in NEUTRAL_LINK_DOMAINS
            or any(host.endswith("." + n) for n in NEUTRAL_LINK_DOMAINS))


MAX_LANDING_SITES = 2


def same_firm_name(a: str, b: str) -> bool:
    """Sister domains of one firm: one's main label holds the other's ('lager' in 'nordlager')."""
    a, b = domains.main_label(a), domains.main_label(b)
    return min(len(a), len(b)) >= 4 and (a in b or b in a)


def sites_away_from_home(message: ParsedMessage, home: set[str], sender: str, limit: int) -> dict[str, str] | None:
    """The sites the message's web links lead to (registrable domain -> its first link, in order),
    neutral links left out; None as soon as one link leads home — to `home` or to the sender's own
    firm under another domain — because a message that links home is no stranger's lure."""
    away: dict[str, str] = {}
    for link in message.links[:limit]:
        if not link.href.lower().startswith(("http://", "https://", "www.")):
            continue
        host = domains.host_of(link.href)
        registrable = domains.registrable_domain(host)
        if not registrable or neutral_link(host, registrable):
            continue
        if registrable in home or (sender and same_firm_name(registrable, sender)):
            return None
        away.setdefault(registrable, link.href)
    return away


def links_elsewhere_signals(message: ParsedMessage) -> list:
    """One weak signal when no web link leads to the sender or the services sending for it."""
    from fornuft.mail.phishing.signals import Signal

    sender = domains.registrable_domain(message.from_domain)
    if not sender or not message.links or sent_through_list(message):
        return []
    away = sites_away_from_home(message, tied_domains(message) | MAIL_SERVICE_LINK_DOMAINS, sender, limit=200)
    if away is None:
        return []  # at least one link leads home
    elsewhere = list(away)
    if not elsewhere or len(elsewhere) > MAX_LANDING_SITES:
        return []
    return [Signal("links_elsewhere", LINKS_ELSEWHERE_WEIGHT,
                   f"Every link leads to {elsewhere[0]}, a site with no tie to the sender's domain {sender}")]
