"""Sales forecasts from a table: read, check, forecast each series (and their total), in the
shape of the `fornuft forecast` contract. Plain Python; the CLI, services and tests use it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fornuft.insights.holidays import easter_regressor
from fornuft.insights.quality import CheckedSeries, check_series
from fornuft.insights.series import RawSeries, Step, future_dates, read_series

MAX_HORIZON = 520


@dataclass
class SeriesForecast:
    checked: CheckedSeries
    model: str
    dates: list[date]
    mean: list[float]
    lo80: list[float]
    hi80: list[float]
    lo95: list[float]
    hi95: list[float]
    backtest: dict[str, float]
    windows: int
    holiday_effect: float | None

    def as_json(self) -> dict:
        return {
            "series": self.checked.name,
            "model": self.model,
            "forecast": [
                {
                    "date": d.isoformat(),
                    "mean": round(m, 4),
                    "lo80": round(a, 4),
                    "hi80": round(b, 4),
                    "lo95": round(c, 4),
                    "hi95": round(e, 4),
                }
                for d, m, a, b, c, e in zip(
                    self.dates, self.mean, self.lo80, self.hi80, self.lo95, self.hi95, strict=True
                )
            ],
            "warnings": [w.as_json() for w in self.checked.warnings],
        }

    @property
    def naive_mase(self) -> float | None:
        for name in ("SeasonalNaive", "Naive"):
            if name in self.backtest:
                return self.backtest[name]
        return None

    @property
    def model_mase(self) -> float | None:
        return self.backtest.get(self.model)


def check_horizon(horizon: int) -> None:
    if horizon < 1 or horizon > MAX_HORIZON:
        raise ValueError(f"The horizon must be between 1 and {MAX_HORIZON} periods (got {horizon}).")


def forecast_checked(
    checked: CheckedSeries, horizon: int, season_length: int | None = None, quick: bool = False
) -> SeriesForecast:
    from fornuft.ml.forecast import forecast

    if checked.step is None or not checked.values:
        return SeriesForecast(checked, "none", [], [], [], [], [], [], {}, 0, None)
    season = season_length if season_length else checked.step.season_length
    dates = future_dates(checked.dates[-1], checked.step, horizon)
    x = x_future = None
    if _calendar_matters(checked.step):
        after = checked.step.add(dates[-1])
        everything = easter_regressor(checked.dates + dates, after)
        x, x_future = everything[: len(checked.dates)], everything[len(checked.dates) :]
    result = forecast(checked.values, horizon, season, x=x, x_future=x_future, quick=quick)
    return SeriesForecast(
        checked,
        result.model,
        dates,
        result.mean,
        result.lo80,
        result.hi80,
        result.lo95,
        result.hi95,
        result.backtest,
        result.windows,
        result.holiday_effect,
    )


def _calendar_matters(step: Step) -> bool:
    """Easter moves between periods only for daily, weekly and monthly series."""
    return step.months == 1 or step.days in (1, 7)


def total_series(raws: list[RawSeries]) -> RawSeries:
    """The sum of all series per date (the company total)."""
    from fornuft.insights.series import Observation

    sums: dict[date, Observation] = {}
    for raw in raws:
        for o in raw.observations:
            current = sums.get(o.day)
            if current is None:
                sums[o.day] = Observation(o.row, o.day, o.value, o.currency)
            elif o.value is not None:
                current.value = (current.value or 0.0) + o.value
    return RawSeries("total", sorted(sums.values(), key=lambda o: o.day))


PARALLEL_FROM = 24  # series; fewer are quicker in one process
# From this many series in one run the model search is the quick one (airline ARIMA instead
# of the AutoARIMA search, parameters carried forward from the backtest): a thousand monthly
# series then take about a minute on two cores instead of about seven.
QUICK_FROM = 200


def _forecast_one(args) -> SeriesForecast:
    raw, horizon, season_length, quick = args
    checked = check_series(raw, horizon=horizon, season_length=season_length)
    return forecast_checked(checked, horizon, season_length, quick=quick)


def default_jobs() -> int:
    import os

    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def forecast_series(
    raws: list[RawSeries],
    horizon: int,
    season_length: int | None = None,
    *,
    with_total: bool = False,
    jobs: int | None = None,
    quick: bool | None = None,
) -> list[SeriesForecast]:
    """Each series checked and forecast, in order; many series are spread over `jobs`
    processes (default: the machine's cores, at most 4). `quick` (default: from
    QUICK_FROM series on) trades the AutoARIMA search for the airline model."""
    check_horizon(horizon)
    if with_total and len(raws) > 1:
        raws = [*raws, total_series(raws)]
    quick = len(raws) >= QUICK_FROM if quick is None else quick
    tasks = [(raw, horizon, season_length, quick) for raw in raws]
    jobs = default_jobs() if jobs is None else jobs
    if jobs > 1 and len(tasks) >= PARALLEL_FROM:
        import multiprocessing

        import statsforecast.models  # noqa: F401 - loaded once, before the workers fork

        context = multiprocessing.get_context("fork")
        with context.Pool(jobs) as pool:
            return pool.map(_forecast_one, tasks, chunksize=max(1, len(tasks) // (jobs * 8)))
    return [_forecast_one(task) for task in tasks]


def forecast_file(
    path: str | Path, horizon: int, season_length: int | None = None, mapping: dict[str, str] | None = None
) -> list[SeriesForecast]:
    """Each series of the file forecast; TableProblem (a ValueError) for a file that cannot be read."""
    check_horizon(horizon)
    if season_length is not None and season_length < 1:
        raise ValueError("The season length must be at least 1.")
    return forecast_series(read_series(path, mapping), horizon, season_length)
