"""AI literacy: levels from training records, requirements per role and per system, gaps, pages."""

from datetime import date, timedelta

from fornuft.core.roles import Role
from fornuft.governance import literacy
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import LiteracyLevel, LiteracyRequirement, RiskClass, TrainingRecord
from fornuft.governance.review import resolve_review
from fornuft.testing import factories


def _status(org, user):
    return next(row for row in literacy.status_for_organization(org) if row.user.pk == user.pk)


def test_levels_requirements_and_gaps(org, admin_user):
    courses = {c.level: c for c in literacy.ensure_courses(org)}
    reviewer = factories.user(org, Role.HR, username="hr-reviewer")
    clerk = factories.user(org, Role.EMPLOYEE, username="clerk")
    hr_system = factories.ai_system(org, key="own.hr-screening", risk_class=RiskClass.HIGH, owner="HR")
    decision = record_decision(org, hr_system, subject=("application", 1), output={"shortlist": True}, confidence=0.9)
    resolve_review(decision.review, reviewer)
    assert _status(org, clerk).required == LiteracyLevel.BASIC and _status(org, clerk).gap
    row = _status(org, reviewer)
    assert row.required == LiteracyLevel.SUPERUSER and any(hr_system.name in r for r in row.reasons)
    literacy.record_training(org, reviewer, courses[LiteracyLevel.BASIC], date.today() - timedelta(days=10), admin_user)
    assert _status(org, reviewer).level == LiteracyLevel.BASIC and _status(org, reviewer).gap
    literacy.record_training(org, reviewer, courses[LiteracyLevel.SUPERUSER], date.today(), admin_user)
    assert not _status(org, reviewer).gap
    # Expired training no longer counts.
    literacy.record_training(org, clerk, courses[LiteracyLevel.BASIC], date.today() - timedelta(days=800), admin_user)
    assert _status(org, clerk).level == LiteracyLevel.NONE
    LiteracyRequirement.objects.create(organization=org, role=Role.EMPLOYEE,
                                                           level=LiteracyLevel.CHAMPION, reason="Pilot team")
    assert _status(org, clerk).required == LiteracyLevel.CHAMPION
    assert {row.user.pk for row in literacy.gaps(org)} >= {clerk.pk}


def test_bad_training_input(org, other_org, admin_user):
    course = literacy.ensure_courses(org)[0]
    stranger = factories.user(other_org, Role.EMPLOYEE)
    import pytest

    with pytest.raises(ValueError):
        literacy.record_training(org, stranger, course, date.today(), admin_user)
    with pytest.raises(ValueError):
        literacy.record_training(org, admin_user, course, date.today() + timedelta(days=3), admin_user)


def test_matrix_page_and_roles(org, other_org, login, admin_client):
    literacy.ensure_courses(org)
    hr = login(factories.user(org, Role.HR))
    employee = factories.user(org, Role.EMPLOYEE, username="emp")
    page = hr.get("/governance/literacy/")
    assert page.status_code == 200 and "emp" not in page.content.decode() or page.context["rows"]
    course = page.context["record_form"].fields["course"].queryset.first()
    colleague = factories.user(org, Role.EMPLOYEE, username="colleague")
    response = hr.post("/governance/literacy/records", {"users": [employee.pk, colleague.pk], "course": course.pk,
                                                         "completed_on": date.today().isoformat()})
    assert response.status_code == 302
    assert TrainingRecord.objects.all_organizations().filter(user__in=[employee, colleague]).count() == 2
    stranger = factories.user(other_org, Role.EMPLOYEE)
    hr.post("/governance/literacy/records", {"users": [stranger.pk], "course": course.pk,
                                             "completed_on": date.today().isoformat()})
    assert not TrainingRecord.objects.all_organizations().filter(user=stranger).exists()
    assert login(employee).get("/governance/literacy/").status_code == 403
    auditor = login(factories.user(org, Role.AUDITOR))
    assert auditor.get("/governance/literacy/").status_code == 200
    assert auditor.post("/governance/literacy/records", {"users": [employee.pk], "course": course.pk,
                                                         "completed_on": date.today().isoformat()}).status_code == 403


def test_literacy_obligation_follows_the_reviewers_training(org, admin_user):
    from fornuft.governance import obligations

    courses = {c.level: c for c in literacy.ensure_courses(org)}
    system = factories.ai_system(org, key="own.hr-tool", risk_class=RiskClass.HIGH, owner="HR")
    reviewer = factories.user(org, Role.HR, username="overseer")
    decision = record_decision(org, system, subject=("application", 7), output={"ok": True}, confidence=0.9)
    resolve_review(decision.review, reviewer)

    def state():
        system_fresh = type(system).objects.all_organizations().get(pk=system.pk)
        return next(i["state"] for i in obligations.checklist(system_fresh) if i["obligation"].key == "literacy")

    assert obligations.oversight_persons(system) == [reviewer.pk]
    assert state() == "in_progress"
    literacy.record_training(org, reviewer, courses[LiteracyLevel.SUPERUSER], date.today(), admin_user)
    assert state() == "done"
