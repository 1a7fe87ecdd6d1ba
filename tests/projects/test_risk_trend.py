"""Early warning reads the latest periods: a project that has clearly turned better is less at
risk than one with the same cumulative CPI that stays poor (invented status histories)."""

from datetime import date, timedelta

from fornuft.ml.project_risk import recent_cost_overrun
from fornuft.projects.earned_value import StatusRow, compute
from fornuft.projects.risk import assess, snapshot_of

START = date(2027, 1, 4)
FINISH = START + timedelta(days=200)
BAC = 1_000_000.0


def _project(name: str, efficiencies: list[float]) -> list[StatusRow]:
    """Fortnightly rows: earned value on plan, costs = earned value / that period's cost efficiency."""
    rows, ev, ac = [], 0.0, 0.0
    for i, efficiency in enumerate(efficiencies, start=1):
        day = 14 * i
        x = day / 200
        new_ev = BAC * (3 * x * x - 2 * x * x * x)
        ac += (new_ev - ev) / efficiency
        ev = new_ev
        rows.append(StatusRow(name, START + timedelta(days=day), BAC, new_ev, ev, ac, START, FINISH))
    return rows


def test_the_recent_cost_forecast_finishes_the_rest_at_the_latest_efficiency():
    recovering = _project("R", [0.8] * 5 + [1.15] * 3)
    staying = _project("S", [0.8] * 8)
    recent_r = recent_cost_overrun(snapshot_of(compute(recovering)))
    recent_s = recent_cost_overrun(snapshot_of(compute(staying)))
    assert recent_s > 0.2  # still 25 % over at 0.8
    assert recent_r < recent_s - 0.1


def test_a_project_that_has_clearly_recovered_is_less_at_risk_than_one_that_stays_poor():
    recovering = assess(_project("R", [0.8] * 5 + [1.15] * 3))
    staying = assess(_project("S", [0.8] * 8))
    assert staying["flag"] is True
    assert recovering["risk"] < staying["risk"]
