"""Where a message's links lead and who delivered it (issue 11): cloud buckets, search-engine
redirects and data: links; links that lead nowhere near the sender; and list mail, whose
members' words alone must not flag it."""

from fornuft.mail.parsing import parse_message
from fornuft.mail.phishing import OrgContext, assess

from .conftest import make_eml

NO_DMARC = "mx.nordfjell.no; spf=pass smtp.mailfrom={d}; dkim=none; dmarc=none header.from={d}"
PASSING = "mx.nordfjell.no; spf=pass smtp.mailfrom={d}; dkim=pass header.d={d}; dmarc=pass header.from={d}"
LIST_HEADERS = {"List-Id": "Brukerforum for lagerstyring <forum.lagerdata.example>",
                "List-Post": "<mailto:forum@lagerdata.example>", "Precedence": "list"}


def verdict_of(raw):
    return assess(parse_message(raw), OrgContext(domain="nordfjell.no"))


def reason_for(verdict, code):
    return next(s.reason for s in verdict.signals if s.code == code)


def link_mail(href, *, sender="Kundeservice <kundeservice@trygglager.example>", text="Åpne dokumentet",
              auth=None):
    domain = sender.split("@")[1].rstrip(">")
    return make_eml(sender=sender, subject="Dokument til deg", auth=auth or PASSING.format(d=domain),
                    body="Du har fått et dokument.", html=f'<p>Du har fått et dokument.</p><a href="{href}">{text}</a>')


def test_a_page_in_a_cloud_file_bucket_is_a_risky_link():
    for href in ("https://storage.googleapis.com/delt-mappe-77/index.html",
                 "https://kvittering-42.s3.eu-west-1.amazonaws.com/vis.html",
                 "https://skjema.fra1.digitaloceanspaces.com/logg-inn.html"):
        verdict = verdict_of(link_mail(href))
        assert "risky_links" in verdict.codes, href
        assert "free web hosting" in reason_for(verdict, "risky_links")


def test_a_search_engine_redirect_is_a_risky_link():
    verdict = verdict_of(link_mail("https://www.bing.com/ck/a?!&&p=abc&u=a1aHR0cHM6Ly9leGFtcGxlLm9yZw"))
    assert "redirect" in reason_for(verdict, "risky_links")
    verdict = verdict_of(link_mail("https://www.google.com/url?q=https://innlogging.example.net/&sa=D"))
    assert "redirect" in reason_for(verdict, "risky_links")


def test_a_page_carried_inside_the_link_is_a_risky_link():
    verdict = verdict_of(link_mail("data:text/html;base64,PGgxPkxvZyBpbm48L2gxPg=="))
    assert "data: URI" in reason_for(verdict, "risky_links")
    assert verdict.verdict != "clean"


def test_a_link_to_the_senders_own_site_or_a_normal_site_is_not_risky():
    assert "risky_links" not in verdict_of(link_mail("https://trygglager.example/dokumenter/42")).codes
    assert "risky_links" not in verdict_of(link_mail("https://www.google.com/maps/place/Oslo")).codes


def test_links_that_all_lead_to_an_unrelated_site_are_noted():
    verdict = verdict_of(link_mail("https://landingsside-premie.example/krav"))
    assert "links_elsewhere" in verdict.codes
    assert "landingsside-premie.example" in reason_for(verdict, "links_elsewhere")


def test_a_landing_page_elsewhere_adds_to_the_evidence_against_a_message():
    # Signed by another domain than the sender's and carrying a form: weak signs, together
    # short of suspicious. Every link leading to an unrelated site tips it over, and beside
    # the unaligned signature that quarantines.
    def message(site):
        return make_eml(
            sender="Kundeservice <post@ordrekontor.example>", subject="Oppdatert oversikt",
            auth="mx.nordfjell.no; spf=pass smtp.mailfrom=ordrekontor.example; dkim=pass header.d=utsender.example; "
                 "dmarc=pass header.from=ordrekontor.example",
            body="Her er oversikten over bestillingene for desember.",
            html=f'<p>Her er oversikten over bestillingene for desember.</p><form action="https://{site}/f">'
                 f'<input name="q"></form><a href="https://{site}/oversikt">Oversikt</a>')
    elsewhere = verdict_of(message("statusside.example"))
    assert "links_elsewhere" in elsewhere.codes and elsewhere.verdict == "phishing", elsewhere.reasons
    home = verdict_of(message("ordrekontor.example"))
    assert "links_elsewhere" not in home.codes and home.verdict == "clean", home.reasons


def test_links_through_the_senders_mail_service_sister_domain_or_to_many_sites_are_not_elsewhere():
    service = link_mail("https://u123.ct.sendgrid.net/ls/click?upn=abc", sender="Nyheter <nyhet@lagerdata.example>")
    assert "links_elsewhere" not in verdict_of(service).codes
    bounce = make_eml(sender="Nyheter <nyhet@lagerdata.example>", subject="Nytt", body="Les mer.",
                      auth=PASSING.format(d="lagerdata.example"),
                      headers={"Return-Path": "<bounce-77@utsending-klikk.example>"},
                      html='<p>Les mer.</p><a href="https://klikk.utsending-klikk.example/c/1">Les mer</a>')
    assert "links_elsewhere" not in verdict_of(bounce).codes  # the service takes the bounces: it sends for them
    sister = link_mail("https://lager.example/kampanje", sender="Nyheter <nyhet@nordlager.example>")
    assert "links_elsewhere" not in verdict_of(sister).codes
    digest = make_eml(sender="Ukebrevet <red@fagbrev.example>", subject="Ukens lenker", body="Ukens saker.",
                      auth=PASSING.format(d="fagbrev.example"),
                      html="".join(f'<a href="https://avis{i}.example/sak">Sak {i}</a>' for i in range(4)))
    assert "links_elsewhere" not in verdict_of(digest).codes


def test_a_legitimate_newsletter_with_offers_stays_clean():
    raw = make_eml(
        sender="Lagerdata Nyhetsbrev <nyhetsbrev@lagerdata.example>", to="kari@nordfjell.no",
        subject="Nyheter i november: ny versjon og kurs", auth=PASSING.format(d="lagerdata.example"),
        headers={"List-Unsubscribe": "<https://lagerdata.example/avmeld?u=9>", "Precedence": "bulk",
                 "List-Id": "Nyhetsbrev <nyhetsbrev.lagerdata.example>"},
        body="Ny versjon av lagerprogrammet er ute. Meld deg på kurs med 20 % rabatt ut måneden.",
        html='<p>Ny versjon av lagerprogrammet er ute. Meld deg på kurs med 20 % rabatt ut måneden.</p>'
             '<a href="https://klikk.lagerdata.example/c/55">Les mer</a>'
             '<a href="https://www.linkedin.com/company/lagerdata">LinkedIn</a>'
             '<p>Du får denne e-posten fordi du er kunde. <a href="https://lagerdata.example/avmeld?u=9">'
             'Meld deg av</a></p>')
    verdict = verdict_of(raw)
    assert verdict.verdict == "clean", verdict.reasons


def test_a_discussion_list_reply_from_private_mail_is_not_judged_as_addressed_to_you():
    raw = make_eml(
        sender="Per Olsen <per.olsen@gmail.com>", to="forum@lagerdata.example", subject="Re: Vinn en premie?",
        headers=LIST_HEADERS,
        body="forum@lagerdata.example skrev:\n> Fikk en mail om at jeg har vunnet en premie og en bonus.\n"
             "Det er svindel, ikke klikk på noe. Gratis gave og premie er klassikeren.")
    verdict = verdict_of(raw)
    assert not {"greets_by_address", "fake_reply", "freemail_sender"} & set(verdict.codes)
    assert verdict.verdict == "clean", verdict.reasons


def test_list_mail_that_firmly_asks_for_a_password_is_still_flagged():
    raw = make_eml(
        sender="Forumet <admin@lagerdata.example>", to="forum@lagerdata.example", subject="Kontoen din",
        headers=LIST_HEADERS,
        body="Kontoen din blir stengt. Bekreft passordet ditt og logg inn for å verifisere kontoen din i dag.")
    verdict = verdict_of(raw)
    assert "credential_language" in verdict.codes and verdict.verdict != "clean"


def test_a_sender_field_with_an_unquoted_comma_is_read_and_doubted():
    raw = make_eml(sender="Kari <kari@kunde.no>", subject="Gavekort til deg", body="Hent gavekortet ditt.")
    raw = raw.replace(b"From: Kari <kari@kunde.no>", b"From: Posten Norge, kundeservice <varsel@pakkeinfo.example>")
    message = parse_message(raw)
    assert message.from_malformed and message.from_address == "varsel@pakkeinfo.example"
    assert message.from_name == "Posten Norge, kundeservice"
    verdict = assess(message, OrgContext(domain="nordfjell.no"))
    assert "malformed_sender" in verdict.codes
    assert "brand_impersonation" in verdict.codes  # judged on the real sending domain


def test_a_well_formed_sender_field_is_no_doubt():
    for sender in ('"Posten Norge, kundeservice" <varsel@posten.no>', "Kari Kunde <kari@kunde.no>"):
        message = parse_message(make_eml(sender=sender))
        assert not message.from_malformed
        assert "malformed_sender" not in verdict_of(make_eml(sender=sender)).codes


def test_our_own_contact_form_with_the_customers_private_reply_address_is_clean():
    form = dict(sender="Nettsiden <no-reply@nordfjell.no>", reply_to="kunde.privat@gmail.com",
                subject="Ny henvendelse fra kontaktskjema", body="Navn: Ola\nMelding: Kan dere ringe meg om tilbud?")
    passing = verdict_of(make_eml(auth=PASSING.format(d="nordfjell.no"), **form))
    assert "reply_to_freemail" not in passing.codes and passing.verdict == "clean"
    # Our address forged (DMARC fails) with a private reply address stays doubted.
    forged = verdict_of(make_eml(auth="mx.nordfjell.no; spf=fail smtp.mailfrom=nordfjell.no; dkim=none; "
                                      "dmarc=fail header.from=nordfjell.no", **form))
    assert "reply_to_freemail" in forged.codes and forged.verdict != "clean"
