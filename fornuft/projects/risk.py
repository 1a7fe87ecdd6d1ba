"""Early warning: earned-value figures + a learned risk score with reasons, per project.

    assess_status_csv(text) -> [dict]          # the `fornuft project risk` objects, one per project

The risk model learns from finished projects (fornuft/ml/project_risk.py). Until a company
has its own, the model is fitted on simulated histories (`simulate_histories`, a fixed seed,
never the ones benchmarks evaluate on).
"""

from __future__ import annotations

import functools
import json
import math
import random
from datetime import date, timedelta
from pathlib import Path

from fornuft.ml.project_risk import OVERRUN_LIMIT, ProjectRiskModel, falling_periods
from fornuft.projects.earned_value import Figures, StatusRow, compute, group_by_project, read_status_csv

TRAINING_SEED = 11
# Share of projects whose efficiency changes once (turns bad late, or recovers) added to the
# simulated training histories: without them the model reads any poor past as a poor future.
SEED_REGIME_CHANGE = 0.5
STATUS_PERIOD_DAYS = 14


def snapshot_at(history: list[dict]) -> dict:
    """The model's view of a project at the last entry of `history` (earned_value points)."""
    last = history[-1]
    return {
        "cpi": [h["cpi"] for h in history],
        "spi_t": [h["spi_t"] for h in history],
        "cost_overrun": last["cost_overrun"],
        "schedule_overrun": last["schedule_overrun"],
        "percent_complete": last["percent_complete"],
        "elapsed": last["at_days"] / last["planned_days"],
        "ev": [h["ev"] for h in history],
        "ac": [h["ac"] for h in history],
        "es": [h["es_days"] for h in history],
        "at": [h["at_days"] for h in history],
        "planned_days": last["planned_days"],
    }


def snapshot_of(figures: Figures) -> dict:
    return snapshot_at(figures.history)


def _s_curve(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return 3 * x * x - 2 * x * x * x


def simulate_project(rng: random.Random, name: str) -> tuple[list[StatusRow], dict]:
    """One finished project's fortnightly status rows and its outcome (final overruns)."""
    start = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
    planned_days = rng.randrange(60, 360)
    bac = float(rng.randrange(200, 5000) * 1000)
    troubled = rng.random() < 0.4
    if troubled:
        cost_factor = rng.uniform(1.0, 1.6) if rng.random() < 0.8 else rng.gauss(1.0, 0.04)
        schedule_factor = rng.uniform(1.0, 1.5) if rng.random() < 0.7 else max(0.9, rng.gauss(1.0, 0.04))
        onset = rng.uniform(0.0, 0.45)
    else:
        cost_factor, schedule_factor, onset = rng.gauss(1.0, 0.04), max(0.85, rng.gauss(1.0, 0.04)), 1.0
    actual_days = max(round(planned_days * schedule_factor), 1)
    onset_t = onset * planned_days
    rows: list[StatusRow] = []
    finish = start + timedelta(days=round(actual_days))
    t = STATUS_PERIOD_DAYS
    while True:
        day = min(t, round(actual_days))
        if day <= onset_t or actual_days <= onset_t:
            x = day / planned_days
        else:
            x = onset_t / planned_days + (day - onset_t) / (actual_days - onset_t) * (1 - onset_t / planned_days)
        progress = _s_curve(x)
        ev = bac * min(1.0, progress * (1 + rng.gauss(0, 0.01))) if day < actual_days else bac
        reach = min(1.0, max(0.0, (x - onset) / max(1e-9, 1 - onset))) if troubled else x
        ratio = 1 + (cost_factor - 1) * reach**0.8 + (rng.gauss(0, 0.02) if day < actual_days else 0)
        ac = ev * max(0.5, ratio)
        pv = bac * _s_curve(day / planned_days)
        rows.append(
            StatusRow(name, start + timedelta(days=day), bac, pv, ev, ac, start, start + timedelta(days=planned_days))
        )
        if day >= actual_days:
            break
        t += STATUS_PERIOD_DAYS
    outcome = {
        "cost_overrun": rows[-1].ac / bac - 1,
        "schedule_overrun": (finish - start).days / planned_days - 1,
    }
    return rows, outcome


def simulate_recovering(rng: random.Random, name: str) -> tuple[list[StatusRow], dict]:
    """A project that starts badly (cost index falling to 0.75–0.9 in its first 25–50 %) and then
    recovers clearly better than plan, ending within 10 %: the case a model that only saw
    "trouble that stays" flags wrongly."""
    start = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
    planned_days = rng.randrange(60, 360)
    bac = float(rng.randrange(200, 5000) * 1000)
    peak, final = rng.uniform(1.1, 1.3), rng.uniform(0.94, 1.08)
    turn = rng.uniform(0.25, 0.5)
    actual_days = max(round(planned_days * rng.uniform(0.96, 1.08)), 1)
    rows: list[StatusRow] = []
    t = STATUS_PERIOD_DAYS
    while True:
        day = min(t, actual_days)
        x = day / actual_days
        ratio = 1 + (peak - 1) * x / turn if x <= turn else peak + (final - peak) * (x - turn) / (1 - turn)
        ev = bac * min(1.0, _s_curve(x) * (1 + rng.gauss(0, 0.01))) if day < actual_days else bac
        ac = ev * max(0.5, ratio + (rng.gauss(0, 0.015) if day < actual_days else 0))
        pv = bac * _s_curve(day / planned_days)
        rows.append(
            StatusRow(name, start + timedelta(days=day), bac, pv, ev, ac, start, start + timedelta(days=planned_days))
        )
        if day >= actual_days:
            break
        t += STATUS_PERIOD_DAYS
    outcome = {"cost_overrun": rows[-1].ac / bac - 1, "schedule_overrun": actual_days / planned_days - 1}
    return rows, outcome


def _efficiency(rng: random.Random) -> float:
    """A team's cost or schedule efficiency in one stretch of a project: mostly on plan, often
    poor, sometimes better than plan."""
    kind = rng.random()
    if kind < 0.5:
        return rng.gauss(1.0, 0.03)
    if kind < 0.8:
        return rng.uniform(0.72, 0.93)
    return rng.uniform(1.04, 1.2)


def simulate_regime_change(rng: random.Random, name: str) -> tuple[list[StatusRow], dict]:
    """A project whose efficiency changes once and then stays changed: a good start that turns
    bad late, a bad start that recovers, or a steady one. Work progresses on a plan clock that
    advances by the schedule efficiency each period; costs grow by the earned value over the
    cost efficiency. What a status report shows of the latest periods is what the rest will be
    like, which is what earned-value forecasts from recent performance assume."""
    start = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
    planned_days = rng.randrange(60, 360)
    bac = float(rng.randrange(200, 5000) * 1000)
    switch = rng.uniform(0.1, 0.95)
    before = (_efficiency(rng), _efficiency(rng))
    after = (_efficiency(rng), _efficiency(rng)) if rng.random() < 0.7 else before
    clock = ev = ac = 0.0
    day = 0
    rows: list[StatusRow] = []
    while ev < bac - 1e-6 and day < planned_days * 4:
        day += STATUS_PERIOD_DAYS
        cost_eff, schedule_eff = before if day < switch * planned_days else after
        clock += STATUS_PERIOD_DAYS * max(0.2, schedule_eff * rng.gauss(1.0, 0.04))
        new_ev = bac * _s_curve(clock / planned_days)
        ac += (new_ev - ev) / max(0.3, cost_eff * rng.gauss(1.0, 0.04))
        ev = new_ev
        pv = bac * _s_curve(day / planned_days)
        rows.append(StatusRow(name, start + timedelta(days=day), bac, pv, ev, ac, start,
                              start + timedelta(days=planned_days)))
    outcome = {"cost_overrun": ac / bac - 1, "schedule_overrun": day / planned_days - 1}
    return rows, outcome


def simulate_histories(
    count: int, seed: int, recovering: float = 0.0, regime: float = 0.0
) -> list[tuple[list[StatusRow], dict]]:
    """`count` simulated finished projects, plus `recovering` × count that recover and `regime` ×
    count whose efficiency changes once (each drawn from a separate stream, so the others are
    the same with or without them)."""
    rng = random.Random(seed)
    histories = [simulate_project(rng, f"SIM-{seed}-{i:04d}") for i in range(count)]
    other = random.Random(seed * 7919 + 1)
    histories += [simulate_recovering(other, f"SIM-{seed}-R{i:04d}") for i in range(round(count * recovering))]
    changing = random.Random(seed * 104729 + 3)
    histories += [simulate_regime_change(changing, f"SIM-{seed}-C{i:04d}") for i in range(round(count * regime))]
    return histories


def training_pairs(histories: list[tuple[list[StatusRow], dict]]) -> tuple[list[dict], list[dict]]:
    """A snapshot at every status date before the finish, each labelled with its project's outcome."""
    snapshots, outcomes = [], []
    for rows, outcome in histories:
        history = compute(rows).history
        for end in range(1, len(rows)):
            snapshots.append(snapshot_at(history[:end]))
            outcomes.append(outcome)
    return snapshots, outcomes


DEFAULT_MODEL_FILE = Path(__file__).parent / "seed" / "risk_model.json"


def fit_default_model(projects: int = 400) -> ProjectRiskModel:
    """Fits the model on simulated finished projects (seed TRAINING_SEED)."""
    snapshots, outcomes = training_pairs(simulate_histories(projects, TRAINING_SEED, regime=SEED_REGIME_CHANGE))
    return ProjectRiskModel(random_state=0).fit(snapshots, outcomes)


@functools.lru_cache(maxsize=1)
def default_model() -> ProjectRiskModel:
    """The shipped model (fitted on simulated histories), used until a company has its own;
    fitted again when the file is missing or of another format."""
    try:
        return ProjectRiskModel.from_dict(json.loads(DEFAULT_MODEL_FILE.read_text()))
    except (OSError, ValueError, KeyError):
        return fit_default_model()


def write_default_model() -> Path:
    DEFAULT_MODEL_FILE.parent.mkdir(exist_ok=True)
    part = DEFAULT_MODEL_FILE.with_suffix(".part")
    part.write_text(json.dumps(fit_default_model().to_dict(), separators=(",", ":")))
    part.replace(DEFAULT_MODEL_FILE)
    return DEFAULT_MODEL_FILE


def _pct(value: float) -> str:
    return f"{round(value * 100):d} %"


def reasons_for(figures: Figures, snapshot: dict, model: ProjectRiskModel) -> list[str]:
    reasons: list[str] = []
    falling = falling_periods(snapshot["cpi"])
    if falling >= 2:
        reasons.append(f"CPI has fallen for {falling} periods")
    if figures.cpi is not None and figures.cost_overrun > 0.02:
        reasons.append(
            f"CPI {figures.cpi:.2f}: expected cost {figures.eac:,.0f} is {_pct(figures.cost_overrun)} over budget"
        )
    if figures.spi_t is not None and figures.schedule_overrun > 0.02:
        late = (figures.forecast_finish - figures.planned_finish).days
        reasons.append(
            f"SPI(t) {figures.spi_t:.2f}: forecast finish {figures.forecast_finish.isoformat()}, {late} days late"
        )
    if falling_periods(snapshot["spi_t"]) >= 2:
        reasons.append(f"SPI(t) has fallen for {falling_periods(snapshot['spi_t'])} periods")
    similar = model.similar_overrun(snapshot)
    worst = max(similar["cost_overrun"], similar["schedule_overrun"])
    if worst > 0.02:
        which = "overran" if similar["cost_overrun"] >= similar["schedule_overrun"] else "finished late by"
        reasons.append(f"similar projects {which} {_pct(worst)}")
    elif not reasons:
        reasons.append("cost and schedule on plan; similar projects finished within 10 %")
    return reasons


def _round(value: float | None, digits: int = 3) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return round(value, digits)


def assess(series: list[StatusRow], model: ProjectRiskModel | None = None, threshold: float = 0.5) -> dict:
    """The risk object for one project (its rows sorted by date)."""
    model = model or default_model()
    figures = compute(series)
    snapshot = snapshot_of(figures)
    risk = model.predict_proba([snapshot])[0]
    complete = figures.percent_complete >= 1.0
    if complete:  # finished: the figures are the outcome, not a forecast
        risk = 1.0 if max(figures.cost_overrun, figures.schedule_overrun) > OVERRUN_LIMIT else 0.0
    return {
        "project": figures.project,
        "cpi": _round(figures.cpi),
        "spi": _round(figures.spi),
        "spi_t": _round(figures.spi_t),
        "eac": _round(figures.eac, 2),
        "forecast_finish": figures.forecast_finish.isoformat(),
        "risk": round(float(risk), 3),
        "flag": bool(risk >= threshold),
        "reasons": reasons_for(figures, snapshot, model),
    }


def assess_status_csv(text: str, model: ProjectRiskModel | None = None) -> list[dict]:
    """One risk object per project at its latest date. StatusCsvError on a malformed file."""
    rows = read_status_csv(text)
    return [assess(series, model) for series in group_by_project(rows)]
