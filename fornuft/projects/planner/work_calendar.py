"""Working-day arithmetic for plans made in ISO weeks: a task runs whole weeks from a Monday (or
from the start in the first week) to a Friday, and its hours are spread evenly over its working
days (Mon–Fri). `Calendar` turns the solver's week numbers into dates and back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def working_days(first: date, last: date) -> int:
    if last < first:
        return 0
    days = (last - first).days + 1
    full, rest = divmod(days, 7)
    count = full * 5
    for offset in range(rest):
        if (first + timedelta(days=full * 7 + offset)).weekday() < 5:
            count += 1
    return count


def first_working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@dataclass
class Calendar:
    start: date  # the first working day on or after --start

    @property
    def week0(self) -> date:
        return monday_of(self.start)

    def monday(self, week: int) -> date:
        return self.week0 + timedelta(weeks=week)

    def task_start(self, week: int) -> date:
        return self.start if week == 0 else self.monday(week)

    def task_end(self, week: int, duration: int) -> date:
        return self.monday(week + duration - 1) + timedelta(days=4)

    def week_of(self, day: date) -> int:
        return (monday_of(day) - self.week0).days // 7

    def deadline_week(self, deadline: date) -> int:
        """The last week whose Friday is on or before the deadline."""
        week = self.week_of(deadline)
        return week if deadline.weekday() >= 4 else week - 1

    def weekly_hours(self, hours: float, week: int, duration: int) -> dict[int, float]:
        """Hours per week index of a task spread evenly over its working days."""
        first, last = self.task_start(week), self.task_end(week, duration)
        total = working_days(first, last)
        out = {}
        for w in range(week, week + duration):
            a = max(first, self.monday(w))
            b = min(last, self.monday(w) + timedelta(days=4))
            out[w] = hours * working_days(a, b) / total
        return out
