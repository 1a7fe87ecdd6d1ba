"""Domain helpers for the phishing shield: registrable domains, homoglyph skeletons,
edit distance and lookalike detection. Plain functions, no Django."""

from __future__ import annotations

import ipaddress
import re
from functools import lru_cache
from urllib.parse import urlsplit

# Two-label public suffixes common in mail; a full public-suffix list is not needed
# to compare a sender with the handful of domains an organization knows.
_TWO_LEVEL_SUFFIXES = frozenset("""
co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk com.au net.au org.au co.nz com.br net.br org.br gov.br
com.ar com.mx co.jp ne.jp or.jp co.kr com.cn net.cn org.cn com.tw com.hk co.in net.in org.in co.za
com.tr com.sg com.my co.id com.pl com.ua co.il com.co com.pe com.ve com.ng
""".split())

FREE_MAIL_DOMAINS = frozenset("""
gmail.com googlemail.com hotmail.com hotmail.no outlook.com outlook.no live.com live.no msn.com yahoo.com
yahoo.no ymail.com aol.com icloud.com me.com mac.com gmx.com gmx.net gmx.de mail.com protonmail.com proton.me
online.no yandex.com yandex.ru mail.ru zoho.com tutanota.com web.de t-online.de orange.fr qq.com 163.com
""".split())

URL_SHORTENERS = frozenset("""
bit.ly tinyurl.com t.co goo.gl ow.ly is.gd buff.ly rebrand.ly cutt.ly shorturl.at rb.gy tiny.cc s.id
t.ly v.gd bitly.com lnkd.in shorte.st adf.ly qrco.de
""".split())

# Hosting where anyone can put a page up in minutes: legitimate companies rarely send
# customers there, phishing kits often live there.
FREE_HOSTING = frozenset("""
firebaseapp.com web.app appspot.com weebly.com wixsite.com 000webhostapp.com glitch.me herokuapp.com
netlify.app vercel.app pages.dev workers.dev r2.dev blogspot.com sites.google.com github.io gitbook.io
godaddysites.com square.site webflow.io ipfs.io dweb.link myshopify.com azurewebsites.net
windows.net duckdns.org ngrok.io ngrok-free.app repl.co surge.sh
storage.googleapis.com firebasestorage.googleapis.com s3.amazonaws.com digitaloceanspaces.com
linodeobjects.com wasabisys.com backblazeb2.com run.app
""".split())
# The last line above: public cloud file buckets and one-command app hosting. A firm's own
# site lives on its own domain; a page in a bucket ("…/o/login.html") is a phishing kit's
# cheapest home, and links to it carry the cloud's good name past reputation filters.
_S3_HOST = re.compile(r"(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com$")

# Search engines' and social sites' click redirects ("bing.com/ck/a?…", "google.com/url?q=…"):
# a link through them shows a trusted name but lands anywhere. Senders link to their own
# pages directly or through their own mail service's click counter, never through these.
_SEARCH_REDIRECT = re.compile(
    r"^https?://(www\.)?(google\.[a-z.]{2,6}/(url|amp/s/)|bing\.com/(ck/a|aclick|aclk)|"
    r"yandex\.[a-z]{2,3}/clck/|l\.facebook\.com/l\.php|l\.instagram\.com/|duckduckgo\.com/l/)",
    re.IGNORECASE)

_CONFUSABLES = str.maketrans({
    # Cyrillic and Greek letters that look Latin
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "l", "ј": "j", "ԁ": "d",
    "ѕ": "s", "ɡ": "g", "һ": "h", "ӏ": "l", "κ": "k", "ο": "o", "α": "a", "ν": "v", "τ": "t", "ρ": "p",
    "ı": "l", "ɩ": "l",
    # digits and letters that look alike
    "0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "5": "s", "$": "s", "@": "a",
})
_MULTI_CONFUSABLES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"))
_LABEL = re.compile(r"[^a-z0-9\-.]")


def decode_idna(domain: str) -> str:
    """Unicode form of a punycode (xn--) domain; the input when it is not valid punycode."""
    domain = (domain or "").strip().lower().rstrip(".")
    if "xn--" not in domain:
        return domain
    try:
        return domain.encode("ascii").decode("idna")
    except (UnicodeError, ValueError):
        return domain


def registrable_domain(host: str) -> str:
    """'mail.eu.example.co.uk' → 'example.co.uk'; IP addresses come back unchanged."""
    host = (host or "").strip().lower().rstrip(".")
    if not host or is_ip(host):
        return host
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    if ".".join(labels[-2:]) in _TWO_LEVEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def main_label(domain: str) -> str:
    """'example.co.uk' → 'example' (the name part a person reads)."""
    registrable = registrable_domain(domain)
    return registrable.split(".")[0] if registrable else ""


def is_file_hosting(host: str) -> bool:
    """A host anyone can put a page or file on in minutes (free site builders, cloud
    buckets), by its registrable domain or its own name."""
    host = (host or "").lower()
    return (registrable_domain(host) in FREE_HOSTING or host in FREE_HOSTING
            or any(host.endswith("." + h) for h in FREE_HOSTING) or bool(_S3_HOST.search(host)))


def is_search_redirect(url: str) -> bool:
    """A link through a search engine's or social site's click redirect."""
    return bool(_SEARCH_REDIRECT.match((url or "").strip()))


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def host_of(url: str) -> str:
    """The lower-cased host of a URL or bare domain ("" when there is none)."""
    url = (url or "").strip()
    if not url:
        return ""
    if "://" not in url:
        if url.lower().startswith(("mailto:", "tel:", "#", "javascript:", "data:", "cid:")):
            return ""
        url = "http://" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


@lru_cache(maxsize=4096)
def skeleton(domain: str) -> str:
    """A form where characters that look alike coincide ('paypa1.com' ≈ 'paypal.com',
    'rnicrosoft' ≈ 'microsoft', Cyrillic 'а' ≈ Latin 'a')."""
    text = decode_idna(domain).translate(_CONFUSABLES)
    for multi, single in _MULTI_CONFUSABLES:
        text = text.replace(multi, single)
    return text


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit` (returns limit + 1)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        best = i
        for j, cb in enumerate(b, 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            current.append(value)
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous = current
    return previous[-1]


def lookalike_of(domain: str, known: frozenset[str] | set[str]) -> tuple[str, str] | None:
    """If `domain` imitates one of the `known` domains without being it (or a subdomain
    of it), returns (known_domain, how) — how is 'homoglyph', 'punycode', 'spelling',
    'other_tld' or 'contains_name'; else None."""
    domain = (domain or "").lower().rstrip(".")
    if not domain or is_ip(domain) or not known:
        return None
    candidate = registrable_domain(domain)
    if candidate in known:
        return None
    unicode_form = decode_idna(candidate)
    label = main_label(unicode_form)
    label_skeleton = skeleton(label)
    for real in known:
        real_registrable = registrable_domain(real)
        if candidate == real_registrable:
            return None
    for real in known:
        real_registrable = registrable_domain(real)
        real_label = main_label(real_registrable)
        if len(real_label) < 3:
            continue
        if label == real_label:
            return real, "other_tld"
        if candidate.startswith("xn--") or ".xn--" in candidate:
            if skeleton(main_label(unicode_form)) == skeleton(real_label):
                return real, "punycode"
        if label_skeleton == skeleton(real_label):
            return real, "homoglyph"
        allowed = 1 if len(real_label) <= 6 else 2
        if abs(len(label) - len(real_label)) <= allowed and edit_distance(label, real_label, allowed) <= allowed:
            return real, "spelling"
        if len(real_label) >= 5 and real_label in label:
            return real, "contains_name"
    return _name_in_subdomain(domain, candidate, known)


def _name_in_subdomain(domain: str, registrable: str, known) -> tuple[str, str] | None:
    """'example.no.login-check.net' or 'example-no.mail.host.com': a known name put in
    front of someone else's domain, where a hurried reader stops reading."""
    subdomain = domain[: -len(registrable)].rstrip(".") if domain.endswith(registrable) else ""
    if not subdomain:
        return None
    words = set(re.split(r"[.-]", subdomain))
    for real in known:
        real_registrable = registrable_domain(real)
        real_label = main_label(real_registrable)
        if len(real_label) >= 5 and (real_label in words or real_registrable in subdomain
                                     or real_label.replace("-", "") in subdomain.replace("-", "")):
            return real, "in_subdomain"
    return None


def clean_domain(value: str) -> str:
    """A domain from user input ('@Example.no ', 'https://www.example.no/') → 'example.no'."""
    value = (value or "").strip().lower()
    if "@" in value:
        value = value.rpartition("@")[2]
    if "//" in value:
        value = host_of(value)
    value = value.strip("/ ").removeprefix("www.")
    return _LABEL.sub("", value)
