"""Data checks before any forecast: what is wrong with a series, where, and what to do.

`check_series` turns the raw observations of one series into a regular series on its own
step (duplicates combined, gaps filled, planted errors set aside) and the warnings, each
with a code, a message that names rows and dates, and a suggested fix:

    MISSING_PERIODS   a period with no row, or with an empty value
    DUPLICATE_DATES   two rows for the same period
    OUTLIER           a value far from its neighbours (robust score on the deseasonalised series)
    NEGATIVE_VALUES   a value below zero
    TOO_SHORT         fewer than 2 x season length observations (2 x horizon without a season)
    LEVEL_SHIFT       the level jumps and stays there
    UNIT_MIXUP        values about 100 or 1,000 times their neighbours (kroner/øre, kroner/thousands)
    CURRENCY_MIX      cells marked with different currencies
    IRREGULAR_DATES   dates that are off the series' own step

Plain Python and numpy; no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from fornuft.insights.series import RawSeries, Step, infer_step

OUTLIER_SCORE = 6.0
SHIFT_SCORE = 6.0
MAX_LISTED = 5


@dataclass
class Warning:
    code: str
    message: str
    fix: str
    dates: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"code": self.code, "message": f"{self.message} Suggested fix: {self.fix}"}


@dataclass
class CheckedSeries:
    name: str
    step: Step | None
    dates: list[date]
    values: list[float]  # regular, gaps filled, planted errors set aside: what models see
    observed: list[float | None]  # regular, as given (None where missing)
    warnings: list[Warning]


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:MAX_LISTED])
    return shown + (f" and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else "")


def _rows(rows: list[int]) -> str:
    return ("row " if len(rows) == 1 else "rows ") + _listed([str(r) for r in rows])


def check_series(raw: RawSeries, *, horizon: int, season_length: int | None = None) -> CheckedSeries:
    import numpy as np

    warnings: list[Warning] = []
    observations = sorted(raw.observations, key=lambda o: (o.day, o.row))

    currencies = sorted({o.currency for o in observations if o.currency})
    if len(currencies) > 1:
        by_currency = {c: [o.row for o in observations if o.currency == c] for c in currencies}
        detail = "; ".join(f"{c} in {_rows(rows)}" for c, rows in by_currency.items())
        warnings.append(
            Warning(
                "CURRENCY_MIX",
                f"The values are in more than one currency ({detail}).",
                "convert every value to one currency before forecasting.",
                rows=[r for rows in by_currency.values() for r in rows],
            )
        )

    # Duplicates: the same date twice. Identical values are one row entered twice (one is
    # kept); different values are separate sales on the same day (they are added up).
    by_day: dict[date, list] = {}
    for o in observations:
        by_day.setdefault(o.day, []).append(o)
    duplicates = {d: obs for d, obs in by_day.items() if len(obs) > 1}
    if duplicates:
        listed = [f"{d.isoformat()} ({_rows([o.row for o in obs])})" for d, obs in duplicates.items()]
        warnings.append(
            Warning(
                "DUPLICATE_DATES",
                f"{len(duplicates)} date(s) occur more than once: {_listed(listed)}.",
                "delete rows entered twice; rows with the same date and the same value were counted once, "
                "rows with different values were added up.",
                dates=[d.isoformat() for d in duplicates],
                rows=[o.row for obs in duplicates.values() for o in obs],
            )
        )
    combined: dict[date, float | None] = {}
    for day, obs in by_day.items():
        values = [o.value for o in obs if o.value is not None]
        if not values:
            combined[day] = None
        elif len(set(values)) == 1:
            combined[day] = values[0]
        else:
            combined[day] = float(sum(values))

    negatives = [o for o in observations if o.value is not None and o.value < 0]
    if negatives:
        warnings.append(
            Warning(
                "NEGATIVE_VALUES",
                f"{len(negatives)} negative value(s): "
                f"{_listed([f'{o.day.isoformat()} ({o.value:g}, row {o.row})' for o in negatives])}.",
                "check whether these are credit notes or returns; book them against the original period, "
                "or keep them if the series really can go below zero.",
                dates=[o.day.isoformat() for o in negatives],
                rows=[o.row for o in negatives],
            )
        )

    days = sorted(combined)
    step = infer_step(days)
    if step is None:
        warnings.append(
            Warning(
                "TOO_SHORT",
                f"Only {len(days)} date(s); a forecast needs at least two to know the step.",
                "add more history.",
            )
        )
        value = combined[days[0]] if days else None
        return CheckedSeries(raw.name, None, days, [value or 0.0] if days else [], [value] if days else [], warnings)

    # The regular grid from the first date on the series' own step; a date off the grid is
    # moved to the nearest period.
    origin, last = days[0], days[-1]
    count = int(round(step.index(origin, last))) + 1
    grid = [step.add(origin, k) for k in range(count)]
    observed: list[float | None] = [None] * count
    off_grid = []
    for day in days:
        position = step.index(origin, day)
        k = int(round(position))
        if abs(position - k) > 0.05:
            off_grid.append(day.isoformat())
        if combined[day] is not None:
            observed[k] = (observed[k] or 0.0) + combined[day] if observed[k] is not None else combined[day]
    if off_grid:
        warnings.append(
            Warning(
                "IRREGULAR_DATES",
                f"{len(off_grid)} date(s) are off the {step.label} step: {_listed(off_grid)}.",
                "use one date per period (e.g. the first day of the month or the Monday of the week); "
                "they were moved to the nearest period.",
                dates=off_grid,
            )
        )

    missing = [grid[k].isoformat() for k, v in enumerate(observed) if v is None]
    if missing:
        warnings.append(
            Warning(
                "MISSING_PERIODS",
                f"{len(missing)} of {count} {step.label} period(s) have no value: {_listed(missing)}.",
                "add the missing periods (a period with no sales should say 0); for the forecast they were "
                "filled in from the neighbouring periods.",
                dates=missing,
            )
        )

    # Empty periods at either end are reported, not invented: the forecast starts after the
    # last period with a value (so an empty last month is forecast, not filled in).
    while len(observed) > 1 and observed[-1] is None:
        observed.pop()
        grid.pop()
    while len(observed) > 1 and observed[0] is None:
        observed.pop(0)
        grid.pop(0)
    count = len(grid)

    season = season_length if season_length else step.season_length
    y = np.array([np.nan if v is None else v for v in observed], dtype=float)
    present = int(np.sum(~np.isnan(y)))
    if season > 1 and present < 2 * season:
        warnings.append(
            Warning(
                "TOO_SHORT",
                f"{present} observations are fewer than two seasons ({2 * season}, season length {season}); "
                "the seasonal pattern cannot be learned.",
                "add more history, or forecast without a season (--season-length 1).",
            )
        )
    elif season <= 1 and present < 2 * horizon:
        warnings.append(
            Warning(
                "TOO_SHORT",
                f"{present} observations are fewer than twice the horizon ({2 * horizon}).",
                "add more history or shorten the horizon.",
            )
        )

    filled = _interpolate(y)
    cleaned = filled.copy()
    if present >= 8:
        cleaned, found = _find_unit_mixups(cleaned, grid, observed)
        warnings.extend(found)
        cleaned, found = _find_outliers_and_shifts(cleaned, grid, season)
        warnings.extend(found)
    return CheckedSeries(raw.name, step, grid, [float(v) for v in cleaned], observed, warnings)


def _interpolate(y):
    import numpy as np

    if np.all(np.isnan(y)):
        return np.zeros_like(y)
    index = np.arange(len(y))
    known = ~np.isnan(y)
    return np.interp(index, index[known], y[known])


def _robust_scale(values) -> float:
    import numpy as np

    values = values[~np.isnan(values)]
    if len(values) == 0:
        return 0.0
    return float(1.4826 * np.median(np.abs(values - np.median(values))))


def _deseasonalise(x, season: int):
    """x minus a seasonal profile: the median per position of x minus its moving median.
    Medians, so that one wild value does not spread into the profile; at least three
    seasons, so that each position has a median worth the name."""
    import numpy as np

    n = len(x)
    if season <= 1 or n < 3 * season:
        return x.copy(), np.zeros(n)
    half = season // 2
    trend = np.full(n, np.nan)
    for k in range(half, n - half):
        trend[k] = np.median(x[k - half : k + half + 1])
    detrended = x - trend
    profile = np.array(
        [np.nanmedian(detrended[k::season]) if np.any(~np.isnan(detrended[k::season])) else 0.0 for k in range(season)]
    )
    profile -= np.median(profile)
    seasonal = np.array([profile[k % season] for k in range(n)])
    return x - seasonal, seasonal


def _local_median(x, half: int):
    import numpy as np

    n = len(x)
    return np.array([np.median(x[max(0, k - half) : min(n, k + half + 1)]) for k in range(n)])


def _find_unit_mixups(x, grid, observed):
    """Values about 100 or 1,000 times (or 1/100, 1/1,000 of) their neighbours' level."""
    import numpy as np

    level = _local_median(x, 6)
    found = []
    cleaned = x.copy()
    for factor in (1000.0, 100.0):
        hits = []
        for k, value in enumerate(x):
            if observed[k] is None or level[k] <= 0 or value <= 0:
                continue
            ratio = np.log10(value / level[k])
            for sign in (1, -1):
                if abs(ratio - sign * np.log10(factor)) < 0.25:
                    hits.append((k, sign))
        if hits and len(hits) <= len(x) // 3:
            for k, sign in hits:
                cleaned[k] = x[k] / factor if sign > 0 else x[k] * factor
            dates = [grid[k].isoformat() for k, _ in hits]
            found.append(
                Warning(
                    "UNIT_MIXUP",
                    f"{len(hits)} value(s) are about {factor:,.0f} times off the level around them: {_listed(dates)}.",
                    "check the unit (kroner, øre or thousands of kroner) of these rows and correct them; "
                    "the forecast used them scaled back.",
                    dates=dates,
                )
            )
            x = cleaned.copy()
    return cleaned, found


def _scaled(x):
    """The series on a relative scale: logs when every value is positive (a shift or an
    outlier is then a ratio), else values divided by their typical size."""
    import numpy as np

    if np.all(x > 0):
        return np.log(x), True
    level = float(np.median(np.abs(x))) or 1.0
    return x / level, False


def _level_shift_seasonal(z, season: int):
    """(score, index, size) of the strongest level shift seen in the seasonal differences:
    a shift at t0 lifts z[t] - z[t - season] for t in [t0, t0 + season) and leaves the rest."""
    import numpy as np

    n = len(z)
    d = z[season:] - z[:-season]  # d[j] belongs to t = j + season
    noise = max(_robust_scale(d), 1e-9)
    best = (0.0, None, 0.0)
    for t0 in range(1, n - 2):
        lo, hi = max(t0, season) - season, min(t0 + season, n) - season
        length = hi - lo
        if length < max(3, season // 3):
            continue
        block = d[lo:hi]
        outside = np.concatenate([d[:lo], d[hi:]])
        if len(outside) < 3:
            continue
        size = float(np.median(block) - np.median(outside))
        score = abs(size) / (1.25 * noise / np.sqrt(length))
        # The level must stay: after the block, the differences are back to normal.
        after = d[hi:]
        if len(after) >= 3 and abs(float(np.median(after) - np.median(d[:lo] if lo >= 3 else outside))) > 0.5 * abs(
            size
        ):
            continue
        if score > best[0]:
            best = (score, t0, size)
    if best[1] is not None:
        # The shift starts where the step is: the first point of the block that moved.
        t0 = best[1]
        for candidate in range(max(1, t0 - 2), min(n - 1, t0 + 3)):
            if abs(z[candidate] - z[candidate - 1]) > abs(z[t0] - z[t0 - 1]) and candidate != t0:
                t0 = candidate
        best = (best[0], t0, best[2])
    return best


def _level_shift_plain(z):
    """(score, index, size) of the strongest jump between the medians of two neighbouring
    windows, net of the local trend, for series without a usable season."""
    import numpy as np

    n = len(z)
    noise = max(_robust_scale(np.diff(z)) / np.sqrt(2), 1e-9)
    width = max(4, min(12, n // 6))
    best = (0.0, None, 0.0)
    if n < 2 * width + 2:
        return best
    for t in range(width, n - width + 1):
        before, after = z[t - width : t], z[t : t + width]
        slope = float(np.median(np.concatenate([np.diff(before), np.diff(after)])))
        jump = float(np.median(after) - np.median(before)) - slope * width
        step_at_t = float(z[t] - z[t - 1]) - slope
        score = abs(jump) / (noise * np.sqrt(2))
        if score > best[0] and abs(step_at_t) > 0.5 * abs(jump) and np.sign(step_at_t) == np.sign(jump):
            best = (score, t, jump)
    return best


def _find_outliers_and_shifts(x, grid, season: int):
    import numpy as np

    warnings = []
    n = len(x)
    z, is_log = _scaled(x)
    shift_floor = np.log(1.2) if is_log else 0.2
    outlier_floor = np.log(1.8) if is_log else 0.8
    seasonal = season > 1 and n >= 2 * season + 4
    score, at, size = _level_shift_seasonal(z, season) if seasonal else _level_shift_plain(z)
    shift_at = None
    if at is not None and score > SHIFT_SCORE and abs(size) > shift_floor:
        shift_at = at
        percent = (np.exp(size) - 1) * 100 if is_log else size * 100
        warnings.append(
            Warning(
                "LEVEL_SHIFT",
                f"The level changes by about {percent:+.0f} % from {grid[shift_at].isoformat()} and stays there.",
                "find the cause (new customer, price change, change of system or unit); if the old level "
                "will not come back, forecast from the data after the shift only.",
                dates=[grid[shift_at].isoformat()],
            )
        )

    # Outliers: far from what the same season and the neighbours say, on the relative scale.
    adjusted, profile = _deseasonalise(z, season) if seasonal else (z.copy(), np.zeros(n))
    if shift_at is not None:
        adjusted = adjusted.copy()
        adjusted[shift_at:] -= float(np.median(adjusted[shift_at:]) - np.median(adjusted[:shift_at]))
    if seasonal and n < 3 * season:
        # Too few seasons for a profile: compare with the same period a season away instead.
        residual = np.full(n, np.nan)
        drift = float(np.median(z[season:] - z[:-season]))  # growth over one season
        for k in range(n):
            others = [z[k + j * season] - j * drift for j in (-1, 1) if 0 <= k + j * season < n]
            residual[k] = z[k] - np.median(others)
        noise = max(_robust_scale(z[season:] - z[:-season]) / np.sqrt(2), 1e-9)
        flags = [
            k
            for k in range(n)
            if abs(residual[k]) > OUTLIER_SCORE * 1.5 * noise
            and abs(residual[k]) > outlier_floor
            and _near_is_normal(z, k)
        ]
    else:
        noise = max(_robust_scale(np.diff(adjusted)) / np.sqrt(2), 1e-9)
        flags = []
        for k in range(n):
            lo, hi = max(0, k - 3), min(n, k + 4)
            window = np.delete(adjusted[lo:hi], k - lo)
            if len(window) < 2:
                continue
            residual = adjusted[k] - float(np.median(window))
            if abs(residual) > OUTLIER_SCORE * 1.5 * noise and abs(residual) > outlier_floor:
                flags.append(k)
    cleaned = x.copy()
    if flags and len(flags) <= max(1, n // 10):
        for k in flags:
            lo, hi = max(0, k - 3), min(n, k + 4)
            neighbours = [x[j] for j in range(lo, hi) if j != k and j not in flags]
            if neighbours:
                cleaned[k] = float(np.median(neighbours))
        detail = [f"{grid[k].isoformat()} ({x[k]:,.0f})" for k in flags]
        warnings.append(
            Warning(
                "OUTLIER",
                f"{len(flags)} value(s) far from the rest: {_listed(detail)}.",
                "check these rows for typing errors or one-off events; the forecast used a typical value "
                "in their place.",
                dates=[grid[k].isoformat() for k in flags],
            )
        )
    return cleaned, warnings


def _near_is_normal(z, k: int) -> bool:
    """A single odd value, not the edge of a run of odd values."""
    n = len(z)
    left = z[k] - z[k - 1] if k > 0 else None
    right = z[k] - z[k + 1] if k < n - 1 else None
    sides = [v for v in (left, right) if v is not None]
    return all(abs(v) > 0.5 * max(abs(s) for s in sides) for v in sides) and (len(sides) < 2 or sides[0] * sides[1] > 0)
