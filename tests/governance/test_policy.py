"""The AI-use policy: generated from the registry in nb and en, edited by admins only."""

from fornuft.core.roles import Role
from fornuft.governance import policy
from fornuft.governance.models import PolicyDocument, RiskClass, SystemKind, SystemProfile
from fornuft.testing import factories


def test_generated_from_the_registry_in_both_languages(org):
    high = factories.ai_system(org, key="own.hr", name="CV-sortering", risk_class=RiskClass.HIGH)
    tool = factories.ai_system(org, key="ext.chat", name="ChatGPT Team", provider="OpenAI")
    SystemProfile.objects.create(organization=org, system=tool, kind=SystemKind.EXTERNAL)
    nb = policy.generate(org, "nb")
    en = policy.generate(org, "en")
    assert "Retningslinjer for bruk av kunstig intelligens" in nb and "høyrisiko" in nb
    assert high.name in nb and "**ChatGPT Team** (OpenAI)" in nb and "høy risiko" in nb
    assert "Policy for the use of artificial intelligence" in en and high.name in en
    import pytest

    with pytest.raises(ValueError):
        policy.generate(org, "de")


def test_edit_and_regenerate(org, admin_client, login):
    page = admin_client.get("/governance/policy/nb/")
    assert page.status_code == 200 and "<h1>" in page.content.decode()
    admin_client.post("/governance/policy/nb/", {"action": "save", "body": "# Vår policy\n\nKun godkjente verktøy."})
    document = PolicyDocument.objects.all_organizations().get(organization=org, language="nb")
    assert document.body.startswith("# Vår policy") and document.version == 2
    employee = login(factories.user(org, Role.EMPLOYEE))
    assert employee.get("/governance/policy/nb/").status_code == 200  # everyone may read it
    employee.post("/governance/policy/nb/", {"action": "save", "body": "hacked"})
    document.refresh_from_db()
    assert document.body.startswith("# Vår policy")
    assert admin_client.post("/governance/policy/nb/", {"action": "save", "body": "  "}).status_code == 302
    document.refresh_from_db()
    assert document.version == 2
    admin_client.post("/governance/policy/nb/", {"action": "regenerate"})
    document.refresh_from_db()
    assert "Retningslinjer" in document.body and document.version == 3
    assert admin_client.get("/governance/policy/xx/").status_code == 404
