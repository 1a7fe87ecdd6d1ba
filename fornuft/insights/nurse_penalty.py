"""Scores a nurse roster by the INRC 2010 rules, independently of the solver that made it:
it walks the roster day by day and counts runs, so a modelling mistake in the CP-SAT model
shows up as a difference between the solver's objective and this number.

A roster is {(nurse id, day index): shift id}; a nurse without an entry on a day is free.
Hard rules (any violation makes the roster invalid): every (day, shift) has exactly the
nurses the cover asks for, a nurse works at most one shift a day (the dict guarantees it),
and a nurse holds the skills of the shift (soft only where AlternativeSkillCategory is on).

Soft rules, each weight × amount, as the competition (and its open-source re-implementations)
count them: runs at the start and end of the period count like any other run; a free Friday
before a pattern of "Any" days matches when at least one of those days is worked."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import groupby

from fornuft.insights.inrc_instance import Instance, Pattern

Roster = dict[tuple[str, int], str]


def hard_violations(instance: Instance, roster: Roster) -> list[str]:
    problems = []
    counts = Counter((day, shift) for (_, day), shift in roster.items())
    for day in range(instance.days):
        for shift in instance.shifts:
            need, got = instance.cover.get((day, shift), 0), counts.get((day, shift), 0)
            if need != got:
                problems.append(f"day {day} shift {shift}: {got} nurses, cover asks for {need}")
    nurses = {n.id: n for n in instance.nurses}
    for (nurse_id, day), shift in roster.items():
        nurse = nurses.get(nurse_id)
        if nurse is None or shift not in instance.shifts or not 0 <= day < instance.days:
            problems.append(f"unknown nurse, shift or day in ({nurse_id}, {day}, {shift})")
            continue
        alternative = instance.contracts[nurse.contract].flags.get("AlternativeSkillCategory")
        if not instance.shifts[shift][2] <= nurse.skills and not (alternative and alternative.active):
            problems.append(f"nurse {nurse_id} lacks a skill of shift {shift} on day {day}")
    return problems


def _runs(flags: list[bool]) -> list[tuple[bool, int]]:
    return [(value, len(list(group))) for value, group in groupby(flags)]


def _min_max(limits: dict, min_key: str, max_key: str, lengths: list[int]) -> int:
    total = 0
    low, high = limits.get(min_key), limits.get(max_key)
    for length in lengths:
        if low and low.active and length < low.value:
            total += low.weight * (low.value - length)
        if high and high.active and length > high.value:
            total += high.weight * (length - high.value)
    return total


def _pattern_hits(instance: Instance, pattern: Pattern, shifts: list[str | None]) -> int:
    entries = pattern.entries
    free_then_any = entries[0].shift == "None" and all(e.shift == "Any" for e in entries[1:])
    hits = 0
    for start in range(instance.days - len(entries) + 1):
        if any(e.weekday is not None and instance.weekday(start + i) != e.weekday for i, e in enumerate(entries)):
            continue
        if free_then_any:
            matched = shifts[start] is None and any(shifts[start + i] is not None for i in range(1, len(entries)))
        else:
            matched = all(
                (shifts[start + i] is None)
                if e.shift == "None"
                else (shifts[start + i] is not None)
                if e.shift == "Any"
                else shifts[start + i] == e.shift
                for i, e in enumerate(entries)
            )
        hits += matched
    return hits


def nurse_penalties(instance: Instance, roster: Roster, nurse_id: str) -> dict[str, int]:
    """Penalty per rule for one nurse."""
    nurse = next(n for n in instance.nurses if n.id == nurse_id)
    contract = instance.contracts[nurse.contract]
    limits, flags = contract.limits, contract.flags
    shifts = [roster.get((nurse_id, day)) for day in range(instance.days)]
    working = [s is not None for s in shifts]
    out: dict[str, int] = defaultdict(int)

    out["assignments"] = _min_max(limits, "MinNumAssignments", "MaxNumAssignments", [sum(working)])
    runs = _runs(working)
    out["consecutive_working_days"] = _min_max(
        limits, "MinConsecutiveWorkingDays", "MaxConsecutiveWorkingDays", [n for on, n in runs if on]
    )
    out["consecutive_free_days"] = _min_max(
        limits, "MinConsecutiveFreeDays", "MaxConsecutiveFreeDays", [n for on, n in runs if not on]
    )

    weekends = instance.weekends(contract)
    worked_weekends = [any(working[d] for d in days) for days in weekends]
    out["consecutive_working_weekends"] = _min_max(
        limits,
        "MinConsecutiveWorkingWeekends",
        "MaxConsecutiveWorkingWeekends",
        [n for on, n in _runs(worked_weekends) if on],
    )
    four_weeks = limits.get("MaxWorkingWeekendsInFourWeeks")
    if four_weeks and four_weeks.active:
        out["working_weekends"] = four_weeks.weight * max(0, sum(worked_weekends) - four_weeks.value)

    complete, identical = flags.get("CompleteWeekends"), flags.get("IdenticalShiftTypesDuringWeekend")
    night = flags.get("NoNightShiftBeforeFreeWeekend")
    night_shifts = instance.night_shifts()
    for days in weekends:
        last = len(days) - 1
        if complete and complete.active:
            for k, day in enumerate(days):
                if working[day] and k > 0 and not working[day - 1]:
                    out["complete_weekends"] += complete.weight * k
                if working[day] and k < last and not working[day + 1]:
                    out["complete_weekends"] += complete.weight * (last - k)
        if identical and identical.active:
            per_shift = Counter(shifts[d] for d in days if shifts[d] is not None)
            out["identical_weekend_shifts"] += identical.weight * sum(len(days) - c for c in per_shift.values())
        if night and night.active and days[0] > 0:
            if shifts[days[0] - 1] in night_shifts and not any(working[d] for d in days):
                out["night_before_free_weekend"] += night.weight

    for pattern_id in contract.patterns:
        pattern = instance.patterns[pattern_id]
        out["unwanted_patterns"] += pattern.weight * _pattern_hits(instance, pattern, shifts)

    for day, shift in enumerate(shifts):
        out["day_off_requests"] += instance.day_off.get((nurse_id, day), 0) if shift is not None else 0
        out["day_on_requests"] += instance.day_on.get((nurse_id, day), 0) if shift is None else 0
        out["shift_off_requests"] += instance.shift_off.get((nurse_id, day, shift), 0) if shift else 0
    out["shift_on_requests"] += sum(
        w for (n, day, shift), w in instance.shift_on.items() if n == nurse_id and shifts[day] != shift
    )
    alternative = flags.get("AlternativeSkillCategory")
    if alternative and alternative.active:
        out["alternative_skill"] = alternative.weight * sum(
            1 for s in shifts if s is not None and not instance.shifts[s][2] <= nurse.skills
        )
    return dict(out)


def penalty(instance: Instance, roster: Roster) -> dict:
    """{"valid", "hard", "penalty", "by_rule"} for the whole roster."""
    by_rule: Counter = Counter()
    for nurse in instance.nurses:
        by_rule.update(nurse_penalties(instance, roster, nurse.id))
    hard = hard_violations(instance, roster)
    return {
        "valid": not hard,
        "hard": hard,
        "penalty": sum(by_rule.values()),
        "by_rule": {rule: value for rule, value in sorted(by_rule.items()) if value},
    }
