"""Registry extensions: own and external systems by hand, Annex IV documentation (Markdown,
PDF), periodic reviews with reminders on the overview and by email, every change logged."""

from datetime import date, timedelta

from django.core import mail
from django.utils import translation

from fornuft.core.roles import Role
from fornuft.governance import documentation, tasks
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import AISystem, ModelVersion, RegistryChange, SystemKind, SystemReview
from fornuft.testing import factories
from fornuft.testing.factories import PASSWORD


def test_admin_registers_an_external_tool(org, admin_client, login):
    form = {"kind": SystemKind.EXTERNAL, "name": "ChatGPT Team", "key": "chatgpt", "purpose": "Drafting texts",
            "owner": "IT", "provider": "OpenAI", "model_name": "", "data_categories": "internal documents, e-mail",
            "oversight_mode": "on_the_loop", "vendor_url": "https://openai.com", "intended_users": "All staff"}
    response = admin_client.post("/governance/systems-new/", form)
    assert response.status_code == 302 and response["Location"].endswith("/governance/systems/chatgpt/classify/")
    system = AISystem.objects.all_organizations().get(organization=org, key="chatgpt")
    assert system.data_categories == ["internal documents", "e-mail"] and not system.built_in
    assert documentation.profile_for(system).kind == SystemKind.EXTERNAL
    assert RegistryChange.objects.all_organizations().filter(system=system, field="created").exists()
    assert admin_client.post("/governance/systems-new/", form).status_code == 400  # duplicate key
    manager = login(factories.user(org, Role.MANAGER))
    assert manager.post("/governance/systems-new/", {**form, "key": "other"}).status_code == 403


def test_profile_edit_is_logged_and_marks_the_classification_stale(org, admin_client):
    from fornuft.governance import risk

    system = factories.ai_system(org, key="own.sorter")
    risk.classify(system, {k: False for k in risk.QUESTIONS}, None)
    response = admin_client.post(f"/governance/systems/{system.key}/profile", {
        "purpose": "Sorts and ranks job applicants", "model_name": system.model_name, "provider": system.provider,
        "data_categories": "CVs", "intended_users": "HR", "training_data": "500 labelled applications",
        "review_interval_days": 180})
    assert response.status_code == 302
    fields = set(RegistryChange.objects.all_organizations().filter(system=system).values_list("field", flat=True))
    assert {"purpose", "data_categories", "profile.training_data", "profile.intended_users"} <= fields
    system.refresh_from_db()
    assert risk.is_stale(system)


def test_documentation_markdown_and_pdf(org, admin_client):
    system = factories.ai_system(org, key="own.docs", name="Doc system", confidence_threshold=0.8)
    ModelVersion.objects.create(organization=org, system=system, version="2",
                                                    training_examples=812, metrics={"accuracy": 0.934}, is_active=True)
    record_decision(org, system, subject=("item", 1), output={"x": 1}, confidence=0.95)
    record_decision(org, system, subject=("item", 2), output={"x": 2}, confidence=0.5)
    with translation.override("en"):
        text = documentation.markdown(system)
    for heading in ("Annex IV(1)", "Annex IV(2)", "Annex IV(3)", "Annex IV(4)", "Annex IV(6)", "Annex IV(9)"):
        assert heading in text
    with translation.override("nb"):
        assert "vedlegg IV(1)" in documentation.markdown(system)
    assert "accuracy: 0.934" in text and "| 2 |" in text and "812" in text
    url = f"/governance/systems/{system.key}/documentation.pdf"
    assert admin_client.get(url).status_code == 302  # re-authentication first
    admin_client.post("/governance/reauth/", {"password": PASSWORD})
    pdf = admin_client.get(url)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    markdown = admin_client.get(f"/governance/systems/{system.key}/documentation.md")
    assert markdown.status_code == 200 and b"Doc system" in markdown.content


def test_periodic_review_and_reminders(org, admin_client, make_user, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    admin = make_user(org, Role.ADMIN, username="boss", email="boss@example.no")
    system = factories.ai_system(org, key="own.due", name="Due system", next_review=date.today() + timedelta(days=3))
    overview = admin_client.get("/governance/compliance/")
    assert system in overview.context["reviews_due"]
    assert tasks.send_reminders() >= 1
    assert any("Due system" in message.body and admin.email in message.to for message in mail.outbox)
    next_review = date.today() + timedelta(days=365)
    admin_client.post(f"/governance/systems/{system.key}/review",
                      {"findings": "Accuracy stable, no incidents.", "next_review": next_review.isoformat()})
    system.refresh_from_db()
    assert system.next_review == next_review
    assert SystemReview.objects.all_organizations().filter(system=system).count() == 1
    assert RegistryChange.objects.all_organizations().filter(system=system, field="next_review").exists()
    assert system not in admin_client.get("/governance/compliance/").context["reviews_due"]
    admin_client.post(f"/governance/systems/{system.key}/review", {"findings": "x", "next_review": "2001-01-01"})
    assert SystemReview.objects.all_organizations().filter(system=system).count() == 1


def test_overview_lists_the_riskiest_systems_first(org, admin_client):
    factories.ai_system(org, key="a.minimal", name="AAA minimal")
    factories.ai_system(org, key="z.high", name="ZZZ high", risk_class="high")
    systems = list(admin_client.get("/governance/compliance/").context["systems"])
    order = [s.risk_class for s in systems]
    assert order == sorted(order, key=["prohibited", "high", "limited", "minimal"].index)
    keys = [s.key for s in systems]  # built-in high-risk systems (e.g. projects.allocation) share the top
    assert systems[0].risk_class == "high" and keys.index("z.high") < keys.index("a.minimal")
