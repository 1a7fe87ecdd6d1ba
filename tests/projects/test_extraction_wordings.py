"""How Norwegian and English assignment mails and briefs are written: lists without bullets,
wrapped lines, requests in running text, threads that add or drop work, budgets and deadlines
in their usual wordings. Every text here is invented for these tests (a surveying and energy
firm in Nord-Norge, "Polarlys Takst AS", and its clients)."""

import io
from datetime import date
from email.message import EmailMessage

from fornuft.projects.extraction import extract, read_assignment


def _values(text: str, name: str = "brief.txt", reference=date(2027, 1, 4)):
    return extract(read_assignment(text.encode(), name), reference=reference).values


def _docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _mail(body: str, subject: str = "Oppdrag", sender: str = "Eva Moe <eva@nordvikhavn.no>",
          sent: str = "Mon, 11 Jan 2027 08:30:00 +0100") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["Subject"] = subject
    message["Date"] = sent
    message.set_content(body)
    return message.as_bytes()


def test_requests_in_running_text_become_deliverables():
    text = (
        "Hei,\n\nStyret i Skogheim Velforening ønsker en tilstandsvurdering av grendehuset og lysløypa,\n"
        "og vi trenger også et kostnadsoverslag for utbedring slik at årsmøtet kan ta stilling.\n\n"
        "Hilsen\nPer Olsen\nleder, Skogheim Velforening\n"
    )
    values = _values(text)
    assert values["deliverables"] == [
        "Tilstandsvurdering av grendehuset",
        "Tilstandsvurdering av lysløypa",
        "Kostnadsoverslag for utbedring",
    ]
    assert values["client"] == "Skogheim Velforening"


def test_an_english_order_in_prose():
    text = (
        "Hello,\n\nWe would like an energy survey of the warehouse and a moisture report for the basement.\n"
        "Our budget is NOK 64,000 excl. VAT.\n\nRegards\nTom Hill\nHarbourline Storage Ltd\n"
    )
    values = _values(text)
    assert values["deliverables"] == ["Energy survey of the warehouse", "Moisture report for the basement"]
    assert values["budget"] == {"amount": 64000.0, "currency": "NOK"}


def test_a_brief_table_and_a_list_without_bullets_from_a_docx():
    brief = _docx(
        [
            "Oppdragsbeskrivelse – energimerking og tiltaksplan, Havnevik hotell",
            "Oppdragsgiver\tHavnevik Hotelldrift AS",
            "Eiendom\tHavnevik hotell, Strandkanten 3, Havnevik",
            "Bakgrunn",
            "Hotellet skal rehabiliteres. Før prosjekteringen starter trenger vi:",
            "energiattest for hovedbygget",
            "energiberegning for de to fløyene",
            "tiltaksplan med prioriterte tiltak",
            "Frister og økonomi",
            "Alt skal være levert innen 30. april 2027. Ramme kr 85 000 eks. mva.",
        ]
    )
    values = extract(read_assignment(brief, "brief.docx"), reference=date(2027, 1, 4)).values
    assert values["client"] == "Havnevik Hotelldrift AS"
    assert "Havnevik hotell" in values["location"]
    assert values["title"].startswith("Energimerking og tiltaksplan")
    assert values["deliverables"] == [
        "Energiattest for hovedbygget",
        "Energiberegning for de to fløyene",
        "Tiltaksplan med prioriterte tiltak",
    ]
    assert values["deadline"] == date(2027, 4, 30)
    assert values["budget"] == {"amount": 85000.0, "currency": "NOK"}


def test_wrapped_list_lines_are_one_item_and_a_numbered_list_on_one_line_is_several():
    text = (
        "Vi ønsker:\n"
        "- fuktkartlegging av kjeller og krypkjeller (alle rom, med målinger i\n"
        "  bunnsvill og golv)\n"
        "- radonmåling i tre boenheter\n\n"
        "Frist: 1. mars 2027\n"
    )
    values = _values(text)
    assert values["deliverables"] == [
        "Fuktkartlegging av kjeller og krypkjeller (alle rom, med målinger i bunnsvill og golv)",
        "Radonmåling i tre boenheter",
    ]
    one_line = "Deliverables\n1. Roof survey: state of the membrane. 2. Drainage plan. 3. Cost estimate for repairs.\n"
    assert _values(one_line)["deliverables"] == ["Roof survey", "Drainage plan", "Cost estimate for repairs"]


def test_a_reply_adds_work_and_a_later_one_drops_some():
    body = (
        "Hei igjen,\n\nVi dropper radonmålingen likevel. Resten som avtalt.\n\nEva\n\n"
        "tor. 7. jan. 2027 kl. 14:02 skrev Eva Moe <eva@nordvikhavn.no>:\n"
        "> Hei,\n>\n> Vi trenger energiattest for næringsbygget og radonmåling i kjelleren.\n"
        "> Budsjett kr 30 000 eks. mva.\n>\n> Eva Moe\n> Nordvik Havn AS\n"
    )
    values = extract(read_assignment(_mail(body, subject="SV: Energiattest"), "a.eml")).values
    assert values["deliverables"] == ["Energiattest for næringsbygget"]
    assert values["budget"] == {"amount": 30000.0, "currency": "NOK"}
    assert values["client"] == "Nordvik Havn AS"


def test_budget_wordings():
    assert _values("Vi regner med rundt 42 000 kr eks. mva. for dette.")["budget"] == {
        "amount": 42000.0, "currency": "NOK"}
    assert _values("Vi har maks 18 500 inkl. mva. å bruke.")["budget"] == {"amount": 18500.0, "currency": "NOK"}
    assert _values("Totalt budsjett kr\n125 000 eks. mva.")["budget"] == {"amount": 125000.0, "currency": "NOK"}
    assert _values("Estimert verdi av oppdraget er kr 210 000 ekskl. mva.")["budget"] == {
        "amount": 210000.0, "currency": "NOK"}
    # The value of the building is not the budget of the assignment.
    assert _values("Byggets verdi er kr 40 000 000.")["budget"] is None


def test_deadline_wordings():
    assert _values("Rapporten må ligge hos oss torsdag 4. februar.")["deadline"] == date(2027, 2, 4)
    assert _values("All drawings shall be delivered no later than 12 March\n2027.")["deadline"] == date(2027, 3, 12)
    order = "Order date ..... 1 February 2027\nCompletion: within 6 weeks of order.\n"
    assert _values(order)["deadline"] == date(2027, 3, 15)
    # The tender documents are a deliverable, not the tender deadline.
    assert _values("The tender documents must be delivered by 9 April 2027.")["deadline"] == date(2027, 4, 9)


def test_location_wordings():
    assert _values("Vi eier et lager på Fiskebrygga i Vardø og trenger en tilstandsrapport.")["location"] == (
        "Fiskebrygga i Vardø")
    assert _values("The office at Sjøgata 4, Hammerfest needs an energy survey.")["location"].startswith("Sjøgata 4")
    assert _values("Vi planlegger et bygg i Storelvdalen, Alta.")["location"] == "Storelvdalen, Alta"
    # A year at the end of one line and a word on the next are not a postcode and a town.
    assert _values("Dato: 02.01.2027\nKontakt: Ole\nVi trenger en energiattest.")["location"] is None


def test_a_letter_is_titled_by_its_subject_line_not_its_letterhead():
    text = (
        "Kvaløya sokneråd\nKirkebakken 1, 9100 Kvaløysletta\n\nPolarlys Takst AS\nv/ Ida Berg\n\n"
        "Kvaløysletta, 4. januar 2027\n\nTilstandsvurdering av Kvaløya kapell\n\n"
        "Vi ber om at dere utfører en tilstandsvurdering av kapellet og lager en vedlikeholdsplan.\n"
    )
    values = _values(text)
    assert values["title"] == "Tilstandsvurdering av Kvaløya kapell"
    assert values["client"] == "Kvaløya sokneråd" or values["client"] is not None


def test_a_letterhead_address_is_not_the_site_and_a_place_in_brackets_is():
    letter = (
        "Kvaløya sokneråd\nKirkebakken 1, 9100 Kvaløysletta\n\n"
        "Kvaløysletta, 4. januar 2027\n\nTilstandsvurdering for Kvaløya kapell\n\n"
        "Vi ber om en tilstandsvurdering av kapellet.\n"
    )
    assert _values(letter)["location"] == "Kvaløya kapell"
    mail = "Vi i Nordlys borettslag (Hamna, Tromsø; to blokker) trenger energiattester.\n"
    assert _values(mail)["location"] == "Hamna, Tromsø"


# --- wordings from other trades (invented: "Skjærgård Landskap AS", "Elvekraft Elektro AS") -----


def test_a_moved_deadline_and_a_dropped_item_in_a_reply():
    body = (
        "Hei igjen,\n\nVi kutter belysningsplanen i denne omgang. Ny frist er 18. juni.\n\nTrude\n\n"
        "Den 2. mar. 2027 kl. 10:00 skrev Trude Dal <trude@dalhage.no>:\n"
        "> Hei,\n> Vi ønsker tilbud på:\n> - hageplan for forhagen\n> - belysningsplan\n"
        "> - integrasjon mot vanningsanlegget\n> Frist 1. juni.\n"
    )
    values = _values(_mail(body, subject="Sv: Hage", sent="Mon, 8 Mar 2027 08:00:00 +0100").decode(), "mail.eml")
    assert values["deadline"] == date(2027, 6, 18)
    assert values["deliverables"] == ["Hageplan for forhagen", "Integrasjon mot vanningsanlegget"]


def test_the_quote_deadline_and_interim_dates_are_not_the_delivery():
    text = (
        "Forespørsel – uteområde Lyngmo skole\nOppdragsgiver: Lyngmo kommune\n\n"
        "Frister\nTilbudsfrist: 01.02.2027\nBefaring: 10.02.2027\nSkisse: 15.03.2027\n"
        "Endelig leveranse: 30.08.2027\n"
    )
    assert _values(text)["deadline"] == date(2027, 8, 30)


def test_a_deliverable_column_of_a_docx_table():
    data = _docx_table([["Nr", "Leveranse", "Frist"], ["1", "Forprosjekt elektro", "12.03.2027"],
                        ["2", "Sluttdokumentasjon (FDV)", "18.06.2027"]])
    values = extract(read_assignment(data, "brief.docx"), reference=date(2027, 1, 4)).values
    assert values["deliverables"] == ["Forprosjekt elektro", "Sluttdokumentasjon (FDV)"]
    assert values["deadline"] == date(2027, 6, 18)


def _docx_table(rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Forespørsel – elektroprosjektering")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_site_is_not_the_signature_address():
    text = (
        "Hello,\n\nThe property is at Solbakken gård, Vang. We'd like a measured survey of the barn and "
        "sketch designs by the end of August.\n\nRegards,\nPetter Lyngvær\n42 Elm Road, Cambridge CB1 2XX, UK\n"
    )
    values = _values(text)
    assert values["location"] == "Solbakken gård, Vang"
    assert values["deadline"] == date(2027, 8, 31)
    assert values["deliverables"] == ["Measured survey of the barn", "Sketch designs"]


def test_an_enumeration_in_prose_with_pairs():
    text = "Hei,\nVi trenger dekorasjon av salen, lyd og lys, fotograf og en konferansier til festen.\nHilsen Mona\n"
    assert _values(text)["deliverables"] == ["Dekorasjon av salen", "Lyd og lys", "Fotograf", "Konferansier til festen"]
