"""Resource-constrained project scheduling (PSPLIB .sm files) with OR-Tools CP-SAT.

Plain data in and out, no Django: `parse_sm(text)` -> Instance, `solve(instance, time_limit)`
-> Schedule. `optimal` is True only when CP-SAT proved the makespan optimal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_JOBS = 5000


class InstanceError(ValueError):
    """The .sm text is not a PSPLIB single-mode instance Fornuft can read; str() is for a person."""


@dataclass
class Instance:
    jobs: list[int]
    durations: dict[int, int]
    successors: dict[int, list[int]]
    demands: dict[int, list[int]]
    capacities: list[int]
    horizon: int = 0


@dataclass
class Schedule:
    makespan: int
    optimal: bool
    starts: dict[int, int] = field(default_factory=dict)
    status: str = ""


def _section(lines: list[str], title: str) -> int:
    for index, line in enumerate(lines):
        if line.strip().upper().startswith(title):
            return index
    raise InstanceError(f"no {title.lower()} section: not a PSPLIB .sm file")


def _int_rows(lines: list[str], start: int) -> list[list[int]]:
    rows: list[list[int]] = []
    for line in lines[start:]:
        stripped = line.strip()
        if stripped.startswith("*"):
            break
        if not stripped or stripped.startswith("-"):
            continue
        if not re.fullmatch(r"[\d\s]+", stripped):
            if rows:
                break
            continue
        rows.append([int(x) for x in stripped.split()])
    return rows


def parse_sm(text: str) -> Instance:
    """Reads a PSPLIB .sm instance (single mode). Raises InstanceError with a reason."""
    lines = text.splitlines()
    horizon_match = re.search(r"horizon\s*:\s*(\d+)", text)
    precedence = _int_rows(lines, _section(lines, "PRECEDENCE RELATIONS") + 1)
    durations_rows = _int_rows(lines, _section(lines, "REQUESTS/DURATIONS") + 1)
    capacity_rows = _int_rows(lines, _section(lines, "RESOURCEAVAILABILITIES") + 1)
    if not precedence or not durations_rows or not capacity_rows:
        raise InstanceError("the precedence, duration or resource section is empty")
    if len(precedence) > MAX_JOBS:
        raise InstanceError(f"{len(precedence)} jobs: at most {MAX_JOBS} are scheduled")
    capacities = capacity_rows[0]
    successors: dict[int, list[int]] = {}
    for row in precedence:
        if len(row) < 3 or row[1] != 1:
            raise InstanceError(f"job {row[0]}: only single-mode instances are read")
        job, count = row[0], row[2]
        if len(row) != 3 + count:
            raise InstanceError(f"job {job}: {count} successors announced, {len(row) - 3} listed")
        successors[job] = row[3:]
    durations: dict[int, int] = {}
    demands: dict[int, list[int]] = {}
    for row in durations_rows:
        if len(row) != 3 + len(capacities):
            raise InstanceError(f"job {row[0]}: expected {len(capacities)} resource requests")
        durations[row[0]] = row[2]
        demands[row[0]] = row[3:]
    jobs = sorted(successors)
    if set(jobs) != set(durations):
        raise InstanceError("the precedence and duration sections list different jobs")
    for job, after in successors.items():
        for succ in after:
            if succ not in durations:
                raise InstanceError(f"job {job}: successor {succ} is not a job")
    for job in jobs:
        for need, cap in zip(demands[job], capacities, strict=True):
            if need > cap:
                raise InstanceError(f"job {job} needs {need} of a resource that has {cap}")
    _check_acyclic(jobs, successors)
    horizon = int(horizon_match.group(1)) if horizon_match else 0
    return Instance(jobs, durations, successors, demands, capacities, max(horizon, sum(durations.values())))


def _check_acyclic(jobs: list[int], successors: dict[int, list[int]]) -> None:
    indegree = {j: 0 for j in jobs}
    for after in successors.values():
        for succ in after:
            indegree[succ] += 1
    ready = [j for j, d in indegree.items() if d == 0]
    seen = 0
    while ready:
        job = ready.pop()
        seen += 1
        for succ in successors[job]:
            indegree[succ] -= 1
            if indegree[succ] == 0:
                ready.append(succ)
    if seen != len(jobs):
        raise InstanceError("the precedence relations contain a cycle")


def _earliest_starts(instance: Instance) -> dict[int, int]:
    order = _topological(instance)
    earliest = dict.fromkeys(instance.jobs, 0)
    for job in order:
        for succ in instance.successors[job]:
            earliest[succ] = max(earliest[succ], earliest[job] + instance.durations[job])
    return earliest


def _topological(instance: Instance) -> list[int]:
    indegree = dict.fromkeys(instance.jobs, 0)
    for after in instance.successors.values():
        for succ in after:
            indegree[succ] += 1
    ready = sorted(j for j, d in indegree.items() if d == 0)
    order: list[int] = []
    while ready:
        job = ready.pop(0)
        order.append(job)
        for succ in instance.successors[job]:
            indegree[succ] -= 1
            if indegree[succ] == 0:
                ready.append(succ)
    return order


def _serial_schedule(instance: Instance) -> dict[int, int]:
    """A feasible start (serial schedule generation, latest-finish priority) used as a hint
    and as the horizon."""
    order = _topological(instance)
    # Priority: longest path to the end first.
    tail = dict.fromkeys(instance.jobs, 0)
    for job in reversed(order):
        tail[job] = instance.durations[job] + max((tail[s] for s in instance.successors[job]), default=0)
    preds: dict[int, list[int]] = {j: [] for j in instance.jobs}
    for job, after in instance.successors.items():
        for succ in after:
            preds[succ].append(job)
    usage: dict[int, list[int]] = {}
    starts: dict[int, int] = {}
    scheduled: set[int] = set()
    while len(scheduled) < len(instance.jobs):
        eligible = [j for j in instance.jobs if j not in scheduled and all(p in scheduled for p in preds[j])]
        job = max(eligible, key=lambda j: (tail[j], -j))
        t = max((starts[p] + instance.durations[p] for p in preds[job]), default=0)
        while True:
            fits = all(
                usage.get(u, [0] * len(instance.capacities))[r] + instance.demands[job][r] <= instance.capacities[r]
                for u in range(t, t + instance.durations[job])
                for r in range(len(instance.capacities))
            )
            if fits:
                break
            t += 1
        starts[job] = t
        for u in range(t, t + instance.durations[job]):
            row = usage.setdefault(u, [0] * len(instance.capacities))
            for r, need in enumerate(instance.demands[job]):
                row[r] += need
        scheduled.add(job)
    return starts


def solve(instance: Instance, time_limit: float = 10.0, workers: int = 1) -> Schedule:
    """Minimises the makespan. Returns the best schedule found within `time_limit` seconds."""
    from ortools.sat.python import cp_model

    hint = _serial_schedule(instance)
    horizon = max(hint[j] + instance.durations[j] for j in instance.jobs)
    earliest = _earliest_starts(instance)
    model = cp_model.CpModel()
    start: dict[int, object] = {}
    end: dict[int, object] = {}
    intervals: dict[int, object] = {}
    for job in instance.jobs:
        d = instance.durations[job]
        start[job] = model.new_int_var(earliest[job], horizon - d, f"s{job}")
        end[job] = start[job] + d
        intervals[job] = model.new_fixed_size_interval_var(start[job], d, f"i{job}")
        model.add_hint(start[job], hint[job])
    for job, after in instance.successors.items():
        for succ in after:
            model.add(start[succ] >= start[job] + instance.durations[job])
    for r, cap in enumerate(instance.capacities):
        used = [j for j in instance.jobs if instance.demands[j][r] > 0 and instance.durations[j] > 0]
        if used:
            model.add_cumulative([intervals[j] for j in used], [instance.demands[j][r] for j in used], cap)
    makespan = model.new_int_var(0, horizon, "makespan")
    model.add_max_equality(makespan, [end[j] for j in instance.jobs])
    model.minimize(makespan)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(time_limit)
    solver.parameters.num_workers = max(1, int(workers))
    status = solver.solve(model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        starts = {j: int(solver.value(start[j])) for j in instance.jobs}
        return Schedule(int(solver.value(makespan)), status == cp_model.OPTIMAL, starts, solver.status_name(status))
    return Schedule(horizon, False, hint, solver.status_name(status))


def check_schedule(instance: Instance, starts: dict[int, int]) -> list[str]:
    """Every broken precedence or resource limit, as sentences; empty when the schedule is valid."""
    problems: list[str] = []
    for job, after in instance.successors.items():
        for succ in after:
            if starts[succ] < starts[job] + instance.durations[job]:
                problems.append(f"job {succ} starts before job {job} ends")
    horizon = max(starts[j] + instance.durations[j] for j in instance.jobs)
    for t in range(horizon):
        for r, cap in enumerate(instance.capacities):
            load = sum(
                instance.demands[j][r] for j in instance.jobs if starts[j] <= t < starts[j] + instance.durations[j]
            )
            if load > cap:
                problems.append(f"resource {r + 1} over capacity at time {t}")
    return problems
