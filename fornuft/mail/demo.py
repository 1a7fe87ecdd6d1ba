"""Mail demo data: a realistic Norwegian/English inbox for Nordfjell Rådgivning AS, run
through the real pipeline (parsing, sorting, phishing shield, routing, decisions).
Idempotent: messages are identified by their Message-ID and skipped when present."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

# domain, name, bank accounts on file
KNOWN_DOMAINS = [("byggmakker.no", "Byggmakker", "1503.12.34567"), ("fjordkraft.no", "Fjordkraft", ""),
                 ("vestlandbygg.no", "Vestland Bygg AS", ""), ("bergen.kommune.no", "Bergen kommune", ""),
                 ("tripletex.no", "Tripletex", "")]

# The attachments are real documents with text, written byte for byte the same every time (a
# re-run of the demo finds the same messages): the invoice the mail announces, and the CV.
ATTACHMENTS: dict[str, list[list[str]]] = {
    "faktura-20451.pdf": [[
        "Byggmakker AS", "Org.nr. 979 651 953 MVA", "", "FAKTURA", "", "Fakturanummer: 20451",
        "Fakturadato: 01.05.2026", "Forfallsdato: 15.05.2026", "KID: 2045100017", "Kontonummer: 1503.12.34567",
        "", "Kunde: Nordfjell Rådgivning AS", "Prosjekt: Sjøgata", "",
        "Beskrivelse                         Antall   Pris       Beløp",
        "Konstruksjonsvirke 48x198 C24       120      245,00     29 400,00",
        "Gipsplater 12,5 mm                   80       98,25      7 860,00",
        "Skruer og beslag                     1        1 390,00   1 390,00", "",
        "Sum eks. mva                                           38 650,00",
        "Mva 25 %                                                9 662,50",
        "Å betale                                               48 312,50"]],
    "CV-Martin-Saether.pdf": [[
        "CV – Martin Sæther", "", "Sivilingeniør bygg og miljø, NTNU (2020)", "",
        "Erfaring", "2023–     Prosjektingeniør, Vestland Bygg AS: prosjektering og byggeledelse",
        "2020–2023 Rådgivende ingeniør bygg, Bergen: konstruksjonsberegninger, tilstandsvurderinger", "",
        "Kompetanse", "NS 3424, NS 3600, energiberegning, Revit, prosjektledelse", "",
        "Språk: norsk, engelsk"]],
}
AUTH_OK = "mx.nordfjell.no; spf=pass smtp.mailfrom={d}; dkim=pass header.d={d}; dmarc=pass header.from={d}"

# (id, hours ago, sender, subject, body, extras)
MESSAGES: list[tuple[str, int, str, str, str, dict[str, Any]]] = [
    ("tilbud-1", 2, "Tone Myklebust <tone@fjellgard-eiendom.no>", "Forespørsel om tilbud – rehabilitering",
     "Hei,\n\nVi eier et kontorbygg på 3 000 kvm i Bergen som skal rehabiliteres i 2026. Kan dere gi oss et "
     "tilbud på rådgivning innen energi og ventilasjon? Vi ønsker gjerne en befaring først.\n\nMed vennlig hilsen\n"
     "Tone Myklebust\nEiendomssjef, Fjellgård Eiendom AS", {}),
    ("rfq-en", 5, "Peter Holm <peter.holm@brightwater.co.uk>", "Request for quotation – structural assessment",
     "Dear Sir or Madam,\n\nWe are looking for a partner to assess two warehouses in Drammen. Could you send a "
     "quotation with hourly rates and an estimated timeline?\n\nKind regards,\nPeter Holm\nFacility Manager", {}),
    ("support-1", 7, "Hilde Johansen <hilde@fjordvik.no>", "Feil i tilstandsrapporten",
     "Hei Ola,\n\nVi har oppdaget at arealene i rapporten ikke stemmer med tegningene. Dette er tredje gang vi "
     "må be om retting, og vi er ganske skuffet. Kan dere rette det i dag?\n\nHilsen Hilde", {}),
    ("faktura-1", 20, "Byggmakker Faktura <faktura@byggmakker.no>", "Faktura 20451 fra Byggmakker",
     "Hei,\n\nVedlagt følger faktura 20451 for materialer levert til prosjekt Sjøgata.\nBeløp: 48 312,50 kr inkl. "
     "mva\nForfall: 15.05.2026\nKID: 2045100017\n\nMed vennlig hilsen\nByggmakker", {"pdf": "faktura-20451.pdf"}),
    ("faktura-konto", 26, "Byggmakker Faktura <faktura@byggmakker.no>", "Faktura 20488 – nytt kontonummer",
     "Hei,\n\nVi har byttet bank. Vennligst betal faktura 20488 på 96 400 kr til vårt nye kontonummer "
     "1234.56.78903 innen fredag.\n\nMed vennlig hilsen\nByggmakker regnskap", {}),
    ("strom", 30, "Fjordkraft <kundeservice@fjordkraft.no>", "Faktura for strøm – april",
     "Fakturaen for strømforbruket i april er klar. Å betale: 12 456 kr. Forfall 20.05.2026. Fakturaen er sendt "
     "som eFaktura.", {}),
    ("soknad-1", 28, "Martin Sæther <martin.saether@gmail.com>", "Søknad på stilling som prosjektingeniør",
     "Hei,\n\nJeg viser til utlysningen på finn.no og søker stillingen som prosjektingeniør. Jeg er sivilingeniør "
     "fra NTNU med fem års erfaring fra byggebransjen. CV og vitnemål ligger vedlagt.\n\nMed vennlig hilsen\n"
     "Martin Sæther", {"pdf": "CV-Martin-Saether.pdf"}),
    ("application-en", 50, "Hannah Müller <hannah.mueller@posteo.de>", "Application – Senior Consultant",
     "Dear hiring manager,\n\nI am applying for the Senior Consultant position. I have eight years of experience "
     "in energy consulting. Please find my CV attached.\n\nYours sincerely,\nHannah Müller", {}),
    ("oppdrag-1", 8, "Knut Lie <knut.lie@bergen.kommune.no>", "Aksept av tilbud – Fjellsiden skole",
     "Hei,\n\nVi aksepterer tilbudet deres datert 12. mars på prosjektering av ventilasjon for Fjellsiden skole. "
     "Start arbeidet så snart som mulig. Oppstartsmøte tirsdag kl. 10.\n\nMvh\nKnut Lie\nEiendomsavdelingen", {}),
    ("oppdrag-svar", 6, "Knut Lie <knut.lie@bergen.kommune.no>", "SV: Aksept av tilbud – Fjellsiden skole",
     "Takk for rask bekreftelse. Vi sender tegningene i morgen.\n\nDen 2. mai 2026 skrev Ola Hansen:\n> Takk, "
     "vi starter mandag.", {"reply_to_id": "oppdrag-1"}),
    ("leverandor-1", 40, "Vestland Bygg AS <ordre@vestlandbygg.no>", "Ordrebekreftelse 44512",
     "Hei,\n\nTakk for bestillingen. Vi bekrefter ordre 44512: 12 stk. målere, levering uke 21.\n\nMvh Vestland "
     "Bygg AS", {}),
    ("nyhetsbrev", 60, "Byggfakta <nyhetsbrev@byggfakta.no>", "Nyhetsbrev mai – nye krav i TEK17",
     "I denne utgaven: nye krav i TEK17, rentenivå og boligbygging. Meld deg av her.",
     {"html": "<h1>Nyhetsbrev mai</h1><p>Nye krav i TEK17 og boligbygging.</p>"
              "<img src=\"https://track.byggfakta.example/open.gif\" alt=\"\"><p><a href=\"https://byggfakta.no\">"
              "Les mer</a> · <a href=\"https://byggfakta.no/avmeld\">Meld deg av</a></p>"}),
    ("annet-1", 3, "Erik Haugland <erik.haugland@nordfjell.no>", "Lunsj på fredag?",
     "Hei alle! Vi går ut og spiser lunsj på fredag for å feire at Sjøgata er ferdig. Hvem blir med?", {}),
    ("ceo-fraud", 1, "Erik Haugland <erik.haugland@nordfje1l.no>", "Haster – betaling i dag",
     "Hei Kari,\n\nJeg sitter i møte og trenger at du gjør en rask betaling til en ny leverandør i dag. Beløpet er "
     "184 000 kr. Ikke snakk med andre om dette ennå. Svar meg kun på e-post.\n\nErik",
     {"reply_to": "erik.haugland.ceo@gmail.com", "auth": "mx.nordfjell.no; spf=softfail smtp.mailfrom=nordfje1l.no;"
                                                        " dkim=none; dmarc=none"}),
    ("credential", 4, "Microsoft 365 <no-reply@m365-security-alerts.click>", "Passordet ditt utløper i dag",
     "Passordet ditt til Microsoft 365 utløper i dag. Bekreft kontoen din og logg inn på kontoen innen 24 timer "
     "for å unngå at postkassen stenges.",
     {"html": "<p>Passordet ditt utløper i dag.</p><p><a href=\"http://203.0.113.77/o365/login\">"
              "https://login.microsoftonline.com</a></p>",
      "auth": "mx.nordfjell.no; spf=fail smtp.mailfrom=m365-security-alerts.click; dkim=fail; dmarc=fail"}),
    ("pakke", 9, "PostNord <varsel@postnord-levering.top>", "Pakken din kunne ikke leveres",
     "Pakken din kunne ikke leveres. Betal tollavgift på 29 kr for ny levering: klikk her.",
     {"html": "<p>Pakken din kunne ikke leveres.</p><a href=\"https://bit.ly/3xPak\">Betal 29 kr</a>",
      "attachment": ("sporing.html", b"<form><input type=password></form>", "text/html")}),
]


def _build(org_domain: str, key: str, hours: int, sender: str, subject: str, body: str, extras: dict,
           now: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = f"post@{org_domain}"
    message["Subject"] = subject
    message["Date"] = format_datetime(now - timedelta(hours=hours))
    message["Message-ID"] = f"<demo-{key}@nordfjell.demo>"
    sender_domain = sender.rsplit("@", 1)[-1].strip(">")
    message["Authentication-Results"] = extras.get("auth") or AUTH_OK.format(d=sender_domain)
    if extras.get("reply_to"):
        message["Reply-To"] = extras["reply_to"]
    if extras.get("reply_to_id"):
        message["In-Reply-To"] = f"<demo-{extras['reply_to_id']}@nordfjell.demo>"
        message["References"] = f"<demo-{extras['reply_to_id']}@nordfjell.demo>"
    message.set_content(body)
    if extras.get("html"):
        message.add_alternative(extras["html"], subtype="html")
    if extras.get("pdf"):
        from fornuft.platform.files.simple_pdf import text_pdf

        message.add_attachment(text_pdf(ATTACHMENTS[extras["pdf"]]), maintype="application", subtype="pdf",
                               filename=extras["pdf"])
    if extras.get("attachment"):
        name, data, mime = extras["attachment"]
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for number, part in enumerate(message.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_demo_{key}_{number}")  # fixed bytes: a re-run finds the same message
    return message.as_bytes()


CANNED_REPLIES = [
    ("Takk for henvendelsen", "nb", "Hei,\n\nTakk for at du tok kontakt. Vi ser på saken og svarer deg innen to "
                                     "virkedager.\n\nVennlig hilsen\nNordfjell kundeservice"),
    ("Ber om mer informasjon", "nb", "Hei,\n\nFor å hjelpe deg trenger vi litt mer informasjon: adresse, "
                                      "ordrenummer og et bilde av problemet.\n\nVennlig hilsen\n"
                                      "Nordfjell kundeservice"),
    ("Thank you for your message", "en", "Hello,\n\nThank you for contacting us. We are looking into it and "
                                         "will reply within two working days.\n\nKind regards\n"
                                         "Nordfjell customer service"),
]


def load(organization) -> None:
    """Adds this capability's demo data; safe to run again (changes nothing the second time)."""
    from fornuft.core.tenancy import activate
    from fornuft.mail import intake
    from fornuft.mail.models import CannedReply, KnownCorrespondent, Message, Thread

    domain = organization.domain or "nordfjell.no"
    intake.ensure_setup(organization)
    with activate(organization):
        for known, name, accounts in KNOWN_DOMAINS:
            KnownCorrespondent.objects.get_or_create(domain=known, defaults={"name": name, "bank_accounts": accounts})
        for title, language, body in CANNED_REPLIES:
            CannedReply.objects.get_or_create(title=title, language=language, defaults={"body": body})
        present = set(Message.objects.filter(message_id__startswith="<demo-").values_list("message_id", flat=True))
    now = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
    classifier = intake.load_classifier(organization)
    context = intake._context(organization)
    for key, hours, sender, subject, body, extras in MESSAGES:
        if f"<demo-{key}@nordfjell.demo>" in present:
            continue
        raw = _build(domain, key, hours, sender, subject, body, extras, now)
        outcome = intake.ingest(organization, raw, source=f"demo/{key}.eml", context=context, classifier=classifier)
        received = now - timedelta(hours=hours)
        Message.objects.for_organization(organization).filter(pk=outcome.message.pk).update(received_at=received)
    # a conversation is as recent as its newest demo message, not as the moment the demo was loaded
    with activate(organization):
        for thread in Thread.objects.filter(messages__message_id__startswith="<demo-").distinct():
            newest = thread.messages.order_by("-received_at").values_list("received_at", flat=True).first()
            if newest is not None and newest != thread.last_message_at:
                Thread.objects.filter(pk=thread.pk).update(last_message_at=newest, started_at=min(newest,
                                                                                                   thread.started_at))
