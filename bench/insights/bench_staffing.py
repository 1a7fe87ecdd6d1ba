"""Staffing plans on our own random cases: every plan is checked for validity (a person works
only on skills they hold, never above capacity in a week; assigned + shortfall = demand) and
its shortfall is compared with the optimum of the same problem solved as a linear programme
(scipy HiGHS; a transportation problem, so the LP optimum is the integer one). Also the
solve time. Goals: validity 100 %, shortfall optimal.

    nice .venv/bin/python bench/insights/bench_staffing.py [--cases 40]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fornuft.insights.staffing import Booking, Person, plan  # noqa: E402

SKILLS = ["electrician", "plumber", "carpenter", "project manager", "painter", "ventilation"]


def make(rng: random.Random):
    weeks = [date(2026, 1, 5) + timedelta(weeks=k) for k in range(rng.randint(4, 16))]
    people = []
    for k in range(rng.randint(5, 40)):
        bookings = []
        for _ in range(rng.randint(0, 2)):
            start = weeks[0] + timedelta(days=rng.randint(0, 7 * len(weeks)))
            bookings.append(Booking(start, start + timedelta(days=rng.randint(3, 30)), rng.choice([7.5, 15, 20, 37.5])))
        people.append(
            Person(
                f"p{k}",
                rng.sample(SKILLS, rng.randint(1, 3)),
                rng.choice([20, 30, 37.5, 40]),
                max_hours_per_week=rng.choice([None, 30, 45]),
                cost_per_hour=rng.randint(400, 1200),
                booked=bookings,
            )
        )
    demand = {(w, s): float(rng.randint(0, 160)) for w in weeks for s in rng.sample(SKILLS, rng.randint(2, 6))}
    return demand, people


def lp_shortfall(demand, people) -> float:
    from scipy.optimize import linprog

    rows = list(demand)
    variables = [
        (r, p)
        for r, (w, s) in enumerate(rows)
        for p, person in enumerate(people)
        if s.lower() in {x.lower() for x in person.skills}
    ]
    if not variables:
        return sum(demand.values())
    c = [-1.0] * len(variables)  # maximise hours assigned
    a_ub, b_ub = [], []
    for r, key in enumerate(rows):
        a_ub.append([1.0 if v[0] == r else 0.0 for v in variables])
        b_ub.append(demand[key])
    for p, person in enumerate(people):
        for week in {w for w, _ in rows}:
            a_ub.append([1.0 if v[1] == p and rows[v[0]][0] == week else 0.0 for v in variables])
            b_ub.append(person.capacity(week))
    result = linprog(c, A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
    return sum(demand.values()) + result.fun


def valid(result, demand, people) -> bool:
    by_name = {p.name: p for p in people}
    used: dict[tuple[str, str], float] = {}
    for row in result["weeks"]:
        week = date.fromisoformat(row["week"])
        assigned = sum(a["hours"] for a in row["assigned"])
        if abs(assigned + row["shortfall_hours"] - demand[(week, row["skill"])]) > 0.011:
            return False
        for a in row["assigned"]:
            person = by_name[a["person"]]
            if row["skill"].lower() not in {s.lower() for s in person.skills}:
                return False
            used[(a["person"], row["week"])] = used.get((a["person"], row["week"]), 0) + a["hours"]
    return all(
        hours <= by_name[name].capacity(date.fromisoformat(week)) + 0.011 for (name, week), hours in used.items()
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    ok = optimal = 0
    times = []
    for _ in range(args.cases):
        demand, people = make(rng)
        started = time.perf_counter()
        result = plan(demand, people)
        times.append(time.perf_counter() - started)
        ok += valid(result, demand, people)
        optimal += abs(result["total_shortfall_hours"] - lp_shortfall(demand, people)) <= 0.02
    print(f"Staffing: {args.cases} random cases (4-16 weeks, 5-40 people, 2-6 skills; seed {args.seed})")
    print(f"  valid plans      {ok}/{args.cases}")
    print(f"  shortfall optimal {optimal}/{args.cases} (against the LP optimum)")
    print(f"  solve time       median {statistics.median(times):.2f} s, max {max(times):.2f} s")


if __name__ == "__main__":
    main()
