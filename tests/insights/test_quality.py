"""Data checks: every planted problem is found where it was planted, clean series get no warning."""

import math
import random
from datetime import date, timedelta

import pytest

from fornuft.insights.quality import check_series
from fornuft.insights.series import Observation, RawSeries, Step


def monthly(values, start=date(2020, 1, 1)):
    step = Step(months=1)
    return RawSeries("s", [Observation(k + 2, step.add(start, k), v) for k, v in enumerate(values)])


def clean_values(n=48, seed=0, noise=0.03):
    rng = random.Random(seed)
    return [
        1000 * (1 + 0.005 * k) * (1 + 0.2 * math.sin(2 * math.pi * k / 12)) * (1 + rng.gauss(0, noise))
        for k in range(n)
    ]


def codes(raw, horizon=6, season=None):
    return [w.code for w in check_series(raw, horizon=horizon, season_length=season).warnings]


@pytest.mark.parametrize("seed", range(8))
def test_clean_seasonal_series_get_no_warning(seed):
    assert codes(monthly(clean_values(seed=seed))) == []


def test_a_missing_month_and_an_empty_value_are_missing_periods():
    values = clean_values()
    raw = monthly(values)
    del raw.observations[10]
    raw.observations[20].value = None
    checked = check_series(raw, horizon=6)
    warning = next(w for w in checked.warnings if w.code == "MISSING_PERIODS")
    assert warning.dates == ["2020-11-01", "2021-10-01"]
    assert "2020-11-01" in warning.message and "Suggested fix" in warning.as_json()["message"]
    assert len(checked.values) == 48 and all(v == v for v in checked.values)


def test_duplicate_dates_name_the_rows():
    raw = monthly(clean_values())
    raw.observations.append(Observation(99, date(2021, 3, 1), 5.0))
    warning = next(w for w in check_series(raw, horizon=6).warnings if w.code == "DUPLICATE_DATES")
    assert "2021-03-01" in warning.message and "99" in warning.message


def test_an_outlier_is_found_and_set_aside():
    values = clean_values()
    values[30] *= 4
    checked = check_series(monthly(values), horizon=6)
    warning = next(w for w in checked.warnings if w.code == "OUTLIER")
    assert warning.dates == ["2022-07-01"]
    assert checked.values[30] < values[30] / 2


def test_negative_values():
    values = clean_values()
    values[5] = -200
    warning = next(w for w in check_series(monthly(values), horizon=6).warnings if w.code == "NEGATIVE_VALUES")
    assert "2020-06-01" in warning.message and "row 7" in warning.message


def test_too_short_for_the_season_and_for_the_horizon():
    assert "TOO_SHORT" in codes(monthly(clean_values(n=20)))
    assert "TOO_SHORT" in codes(monthly(clean_values(n=20)), horizon=12, season=1)
    assert "TOO_SHORT" not in codes(monthly(clean_values(n=30)), horizon=6, season=1)


def test_a_level_shift_is_found_at_its_date():
    values = clean_values()
    values = values[:30] + [v * 1.6 for v in values[30:]]
    checked = check_series(monthly(values), horizon=6)
    found = [w for w in checked.warnings if w.code == "LEVEL_SHIFT"]
    assert found and found[0].dates == ["2022-07-01"]
    assert "OUTLIER" not in [w.code for w in checked.warnings]


def test_a_trend_is_not_a_level_shift():
    values = [100 + 5 * k + random.Random(k).gauss(0, 2) for k in range(60)]
    assert codes(monthly(values), season=1) == []


def test_values_in_ore_among_kroner_are_a_unit_mixup():
    values = clean_values()
    values[12] *= 100
    checked = check_series(monthly(values), horizon=6)
    found = [w for w in checked.warnings if w.code == "UNIT_MIXUP"]
    assert found and found[0].dates == ["2021-01-01"]
    assert abs(checked.values[12] - values[12] / 100) < 1e-6


def test_mixed_currencies():
    raw = monthly(clean_values())
    raw.observations[3].currency = "NOK"
    raw.observations[4].currency = "EUR"
    assert "CURRENCY_MIX" in codes(raw)


def test_weekly_dates_off_the_monday_are_irregular():
    start = date(2024, 1, 1)
    raw = RawSeries("w", [Observation(k + 2, start + timedelta(weeks=k), 100.0 + k % 3) for k in range(30)])
    raw.observations[5].day += timedelta(days=2)
    assert "IRREGULAR_DATES" in codes(raw, season=1)


def test_a_single_observation_is_too_short_without_a_crash():
    checked = check_series(monthly([5.0]), horizon=3)
    assert checked.step is None and [w.code for w in checked.warnings] == ["TOO_SHORT"]


def test_an_empty_last_month_is_reported_and_forecast_not_filled_in():
    raw = monthly(clean_values())
    raw.observations[-1].value = None
    checked = check_series(raw, horizon=6)
    assert [w.code for w in checked.warnings] == ["MISSING_PERIODS"]
    assert checked.dates[-1] == date(2023, 11, 1) and len(checked.values) == 47


def test_season_length_one_means_no_season():
    assert "TOO_SHORT" not in codes(monthly(clean_values(n=20)), horizon=6, season=1)
