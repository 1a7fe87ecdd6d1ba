"""Targeted lures that pass authentication, tracking links of newsletters, and sender
doubts that corroborate suspicious content (issue 11)."""

from fornuft.mail.parsing import parse_message
from fornuft.mail.phishing import Employee, OrgContext, assess

from .conftest import make_eml

CONTEXT = OrgContext(
    domain="nordfjell.no", name="Nordfjell Rådgivning AS",
    employees=[Employee("Erik Haugland", "erik.haugland@nordfjell.no", "Daglig leder")],
    known_domains={"byggmakker.no"},
)
PASSING = ("mx.nordfjell.no; spf=pass smtp.mailfrom={d}; dkim=pass header.d={d}; dmarc=pass header.from={d}")


def verdict_of(raw, context=CONTEXT):
    return assess(parse_message(raw), context)


def test_a_file_on_a_share_service_whose_link_borrows_the_name_is_quarantined():
    raw = make_eml(sender="Lise Berg <lise@vestbygg.no>", subject="Tegninger til gjennomgang",
                   auth=PASSING.format(d="vestbygg.no"), body="Jeg har delt tegningene med deg på SharePoint.",
                   html='<p>Jeg har delt tegningene med deg på SharePoint.</p>'
                        '<a href="https://sharepoint-dokumenter.example-files.net/open">Åpne dokumentet</a>')
    verdict = verdict_of(raw)
    assert "file_share_lure" in verdict.codes and verdict.verdict == "phishing"
    assert any("borrows the name" in reason for reason in verdict.reasons)


def test_a_file_on_a_share_service_with_a_link_elsewhere_is_suspicious():
    raw = make_eml(sender="Tom Eik <tom.eik@gmail.com>", subject="Søknad", body="CV-en min ligger på OneDrive.",
                   html='<p>CV-en min ligger på OneDrive, se lenken.</p>'
                        '<a href="https://docs-view.example.org/cv">Se CV</a>')
    verdict = verdict_of(raw)
    assert "file_share_lure" in verdict.codes and verdict.verdict != "clean"


def test_a_real_share_link_is_no_lure():
    real = make_eml(sender="Lise Berg <lise@vestbygg.no>", subject="Tegninger", body="Tegningene ligger på Dropbox.",
                    html='<p>Tegningene ligger på Dropbox.</p>'
                         '<a href="https://www.dropbox.com/s/abc/t.pdf">Last ned</a>')
    assert "file_share_lure" not in verdict_of(real).codes
    own_site = make_eml(sender="Lise Berg <lise@vestbygg.no>", subject="Tegninger", body="Sender via WeTransfer.",
                        html='<p>Jeg sender via WeTransfer i morgen.</p><a href="https://vestbygg.no">vestbygg.no</a>')
    assert "file_share_lure" not in verdict_of(own_site).codes


def test_a_colleagues_name_on_free_mail_asking_for_a_transfer_is_quarantined():
    raw = make_eml(sender="Erik Haugland <erik.haugland.privat@gmail.com>", subject="Haster",
                   body="Hei, er du på kontoret? Jeg trenger at du gjør en overføring til en ny leverandør i dag. "
                        "Hold det diskret til avtalen er offentlig.")
    verdict = verdict_of(raw)
    assert {"staff_impersonation", "executive_request"} <= set(verdict.codes)
    assert verdict.verdict == "phishing"


def test_a_colleague_writing_from_private_mail_about_nothing_risky_is_only_suspicious():
    raw = make_eml(sender="Erik Haugland <erik.haugland.privat@gmail.com>", subject="Syk i dag",
                   body="Hei, jeg er syk og blir hjemme i dag. Flytter møtet til torsdag.")
    verdict = verdict_of(raw)
    assert "executive_request" not in verdict.codes and verdict.verdict == "suspicious"


def test_a_newsletter_link_through_its_own_click_counter_is_a_weak_sign():
    shop = make_eml(sender="Nyheter <nyhetsbrev@handelshuset.no>", subject="Ukens tilbud",
                    html='<a href="http://klikk.handelshuset.no/c?q=91a">www.partnerbutikken.no</a>')
    forged = make_eml(sender="Nyheter <nyhetsbrev@handelshuset.no>", subject="Ukens tilbud",
                      html='<a href="http://login-check.example.net/c?q=91a">www.partnerbutikken.no</a>')
    own = [s for s in verdict_of(shop).signals if s.code == "link_mismatch"]
    other = [s for s in verdict_of(forged).signals if s.code == "link_mismatch"]
    assert own and other and own[0].weight < other[0].weight
    assert verdict_of(shop).verdict == "clean"


def test_a_business_claim_from_free_mail_with_a_risky_attachment_is_quarantined():
    """A private address claiming an order is a doubt about the sender; an HTML attachment
    is independent evidence: together they quarantine, as an unauthenticated sender would."""
    raw = make_eml(sender="Ordre Kontor <ordrekontor.nord@gmail.com>", subject="Ny ordre 4471",
                   body="Se vedlagt ordre.", attachments=[("ordre.html", b"<form></form>", "text/html")])
    verdict = verdict_of(raw)
    # (the form page now weighs enough that both together pass the line without the corroboration rule)
    assert verdict.verdict == "phishing" and {"dangerous_attachment", "freemail_business"} <= set(verdict.codes)
    plain = make_eml(sender="Ordre Kontor <ordrekontor.nord@gmail.com>", subject="Ny ordre 4471",
                     body="Kan dere sende tilbud på 20 downlights?")
    assert verdict_of(plain).verdict != "phishing"


def test_our_domain_put_in_front_of_another_domain_is_a_lookalike():
    raw = make_eml(sender="Telefonsvarer <voicemail@nordfjell.no.talemelding-sky.com>", subject="Ny talemelding")
    verdict = verdict_of(raw)
    assert "lookalike_domain" in verdict.codes
    assert any("in front of another domain" in reason for reason in verdict.reasons)
    assert "lookalike_domain" not in verdict_of(make_eml(sender="Post <post@mail.nordfjell.no>")).codes


def test_a_brand_name_on_a_domain_dressed_up_as_the_brand_is_quarantined():
    fake = make_eml(sender="Altinn <varsel@altinn-meldinger.com>", subject="Du har en ny melding",
                    auth=PASSING.format(d="altinn-meldinger.com"))
    verdict = verdict_of(fake)
    assert "brand_impersonation" in verdict.codes and verdict.verdict == "phishing"
    real = make_eml(sender="Altinn <ikke-svar@altinn.no>", subject="Du har en ny melding",
                    auth=PASSING.format(d="altinn.no"))
    assert "brand_impersonation" not in verdict_of(real).codes


def test_asking_for_card_details_is_credential_language_but_a_receipt_is_not():
    asking = make_eml(sender="Abonnement <kundeservice@fagbladet-abo.example>", subject="Abonnementet ditt",
                      body="Betalingen feilet. Oppdater kortopplysningene dine og oppgi CVV for å fortsette.")
    assert "credential_language" in verdict_of(asking).codes
    receipt = make_eml(sender="Nettbutikk <ordre@butikk.example>", subject="Kvittering",
                       body="Takk for handelen. Betalt med card number ending in 4421.")
    assert "credential_language" not in verdict_of(receipt).codes


def test_a_made_up_sender_domain_without_authentication_is_quarantined():
    raw = make_eml(sender="Tollvesenet <varsel@tollsak48213>", subject="Pakken din er holdt tilbake",
                   auth="mx.nordfjell.no; spf=none; dkim=none; dmarc=none")
    verdict = verdict_of(raw)
    assert "invalid_sender" in verdict.codes and verdict.verdict == "phishing"


def test_replies_diverted_to_free_mail_corroborate_a_scam_text():
    scam = ("Congratulations! You have been selected to receive 2.5 BTC from our crypto giveaway. "
            "Claim your bitcoin reward now, only a small processing fee is required to release the funds.")
    raw = make_eml(sender="Rewards <rewards@promo-network.example>", reply_to="claims.desk@gmail.com",
                   subject="You won", body=scam, auth=PASSING.format(d="promo-network.example"))
    verdict = verdict_of(raw)
    assert "reply_to_freemail" in verdict.codes and verdict.verdict == "phishing"
    from_free_mail = verdict_of(make_eml(sender="Rewards <rewards.desk@gmail.com>", subject="You won", body=scam))
    assert "freemail_sender" in from_free_mail.codes and from_free_mail.verdict == "phishing"


def test_a_private_free_mail_sender_with_an_ordinary_request_stays_clean():
    raw = make_eml(sender="Per Hansen <per.hansen@gmail.com>", subject="Tilbud på varmepumpe",
                   body="Hei, kan dere gi meg et tilbud på montering av varmepumpe i enebolig på Bryne?")
    verdict = verdict_of(raw)
    assert verdict.verdict == "clean"


def test_a_shared_mailbox_name_is_not_a_colleague_to_impersonate():
    """Every supplier's billing signs as "Faktura"; only a person's full name is impersonation."""
    context = OrgContext(domain="nordfjell.no", employees=[
        Employee("Faktura", "faktura@nordfjell.no", "Felles fakturamottak"),
        Employee("Erik Haugland", "erik.haugland@nordfjell.no", "Daglig leder")])
    bill = make_eml(sender="Faktura <faktura@leverandor.dk>", subject="Faktura 2291",
                    body="Vedlagt faktura. Betal til konto innen forfall.")
    verdict = verdict_of(bill, context)
    assert "staff_impersonation" not in verdict.codes and verdict.verdict == "clean"
    assert "staff_impersonation" in verdict_of(make_eml(sender="Erik Haugland <erik.h@gmail.com>"), context).codes


def test_the_new_reasons_are_templates_the_pages_translate():
    from fornuft.mail import readable

    context = OrgContext(domain="nordfjell.no", employees=[Employee("Erik Haugland", "erik@nordfjell.no", "CEO")])
    messages = [
        make_eml(sender="Erik Haugland <e.h@gmail.com>", body="Er du på kontoret? Gjør en overføring i dag."),
        make_eml(sender="Lise <lise@vestbygg.no>", body="Filen ligger på SharePoint.",
                 html='<a href="https://sharepoint-filer.example.net/o">Åpne</a>'),
        make_eml(sender="Lise <lise@vestbygg.no>", body="Filen ligger på Dropbox.",
                 html='<a href="https://filer.example.net/o">Åpne</a>'),
        make_eml(sender="Altinn <varsel@altinn-melding.com>"),
        make_eml(sender="Nyhetsbrev <n@butikk.no>", html='<a href="http://klikk.butikk.no/x">www.annen.no</a>'),
        make_eml(sender="Per <per@kunde.no>", reply_to="per.privat@gmail.com"),
        make_eml(sender="Per <per.privat@gmail.com>", subject="Hei"),
    ]
    reasons = [reason for raw in messages for reason in assess(parse_message(raw), context).reasons]
    assert len(reasons) >= 8
    for reason in reasons:
        assert any(pattern.match(reason) for pattern, _message in readable._patterns()), reason


# "Document behind a login": a short message whose only content is a document said to wait
# behind a link to a site with no tie to the sender. Our own lures in several voices.
DOCUMENT_LURES = [
    ("Anbudsinvitasjon – rehabilitering av skolebygg",
     "Hei, dere er invitert til å gi tilbud. Konkurransegrunnlaget finner du her:", "Se dokumentet"),
    ("Søknad – prosjektleder", "Hei! Jeg søker stillingen. Se søknaden og CV via lenken:", "Min søknad og CV"),
    ("Klage på utført arbeid", "Vi er ikke fornøyd. Se bildene av skaden her:", "Se bildene"),
    ("Signed contract", "Please review and sign the contract before Friday.", "Review document"),
    ("Nytt röstmeddelande (0:42)", "Du har ett nytt röstmeddelande. Lyssna här:", "Visa dokument"),
    ("Udbudsmateriale", "Hermed udbudsmateriale til tilbudsindhentning. Åbn dokumentet:", "Åbn dokumentet"),
]


def _lure(subject, body, button, href, sender="Tone Vik <tone@kontor-vik.example>", auth=None, **extra):
    return make_eml(sender=sender, subject=subject, body=f"{body}\n{button}: {href}", auth=auth,
                    html=f"<p>{body}</p><a href=\"{href}\">{button}</a>", **extra)


def test_a_document_behind_a_sign_in_page_elsewhere_is_suspicious_alone_and_quarantined_unauthenticated():
    for subject, body, button in DOCUMENT_LURES:
        href = "https://doc-portal.example-share.net/signin/view?id=7"
        passing = verdict_of(_lure(subject, body, button, href, auth=PASSING.format(d="kontor-vik.example")))
        assert "document_lure" in passing.codes and passing.verdict in ("suspicious", "phishing"), subject
        unauthenticated = verdict_of(_lure(subject, body, button, href, auth="mx.nordfjell.no; spf=none; dkim=none;"
                                                                           " dmarc=none"))
        assert unauthenticated.verdict == "phishing", (subject, unauthenticated.reasons)


def test_a_logo_attached_does_not_hide_a_document_lure():
    raw = _lure("Talemelding", "Du har en ny talemelding (0:38).", "Vis dokument", "https://tale.example-cdn.net/d",
                auth=PASSING.format(d="kontor-vik.example"), attachments=[("logo.png", b"png", "image/png")])
    assert "document_lure" in verdict_of(raw).codes


def test_a_link_carrying_your_own_address_counts_as_a_sign_in_page():
    raw = _lure("Ny faks", "Du har mottatt en ny faks (2 sider).", "Vis dokument",
                "https://fax-viewer.example-cdn.net/v?u=post@nordfjell.no", auth=PASSING.format(d="kontor-vik.example"))
    assert any("sign-in page" in r for r in verdict_of(raw).reasons)


def test_documents_at_home_on_a_real_share_or_in_a_newsletter_are_no_lure():
    home = _lure("Signert kontrakt", "Her er signert kontrakt. Se dokumentet i portalen vår:", "Se dokumentet",
                 "https://portal.kontor-vik.example/dokumenter/123", auth=PASSING.format(d="kontor-vik.example"))
    assert "document_lure" not in verdict_of(home).codes
    share = _lure("Tegninger", "Jeg har delt en fil med deg.", "Åpne dokumentet",
                  "https://vestbygg-my.sharepoint.com/:f:/g/personal/x", auth=PASSING.format(d="kontor-vik.example"))
    assert "document_lure" not in verdict_of(share).codes
    digest = _lure("Nye anbud denne uken", "Nye konkurranser: se dokumentet for hvert anbud.", "Se dokumentet",
                   "https://anbudsvarsel.example/a/1", headers={"List-Unsubscribe": "<mailto:u@kontor-vik.example>"})
    assert "document_lure" not in verdict_of(digest).codes
    attached = make_eml(sender="Tone Vik <tone@kontor-vik.example>", subject="Tilbudsforespørsel",
                        body="Se forespørselen i vedlegget, og mer info på https://byggeprosjekt.example/info",
                        attachments=[("forespørsel.pdf", b"%PDF", "application/pdf")])
    assert "document_lure" not in verdict_of(attached).codes


def test_a_long_real_message_with_a_link_is_no_lure():
    body = ("Takk for møtet i går. Som avtalt sender jeg over en oppsummering av hva vi gikk gjennom, "
            "med fremdrift, kostnader og ansvar for hver del av prosjektet. ") * 6 + "Se dokumentet her:"
    raw = _lure("Oppsummering", body, "Se dokumentet", "https://docs.example-office.net/d/1",
                auth=PASSING.format(d="kontor-vik.example"))
    assert "document_lure" not in verdict_of(raw).codes


def test_a_sender_domain_dressed_up_as_the_signing_service_it_names_is_quarantined():
    raw = make_eml(sender="E-signatur <dokumenter@esign-docusign-varsel.example>", subject="Dokument til signering",
                   body="Du har mottatt et dokument til signering via DocuSign.",
                   html='<a href="https://esign-docusign-varsel.example/d">Se dokumentet</a>',
                   auth=PASSING.format(d="esign-docusign-varsel.example"))
    verdict = verdict_of(raw)
    assert verdict.verdict == "phishing" and any("only borrows the name" in r for r in verdict.reasons)


def test_the_attachment_and_lure_reasons_are_templates_the_pages_translate():
    import io
    import zipfile

    from fornuft.mail import readable

    def zipped(name):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(name, b"x")
        return buffer.getvalue()

    messages = [
        make_eml(attachments=[("a.zip", zipped("run.js"), "application/zip")]),
        make_eml(attachments=[("b.zip", zipped("setup.exe"), "application/zip")]),
        make_eml(attachments=[("c.zip", zipped("inner.zip"), "application/zip")]),
        make_eml(attachments=[("d.vbs", b"x", "application/octet-stream")]),
        make_eml(attachments=[("e.html", b"<form><input type=password></form>", "text/html")]),
        make_eml(attachments=[("f.svg", b"<svg><script>x()</script></svg>", "image/svg+xml")]),
        make_eml(attachments=[("g.htm", b"<script>location.href='https://x.example'</script>", "text/html")]),
        _lure("Ny faks", "Du har mottatt en ny faks.", "Vis dokument", "https://fax.example-cdn.net/signin"),
        _lure("Ny faks", "Du har mottatt en ny faks.", "Vis dokument", "https://fax.example-cdn.net/d"),
    ]
    reasons = [r for raw in messages for r in assess(parse_message(raw), CONTEXT).reasons
               if r.startswith(("The archive", "The attachment", "The picture", "Its only"))]
    assert len(reasons) >= 9
    for reason in reasons:
        assert any(pattern.match(reason) for pattern, _message in readable._patterns()), reason
