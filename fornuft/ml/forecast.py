"""Forecasts with honest intervals: statsforecast's models, chosen per series by a
rolling-origin backtest, compared with seasonal naive. Plain numpy in and out; no Django.

`forecast(y, horizon, season_length)` tries the candidates on the last few windows of the
history (each window: fit on what came before, forecast `horizon` ahead, score by MASE),
picks the one with the lowest mean MASE, fits it on all the history and returns the mean
and the 80 % and 95 % intervals. An optional calendar regressor `x` (e.g. Easter days per
period) is estimated on seasonal differences and, when it matters, taken out before the
fit and put back into the forecast.

`quick=True` is for large batches (see `fornuft.insights.forecasting.QUICK_FROM`): the ARIMA
candidate is the fixed airline model ARIMA(0,1,1)(0,1,1)ₛ (or (0,1,1) with drift without a
season) instead of AutoARIMA's stepwise search, which costs about ten times the rest of a
series' work; ETS tries the additive-error forms only; and the chosen model's parameters
from the backtest are carried forward to the full history instead of being estimated again."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

LEVELS = (80, 95)
MAX_WINDOWS = 3
MAX_HISTORY = 520  # older history adds time, not accuracy
MAX_ARIMA_SEASON = 12  # seasonal ARIMA with long seasons is very slow
MAX_ETS_SEASON = 24


@dataclass
class Forecast:
    model: str
    mean: list[float]
    lo80: list[float]
    hi80: list[float]
    lo95: list[float]
    hi95: list[float]
    backtest: dict[str, float] = field(default_factory=dict)  # model -> mean MASE
    windows: int = 0
    holiday_effect: float | None = None

    @property
    def naive_name(self) -> str:
        return next((name for name in self.backtest if name in ("SeasonalNaive", "Naive")), "")


def _models(name: str, season: int, n: int, quick: bool = False):
    from statsforecast.models import ARIMA, AutoARIMA, AutoETS, AutoTheta, Naive, SeasonalNaive

    seasonal = season > 1 and n >= 2 * season + 2
    if name == "SeasonalNaive":
        return SeasonalNaive(season_length=season)
    if name == "Naive":
        return Naive()
    if name == "AutoETS":
        # Quick: additive errors only — six ETS forms to fit instead of fifteen.
        return AutoETS(season_length=season if seasonal and season <= MAX_ETS_SEASON else 1,
                       model="AZZ" if quick else "ZZZ")
    if name == "AutoTheta":
        return AutoTheta(season_length=season if seasonal else 1)
    if name == "AutoARIMA":
        return AutoARIMA(season_length=season if seasonal and season <= MAX_ARIMA_SEASON else 1)
    if name == "ARIMA":  # the airline model: the classic default for seasonal business series
        if seasonal and season <= MAX_ARIMA_SEASON:
            return ARIMA(order=(0, 1, 1), seasonal_order=(0, 1, 1), season_length=season)
        return ARIMA(order=(0, 1, 1), include_drift=True)
    raise ValueError(name)


ENSEMBLE = ("AutoETS", "AutoTheta", "AutoARIMA")
QUICK_ENSEMBLE = ("AutoETS", "AutoTheta", "ARIMA")


def _members(name: str) -> tuple[str, ...]:
    if name == "Ensemble":
        return ENSEMBLE
    if name == "QuickEnsemble":
        return QUICK_ENSEMBLE
    return (name,)


def candidates(n: int, season: int, quick: bool = False) -> list[str]:
    naive = "SeasonalNaive" if season > 1 and n >= season else "Naive"
    if n < 4:
        return [naive]
    names = [naive, "AutoETS", "AutoTheta"]
    if n >= 10:
        names += ["ARIMA", "QuickEnsemble"] if quick else ["AutoARIMA", "Ensemble"]
    return names


def _as_result(out, season: int) -> dict:
    import numpy as np

    result = {"mean": np.asarray(out["mean"], dtype=float)}
    for level in LEVELS:
        if f"lo-{level}" not in out:  # a backtest window: the mean is all it needs
            continue
        result[f"lo{level}"] = np.asarray(out[f"lo-{level}"], dtype=float)
        result[f"hi{level}"] = np.asarray(out[f"hi-{level}"], dtype=float)
    for key, values in result.items():
        if not np.all(np.isfinite(values)):
            result[key] = np.where(np.isfinite(values), values, result["mean"])
    return result


class _Candidate:
    """One model fitted once; later windows and the final forecast reuse its parameters
    (statsforecast's `forward`), which makes a rolling-origin backtest cheap."""

    def __init__(self, name: str, season: int, quick: bool = False):
        self.name, self.season, self.model, self.quick = name, season, None, quick

    def fit(self, y) -> _Candidate:
        self.model = _models(self.name, self.season, len(y), self.quick)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                self.model.fit(y=y)
            except Exception:  # noqa: BLE001 - a model that cannot fit this series falls back to naive
                self.model = _models("Naive", self.season, len(y)).fit(y=y)
        return self

    def predict(self, y, horizon: int, intervals: bool = True) -> dict:
        # Intervals cost more than the mean (Theta samples them, ETS and ARIMA call scipy's
        # quantiles), and a backtest window scores the mean only.
        level = {"level": list(LEVELS)} if intervals else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                out = self.model.forward(y=y, h=horizon, **level)
            except Exception:  # noqa: BLE001
                out = _models("Naive", self.season, len(y)).forecast(y=y, h=horizon, **level)
        return _as_result(out, self.season)


def _predict(name: str, fitted: dict, y, horizon: int, intervals: bool = True, cache: dict | None = None) -> dict:
    """The forecast of candidate `name`; `cache` (one per window) keeps each member's
    forecast so an ensemble does not compute its members a second time."""
    import numpy as np

    def member(key: str) -> dict:
        if cache is None:
            return fitted[key].predict(y, horizon, intervals)
        if key not in cache:
            cache[key] = fitted[key].predict(y, horizon, intervals)
        return cache[key]

    if name in ("Ensemble", "QuickEnsemble"):
        parts = [member(m) for m in _members(name) if m in fitted]
        return {key: np.mean([p[key] for p in parts], axis=0) for key in parts[0]}
    return member(name)


def _fit_one(name: str, y, horizon: int, season: int) -> dict:
    fitted = {member: _Candidate(member, season).fit(y) for member in _members(name)}
    return _predict(name, fitted, y, horizon)


def scale(y, season: int) -> float:
    """MASE's denominator: the in-sample mean absolute error of the seasonal naive forecast."""
    import numpy as np

    lag = season if season > 1 and len(y) > season else 1
    if len(y) <= lag:
        return float(np.mean(np.abs(y))) or 1.0
    value = float(np.mean(np.abs(y[lag:] - y[:-lag])))
    return value if value > 0 else (float(np.mean(np.abs(y))) or 1.0)


def backtest(
    y, horizon: int, season: int, names: list[str], windows: int = MAX_WINDOWS, quick: bool = False
) -> tuple[dict, int, dict]:
    """Mean MASE of each model over rolling origins (the last `windows` blocks of `horizon`),
    and the fitted candidates (fitted on the history before the first origin)."""
    import numpy as np

    n = len(y)
    minimum = max(2 * season + 2 if season > 1 else 0, 2 * horizon, 8)
    usable = max(0, min(windows, (n - minimum) // horizon))
    if usable == 0:
        return {}, 0, {}
    first_cut = n - usable * horizon
    members = {m for name in names for m in _members(name)}
    fitted = {m: _Candidate(m, season, quick).fit(y[:first_cut]) for m in sorted(members)}
    scores = {name: [] for name in names}
    for w in range(usable, 0, -1):
        cut = n - w * horizon
        train, test = y[:cut], y[cut : cut + horizon]
        denominator = scale(train, season)
        window: dict = {}
        for name in names:
            predicted = _predict(name, fitted, train, horizon, intervals=False, cache=window)["mean"][: len(test)]
            scores[name].append(float(np.mean(np.abs(test - predicted))) / denominator)
    return {name: float(np.mean(v)) for name, v in scores.items() if v}, usable, fitted


def _holiday_effect(y, x, season: int) -> float | None:
    """The effect per unit of `x` estimated on seasonal differences, or None when it is not
    clearly there (|t| < 2.5, or fewer than three periods where x changes)."""
    import numpy as np

    lag = season if season > 1 and len(y) > season + 3 else 1
    dy = y[lag:] - y[:-lag]
    dx = x[lag:] - x[:-lag]
    if np.count_nonzero(dx) < 3:
        return None
    beta = float(np.dot(dx, dy) / np.dot(dx, dx))
    residual = dy - beta * dx
    sigma = float(np.sqrt(np.sum(residual**2) / max(1, len(dy) - 1)))
    se = sigma / float(np.sqrt(np.dot(dx, dx)))
    if se == 0 or abs(beta / se) < 2.5:
        return None
    return beta


def forecast(
    values,
    horizon: int,
    season_length: int = 1,
    *,
    x=None,
    x_future=None,
    nonnegative: bool | None = None,
    windows: int = MAX_WINDOWS,
    refit: bool = True,
    quick: bool = False,
) -> Forecast:
    """The best model's forecast of `values` for `horizon` periods, with 80/95 % intervals."""
    import numpy as np

    if horizon < 1:
        raise ValueError("The horizon must be at least 1.")
    y = np.asarray(values, dtype=float)
    if len(y) == 0:
        raise ValueError("No history to forecast from.")
    if nonnegative is None:
        nonnegative = bool(np.all(y >= 0))
    season = max(1, int(season_length))
    effect = None
    if x is not None and x_future is not None and len(y) >= 2 * max(season, 4):
        x = np.asarray(x, dtype=float)
        effect = _holiday_effect(y, x, season)
        if effect is not None:
            y = y - effect * x
    if len(y) > MAX_HISTORY:
        y = y[-MAX_HISTORY:]
    names = candidates(len(y), season, quick)
    refit = refit and not quick
    scores, used, fitted = backtest(y, horizon, season, names, windows, quick) if len(names) > 1 else ({}, 0, {})
    chosen = min(scores, key=scores.get) if scores else ("AutoETS" if len(names) > 1 else names[0])
    if refit or not fitted:
        result = _fit_one(chosen, y, horizon, season)
    else:
        result = _predict(chosen, fitted, y, horizon)
    if effect is not None:
        shift = effect * np.asarray(x_future, dtype=float)[:horizon]
        result = {key: value + shift for key, value in result.items()}
    if nonnegative:
        result = {key: np.maximum(value, 0.0) for key, value in result.items()}
    # Bands that cross (possible after clipping or with an ensemble) are put in order.
    result["lo95"] = np.minimum(result["lo95"], result["lo80"])
    result["hi95"] = np.maximum(result["hi95"], result["hi80"])
    result["lo80"] = np.minimum(result["lo80"], result["mean"])
    result["hi80"] = np.maximum(result["hi80"], result["mean"])
    result["lo95"] = np.minimum(result["lo95"], result["lo80"])
    result["hi95"] = np.maximum(result["hi95"], result["hi80"])
    return Forecast(
        chosen,
        *[list(map(float, result[k])) for k in ("mean", "lo80", "hi80", "lo95", "hi95")],
        backtest=scores,
        windows=used,
        holiday_effect=effect,
    )
