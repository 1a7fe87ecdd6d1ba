"""PSPLIB scheduling with CP-SAT: a small instance solved to proven optimum; bad files refused."""

import pytest

from fornuft.projects.rcpsp import InstanceError, check_schedule, parse_sm, solve

SMALL = """************************************************************************
jobs (incl. supersource/sink ):  5
horizon                       :  20
************************************************************************
PRECEDENCE RELATIONS:
jobnr.    #modes  #successors   successors
   1        1          2           2   3
   2        1          1           4
   3        1          1           5
   4        1          1           5
   5        1          0
************************************************************************
REQUESTS/DURATIONS:
jobnr. mode duration  R 1
------------------------------------------------------------------------
  1      1     0       0
  2      1     3       2
  3      1     4       2
  4      1     2       1
  5      1     0       0
************************************************************************
RESOURCEAVAILABILITIES:
  R 1
    3
************************************************************************
"""


def test_a_small_instance_is_solved_to_proven_optimum():
    instance = parse_sm(SMALL)
    schedule = solve(instance, time_limit=5)
    # Jobs 2 and 3 need 2 of 3 units each, so they cannot overlap: 3 + 4 = 7.
    assert schedule.makespan == 7
    assert schedule.optimal is True
    assert check_schedule(instance, schedule.starts) == []


def test_a_j30_instance_when_the_corpus_is_there():
    from fornuft.testing.corpora import require_corpus

    folder = require_corpus("psplib-j30")
    instance = parse_sm((folder / "j301_1.sm").read_text())
    schedule = solve(instance, time_limit=10)
    assert check_schedule(instance, schedule.starts) == []
    assert schedule.makespan == 43


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not a psplib file",
        SMALL.replace("2   3\n", "2   9\n"),
        SMALL.replace("   5        1          0", "   5        1          1           2"),
        SMALL.replace("    3\n****", "    1\n****"),
    ],
)
def test_a_bad_instance_is_refused_with_a_reason(text):
    with pytest.raises(InstanceError):
        parse_sm(text)
