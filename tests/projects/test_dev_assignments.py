"""The invented dev set of assignments (tests/projects/dev_assignments.py): across trades and
voices, each case's delivery date, site and deliverables are read as a person would read them."""

import pytest

from tests.projects.dev_assignments import CASES, assert_read_right, score


@pytest.mark.parametrize("item", CASES, ids=[c["name"] for c in CASES])
def test_each_assignment_is_read_right(item):
    assert_read_right(item)


def test_the_dev_set_scores_at_least_the_goal():
    figures = score()
    assert figures["deadline"] >= 0.9 and figures["location"] >= 0.9
    assert figures["deliverables_recall"] >= 0.85 and figures["deliverables_precision"] >= 0.85
