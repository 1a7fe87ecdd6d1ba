"""Review rights follow the AI system: every role against every system's reviews, in the
pages, the API and the bulk action (a reviewer must never change what their role may not open)."""

import pytest

from fornuft.core.roles import Role
from fornuft.governance import registry
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import OversightMode, ReviewStatus, ReviewTask
from fornuft.testing import factories

# Who may see and resolve each built-in system's reviews: the roles that may open the
# subject in its own capability. Written out here, not read from the declarations, so a
# change to a declaration has to change this table too.
RESOLVERS = {
    "mail.classifier": {Role.ADMIN, Role.MANAGER, Role.SUPPORT, Role.FINANCE, Role.HR},
    "mail.phishing": {Role.ADMIN, Role.MANAGER},
    "invoices.extraction": {Role.ADMIN, Role.MANAGER, Role.FINANCE},
    "assistant.answer": {Role.ADMIN, Role.MANAGER, Role.SUPPORT},
    "assistant.escalation": {Role.ADMIN, Role.MANAGER, Role.SUPPORT},
    "projects.extraction": {Role.ADMIN, Role.MANAGER},
    "projects.allocation": {Role.ADMIN, Role.MANAGER},
    "projects.risk": {Role.ADMIN, Role.MANAGER},
    "insights.forecast": {Role.ADMIN, Role.MANAGER, Role.FINANCE},
    "insights.price": {Role.ADMIN, Role.MANAGER, Role.FINANCE},
    "insights.staffing": {Role.ADMIN, Role.MANAGER},
    "intake.speech": {Role.ADMIN, Role.MANAGER},
    "intake.offer": {Role.ADMIN, Role.MANAGER},
    "intake.service_report": {Role.ADMIN, Role.MANAGER},
    "drawings.read": {Role.ADMIN, Role.MANAGER},
    "llm.summary": {Role.ADMIN, Role.MANAGER},
    "llm.draft_reply": {Role.ADMIN, Role.MANAGER},
    "llm.second_opinion": {Role.ADMIN, Role.MANAGER},
    "contracts.analysis": {Role.ADMIN, Role.MANAGER, Role.FINANCE, Role.HR},
    "security.login_alert": {Role.ADMIN, Role.MANAGER},
    "security.ransomware_alert": {Role.ADMIN, Role.MANAGER},
}
# Reviews never accepted in bulk: each subject is looked at (money, fraud signals, high risk).
ONE_BY_ONE = {"invoices.extraction", "projects.allocation", "contracts.analysis"}
# Auditors read every review and resolve none.
READERS_ONLY = {Role.AUDITOR}
SUBJECT_TYPES = {"mail.classifier": "mail.message", "mail.phishing": "mail.message",
                 "invoices.extraction": "documents.invoice", "assistant.answer": "assistant.message",
                 "assistant.escalation": "assistant.conversation",
                 "projects.extraction": "projects.project", "projects.allocation": "projects.project",
                 "projects.risk": "projects.project", "insights.forecast": "insights.run",
                 "insights.price": "insights.run", "insights.staffing": "insights.run",
                 "intake.speech": "intake.offer", "intake.offer": "intake.offer",
                 "intake.service_report": "intake.servicereport", "drawings.read": "drawings.drawingrevision",
                 "llm.summary": "assistant.conversation", "llm.draft_reply": "assistant.conversation",
                 "llm.second_opinion": "documents.invoice", "contracts.analysis": "contracts.contract",
                 "security.login_alert": "security.incident", "security.ransomware_alert": "security.incident"}


def test_every_declared_system_is_in_the_rights_table():
    assert set(registry.declarations()) == set(RESOLVERS)


def open_review(org, key: str) -> ReviewTask:
    """An open review of `key` about a subject that no longer exists (so accepting it changes
    nothing but the task: the test is about who may, not about what happens)."""
    system = registry.get_system(org, key)
    system.oversight_mode = OversightMode.IN_THE_LOOP
    system.save(update_fields=["oversight_mode"])
    decision = record_decision(org, system, subject=(SUBJECT_TYPES[key], 987654), output={"x": 1}, confidence=0.99)
    return ReviewTask.objects.all_organizations().get(decision=decision)


@pytest.mark.parametrize("key", sorted(RESOLVERS))
@pytest.mark.parametrize("role", [role for role, _label in Role.choices])
def test_role_against_system_reviews(org, login, role, key):
    may_resolve = role in RESOLVERS[key]
    may_see = may_resolve or role in READERS_ONLY
    by_page, by_api = open_review(org, key), open_review(org, key)
    client = login(factories.user(org, role))

    listed = client.get("/governance/reviews/")
    assert listed.status_code == (200 if role != Role.EMPLOYEE else 403)
    assert (f"/governance/reviews/{by_page.pk}/" in listed.content.decode()) is may_see
    api_list = client.get("/api/v1/governance/reviews")
    if role == Role.EMPLOYEE:
        assert api_list.status_code == 403
    else:
        assert (by_api.pk in [item["id"] for item in api_list.json()]) is may_see

    assert (client.get(f"/governance/reviews/{by_page.pk}/").status_code == 200) is may_see
    assert (client.get(f"/api/v1/governance/reviews/{by_api.pk}").status_code == 200) is may_see

    page_post = client.post(f"/governance/reviews/{by_page.pk}/resolve", {"verdict": "accept"})
    api_post = client.post(f"/api/v1/governance/reviews/{by_api.pk}/resolve", {"verdict": "accept"},
                           content_type="application/json")
    if may_resolve:
        assert page_post.status_code == 302 and api_post.status_code == 200
    else:
        assert page_post.status_code in (403, 404) and api_post.status_code in (403, 404)
    for task in (by_page, by_api):
        task.refresh_from_db()
        assert (task.status == ReviewStatus.ACCEPTED) is may_resolve
        assert (task.resolved_by_id is not None) is may_resolve


@pytest.mark.parametrize("role", [role for role, _label in Role.choices])
def test_bulk_accept_resolves_only_the_reviews_the_role_may_resolve(org, login, role):
    tasks = {key: open_review(org, key) for key in RESOLVERS}
    client = login(factories.user(org, role))
    response = client.post("/governance/reviews/bulk", {"action": "accept", "ids": [t.pk for t in tasks.values()]})
    assert response.status_code == (403 if role in (Role.EMPLOYEE, Role.AUDITOR) else 302)
    for key, task in tasks.items():
        task.refresh_from_db()
        safe_in_bulk = key not in ONE_BY_ONE
        assert (task.status == ReviewStatus.ACCEPTED) is (role in RESOLVERS[key] and safe_in_bulk), key


def test_a_reviewer_of_another_organization_sees_nothing(org, other_org, login):
    task = open_review(org, "mail.classifier")
    client = login(factories.user(other_org, Role.ADMIN))
    assert client.get(f"/governance/reviews/{task.pk}/").status_code == 404
    assert task.pk not in [item["id"] for item in client.get("/api/v1/governance/reviews").json()]
    assert client.post(f"/api/v1/governance/reviews/{task.pk}/resolve", {"verdict": "accept"},
                       content_type="application/json").status_code == 404


def test_own_systems_are_reviewed_by_administrators_managers_and_the_owning_role(org, login):
    from fornuft.governance.services import register_system

    admin = factories.user(org, Role.ADMIN)
    system = register_system(org, admin, key="own.pricing", name="Price suggestions", purpose="Prices",
                             owner="Finance", provider="In-house", model_name="", data_categories=[],
                             oversight_mode=OversightMode.IN_THE_LOOP, kind="own")
    decision = record_decision(org, system, subject=("sales.quote", 1), output={"price": 10}, confidence=0.99)
    task = ReviewTask.objects.all_organizations().get(decision=decision)
    for role in (Role.HR, Role.SUPPORT):
        assert login(factories.user(org, role)).get(f"/governance/reviews/{task.pk}/").status_code == 404
    for role in (Role.MANAGER, Role.FINANCE):  # Finance owns it
        client = login(factories.user(org, role))
        assert client.get(f"/governance/reviews/{task.pk}/").status_code == 200
        assert task.pk in [item["id"] for item in client.get("/api/v1/governance/reviews").json()]
    client = login(factories.user(org, Role.FINANCE))
    assert client.post(f"/governance/reviews/{task.pk}/resolve", {"verdict": "accept"}).status_code == 302


def test_hr_cannot_change_an_invoice_through_the_review_api(org, login):
    """The probe's finding: `hr` (403 on invoices) set an invoice's total to 1.00 through the queue."""
    from tests.invoices.test_workflow import invoice_pdf, take_in

    invoice = take_in(org, invoice_pdf(number_line="Bilag: A-7781"))
    task = ReviewTask.objects.all_organizations().get(organization=org, status=ReviewStatus.OPEN)
    hr = login(factories.user(org, Role.HR))
    assert hr.get(f"/api/v1/documents/invoices/{invoice.pk}").status_code == 403
    response = hr.post(f"/api/v1/governance/reviews/{task.pk}/resolve",
                       {"verdict": "correct", "correction": {"total_incl_vat": "1.00"}},
                       content_type="application/json")
    assert response.status_code in (403, 404)
    invoice.refresh_from_db()
    task.refresh_from_db()
    assert invoice.data["total_incl_vat"] == "1250.00" and task.status == ReviewStatus.OPEN


def test_only_those_who_may_open_the_quarantine_release_phishing_through_the_queue(org, login):
    from fornuft.mail import intake
    from fornuft.mail.models import MessageStatus
    from tests.mail.conftest import make_eml

    org.domain = "nordfjell.no"
    org.save()
    shield = registry.get_system(org, "mail.phishing")
    shield.oversight_mode = OversightMode.IN_THE_LOOP
    shield.save(update_fields=["oversight_mode"])
    message = intake.ingest(org, make_eml(
        sender="Nordfjell IT <it@nordfje1l.no>", subject="Passordet ditt utløper",
        body="Passordet ditt utløper i dag. Bekreft kontoen din og logg inn på kontoen umiddelbart.",
        html='<a href="http://203.0.113.9/login">https://nordfjell.no/login</a>')).message
    assert message.status == MessageStatus.QUARANTINED
    task = ReviewTask.objects.all_organizations().get(organization=org, system=shield, status=ReviewStatus.OPEN)
    release = {"verdict": "correct", "correction": {"verdict": "clean"}}
    for role in (Role.SUPPORT, Role.FINANCE, Role.HR):
        client = login(factories.user(org, role))
        assert client.post(f"/api/v1/governance/reviews/{task.pk}/resolve", release,
                           content_type="application/json").status_code in (403, 404)
        assert client.post(f"/governance/reviews/{task.pk}/resolve",
                           {"verdict": "correct", "verdict_clean": "1"}).status_code in (403, 404)
    message.refresh_from_db()
    assert message.status == MessageStatus.QUARANTINED

    admin = login(factories.user(org, Role.ADMIN))
    assert admin.post(f"/api/v1/governance/reviews/{task.pk}/resolve", release,
                      content_type="application/json").status_code == 200
    message.refresh_from_db()
    assert message.status != MessageStatus.QUARANTINED and message.phishing_verdict == "clean"
