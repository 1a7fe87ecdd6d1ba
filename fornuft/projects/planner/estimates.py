"""Hours for a task from the company's history: the median of similar past tasks with a 10–90 %
range, or the template's hours scaled by how this skill's actual hours compared with its
estimates, or the template's hours with a fixed range when there is no history."""

from __future__ import annotations

import math
import statistics

from fornuft.projects.team import HistoryRow
from fornuft.projects.templates import canonical_skill, normalize


def _tokens(text: str) -> set[str]:
    return {t for t in normalize(text).split() if len(t) > 2}


def estimate_hours(name: str, skill: str, default: float, history: list[HistoryRow]) -> tuple[float, float, float, str]:
    """(hours, low, high, source) from the actual hours of similar past tasks."""
    canonical = canonical_skill(skill)
    same_skill = [r for r in history if canonical_skill(r.skill) == canonical]
    words = _tokens(name)
    similar = []
    for row in same_skill:
        other = _tokens(row.task)
        if words and other and len(words & other) / len(words | other) >= 0.3:
            similar.append(row)
    if len(similar) >= 2:
        actual = sorted(r.actual_hours for r in similar)
        low, high = _quantile(actual, 0.1), _quantile(actual, 0.9)
        return (
            round(statistics.median(actual), 1),
            round(low, 1),
            round(high, 1),
            f"history: {len(similar)} similar tasks",
        )
    ratios = [r.actual_hours / r.estimated_hours for r in same_skill if r.estimated_hours and r.estimated_hours > 0]
    if len(ratios) >= 2:
        ratio = statistics.median(ratios)
        hours = round(default * ratio, 1)
        return (
            hours,
            round(default * _quantile(sorted(ratios), 0.1), 1),
            round(default * _quantile(sorted(ratios), 0.9), 1),
            f"template × {ratio:.2f} (actual/estimated for {canonical} in {len(ratios)} past tasks)",
        )
    return default, round(default * 0.7, 1), round(default * 1.4, 1), "template (no history)"


def _quantile(sorted_values: list[float], q: float) -> float:
    if len(sorted_values) == 1:
        return sorted_values[0]
    position = q * (len(sorted_values) - 1)
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)
