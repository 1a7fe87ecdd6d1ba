"""The risk questionnaire: every path to each class, stored with who/when, logged in the
registry, stale after a change; built-in systems pre-classified; obligations per class."""

import pytest

from fornuft.core.roles import Role
from fornuft.governance import obligations, risk
from fornuft.governance.models import AISystem, RegistryChange, RiskAssessment
from fornuft.testing import factories

NO = {key: False for key in risk.QUESTIONS}


@pytest.mark.parametrize(("answers", "expected"), [
    ({**NO, "p_social_scoring": True}, risk.PROHIBITED),
    ({**NO, "p_emotion_work": True}, risk.PROHIBITED),
    ({**NO, "h_product_safety": True}, risk.HIGH),
    ({**NO, "h_employment": True}, risk.HIGH),
    ({**NO, "h_essential_services": True, "h_exception": False}, risk.HIGH),
    ({**NO, "h_employment": True, "h_exception": True, "t_interaction": True}, risk.LIMITED),
    ({**NO, "h_employment": True, "h_exception": True}, risk.MINIMAL),
    ({**NO, "t_interaction": True}, risk.LIMITED),
    ({**NO, "t_deepfake": True}, risk.LIMITED),
    (NO, risk.MINIMAL),
])
def test_paths_to_each_class(answers, expected):
    evaluation = risk.evaluate(answers)
    assert evaluation.complete and evaluation.result == expected
    assert all(step["article"].startswith("Art.") for step in evaluation.steps)
    assert risk.RESULT_ARTICLES[expected] in evaluation.rationale()


def test_every_question_and_answer_has_an_article():
    for question in risk.QUESTIONS.values():
        assert question.article.startswith("Art.")
        assert question.yes.article and question.no.article
        assert (question.yes.next in risk.QUESTIONS) or question.yes.result
        assert (question.no.next in risk.QUESTIONS) or question.no.result


def test_stops_at_the_first_unanswered_question():
    evaluation = risk.evaluate({"p_manipulation": "nei", "p_vulnerability": "no"})
    assert not evaluation.complete
    assert evaluation.next_question.id == "p_social_scoring"
    assert risk.evaluate({"p_manipulation": "maybe"}).next_question.id == "p_manipulation"


def test_classify_stores_who_when_logs_and_goes_stale(org, admin_user):
    system = factories.ai_system(org, key="own.cv-screening", purpose="Sorts job applications")
    assert risk.is_stale(system)  # an own system never classified must be classified
    assessment = risk.classify(system, {**NO, "h_employment": True}, admin_user)
    system.refresh_from_db()
    assert system.risk_class == risk.HIGH and "Annex III(4)" in system.risk_rationale
    assert assessment.assessed_by == admin_user and assessment.assessed_at is not None
    change = RegistryChange.objects.all_organizations().get(system=system, field="risk_class")
    assert (change.old_value, change.new_value, change.changed_by) == ("minimal", "high", admin_user)
    assert not risk.is_stale(system)
    system.purpose = "Sorts job applications and ranks candidates"
    system.save()
    assert risk.is_stale(system)
    with pytest.raises(risk.ClassificationIncomplete):
        risk.classify(system, {"p_manipulation": False}, admin_user)


def test_built_in_systems_come_pre_classified(org):
    built_in = list(AISystem.objects.for_organization(org).filter(built_in=True))
    assert {"mail.classifier", "mail.phishing", "invoices.extraction", "assistant.answer"} <= {
        system.key for system in built_in}
    for system in built_in:
        assert system.risk_rationale, f"{system.key} has no declared rationale"
        assert not risk.is_stale(system)
    changed = built_in[0]
    changed.model_name = "a different model"
    changed.save()
    assert risk.is_stale(changed)  # the declaration changed since the classification was first seen


def test_obligations_per_class(org, admin_user):
    high = {o.key for o in obligations.for_class(risk.HIGH)}
    assert {"oversight_persons", "logs", "inform_workers", "literacy"} <= high
    assert "disclose_ai" in {o.key for o in obligations.for_class(risk.LIMITED)}
    assert "stop_use" in {o.key for o in obligations.for_class(risk.PROHIBITED)}
    assert "logs" not in {o.key for o in obligations.for_class(risk.MINIMAL)}
    system = factories.ai_system(org, key="own.hr", risk_class=risk.HIGH)
    obligations.set_state(system, "inform_workers", "done", admin_user, "Informed at staff meeting 3 Nov")
    change = RegistryChange.objects.all_organizations().get(system=system, field="obligation.inform_workers")
    assert change.changed_by == admin_user and change.new_value.startswith("done")
    states = {item["obligation"].key: item["state"] for item in obligations.checklist(system)}
    assert states["inform_workers"] == "done" and states["dpia"] == "todo"
    with pytest.raises(ValueError):
        obligations.set_state(system, "inform_workers", "finished", admin_user)


def test_application_dates_are_data_and_editable(org, admin_client):
    rows = obligations.regulation_dates(org)
    general = next(row for row in rows if row.key == "general")
    assert general.applies_from.isoformat() == "2026-08-02"
    response = admin_client.post("/governance/compliance/dates/", {f"date_{general.pk}": "2027-12-02"})
    assert response.status_code == 302
    general.refresh_from_db()
    assert general.applies_from.isoformat() == "2027-12-02"


def test_questionnaire_in_the_web_ui(org, admin_client, login):
    system = factories.ai_system(org, key="own.chat", name="Chat helper")
    page = admin_client.get(f"/governance/systems/{system.key}/classify/")
    assert page.status_code == 200 and "Art. 5(1)(a)" in page.content.decode()
    answers = {f"q_{key}": "no" for key in risk.QUESTIONS}
    answers["q_t_interaction"] = "yes"
    response = admin_client.post(f"/governance/systems/{system.key}/classify/", {**answers, "action": "save"})
    assert response.status_code == 302
    system.refresh_from_db()
    assert system.risk_class == risk.LIMITED
    assert RiskAssessment.objects.all_organizations().filter(system=system).count() == 1
    auditor = login(factories.user(org, Role.AUDITOR))
    answers["q_t_interaction"] = "no"
    auditor.post(f"/governance/systems/{system.key}/classify/", {**answers, "action": "save"})
    system.refresh_from_db()
    assert system.risk_class == risk.LIMITED  # unchanged: auditors read only
    assert RiskAssessment.objects.all_organizations().filter(system=system).count() == 1
