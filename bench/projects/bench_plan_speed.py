"""A plan for 40 people and 200 tasks (random skills, dependencies, bookings): seconds and
validity (check_plan). Goal < 10 s. Run by hand: python bench/projects/bench_plan_speed.py."""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fornuft.projects.planner import Task, allocate, check_plan  # noqa: E402
from fornuft.projects.team import parse_team  # noqa: E402

START = date(2026, 3, 2)


def case(seed: int):
    rng = random.Random(seed)
    skills = ["RIB", "RIV", "RIE", "ARK", "energiattest", "tilstandsvurdering", "RIBr", "prosjektledelse"]
    people = []
    for i in range(40):
        booked = []
        if rng.random() < 0.4:
            week = rng.randrange(0, 20)
            booked.append({"from": f"2026-{3 + week // 4:02d}-{1 + (week % 4) * 7:02d}",
                           "to": f"2026-{3 + week // 4:02d}-{7 + (week % 4) * 7:02d}", "hours_per_week": 20})
        people.append({"name": f"P{i}", "skills": rng.sample(skills, 2), "hours_per_week": rng.choice([20, 30, 37.5]),
                       "booked": booked, "cost_per_hour": rng.choice([800, 950, 1100, 1250])})
    team = parse_team(json.dumps({"people": people}))
    tasks = []
    for i in range(200):
        deps = [f"T{j}" for j in rng.sample(range(max(0, i - 10), i), min(i, rng.randint(0, 2)))] if i else []
        tasks.append(Task(f"T{i}", f"task {i}", rng.choice(skills), rng.choice([8, 16, 24, 40, 60]), deps,
                          f"D{i // 4}"))
    return tasks, team


def main() -> None:
    times = []
    for seed in (1, 2, 3):
        tasks, team = case(seed)
        began = time.perf_counter()
        plan = allocate(tasks, team, start=START)
        times.append(time.perf_counter() - began)
        problems = check_plan(plan, team, START)
        print(f"seed {seed}: {times[-1]:.2f} s, feasible {plan['feasible']}, finish {plan['finish_date']}, "
              f"problems {len(problems)}", flush=True)
    print(f"median {statistics.median(times):.2f} s (goal < 10 s)")


if __name__ == "__main__":
    main()
