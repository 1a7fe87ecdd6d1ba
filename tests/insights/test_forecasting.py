"""Forecasts: dates continue the series' own step, intervals are ordered and honest,
the backtest picks a model that beats seasonal naive, Easter is taken into account."""

import math
import random
from datetime import date

import pytest

from fornuft.insights.forecasting import forecast_file
from fornuft.insights.holidays import easter_regressor, easter_sunday
from fornuft.insights.series import Step, future_dates, infer_step
from fornuft.ml.forecast import forecast


def write(tmp_path, rows, header="date,value", name="s.csv"):
    path = tmp_path / name
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return path


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2024-01-31", "2024-02-29", "2024-03-31"], ["2024-04-30", "2024-05-31"]),
        (["2024-01-15", "2024-02-15", "2024-03-15"], ["2024-04-15", "2024-05-15"]),
        (["2024-01-01", "2024-04-01", "2024-07-01"], ["2024-10-01", "2025-01-01"]),
        (["2024-01-01", "2024-01-08", "2024-01-15"], ["2024-01-22", "2024-01-29"]),
        (["2024-01-03", "2024-01-04", "2024-01-05"], ["2024-01-06", "2024-01-07"]),
        (["2021-12-31", "2022-12-31", "2023-12-31"], ["2024-12-31", "2025-12-31"]),
        (["2024-01-01", "2024-01-15", "2024-01-29"], ["2024-02-12", "2024-02-26"]),
    ],
)
def test_future_dates_continue_the_series_step(dates, expected):
    days = [date.fromisoformat(d) for d in dates]
    assert [d.isoformat() for d in future_dates(days[-1], infer_step(days), 2)] == expected


def test_easter_dates():
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2025) == date(2025, 4, 20)
    assert easter_regressor([date(2024, 3, 1), date(2024, 4, 1)], date(2024, 5, 1)) == [2.0, 1.0]


def seasonal(n, seed=0):
    rng = random.Random(seed)
    return [500 + 3 * k + 120 * math.sin(2 * math.pi * k / 12) + rng.gauss(0, 10) for k in range(n)]


def test_a_seasonal_series_is_forecast_better_than_seasonal_naive_and_inside_its_bands():
    history = seasonal(72)
    future = seasonal(84)[72:]
    result = forecast(history, 12, 12)
    assert result.model != "SeasonalNaive"
    assert result.backtest[result.model] <= result.backtest["SeasonalNaive"]
    for a, b, c, d, e in zip(result.lo95, result.lo80, result.mean, result.hi80, result.hi95, strict=True):
        assert a <= b <= c <= d <= e
    inside = sum(lo <= y <= hi for y, lo, hi in zip(future, result.lo95, result.hi95, strict=True))
    assert inside >= 10
    assert sum(abs(y - m) for y, m in zip(future, result.mean, strict=True)) / 12 < 40


def test_easter_effect_is_estimated_and_put_back():
    rng = random.Random(1)
    starts = [Step(months=1).add(date(2016, 1, 1), k) for k in range(97)]
    x = easter_regressor(starts[:-1], starts[-1])
    values = [1000 + 100 * math.sin(2 * math.pi * k / 12) - 150 * x[k] + rng.gauss(0, 8) for k in range(96)]
    fx = easter_regressor([Step(months=1).add(date(2024, 1, 1), k) for k in range(12)], date(2025, 1, 1))
    result = forecast(values, 12, 12, x=x, x_future=fx)
    assert result.holiday_effect is not None and -190 < result.holiday_effect < -110


def test_sales_are_never_forecast_below_zero(tmp_path):
    rows = [f"2024-01-{d:02d},{v}" for d, v in zip(range(1, 29), [0, 1, 0, 0, 2, 0, 0] * 4, strict=True)]
    result = forecast_file(write(tmp_path, rows), 7)[0]
    assert min(result.lo95) >= 0 and result.dates[0].isoformat() == "2024-01-29"


def test_each_series_gets_its_own_line_and_checks(tmp_path):
    rows = [
        f"{s},{Step(months=1).add(date(2021, 1, 1), k)},{v:.1f}"
        for s in ("a", "b")
        for k, v in enumerate(seasonal(36, seed=len(s)))
    ]
    rows[40] = rows[40].rsplit(",", 1)[0] + ",-50"
    results = forecast_file(write(tmp_path, rows, "series,date,value"), 3)
    assert [r.checked.name for r in results] == ["a", "b"]
    payload = results[1].as_json()
    assert set(payload) == {"series", "model", "forecast", "warnings"}
    assert set(payload["forecast"][0]) == {"date", "mean", "lo80", "hi80", "lo95", "hi95"}
    assert "NEGATIVE_VALUES" in [w["code"] for w in payload["warnings"]]
    assert payload["forecast"][0]["date"] == "2024-01-01"
