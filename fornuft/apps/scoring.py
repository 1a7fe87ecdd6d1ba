"""Weighted-criteria scoring: each criterion is a formula (often just a field), scaled
between its worst and best value to 0..1, weighted, and added up to a score 0..100.

    >>> weighted_score([{"name": "Budget", "formula": "budget", "weight": 2, "worst": 0, "best": 500000},
    ...                 {"name": "Fit", "formula": "fit", "weight": 1, "worst": 1, "best": 5}],
    ...                {"budget": 250000, "fit": 5})["score"]
    66.7

A criterion with best < worst counts lower values as better (days late, price). Plain Python.
"""

from __future__ import annotations

from fornuft.apps import formula

MAX_CRITERIA = 50


def check_criteria(criteria) -> list[str]:
    """Problems with a list of criteria, as sentences; empty when it is usable."""
    if not isinstance(criteria, list) or not criteria:
        return ["Add at least one criterion."]
    if len(criteria) > MAX_CRITERIA:
        return [f"At most {MAX_CRITERIA} criteria."]
    problems = []
    for number, criterion in enumerate(criteria, start=1):
        if not isinstance(criterion, dict):
            problems.append(f"Criterion {number} is not a criterion.")
            continue
        try:
            formula.parse(str(criterion.get("formula") or ""))
        except formula.FormulaError as error:
            problems.append(f"Criterion {number}: {error}")
        try:
            weight = formula.to_number(criterion.get("weight", 1))
            worst = formula.to_number(criterion.get("worst", 0))
            best = formula.to_number(criterion.get("best", 1))
        except ValueError:
            problems.append(f"Criterion {number}: weight, worst and best must be numbers.")
            continue
        if weight < 0:
            problems.append(f"Criterion {number}: the weight cannot be negative.")
        if worst == best:
            problems.append(f"Criterion {number}: worst and best cannot be the same.")
    return problems


def weighted_score(criteria: list[dict], fields: dict, parse=formula.parse) -> dict:
    """{"score": 0..100, "parts": {name: 0..100}, "explanation": text}."""
    total_weight = 0.0
    total = 0.0
    parts = {}
    notes = []
    for number, criterion in enumerate(criteria, start=1):
        name = str(criterion.get("name") or criterion.get("formula") or f"criterion {number}")
        weight = float(formula.to_number(criterion.get("weight", 1)))
        worst = float(formula.to_number(criterion.get("worst", 0)))
        best = float(formula.to_number(criterion.get("best", 1)))
        raw = formula.evaluate_tree(parse(str(criterion["formula"])), fields)
        try:
            value = float(formula.to_number(raw if raw is not None else 0))
        except ValueError:
            raise formula.FormulaError(f"Criterion '{name}' gave '{raw}', not a number.") from None
        scaled = min(1.0, max(0.0, (value - worst) / (best - worst)))
        parts[name] = round(scaled * 100, 1)
        total += scaled * weight
        total_weight += weight
        notes.append(f"{name} {parts[name]:g} × {weight:g}")
    score = round(100 * total / total_weight, 1) if total_weight else 0.0
    return {"score": score, "parts": parts, "explanation": "; ".join(notes)}
