"""Norwegian all the way: every string a template or a page's Python code marks for
translation has a bokmål translation, and the main pages in bokmål show no raw codes
(snake_case keys, English reasons) and write numbers and dates the Norwegian way."""

import re
from pathlib import Path

import pytest
from django.utils import translation

import fornuft
from fornuft.core.roles import Role
from fornuft.testing import factories

PACKAGE = Path(fornuft.__file__).parent
TEMPLATE_STRING = re.compile(r"""{%\s*(?:trans|translate)\s+(?:"([^"]+)"|'([^']+)')""")
PYTHON_STRING = re.compile(r"""\b(?:_|gettext_lazy|gettext|gettext_noop|pgettext_lazy)\(\s*"([^"\\]+)"\s*[,)]""")
# Written the same in bokmål and English (names, codes, loan words).
SAME_IN_NORWEGIAN = {
    "Status", "System", "KID", "IBAN", "Pilot", "Person", "person", "OK", "HR", "Administrator", "Hash", "KPI",
    "IMAP", "STARTTLS (port 143)", "TLS (IMAPS, port 993)", "URL", "Phishing", "server", "port", "status",
    "pilot", "Fødselsnummer / D-nummer", "fødselsnummer", "Pilot: %(process)s", "Norsk", "English", "Format",
    "normal", "Tone", "STARTTLS (port 587)", "TLS (SMTPS, port 465)", "Send", "Mine", "Fornuft",
    "Type", "Data", "Plan", "Problem", "SAF-T Financial", "Segment", "STATUS.csv", "Start", "start", "team (JSON)",
    "Status: %(status)s", "Webhook", "webhook",
}
# Text a user never sees in bokmål: log and CLI messages and the English policy template.
NOT_SHOWN = ("cli.py", "cli_privacy.py", "management", "bench", "/ml/")
# Capabilities landed while their bokmål catalogue is still being written (wave 2). Take one
# out of this set as soon as its locale/nb is complete; a new capability is checked from day one.
NOT_YET_TRANSLATED: set[str] = set()  # every capability's bokmål catalogue is complete


def _marked_strings():
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix not in (".html", ".py") or "migrations" in path.parts or "locale" in path.parts:
            continue
        if any(part in str(path) for part in NOT_SHOWN):
            continue
        if path.relative_to(PACKAGE).parts[0] in NOT_YET_TRANSLATED:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if path.suffix == ".html":
            found = [a or b for a, b in TEMPLATE_STRING.findall(text)]
        else:
            found = PYTHON_STRING.findall(text)
        for string in found:
            yield path.relative_to(PACKAGE), string


def test_every_marked_string_has_a_bokmal_translation():
    untranslated = []
    with translation.override("nb"):
        for path, string in _marked_strings():
            if string in SAME_IN_NORWEGIAN or "%" in string and string.replace("%%", "%") in SAME_IN_NORWEGIAN:
                continue
            if translation.gettext(string) == string and translation.gettext(string.replace("%", "%%")) in (
                    string, string.replace("%", "%%")):
                untranslated.append(f"{path}: {string!r}")
    assert not untranslated, "Untranslated in bokmål:\n" + "\n".join(untranslated)


RAW_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")


def _visible_text(html: str) -> str:
    main = html[html.index("<main"):html.index("</main>")]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.DOTALL)
    main = re.sub(r"<[^>]+>", " ", main)
    return re.sub(r"\s+", " ", main)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.SUPPORT, Role.FINANCE, Role.HR])
def test_the_main_pages_in_bokmal_show_no_raw_codes(org, login, role):
    from fornuft.governance import registry
    from fornuft.governance.models import OversightMode
    from fornuft.mail import intake
    from tests.invoices.test_workflow import invoice_pdf, take_in
    from tests.mail.conftest import make_eml

    for key in ("mail.classifier", "mail.phishing"):
        system = registry.get_system(org, key)
        system.oversight_mode = OversightMode.IN_THE_LOOP
        system.save(update_fields=["oversight_mode"])
    intake.ingest(org, make_eml(subject="Faktura 4471 forfaller", body="Hei, vedlagt faktura. Betal innen fredag."))
    take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    client = login(factories.user(org, role))
    pages = ["/", "/governance/reviews/", "/mail/conversations/?state=any", "/mail/settings/inbox/"]
    from fornuft.mail.models import Thread

    pages += [f"/mail/conversations/{thread.pk}/" for thread in Thread.objects.all_organizations().filter(
        organization=org)[:1]]
    from fornuft.governance.models import ReviewTask

    pages += [f"/governance/reviews/{task.pk}/" for task in ReviewTask.objects.all_organizations().filter(
        organization=org)[:4]]
    for url in pages:
        response = client.get(url)
        if response.status_code != 200:
            continue
        text = _visible_text(response.content.decode())
        codes = [code for code in RAW_CODE.findall(text) if "@" not in code]
        assert not codes, (url, codes, [text[max(0, text.index(c) - 80):text.index(c) + 40] for c in codes[:3]])
        for english in (" below threshold ", "Confidence ", " the system ", "Waiting for"):
            assert english not in text, (url, english)


def test_phishing_reasons_and_invoice_findings_read_in_bokmal():
    from fornuft.invoices.readable import finding, finding_label
    from fornuft.mail.readable import phishing_reason

    with translation.override("nb"):
        assert phishing_reason("A link shows nordea.no but leads to nordea-login.xyz") == \
            "En lenke viser nordea.no, men går til nordea-login.xyz"
        assert phishing_reason("DMARC failed: the sender's domain does not vouch for this message").startswith(
            "DMARC feilet")
        assert phishing_reason("Something the shield says one day") == "Something the shield says one day"
        assert finding_label("KID_INVALID") == "KID er ikke gyldig"
        assert finding({"code": "MISSING_FIELD", "message": "The field due_date was not found."}) == \
            "Forfallsdato ble ikke funnet."
    with translation.override("en"):
        assert phishing_reason("A link shows a.no but leads to b.xyz") == "A link shows a.no but leads to b.xyz"


def test_numbers_money_and_dates_nb_and_en_gb():
    from datetime import date

    from fornuft.core.formatting import money, number, short_date

    with translation.override("nb"):
        assert number(0.4) == "0,40" and money("12450") == "12\u00a0450,00 kr"
        assert short_date(date(2026, 3, 19)) == "19.03.2026"
    with translation.override("en"):
        assert number(0.4) == "0.40" and money("12450") == "NOK 12,450.00"
        assert short_date(date(2026, 3, 19)) == "19/03/2026"  # en-GB, not 03/19/2026
