"""Risk that a running project ends more than 10 % over budget or late, learned from finished
projects; plain Python shaped like scikit-learn (no Django).

    model = ProjectRiskModel(random_state=0).fit(snapshots, outcomes)
    model.predict_proba(snapshots)           # risk 0..1 per snapshot
    model.similar_overrun(snapshot)          # median final overrun of the nearest finished projects

A snapshot is a plain dict describing one project at one status date:
    {"cpi": [..], "spi_t": [..]      # per status period, oldest first (None where undefined)
     "cost_overrun": float,          # EAC / BAC - 1
     "schedule_overrun": float,      # forecast duration / planned duration - 1
     "percent_complete": float,      # EV / BAC
     "elapsed": float}               # AT / planned duration
An outcome is {"cost_overrun": float, "schedule_overrun": float} at the finish.
"""

from __future__ import annotations

import math

import numpy as np

OVERRUN_LIMIT = 0.10
FEATURES = (
    "cost_overrun",
    "schedule_overrun",
    "percent_complete",
    "elapsed",
    "cpi_last",
    "cpi_trend",
    "cpi_falling_periods",
    "spi_t_last",
    "spi_t_trend",
    "cpi_recent",
    "cost_overrun_recent",
    "schedule_overrun_recent",
)


def _clip(value: float, low: float = -1.0, high: float = 3.0) -> float:
    if value is None or not math.isfinite(value):
        return 0.0
    return max(low, min(high, value))


def falling_periods(values: list) -> int:
    """How many consecutive periods, ending at the latest, the value has fallen."""
    clean = [v for v in values if v is not None]
    count = 0
    for later, earlier in zip(reversed(clean), list(reversed(clean))[1:], strict=False):
        if later < earlier - 1e-9:
            count += 1
        else:
            break
    return count


def _trend(values: list, periods: int = 3) -> float:
    clean = [v for v in values if v is not None]
    if len(clean) < 2:
        return 0.0
    return clean[-1] - clean[-min(len(clean), periods + 1)]


def features(snapshot: dict) -> list[float]:
    cpi = snapshot.get("cpi") or []
    spi_t = snapshot.get("spi_t") or []
    cpi_clean = [v for v in cpi if v is not None]
    spi_clean = [v for v in spi_t if v is not None]
    return [
        _clip(snapshot.get("cost_overrun", 0.0)),
        _clip(snapshot.get("schedule_overrun", 0.0)),
        _clip(snapshot.get("percent_complete", 0.0), 0, 1),
        _clip(snapshot.get("elapsed", 0.0), 0, 3),
        _clip(cpi_clean[-1] if cpi_clean else 1.0, 0, 3),
        _clip(_trend(cpi), -2, 2),
        float(min(falling_periods(cpi), 6)),
        _clip(spi_clean[-1] if spi_clean else 1.0, 0, 3),
        _clip(_trend(spi_t), -2, 2),
        _clip(recent_cpi(snapshot.get("ev") or [], snapshot.get("ac") or [], cpi_clean[-1] if cpi_clean else 1.0),
              0, 3),
        _clip(recent_cost_overrun(snapshot)),
        _clip(recent_schedule_overrun(snapshot)),
    ]


def recent_cost_overrun(snapshot: dict) -> float:
    """EAC / BAC - 1 with the work left done at the last periods' efficiency:
    EAC = AC + (BAC - EV) / CPI(recent). A project that has turned (better or worse) shows it
    here while its cumulative CPI still carries the past."""
    ev, ac = snapshot.get("ev") or [], snapshot.get("ac") or []
    done = snapshot.get("percent_complete") or 0.0
    if not ev or not ac or done <= 0:
        return snapshot.get("cost_overrun", 0.0) or 0.0
    bac = ev[-1] / done
    cpi_now = ev[-1] / ac[-1] if ac[-1] > 0 else 1.0
    recent = max(0.2, recent_cpi(ev, ac, cpi_now))
    return (ac[-1] + max(0.0, bac - ev[-1]) / recent) / bac - 1 if bac > 0 else 0.0


def recent_schedule_overrun(snapshot: dict, periods: int = 2) -> float:
    """Forecast duration / planned - 1 with the time left run at the last periods' SPI(t)
    (earned schedule gained per day elapsed)."""
    es, at = snapshot.get("es") or [], snapshot.get("at") or []
    planned = snapshot.get("planned_days") or 0
    if len(es) <= periods or len(at) <= periods or planned <= 0 or at[-1] <= 0:
        return snapshot.get("schedule_overrun", 0.0) or 0.0
    elapsed = at[-1] - at[-1 - periods]
    rate = (es[-1] - es[-1 - periods]) / elapsed if elapsed > 0 else 1.0
    rate = max(0.2, rate)
    return (at[-1] + max(0.0, planned - es[-1]) / rate) / planned - 1


def recent_cpi(ev: list, ac: list, fallback: float, periods: int = 2) -> float:
    """CPI of the last `periods` status periods alone (ΔEV / ΔAC): shows a turn before the
    cumulative CPI does."""
    if len(ev) <= periods or len(ac) <= periods:
        return fallback
    spent = ac[-1] - ac[-1 - periods]
    return (ev[-1] - ev[-1 - periods]) / spent if spent > 0 else fallback


def ends_over(outcome: dict) -> bool:
    return outcome["cost_overrun"] > OVERRUN_LIMIT or outcome["schedule_overrun"] > OVERRUN_LIMIT


class ProjectRiskModel:
    """Logistic regression on earned-value features, with the finished projects kept for
    "similar projects overran N %" (nearest neighbours in the standardized feature space)."""

    def __init__(self, C: float = 1.0, neighbours: int = 15, max_kept: int = 800, random_state: int | None = 0):
        self.C = C
        self.neighbours = neighbours
        self.max_kept = max_kept
        self.random_state = random_state

    def fit(self, snapshots: list[dict], outcomes: list[dict]) -> ProjectRiskModel:
        from sklearn.linear_model import LogisticRegression

        X = np.array([features(s) for s in snapshots], dtype=float)
        y = np.array([ends_over(o) for o in outcomes], dtype=int)
        if len(set(y.tolist())) < 2:
            raise ValueError("the finished projects need both outcomes (over and within 10 %) to learn from")
        self.mean_ = X.mean(axis=0)
        self.scale_ = X.std(axis=0) + 1e-9
        Z = (X - self.mean_) / self.scale_
        classifier = LogisticRegression(C=self.C, max_iter=1000).fit(Z, y)
        self.coef_ = classifier.coef_[0].copy()
        self.intercept_ = float(classifier.intercept_[0])
        rng = np.random.default_rng(self.random_state)
        keep = np.arange(len(Z))
        if len(keep) > self.max_kept:
            keep = rng.choice(keep, self.max_kept, replace=False)
        self.kept_ = Z[keep]
        self.kept_cost_ = np.array([outcomes[i]["cost_overrun"] for i in keep], dtype=float)
        self.kept_schedule_ = np.array([outcomes[i]["schedule_overrun"] for i in keep], dtype=float)
        self.n_training_ = len(Z)
        return self

    def _z(self, snapshots: list[dict]) -> np.ndarray:
        X = np.array([features(s) for s in snapshots], dtype=float)
        # A model saved before features were added (new ones go last) reads the ones it knows.
        X = X[:, : len(self.mean_)]
        return (X - self.mean_) / self.scale_

    def predict_proba(self, snapshots: list[dict]) -> list[float]:
        logits = self._z(snapshots) @ self.coef_ + self.intercept_
        return (1 / (1 + np.exp(-np.clip(logits, -30, 30)))).tolist()

    def similar_overrun(self, snapshot: dict) -> dict:
        """Median final cost and schedule overrun of the nearest finished projects."""
        z = self._z([snapshot])[0]
        distance = ((self.kept_ - z) ** 2).sum(axis=1)
        nearest = np.argsort(distance)[: self.neighbours]
        return {
            "cost_overrun": float(np.median(self.kept_cost_[nearest])),
            "schedule_overrun": float(np.median(self.kept_schedule_[nearest])),
            "count": len(nearest),
        }

    def contributions(self, snapshot: dict) -> dict[str, float]:
        """Each feature's share of the log-odds (coefficient × standardized value)."""
        z = self._z([snapshot])[0]
        return dict(zip(FEATURES, (self.coef_ * z).tolist(), strict=True))

    # Plain-JSON form: the fitted numbers only, loaded without scikit-learn (the CLI starts fast)
    # and never unpickled.
    def to_dict(self) -> dict:
        return {
            "format": 2,
            "params": {
                "C": self.C,
                "neighbours": self.neighbours,
                "max_kept": self.max_kept,
                "random_state": self.random_state,
            },
            "features": list(FEATURES),
            "mean": self.mean_.tolist(),
            "scale": self.scale_.tolist(),
            "coef": self.coef_.tolist(),
            "intercept": float(self.intercept_),
            "kept": np.round(self.kept_, 4).tolist(),
            "kept_cost": np.round(self.kept_cost_, 4).tolist(),
            "kept_schedule": np.round(self.kept_schedule_, 4).tolist(),
            "n_training": self.n_training_,
        }

    @classmethod
    def from_dict(cls, data: dict) -> ProjectRiskModel:
        if data.get("format") != 2 or data.get("features") != list(FEATURES)[: len(data.get("features") or [])]:
            raise ValueError("the risk model file is of another format: fit it again")
        model = cls(**data["params"])
        model.mean_ = np.array(data["mean"], dtype=float)
        model.scale_ = np.array(data["scale"], dtype=float)
        model.coef_ = np.array(data["coef"], dtype=float)
        model.intercept_ = float(data["intercept"])
        model.kept_ = np.array(data["kept"], dtype=float)
        model.kept_cost_ = np.array(data["kept_cost"], dtype=float)
        model.kept_schedule_ = np.array(data["kept_schedule"], dtype=float)
        model.n_training_ = int(data["n_training"])
        return model
