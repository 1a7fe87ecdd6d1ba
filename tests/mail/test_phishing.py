"""Every signal of the phishing shield, with a message that triggers it and one that does not."""

import io
import zipfile

import pytest

from fornuft.mail.parsing import parse_message
from fornuft.mail.phishing import Employee, OrgContext, assess, inspect_archive

from .conftest import make_eml

CONTEXT = OrgContext(
    domain="nordfjell.no", name="Nordfjell Rådgivning AS",
    employees=[Employee("Erik Haugland", "erik.haugland@nordfjell.no", "Daglig leder"),
               Employee("Kari Nilsen", "kari.nilsen@nordfjell.no", "Økonomisjef")],
    known_domains={"byggmakker.no", "fjordkraft.no"},
    bank_accounts_for=lambda domain: {"15031234567"} if domain == "byggmakker.no" else None,
)


def codes(raw, context=CONTEXT):
    return set(assess(parse_message(raw), context).codes)


def test_authentication_failures():
    failing = make_eml(auth="mx.nordfjell.no; spf=fail smtp.mailfrom=x.ru; dkim=fail header.d=x.ru; dmarc=fail "
                            "header.from=dnb.no")
    assert {"auth_spf", "auth_dkim", "auth_dmarc"} <= codes(failing)
    passing = make_eml(sender="Kari <kari@kunde.no>",
                       auth="mx.nordfjell.no; spf=pass smtp.mailfrom=kunde.no; dkim=pass header.d=kunde.no; "
                            "dmarc=pass header.from=kunde.no")
    assert not {c for c in codes(passing) if c.startswith("auth")}
    assert "dkim_unaligned" not in codes(passing)
    unaligned = make_eml(sender="Kari <kari@kunde.no>",
                         auth="mx; spf=pass; dkim=pass header.d=mailer.example; dmarc=pass")
    assert "dkim_unaligned" in codes(unaligned)


def test_ceo_fraud_display_name_of_own_staff():
    fake = make_eml(sender="Erik Haugland <erik.haugland.ceo@gmail.com>", subject="Haster",
                    body="Kan du gjøre en rask betaling for meg i dag?")
    verdict = assess(parse_message(fake), CONTEXT)
    assert "staff_impersonation" in verdict.codes
    assert any("Erik Haugland" in reason for reason in verdict.reasons)
    assert "staff_impersonation" in codes(make_eml(sender="Erik Haugland <erik.haugland@gmail.com>"))
    assert "staff_impersonation" not in codes(make_eml(sender="Erik Haugland <erik.haugland@nordfjell.no>"))
    assert "staff_impersonation" not in codes(make_eml(sender="Erik Hansen <erik@gmail.com>"))


@pytest.mark.parametrize("domain", ["nordfje1l.no", "nordfjel.no", "nordfjell.com", "xn--nordfjll-t2a.no",
                                    "byggmakker-faktura.com", "bygrnakker.no"])
def test_lookalike_domains(domain):
    assert "lookalike_domain" in codes(make_eml(sender=f"Post <post@{domain}>"))


def test_real_and_unrelated_domains_are_not_lookalikes():
    assert "lookalike_domain" not in codes(make_eml(sender="Post <post@byggmakker.no>"))
    assert "lookalike_domain" not in codes(make_eml(sender="Post <faktura@mail.byggmakker.no>"))
    assert "lookalike_domain" not in codes(make_eml(sender="Ola <ola@helt-annet-firma.no>"))


def test_lookalike_link_domain():
    html = '<p>Logg inn: <a href="https://nordfjeIl.no.example-login.com/x">her</a></p>'
    assert "lookalike_domain" not in codes(make_eml(html=html))  # another registrable domain, not a lookalike
    html = '<p><a href="https://nordfje11.no/login">Logg inn</a></p>'
    assert "lookalike_domain" in codes(make_eml(html=html))


def test_reply_to_mismatch():
    assert "reply_to_freemail" in codes(make_eml(sender="A <a@kunde.no>", reply_to="b@gmail.com"))
    assert "reply_to_mismatch" in codes(make_eml(sender="A <a@kunde.no>", reply_to="b@annet-firma.no"))
    assert "reply_to_mismatch" not in codes(make_eml(sender="A <a@kunde.no>", reply_to="salg@kunde.no"))
    mailing_list = make_eml(sender="A <a@kunde.no>", reply_to="list@lists.example", headers={"List-Id": "<x>"})
    assert "reply_to_mismatch" not in codes(mailing_list)


def test_link_text_shows_another_address():
    bad = make_eml(html='<a href="https://secure-login.example.ru/dnb">https://www.dnb.no/logginn</a>')
    assert "link_mismatch" in codes(bad)
    good = make_eml(html='<a href="https://www.dnb.no/logginn">www.dnb.no/logginn</a> <a href="https://x.no">'
                         'Les mer</a>')
    assert "link_mismatch" not in codes(good)


def test_risky_links():
    assert "risky_links" in codes(make_eml(html='<a href="http://192.168.4.20/login">Klikk</a>'))
    assert "risky_links" in codes(make_eml(html='<a href="https://bit.ly/3abc">Klikk</a>'))
    assert "risky_links" not in codes(make_eml(html='<a href="https://www.regjeringen.no/">Les</a>'))


def test_credential_harvesting_language_nb_and_en():
    nb = make_eml(subject="Kontoen din er sperret", body="Bekreft kontoen din og oppgi passordet ditt innen 24 timer.")
    en = make_eml(subject="Action required", body="Please verify your account and confirm your password.")
    assert "credential_language" in codes(nb) and "urgency_language" in codes(nb)
    assert "credential_language" in codes(en)
    assert "credential_language" not in codes(make_eml(body="Takk for møtet i går, vi sender tilbud i morgen."))


@pytest.mark.parametrize("filename,mime", [
    ("faktura.exe", "application/octet-stream"), ("skjema.html", "text/html"),
    ("bilde.iso", "application/octet-stream"),
    ("budsjett.xlsm", "application/octet-stream"), ("faktura.pdf.js", "application/javascript"),
])
def test_dangerous_attachments(filename, mime):
    assert "dangerous_attachment" in codes(make_eml(attachments=[(filename, b"data", mime)]))


def test_archives_with_dangerous_content_and_zip_bombs():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("faktura.pdf.scr", b"MZ")
    assert "dangerous_attachment" in codes(make_eml(attachments=[("faktura.zip", buffer.getvalue(),
                                                                  "application/zip")]))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", b"\0" * (60 * 1024 * 1024))
    assert "zip bomb" in inspect_archive(bomb.getvalue())
    safe = io.BytesIO()
    with zipfile.ZipFile(safe, "w") as archive:
        archive.writestr("tegning.pdf", b"%PDF")
    assert "dangerous_attachment" not in codes(make_eml(attachments=[("tegninger.zip", safe.getvalue(),
                                                                      "application/zip")]))
    assert "dangerous_attachment" not in codes(make_eml(attachments=[("faktura.pdf", b"%PDF", "application/pdf")]))
    rar = make_eml(attachments=[("faktura.rar", b"Rar!\x1a\x07", "application/x-rar")])
    assert "dangerous_attachment" in codes(rar)


def test_changed_bank_account_from_known_supplier():
    body = "Vedlagt faktura 1042. Merk: vi har fått nytt kontonummer, betal til 1234.56.78903."
    changed = make_eml(sender="Byggmakker <faktura@byggmakker.no>", subject="Faktura 1042", body=body)
    verdict = assess(parse_message(changed), CONTEXT)
    assert "bank_account_change" in verdict.codes and verdict.verdict in ("suspicious", "phishing")
    same = make_eml(sender="Byggmakker <faktura@byggmakker.no>", subject="Faktura 1043",
                    body="Vedlagt faktura 1043. Betal til 1503.12.34567.")
    assert "bank_account_change" not in codes(same)
    iban_same = make_eml(sender="Byggmakker <faktura@byggmakker.no>", subject="Faktura",
                         body="Invoice attached. IBAN NO93 1503 1234 567 is unchanged.")
    assert "bank_account_change" not in codes(iban_same)
    unknown_supplier = make_eml(sender="Ny <faktura@ny-leverandor.no>", subject="Faktura", body=body)
    assert "bank_account_change" not in codes(unknown_supplier)


def test_brand_impersonation():
    assert "brand_impersonation" in codes(make_eml(sender="PayPal Service <service@pp-secure.example>"))
    assert "brand_impersonation" not in codes(make_eml(sender="PayPal <service@paypal.com>"))


def test_obfuscated_text_and_prize_language():
    assert "obfuscated_text" in codes(make_eml(subject="Yоur аccount", body="Vеrify nоw"))  # Cyrillic letters
    assert "obfuscated_text" not in codes(make_eml(subject="Møtereferat", body="Referat fra møtet på tirsdag."))
    prize = make_eml(subject="Congratulations!", body="You have won a gift card. Claim your prize now!")
    assert "prize_language" in codes(prize)


def test_sender_domain_signals():
    assert "throwaway_sender" in codes(make_eml(sender="Support <a@x1.onmicrosoft.com>"))
    assert "risky_sender_tld" in codes(make_eml(sender="Tax <refund@irs-refund.click>"))
    assert "invalid_sender" in codes(make_eml(sender="Bank <alert@regularizacao439313>"))
    assert not {"throwaway_sender", "risky_sender_tld", "invalid_sender"} & codes(make_eml(sender="a <a@b.no>"))


def test_verdicts_combine_signals_and_explain_them():
    clean = assess(parse_message(make_eml(subject="Møte", body="Passer det på torsdag kl. 10?")), CONTEXT)
    assert clean.verdict == "clean" and clean.score < 0.35
    ceo = make_eml(sender="Erik Haugland <erik.haugland@nordfje1l.no>", subject="Haster",
                   body="Bekreft kontoen din: logg inn på kontoen og oppgi passordet ditt umiddelbart.",
                   reply_to="erik@gmail.com")
    verdict = assess(parse_message(ceo), CONTEXT)
    assert verdict.verdict == "phishing" and verdict.score >= 0.7
    assert verdict.as_dict()["reasons"] == verdict.reasons and len(verdict.reasons) >= 3


def test_people_decisions_count_for_and_against_a_sender():
    raw = make_eml(sender="Nyhetsbrev <news@deals.click>", subject="Congratulations, claim your bonus",
                   body="You have won a gift card. Claim your prize now!")
    before = assess(parse_message(raw), CONTEXT)
    released = OrgContext(domain="nordfjell.no", released_senders={"news@deals.click"})
    after = assess(parse_message(raw), released)
    assert "released_before" in after.codes and after.score < before.score
    reported = OrgContext(domain="nordfjell.no", reported_domains={"deals.click"})
    assert "reported_before" in assess(parse_message(make_eml(sender="x <x@deals.click>")), reported).codes
    failing = make_eml(sender="Nyhetsbrev <news@deals.click>", auth="mx; spf=fail; dkim=fail; dmarc=fail")
    assert "released_before" not in assess(parse_message(failing), released).codes


def _zip_bomb() -> bytes:
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", b"\0" * (60 * 1024 * 1024))
    return bomb.getvalue()


def test_zip_bomb_attachment_is_phishing_not_merely_suspicious():
    verdict = assess(parse_message(make_eml(attachments=[("data.zip", _zip_bomb(), "application/zip")])), CONTEXT)
    assert verdict.verdict == "phishing", verdict.reasons
    assert any("zip bomb" in reason for reason in verdict.reasons)


@pytest.mark.parametrize("filename", ["faktura.pdf.exe", "Faktura.PDF.scr", "scan.jpg.js", "kontrakt.docx.bat"])
def test_attachment_that_hides_its_real_type_is_phishing(filename):
    verdict = assess(parse_message(make_eml(attachments=[(filename, b"MZ", "application/octet-stream")])), CONTEXT)
    assert verdict.verdict == "phishing", verdict.reasons
    assert any("hides its real type" in reason for reason in verdict.reasons)


def test_a_weaker_attachment_never_masks_a_stronger_one():
    """An HTML attachment first (a weak sign) must not hide a disguised program after it."""
    raw = make_eml(attachments=[("skjema.html", b"<p>hei</p>", "text/html"),
                                ("faktura.pdf.exe", b"MZ", "application/octet-stream")])
    verdict = assess(parse_message(raw), CONTEXT)
    assert verdict.verdict == "phishing" and any("hides its real type" in r for r in verdict.reasons)
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("faktura.pdf.scr", b"MZ")
    inner = assess(parse_message(make_eml(attachments=[("faktura.zip", archive.getvalue(), "application/zip")])),
                   CONTEXT)
    assert inner.verdict == "phishing" and any("hides its real type" in r for r in inner.reasons)


def test_an_earlier_release_does_not_let_a_zip_bomb_through():
    """People's earlier releases count for a sender's wording, not for conclusive attachments
    (a known correspondent's hijacked account is how such files arrive)."""
    released = OrgContext(domain="nordfjell.no", released_senders={"kari@kunde.no"})
    raw = make_eml(attachments=[("data.zip", _zip_bomb(), "application/zip")])
    verdict = assess(parse_message(raw), released)
    assert "released_before" in verdict.codes and verdict.verdict == "phishing"


def test_a_plain_program_attachment_stays_suspicious():
    """A bare .exe is a file type to be careful with, not proof of fraud (software vendors send them)."""
    verdict = assess(parse_message(make_eml(attachments=[("oppdatering.exe", b"MZ", "application/octet-stream")])),
                     CONTEXT)
    assert verdict.verdict == "suspicious"


def test_suspicious_content_from_an_unauthenticated_sender_is_quarantined():
    """Two independent kinds of evidence quarantine; either alone does not."""
    lure = dict(sender="Kundeservice <service@pakke-varsel.com>", subject="Pakken din venter",
                html='<p>Pakken kan ikke leveres. Betal tollgebyr her:</p><a href="https://bit.ly/3abc">Betal</a>')
    unauthenticated = "mx.nordfjell.no; spf=pass smtp.mailfrom=pakke-varsel.com; dkim=none; dmarc=none"
    authenticated = ("mx.nordfjell.no; spf=pass smtp.mailfrom=pakke-varsel.com; dkim=pass header.d=pakke-varsel.com; "
                     "dmarc=pass header.from=pakke-varsel.com")
    links_only = assess(parse_message(make_eml(**lure, auth=authenticated)), CONTEXT)
    both = assess(parse_message(make_eml(**lure, auth=unauthenticated)), CONTEXT)
    assert links_only.verdict == "suspicious"
    assert both.verdict == "phishing" and "unauthenticated_and_suspicious" in both.codes
    plain = assess(parse_message(make_eml(sender="Ola <ola@lite-firma.no>", subject="Møte tirsdag",
                                          body="Hei, passer det med møte tirsdag kl 10?", auth=unauthenticated)),
                   CONTEXT)
    assert plain.verdict != "phishing"
