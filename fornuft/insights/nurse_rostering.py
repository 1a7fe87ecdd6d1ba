"""Nurse rosters for INRC 2010 instances with OR-Tools CP-SAT.

Hard: every (day, shift) gets exactly the nurses its cover asks for; one shift a day per
nurse; only nurses with the shift's skills (unless AlternativeSkillCategory makes that a
penalty). Soft: every INRC 2010 rule the instance switches on, each as weight × amount in
the objective — min/max assignments, consecutive working and free days, consecutive working
weekends, working weekends, complete weekends, identical shift types in a weekend, night
shift before a free weekend, unwanted patterns, day/shift on/off requests.

Runs are modelled exactly with small clauses: a run longer than the maximum M costs one
for every window of M + 1 days inside it, and a run shorter than the minimum m is caught
by a literal per (start, length < m) that its boundary days switch on. The roster is scored
again afterwards by `nurse_penalty.penalty`, written separately from this model."""

from __future__ import annotations

from dataclasses import dataclass

from fornuft.insights.inrc_instance import Instance, Limit
from fornuft.insights.nurse_penalty import Roster, penalty


@dataclass
class RosterResult:
    roster: Roster
    objective: int
    bound: int
    status: str  # OPTIMAL or FEASIBLE
    seconds: float
    score: dict  # the independent evaluation


class NoRoster(RuntimeError):
    code = "no_roster"


def naive_roster(instance: Instance) -> Roster:
    """The roster a clerk would write first: each (day, shift) filled by the next nurses in
    list order who hold the skills and are still free that day. Meets the cover where the
    nurses allow it; ignores every soft rule. A baseline for the solver, not a plan."""
    roster: Roster = {}
    turn = 0
    for day in range(instance.days):
        for shift, (_, _, skills) in instance.shifts.items():
            for _ in range(instance.cover.get((day, shift), 0)):
                for step in range(len(instance.nurses)):
                    nurse = instance.nurses[(turn + step) % len(instance.nurses)]
                    if (nurse.id, day) not in roster and skills <= nurse.skills:
                        roster[(nurse.id, day)] = shift
                        turn = (turn + step + 1) % len(instance.nurses)
                        break
    return roster


class _Model:
    def __init__(self, instance: Instance):
        from ortools.sat.python import cp_model

        self.cp = cp_model
        self.model = cp_model.CpModel()
        self.instance = instance
        self.terms: list = []  # (coefficient, literal or int var)
        self.constant = 0
        self.x: dict[tuple[str, int, str], object] = {}
        self.w: dict[tuple[str, int], object] = {}

    def penalty_literal(self, coefficient: int, clause: list) -> None:
        """A literal that must be true (and costs `coefficient`) when every literal in
        `clause` is false — i.e. when the situation the clause describes happens."""
        if coefficient <= 0:
            return
        v = self.model.NewBoolVar("")
        self.model.AddBoolOr([v, *clause])
        self.terms.append((coefficient, v))

    def runs(self, seq: list, low: Limit | None, high: Limit | None) -> None:
        """Penalties on the maximal runs of true literals in `seq` (the period's edges end a run)."""
        n = len(seq)
        if high and high.active:
            m = high.value
            for start in range(n - m):
                self.penalty_literal(high.weight, [seq[i].Not() for i in range(start, start + m + 1)])
        if low and low.active:
            for length in range(1, low.value):
                for start in range(n - length + 1):
                    bounds = [b for b in (start - 1, start + length) if 0 <= b < n]
                    self.penalty_literal(
                        low.weight * (low.value - length),
                        [seq[i].Not() for i in range(start, start + length)] + [seq[b] for b in bounds],
                    )

    def build(self) -> None:
        inst, model = self.instance, self.model
        for nurse in inst.nurses:
            contract = inst.contracts[nurse.contract]
            alternative = contract.flags.get("AlternativeSkillCategory")
            soft_skills = bool(alternative and alternative.active)
            for day in range(inst.days):
                todays = []
                for shift, (_, _, skills) in inst.shifts.items():
                    qualified = skills <= nurse.skills
                    if qualified or soft_skills:
                        var = model.NewBoolVar(f"x_{nurse.id}_{day}_{shift}")
                        self.x[(nurse.id, day, shift)] = var
                        todays.append(var)
                        if not qualified:
                            self.terms.append((alternative.weight, var))
                w = model.NewBoolVar(f"w_{nurse.id}_{day}")
                model.Add(sum(todays) == w)  # at most one shift a day
                self.w[(nurse.id, day)] = w
        for day in range(inst.days):
            for shift in inst.shifts:
                on_shift = [v for (n, d, s), v in self.x.items() if d == day and s == shift]
                model.Add(sum(on_shift) == inst.cover.get((day, shift), 0))
        for day in range(inst.days):
            # Implied by the exact cover and one shift a day, but stated: it tightens the
            # linear relaxation (sprint_late03 at 15 s under load: 77 twice vs 93 and 138).
            model.Add(
                sum(self.w[(n.id, day)] for n in inst.nurses) == sum(inst.cover.get((day, s), 0) for s in inst.shifts)
            )
        for nurse in inst.nurses:
            self.nurse_rules(nurse)
        model.Minimize(sum(c * v for c, v in self.terms) + self.constant)

    def nurse_rules(self, nurse) -> None:
        inst, model = self.instance, self.model
        contract = inst.contracts[nurse.contract]
        limits, flags = contract.limits, contract.flags
        w = [self.w[(nurse.id, d)] for d in range(inst.days)]
        x = lambda day, shift: self.x.get((nurse.id, day, shift))  # noqa: E731

        total = sum(w)
        for key, sign in (("MaxNumAssignments", 1), ("MinNumAssignments", -1)):
            limit = limits.get(key)
            if limit and limit.active:
                excess = model.NewIntVar(0, inst.days, "")
                model.Add(excess >= sign * (total - limit.value))
                self.terms.append((limit.weight, excess))

        self.runs(w, limits.get("MinConsecutiveWorkingDays"), limits.get("MaxConsecutiveWorkingDays"))
        self.runs([v.Not() for v in w], limits.get("MinConsecutiveFreeDays"), limits.get("MaxConsecutiveFreeDays"))

        weekends = inst.weekends(contract)
        worked = []
        for days in weekends:
            any_day = model.NewBoolVar("")
            model.AddMaxEquality(any_day, [w[d] for d in days])
            worked.append(any_day)
        self.runs(worked, limits.get("MinConsecutiveWorkingWeekends"), limits.get("MaxConsecutiveWorkingWeekends"))
        four_weeks = limits.get("MaxWorkingWeekendsInFourWeeks")
        if four_weeks and four_weeks.active:
            excess = model.NewIntVar(0, len(weekends), "")
            model.Add(excess >= sum(worked) - four_weeks.value)
            self.terms.append((four_weeks.weight, excess))

        complete, identical = flags.get("CompleteWeekends"), flags.get("IdenticalShiftTypesDuringWeekend")
        night = flags.get("NoNightShiftBeforeFreeWeekend")
        for days in weekends:
            last = len(days) - 1
            if complete and complete.active:
                for k, day in enumerate(days):
                    if k > 0:  # the run starts inside the weekend
                        self.penalty_literal(complete.weight * k, [w[day].Not(), w[day - 1]])
                    if k < last:  # the run ends inside the weekend
                        self.penalty_literal(complete.weight * (last - k), [w[day].Not(), w[day + 1]])
            if identical and identical.active:
                for shift in inst.shifts:
                    on = [x(d, shift) for d in days if x(d, shift) is not None]
                    if len(days) == 2 and len(on) == 2:
                        self.penalty_literal(identical.weight, [on[0].Not(), on[1]])
                        self.penalty_literal(identical.weight, [on[1].Not(), on[0]])
                    elif on:
                        used = model.NewBoolVar("")
                        for v in on:
                            model.AddImplication(v, used)
                        gap = model.NewIntVar(0, len(days), "")
                        model.Add(gap >= len(days) * used - sum(on))
                        self.terms.append((identical.weight, gap))
            if night and night.active and days[0] > 0:
                for shift in inst.night_shifts():
                    if x(days[0] - 1, shift) is not None:
                        self.penalty_literal(night.weight, [x(days[0] - 1, shift).Not(), *[w[d] for d in days]])

        for pattern_id in contract.patterns:
            self.pattern(nurse, inst.patterns[pattern_id], w, x)

        for day in range(inst.days):
            self.terms.append((inst.day_off.get((nurse.id, day), 0), w[day]))
            if inst.day_on.get((nurse.id, day)):
                self.constant += inst.day_on[(nurse.id, day)]
                self.terms.append((-inst.day_on[(nurse.id, day)], w[day]))
            for shift in inst.shifts:
                var = x(day, shift)
                off, on = inst.shift_off.get((nurse.id, day, shift), 0), inst.shift_on.get((nurse.id, day, shift), 0)
                if var is not None:
                    self.terms.append((off - on, var))
                self.constant += on

    def pattern(self, nurse, pattern, w, x) -> None:
        inst, entries = self.instance, pattern.entries
        free_then_any = entries[0].shift == "None" and all(e.shift == "Any" for e in entries[1:])
        for start in range(inst.days - len(entries) + 1):
            if any(e.weekday is not None and inst.weekday(start + i) != e.weekday for i, e in enumerate(entries)):
                continue
            if free_then_any:
                # Free on the first day and working on at least one of the next: one literal
                # that every worked later day forces on (it is their OR).
                v = self.model.NewBoolVar("")
                for i in range(1, len(entries)):
                    self.model.AddBoolOr([v, w[start], w[start + i].Not()])
                self.terms.append((pattern.weight, v))
                continue
            clause = []
            for i, entry in enumerate(entries):
                day = start + i
                if entry.shift == "None":
                    clause.append(w[day])
                elif entry.shift == "Any":
                    clause.append(w[day].Not())
                elif x(day, entry.shift) is None:
                    clause = None  # this nurse can never work that shift
                    break
                else:
                    clause.append(x(day, entry.shift).Not())
            if clause is not None:
                self.penalty_literal(pattern.weight, clause)


def solve(instance: Instance, seconds: float = 15.0, workers: int = 8, seed: int = 0) -> RosterResult:
    """The best roster CP-SAT finds within `seconds`; raises NoRoster when the hard rules
    cannot all hold (for example a cover larger than the qualified nurses).

    Eight search workers even on a 2-core machine: CP-SAT's portfolio (different search
    strategies and LNS neighbourhoods side by side) found the sprint optima far more often
    than one or two workers given the same wall time (sprint01 in 10 s: 1 worker 122,
    2 workers 63, 8 workers 56 = optimal)."""
    built = _Model(instance)
    built.build()
    solver = built.cp.CpSolver()
    solver.parameters.max_time_in_seconds = float(seconds)
    solver.parameters.num_workers = max(1, int(workers))
    solver.parameters.random_seed = int(seed)
    status = solver.Solve(built.model)
    if status not in (built.cp.OPTIMAL, built.cp.FEASIBLE):
        raise NoRoster(
            f"No roster meets the cover with one shift per day and the required skills "
            f"(solver status {solver.StatusName(status)} after {solver.WallTime():.1f} s)."
        )
    roster = {(n, d): s for (n, d, s), v in built.x.items() if solver.BooleanValue(v)}
    return RosterResult(
        roster=roster,
        objective=round(solver.ObjectiveValue()),
        bound=round(solver.BestObjectiveBound()),
        status=solver.StatusName(status),
        seconds=round(solver.WallTime(), 2),
        score=penalty(instance, roster),
    )


def contract(instance: Instance, result: RosterResult) -> dict:
    """The JSON shape of `fornuft staffing roster --json`."""
    return {
        "instance": instance.name,
        "valid": result.score["valid"],
        "penalty": result.score["penalty"],
        "lower_bound": result.bound,
        "status": result.status,
        "seconds": result.seconds,
        "penalty_by_rule": result.score["by_rule"],
        "roster": [
            {
                "nurse": nurse.id,
                "shifts": [result.roster.get((nurse.id, day)) for day in range(instance.days)],
            }
            for nurse in instance.nurses
        ],
        "start": instance.start.isoformat(),
    }
