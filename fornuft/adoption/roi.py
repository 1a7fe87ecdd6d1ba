"""ROI arithmetic: plain numbers in, plain numbers out (no Django).

Every figure on the adoption dashboards and in the management report comes from these
functions, so the documentation (docs/adoption.md) and the tests can state exactly how
each number is computed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

DEFAULT_YEARLY_HOURS = 1695.0  # a Norwegian full-time year (37.5 h/week, holidays and public holidays off)


class RoiInputError(ValueError):
    """An input that makes a figure meaningless (a negative volume, zero yearly hours …)."""


def _non_negative(name: str, value: float) -> float:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        raise RoiInputError(f"{name} is missing")
    if value < 0:
        raise RoiInputError(f"{name} cannot be negative (got {value})")
    return float(value)


def hours_saved(items: float, baseline_minutes: float, human_minutes: float) -> float:
    """items × (baseline minutes − human minutes per item) / 60.

    `human_minutes` is the average minutes a person still spends per item after
    automation (touch time over all items, straight-through items count as 0). The
    result is negative when the new way takes longer than the old one: that is shown,
    not hidden.
    """
    items = _non_negative("items", items)
    baseline_minutes = _non_negative("baseline minutes per item", baseline_minutes)
    human_minutes = _non_negative("human minutes per item", human_minutes)
    return items * (baseline_minutes - human_minutes) / 60.0


def fte(hours: float, yearly_hours: float = DEFAULT_YEARLY_HOURS) -> float:
    """Full-time equivalents: hours / yearly hours of one full-time employee."""
    if yearly_hours is None or yearly_hours <= 0:
        raise RoiInputError("yearly hours per full-time employee must be greater than zero")
    return hours / yearly_hours


def cost_saved(hours: float, hourly_cost: float) -> float:
    """Hours saved × fully loaded hourly cost (NOK)."""
    return hours * _non_negative("hourly cost", hourly_cost)


@dataclass(frozen=True)
class Investment:
    """One-off costs of a pilot, plus what it costs to run per month (all NOK)."""

    licences: float = 0.0
    hardware: float = 0.0
    implementation: float = 0.0
    training: float = 0.0
    monthly_running: float = 0.0

    def __post_init__(self) -> None:
        for name in ("licences", "hardware", "implementation", "training", "monthly_running"):
            _non_negative(name.replace("_", " "), getattr(self, name))

    @property
    def one_off(self) -> float:
        return self.licences + self.hardware + self.implementation + self.training


def payback_months(investment: Investment, monthly_saving: float) -> float | None:
    """Months until the cumulative net saving covers the one-off investment.

    Net monthly saving = monthly cost saved − monthly running cost. None when it is not
    positive (the investment is never paid back); 0 when nothing was invested.
    """
    net = monthly_saving - investment.monthly_running
    if investment.one_off == 0:
        return 0.0
    if net <= 0:
        return None
    return investment.one_off / net


def roi_percent(investment: Investment, monthly_saving: float, months: float = 12.0) -> float | None:
    """(savings − costs) / costs × 100 over `months` (default: the first year).

    Costs = one-off investment + running cost for the period. None when nothing was spent.
    """
    months = _non_negative("months", months)
    costs = investment.one_off + investment.monthly_running * months
    if costs == 0:
        return None
    return (monthly_saving * months - costs) / costs * 100.0


def payback_curve(investment: Investment, monthly_savings: Sequence[float]) -> list[float]:
    """Cumulative net position per month: −one-off + Σ (saving − running cost).

    Month 0 is the day of the investment; the curve crosses zero at payback.
    """
    position = -investment.one_off
    curve = [position]
    for saving in monthly_savings:
        position += saving - investment.monthly_running
        curve.append(position)
    return curve


def straight_through_rate(items: int, straight_through: int) -> float | None:
    """Share of automatic items that took effect without any human touch (0–1)."""
    if items <= 0:
        return None
    return max(0, min(straight_through, items)) / items


def error_reduction_percent(baseline_error_rate: float, measured_error_rate: float) -> float | None:
    """How much the error (correction) rate fell, as % of the baseline rate."""
    if baseline_error_rate <= 0:
        return None
    return (baseline_error_rate - measured_error_rate) / baseline_error_rate * 100.0


# --- Quick-win finder ------------------------------------------------------------------

RULE_BASED_FACTOR = {1: 0.1, 2: 0.3, 3: 0.5, 4: 0.7, 5: 0.9}
DATA_FACTOR = {"none": 0.3, "partial": 0.7, "available": 1.0}


@dataclass(frozen=True)
class ProcessFacts:
    name: str
    volume_per_month: float
    minutes_per_item: float
    hourly_cost: float
    rule_based: int  # 1 = judgement every time … 5 = fully rule-based
    data_availability: str  # none / partial / available
    error_rate_pct: float = 0.0
    key: object = None


@dataclass
class Ranking:
    facts: ProcessFacts
    hours_per_month: float
    potential: float  # 0–1: share of the time that automation can plausibly take over
    addressable_hours_per_month: float
    addressable_cost_per_year: float
    score: float
    rule_factor: float = 0.0
    data_factor: float = 0.0
    rework_bonus: float = 0.0
    reasons: list[str] = field(default_factory=list)


def automation_potential(rule_based: int, data_availability: str, error_rate_pct: float = 0.0) -> float:
    """0–1: rule-based factor × data factor, plus a small bonus for error-prone work.

    Rule-based 1–5 → 0.1, 0.3, 0.5, 0.7, 0.9; data none/partial/available → 0.3/0.7/1.0;
    rework above 5 % adds up to 0.1 (rework is what checks catch), capped at 1.
    """
    if rule_based not in RULE_BASED_FACTOR:
        raise RoiInputError("how rule-based the process is must be a number from 1 to 5")
    if data_availability not in DATA_FACTOR:
        raise RoiInputError("data availability must be one of: none, partial, available")
    error_rate_pct = _non_negative("error rate", error_rate_pct)
    bonus = min(0.1, max(0.0, error_rate_pct - 5.0) / 100.0)
    return min(1.0, RULE_BASED_FACTOR[rule_based] * DATA_FACTOR[data_availability] + bonus)


def rank_processes(processes: Iterable[ProcessFacts]) -> list[Ranking]:
    """Processes by automation potential × time consumed, biggest first, with reasons."""
    ranked = []
    for facts in processes:
        volume = _non_negative("volume per month", facts.volume_per_month)
        minutes = _non_negative("minutes per item", facts.minutes_per_item)
        hours = volume * minutes / 60.0
        potential = automation_potential(facts.rule_based, facts.data_availability, facts.error_rate_pct)
        addressable = hours * potential
        base = RULE_BASED_FACTOR[facts.rule_based] * DATA_FACTOR[facts.data_availability]
        factors = (f"rule-based {facts.rule_based}/5 → {RULE_BASED_FACTOR[facts.rule_based]:.1f} × "
                   f"data {facts.data_availability} → {DATA_FACTOR[facts.data_availability]:.1f} = {base:.2f}")
        if potential > base:
            factors += f"; rework {facts.error_rate_pct:g} % adds {potential - base:.2f}"
        reasons = [
            f"{volume:g} items/month × {minutes:g} min = {hours:.1f} h/month",
            factors,
            f"potential {potential:.2f} × {hours:.1f} h = {addressable:.1f} h/month addressable",
        ]
        ranked.append(Ranking(
            facts=facts, hours_per_month=hours, potential=potential, addressable_hours_per_month=addressable,
            addressable_cost_per_year=addressable * 12 * facts.hourly_cost, score=addressable, reasons=reasons,
            rule_factor=RULE_BASED_FACTOR[facts.rule_based], data_factor=DATA_FACTOR[facts.data_availability],
            rework_bonus=potential - base,
        ))
    ranked.sort(key=lambda ranking: (-ranking.score, ranking.facts.name))
    return ranked


# --- Budget --------------------------------------------------------------------------

def ai_budget_band(it_budget: float, low_pct: float = 2.0, high_pct: float = 5.0) -> tuple[float, float]:
    """The recommended AI share of the IT budget: (2 %, 5 %) of it by default."""
    it_budget = _non_negative("IT budget", it_budget)
    if not 0 <= low_pct <= high_pct <= 100:
        raise RoiInputError("the AI band must satisfy 0 ≤ low ≤ high ≤ 100 %")
    return it_budget * low_pct / 100.0, it_budget * high_pct / 100.0
