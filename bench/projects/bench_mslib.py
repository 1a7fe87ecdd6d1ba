"""MSLIB multi-skill project scheduling (2 instances in ../shared/corpora/mslib), base variant:
each activity needs a number of workers per skill, a worker covers one skill of one activity at
a time; minimise the makespan with CP-SAT (the same solver as allocation). Skill levels, costs
and the common resource module are left out. Run by hand: python bench/projects/bench_mslib.py."""

from __future__ import annotations

import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "mslib"


def _rows(lines: list[str], start: int, count: int) -> list[list[int]]:
    out = []
    i = start
    while len(out) < count:
        if lines[i].strip():
            out.append([int(x) for x in lines[i].split()])
        i += 1
    return out


def parse(text: str) -> dict:
    lines = text.splitlines()
    head = [int(x) for x in lines[1].split()]
    jobs, workers, skills = head[0], head[1], head[2]
    first = next(i for i, line in enumerate(lines) if i > 1 and len(line.split()) >= 2)
    activities = _rows(lines, first, jobs)
    wf = next(i for i, line in enumerate(lines) if "Workforce Module" in line and "Levels" not in line)
    mastery = _rows(lines, wf + 1, workers)
    sr = next(i for i, line in enumerate(lines) if "Skill Requirements Module" in line)
    need = _rows(lines, sr + 1, jobs)
    return {"durations": [a[0] for a in activities], "successors": [[s - 1 for s in a[2:]] for a in activities],
            "mastery": mastery, "need": need, "skills": skills}


def solve(data: dict, time_limit: float = 10.0):
    from ortools.sat.python import cp_model

    n, W, S = len(data["durations"]), len(data["mastery"]), data["skills"]
    horizon = sum(data["durations"])
    model = cp_model.CpModel()
    start = [model.new_int_var(0, horizon, f"s{j}") for j in range(n)]
    per_worker: list[list] = [[] for _ in range(W)]
    for j in range(n):
        d = data["durations"][j]
        for succ in data["successors"][j]:
            model.add(start[succ] >= start[j] + d)
        used = {}
        for w in range(W):
            for s in range(S):
                if data["need"][j][s] and data["mastery"][w][s]:
                    used[w, s] = model.new_bool_var(f"x{j}_{w}_{s}")
        for s in range(S):
            if data["need"][j][s]:
                model.add(sum(v for (w, sk), v in used.items() if sk == s) == data["need"][j][s])
        for w in range(W):
            mine = [v for (ww, _s), v in used.items() if ww == w]
            if mine and d > 0:
                busy = model.new_bool_var(f"b{j}_{w}")
                model.add(sum(mine) == busy)
                per_worker[w].append(model.new_optional_fixed_size_interval_var(start[j], d, busy, f"i{j}_{w}"))
    for intervals in per_worker:
        model.add_no_overlap(intervals)
    makespan = model.new_int_var(0, horizon, "makespan")
    model.add_max_equality(makespan, [start[j] + data["durations"][j] for j in range(n)])
    model.minimize(makespan)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 1
    status = solver.solve(model)
    return int(solver.value(makespan)), status == cp_model.OPTIMAL, int(solver.best_objective_bound)


def main() -> None:
    for path in sorted(CORPUS.glob("*.msrcp")):
        began = time.perf_counter()
        makespan, optimal, bound = solve(parse(path.read_text()))
        print(f"{path.name}: makespan {makespan} ({'proven optimal' if optimal else f'lower bound {bound}'}), "
              f"{time.perf_counter() - began:.1f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
