"""The human review queue: who must look, what a person's verdict does."""

import pytest

from fornuft.core.roles import Role
from fornuft.governance import registry
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import Decision, OversightMode, ReviewStatus, ReviewTask, RiskClass, SystemStatus
from fornuft.governance.registry import AISystemDeclaration
from fornuft.governance.review import ReviewAlreadyResolved, resolve_review
from fornuft.testing import factories

CORRECTIONS = []

pytestmark = pytest.mark.usefixtures("in_org")  # a reviewer works inside their organization


def collect_correction(task, correction, user):
    """The hook a capability declares; here it records what it was handed."""
    CORRECTIONS.append((task.decision.subject_id, correction, user.username))


@pytest.fixture
def sorter(org):
    declared = AISystemDeclaration(
        key="test.sorter", name="Sorter", purpose="Sorts", owner="IT", model_name="rules",
        confidence_threshold=0.8, review_hook="tests.governance.test_review.collect_correction",
        reviewer_roles=frozenset({Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE}),
    )
    registry.register(declared)
    CORRECTIONS.clear()
    yield registry.get_system(org, "test.sorter")
    registry.unregister("test.sorter")


def test_confident_decision_takes_effect_without_review(org, sorter):
    decision = record_decision(org, "test.sorter", subject=("item", 1), output={"label": "a"}, confidence=0.95)
    assert not decision.needs_review
    assert not ReviewTask.objects.filter(decision=decision).exists()


def test_low_confidence_opens_a_review(org, sorter):
    decision = record_decision(org, "test.sorter", subject=("item", 1), output={"label": "a"}, confidence=0.42)
    task = ReviewTask.objects.get(decision=decision)
    assert decision.needs_review and task.status == ReviewStatus.OPEN
    assert "0.42" in task.reason and "0.80" in task.reason


@pytest.mark.parametrize("change", [
    {"oversight_mode": OversightMode.IN_THE_LOOP},
    {"risk_class": RiskClass.HIGH},
    {"status": SystemStatus.PAUSED},
])
def test_oversight_mode_risk_class_and_pause_demand_review(org, sorter, change):
    for field, value in change.items():
        setattr(sorter, field, value)
    sorter.save()
    decision = record_decision(org, "test.sorter", subject=("item", 1), output={"label": "a"}, confidence=0.99)
    assert decision.needs_review


def test_correction_is_logged_as_a_persons_decision_and_handed_to_the_capability(org, sorter):
    reviewer = factories.user(org, Role.SUPPORT, username="reviewer")
    decision = record_decision(org, "test.sorter", subject=("item", 7), output={"label": "a", "n": 1}, confidence=0.3)
    task = ReviewTask.objects.get(decision=decision)
    resolved = resolve_review(task, reviewer, correction={"label": "b", "n": 1}, touch_seconds=12.5)
    assert resolved.status == ReviewStatus.CORRECTED
    assert resolved.touch_seconds == 12.5
    assert resolved.duration_seconds >= 0
    person_decision = resolved.resolution
    assert person_decision.actor == f"user:{reviewer.pk}"
    assert person_decision.output == {"label": "b", "n": 1}
    assert person_decision.explanation["review_of"] == decision.seq
    assert CORRECTIONS == [("7", {"label": "b", "n": 1}, "reviewer")]
    assert Decision.objects.filter(organization=org).count() == 2


def test_accepting_hands_none_to_the_hook(org, sorter):
    reviewer = factories.user(org, Role.MANAGER)
    decision = record_decision(org, "test.sorter", subject=("item", 8), output={"label": "a"}, confidence=0.3)
    resolve_review(ReviewTask.objects.get(decision=decision), reviewer)
    assert CORRECTIONS == [("8", None, reviewer.username)]


def test_a_task_cannot_be_resolved_twice(org, sorter):
    reviewer = factories.user(org, Role.MANAGER)
    decision = record_decision(org, "test.sorter", subject=("item", 9), output={"label": "a"}, confidence=0.3)
    task = ReviewTask.objects.get(decision=decision)
    resolve_review(task, reviewer)
    with pytest.raises(ReviewAlreadyResolved):
        resolve_review(task, reviewer, correction={"label": "c"})


def test_review_in_the_ui(org, sorter, login):
    reviewer = factories.user(org, Role.FINANCE)
    decision = record_decision(org, "test.sorter", subject=("item", 3), output={"label": "a"}, confidence=0.3)
    task = ReviewTask.objects.get(decision=decision)
    client = login(reviewer)
    page = client.get(f"/governance/reviews/{task.pk}/")
    assert page.status_code == 200 and b'name="field-label"' in page.content
    response = client.post(f"/governance/reviews/{task.pk}/resolve",
                           {"verdict": "correct", "field-label": "z", "touch_seconds": "4.2"})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.status == ReviewStatus.CORRECTED and task.touch_seconds == 4.2
    assert task.resolution.output == {"label": "z"}


def test_employee_and_auditor_cannot_resolve(org, sorter, login):
    decision = record_decision(org, "test.sorter", subject=("item", 3), output={"label": "a"}, confidence=0.3)
    task = ReviewTask.objects.get(decision=decision)
    for role in (Role.EMPLOYEE, Role.AUDITOR):
        client = login(factories.user(org, role))
        assert client.post(f"/governance/reviews/{task.pk}/resolve", {"verdict": "accept"}).status_code == 403
    task.refresh_from_db()
    assert task.status == ReviewStatus.OPEN


def test_review_through_the_api(org, sorter, login):
    reviewer = factories.user(org, Role.SUPPORT)
    decision = record_decision(org, "test.sorter", subject=("item", 4), output={"label": "a"}, confidence=0.3)
    task = ReviewTask.objects.get(decision=decision)
    client = login(reviewer)
    listed = client.get("/api/v1/governance/reviews").json()
    assert [item["id"] for item in listed] == [task.pk]
    bad = client.post(f"/api/v1/governance/reviews/{task.pk}/resolve", {"verdict": "correct"},
                      content_type="application/json")
    assert bad.status_code == 400 and "correction is required" in bad.json()["error"]["message"]
    ok = client.post(f"/api/v1/governance/reviews/{task.pk}/resolve",
                     {"verdict": "correct", "correction": {"label": "q"}}, content_type="application/json")
    assert ok.status_code == 200 and ok.json()["status"] == "corrected"
