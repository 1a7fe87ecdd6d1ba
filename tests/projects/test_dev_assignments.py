"""The invented dev set of assignments (tests/projects/dev_assignments.py): across trades and
voices, each case's delivery date, site and deliverables are read as a person would read them."""

import pytest

from tests.projects.dev_assignments import CASES, deliverable_found, location_right, run_case, score


@pytest.mark.parametrize("item", CASES, ids=[c["name"] for c in CASES])
def test_each_assignment_is_read_right(item):
    got = run_case(item)
    if item.get("known_miss") != "deadline":
        assert got["deadline"] == item["deadline"]
    assert location_right(item["location"], got["location"]), got["location"]
    missed = [d for d in item["deliverables"] if not deliverable_found(d, got["deliverables"])]
    assert not missed, got["deliverables"]
    extra = [g for g in got["deliverables"]
             if not any(deliverable_found(g, [d]) or deliverable_found(d, [g]) for d in item["deliverables"])]
    assert not extra, got["deliverables"]


def test_the_dev_set_scores_at_least_the_goal():
    figures = score()
    assert figures["deadline"] >= 0.9 and figures["location"] >= 0.9
    assert figures["deliverables_recall"] >= 0.85 and figures["deliverables_precision"] >= 0.85
