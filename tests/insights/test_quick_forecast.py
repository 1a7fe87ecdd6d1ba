"""The quick model search for large batches: no AutoARIMA search, the airline model in its
place, and forecasts as usable as the full search's (ordered intervals, sensible level)."""

import math
from datetime import date

import pytest

from fornuft.insights import forecasting
from fornuft.insights.series import Observation, RawSeries, Step
from fornuft.ml.forecast import forecast

MONTHLY = [1000 + 8 * k + 200 * math.sin(2 * math.pi * k / 12) + (37 * k % 11) for k in range(72)]


def test_quick_search_uses_the_airline_model_instead_of_the_autoarima_search():
    result = forecast(MONTHLY, 12, 12, quick=True)
    assert "AutoARIMA" not in result.backtest and "Ensemble" not in result.backtest
    assert {"ARIMA", "QuickEnsemble", "AutoETS", "AutoTheta", "SeasonalNaive"} == set(result.backtest)
    bands = zip(result.lo95, result.lo80, result.mean, result.hi80, result.hi95, strict=True)
    for lo95, lo80, mean, hi80, hi95 in bands:
        assert lo95 <= lo80 <= mean <= hi80 <= hi95
    # The seasonal pattern carries on: next December-like peak above the next trough.
    assert max(result.mean) - min(result.mean) > 200


def test_quick_and_full_search_agree_on_the_level():
    quick, full = forecast(MONTHLY, 12, 12, quick=True), forecast(MONTHLY, 12, 12)
    assert sum(quick.mean) == pytest.approx(sum(full.mean), rel=0.05)


def test_large_batches_switch_to_the_quick_search(monkeypatch):
    step = Step(months=1)
    raws = [
        RawSeries(
            f"s{i}", [Observation(k + 2, step.add(date(2020, 1, 1), k), v + i) for k, v in enumerate(MONTHLY[:40])]
        )
        for i in range(3)
    ]
    monkeypatch.setattr(forecasting, "QUICK_FROM", 3)  # three series count as a large batch here
    results = forecasting.forecast_series(raws, 6, jobs=1)
    assert all("ARIMA" in r.backtest and "AutoARIMA" not in r.backtest for r in results)
    assert forecasting.forecast_series(raws[:2], 6, jobs=1)[0].backtest.get("AutoARIMA") is not None
