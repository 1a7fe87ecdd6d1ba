"""The assignments of tests/projects/assignment_kinds.py, one kind of wording each (list markers,
sub-items, requirement and meeting lists, Word and PDF tables, prose, threads that drop, add and
move; sites and deadlines in their usual wordings): each is read as a person would read it."""

import pytest

from tests.projects.assignment_kinds_late import CASES
from tests.projects.dev_assignments import assert_read_right


@pytest.mark.parametrize("item", CASES, ids=[c["name"] for c in CASES])
def test_each_kind_of_assignment_is_read_right(item):
    assert_read_right(item)


def test_a_pdf_heading_with_its_date_at_the_margin_is_the_title():
    from datetime import date

    from fornuft.projects.extraction import extract, read_assignment
    from tests.projects.assignment_kinds import _table_pdf

    pdf = _table_pdf(["Oppdragsbeskrivelse - ny belysning i Storhallen\t\t12.01.2027",
                      "Oppdragsgiver: Lurøy kommune", "Leveranser:", "- Lysberegning", "Frist: 1. mai 2027"])
    values = extract(read_assignment(pdf, "brief.pdf"), reference=date(2027, 1, 18)).values
    assert values["title"] == "Ny belysning i Storhallen"
    assert values["client"] == "Lurøy kommune"


def test_a_client_label_is_not_read_as_the_title():
    from datetime import date

    from fornuft.projects.extraction import extract, read_assignment

    text = "Oppdragsbeskrivelse\nOppdragsgiver: Lurøy kommune\nLeveranser:\n- Lysberegning\nFrist: 1. mai 2027\n"
    values = extract(read_assignment(text.encode(), "brief.txt"), reference=date(2027, 1, 18)).values
    assert "giver" not in values["title"]


@pytest.mark.parametrize("body", [
    "Vi ønsker hjelp med følgende i kantina:\n\n"
    "- Kjøkken:\n    * Ny oppvaskmaskin koblet til eksisterende avløp\n    * Flytting av to kjøleskap\n"
    "- Spisesal:\n    * Nye akustikkplater i taket\n\nFrist: 1. mai 2027\n",
    "We would like the following done at the depot:\n\n"
    "* Phase 1 – survey:\n    - Inspection of the roof drainage\n"
    "* Phase 2:\n    - Replacement of the gutters\n    - Painting of the loading bay doors\n\nDeadline: 1 May 2027\n",
])
def test_sub_items_under_a_group_heading_are_the_deliverables(body):
    from datetime import date

    from fornuft.projects.extraction import extract, read_assignment

    values = extract(read_assignment(body.encode(), "brief.txt"), reference=date(2027, 1, 18)).values
    assert len(values["deliverables"]) == 3, values["deliverables"]
    assert not any(d.rstrip().endswith(":") for d in values["deliverables"])


def test_sub_items_under_an_ordinary_item_stay_details():
    from datetime import date

    from fornuft.projects.extraction import extract, read_assignment

    body = ("Leveranser:\n- Migrering av databasen\n    - om lag 40 tabeller\n- Opplæring av brukerne\n"
            "\nFrist: 1. mai 2027\n")
    values = extract(read_assignment(body.encode(), "brief.txt"), reference=date(2027, 1, 18)).values
    assert values["deliverables"] == ["Migrering av databasen", "Opplæring av brukerne"]


def _mail_with_brief(body: str, brief: str) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Kari Lund <kari@example.org>"
    message["To"] = "post@example.com"
    message["Subject"] = "Booking site"
    message["Date"] = "Mon, 19 Jul 2027 09:00:00 +0200"
    message.set_content(body)
    message.add_attachment(brief.encode(), maintype="text", subtype="plain", filename="brief.txt")
    return message.as_bytes()


@pytest.mark.parametrize(("body", "brief"), [
    ("Hi,\n\nThe brief for our booking site is attached. We would like a proposal by 6 August.\n"
     "Please send questions to me; I am at a trade fair in Lyon until the end of August.\n\nKari",
     "Booking site\n\nProject period 1 September to 30 November 2027. Final delivery: no later than "
     "30 November 2027.\n"),
    ("Hei,\n\nBeskrivelsen ligger vedlagt. Vi vil gjerne ha tilbud innen 6. august.\n"
     "Send spørsmål til meg; jeg er på messe i Lyon til slutten av august.\n\nKari",
     "Bookingside\n\nProsjektperiode 1. september til 30. november 2027. Endelig leveranse: senest "
     "30. november 2027.\n"),
])
def test_where_a_person_is_until_a_date_is_not_the_deadline(body, brief):
    from datetime import date

    from fornuft.projects.extraction import extract, read_assignment

    values = extract(read_assignment(_mail_with_brief(body, brief), "mail.eml"), reference=date(2027, 7, 19)).values
    assert str(values["deadline"]) == "2027-11-30"


@pytest.mark.parametrize("body", [
    "Hei,\n\nVi trenger ny brannalarm i lageret. Befaring kan skje 20. september 2027, "
    "og jeg har behov for at anlegget er ferdig til 15. oktober 2027.\n\nHilsen Kari\n",
    "Hello,\n\nWe would like a new intranet. A kick-off meeting could be on 20 September 2027, "
    "and the intranet must be available by 15 October 2027.\n\nKari\n",
])
def test_a_deadline_said_with_i_have_or_available_is_still_the_deadline(body):
    from datetime import date

    from fornuft.projects.extraction import extract, read_assignment

    values = extract(read_assignment(body.encode(), "mail.txt"), reference=date(2027, 7, 1)).values
    assert str(values["deadline"]) == "2027-10-15"
