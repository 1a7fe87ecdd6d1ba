"""ROI arithmetic against hand-computed cases."""

import pytest

from fornuft.adoption import roi


def test_hours_saved_hand_computed():
    # 1 200 invoices, 9 min by hand, 1.5 min left per item: 1200 × 7.5 / 60 = 150 h
    assert roi.hours_saved(1200, 9, 1.5) == pytest.approx(150.0)
    # slower than before: shown as negative
    assert roi.hours_saved(60, 2, 3) == pytest.approx(-1.0)


def test_fte_uses_yearly_hours():
    assert roi.fte(1695) == pytest.approx(1.0)
    assert roi.fte(847.5) == pytest.approx(0.5)
    assert roi.fte(1600, yearly_hours=1600) == pytest.approx(1.0)
    with pytest.raises(roi.RoiInputError, match="greater than zero"):
        roi.fte(100, yearly_hours=0)


def test_cost_payback_and_roi():
    # 150 h × 700 NOK = 105 000 NOK
    assert roi.cost_saved(150, 700) == pytest.approx(105_000)
    investment = roi.Investment(licences=20_000, hardware=30_000, implementation=40_000, training=10_000,
                                monthly_running=5_000)
    assert investment.one_off == 100_000
    # net per month 25 000 − 5 000 = 20 000 → 100 000 / 20 000 = 5 months
    assert roi.payback_months(investment, 25_000) == pytest.approx(5.0)
    # first year: savings 300 000, costs 100 000 + 60 000 = 160 000 → (300 − 160) / 160 = 87.5 %
    assert roi.roi_percent(investment, 25_000) == pytest.approx(87.5)
    assert roi.payback_months(investment, 5_000) is None  # never pays back
    assert roi.payback_months(roi.Investment(), 1_000) == 0.0
    assert roi.roi_percent(roi.Investment(), 1_000) is None
    assert roi.payback_curve(investment, [25_000] * 6) == [-100_000, -80_000, -60_000, -40_000, -20_000, 0, 20_000]


def test_negative_inputs_are_refused():
    with pytest.raises(roi.RoiInputError, match="items cannot be negative"):
        roi.hours_saved(-5, 3, 1)
    with pytest.raises(roi.RoiInputError, match="licences cannot be negative"):
        roi.Investment(licences=-1)
    with pytest.raises(roi.RoiInputError, match="1 to 5"):
        roi.automation_potential(7, "available")


def test_rates():
    assert roi.straight_through_rate(200, 150) == pytest.approx(0.75)
    assert roi.straight_through_rate(0, 0) is None
    assert roi.error_reduction_percent(8.0, 2.0) == pytest.approx(75.0)
    assert roi.error_reduction_percent(0, 2.0) is None
    assert roi.ai_budget_band(4_000_000) == (80_000, 200_000)


def test_ranking_by_potential_times_time_with_reasons():
    invoices = roi.ProcessFacts("Invoices", 800, 6, 650, 5, "available", 8.0)   # 80 h × (0.9 + 0.03) = 74.4
    reports = roi.ProcessFacts("Reports", 40, 240, 900, 2, "partial", 0.0)      # 160 h × 0.21 = 33.6
    mail = roi.ProcessFacts("Mail", 3000, 1, 600, 4, "available", 0.0)          # 50 h × 0.7 = 35
    ranking = roi.rank_processes([reports, mail, invoices])
    assert [entry.facts.name for entry in ranking] == ["Invoices", "Mail", "Reports"]
    assert ranking[0].potential == pytest.approx(0.93)
    assert ranking[0].addressable_hours_per_month == pytest.approx(74.4)
    assert ranking[0].addressable_cost_per_year == pytest.approx(74.4 * 12 * 650)
    assert ranking[2].addressable_hours_per_month == pytest.approx(33.6)
    assert "800 items/month × 6 min = 80.0 h/month" in ranking[0].reasons[0]
    assert "rework 8 % adds 0.03" in ranking[0].reasons[1]
