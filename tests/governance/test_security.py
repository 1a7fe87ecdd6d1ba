"""Security of governance itself: auditors read only, only admins classify, exports need a
fresh password, other organizations' objects are 404 in the UI and the API."""

import time

import pytest

from fornuft.core.roles import Role
from fornuft.governance import reauth, risk
from fornuft.governance.models import AISystem, DataSubjectRequest, RegistryChange
from fornuft.testing import factories
from fornuft.testing.factories import PASSWORD

NO = {key: False for key in risk.QUESTIONS}


@pytest.fixture
def system(org):
    return factories.ai_system(org, key="own.secure", name="Secure system")


def test_auditor_reads_but_cannot_change_anything(org, system, login):
    auditor = login(factories.user(org, Role.AUDITOR))
    for url in ("/governance/compliance/", f"/governance/systems/{system.key}/", "/governance/privacy/requests/",
                "/governance/privacy/retention/", "/governance/privacy/records/", "/governance/literacy/",
                f"/governance/systems/{system.key}/classify/", "/governance/compliance/dates/"):
        assert auditor.get(url).status_code == 200, url
    writes = [
        (f"/governance/systems/{system.key}/obligations", {"obligation": "register", "state": "done"}),
        (f"/governance/systems/{system.key}/profile", {"purpose": "changed", "model_name": "m", "provider": "p",
                                                        "review_interval_days": 30}),
        (f"/governance/systems/{system.key}/review", {"findings": "x", "next_review": "2030-01-01"}),
        ("/governance/systems-new/", {"name": "x"}),
        ("/governance/literacy/requirements", {"role": "employee", "level": 2}),
    ]
    for url, data in writes:
        assert auditor.post(url, data).status_code == 403, url
    auditor.post("/governance/privacy/requests/", {"kind": "access", "name": "Kari Nordmann"})
    assert not DataSubjectRequest.objects.all_organizations().exists()
    assert not RegistryChange.objects.all_organizations().filter(system=system).exists()
    system.refresh_from_db()
    assert system.purpose == "Sorts test items"


def test_only_admins_classify_in_the_api(org, system, login):
    url = f"/api/v1/governance/privacy/systems/{system.key}/classification"
    manager = login(factories.user(org, Role.MANAGER))
    preview = manager.post(url, {"answers": {**NO, "h_employment": True}}, content_type="application/json")
    assert preview.status_code == 200 and preview.json()["result"] == "high"
    refused = manager.post(url, {"answers": {**NO, "h_employment": True}, "save": True},
                           content_type="application/json")
    assert refused.status_code == 403
    system.refresh_from_db()
    assert system.risk_class == "minimal"
    admin = login(factories.user(org, Role.ADMIN))
    saved = admin.post(url, {"answers": {**NO, "h_employment": True}, "save": True}, content_type="application/json")
    assert saved.status_code == 200
    system.refresh_from_db()
    assert system.risk_class == "high"
    incomplete = admin.post(url, {"answers": {"p_manipulation": False}, "save": True}, content_type="application/json")
    assert incomplete.status_code == 400 and "error" in incomplete.json()


def test_other_organizations_get_404(org, other_org, system, login):
    stranger_admin = login(factories.user(other_org, Role.ADMIN))
    for url in (f"/governance/systems/{system.key}/classify/", f"/governance/systems/{system.key}/"):
        assert stranger_admin.get(url).status_code == 404, url
    assert stranger_admin.post(f"/governance/systems/{system.key}/obligations",
                               {"obligation": "register", "state": "done"}).status_code == 404
    api = stranger_admin.post(f"/api/v1/governance/privacy/systems/{system.key}/classification",
                              {"answers": NO, "save": True}, content_type="application/json")
    assert api.status_code == 404
    system.refresh_from_db()
    assert system.risk_class == "minimal"
    factories.user(org, Role.EMPLOYEE, first_name="Kari", last_name="Nordmann", email="kari@nordlys.no")
    hits = stranger_admin.get("/api/v1/governance/privacy/subjects", {"q": "kari@nordlys.no"})
    assert hits.status_code == 200 and hits.json() == []
    assert AISystem.objects.for_organization(org).filter(key=system.key).exists()


def test_exports_need_a_recent_password(org, system, admin_client, monkeypatch):
    url = f"/governance/systems/{system.key}/documentation.md"
    assert admin_client.get(url).status_code == 302
    admin_client.post("/governance/reauth/", {"password": PASSWORD})
    assert admin_client.get(url).status_code == 200
    later = time.time() + reauth.WINDOW_SECONDS + 5
    monkeypatch.setattr(reauth.time, "time", lambda: later)
    assert admin_client.get(url).status_code == 302
    assert admin_client.get("/governance/privacy/records.csv").status_code == 302
    response = admin_client.post("/governance/reauth/", {"password": PASSWORD, "next": "https://evil.example/"})
    assert response["Location"] == "/governance/compliance/"
