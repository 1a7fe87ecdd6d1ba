"""The assignments of tests/projects/assignment_kinds.py, one kind of wording each (list markers,
sub-items, requirement and meeting lists, Word and PDF tables, prose, threads that drop, add and
move; sites and deadlines in their usual wordings): each is read as a person would read it."""

import pytest

from tests.projects.assignment_kinds import CASES
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
