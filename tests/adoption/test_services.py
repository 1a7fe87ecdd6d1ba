"""Pilot rules, the roadmap, the budget and thumbs."""

import json
from datetime import date, timedelta

import pytest
from django.utils import timezone, translation

from fornuft.adoption import services
from fornuft.adoption.models import BudgetAllocation, BudgetYear, Phase, Pilot, PilotStatus, Process, RoadmapItem
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.governance.decisions import record_decision
from fornuft.testing import factories


@pytest.fixture
def process(org, economy):
    with activate(org):
        return Process.objects.create(name="Reiseregninger", department=economy, volume_per_month=150,
                                      minutes_per_item=12, hourly_cost_nok=650, rule_based=5,
                                      data_availability="available")


def test_a_pilot_needs_kpis_baseline_and_systems_before_it_starts(org, process, system):
    with activate(org), translation.override("en"):
        pilot = services.pilot_from_process(process)
        assert pilot.department == process.department
        assert pilot.baseline_minutes_per_item == 12
        # 150 × 12 / 60 = 30 h × potential 0.9 × 0.5 (a cautious first target) = 13.5
        assert pilot.target_hours_saved_per_month == pytest.approx(13.5)
        pilot.baseline_start, pilot.baseline_end = date(2026, 1, 1), date(2026, 1, 5)
        with pytest.raises(services.AdoptionError) as error:
            services.start_pilot(pilot)
        assert "2–4 weeks" in str(error.value) and "AI systems" in str(error.value)
        pilot.baseline_end = date(2026, 1, 21)
        pilot.systems.add(system)
        services.start_pilot(pilot, date(2026, 2, 1))
        assert pilot.status == PilotStatus.RUNNING and pilot.end_date == date(2026, 5, 2)
        assert pilot.day(date(2026, 2, 1)) == 1
        with pytest.raises(services.AdoptionError, match="day 90"):
            services.decide_pilot(pilot, None, go=True, today=date(2026, 4, 30))
        services.decide_pilot(pilot, None, go=False, today=date(2026, 5, 1))
        assert pilot.status == PilotStatus.NO_GO
        with pytest.raises(services.AdoptionError, match="go decision"):
            services.scale_pilot(pilot, process.department)


def test_roadmap_is_generated_once_and_keeps_edits(org, process):
    created = services.generate_roadmap(org, start=date(2026, 1, 1))
    assert len(created) == 11
    keys = {item.generated_key: item for item in created}
    assert keys["quick-win"].phase == Phase.NOW and "Reiseregninger" in keys["quick-win"].description
    assert {keys[key].phase for key in ("competence", "policy", "pilot", "infrastructure")} == {Phase.NEXT}
    assert keys["partners"].quarter == 4
    with activate(org):
        RoadmapItem.objects.filter(generated_key="privacy").update(progress=100, title="Personvern (DPIA)")
    assert services.generate_roadmap(org) == []
    with activate(org):
        assert RoadmapItem.objects.get(generated_key="privacy").title == "Personvern (DPIA)"


def test_budget_band_and_plan_against_actual(org):
    with activate(org):
        year = BudgetYear.objects.create(year=2026, it_budget_nok=2_000_000, ai_share_pct=6)
        BudgetAllocation.objects.create(budget=year, label="Pilot", planned_nok=50_000, actual_nok=61_000)
        BudgetAllocation.objects.create(budget=year, label="Kurs", planned_nok=20_000, actual_nok=5_000)
    summary = services.budget_summary(year)
    assert (summary.band_low, summary.band_high) == (40_000, 100_000)
    assert year.ai_budget_nok == pytest.approx(120_000)
    assert summary.in_band is False  # 6 % is above the 2–5 % band
    assert (summary.planned, summary.actual, summary.remaining) == (70_000, 66_000, 50_000)


def test_thumbs_api_and_cross_org_decision(org, other_org, system, reviewer, login):
    decision = record_decision(org, system, subject=("t", 1), output={"a": 1}, confidence=0.9)
    client = login(reviewer)
    response = client.post("/api/v1/adoption/thumbs", json.dumps({"up": True, "decision_seq": decision.seq}),
                           content_type="application/json")
    assert response.status_code == 201 and response.json()["system"] == "test.invoices"
    response = client.post("/api/v1/adoption/thumbs", json.dumps({"up": True}), content_type="application/json")
    assert response.status_code == 400 and "decision_seq" in response.json()["error"]["message"]
    outsider = factories.user(other_org, Role.EMPLOYEE, username="ansatt-b")
    response = login(outsider).post("/api/v1/adoption/thumbs", json.dumps({"up": False, "decision_seq":
                                                                           decision.seq}),
                                    content_type="application/json")
    assert response.status_code == 404


def test_dashboard_counts_an_investment_made_before_the_window(org, economy, system):
    from fornuft.adoption import kpis

    with activate(org):
        pilot = Pilot.objects.create(name="Gammel", department=economy, use_case="x", target_hours_saved_per_month=1,
                                     baseline_minutes_per_item=5, hourly_cost_nok=600, hardware_nok=80_000,
                                     start_date=timezone.localdate() - timedelta(days=400),
                                     status=PilotStatus.GO)
        pilot.systems.add(system)
    board = kpis.dashboard(org)
    assert board.net_position[0] == -80_000
    assert board.payback_month is None


def test_baseline_measured_from_the_log(org, economy, reviewer):
    from fornuft.adoption import measurement
    from fornuft.governance.models import OversightMode
    from fornuft.governance.review import resolve_review

    manual = factories.ai_system(org, key="test.manual", oversight_mode=OversightMode.IN_THE_LOOP, owner="Finance")
    today = timezone.localdate()
    with activate(org):
        pilot = Pilot.objects.create(name="Målt", department=economy, use_case="x", target_hours_saved_per_month=5,
                                     baseline_start=today - timedelta(days=20), baseline_end=today)
        pilot.systems.add(manual)
        with pytest.raises(services.AdoptionError):
            services.measure_baseline(pilot)
    for number, touch in enumerate([300, 420, 360, 360]):
        decision = record_decision(org, manual, subject=("t", number), output={"a": 1}, confidence=0.99)
        resolve_review(decision.review, reviewer, correction={"a": 2} if number == 0 else None, touch_seconds=touch)
    measurement.refresh(org)
    with activate(org):
        services.measure_baseline(pilot)
    # 1 440 s over 4 items = 6 minutes per item; 1 of 4 corrected = 25 %
    assert pilot.baseline_items == 4
    assert pilot.baseline_minutes_per_item == pytest.approx(6.0)
    assert pilot.baseline_error_rate_pct == pytest.approx(25.0)
    assert pilot.status == PilotStatus.BASELINE
