"""Win probability of a quote from its price, and the price that maximises expected margin.

`WinModel` is a logistic regression (scikit-learn) on won/lost quotes: the markup
log(price / cost) with its own slope per segment and per service (shrunk towards the
common slope by the L2 penalty), the segment and service, the size (log cost) and the
season (month on a circle). `suggest(model, quote)` scans prices between the lowest and
highest markups seen, and returns the price with the highest (price − cost) × P(win).
Plain Python; no Django."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

MIN_BIDS = 30
MIN_EACH = 5  # wins and losses needed
GRID = 241
RANGE_SHARE = 0.95  # the price range keeps at least this share of the best expected margin


@dataclass
class Bid:
    day: date | None
    segment: str
    service: str
    cost: float
    price: float
    won: int


def _month_features(day: date | None) -> tuple[float, float]:
    if day is None:
        return 0.0, 0.0
    angle = 2 * math.pi * (day.month - 1) / 12
    return math.sin(angle), math.cos(angle)


class WinModel:
    """P(win | price, cost, segment, service, month). Shaped like a scikit-learn estimator."""

    def __init__(self, C: float = 3.0, random_state: int = 0):
        self.C = C
        self.random_state = random_state

    def _row(self, segment: str, service: str, cost: float, ratio: float, day: date | None) -> list[float]:
        markup = math.log(ratio)
        segments = [1.0 if segment == s else 0.0 for s in self.segments_]
        services = [1.0 if service == s else 0.0 for s in self.services_]
        size = (math.log(max(cost, 1e-9)) - self.size_mean_) / self.size_scale_
        sin, cos = _month_features(day)
        return [
            markup / self.markup_scale_,
            *segments,
            *services,
            *[markup / self.markup_scale_ * v for v in segments],
            *[markup / self.markup_scale_ * v for v in services],
            size,
            sin,
            cos,
        ]

    def fit(self, bids: list[Bid]) -> WinModel:
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        self.segments_ = sorted({b.segment for b in bids})
        self.services_ = sorted({b.service for b in bids})
        sizes = np.log([max(b.cost, 1e-9) for b in bids])
        self.size_mean_ = float(sizes.mean())
        self.size_scale_ = float(sizes.std()) or 1.0
        markups = np.log([b.price / b.cost for b in bids])
        self.markup_scale_ = float(markups.std()) or 1.0
        X = np.array([self._row(b.segment, b.service, b.cost, b.price / b.cost, b.day) for b in bids])
        y = np.array([b.won for b in bids])
        self.model_ = LogisticRegression(C=self.C, max_iter=2000, random_state=self.random_state).fit(X, y)
        self.n_bids_ = len(bids)
        return self

    def predict_proba(self, segment: str, service: str, cost: float, ratios, day: date | None = None):
        import numpy as np

        X = np.array([self._row(segment, service, cost, r, day) for r in ratios])
        return self.model_.predict_proba(X)[:, 1]

    def slope(self, segment: str, service: str) -> float:
        """d logit / d log(markup) for this segment and service (negative: dearer loses more)."""
        coef = self.model_.coef_[0]
        s, v = len(self.segments_), len(self.services_)
        value = coef[0]
        if segment in self.segments_:
            value += coef[1 + s + v + self.segments_.index(segment)]
        if service in self.services_:
            value += coef[1 + 2 * s + v + self.services_.index(service)]
        return float(value / self.markup_scale_)


@dataclass
class Suggestion:
    suggested_price: float
    win_probability: float
    expected_margin: float
    price_range: tuple[float, float]
    explanation: list[str]
    fallback: bool = False
    curve: list[dict] = field(default_factory=list)  # price, win_probability, expected_margin

    def as_json(self) -> dict:
        return {
            "suggested_price": round(self.suggested_price, 2),
            "win_probability": round(self.win_probability, 4),
            "expected_margin": round((round(self.suggested_price, 2) - self._cost) * round(self.win_probability, 4), 2),
            "price_range": [round(self.price_range[0], 2), round(self.price_range[1], 2)],
            "explanation": self.explanation,
        }

    _cost: float = 0.0


def _enough(bids: list[Bid]) -> tuple[bool, str]:
    wins = sum(b.won for b in bids)
    losses = len(bids) - wins
    if len(bids) < MIN_BIDS:
        return False, f"only {len(bids)} earlier quotes (at least {MIN_BIDS} are needed)"
    if wins < MIN_EACH or losses < MIN_EACH:
        return False, f"{wins} won and {losses} lost (at least {MIN_EACH} of each are needed)"
    return True, ""


def fallback(bids: list[Bid], segment: str, service: str, cost: float, markup: float, reason: str) -> Suggestion:
    """The company's markup rule, with the historical win rate where there is one."""
    similar = [b for b in bids if b.segment == segment and b.service == service] or bids
    rate = sum(b.won for b in similar) / len(similar) if similar else 0.5
    price = cost * (1 + markup)
    explanation = [
        f"Too little history for a price model: {reason}.",
        f"The price follows the markup rule: cost {cost:,.0f} + {markup:.0%} = {price:,.0f}.",
        (
            f"Win rate of {len(similar)} similar earlier quotes: {rate:.0%}."
            if similar
            else "No earlier quotes: the win probability 50 % is a placeholder, not an estimate."
        ),
    ]
    s = Suggestion(
        price,
        rate,
        (price - cost) * rate,
        (cost * (1 + markup * 0.8), cost * (1 + markup * 1.2)),
        explanation,
        fallback=True,
    )
    s._cost = cost
    return s


def suggest(
    bids: list[Bid],
    segment: str,
    service: str,
    cost: float,
    *,
    markup: float = 0.25,
    day: date | None = None,
    model: WinModel | None = None,
) -> Suggestion:
    """The price for a quote of `cost` that maximises (price − cost) × P(win)."""
    import numpy as np

    if not cost or cost <= 0:
        raise ValueError("The quote's cost must be a positive number.")
    enough, reason = _enough(bids)
    if not enough:
        return fallback(bids, segment, service, cost, markup, reason)
    seen_segment = any(b.segment == segment for b in bids)
    seen_service = any(b.service == service for b in bids)
    if not seen_segment and not seen_service:
        return fallback(
            bids,
            segment,
            service,
            cost,
            markup,
            f"no earlier quotes for the segment {segment!r} or the service {service!r}",
        )
    model = model or WinModel().fit(bids)
    if model.slope(segment, service) >= 0:
        return fallback(
            bids,
            segment,
            service,
            cost,
            markup,
            "in the history, higher prices did not lose more often, so price cannot be learned",
        )
    similar = [b for b in bids if b.segment == segment and b.service == service]
    base = similar if len(similar) >= 10 else [b for b in bids if b.segment == segment or b.service == service]
    ratios = np.array([b.price / b.cost for b in base])
    low, high = max(1.0, float(ratios.min())), float(ratios.max()) * 1.05
    grid = np.linspace(low, max(high, low * 1.01), GRID)
    probability = model.predict_proba(segment, service, cost, grid, day)
    margin = (grid - 1.0) * cost * probability
    best = int(np.argmax(margin))
    keep = np.where(margin >= RANGE_SHARE * margin[best])[0]
    price = float(grid[best] * cost)
    wins = [b for b in base if b.won]
    explanation = [
        f"Learned from {model.n_bids_} earlier quotes; {len(similar)} of them for {segment} / {service} "
        f"({sum(b.won for b in similar)} won).",
        f"Best expected margin at a markup of {grid[best] - 1:.0%} on the cost: win probability "
        f"{probability[best]:.0%}, expected margin {margin[best]:,.0f}.",
        f"Win probability {probability[0]:.0%} at a markup of {grid[0] - 1:.0%} and "
        f"{probability[-1]:.0%} at {grid[-1] - 1:.0%}: each 10 % higher price changes the odds of winning "
        f"by a factor {math.exp(model.slope(segment, service) * math.log(1.1)):.2f}.",
        f"Prices from {grid[keep[0]] * cost:,.0f} to {grid[keep[-1]] * cost:,.0f} give at least "
        f"{RANGE_SHARE:.0%} of the best expected margin.",
    ]
    if wins:
        explanation.append(
            f"Median markup of won quotes in this group: {float(np.median([b.price / b.cost for b in wins])) - 1:.0%}."
        )
    if not seen_segment or not seen_service:
        missing = f"segment {segment!r}" if not seen_segment else f"service {service!r}"
        explanation.append(f"No earlier quotes for the {missing}; the estimate leans on the other quotes.")
    if len(similar) < 10:
        explanation.append(
            f"Only {len(similar)} earlier quotes for exactly this segment and service: treat the range with care."
        )
    curve = [
        {
            "price": round(float(g * cost), 2),
            "win_probability": round(float(p), 4),
            "expected_margin": round(float(m), 2),
        }
        for g, p, m in zip(grid[::4], probability[::4], margin[::4], strict=True)
    ]
    s = Suggestion(
        price,
        float(probability[best]),
        float(margin[best]),
        (float(grid[keep[0]] * cost), float(grid[keep[-1]] * cost)),
        explanation,
        curve=curve,
    )
    s._cost = cost
    return s
