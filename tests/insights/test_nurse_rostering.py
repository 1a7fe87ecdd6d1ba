"""Nurse rostering (INRC 2010 format) on a small ward written here: the roster meets the
cover exactly with one shift a day and only qualified nurses, the independent evaluator
agrees with the solver, the rules are counted as the competition counts them, and the
solver's roster costs far less than the one a clerk would write first."""

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from fornuft.cli import cli
from fornuft.insights.inrc_instance import InstanceProblem, parse_instance
from fornuft.insights.nurse_penalty import nurse_penalties, penalty
from fornuft.insights.nurse_rostering import NoRoster, naive_roster, solve

CONTRACT = """
    <Contract ID="full">
      <Description>full</Description>
      <SingleAssignmentPerDay weight="1">true</SingleAssignmentPerDay>
      <MaxNumAssignments on="1" weight="1">8</MaxNumAssignments>
      <MinNumAssignments on="1" weight="1">6</MinNumAssignments>
      <MaxConsecutiveWorkingDays on="1" weight="1">4</MaxConsecutiveWorkingDays>
      <MinConsecutiveWorkingDays on="1" weight="1">2</MinConsecutiveWorkingDays>
      <MaxConsecutiveFreeDays on="1" weight="1">3</MaxConsecutiveFreeDays>
      <MinConsecutiveFreeDays on="1" weight="1">2</MinConsecutiveFreeDays>
      <MaxConsecutiveWorkingWeekends on="0" weight="0">2</MaxConsecutiveWorkingWeekends>
      <WeekendDefinition>SaturdaySunday</WeekendDefinition>
      <CompleteWeekends weight="1">true</CompleteWeekends>
      <IdenticalShiftTypesDuringWeekend weight="1">true</IdenticalShiftTypesDuringWeekend>
      <NoNightShiftBeforeFreeWeekend weight="1">true</NoNightShiftBeforeFreeWeekend>
      <AlternativeSkillCategory weight="0">false</AlternativeSkillCategory>
      <UnwantedPatterns><Pattern>nightThenEarly</Pattern></UnwantedPatterns>
    </Contract>"""


def ward(night_cover: int = 1) -> bytes:
    """Two weeks from Monday 5 January 2026; an early and a night shift a day; two of the
    four nurses hold the night skill."""
    nurses = "".join(
        f'<Employee ID="{name}"><ContractID>full</ContractID><Skills><Skill>Nurse</Skill>{extra}</Skills></Employee>'
        for name, extra in (("ada", "<Skill>Night</Skill>"), ("bo", "<Skill>Night</Skill>"), ("cy", ""), ("di", ""))
    )
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    cover = "".join(
        f"<DayOfWeekCover><Day>{d}</Day><Cover><Shift>E</Shift><Preferred>1</Preferred></Cover>"
        f"<Cover><Shift>N</Shift><Preferred>{night_cover}</Preferred></Cover></DayOfWeekCover>"
        for d in days
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<SchedulingPeriod ID="ward">
  <StartDate>2026-01-05</StartDate><EndDate>2026-01-18</EndDate>
  <Skills><Skill>Nurse</Skill><Skill>Night</Skill></Skills>
  <ShiftTypes>
    <Shift ID="E"><StartTime>07:00:00</StartTime><EndTime>15:00:00</EndTime>
      <Skills><Skill>Nurse</Skill></Skills></Shift>
    <Shift ID="N"><StartTime>22:00:00</StartTime><EndTime>07:00:00</EndTime>
      <Skills><Skill>Nurse</Skill><Skill>Night</Skill></Skills></Shift>
  </ShiftTypes>
  <Patterns>
    <Pattern ID="nightThenEarly" weight="1"><PatternEntries>
      <PatternEntry index="0"><ShiftType>N</ShiftType><Day>Any</Day></PatternEntry>
      <PatternEntry index="1"><ShiftType>E</ShiftType><Day>Any</Day></PatternEntry>
    </PatternEntries></Pattern>
  </Patterns>
  <Contracts>{CONTRACT}</Contracts>
  <Employees>{nurses}</Employees>
  <CoverRequirements>{cover}</CoverRequirements>
  <DayOffRequests><DayOff weight="2"><EmployeeID>cy</EmployeeID><Date>2026-01-07</Date></DayOff></DayOffRequests>
  <ShiftOffRequests>
    <ShiftOff weight="1"><ShiftTypeID>N</ShiftTypeID><EmployeeID>ada</EmployeeID><Date>2026-01-08</Date></ShiftOff>
  </ShiftOffRequests>
</SchedulingPeriod>""".encode()


@pytest.fixture(scope="module")
def instance():
    return parse_instance(ward())


@pytest.fixture(scope="module")
def solved(instance):
    return solve(instance, seconds=10, workers=2)


def test_the_roster_meets_every_hard_rule(instance, solved):
    roster = solved.roster
    per_slot = Counter((day, shift) for (_, day), shift in roster.items())
    assert all(per_slot[(day, shift)] == 1 for day in range(14) for shift in ("E", "N"))
    assert len(roster) == 28  # a dict keyed by (nurse, day): one shift a day per nurse
    assert {nurse for (nurse, _), shift in roster.items() if shift == "N"} <= {"ada", "bo"}
    assert solved.score["valid"] and solved.score["hard"] == []


def test_the_evaluator_agrees_with_the_solver_and_beats_the_naive_roster(instance, solved):
    naive = penalty(instance, naive_roster(instance))
    assert naive["valid"]  # the clerk's roster meets the cover but ignores every soft rule
    assert solved.score["penalty"] == solved.objective
    assert solved.bound <= solved.objective
    assert solved.score["penalty"] < naive["penalty"] / 2


def test_requests_are_honoured_when_they_cost_nothing_else(instance, solved):
    assert ("cy", 2) not in solved.roster  # day off, weight 2
    assert solved.roster.get(("ada", 3)) != "N"  # shift off


def test_rules_are_counted_as_the_competition_counts_them(instance):
    # ada: works Mon–Tue (N, E), free Wed–Fri, works Saturday only, then free to the end.
    roster = {("ada", 0): "N", ("ada", 1): "E", ("ada", 5): "N"}
    got = nurse_penalties(instance, roster, "ada")
    assert got["assignments"] == 6 - 3  # min 6 assignments
    assert got["consecutive_working_days"] == 2 - 1  # the lone Saturday; min 2
    # free runs: Wed–Fri (3, ok) and Sun–Sun 18th (8 days, max 3 → 5)
    assert got["consecutive_free_days"] == 5
    assert got["complete_weekends"] == 1  # Saturday without Sunday
    assert got["identical_weekend_shifts"] == 1  # N on one weekend day only
    assert got["unwanted_patterns"] == 1  # N on Monday, E on Tuesday
    assert got["shift_off_requests"] == 0
    # A night on Friday before a free weekend costs one.
    friday_night = {("bo", 4): "N", ("bo", 3): "N"}
    assert nurse_penalties(instance, friday_night, "bo")["night_before_free_weekend"] == 1


def test_a_cover_the_qualified_nurses_cannot_meet_is_refused_clearly():
    with pytest.raises(NoRoster, match="No roster meets the cover"):
        solve(parse_instance(ward(night_cover=3)), seconds=5, workers=2)


def test_bad_instance_files_name_the_problem():
    with pytest.raises(InstanceProblem, match="not <SchedulingPeriod>"):
        parse_instance(b"<Roster/>")
    broken = ward().replace(b"<ContractID>full</ContractID>", b"<ContractID>part</ContractID>", 1)
    with pytest.raises(InstanceProblem, match=r"line \d+: employee ada has unknown contract 'part'"):
        parse_instance(broken)
    with pytest.raises(InstanceProblem, match="DTD"):
        parse_instance(b'<!DOCTYPE x [<!ENTITY a "b">]><SchedulingPeriod/>')


def test_roster_command_json(tmp_path):
    path = tmp_path / "ward.xml"
    path.write_bytes(ward())
    result = CliRunner().invoke(cli, ["staffing", "roster", str(path), "--seconds", "5", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["valid"] is True and out["instance"] == "ward"
    assert out["penalty"] == sum(out["penalty_by_rule"].values())
    assert [row["nurse"] for row in out["roster"]] == ["ada", "bo", "cy", "di"]
    assert all(len(row["shifts"]) == 14 for row in out["roster"])

    bad = tmp_path / "bad.xml"
    bad.write_text("not xml")
    result = CliRunner().invoke(cli, ["staffing", "roster", str(bad), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout.splitlines()[0])["error"]["code"] == "bad_instance"
