"""Mail's stored English reasons as the reader's language writes them. The phishing shield
(plain Python, no Django) writes its reasons in English and the message keeps them, so the log
reads the same for everyone; the pages translate them here. Each template's {names} are the
parts the shield fills in (domains, words, file names); they are kept as they are."""

from __future__ import annotations

import re
from functools import cache

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

# English template (as the shield writes it) -> catalogue message with the same parts.
PHISHING_REASONS = [
    ("DMARC failed: the sender's domain does not vouch for this message",
     gettext_noop("DMARC failed: the sender's domain does not vouch for this message")),
    ("SPF {result}: the sending server is not allowed to send for this domain",
     gettext_noop("SPF %(result)s: the sending server is not allowed to send for this domain")),
    ("DKIM signature failed: the message may have been altered or forged",
     gettext_noop("DKIM signature failed: the message may have been altered or forged")),
    ("The receiving server could not authenticate the sender",
     gettext_noop("The receiving server could not authenticate the sender")),
    ("The sender is not authenticated (no SPF, DKIM or DMARC pass)",
     gettext_noop("The sender is not authenticated (no SPF, DKIM or DMARC pass)")),
    ("The sender's domain publishes no (valid) DMARC policy",
     gettext_noop("The sender's domain publishes no (valid) DMARC policy")),
    ("The message is signed by {signer}, not by the sender's domain {domain}",
     gettext_noop("The message is signed by %(signer)s, not by the sender's domain %(domain)s")),
    ("The sender calls itself {name}, who works here, but writes from {domain} "
     "instead of {own}",
     gettext_noop("The sender calls itself %(name)s, who works here, but writes from %(domain)s instead of %(own)s")),
    ("The name shows the address of {shown}, but the mail comes from {domain}",
     gettext_noop("The name shows the address of %(shown)s, but the mail comes from %(domain)s")),
    ("The {where} domain {domain} imitates {real} ({explained})",
     gettext_noop("The %(where)s domain %(domain)s imitates %(real)s (%(explained)s)")),
    ("The sender's domain is written in punycode (xn--)",
     gettext_noop("The sender's domain is written in punycode (xn--)")),
    ("Replies would go to a private {reply} address, not to the sender's domain {domain}",
     gettext_noop("Replies would go to a private %(reply)s address, not to the sender's domain %(domain)s")),
    ("Replies would go to {reply}, not to the sender's domain {domain}",
     gettext_noop("Replies would go to %(reply)s, not to the sender's domain %(domain)s")),
    ("A link shows {shown} but leads to {target}, the sender's own site",
     gettext_noop("A link shows %(shown)s but leads to %(target)s, the sender's own site")),
    ("A link shows {shown} but leads to {target}", gettext_noop("A link shows %(shown)s but leads to %(target)s")),
    ("A link goes to a bare IP address ({ip})", gettext_noop("A link goes to a bare IP address (%(ip)s)")),
    ("A link goes to free web hosting ({host})", gettext_noop("A link goes to free web hosting (%(host)s)")),
    ("A link hides its destination behind a shortener ({host})",
     gettext_noop("A link hides its destination behind a shortener (%(host)s)")),
    ("A link carries a whole web page inside itself (data: URI)",
     gettext_noop("A link carries a whole web page inside itself (data: URI)")),
    ("A link hides its destination behind a search engine's or social site's redirect ({host})",
     gettext_noop("A link hides its destination behind a search engine's or social site's redirect (%(host)s)")),
    ("Every link leads to {site}, a site with no tie to the sender's domain {domain}",
     gettext_noop("Every link leads to %(site)s, a site with no tie to the sender's domain %(domain)s")),
    ("It asks about logins, passwords or account verification ({words})",
     gettext_noop("It asks about logins, passwords or account verification (%(words)s)")),
    ("It pushes you to act quickly ({words})", gettext_noop("It pushes you to act quickly (%(words)s)")),
    ("It promises prizes, bonuses or money ({words})",
     gettext_noop("It promises prizes, bonuses or money (%(words)s)")),
    ("It reads like an unsolicited offer ({words})", gettext_noop("It reads like an unsolicited offer (%(words)s)")),
    ("It hides text from the reader (invisible elements)",
     gettext_noop("It hides text from the reader (invisible elements)")),
    ("The message contains a form that asks for a password",
     gettext_noop("The message contains a form that asks for a password")),
    ("The message contains a form that asks for input",
     gettext_noop("The message contains a form that asks for input")),
    ("It uses look-alike or invisible Unicode letters to dodge filters",
     gettext_noop("It uses look-alike or invisible Unicode letters to dodge filters")),
    ("It hides letters from other alphabets inside words ({words})",
     gettext_noop("It hides letters from other alphabets inside words (%(words)s)")),
    ("It hides invisible characters inside words", gettext_noop("It hides invisible characters inside words")),
    ("The sender's domain {domain} is not a real domain",
     gettext_noop("The sender's domain %(domain)s is not a real domain")),
    ("The sender uses an address anyone can create for free ({domain})",
     gettext_noop("The sender uses an address anyone can create for free (%(domain)s)")),
    ("The sender's domain ends in .{tld}, an ending much used for fraud",
     gettext_noop("The sender's domain ends in .%(tld)s, an ending much used for fraud")),
    ("It claims to be about an order, invoice or account but comes from a private {domain} address",
     gettext_noop("It claims to be about an order, invoice or account but comes from a private %(domain)s address")),
    ("It comes from a private {domain} address", gettext_noop("It comes from a private %(domain)s address")),
    ("The sender's address ({local}) looks machine-generated",
     gettext_noop("The sender's address (%(local)s) looks machine-generated")),
    ("The sender field is malformed (no mail program writes it like this), a way to show one name and send from "
     "another",
     gettext_noop("The sender field is malformed (no mail program writes it like this), a way to show one name and "
                  "send from another")),
    ("It addresses you by your e-mail address, not your name",
     gettext_noop("It addresses you by your e-mail address, not your name")),
    ("It pretends to be a reply, but answers no earlier message",
     gettext_noop("It pretends to be a reply, but answers no earlier message")),
    ("The archive {name} hides another archive ({inner}) that holds {file}, a script, shortcut or "
     "disk image that runs when opened (how malware is delivered)",
     gettext_noop("The archive %(name)s hides another archive (%(inner)s) that holds %(file)s, a "
                  "script, shortcut or disk image that runs when opened (how malware is delivered)")),
    ("The archive {name} hides another archive ({inner}) that holds {file}, which hides its real type",
     gettext_noop("The archive %(name)s hides another archive (%(inner)s) that holds %(file)s, which "
                  "hides its real type")),
    ("The archive {name} hides another archive ({inner}) that contains {file}, a file type that can run code",
     gettext_noop("The archive %(name)s hides another archive (%(inner)s) that contains %(file)s, a "
                  "file type that can run code")),
    ("The archive {name} hides another archive ({inner}) inside",
     gettext_noop("The archive %(name)s hides another archive (%(inner)s) inside")),
    ("The archive {name} holds {file}, a script, shortcut or disk image that runs when opened (how "
     "malware is delivered)",
     gettext_noop("The archive %(name)s holds %(file)s, a script, shortcut or disk image that runs "
                  "when opened (how malware is delivered)")),
    ("The archive {name} holds {file}, which hides its real type",
     gettext_noop("The archive %(name)s holds %(file)s, which hides its real type")),
    ("The archive {name} contains {file}, a file type that can run code",
     gettext_noop("The archive %(name)s contains %(file)s, a file type that can run code")),
    ("The archive {name} is locked with a password that the mail itself gives: that keeps out the "
     "virus scanner, not strangers",
     gettext_noop("The archive %(name)s is locked with a password that the mail itself gives: that "
                  "keeps out the virus scanner, not strangers")),
    ("The archive {name} is password-protected, so it cannot be checked",
     gettext_noop("The archive %(name)s is password-protected, so it cannot be checked")),
    ("The archive {name} cannot be opened (damaged archive)",
     gettext_noop("The archive %(name)s cannot be opened (damaged archive)")),
    ("The archive {name} unpacks to {unpacked} MB from {packed} KB (a zip bomb?)",
     gettext_noop("The archive %(name)s unpacks to %(unpacked)s MB from %(packed)s KB (a zip bomb?)")),
    ("The attachment {name} is a script, shortcut or disk image that runs when opened (how malware is delivered)",
     gettext_noop("The attachment %(name)s is a script, shortcut or disk image that runs when opened "
                  "(how malware is delivered)")),
    ("The attachment {name} is a login page that asks for a password (a page to steal it, carried as a file)",
     gettext_noop("The attachment %(name)s is a login page that asks for a password (a page to steal "
                  "it, carried as a file)")),
    ("The picture {name} carries a script or a web page, which no picture needs",
     gettext_noop("The picture %(name)s carries a script or a web page, which no picture needs")),
    ("The attachment {name} is a page with a form or a script that sends you on to a web site",
     gettext_noop("The attachment %(name)s is a page with a form or a script that sends you on to a web site")),
    ("The attachment {name} is a web page that links out (a way round the link checks of the mail itself)",
     gettext_noop("The attachment %(name)s is a web page that links out (a way round the link checks "
                  "of the mail itself)")),
    ("The attachment {name} is a web page or vector picture",
     gettext_noop("The attachment %(name)s is a web page or vector picture")),
    ("It says the file is on {service}, but comes from {domain}, which only borrows the name",
     gettext_noop("It says the file is on %(service)s, but comes from %(domain)s, which only borrows the name")),
    ("Its only content is a document said to wait behind a sign-in page on {site}, a site with no tie to the sender",
     gettext_noop("Its only content is a document said to wait behind a sign-in page on %(site)s, a "
                  "site with no tie to the sender")),
    ("Its only content is a document said to wait behind a link to {site}, a site with no tie to the sender",
     gettext_noop("Its only content is a document said to wait behind a link to %(site)s, a site with "
                  "no tie to the sender")),
    ("The attachment {name} hides its real type", gettext_noop("The attachment %(name)s hides its real type")),
    ("The attachment {name} is a file type that can run code or fake a login page",
     gettext_noop("The attachment %(name)s is a file type that can run code or fake a login page")),
    ("The archive {name} is of a kind that cannot be checked here (often used to smuggle malware)",
     gettext_noop("The archive %(name)s is of a kind that cannot be checked here (often used to smuggle malware)")),
    ("Payment is asked to account {account}, which is not the account on file for {domain}",
     gettext_noop("Payment is asked to account %(account)s, which is not the account on file for %(domain)s")),
    ("The sender calls itself {name} and writes from {domain}, which imitates {real}",
     gettext_noop("The sender calls itself %(name)s and writes from %(domain)s, which imitates %(real)s")),
    ("The sender calls itself {name} but writes from an outside domain ({domain})",
     gettext_noop("The sender calls itself %(name)s but writes from an outside domain (%(domain)s)")),
    ("The sender calls itself {name} but writes from {domain}",
     gettext_noop("The sender calls itself %(name)s but writes from %(domain)s")),
    ("People here reported mail from {domain} as phishing before",
     gettext_noop("People here reported mail from %(domain)s as phishing before")),
    ("People here released mail from {sender} before",
     gettext_noop("People here released mail from %(sender)s before")),
    ("Suspicious content from a sender whose mail could not be authenticated",
     gettext_noop("Suspicious content from a sender whose mail could not be authenticated")),
    ("Suspicious content from a private, throwaway or borrowed sender address",
     gettext_noop("Suspicious content from a private, throwaway or borrowed sender address")),
    ("It says the file is on {service}, but the link goes to {host}, which only borrows the name",
     gettext_noop("It says the file is on %(service)s, but the link goes to %(host)s, which only borrows the name")),
    ("It says the file is on {service}, but the link goes to {host} instead",
     gettext_noop("It says the file is on %(service)s, but the link goes to %(host)s instead")),
    ("In a colleague's name from an outside address, it asks for money or discretion ({words})",
     gettext_noop("In a colleague's name from an outside address, it asks for money or discretion (%(words)s)")),
    ("It reads like a scam ({share} by the scam-text model; words such as {words})",
     gettext_noop("It reads like a scam (%(share)s by the scam-text model; words such as %(words)s)")),
    ("It asks for payment to a Bitcoin address ({address})",
     gettext_noop("It asks for payment to a Bitcoin address (%(address)s)")),
    ("It asks for payment in a way that cannot be traced or reversed ({words})",
     gettext_noop("It asks for payment in a way that cannot be traced or reversed (%(words)s)")),
    ("It demands money under time pressure or threat ({words})",
     gettext_noop("It demands money under time pressure or threat (%(words)s)")),
    ("No recipient but the sender itself is named: it was sent blind (Bcc) to a hidden list",
     gettext_noop("No recipient but the sender itself is named: it was sent blind (Bcc) to a hidden list")),
    ("It lacks a {header}, which every normal mail program adds: typical of bulk-mailing tools",
     gettext_noop("It lacks a %(header)s, which every normal mail program adds: typical of bulk-mailing tools")),
    ("The sender's domain {domain} looks machine-made (throwaway domains look like this)",
     gettext_noop("The sender's domain %(domain)s looks machine-made (throwaway domains look like this)")),
    ("It is almost all pictures and hardly any text (a way to slip past text filters)",
     gettext_noop("It is almost all pictures and hardly any text (a way to slip past text filters)")),
]


@cache
def _patterns() -> list[tuple[re.Pattern, str]]:
    compiled = []
    for english, message in PHISHING_REASONS:
        parts = re.split(r"\{(\w+)\}", english)
        regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>.+?)" for index, part in enumerate(parts))
        compiled.append((re.compile(f"^{regex}$", re.DOTALL), message))
    return compiled


def phishing_reason(text) -> str:
    """One stored phishing reason in the reader's language (unknown text is shown as it is)."""
    text = str(text or "").strip()
    if not text:
        return ""
    for pattern, message in _patterns():
        match = pattern.match(text)
        if match:
            return _(message) % match.groupdict()
    return _(text)


URGENCY = {"high": gettext_noop("high"), "normal": gettext_noop("normal"), "low": gettext_noop("low")}
SENTIMENT = {"negative": gettext_noop("negative"), "neutral": gettext_noop("neutral"),
             "positive": gettext_noop("positive")}
VERDICTS = {"clean": gettext_noop("Clean"), "suspicious": gettext_noop("Suspicious"),
            "phishing": gettext_noop("Phishing")}


def _category_names() -> dict[str, str]:
    from fornuft.core.tenancy import active_organization
    from fornuft.mail.models import Category

    organization = active_organization()
    if getattr(organization, "pk", None) is None:  # none active, or the no-tenant marker
        return {}
    return {key: _(name) for key, name in Category.objects.for_organization(organization).values_list("key", "name")}


def _language(code) -> str:
    from django.utils.translation import get_language_info

    try:
        return _(get_language_info(str(code))["name"])
    except KeyError:
        return str(code or "–")


def decision_rows(output, explanation) -> tuple[list, list]:
    """How a mail decision reads to a person: category names instead of keys, the phishing
    shield's reasons in the reader's language (declared as the mail systems' `readable_output`)."""
    from fornuft.core.formatting import number

    categories = _category_names() if output is not None or explanation is not None else {}
    rows: list[tuple[str, str]] = []
    if isinstance(output, dict):
        for key, value in output.items():
            if key == "category":
                rows.append((_("Category"), categories.get(value, str(value or "–"))))
            elif key == "language":
                rows.append((_("Language"), _language(value)))
            elif key == "urgency":
                rows.append((_("Urgency"), _(URGENCY[value]) if value in URGENCY else str(value or "–")))
            elif key == "sentiment":
                rows.append((_("Tone"), _(SENTIMENT[value]) if value in SENTIMENT else str(value or "–")))
            elif key == "verdict":
                rows.append((_("Phishing verdict"), _(VERDICTS[value]) if value in VERDICTS else str(value or "–")))
            elif key == "score":
                rows.append((_("Score"), number(value, 2)))
    explained: list[tuple[str, str]] = []
    if isinstance(explanation, dict):
        features = explanation.get("top_features") or []
        if features:
            explained.append((_("Words that weighed most"), ", ".join(
                str(item[0]) if isinstance(item, list | tuple) else str(item) for item in features[:10])))
        probabilities = explanation.get("probabilities") or []
        if probabilities:
            explained.append((_("Most likely categories"), ", ".join(
                f"{categories.get(item[0], item[0])} {number(item[1], 2)}" for item in probabilities
                if isinstance(item, list | tuple) and len(item) == 2)))
        reasons = explanation.get("reasons") or []
        if reasons:
            explained.append((_("Reasons"), "; ".join(phishing_reason(reason) for reason in reasons)))
    return rows, explained
