"""Assignment extraction from mail threads, attachments, TXT, DOCX and PDF."""

import io
from datetime import date
from email.message import EmailMessage

import pytest

from fornuft.projects.extraction import AssignmentError, extract, read_assignment

from .samples import ENGLISH_TXT, THREAD_EML


def _fields(data: bytes, name: str, reference=None):
    return extract(read_assignment(data, name), reference=reference).values


def test_a_thread_takes_the_newest_deadline_and_keeps_older_facts():
    values = _fields(THREAD_EML.encode(), "a.eml")
    assert values["deadline"] == date(2026, 4, 17)  # "uke 16" in the reply, not "3. april"
    assert values["client"] == "Bjerke Eiendom AS"
    assert values["contact"] == "Siri Dahl"
    assert values["deliverables"] == [
        "Tilstandsvurdering etter NS 3424",
        "Energiattest",
        "Prosjektering RIB for nytt takopplegg",
    ]
    assert values["budget"] == {"amount": 350000.0, "currency": "NOK"}
    assert values["budget_vat"] == "excl"
    assert values["location"] == "Storgata 12, 0155 Oslo"
    assert values["title"].startswith("Tilstandsvurdering og energiattest")


def test_the_quote_deadline_is_not_the_delivery_date():
    text = "Oppdrag: Energiattest\nTilbud må være oss i hende innen 10. mars.\nLevering senest 24. april 2026."
    values = _fields(text.encode(), "brief.txt", reference=date(2026, 3, 1))
    assert values["deadline"] == date(2026, 4, 24)


def test_an_english_brief():
    values = _fields(ENGLISH_TXT.encode(), "brief.txt", reference=date(2026, 3, 1))
    assert values["client"] == "Harbour Properties Ltd"
    assert values["contact"] == "James Moore"
    assert values["title"] == "Office refurbishment, Dock Road 4"
    assert values["deadline"] == date(2026, 6, 30)
    assert values["budget"] == {"amount": 1_200_000.0, "currency": "NOK"}
    assert values["budget_vat"] == "excl"
    assert values["deliverables"] == ["Structural design (RIB)", "Fire strategy", "Cost estimate"]
    assert {"name": "The draft fire strategy is due", "date": "2026-05-15"} in values["milestones"]
    assert any("Access to the building" in c for c in values["constraints"])


def _docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_mail_with_an_attached_docx_brief():
    message = EmailMessage()
    message["From"] = "Lars Vik <lars@vikborettslag.no>"
    message["Subject"] = "Oppdrag Vik borettslag"
    message["Date"] = "Tue, 3 Mar 2026 08:00:00 +0100"
    message.set_content("Hei,\nSe vedlagt beskrivelse av oppdraget.\n\nHilsen\nLars Vik\nVik Borettslag")
    brief = _docx(
        [
            "Oppdragsgiver: Vik Borettslag",
            "Leveranser:",
            "- Tilstandsvurdering av 4 blokker",
            "- Vedlikeholdsplan",
            "",
            "Frist: senest 29. mai 2026",
            "Budsjett: inntil kr 200 000 inkl. mva",
        ]
    )
    message.add_attachment(
        brief,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="beskrivelse.docx",
    )
    values = _fields(message.as_bytes(), "vik.eml")
    assert values["client"] == "Vik Borettslag"
    assert values["deliverables"] == ["Tilstandsvurdering av 4 blokker", "Vedlikeholdsplan"]
    assert values["deadline"] == date(2026, 5, 29)
    assert values["budget"] == {"amount": 200000.0, "currency": "NOK"}
    assert values["budget_vat"] == "incl"


def test_a_pdf_brief():
    from tests.invoices.pdfs import text_pdf

    pdf = text_pdf(
        [
            [
                "Oppdrag: Brannkonsept for Nordlys skole",
                "Oppdragsgiver: Tromso kommune",
                "Leveranser:",
                "- Brannkonsept",
                "- Kostnadsoverslag",
                "",
                "Ferdig innen uke 22 2026.",
            ]
        ]
    )
    values = _fields(pdf, "brief.pdf", reference=date(2026, 3, 1))
    assert values["title"] == "Brannkonsept for Nordlys skole"
    assert values["deliverables"] == ["Brannkonsept", "Kostnadsoverslag"]
    assert values["deadline"] == date(2026, 5, 29)


def test_no_dates_gives_no_deadline_with_low_confidence():
    ex = extract(read_assignment(b"Oppdrag: Energiattest for Lia 4\nVi trenger en energiattest.", "a.txt"))
    assert ex.values["deadline"] is None
    assert ex.confidence["deadline"] < 0.5


@pytest.mark.parametrize("data", [b"", b"   \n", b"From: a@b.no\nSubject: \n\n"])
def test_an_empty_assignment_is_refused(data):
    with pytest.raises(AssignmentError):
        read_assignment(data, "empty.eml")


def test_a_corrupt_pdf_is_refused_with_a_reason():
    with pytest.raises(AssignmentError):
        read_assignment(b"%PDF-1.4 garbage garbage", "bad.pdf")


def test_a_huge_deliverable_list_is_capped():
    text = "Oppdrag: Stort\nLeveranser:\n" + "\n".join(f"- Energiattest bygg {i}" for i in range(10_000))
    values = _fields(text.encode(), "big.txt", reference=date(2026, 3, 1))
    assert len(values["deliverables"]) <= 60
