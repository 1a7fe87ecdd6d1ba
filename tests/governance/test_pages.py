"""Dashboard, registry and decision-log pages: right figures, filters, constant query counts."""

import pytest

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.governance import queries
from fornuft.governance.decisions import record_decision
from fornuft.testing import factories


@pytest.fixture
def logged(org):
    fast = factories.ai_system(org, key="t.fast", name="Fast", confidence_threshold=0.5)
    slow = factories.ai_system(org, key="t.slow", name="Slow", confidence_threshold=0.5)
    for n in range(30):
        record_decision(org, fast if n % 2 else slow, subject=("item", n), output={"n": n}, confidence=n / 30)
    return fast, slow


def test_governance_overview_figures(org, logged, login):
    response = login(factories.user(org, Role.MANAGER)).get("/governance/")
    assert response.context["decisions_today"] == 30
    assert response.context["open_reviews"] == 15  # confidence below 0.5
    assert response.context["chart"]["values"][-1] == 30
    assert sum(response.context["chart"]["values"]) == 30


def test_decisions_per_day_ignores_other_organizations(org, other_org, logged):
    factories.ai_system(other_org, key="o.x")
    record_decision(other_org, "o.x", subject=("item", 1), output={}, confidence=1.0)
    with tenancy.activate(org):
        assert queries.decisions_per_day(org)[-1][1] == 30


def test_decision_log_filters(org, logged, login):
    client = login(factories.user(org, Role.AUDITOR))
    page = client.get("/governance/decisions/", {"system": "t.fast", "min_confidence": "0.5"}).context["page"]
    assert page.paginator.count == 8  # odd n with n/30 >= 0.5: 15..29
    assert all(d.system_key == "t.fast" and d.confidence >= 0.5 for d in page)
    person = client.get("/governance/decisions/", {"actor": "person"}).context["page"]
    assert person.paginator.count == 0


def test_decision_log_page_query_count_does_not_grow(org, logged, login, django_assert_max_num_queries):
    client = login(factories.user(org, Role.ADMIN))
    with django_assert_max_num_queries(12):
        assert client.get("/governance/decisions/").status_code == 200
    for n in range(40):
        record_decision(org, "t.fast", subject=("more", n), output={"n": n}, confidence=0.9)
    with django_assert_max_num_queries(12):
        assert client.get("/governance/decisions/").status_code == 200


def test_decision_detail_shows_the_explanation(org, login):
    factories.ai_system(org, key="t.explained")
    decision = record_decision(org, "t.explained", subject=("item", 1), output={"category": "invoice"},
                               confidence=0.91, explanation={"top_features": [["faktura", 1.5]]})
    html = login(factories.user(org, Role.AUDITOR)).get(f"/governance/decisions/{decision.seq}/").content.decode()
    assert "faktura · 1,50" in html and decision.hash in html


def test_registry_lists_systems_with_open_reviews(org, logged, login):
    response = login(factories.user(org, Role.ADMIN)).get("/governance/systems/")
    counts = {system.key: system.open_reviews for system in response.context["systems"]}
    assert counts["t.fast"] + counts["t.slow"] == 15


def test_governance_overview_shows_compliance_reminders_to_governance_readers_only(org, login):
    from datetime import timedelta

    from django.utils import timezone

    factories.ai_system(org, key="t.due", next_review=timezone.localdate() + timedelta(days=3))
    manager = login(factories.user(org, Role.MANAGER)).get("/governance/")
    assert manager.context["compliance_reminders"] >= 1
    assert 'href="/governance/compliance/"' in manager.content.decode()
    employee = login(factories.user(org, Role.EMPLOYEE))
    assert employee.get("/governance/").status_code == 403
    assert "compliance_reminders" not in employee.get("/").context


def test_log_lines_are_redacted():
    import logging

    from fornuft.governance.privacy.logfilter import RedactPersonalData

    [handler] = [h for h in logging.getLogger().handlers if any(isinstance(f, RedactPersonalData) for f in h.filters)]
    record = logging.makeLogRecord({"name": "fornuft.test", "levelno": 30, "levelname": "WARNING",
                                    "msg": "Kunde %s ringte fra 912 34 567", "args": ("ola.nordmann@example.no",)})
    assert handler.filter(record)
    line = handler.format(record)
    assert "ola.nordmann@example.no" not in line and "912 34 567" not in line
    assert '"logger": "fornuft.test"' in line
