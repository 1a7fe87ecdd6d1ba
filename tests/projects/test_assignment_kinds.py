"""The assignments of tests/projects/assignment_kinds.py, one kind of wording each (list markers,
sub-items, requirement and meeting lists, Word and PDF tables, prose, threads that drop, add and
move; sites and deadlines in their usual wordings): each is read as a person would read it."""

import pytest

from tests.projects.assignment_kinds_late import CASES
from tests.projects.dev_assignments import deliverable_found, location_right, run_case


@pytest.mark.parametrize("item", CASES, ids=[c["name"] for c in CASES])
def test_each_kind_of_assignment_is_read_right(item):
    got = run_case(item)
    assert got["deadline"] == item["deadline"]
    assert location_right(item["location"], got["location"]), got["location"]
    missed = [d for d in item["deliverables"] if not deliverable_found(d, got["deliverables"])]
    assert not missed, got["deliverables"]
    extra = [g for g in got["deliverables"]
             if not any(deliverable_found(g, [d]) or deliverable_found(d, [g]) for d in item["deliverables"])]
    assert not extra, got["deliverables"]


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
