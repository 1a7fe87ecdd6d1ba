"""Decision-log explorer: filters, readable explanation, CSV/JSON exports behind re-auth,
chain status, per-system oversight figures."""

import csv
import io
import json

import pytest

from fornuft.core.roles import Role
from fornuft.governance import explorer, triggers
from fornuft.governance.decisions import record_decision
from fornuft.governance.review import resolve_review
from fornuft.testing import factories
from fornuft.testing.factories import PASSWORD


@pytest.fixture
def logged(org, admin_user):
    system = factories.ai_system(org, key="t.sorter", name="Sorter", confidence_threshold=0.5)
    decisions = [record_decision(org, system, subject=("mail.message", n), output={"category": f"c{n % 3}"},
                                 confidence=n / 10, explanation={"top_features": [["faktura", 1.25]]})
                 for n in range(10)]
    open_reviews = [d for d in decisions if d.needs_review]
    resolve_review(open_reviews[0].review, admin_user)
    resolve_review(open_reviews[1].review, admin_user, correction={"category": "invoice"})
    return system, decisions


def test_oversight_figures(logged):
    system, decisions = logged
    figures = explorer.oversight_figures(system)
    assert figures["automatic"] == 10 and figures["by_person"] == 2
    assert figures["to_review"] == 5  # confidence 0.0–0.4 below 0.5
    assert figures["automatic_share"] == pytest.approx(0.5) and figures["review_share"] == pytest.approx(0.5)
    assert figures["override_rate"] == pytest.approx(0.5)
    assert figures["median_time_to_review_s"] is not None and figures["open"] == 3


def test_filters_and_exports_need_the_password(org, logged, login):
    auditor = login(factories.user(org, Role.AUDITOR))
    page = auditor.get("/governance/decisions/?subject=mail.message:3")
    assert page.status_code == 200 and page.context["page"].paginator.count == 1
    status = auditor.get("/governance/decisions/chain-status")
    assert status.context["chain"]["intact"] is True and "hx-get" in page.content.decode()
    assert auditor.get("/governance/decisions/?review=yes").context["page"].paginator.count == 5
    export = "/governance/decisions/export.csv?system=t.sorter&actor=system"
    assert "/governance/reauth/" in auditor.get(export)["Location"]
    auditor.post("/governance/reauth/", {"password": PASSWORD})
    rows = list(csv.DictReader(io.StringIO(auditor.get(export).content.decode())))
    assert len(rows) == 10 and {row["system_key"] for row in rows} == {"t.sorter"}
    records = json.loads(auditor.get("/governance/decisions/export.json?actor=person").content)
    assert len(records) == 2 and records[0]["explanation"]["verdict"] in {"accepted", "corrected"}
    assert auditor.get("/governance/decisions/export.xml").status_code == 404


def test_detail_shows_readable_explanation_and_history(org, logged, admin_client):
    _system, decisions = logged
    html = admin_client.get(f"/governance/decisions/{decisions[0].seq}/").content.decode()
    assert "faktura · 1,25" in html  # Norwegian decimal comma
    reviewed = next(d for d in decisions if d.needs_review)
    assert "mail.message" in admin_client.get(f"/governance/decisions/{reviewed.seq}/").content.decode()


def test_chain_status_shows_tampering(org, logged, admin_user, login):
    from django.db import connection

    triggers.remove(connection)
    try:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE governance_decision SET output_json = %s WHERE seq = 3 AND organization_id = %s",
                           ['{"category":"forged"}', org.pk])
    finally:
        triggers.install(connection)
    page = login(factories.user(org, Role.MANAGER)).get("/governance/decisions/chain-status")
    assert page.context["chain"]["intact"] is False and page.context["chain"]["first_bad_seq"] == 3


def test_list_filtered_to_one_system_shows_its_oversight_figures(org, logged, admin_client):
    page = admin_client.get("/governance/decisions/?system=t.sorter")
    system, figures = page.context["oversight"]
    assert system.key == "t.sorter" and figures["override_rate"] == pytest.approx(0.5)
    assert admin_client.get("/governance/decisions/").context["oversight"] is None
