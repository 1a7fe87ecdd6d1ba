"""KPIs computed from a real, seeded decision log and review queue."""

import pytest
from django.utils import timezone

from fornuft.adoption import kpis, measurement, services
from fornuft.adoption.models import DailyRollup, Pilot, PilotStatus, RollupSource
from fornuft.core.tenancy import activate
from fornuft.governance import chain
from fornuft.governance.decisions import record_decision
from fornuft.governance.review import resolve_review

# Day buckets in Europe/Oslo and the aggregate queries are database-specific: run on PostgreSQL too.
pytestmark = pytest.mark.postgres


def seed_log(org, system, reviewer):
    """10 automatic decisions: 7 confident, 3 to review (1 accepted, 1 corrected, 1 open);
    plus one person's override outside the queue."""
    decisions = []
    for number in range(10):
        confidence = 0.9 if number < 7 else 0.5
        decisions.append(record_decision(org, system, subject=("test.item", number), output={"label": "a"},
                                         confidence=confidence))
    reviews = [decision.review for decision in decisions if decision.needs_review]
    assert len(reviews) == 3
    resolve_review(reviews[0], reviewer, touch_seconds=120)
    resolve_review(reviews[1], reviewer, correction={"label": "b"}, touch_seconds=300)
    record_decision(org, system, subject=("test.item", 2), output={"label": "c"}, confidence=1.0, actor=reviewer)
    return decisions


@pytest.fixture
def pilot(org, economy, system):
    with activate(org):
        pilot = Pilot.objects.create(
            name="Fakturapilot", department=economy, use_case="Inngående fakturaer",
            target_hours_saved_per_month=20, target_error_reduction_pct=40, target_cost_reduction_nok=10_000,
            baseline_minutes_per_item=6, baseline_error_rate_pct=40, hourly_cost_nok=600,
            implementation_nok=30_000, monthly_running_nok=1_000,
            start_date=timezone.localdate(), status=PilotStatus.RUNNING,
        )
        pilot.systems.add(system)
    return pilot


def test_rollups_count_the_log(org, system, reviewer, economy):
    seed_log(org, system, reviewer)
    measurement.refresh(org)
    rows = DailyRollup.objects.for_organization(org).filter(source=RollupSource.LOG)
    automatic = rows.get(department=None)
    assert (automatic.items, automatic.straight_through, automatic.reviews_opened) == (10, 7, 3)
    human = rows.get(department=economy)
    assert (human.reviews_resolved, human.corrections, human.overrides) == (2, 1, 1)
    assert human.touch_seconds == pytest.approx(420)
    # refreshing again recomputes, never double counts; the log itself is untouched
    measurement.refresh(org)
    assert DailyRollup.objects.for_organization(org).count() == 2
    assert all(report.intact for report in chain.verify(org))


def test_pilot_kpis_from_the_log(org, system, reviewer, pilot):
    seed_log(org, system, reviewer)
    measurement.refresh(org)
    result = kpis.pilot_kpis(pilot)
    totals = result.totals
    assert totals.items == pytest.approx(10)
    # (7 straight-through − 1 overridden) / 10
    assert totals.straight_through_rate == pytest.approx(0.6)
    # 10 × 6 min / 60 − 420 s / 3600 = 1 − 0.11667 h
    assert totals.hours_saved == pytest.approx(0.883333, rel=1e-4)
    assert totals.cost_saved == pytest.approx(0.883333 * 600, rel=1e-4)
    assert totals.human_minutes_per_item == pytest.approx(0.7)
    # (1 correction + 1 override) / 10 = 20 % against a 40 % baseline → 50 % fewer errors
    assert totals.error_rate_pct == pytest.approx(20)
    assert result.error_reduction_pct == pytest.approx(50)
    assert result.days_elapsed == 1
    assert result.hours_per_month == pytest.approx(0.883333 * 30, rel=1e-4)
    net = result.cost_per_month - 1_000
    assert result.payback_months == pytest.approx(30_000 / net, rel=1e-4)
    assert result.targets["hours"][2] is True and result.targets["errors"][2] is True


def test_items_are_split_between_departments_using_the_system(org, system, reviewer, pilot, economy, make_user):
    from fornuft.core.models import Department
    from fornuft.core.roles import Role

    with activate(org):
        sales = Department.objects.create(name="Salg")
        copy = Pilot.objects.create(name="Salg", department=sales, use_case="x", target_hours_saved_per_month=1,
                                    baseline_minutes_per_item=6, start_date=timezone.localdate(),
                                    status=PilotStatus.RUNNING)
        copy.systems.add(system)
    seller = make_user(org, Role.FINANCE, username="selger", department=sales)
    decisions = seed_log(org, system, reviewer)
    resolve_review(decisions[9].review, seller, touch_seconds=60)
    measurement.refresh(org)
    rows = measurement.rows(org)
    by_department = {}
    for row in rows:
        by_department[row.department_id] = by_department.get(row.department_id, 0) + row.items
    # economy resolved 2 reviews, sales 1 → items split 2:1
    assert by_department[economy.pk] == pytest.approx(10 * 2 / 3)
    assert by_department[sales.pk] == pytest.approx(10 / 3)


def test_thumbs_count_as_adoption(org, system, reviewer, economy):
    decision = record_decision(org, system, subject=("test.item", 1), output={"label": "a"}, confidence=0.95)
    services.record_thumb(reviewer, "test.invoices", True, decision=decision)
    services.record_thumb(reviewer, system, False, decision=decision)  # changes the vote
    measurement.refresh(org)
    board = kpis.dashboard(org)
    entry = next(row for row in board.departments if row["id"] == economy.pk)
    assert entry["thumbs"] == 1 and entry["thumbs_up"] == 0
    assert entry["active_users"] == 1
